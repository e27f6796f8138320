import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppsV1Api } from '@kubernetes/client-node';
import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS } from '../../src/settings/inputs.js';
import { webApp } from '../support/apps.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { makeWorkspace, REPO_ROOT } from '../support/workspace.js';

interface Job {
  environment?: string;
  steps: { uses?: string; with?: Record<string, unknown> }[];
}

/** SECURITY.md's recommended workflow: its jobs, and the inputs of each job's kubesync step. */
function recommendedWorkflow(): { on: Record<string, unknown>; jobs: Record<string, Job> } {
  const text = readFileSync(path.join(REPO_ROOT, 'SECURITY.md'), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  expect(blocks).toHaveLength(1);
  return parse(blocks[0] ?? '') as { on: Record<string, unknown>; jobs: Record<string, Job> };
}

function kubesyncInputs(job: Job | undefined, values: Record<string, string>): Record<string, string> {
  const step = job?.steps.find((candidate) => candidate.uses?.startsWith('kubesync/kubesync@'));
  return Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_match, expression: string) => {
        const result = values[expression];
        if (result === undefined) throw new Error(`no value for ${expression}`);
        return result;
      }),
    ]),
  );
}

const namespaces: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

describeOnRealCluster(
  'the setup SECURITY.md recommends',
  (cluster) => {
    it('keeps the deploying identity in a protected environment and uses only policy inputs kubesync has', () => {
      const { on, jobs } = recommendedWorkflow();
      expect(Object.keys(on).sort()).toEqual(['pull_request', 'push']);
      expect(jobs.apply?.environment).toBe('production');
      expect(jobs.plan?.environment).toBeUndefined();
      for (const job of Object.values(jobs)) {
        const inputs = kubesyncInputs(job, { 'secrets.KUBECONFIG_PLAN': 'x', 'secrets.KUBECONFIG': 'x' });
        for (const name of Object.keys(inputs)) expect(Object.keys(INPUTS), name).toContain(name);
      }
    });

    it('plans the pull request and applies the merge, on the real control plane', async () => {
      const namespace = await createNamespace();
      namespaces.push(namespace);
      const { jobs } = recommendedWorkflow();
      const kubeconfig = Buffer.from(cluster.kubeconfig).toString('base64');
      const values = { 'secrets.KUBECONFIG_PLAN': kubeconfig, 'secrets.KUBECONFIG': kubeconfig };
      // The workflow's namespace is `shop`; each test run deploys into a namespace of its own.
      const inNamespace = (inputs: Record<string, string>) =>
        Object.fromEntries(
          Object.entries(inputs).map(([name, value]) => [name, value.replace(/\bshop\b/g, namespace)]),
        );
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const github = await startGitHub();
      const sha = '0123456789abcdef0123456789abcdef01234567';

      const plan = await runActionWithGitHub(github, {
        workspace,
        inputs: inNamespace(kubesyncInputs(jobs.plan, values)),
        eventName: 'pull_request',
        event: pullRequestEvent(7, sha),
      });
      expect(plan.exitCode, plan.stdout).toBe(0);
      expect(plan.outputs['sync-status']).toBe('OutOfSync');
      expect(github.comments).toHaveLength(1);

      github.pullsOfCommit.set(sha, [7]);
      const apply = await runActionWithGitHub(github, {
        workspace,
        inputs: inNamespace(kubesyncInputs(jobs.apply, values)),
        eventName: 'push',
      });
      expect(apply.exitCode, apply.stdout).toBe(0);
      expect(apply.outputs['sync-status']).toBe('Synced');
      const deployment = await kubeConfig()
        .makeApiClient(AppsV1Api)
        .readNamespacedDeployment({ name: 'web', namespace });
      expect(deployment.spec?.replicas).toBe(1);
    });
  },
  { needsControllers: true },
);
