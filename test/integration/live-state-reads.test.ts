import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { AuditEvent } from '../support/control-plane.js';
import { auditEventsSince, auditMark } from '../support/control-plane.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { describeOnRealCluster } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  name: ${name}\n`;
const service = (name: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: ${name}}
  ports: [{port: 80}]
`;

function shop() {
  return makeWorkspace({
    'k8s/config.yaml': ['a', 'b', 'c'].map(configMap).join('---\n'),
    'k8s/services.yaml': ['web', 'api'].map(service).join('---\n'),
    'k8s/account.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n',
  });
}

describeOnRealCluster('how a plan reads the live state (real API server, audit log)', (cluster) => {
  let target: ClusterTarget;
  const run = (workspace: string) => engine(target, workspace, { wait: 'false' });

  /** The reads of objects in the test's namespace while `action` ran: `list configmaps`, `get serviceaccounts/web`. */
  async function readsDuring(action: () => Promise<unknown>): Promise<string[]> {
    const mark = auditMark(cluster.auditLogFile);
    await action();
    const events = await auditEventsSince(cluster.auditLogFile, mark);
    return events
      .filter(
        (event) =>
          event.userAgent?.startsWith('kubesync') &&
          (event.verb === 'list' || event.verb === 'get') &&
          event.objectRef?.namespace === target.namespace &&
          event.objectRef.resource !== 'leases',
      )
      .map(describeRead)
      .sort();
  }

  it.skipIf(!cluster.auditLogFile)(
    'lists each kind that has several new objects once, and gets an object alone in its kind',
    async () => {
      target = await openTarget('real');
      const reads = await readsDuring(() => run(shop()).plan());
      expect(reads).toEqual([
        'get secrets/kubesync-shop', // the ApplySet parent, not there yet
        'get serviceaccounts/web',
        'get the namespace',
        'list configmaps',
        'list services',
      ]);
    },
  );

  it.skipIf(!cluster.auditLogFile)(
    "reads an applied set with one labelled list per recorded kind, and its new objects' kinds with one list",
    async () => {
      target = await openTarget('real');
      const workspace = shop();
      const shopRun = run(workspace);
      expect((await shopRun.apply()).syncStatus).toBe('Synced');

      const steady = await readsDuring(() => shopRun.plan());
      expect(steady).toEqual([
        'get secrets/kubesync-shop',
        'get the namespace',
        'list configmaps (members)',
        'list serviceaccounts (members)',
        'list services (members)',
      ]);

      // Two new ConfigMaps are not members yet: the members' list cannot have them, one more list reads both.
      writeFileSync(
        path.join(workspace, 'k8s/config.yaml'),
        ['a', 'b', 'c', 'd', 'e'].map(configMap).join('---\n'),
      );
      let outcome: Awaited<ReturnType<typeof shopRun.plan>> | undefined;
      const grown = await readsDuring(async () => (outcome = await shopRun.plan()));
      expect(grown).toEqual([
        'get secrets/kubesync-shop',
        'get the namespace',
        'list configmaps',
        'list configmaps (members)',
        'list serviceaccounts (members)',
        'list services (members)',
      ]);
      expect(outcome?.plan?.changes.filter((change) => change.action !== 'unchanged')).toEqual([
        expect.objectContaining({ action: 'create', subject: `ConfigMap ${target.namespace}/d` }),
        expect.objectContaining({ action: 'create', subject: `ConfigMap ${target.namespace}/e` }),
      ]);
    },
  );
});

function describeRead(event: AuditEvent): string {
  const resource = event.objectRef?.resource ?? '';
  if (resource === 'namespaces') return `get the namespace`;
  if (event.verb === 'get') return `get ${resource}/${event.objectRef?.name ?? ''}`;
  const members = /[?&]labelSelector=applyset\.kubernetes\.io%2Fpart-of/.test(event.requestURI);
  return `list ${resource}${members ? ' (members)' : ''}`;
}
