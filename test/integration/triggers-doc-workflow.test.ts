import { describe, expect, it } from 'vitest';
import { evaluateInputs, workflowsOf, type Step, type Workflow } from '../support/docs.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';

/** docs/triggers.md's "every trigger" workflow, and the inputs its kubesync step passes. */
function everyTriggerWorkflow(): { workflow: Workflow; step: Step | undefined } {
  const workflow = workflowsOf('docs/triggers.md').find(
    (candidate) => 'schedule' in candidate.on && 'pull_request' in candidate.on,
  );
  if (!workflow) throw new Error('docs/triggers.md has no workflow with every trigger');
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => candidate.uses?.startsWith('kubesync/kubesync@'));
  return { workflow, step };
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
const base = `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:latest
  resources: {cpu: 100m, memory: 128Mi}
  network: {port: 8080, public: true, domains: [shop.example.com]}
  env:
    - {name: DATABASE_URL, valueFrom: doppler://production/DATABASE_URL}
`;
const production = 'spec:\n  deploy:\n    replicas: 2\n';

describe("docs/triggers.md's every-trigger workflow, run for each of its triggers", () => {
  it('plans on pull_request, applies on push and tags, dry-runs on dispatch, heals on schedule', async () => {
    const { workflow, step } = everyTriggerWorkflow();
    expect(Object.keys(workflow.on).sort()).toEqual([
      'deployment',
      'merge_group',
      'pull_request',
      'push',
      'repository_dispatch',
      'schedule',
      'workflow_dispatch',
    ]);
    const kube = await startFake();
    kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    const github = await startGitHub();
    const doppler = await startDoppler();
    const workspace = makeWorkspace({
      'manifests/base/pipeops.yaml': base,
      'manifests/production/pipeops.yaml': production,
    });
    const trigger = (
      eventName: string,
      values: Record<string, string>,
      env: NodeJS.ProcessEnv = {},
      event: unknown = {},
    ) =>
      runActionWithGitHub(github, {
        workspace,
        eventName,
        event,
        inputs: {
          ...evaluateInputs(step, {
            'secrets.KUBECONFIG': kube.kubeconfig(),
            'secrets.DOPPLER_TOKEN': SERVICE_TOKEN,
            'github.sha': SHA,
            ...values,
          }),
          'doppler-api-url': doppler.url,
        },
        env,
      });
    const noDispatch = { 'inputs.prune || false': 'false', 'inputs.dry-run || false': 'false' };

    const pullRequest = pullRequestEvent(3, SHA);
    const plan = await trigger('pull_request', noDispatch, {}, pullRequest);
    expect(plan.outputs).toMatchObject({ 'sync-status': 'OutOfSync', added: '4' });
    expect(github.comments).toHaveLength(1);

    github.pullsOfCommit.set(SHA, [3]);
    const apply = await trigger('push', noDispatch);
    expect(apply.outputs).toMatchObject({
      'sync-status': 'Synced',
      'environment-url': 'https://shop.example.com',
    });
    expect(apply.stdout).toContain('the plan matches the one reviewed in pull request #3');
    expect(JSON.stringify(kube.get('apps/v1', 'Deployment', 'web', 'shop'))).toContain(
      `ghcr.io/acme/web:${SHA}`,
    );

    const release = await trigger('push', noDispatch, { GITHUB_REF: 'refs/tags/v1.0.0' });
    expect(release.outputs['sync-status']).toBe('Synced');
    expect(JSON.stringify(kube.get('apps/v1', 'Deployment', 'web', 'shop'))).toContain(
      'ghcr.io/acme/web:v1.0.0',
    );

    const mutations = kube.mutations().length;
    const dispatch = await trigger('workflow_dispatch', {
      'inputs.prune || false': 'true',
      'inputs.dry-run || false': 'true',
    });
    expect(dispatch.outputs['sync-status']).toBe('OutOfSync');
    expect(kube.mutations()).toHaveLength(mutations);

    kube.seed(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'shop' },
        spec: { replicas: 7 },
      },
      'kubectl-scale',
    );
    const healed = await trigger('schedule', { ...noDispatch });
    expect(healed.exitCode, healed.stdout).toBe(0);
    expect(healed.stdout).toContain('self-heal: the cluster drifted from this commit; applying it');
    expect((kube.get('apps/v1', 'Deployment', 'web', 'shop')?.spec as { replicas: number }).replicas).toBe(2);
    // Every apply read Doppler once, and its value reached the cluster only.
    expect(doppler.requests.every((request) => request.status === 200)).toBe(true);
    expect(kube.get('v1', 'Secret', 'web-doppler', 'shop')?.data).toHaveProperty('DATABASE_URL');
  });
});
