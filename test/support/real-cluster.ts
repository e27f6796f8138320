import { randomBytes } from 'node:crypto';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { describe, inject, it } from 'vitest';
import type { RealCluster } from '../cluster-setup.js';

export type { RealCluster };

/** The real cluster test/cluster-setup.ts provides for this run, if any. */
export function realCluster(): RealCluster | undefined {
  return inject('realCluster');
}

/**
 * The minor release of the real cluster's API server (26 for v1.26.5, 37 for v1.37.2), for the few
 * answers that differ between the releases the suite runs on; undefined on KUBESYNC_E2E_KUBECONFIG.
 */
export function kubernetesMinor(cluster = realCluster()): number | undefined {
  const minor = /^v1\.(\d+)\./.exec(cluster?.kubernetesVersion ?? '')?.[1];
  return minor === undefined ? undefined : Number(minor);
}

/** Why there is no real cluster, on one line ('' when there is one). */
export function realClusterProblem(): string {
  // inject() gives undefined, not a string, under a vitest config without test/cluster-setup.ts.
  const problem =
    (inject('realClusterProblem') as string | undefined) ?? 'test/cluster-setup.ts is not a globalSetup';
  return problem.replace(/\s*\n\s*/g, ' / ');
}

/**
 * A describe block that runs on the real cluster and is skipped without one, its title then saying
 * why (so the skip shows in vitest's output). `fn` only runs when there is a cluster.
 */
export function describeOnRealCluster(
  name: string,
  fn: (cluster: RealCluster) => void,
  options: { needsControllers?: boolean } = {},
): void {
  const found = realCluster();
  // envtest's assets hold no controller-manager, scheduler or kubelet: nothing rolls out there.
  const cluster = options.needsControllers && !found?.controllers ? undefined : found;
  const problem = found ? 'needs a controller-manager, a scheduler and nodes' : realClusterProblem();
  const title = cluster ? name : `${name} (skipped: ${problem})`;
  describe.skipIf(!cluster)(title, () => {
    if (cluster) fn(cluster);
    else it.skip('needs a real cluster', () => undefined);
  });
}

/** A client-node KubeConfig for a kubeconfig's YAML: the admin's of the real cluster by default. */
export function kubeConfig(content = realCluster()?.kubeconfig): KubeConfig {
  if (!content) throw new Error(realClusterProblem());
  const config = new KubeConfig();
  config.loadFromString(content);
  return config;
}

export function uniqueNamespaceName(prefix = 'ks'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Creates a namespace on the real cluster as its admin; resolves to its name. */
export async function createNamespace(name = uniqueNamespaceName()): Promise<string> {
  await kubeConfig()
    .makeApiClient(CoreV1Api)
    .createNamespace({ body: { metadata: { name } } });
  return name;
}

/**
 * Asks the real cluster to delete a namespace, without waiting for its finalization (the cluster is
 * thrown away, or a kind cluster's controllers finish it) and without failing a test over cleanup.
 */
export async function deleteNamespace(name: string): Promise<void> {
  await kubeConfig()
    .makeApiClient(CoreV1Api)
    .deleteNamespace({ name })
    .catch(() => undefined);
}
