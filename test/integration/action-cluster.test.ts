import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, expectNoWrites, openTarget } from '../support/cluster-target.js';
import { DIST_ENTRY, runnerLog, runProcess } from '../support/run-dist.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { webApp } from '../support/apps.js';
import { makeWorkspace } from '../support/workspace.js';

const app = (replicas: number) => webApp(replicas, '  network:\n    port: 8080\n');

/** The bearer token of a kubeconfig, which must never reach the log. */
function tokenOf(kubeconfig: string): string {
  const config = parse(kubeconfig) as { users: { user: { token?: string } }[] };
  return config.users[0]?.user.token ?? '';
}

describeOnEachTarget('the action in this process', (kind) => {
  let target: ClusterTarget;
  const ns = () => target.namespace;

  it('plans, applies, and plans Synced, with the outputs a later step reads', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const inputs = { kubeconfig: Buffer.from(target.kubeconfig).toString('base64'), namespace: ns() };

    const plan = await runActionInProcess({ workspace, inputs, eventName: 'pull_request' });
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
      `+++ desired/Deployment ${ns()}/web`,
    );
    expect(plan.summary).toContain(`| Deployment ${ns()}/web | create |`);
    expect(plan.stdout).toContain('::group::plan');
    await expectNoWrites(target);

    const apply = await runActionInProcess({ workspace, inputs, eventName: 'push' });
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs['sync-status']).toBe('Synced');
    expect(apply.stdout).toContain('deployment/web: 2/2 replicas ready');
    expect(await target.get('apps/v1', 'Deployment', 'web', ns())).toBeDefined();

    const drift = await runActionInProcess({ workspace, inputs, eventName: 'schedule' });
    expect(drift.outputs).toMatchObject({ 'sync-status': 'Synced', 'has-changes': 'false' });
  });

  it('fails the step and names the problem when the API server refuses', async () => {
    target = await openTarget(kind);
    const kubeconfig = await target.credentialsWithout([
      { verb: 'patch', resource: 'deployments', group: 'apps' },
    ]);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'apply', kubeconfig, namespace: ns() },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`the credentials cannot patch deployments.apps in namespace ${ns()}`);
    expect(result.outputs['sync-status']).toBe('Failed');
    expect(runnerLog(result.stdout)).not.toContain(tokenOf(kubeconfig));
  });

  it('apply of a manifest with a typo annotates the line, fails, and touches nothing', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2).replace('replicas:', 'replica:') });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'apply', kubeconfig: target.kubeconfig, namespace: ns() },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error title=kubesync unknown-field,file=pipeops.yaml,line=8,col=5::');
    expect(result.stdout).toContain('::error::apply failed: validation found 1 error; nothing was applied');
    expect(result.outputs['sync-status']).toBe('Failed');
    await expectNoWrites(target);
    if (target.fake) expect(target.fake.requests).toEqual([]);
  });

  it('annotates a value the API server refuses on its manifest line (replicas: -1)', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({
      'k8s/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: -1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: 'ghcr.io/acme/web:1.0.0'}]
`,
    });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'plan', manifest: 'k8s', kubeconfig: target.kubeconfig, namespace: ns() },
      eventName: 'pull_request',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=kubesync server-rejected,file=k8s\/deploy.yaml,line=6,col=3::Deployment [\w-]+\/web: the API server refused it: spec.replicas: Invalid value: -1: must be greater than or equal to 0/,
    );
    expect(result.outputs).toMatchObject({ 'sync-status': 'Unknown', valid: 'false' });
    await expectNoWrites(target);
  });

  it('exits like kubectl diff from the CLI: 1 with changes, 0 once applied', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const kubeconfig = path.join(workspace, '.kubeconfig');
    writeFileSync(kubeconfig, target.kubeconfig);
    const env = { KUBECONFIG: kubeconfig, HOME: workspace };
    const cli = (...args: string[]) => runProcess([DIST_ENTRY, ...args, '--namespace', ns()], env, workspace);
    const plan = await cli('plan');
    expect(plan.exitCode).toBe(1);
    expect(plan.stdout).toContain(`+ Deployment ${ns()}/web (create)`);
    const apply = await cli('apply', '--timeout', '60s');
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('web: Synced');
    writeFileSync(path.join(workspace, 'pipeops.yaml'), app(3));
    const changed = await cli('plan');
    expect(changed.exitCode).toBe(1);
    expect(changed.stdout).toContain('+  replicas: 3');
    await cli('apply', '--timeout', '60s');
    expect((await cli('plan')).exitCode).toBe(0);
  });
});

describe('the bundled action without credentials', () => {
  it('plans with status Unknown and succeeds', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'plan' },
      env: { HOME: workspace },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('Unknown');
    expect(result.summary).toContain('status Unknown: no cluster credentials (validated and rendered only)');
  });
});
