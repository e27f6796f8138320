import { AppsV1Api } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { GitHubUnavailable, permissionsCheck } from '../../src/github/github-unavailable.js';
import { webApp } from '../support/apps.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { createNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';

/** Scales the Deployment as `kubectl edit` would: an update by another field manager. */
async function editReplicas(namespace: string, replicas: number): Promise<void> {
  const apps = kubeConfig().makeApiClient(AppsV1Api);
  const live = await apps.readNamespacedDeployment({ name: 'web', namespace });
  if (live.spec) live.spec.replicas = replicas;
  await apps.replaceNamespacedDeployment({
    name: 'web',
    namespace,
    body: live,
    fieldManager: 'kubectl-edit',
  });
}

describeOnRealCluster(
  'drift issues (the real control plane, GitHub in memory)',
  (cluster) => {
    const inputs = (namespace: string, more: Record<string, string> = {}) => ({
      kubeconfig: cluster.kubeconfig,
      namespace,
      environment: 'production',
      'github-token': 'memory-token',
      'drift-issue': 'true',
      ...more,
    });

    it('opens one issue for drift, keeps it up to date while it lasts, and closes it when self-heal applies', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const run = (eventName: string, more: Record<string, string> = {}) =>
        runActionInProcess({ workspace, inputs: inputs(namespace, more), github, eventName });

      expect((await run('push')).outputs['sync-status']).toBe('Synced');
      expect((await run('schedule')).outputs['sync-status']).toBe('Synced');
      expect(github.storedIssues).toEqual([]);

      await editReplicas(namespace, 3);
      const drift = await run('schedule');
      expect(drift.exitCode).toBe(0);
      expect(drift.outputs['sync-status']).toBe('OutOfSync');
      expect(github.storedIssues).toHaveLength(1);
      const [issue] = github.storedIssues;
      expect(issue).toMatchObject({
        title: 'kubesync: web drifted in production',
        labels: ['kubesync/drift'],
        state: 'open',
        author: 'github-actions[bot]',
      });
      expect(issue?.body).toMatch(/^<!-- kubesync:drift-issue:web:production -->\n/);
      expect(issue?.body).toContain(`Deployment ${namespace}/web`);
      expect(issue?.body).toContain('-  replicas: 3');
      expect(issue?.body).toContain('[this workflow run](https://github.com/acme/shop/actions/runs/42)');
      expect(drift.stdout).toContain(`::warning::web drifted from git: drift issue #${issue?.number} opened`);

      await editReplicas(namespace, 4);
      const still = await run('schedule');
      expect(still.stdout).toContain(`drift issue #${issue?.number} updated: web still drifts`);
      expect(github.storedIssues).toHaveLength(1);
      expect(issue?.body).toContain('-  replicas: 4');
      expect(issue?.state).toBe('open');

      const healed = await run('schedule', { 'self-heal': 'true' });
      expect(healed.exitCode).toBe(0);
      expect(healed.outputs['sync-status']).toBe('Synced');
      expect(github.storedIssues).toHaveLength(1);
      expect(issue?.state).toBe('closed');
      expect(issue?.comments).toEqual([
        'The app is Synced again: self-heal applied `0123456` again ([workflow run](https://github.com/acme/shop/actions/runs/42)). Closing.',
      ]);
      const live = await kubeConfig()
        .makeApiClient(AppsV1Api)
        .readNamespacedDeployment({ name: 'web', namespace });
      expect(live.spec?.replicas).toBe(1);
    });

    it('closes the issue when someone reverts the change by hand and a scheduled plan finds it Synced', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const run = (eventName: string, more: Record<string, string> = {}) =>
        runActionInProcess({ workspace, inputs: inputs(namespace, more), github, eventName });
      await run('push');
      await editReplicas(namespace, 2);
      await run('workflow_dispatch', { command: 'plan' });
      expect(github.storedIssues.map((issue) => issue.state)).toEqual(['open']);

      await editReplicas(namespace, 1);
      const synced = await run('schedule');
      expect(synced.outputs['sync-status']).toBe('Synced');
      expect(github.storedIssues.map((issue) => issue.state)).toEqual(['closed']);
      expect(github.storedIssues[0]?.comments[0]).toMatch(
        /^The app is Synced again: the plan finds the cluster matching `0123456` again/,
      );

      await editReplicas(namespace, 3);
      await run('schedule');
      expect(github.storedIssues.map((issue) => issue.state)).toEqual(['closed', 'open']);
      const applied = await run('workflow_dispatch', { 'force-conflicts': 'true' });
      expect(applied.outputs['sync-status']).toBe('Synced');
      expect(github.storedIssues.map((issue) => issue.state)).toEqual(['closed', 'closed']);
      expect(github.storedIssues[1]?.comments[0]).toMatch(/^The app is Synced again: `0123456` was applied/);
    });

    it('never edits an issue that carries the marker but was written by someone else', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const run = (eventName: string) =>
        runActionInProcess({ workspace, inputs: inputs(namespace), github, eventName });
      await run('push');
      github.storedIssues.push({
        number: 99,
        author: 'mallory',
        title: 'kubesync: web drifted in production',
        labels: ['kubesync/drift'],
        body: '<!-- kubesync:drift-issue:web:production -->\nnothing to see',
        state: 'open',
        comments: [],
      });
      await editReplicas(namespace, 2);
      await run('schedule');
      expect(github.storedIssues.map((issue) => [issue.author, issue.state])).toEqual([
        ['mallory', 'open'],
        ['github-actions[bot]', 'open'],
      ]);
      expect(github.storedIssues[0]?.body).toBe(
        '<!-- kubesync:drift-issue:web:production -->\nnothing to see',
      );
    });

    it('warns naming issues: write when the token may not write issues, and the plan stands', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      await runActionInProcess({ workspace, inputs: inputs(namespace), github, eventName: 'push' });
      await editReplicas(namespace, 2);
      const refusal = new GitHubUnavailable(
        "GitHub's API at https://api.github.com refused the request (403 Resource not accessible by integration)",
        permissionsCheck(['issues: write']),
        'refused',
        'issues: write',
      );
      github.findOpenIssue = () => Promise.reject(refusal);
      const drift = await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'schedule',
      });
      expect(drift.exitCode).toBe(0);
      expect(drift.outputs['sync-status']).toBe('OutOfSync');
      expect(drift.stdout).toContain(
        '::warning::could not record the drift issue of web on GitHub: GitHub\'s API at https://api.github.com refused the request (403 Resource not accessible by integration); the github-token needs "issues: write": add it under permissions: in the workflow',
      );
    });

    it('opens no issue without drift-issue, nor for a pull request', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      await runActionInProcess({ workspace, inputs: inputs(namespace), github, eventName: 'push' });
      await editReplicas(namespace, 2);
      await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { 'drift-issue': 'false' }),
        github,
        eventName: 'schedule',
      });
      await runActionInProcess({
        workspace,
        inputs: inputs(namespace),
        github,
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 5,
            head: { sha: '1111111111111111111111111111111111111111', repo: { full_name: 'acme/shop' } },
            base: { sha: '2222222222222222222222222222222222222222', repo: { full_name: 'acme/shop' } },
          },
        },
      });
      expect(github.storedIssues).toEqual([]);
    });
  },
  { needsControllers: true },
);
