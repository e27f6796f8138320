import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ClusterConnections } from '../../src/cluster/cluster-connections.js';

/** A kubeconfig of two contexts, `ci` and `also-ci`, for the same cluster and user. */
function kubeconfig(change: { server?: string; token?: string; ca?: string; insecure?: boolean } = {}) {
  const cluster = change.insecure
    ? `server: ${change.server ?? 'https://10.0.0.1:6443'}\n      insecure-skip-tls-verify: true`
    : `server: ${change.server ?? 'https://10.0.0.1:6443'}\n      certificate-authority-data: ${change.ca ?? 'Q0E='}`;
  return `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster:
      ${cluster}
users:
  - name: deployer
    user:
      token: ${change.token ?? 'token-of-the-deployer'}
contexts:
  - name: ci
    context: { cluster: prod, user: deployer }
  - name: also-ci
    context: { cluster: prod, user: deployer, namespace: shop }
current-context: ci
`;
}

function loaded(text: string, context?: string): KubeConfig {
  const config = new KubeConfig();
  config.loadFromString(text);
  if (context) config.setCurrentContext(context);
  return config;
}

describe('ClusterConnections', () => {
  it('shares a connection between kubeconfigs loaded apart that resolve to the same context, cluster and user', () => {
    const connections = new ClusterConnections();
    const first = connections.connect(loaded(kubeconfig()), 8, {});
    const second = connections.connect(loaded(kubeconfig()), 8, {});
    expect(second).toBe(first);
  });

  it.each([
    ['another token', kubeconfig({ token: 'token-of-someone-else' })],
    ['another server', kubeconfig({ server: 'https://10.0.0.2:6443' })],
    ['another certificate authority', kubeconfig({ ca: 'T1RIRVI=' })],
    ['TLS verification off', kubeconfig({ insecure: true })],
  ])('never shares with %s', (_, other) => {
    const connections = new ClusterConnections();
    expect(connections.connect(loaded(other), 8, {})).not.toBe(
      connections.connect(loaded(kubeconfig()), 8, {}),
    );
  });

  it('never shares between two contexts, even of the same cluster and user', () => {
    const connections = new ClusterConnections();
    const ci = connections.connect(loaded(kubeconfig(), 'ci'), 8, {});
    expect(connections.connect(loaded(kubeconfig(), 'also-ci'), 8, {})).not.toBe(ci);
  });

  it('bounds a shared connection by the smallest concurrency of the apps sharing it', () => {
    const connections = new ClusterConnections();
    connections.connect(loaded(kubeconfig()), 8, {});
    const shared = connections.connect(loaded(kubeconfig()), 3, {});
    connections.connect(loaded(kubeconfig()), 6, {});
    expect(shared.connection.gate.limit).toBe(3);
  });
});
