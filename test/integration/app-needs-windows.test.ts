import { AppsV1Api } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { startGitHub } from '../support/github.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { createNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';

/** The commit run-in-process pushes. */
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** Weekdays 09:00–17:00 in Berlin; the fixed clock reads Saturday 12 December 2026, noon. */
const WORKING_HOURS = `- kind: allow
  schedule: "0 9 * * 1-5"
  duration: 8h
  timeZone: Europe/Berlin
`;
const saturday = () => new Date('2026-12-12T12:00:00Z');
const REFUSAL =
  'this app is outside its deploy windows (no allow window is open); the next opening is 2026-12-14 08:00 UTC (2026-12-14 09:00 Europe/Berlin)';

const appNamed = (name: string) => webApp(1).replace('name: web', `name: ${name}`);

/** Listed dependents first, so only `needs` can put db first. */
const CHAIN = `apps:
  - name: web
    manifest: web/pipeops.yaml
    needs: [api]
  - name: api
    manifest: api/pipeops.yaml
    needs: [db]
  - name: db
    manifest: db/pipeops.yaml
`;

async function deploymentExists(namespace: string, name: string): Promise<boolean> {
  try {
    await kubeConfig().makeApiClient(AppsV1Api).readNamespacedDeployment({ name, namespace });
    return true;
  } catch {
    return false;
  }
}

