import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFake } from '../support/engine.js';
import { DIST_ENTRY, runAction, runnerLog, runProcess } from '../support/run-dist.js';
import { webApp } from '../support/apps.js';
import { makeWorkspace } from '../support/workspace.js';

const app = (replicas: number) => webApp(replicas, '  network:\n    port: 8080\n');

describe('the bundled action against the fake cluster', () => {
  it('plans, applies, and plans Synced, with the outputs a later step reads', async () => {
    const fake = await startFake();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const inputs = { kubeconfig: Buffer.from(fake.kubeconfig()).toString('base64'), namespace: 'default' };

    const plan = await runAction({ workspace, inputs, eventName: 'pull_request' });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({
      'sync-status': 'OutOfSync',
      'has-changes': 'true',
      added: '2',
      changed: '0',
      deleted: '0',
    });
    expect(plan.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readFileSync(plan.outputs['diff-file'] ?? '', 'utf8')).toContain(
      '+++ desired/Deployment default/web',
    );
    expect(plan.summary).toContain('| Deployment default/web | create |');
    expect(plan.stdout).toContain('::group::plan');
    expect(fake.mutations()).toEqual([]);

    const apply = await runAction({ workspace, inputs, eventName: 'push' });
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs['sync-status']).toBe('Synced');
    expect(apply.stdout).toContain('deployment/web: 2/2 replicas ready');
    expect(fake.get('apps/v1', 'Deployment', 'web')).toBeDefined();

    const drift = await runAction({ workspace, inputs, eventName: 'schedule' });
    expect(drift.outputs).toMatchObject({ 'sync-status': 'Synced', 'has-changes': 'false' });
  });

  it('fails the step and names the problem when the API server refuses', async () => {
    const fake = await startFake({ forbid: [{ verb: 'patch', resource: 'deployments' }] });
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runAction({
      workspace,
      inputs: { command: 'apply', kubeconfig: fake.kubeconfig() },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the credentials cannot patch deployments.apps in namespace default');
    expect(result.outputs['sync-status']).toBe('Failed');
    expect(runnerLog(result.stdout)).not.toContain('fake-token');
  });

  it('apply of a manifest with a typo annotates the line, fails, and touches nothing', async () => {
    const fake = await startFake();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2).replace('replicas:', 'replica:') });
    const result = await runAction({
      workspace,
      inputs: { command: 'apply', kubeconfig: fake.kubeconfig() },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error title=kubesync unknown-field,file=pipeops.yaml,line=8,col=5::');
    expect(result.stdout).toContain('::error::apply failed: validation found 1 errors; nothing was applied');
    expect(result.outputs['sync-status']).toBe('Failed');
    expect(fake.requests).toEqual([]);
  });

  it('without credentials, plan reports Unknown and succeeds', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runAction({ workspace, inputs: { command: 'plan' }, env: { HOME: workspace } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('Unknown');
    expect(result.summary).toContain('status Unknown: no cluster credentials (validated and rendered only)');
  });
});

describe('the CLI against the fake cluster', () => {
  it('exits like kubectl diff: 1 with changes, 0 once applied', async () => {
    const fake = await startFake();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const kubeconfig = path.join(workspace, '.kubeconfig');
    writeFileSync(kubeconfig, fake.kubeconfig());
    const env = { KUBECONFIG: kubeconfig, HOME: workspace };
    const plan = await runProcess([DIST_ENTRY, 'plan'], env, workspace);
    expect(plan.exitCode).toBe(1);
    expect(plan.stdout).toContain('+ Deployment default/web (create)');
    const apply = await runProcess([DIST_ENTRY, 'apply', '--timeout', '30s'], env, workspace);
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('web: Synced');
    writeFileSync(path.join(workspace, 'pipeops.yaml'), app(3));
    const changed = await runProcess([DIST_ENTRY, 'plan'], env, workspace);
    expect(changed.exitCode).toBe(1);
    expect(changed.stdout).toContain('+  replicas: 3');
    await runProcess([DIST_ENTRY, 'apply'], env, workspace);
    expect((await runProcess([DIST_ENTRY, 'plan'], env, workspace)).exitCode).toBe(0);
  });
});
