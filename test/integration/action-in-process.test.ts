import { describe, expect, it } from 'vitest';
import { GitHubUnavailable } from '../../src/github/github-unavailable.js';
import { webApp } from '../support/apps.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { createNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';
import { AppsV1Api } from '@kubernetes/client-node';

const HEAD = '1111111111111111111111111111111111111111';
const pullRequest = (number: number) => ({
  pull_request: {
    number,
    head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
    base: { sha: '2222222222222222222222222222222222222222', repo: { full_name: 'acme/shop' } },
  },
});

describeOnRealCluster(
  'the action layer, in this process (GitHub in memory, the real control plane)',
  (cluster) => {
    const inputs = (namespace: string, more: Record<string, string> = {}) => ({
      kubeconfig: cluster.kubeconfig,
      namespace,
      'github-token': 'memory-token',
      ...more,
    });

    it("keeps a pull request's plan in one comment and sets the head's status", async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(2) });
      const event = pullRequest(7);
      const first = await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'pull_request',
        event,
      });
      expect(first.exitCode).toBe(0);
      expect(first.outputs).toMatchObject({ 'sync-status': 'OutOfSync', added: '1' });
      const again = await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'pull_request',
        event,
      });
      expect(again.exitCode).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.issue).toBe(7);
      expect(github.comments[0]?.body).toMatch(/^<!-- kubesync:web:default /);
      expect(github.comments[0]?.body).toContain(`Deployment ${namespace}/web`);
      expect(github.statuses.map(({ sha, context, state }) => ({ sha, context, state }))).toEqual([
        { sha: HEAD, context: 'kubesync/web', state: 'success' },
        { sha: HEAD, context: 'kubesync/web', state: 'success' },
      ]);
      expect(github.statuses[0]?.description).toMatch(/^OutOfSync/);
    });

    it('applies, records a Deployment that ends in success, and names it in the outputs', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'push',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['sync-status']).toBe('Synced');
      const [deployment] = github.deployments;
      expect(deployment?.environment).toBe('web');
      expect(deployment?.statuses.at(-1)?.state).toBe('success');
      expect(result.outputs['deployment-id']).toBe(String(deployment?.id));
      expect(github.statuses.map((status) => status.state)).toEqual(['pending', 'success']);
      const live = await kubeConfig()
        .makeApiClient(AppsV1Api)
        .readNamespacedDeployment({ name: 'web', namespace });
      expect(live.spec?.replicas).toBe(1);
    });

    it('goes on with the apply when GitHub cannot be reached, and warns once', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      github.fail = new GitHubUnavailable(
        "GitHub's API at http://127.0.0.1:9 could not be reached (ECONNREFUSED)",
        "check GITHUB_API_URL and the runner's network",
        'unreachable',
      );
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'push',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['sync-status']).toBe('Synced');
      const warnings = result.stdout
        .split('\n')
        .filter((line) => line.startsWith('::warning') && line.includes('ECONNREFUSED'));
      expect(warnings).toHaveLength(1);
      expect(github.deployments).toEqual([]);
    });

    it('runs every app of a list through the same path: one comment and one row each', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({
        'web/pipeops.yaml': webApp(1),
        'api/pipeops.yaml': webApp(1).replace('name: web', 'name: api'),
      });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { manifest: 'web/pipeops.yaml\napi/pipeops.yaml' }),
        github,
        eventName: 'pull_request',
        event: pullRequest(8),
      });
      expect(result.exitCode).toBe(0);
      expect(github.comments.map((comment) => comment.body.slice(0, 24)).sort()).toEqual([
        '<!-- kubesync:api:defaul',
        '<!-- kubesync:web:defaul',
      ]);
      expect(result.summary).toContain('| web |  | OutOfSync | +1 ~0 -0 |');
      expect(result.summary).toContain('| api |  | OutOfSync | +1 ~0 -0 |');
      expect(JSON.parse(result.outputs.apps ?? '[]')).toHaveLength(2);
    });
  },
  { needsControllers: true },
);

describe('the action layer, in this process, without a cluster', () => {
  it('fails the step on invalid manifests with the error on its line, and records the failure', async () => {
    const github = new MemoryGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1).replace('replicas:', 'replica:') });
    const result = await runActionInProcess({
      workspace,
      inputs: { 'github-token': 'memory-token' },
      github,
      eventName: 'pull_request',
      event: pullRequest(9),
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error title=kubesync unknown-field,file=pipeops.yaml,line=8');
    expect(result.outputs).toMatchObject({ valid: 'false', errors: '1', 'sync-status': 'Unknown' });
    expect(github.statuses.map(({ state, description }) => ({ state, description }))).toEqual([
      { state: 'failure', description: 'Invalid: 1 validation error' },
    ]);
  });

  it('turns a bad input into a failed step whose summary says why, without a stack trace', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
    const result = await runActionInProcess({ workspace, inputs: { command: 'deploy' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::.*command/);
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(result.outputs['sync-status']).toBe('Failed');
    expect(result.summary).toContain('command');
  });
});
