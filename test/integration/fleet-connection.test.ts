import { CoreV1Api, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { afterEach, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { auditEventsSince, auditMark } from '../support/control-plane.js';
import type { FaultProxy } from '../support/fault-proxy.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { MemoryGitHub } from '../support/memory-github.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';

const APPS = ['web', 'api', 'db', 'jobs'];

const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  name: ${name}\n`;

/** Discovery as kubesync asks it: a group version's resources (/api/v1, /apis/apps/v1) or a group's. */
const DISCOVERY = /^\/apis?(\/[^/?]+){1,2}$/;

let proxy: FaultProxy | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => undefined);
});

/**
 * A ServiceAccount bound to cluster-admin and a kubeconfig with a token of it: the audit log names
 * its requests apart from those of the tests running next to this one.
 */
async function deployer(namespace: string): Promise<{ kubeconfig: string; username: string }> {
  const core = kubeConfig().makeApiClient(CoreV1Api);
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'fleet' } } });
  const binding = `kubesync-test-fleet-${namespace}`;
  await kubeConfig()
    .makeApiClient(RbacAuthorizationV1Api)
    .createClusterRoleBinding({
      body: {
        metadata: { name: binding },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ kind: 'ServiceAccount', name: 'fleet', namespace }],
      },
    });
  cleanups.push(() =>
    kubeConfig().makeApiClient(RbacAuthorizationV1Api).deleteClusterRoleBinding({ name: binding }),
  );
  const request = await core.createNamespacedServiceAccountToken({
    namespace,
    name: 'fleet',
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  const admin = parse(kubeConfig().exportConfig()) as { users: { name: string; user: unknown }[] };
  for (const user of admin.users) user.user = { token: request.status?.token };
  return { kubeconfig: stringify(admin), username: `system:serviceaccount:${namespace}:fleet` };
}

describeOnRealCluster(
  'the apps of one step share one connection to their cluster (real control plane)',
  (cluster) => {
    it.skipIf(!cluster.auditLogFile)(
      'four apps with the same credentials make one discovery and open no more connections than `concurrency`',
      async () => {
        const namespace = await createNamespace();
        cleanups.push(() => deleteNamespace(namespace));
        const { kubeconfig, username } = await deployer(namespace);
        proxy = await startFaultProxy({ target: kubeConfig().getCurrentCluster()?.server ?? '' });
        const files: Record<string, string> = {
          'kubesync.yaml': `apps:\n${APPS.map((app) => `  - name: ${app}\n    manifest: ${app}/config.yaml\n`).join('')}`,
        };
        for (const app of APPS)
          files[`${app}/config.yaml`] = ['a', 'b', 'c']
            .map((name) => configMap(`${app}-${name}`))
            .join('---\n');

        const mark = auditMark(cluster.auditLogFile);
        const run = await runActionInProcess({
          workspace: makeWorkspace(files),
          inputs: {
            manifest: 'kubesync.yaml',
            kubeconfig: proxy.kubeconfigFor(kubeconfig),
            namespace,
            concurrency: '2',
            'app-concurrency': '4',
            'github-token': 'memory-token',
          },
          github: new MemoryGitHub(),
          eventName: 'push',
        });
        const events = (await auditEventsSince(cluster.auditLogFile, mark)).filter(
          (event) => event.user.username === username,
        );

        expect(run.exitCode, run.stdout).toBe(0);
        expect(JSON.parse(run.outputs.apps ?? '[]')).toMatchObject(
          APPS.map((app) => ({ app, status: 'Synced' })),
        );
        const discovery = events
          .filter((event) => event.verb === 'get' && !event.objectRef && DISCOVERY.test(event.requestURI))
          .map((event) => event.requestURI)
          .sort();
        // Each app alone asks for /api/v1 (ConfigMaps, the ApplySet's Secret) and /apis/coordination.k8s.io/v1 (its lock).
        expect(discovery).toContain('/api/v1');
        expect(discovery).toEqual([...new Set(discovery)]);
        // Four apps with a pool each would open four connections at least; one pool opens at most two.
        expect(proxy.counters.connections).toBeLessThanOrEqual(2);
      },
    );
  },
);
