import { AppsV1Api } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { createNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';

const NAMES = Array.from({ length: 20 }, (_, index) => `app-${String(index + 1).padStart(2, '0')}`);
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

interface FleetEntry {
  app: string;
  environment: string;
  status: string;
  result: string;
  commit?: string;
  appliedAt?: string;
  ageSeconds?: number;
  driftIssue?: string;
  driftIssueState?: string;
}

describeOnRealCluster(
  'the fleet view (the real control plane, GitHub in memory)',
  (cluster) => {
    it('lists 20 apps with the commit each runs, since when, and the drift issue of the one that drifted', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const workspace = makeWorkspace(
        Object.fromEntries(
          NAMES.map((name) => [`${name}/pipeops.yaml`, webApp(1).replace('name: web', `name: ${name}`)]),
        ),
      );
      const inputs = {
        kubeconfig: cluster.kubeconfig,
        namespace,
        environment: 'production',
        'github-token': 'memory-token',
        'drift-issue': 'true',
        manifest: NAMES.map((name) => `${name}/pipeops.yaml`).join('\n'),
      };
      const applied = await runActionInProcess({ workspace, inputs, github, eventName: 'push' });
      expect(applied.exitCode).toBe(0);
      const afterApply = JSON.parse(applied.outputs.fleet ?? '[]') as FleetEntry[];
      expect(afterApply.map((entry) => [entry.app, entry.status, entry.result, entry.commit])).toEqual(
        NAMES.map((name) => [name, 'Synced', 'applied', COMMIT]),
      );

      const apps = kubeConfig().makeApiClient(AppsV1Api);
      const live = await apps.readNamespacedDeployment({ name: 'app-07', namespace });
      if (live.spec) live.spec.replicas = 3;
      await apps.replaceNamespacedDeployment({
        name: 'app-07',
        namespace,
        body: live,
        fieldManager: 'kubectl-edit',
      });

      const planned = await runActionInProcess({ workspace, inputs, github, eventName: 'schedule' });
      expect(planned.exitCode).toBe(0);
      const fleet = JSON.parse(planned.outputs.fleet ?? '[]') as FleetEntry[];
      expect(fleet).toHaveLength(20);
      const [issue] = github.storedIssues;
      expect(github.storedIssues).toHaveLength(1);
      for (const entry of fleet) {
        expect(entry).toMatchObject({
          environment: 'production',
          result: 'planned',
          commit: COMMIT,
          status: entry.app === 'app-07' ? 'OutOfSync' : 'Synced',
        });
        // The time the apply recorded in the app's ApplySet parent, read back by the plan.
        expect(Number.isNaN(Date.parse(entry.appliedAt ?? ''))).toBe(false);
        expect(entry.ageSeconds).toBeGreaterThanOrEqual(0);
      }
      expect(fleet.find((entry) => entry.app === 'app-07')).toMatchObject({
        driftIssue: `https://github.com/acme/shop/issues/${issue?.number}`,
        driftIssueState: 'open',
      });
      expect(fleet.filter((entry) => entry.driftIssue)).toHaveLength(1);

      expect(planned.summary).toContain(
        '| app | environment | status | changes | applied | drift issue | notes |',
      );
      expect(planned.summary).toMatch(
        new RegExp(
          `\\| app-07 \\| production \\| OutOfSync \\| \\+0 ~1 -0 \\| \`0123456\` · (just now|\\d+ min) \\| \\[#${issue?.number}\\]\\(https://github.com/acme/shop/issues/${issue?.number}\\) open \\|`,
        ),
      );
      expect(planned.summary).toMatch(/\| app-20 \| production \| Synced \| \+0 ~0 -0 \| `0123456` · /);
    });
  },
  { needsControllers: true },
);
