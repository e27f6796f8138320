import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppsV1Api } from '@kubernetes/client-node';
import { afterEach, expect, it } from 'vitest';
import { evaluateInputs, readDoc, section, workflowsOf } from '../support/docs.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import {
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  uniqueNamespaceName,
} from '../support/real-cluster.js';
import { makeWorkspace, REPO_ROOT } from '../support/workspace.js';

/** The README's quick-start workflow and its one kubesync step. */
function quickStart() {
  const [workflow] = workflowsOf('README.md', section(readDoc('README.md'), '## Quick start'));
  if (!workflow) throw new Error("the README's quick start has no workflow");
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = steps.find((candidate) => candidate.uses?.startsWith('kubesync/kubesync@'));
  return { workflow, steps, step };
}

const namespaces: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

/**
 * What a new user does from the README: examples/app copied to pipeops.yaml, the KUBECONFIG secret,
 * and the quick-start workflow, run as the runner runs it (the bundled dist/index.js with the inputs
 * the step sets) for a pull request, then for the push of its merge to main.
 */
describeOnRealCluster(
  "the README's quick start",
  (cluster) => {
    it('checks out the whole history and needs only permissions the plan and apply use', () => {
      const { workflow, steps } = quickStart();
      expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
      expect((workflow as unknown as { permissions: unknown }).permissions).toEqual({
        contents: 'read',
        'pull-requests': 'write',
        statuses: 'write',
        deployments: 'write',
      });
    });

    it('plans the pull request into a comment and a status, and applies the merge, on the real control plane', async () => {
      const { step } = quickStart();
      // The workflow deploys to `shop`, created by the apply; each test run uses a fresh name.
      const namespace = uniqueNamespaceName('quick');
      namespaces.push(namespace);
      const inputs = Object.fromEntries(
        Object.entries(
          evaluateInputs(step, {
            'secrets.KUBECONFIG': Buffer.from(cluster.kubeconfig).toString('base64'),
          }),
        ).map(([name, value]) => [name, name === 'namespace' ? value.replace(/^shop$/, namespace) : value]),
      );
      expect(inputs.namespace).toBe(namespace);
      const workspace = makeWorkspace({
        [inputs.manifest ?? 'pipeops.yaml']: readFileSync(
          path.join(REPO_ROOT, 'examples/app/pipeops.yaml'),
          'utf8',
        ),
      });
      const github = await startGitHub();
      const sha = '0123456789abcdef0123456789abcdef01234567';

      const plan = await runActionWithGitHub(github, {
        workspace,
        inputs,
        eventName: 'pull_request',
        event: pullRequestEvent(1, sha),
      });
      expect(plan.exitCode, plan.stdout).toBe(0);
      expect(plan.outputs).toMatchObject({ 'sync-status': 'OutOfSync', added: '5' });
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain('### kubesync plan: `web` → `production`');
      expect(github.statuses.at(-1)).toMatchObject({
        sha,
        context: 'kubesync/production',
        state: 'success',
        description: 'OutOfSync: 5 to create',
      });
      // What the README says the pull request shows.
      const readme = readDoc('README.md');
      expect(readme).toContain('`kubesync/production` (`OutOfSync: 5 to create`)');
      expect(readme).toContain('5 to create, 0 unchanged.');
      expect(github.comments[0]?.body).toContain('5 to create, 0 unchanged.');
      for (const kind of ['Namespace', 'Service', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress']) {
        expect(github.comments[0]?.body).toMatch(
          new RegExp(`\\| ${kind} \\| \`${namespace}(/web)?\` \\| create \\|`),
        );
        expect(readme).toMatch(new RegExp(`\\| ${kind} +\\| shop(/web)? +\\| create +\\|`));
      }

      github.pullsOfCommit.set(sha, [1]);
      const apply = await runActionWithGitHub(github, { workspace, inputs, eventName: 'push' });
      expect(apply.exitCode, apply.stdout).toBe(0);
      expect(apply.outputs['sync-status']).toBe('Synced');
      expect(github.statuses.at(-1)).toMatchObject({
        context: 'kubesync/production',
        state: 'success',
        description: 'Synced',
      });
      expect(github.deployments).toHaveLength(1);
      const deployment = await kubeConfig()
        .makeApiClient(AppsV1Api)
        .readNamespacedDeployment({ name: 'web', namespace });
      expect(deployment.status?.readyReplicas).toBeGreaterThan(0);
      expect(deployment.status?.readyReplicas).toBe(deployment.spec?.replicas);
    });
  },
  { needsControllers: true },
);