describeOnRealCluster(
  'apps that need each other, and deploy windows (in this process, the real control plane)',
  (cluster) => {
    const inputs = (namespace: string, more: Record<string, string> = {}) => ({
      kubeconfig: cluster.kubeconfig,
      namespace,
      'github-token': 'memory-token',
      ...more,
    });

    it('applies a chain of three apps in the order of their needs, each once the one before is ready', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({
        'kubesync.yaml': CHAIN,
        'web/pipeops.yaml': appNamed('web'),
        'api/pipeops.yaml': appNamed('api'),
        'db/pipeops.yaml': appNamed('db'),
      });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { manifest: 'kubesync.yaml', 'app-concurrency': '3' }),
        github,
        eventName: 'push',
      });
      expect(result.exitCode).toBe(0);
      expect(result.summary).toContain('- order: db → api → web');
      // Each Deployment is created when its app starts applying, so their order is the apps' order.
      expect(github.deployments.map((deployment) => deployment.payload.app)).toEqual(['db', 'api', 'web']);
      expect(github.deployments.map((deployment) => deployment.statuses.at(-1)?.state)).toEqual([
        'success',
        'success',
        'success',
      ]);
    });

    it('skips the apps after a failed one in the chain, and applies nothing of them', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({
        'kubesync.yaml': CHAIN,
        'web/pipeops.yaml': appNamed('web'),
        'api/pipeops.yaml': appNamed('api').replace('replicas:', 'replica:'),
        'db/pipeops.yaml': appNamed('db'),
      });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { manifest: 'kubesync.yaml', 'app-concurrency': '3' }),
        github,
        eventName: 'push',
      });
      expect(result.exitCode).toBe(1);
      const apps = JSON.parse(result.outputs.apps ?? '[]') as {
        app: string;
        status: string;
        reason?: string;
      }[];
      expect(apps.map(({ app, status, reason }) => ({ app, status, reason }))).toEqual([
        { app: 'web', status: 'Skipped', reason: 'because api failed' },
        { app: 'api', status: 'Failed', reason: undefined },
        { app: 'db', status: 'Synced', reason: undefined },
      ]);
      expect(result.summary).toContain('| web |  | Skipped |  |  |  | because api failed |');
      expect(await deploymentExists(namespace, 'db')).toBe(true);
      expect(await deploymentExists(namespace, 'web')).toBe(false);
      expect(github.deployments.map((deployment) => deployment.payload.app)).not.toContain('web');
    });

    it('plans every app of the chain, failed need or not, and shows the order', async () => {
      const namespace = await createNamespace();
      const workspace = makeWorkspace({
        'kubesync.yaml': CHAIN,
        'web/pipeops.yaml': appNamed('web'),
        'api/pipeops.yaml': appNamed('api').replace('replicas:', 'replica:'),
        'db/pipeops.yaml': appNamed('db'),
      });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { manifest: 'kubesync.yaml', command: 'plan' }),
        github: new MemoryGitHub(),
        eventName: 'push',
      });
      expect(result.summary).toContain('- order: db → api → web');
      const apps = JSON.parse(result.outputs.apps ?? '[]') as { app: string; status: string }[];
      expect(apps.map(({ app, status }) => `${app} ${status}`)).toEqual([
        'web OutOfSync',
        'api Unknown',
        'db OutOfSync',
      ]);
    });

    it('refuses an apply outside its deploy windows before anything is written, naming the next opening', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { 'deploy-windows': WORKING_HOURS }),
        github,
        eventName: 'push',
        event: { sender: { login: 'alice' } },
        now: saturday,
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`::error::apply refused: ${REFUSAL}`);
      expect(result.summary).toContain(REFUSAL);
      expect(await deploymentExists(namespace, 'web')).toBe(false);
      expect(github.deployments).toEqual([]);
    });

    it('says in a plan that an apply now would be refused', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { command: 'plan', 'deploy-windows': WORKING_HOURS }),
        github,
        eventName: 'push',
        now: saturday,
      });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`::warning::an apply now would be refused: ${REFUSAL}`);
      expect(result.summary).toContain('an apply now would be refused');
    });

    it('lets an apply through with the override label on the merged pull request, and records who', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      github.pullRequestsOfCommit.set(SHA, [
        { number: 12, mergedAs: SHA, labels: ['kubesync/override-window'] },
      ]);
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { 'deploy-windows': WORKING_HOURS }),
        github,
        eventName: 'push',
        event: { sender: { login: 'alice' } },
        now: saturday,
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['sync-status']).toBe('Synced');
      const who = '@alice (label kubesync/override-window on pull request #12)';
      expect(github.deployments[0]?.description).toBe(
        `kubesync apply of web, outside its deploy windows: let through by ${who}`,
      );
      expect(github.statuses.at(-1)?.description).toBe(`Synced; deploy window overridden by ${who}`);
      expect(result.summary).toContain(`deploy window overridden by ${who}`);
      expect(await deploymentExists(namespace, 'web')).toBe(true);
    });

    it('finds the override label through GitHub’s API as its OpenAPI description has it', async () => {
      const namespace = await createNamespace();
      const github = await startGitHub();
      github.pullsOfCommit.set(SHA, [13]);
      github.pullLabels.set(13, ['kubesync/override-window']);
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runActionInProcess({
        workspace,
        inputs: inputs(namespace, { 'deploy-windows': WORKING_HOURS, 'github-token': github.token }),
        eventName: 'push',
        event: { sender: { login: 'carol' } },
        env: { GITHUB_API_URL: github.url },
        now: saturday,
      });
      expect(result.exitCode).toBe(0);
      expect(github.deployments[0]?.description).toBe(
        'kubesync apply of web, outside its deploy windows: let through by @carol (label kubesync/override-window on pull request #13)',
      );
      expect(github.statuses.at(-1)?.description).toBe(
        'Synced; deploy window overridden by @carol (label kubesync/override-window on pull request #13)',
      );
    });

    it('lets an apply through with the workflow_dispatch input, and records who', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const dispatch = (override: string) =>
        runActionInProcess({
          workspace,
          inputs: inputs(namespace, { 'deploy-windows': WORKING_HOURS }),
          github,
          eventName: 'workflow_dispatch',
          event: { inputs: { 'override-window': override }, sender: { login: 'bob' } },
          now: saturday,
        });
      const refused = await dispatch('false');
      expect(refused.exitCode).toBe(1);
      expect(await deploymentExists(namespace, 'web')).toBe(false);
      const result = await dispatch('true');
      expect(result.exitCode).toBe(0);
      expect(result.summary).toContain(
        'deploy window overridden by @bob (workflow\\_dispatch input override-window)',
      );
      expect(github.deployments[0]?.description).toContain('let through by @bob');
      expect(await deploymentExists(namespace, 'web')).toBe(true);
    });
  },
  { needsControllers: true },
);
