import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.js';
import { webApp } from '../support/apps.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, expectNoWrites, openTarget } from '../support/cluster-target.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { makeWorkspace } from '../support/workspace.js';

const app = webApp(2, '  network:\n    port: 8080\n    public: true\n    domains: [shop.example.com]\n');

/** A checkout: the workspace as a git repository with one commit, whose sha is returned. */
function commitAll(workspace: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', workspace, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'release');
  git('tag', 'v1.4.2');
  return git('rev-parse', 'HEAD');
}

describeOnEachTarget('webhook sync, merge queues and the deployment event', (kind) => {
  let target: ClusterTarget;
  let github: FakeGitHub;

  async function setup() {
    target = await openTarget(kind);
    github = await startGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': app });
    const sha = commitAll(workspace);
    const run = (eventName: string, event: unknown, inputs: Record<string, string> = {}) =>
      runActionWithGitHub(github, {
        workspace,
        eventName,
        event,
        inputs: {
          kubeconfig: target.kubeconfig,
          namespace: target.namespace,
          app: 'web',
          environment: 'production',
          ...inputs,
        },
      });
    return { sha, run };
  }

  it('repository_dispatch kubesync-sync applies the commit its payload names, recorded on that commit', async () => {
    const { sha, run } = await setup();
    const result = await run('repository_dispatch', {
      action: 'kubesync-sync',
      client_payload: { app: 'web', environment: 'production', ref: 'v1.4.2' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(await target.get('apps/v1', 'Deployment', 'web', target.namespace)).toBeDefined();
    expect(github.statuses.map((status) => [status.sha, status.context, status.state])).toEqual([
      [sha, 'kubesync/production', 'pending'],
      [sha, 'kubesync/production', 'success'],
    ]);
    expect(github.deployments).toEqual([expect.objectContaining({ ref: sha, environment: 'production' })]);
  });

  it('repository_dispatch deploys the images its payload names, as a registry webhook sends them', async () => {
    const { run } = await setup();
    const result = await run('repository_dispatch', {
      action: 'kubesync-sync',
      client_payload: { environment: 'production', images: ['ghcr.io/acme/web:1.4.3'] },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const deployment = await target.get('apps/v1', 'Deployment', 'web', target.namespace);
    expect(JSON.stringify(deployment)).toContain('"image":"ghcr.io/acme/web:1.4.3"');
  });

  it('repository_dispatch refuses a bad payload, naming each field, and applies nothing', async () => {
    const { run } = await setup();
    const result = await run('repository_dispatch', {
      action: 'kubesync-sync',
      client_payload: { ref: '--upload-pack=touch /tmp/x', manifest: 'elsewhere', environment: 'Prod' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('repository_dispatch client_payload:');
    expect(result.stdout).toContain('unknown field manifest; the fields are app, environment, ref, images');
    expect(result.stdout).toContain('ref: must be a commit sha or a tag name');
    expect(result.stdout).toContain('environment: environment "Prod" must consist of lower case');
    expect(result.outputs['sync-status']).toBe('Failed');
    await expectNoWrites(target);
    expect(github.deployments).toEqual([]);
  });

  it('repository_dispatch refuses a ref that is not the checkout, and applies nothing', async () => {
    const { run } = await setup();
    const result = await run('repository_dispatch', {
      action: 'kubesync-sync',
      client_payload: { ref: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'client_payload.ref deadbeefdeadbeefdeadbeefdeadbeefdeadbeef is no commit or tag of the checkout',
    );
    await expectNoWrites(target);
  });

  it('repository_dispatch for another app or environment is left to the step that deploys it', async () => {
    const { run } = await setup();
    const result = await run(
      'repository_dispatch',
      { action: 'kubesync-sync', client_payload: { environment: 'staging' } },
      { environment: 'production' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '::notice::client_payload names environment staging; this step deploys production',
    );
    expect(result.outputs['sync-status']).toBe('Unknown');
    await expectNoWrites(target);
  });

  it('repository_dispatch never lets a payload name the app of a step that sets none', async () => {
    const { run } = await setup();
    const result = await run(
      'repository_dispatch',
      { action: 'kubesync-sync', client_payload: { app: 'api', environment: 'production' } },
      { app: '' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '::notice::client_payload names app api; this step sets no app input to match it',
    );
    await expectNoWrites(target);
  });

  it('repository_dispatch kubesync-plan plans, changing nothing', async () => {
    const { run } = await setup();
    const result = await run('repository_dispatch', {
      action: 'kubesync-plan',
      client_payload: { environment: 'production' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'sync-status': 'OutOfSync', added: '3' });
    expect(github.statuses).toEqual([]);
    await expectNoWrites(target);
  });

  it('deployment: applies its ref to its environment and drives that Deployment, creating none', async () => {
    const { sha, run } = await setup();
    github.deployments.push({ id: 900, sha, ref: sha, environment: 'production', creator: 'chatops' });
    const result = await run('deployment', {
      deployment: { id: 900, sha, ref: 'main', environment: 'production', payload: { app: 'web' } },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(await target.get('apps/v1', 'Deployment', 'web', target.namespace)).toBeDefined();
    expect(github.deployments).toHaveLength(1);
    expect(
      github.deploymentStatuses.map((status) => [
        status.deploymentId,
        status.body.state,
        status.body.environment_url,
      ]),
    ).toEqual([
      [900, 'in_progress', undefined],
      [900, 'success', 'https://shop.example.com'],
    ]);
    expect(result.outputs).toMatchObject({ 'deployment-id': '900', 'sync-status': 'Synced' });
  });

  it('merge_group: plans the merge group head and sets the required status there, with no comment', async () => {
    const { run } = await setup();
    const head = 'cafebabecafebabecafebabecafebabecafebabe';
    const result = await run('merge_group', {
      action: 'checks_requested',
      merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('OutOfSync');
    expect(github.statuses.map((status) => [status.sha, status.context, status.state])).toEqual([
      [head, 'kubesync/production', 'success'],
    ]);
    expect(github.comments).toEqual([]);
    await expectNoWrites(target);
  });
});
