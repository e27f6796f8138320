import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, expect, it } from 'vitest';
import { applySetId, PART_OF_LABEL } from '../../src/cluster/inventory.js';
import { engine } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';

const namespaces: string[] = [];
afterAll(async () => {
  await Promise.all(namespaces.map(deleteNamespace));
});

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';

describeOnRealCluster('ownership through the bundled action', (cluster) => {
  it('fails the push apply of a second app declaring the first app’s ConfigMap, and applies nothing', async () => {
    const ns = await createNamespace();
    namespaces.push(ns);
    const files = { 'k8s/config.yaml': configMap };
    const target = { kind: 'real' as const, kubeconfig: cluster.kubeconfig, namespace: ns };
    expect(
      (await engine(target, makeWorkspace(files), { app: 'one', wait: 'false' }).apply()).syncStatus,
    ).toBe('Synced');
    const core = kubeConfig().makeApiClient(CoreV1Api);
    const before = await core.readNamespacedConfigMap({ name: 'settings', namespace: ns });

    const inputs = {
      command: 'apply',
      kubeconfig: Buffer.from(cluster.kubeconfig).toString('base64'),
      namespace: ns,
      manifest: 'k8s',
      app: 'two',
      wait: 'false',
    };
    const refused = await runActionInProcess({ workspace: makeWorkspace(files), inputs });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs['sync-status']).toBe('Failed');
    expect(refused.stdout).toContain(
      `k8s/config.yaml:1:1: ConfigMap ${ns}/settings is managed by the kubesync app one in namespace ${ns}`,
    );
    const after = await core.readNamespacedConfigMap({ name: 'settings', namespace: ns });
    expect(after.metadata?.resourceVersion).toBe(before.metadata?.resourceVersion);

    const adopted = await runActionInProcess({
      workspace: makeWorkspace(files),
      inputs: { ...inputs, 'allow-adoption': 'true' },
    });
    expect(adopted.exitCode, adopted.stdout).toBe(0);
    const taken = await core.readNamespacedConfigMap({ name: 'settings', namespace: ns });
    expect(taken.metadata?.labels?.[PART_OF_LABEL]).toBe(applySetId('kubesync-two', ns, 'Secret', ''));
  });
});
