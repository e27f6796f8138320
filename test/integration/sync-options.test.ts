import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { deleteNamespace, uniqueNamespaceName } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const configMap = (name: string, annotations = '') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  annotations: {${annotations}}\ndata:\n  LOG_LEVEL: info\n`;

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;

describeOnEachTarget('per-object sync options and the destructive gate', (kind) => {
  let target: ClusterTarget;
  const ns = () => target.namespace;
  // A PVC stays Pending without a provisioner: nothing here waits for readiness.
  const run = (workspace: string) => engine(target, workspace, { wait: 'false' });

  it('keeps Prune=false and helm.sh/resource-policy: keep objects out of a prune', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({
      'k8s/settings.yaml': configMap('settings'),
      'k8s/pinned.yaml': configMap('pinned', '"argocd.argoproj.io/sync-options": "Prune=false"'),
      'k8s/helm-kept.yaml': configMap('helm-kept', '"helm.sh/resource-policy": keep'),
      'k8s/extra.yaml': configMap('extra'),
    });
    const shop = run(workspace);
    await shop.apply();
    for (const file of ['pinned', 'helm-kept', 'extra']) rmSync(path.join(workspace, `k8s/${file}.yaml`));

    const orphaned = await shop.plan();
    expect(orphaned.syncStatus).toBe('OutOfSync');
    const actions = (plan: typeof orphaned) =>
      plan.plan?.changes
        .filter((change) => change.action !== 'unchanged')
        .map((change) => `${change.action} ${change.subject}`)
        .sort();
    expect(actions(orphaned)).toEqual([
      `keep ConfigMap ${ns()}/helm-kept`,
      `keep ConfigMap ${ns()}/pinned`,
      `orphan ConfigMap ${ns()}/extra`,
    ]);

    const result = await shop.apply({ prune: 'true' });
    expect(result.problems).toEqual([]);
    expect(result.pruned).toEqual([`ConfigMap ${ns()}/extra`]);
    expect(await target.get('v1', 'ConfigMap', 'extra', ns())).toBeUndefined();
    expect(await target.get('v1', 'ConfigMap', 'pinned', ns())).toBeDefined();
    expect(await target.get('v1', 'ConfigMap', 'helm-kept', ns())).toBeDefined();

    const after = await shop.plan({ prune: 'true' });
    expect(after.syncStatus).toBe('Synced');
    expect(actions(after)).toEqual([`keep ConfigMap ${ns()}/helm-kept`, `keep ConfigMap ${ns()}/pinned`]);
  });

  it('refuses to prune a PersistentVolumeClaim without approval, and prunes it with allow-destructive', async () => {
    target = await openTarget(kind);
    const workspace = makeWorkspace({ 'k8s/settings.yaml': configMap('settings'), 'k8s/claim.yaml': claim });
    const shop = run(workspace);
    await shop.apply();
    rmSync(path.join(workspace, 'k8s/claim.yaml'));
    const before = (await target.get('v1', 'PersistentVolumeClaim', 'data', ns()))?.metadata as {
      uid: string;
    };

    const planned = await shop.plan({ prune: 'true' });
    expect(planned.plan?.changes.find((change) => change.action === 'delete')?.destructive).toEqual({
      reasons: ['prunes the PersistentVolumeClaim'],
    });
    await expect(shop.apply({ prune: 'true' })).rejects.toThrow(
      `refused 1 destructive change without approval: PersistentVolumeClaim ${ns()}/data`,
    );
    expect((await target.get('v1', 'PersistentVolumeClaim', 'data', ns()))?.metadata).toMatchObject({
      uid: before.uid,
    });
    expect((await target.get('v1', 'PersistentVolumeClaim', 'data', ns()))?.metadata).not.toHaveProperty(
      'deletionTimestamp',
    );

    const approved = await shop.apply({ prune: 'true', 'allow-destructive': 'true' });
    expect(approved.problems).toEqual([]);
    expect(approved.pruned).toEqual([`PersistentVolumeClaim ${ns()}/data`]);
    // The pvc-protection finalizer may hold it a moment; it is being deleted either way.
    const gone = await target.get('v1', 'PersistentVolumeClaim', 'data', ns());
    expect(gone === undefined || 'deletionTimestamp' in (gone.metadata as object)).toBe(true);
  });

  it('advises create-namespace only where it would create the missing namespace', async () => {
    target = await openTarget(kind);
    const other = kind === 'real' ? uniqueNamespaceName('ks-missing') : 'missing-elsewhere';
    const workspace = makeWorkspace({
      'k8s/settings.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: ${other}\ndata: {a: b}\n`,
    });
    // create-namespace is set and creates the target namespace, not this one: the hint cannot help.
    const refused = run(workspace).apply({ 'create-namespace': 'true' });
    await expect(refused).rejects.toThrow(
      `namespaces "${other}" not found: add the Namespace to the manifests`,
    );
    await expect(run(workspace).apply({ 'create-namespace': 'true' })).rejects.not.toThrow(
      'create-namespace',
    );
    // Without it, the hint is there only for an object that asks for its namespace.
    await expect(run(workspace).apply()).rejects.not.toThrow('create-namespace');
    expect(await target.get('v1', 'Namespace', other)).toBeUndefined();
  });

  it('creates the namespace of an object that says CreateNamespace=true, when the workflow allows create-namespace', async () => {
    target = await openTarget(kind);
    const other = kind === 'real' ? uniqueNamespaceName('ks-created') : 'created-by-option';
    const workspace = makeWorkspace({
      'k8s/settings.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: ${other}\n  annotations: {"argocd.argoproj.io/sync-options": "CreateNamespace=true"}\ndata: {a: b}\n`,
    });
    try {
      // The annotation is the repository's; creating namespaces is the workflow's to allow.
      await expect(run(workspace).apply()).rejects.toThrow(
        `namespaces "${other}" not found: add the Namespace to the manifests or set create-namespace: true`,
      );
      expect(await target.get('v1', 'Namespace', other)).toBeUndefined();
      const result = await run(workspace).apply({ 'create-namespace': 'true' });
      expect(result.problems).toEqual([]);
      expect(await target.get('v1', 'Namespace', other)).toBeDefined();
      expect(await target.get('v1', 'ConfigMap', 'settings', other)).toBeDefined();
    } finally {
      if (kind === 'real') await deleteNamespace(other);
    }
  });
});
