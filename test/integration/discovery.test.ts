import { request, type RequestOptions } from 'node:https';
import { expect, it } from 'vitest';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import { describeOnRealCluster, kubeConfig, kubernetesMinor } from '../support/real-cluster.js';

/** The Accept of client-go's aggregated discovery (apidiscovery.k8s.io/v2, GA and the default in 1.30). */
const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';

interface DiscoveryList {
  kind: string;
  items?: {
    metadata: { name?: string };
    versions: {
      version: string;
      resources: { resource: string; responseKind: { kind: string }; scope: 'Namespaced' | 'Cluster' }[];
    }[];
  }[];
}

/** GET `path` as the admin with `accept`, parsed. */
async function getJson<T>(path: string, accept: string): Promise<T> {
  const config = kubeConfig();
  const server = new URL(config.getCurrentCluster()?.server ?? '');
  const options: RequestOptions = {
    hostname: server.hostname,
    port: server.port,
    path,
    headers: { accept },
  };
  await config.applyToHTTPSOptions(options);
  return new Promise<T>((resolve, reject) => {
    request(options, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode} ${body}`));
        else resolve(JSON.parse(body) as T);
      });
    })
      .on('error', reject)
      .end();
  });
}

/** Every resource (not subresource) the aggregated discovery document lists, as kubesync resolves it. */
function resourcesOf(list: DiscoveryList, core: boolean) {
  return (list.items ?? []).flatMap((group) =>
    group.versions.flatMap(({ version, resources }) =>
      resources.map((entry) => ({
        apiVersion: core ? version : `${group.metadata.name}/${version}`,
        kind: entry.responseKind.kind,
        plural: entry.resource,
        namespaced: entry.scope === 'Namespaced',
      })),
    ),
  );
}

/**
 * kubesync asks each group version for its resources (the discovery every release serves). From 1.30
 * the API server serves aggregated discovery as well, and clients such as kubectl and helm use it
 * by default: kubesync must find every kind the aggregated document lists, the same way.
 */
describeOnRealCluster('discovery on the real control plane', (cluster) => {
  const aggregated = (kubernetesMinor(cluster) ?? 0) >= 30;
  const client = () => new HttpClusterClient(kubeConfig(), 'kubesync-test');

  it(`finds the built-in kinds (Kubernetes ${cluster.kubernetesVersion})`, async () => {
    const discovery = client();
    expect(await discovery.resourceFor('apps/v1', 'Deployment')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      plural: 'deployments',
      namespaced: true,
    });
    expect(await discovery.resourceFor('v1', 'Namespace')).toMatchObject({ namespaced: false });
    expect(await discovery.preferredVersion('autoscaling')).toBe('v2');
    // Removed in 1.25: neither release serves it, and kubesync says so rather than failing.
    expect(await discovery.resourceFor('policy/v1beta1', 'PodSecurityPolicy')).toBeUndefined();
  });

  it(
    aggregated
      ? `finds every kind the aggregated discovery of Kubernetes ${cluster.kubernetesVersion} lists`
      : `is served no aggregated discovery by Kubernetes ${cluster.kubernetesVersion}, and needs none`,
    async () => {
      const groups = await getJson<DiscoveryList>('/apis', AGGREGATED);
      if (!aggregated) {
        // Before 1.30 (alpha and off in 1.26) the server ignores the Accept and answers the plain group list.
        expect(groups.kind).toBe('APIGroupList');
        return;
      }
      expect(groups.kind).toBe('APIGroupDiscoveryList');
      const core = await getJson<DiscoveryList>('/api', AGGREGATED);
      const listed = [...resourcesOf(core, true), ...resourcesOf(groups, false)];
      expect(listed.length).toBeGreaterThan(50);
      const discovery = client();
      const found = await Promise.all(
        listed.map(
          async (entry) => (await discovery.resourceFor(entry.apiVersion, entry.kind)) ?? entry.kind,
        ),
      );
      expect(found).toEqual(listed);
    },
  );
});
