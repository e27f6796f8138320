import { AppsV1Api } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.js';
import { webApp } from '../support/apps.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { createNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const MARKER = '<!-- kubesync:drift-issue:web:production -->';

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
  'drift issues from the bundled action (the real control plane, the OpenAPI-checked fake GitHub)',
  (cluster) => {
    async function scenario() {
      const namespace = await createNamespace();
      const github = await startGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const run = (eventName: string, more: Record<string, string> = {}) =>
        runActionWithGitHub(github, {
          workspace,
          eventName,
          inputs: {
            kubeconfig: cluster.kubeconfig,
            namespace,
            environment: 'production',
            'drift-issue': 'true',
            ...more,
          },
        });
      return { namespace, github, run };
    }
    const operations = (github: FakeGitHub) =>
      github.calls.filter((call) => call.operation.startsWith('issues/')).map((call) => call.operation);

    it('opens the issue on drift, updates it while the drift lasts, and closes it with a comment once healed', async () => {
      const { namespace, github, run } = await scenario();
      expect((await run('push')).exitCode).toBe(0);
      // Someone else's issue carrying the marker and the label is never kubesync's.
      github.issues.push({
        number: 1,
        title: 'look at this',
        body: `${MARKER}\nnot kubesync's`,
        labels: ['kubesync/drift'],
        state: 'open',
        author: 'mallory',
      });

      await editReplicas(namespace, 3);
      // The push looked for an open drift issue to close (there was none).
      expect(operations(github)).toEqual(['issues/list-for-repo']);
      github.calls.splice(0);
      const drift = await run('schedule');
      expect(drift.exitCode, drift.stdout).toBe(0);
      expect(drift.outputs['sync-status']).toBe('OutOfSync');
      const ours = github.issues.filter((issue) => issue.author === 'github-actions[bot]');
      expect(ours).toHaveLength(1);
      const issue = ours[0];
      expect(issue).toMatchObject({
        title: 'kubesync: web drifted in production',
        labels: ['kubesync/drift'],
        state: 'open',
      });
      expect(issue?.body.startsWith(`${MARKER}\n`)).toBe(true);
      expect(issue?.body).toContain('-  replicas: 3');
      expect(issue?.body).toContain('https://github.com/acme/shop/actions/runs/42');
      expect(JSON.parse(drift.outputs.fleet ?? '[]')).toEqual([
        expect.objectContaining({
          app: 'web',
          status: 'OutOfSync',
          driftIssue: `https://github.com/acme/shop/issues/${issue?.number}`,
          driftIssueState: 'open',
        }),
      ]);
      expect(operations(github)).toEqual(['issues/list-for-repo', 'issues/create']);
      expect(github.calls.find((call) => call.operation === 'issues/list-for-repo')?.query).toMatchObject({
        labels: 'kubesync/drift',
        state: 'open',
      });

      await editReplicas(namespace, 4);
      github.calls.splice(0);
      expect((await run('schedule')).exitCode).toBe(0);
      expect(operations(github)).toEqual(['issues/list-for-repo', 'issues/update']);
      expect(github.issues.filter((entry) => entry.author === 'github-actions[bot]')).toHaveLength(1);
      expect(issue?.body).toContain('-  replicas: 4');

      github.calls.splice(0);
      const healed = await run('schedule', { 'self-heal': 'true' });
      expect(healed.exitCode, healed.stdout).toBe(0);
      expect(healed.outputs['sync-status']).toBe('Synced');
      expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
      expect(github.comments.filter((comment) => comment.issue === issue?.number).map((c) => c.body)).toEqual(
        [
          'The app is Synced again: self-heal applied `0123456` again ([workflow run](https://github.com/acme/shop/actions/runs/42)). Closing.',
        ],
      );
      expect(github.issues.find((entry) => entry.author === 'mallory')).toMatchObject({
        state: 'open',
        body: `${MARKER}\nnot kubesync's`,
      });
    });

    it('opens one issue even when the answer to its create is lost', async () => {
      const { namespace, github, run } = await scenario();
      await run('push');
      await editReplicas(namespace, 2);
      github.failAfterEffect('issues/create', 502);
      const drift = await run('schedule');
      expect(drift.exitCode, drift.stdout).toBe(0);
      expect(github.issues).toHaveLength(1);
    });

    it('warns, naming issues: write, when the token may not write issues; the plan stands', async () => {
      const { namespace, github, run } = await scenario();
      await run('push');
      await editReplicas(namespace, 2);
      github.refused.set('issues/list-for-repo', 403);
      const drift = await run('schedule');
      expect(drift.exitCode, drift.stdout).toBe(0);
      expect(drift.outputs['sync-status']).toBe('OutOfSync');
      expect(drift.stdout).toMatch(
        /::warning::could not record the drift issue of web on GitHub: .*403.*the github-token needs "issues: write": add it under permissions: in the workflow/,
      );
      expect(github.issues).toEqual([]);
    });
  },
  { needsControllers: true },
);
