import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const app = (replicas: number) =>
  webApp(replicas, '  network:\n    port: 8080\n    public: true\n    domains: [shop.example.com]\n');

async function setup(files: Record<string, string> = { 'pipeops.yaml': app(2) }) {
  const kube = await startFake();
  const github = await startGitHub();
  const workspace = makeWorkspace(files);
  const trigger = (
    eventName: string,
    inputs: Record<string, string> = {},
    env: NodeJS.ProcessEnv = {},
    event: unknown = {},
  ) =>
    runActionWithGitHub(github, {
      workspace,
      eventName,
      event,
      inputs: { kubeconfig: kube.kubeconfig(), environment: 'production', ...inputs },
      env,
    });
  return { kube, github, workspace, trigger };
}

const pullRequest = pullRequestEvent(7, HEAD);

describe('one action for every trigger, against the fake cluster and the fake GitHub API', () => {
  it('push to main: applies, statuses pending → success, a Deployment in_progress → success with the app URL', async () => {
    const { kube, github, trigger } = await setup();
    const result = await trigger('push');
    expect(result.exitCode).toBe(0);
    expect(
      github.statuses.map((status) => [status.sha, status.context, status.state, status.description]),
    ).toEqual([
      [SHA, 'kubesync/production', 'pending', 'Syncing…'],
      [SHA, 'kubesync/production', 'success', 'Synced'],
    ]);
    expect(github.deployments).toEqual([
      expect.objectContaining({
        ref: SHA,
        environment: 'production',
        production_environment: true,
        transient_environment: false,
        auto_merge: false,
        required_contexts: [],
        payload: {
          app: 'web',
          digest: expect.stringMatching(/^sha256:/),
          run: 'https://github.com/acme/shop/actions/runs/42/attempts/1',
          idempotency_key: expect.stringMatching(/^[0-9a-f-]{36}$/),
        },
      }),
    ]);
    const id = github.deployments[0]?.id as number;
    expect(
      github.deploymentStatuses.map((status) => [
        status.deploymentId,
        status.body.state,
        status.body.environment_url,
      ]),
    ).toEqual([
      [id, 'in_progress', undefined],
      [id, 'success', 'https://shop.example.com'],
    ]);
    expect(result.outputs).toMatchObject({
      'deployment-id': String(id),
      'environment-url': 'https://shop.example.com',
      'sync-status': 'Synced',
    });
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeDefined();
  });

  it('push: warns when the plan differs from the one reviewed in the pull request, refuses with require-plan-match', async () => {
    const { github, workspace, trigger } = await setup();
    await trigger('pull_request', {}, {}, pullRequest);
    expect(github.comments).toHaveLength(1);
    github.pullsOfCommit.set(SHA, [7]);
    writeFileSync(path.join(workspace, 'pipeops.yaml'), app(5));

    const refused = await trigger('push', { 'require-plan-match': 'true' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('the manifests differ from the ones reviewed in pull request #7');
    expect(github.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(github.deployments).toEqual([]);

    const warned = await trigger('push');
    expect(warned.exitCode).toBe(0);
    expect(warned.summary).toContain('the manifests differ from the ones reviewed in pull request #7');

    // A comment from before the manifests had their own hash can only tell that the plan differs.
    const comment = github.comments[0];
    if (comment) comment.body = comment.body.replace(/"desired":"[^"]*",/, '');
    const legacy = await trigger('push');
    expect(legacy.summary).toContain('the plan differs from the one reviewed in pull request #7');
  });

  it('push: says the cluster changed when the manifests are the reviewed ones but the planned changes are not', async () => {
    const { kube, github, trigger } = await setup();
    expect((await trigger('push')).exitCode).toBe(0);
    await trigger('pull_request', {}, {}, pullRequest);
    github.pullsOfCommit.set(SHA, [7]);
    kube.seed(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 9 },
      },
      'kubectl-scale',
    );
    const refused = await trigger('push', { 'require-plan-match': 'true' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'the manifests are the ones reviewed in pull request #7 (at feedfac), but the planned changes differ: the cluster changed since the review',
    );
  });

  it('push: a comment by someone else with a copied marker and digest is not a reviewed plan', async () => {
    const { kube, github, trigger } = await setup();
    await trigger('pull_request', {}, {}, pullRequest);
    const [ours] = github.comments.splice(0);
    github.comments.push({ id: 1, body: ours?.body ?? '', issue: 7, author: 'mallory' });
    github.pullsOfCommit.set(SHA, [7]);

    const refused = await trigger('push', { 'require-plan-match': 'true' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'no reviewed plan found for web in pull request #7 (ignored a comment by mallory',
    );
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeUndefined();

    const warned = await trigger('push');
    expect(warned.exitCode).toBe(0);
    expect(warned.stdout).toMatch(/::warning::no reviewed plan found for web in pull request #7/);
  });

  it('push: no warning when the merged plan is the reviewed one', async () => {
    const { github, trigger } = await setup();
    await trigger('pull_request', {}, {}, pullRequest);
    github.pullsOfCommit.set(SHA, [7]);
    const result = await trigger('push', { 'require-plan-match': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('the plan matches the one reviewed in pull request #7');
  });

  it('push of a tag: a release deploy of the image tagged like the release', async () => {
    const { kube, trigger } = await setup();
    const result = await trigger('push', {}, { GITHUB_REF: 'refs/tags/v2.0.1' });
    expect(result.exitCode).toBe(0);
    expect(JSON.stringify(kube.get('apps/v1', 'Deployment', 'web'))).toContain(
      '"image":"ghcr.io/acme/web:v2.0.1"',
    );
  });

  it('workflow_dispatch with dry-run: plans, changes nothing, creates no Deployment', async () => {
    const { kube, github, trigger } = await setup();
    const result = await trigger('workflow_dispatch', { 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('OutOfSync');
    expect(kube.mutations()).toEqual([]);
    expect(github.deployments).toEqual([]);
    expect(github.statuses.at(-1)).toMatchObject({ state: 'success', description: 'Dry run: OutOfSync' });
  });

  it('schedule: reports drift, and heals it with self-heal', async () => {
    const { kube, github, trigger } = await setup();
    await trigger('push');
    kube.seed(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 9 },
      },
      'kubectl-scale',
    );
    const drift = await trigger('schedule');
    expect(drift.outputs).toMatchObject({ 'sync-status': 'OutOfSync', 'has-changes': 'true' });
    expect(drift.exitCode).toBe(0);
    expect(drift.summary).toContain('-  replicas: 9');
    expect(github.statuses.at(-1)).toMatchObject({ state: 'success', description: 'OutOfSync: 1 to update' });
    expect((kube.get('apps/v1', 'Deployment', 'web')?.spec as { replicas: number }).replicas).toBe(9);

    const healed = await trigger('schedule', { 'self-heal': 'true' });
    expect(healed.exitCode).toBe(0);
    expect(healed.stdout).toContain('self-heal: the cluster drifted from this commit; applying it');
    expect((kube.get('apps/v1', 'Deployment', 'web')?.spec as { replicas: number }).replicas).toBe(2);
    expect(github.statuses.at(-1)).toMatchObject({ state: 'success', description: 'Synced' });
  });

  it('a failed rollout ends in failure statuses on the commit and the Deployment', async () => {
    const { kube, github, trigger } = await setup();
    kube.setOptions({
      behaviour: (object) => (object.kind === 'Deployment' ? 'deadline-exceeded' : 'ready'),
    });
    const result = await trigger('push');
    expect(result.exitCode).toBe(1);
    expect(github.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(/^Failed: Deployment default\/web: exceeded its progress deadline/),
    });
    expect(github.deploymentStatuses.at(-1)?.body).toMatchObject({ state: 'failure' });
    expect((github.statuses.at(-1)?.description ?? '').length).toBeLessThanOrEqual(140);
  });

  it('a secret value that equals the environment name is redacted from text, never from identifiers', async () => {
    const { github, trigger } = await setup({
      'pipeops.yaml': app(1),
      'k8s/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: env\nstringData:\n  APP_ENV: production\n',
    });
    expect((await trigger('push', { manifest: 'k8s' })).exitCode).toBe(0);
    expect(github.statuses.map((status) => status.context)).toEqual([
      'kubesync/production',
      'kubesync/production',
    ]);
    expect(github.deployments[0]).toMatchObject({ environment: 'production', production_environment: true });
  });
});
