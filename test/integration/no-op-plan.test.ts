import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { auditEventsSince, auditMark } from '../support/control-plane.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { describeOnRealCluster } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const deployment = (cpu = '100m') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.0.0
          args: [--port, "8080"]
          ports: [{containerPort: 8080}]
          env: [{name: LOG_LEVEL, value: info}]
          resources: {requests: {cpu: ${cpu}}}
      tolerations: [{key: dedicated, operator: Exists}]
`;
const service = (selector = '{app: web}') => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: ${selector}
  ports:
    - port: 80
      targetPort: 8080
`;
const configMap = (data: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  finalizers: [kubesync.io/test]\ndata:\n${data}`;

function shop() {
  return makeWorkspace({
    'k8s/deployment.yaml': deployment(),
    'k8s/service.yaml': service(),
    'k8s/config.yaml': configMap('  LOG_LEVEL: info\n  REGION: eu\n'),
  });
}

describeOnRealCluster('plans that skip the dry run of objects applying would not change', (cluster) => {
  let target: ClusterTarget;
  const ns = () => target.namespace;
  // Nothing here needs to roll out.
  const run = (workspace: string) => engine(target, workspace, { wait: 'false' });

  /**
   * The objects kubesync dry-ran while `action` ran, each once (a conflict is dry-run again with
   * force), as `configmaps/settings`, from the audit log.
   */
  async function dryRunsDuring(action: () => Promise<unknown>): Promise<string[]> {
    const mark = auditMark(cluster.auditLogFile);
    await action();
    const events = await auditEventsSince(cluster.auditLogFile, mark);
    const objects = events
      .filter(
        (event) =>
          event.userAgent?.startsWith('kubesync') &&
          event.verb === 'patch' &&
          /[?&]dryRun=All/.test(event.requestURI) &&
          event.objectRef?.namespace === ns(),
      )
      .map((event) => `${event.objectRef?.resource ?? ''}/${event.objectRef?.name ?? ''}`);
    return [...new Set(objects)].sort();
  }

  const cleanUp = () =>
    target.edit(
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'settings' },
      (object) => {
        (object.metadata as { finalizers?: string[] }).finalizers = [];
      },
      'test-cleanup',
    );

  /** Applies the shop, lets `change` alter git or the cluster, and plans: what was dry-run, and the plan. */
  async function planAfter(change: (workspace: string) => Promise<void> | void, files = shop()) {
    target = await openTarget('real');
    const shopRun = run(files);
    try {
      await shopRun.apply();
      await change(files);
      let result: Awaited<ReturnType<typeof shopRun.plan>> | undefined;
      const dryRuns = await dryRunsDuring(async () => (result = await shopRun.plan()));
      const changes = result?.plan?.changes ?? [];
      return { dryRuns, syncStatus: result?.syncStatus, changes };
    } finally {
      await cleanUp();
    }
  }
  const write = (workspace: string, file: string, text: string) =>
    writeFileSync(path.join(workspace, 'k8s', file), text);
  const changed = (changes: { subject: string; action: string; diff: string }[], subject: string) =>
    changes.find((change) => change.subject === subject);

  it.skipIf(!cluster.auditLogFile)(
    'plans an applied set Synced without one dry run, keys the server defaulted (protocol) included',
    async () => {
      const { dryRuns, syncStatus } = await planAfter(() => undefined);
      expect(syncStatus).toBe('Synced');
      expect(dryRuns).toEqual([]);
    },
  );

  // A ConfigMap, which no controller writes to, so that the edit never meets a conflict of its own.
  it.skipIf(!cluster.auditLogFile)('dry-runs and shows a value another tool changed', async () => {
    const { dryRuns, changes } = await planAfter(() =>
      target.edit(
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'settings' },
        (object) => {
          (object.data as Record<string, string>).LOG_LEVEL = 'debug';
        },
        'kubectl-edit',
      ),
    );
    expect(dryRuns).toEqual(['configmaps/settings']);
    const update = changed(changes, `ConfigMap ${ns()}/settings`);
    expect(update).toMatchObject({ action: 'update' });
    expect(update?.diff).toContain('-  LOG_LEVEL: debug');
    expect(update?.diff).toContain('+  LOG_LEVEL: info');
    expect(update).toMatchObject({ conflict: expect.stringContaining('kubectl-edit') });
  });

  it.skipIf(!cluster.auditLogFile)('dry-runs and shows a key dropped from the manifest', async () => {
    const { dryRuns, changes } = await planAfter((workspace) =>
      write(workspace, 'config.yaml', configMap('  LOG_LEVEL: info\n')),
    );
    expect(dryRuns).toEqual(['configmaps/settings']);
    expect(changed(changes, `ConfigMap ${ns()}/settings`)?.diff).toContain('-  REGION: eu');
  });

  it.skipIf(!cluster.auditLogFile)(
    'dry-runs an atomic map narrowed, whose earlier keys cannot be told from defaults',
    async () => {
      const files = shop();
      write(files, 'service.yaml', service('{app: web, tier: front}'));
      const { dryRuns, changes } = await planAfter(
        (workspace) => write(workspace, 'service.yaml', service('{app: web}')),
        files,
      );
      expect(dryRuns).toEqual(['services/web']);
      expect(changed(changes, `Service ${ns()}/web`)?.diff).toContain('-    tier: front');
    },
  );

  it.skipIf(!cluster.auditLogFile)(
    'dry-runs a value the server stores in its own form, and finds it unchanged',
    async () => {
      const files = shop();
      write(files, 'deployment.yaml', deployment('0.5'));
      const { dryRuns, syncStatus } = await planAfter(() => undefined, files);
      expect(dryRuns).toEqual(['deployments/web']);
      expect(syncStatus).toBe('Synced');
    },
  );
});
