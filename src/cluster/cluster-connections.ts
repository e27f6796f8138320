import { createHash } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { ApiConnection } from './api-connection.js';
import type { ClientOptions } from './api-transport.js';
import { ApiTransport } from './api-transport.js';
import { ApiDiscovery } from './discovery.js';
import { serverHost } from './kubeconfig.js';

/** What apps with the same credentials share: the connection (pool and gate) and what discovery found. */
export interface SharedConnection {
  readonly connection: ApiConnection;
  readonly discovery: ApiDiscovery;
}

/** The 429s one API server answered over the run. */
export interface Throttling {
  readonly server: string;
  readonly context?: string;
  readonly times: number;
  /** The fewest requests in flight the gate came down to. */
  readonly lowestLimit: number;
}

/**
 * The run's connections, one per API server and credentials. Apps whose loaded kubeconfig names the
 * same context, cluster (server, CA, TLS settings, proxy) and user (token, certificate, exec plugin)
 * share one; any difference, even in the context's name alone, gets a connection of its own.
 */
export class ClusterConnections {
  private readonly shared = new Map<string, SharedConnection>();

  /**
   * The connection for these credentials, made on first use. Every sharer's `concurrency` bounds it:
   * the smallest wins. Discovery is asked through the first sharer's options (deadline, retries,
   * redaction), which for one run differ at most in the deadline.
   */
  connect(config: KubeConfig, concurrency: number, options: ClientOptions): SharedConnection {
    const key = credentialsKey(config);
    const known = this.shared.get(key);
    if (known) {
      known.connection.gate.lowerBound(concurrency);
      return known;
    }
    const connection = new ApiConnection(config, concurrency);
    const made = { connection, discovery: new ApiDiscovery(new ApiTransport(connection, options)) };
    this.shared.set(key, made);
    return made;
  }

  /** The servers that answered 429, and how often. */
  throttling(): Throttling[] {
    return [...this.shared.values()]
      .map(({ connection }) => ({
        server: serverHost(connection.config),
        context: connection.config.getCurrentContext() || undefined,
        times: connection.gate.throttled,
        lowestLimit: connection.gate.lowestLimit,
      }))
      .filter((entry) => entry.times > 0);
  }
}

/**
 * The resolved context, cluster and user, as client-node will use them. Hashed, so that no second
 * copy of a token is kept as a map key.
 */
function credentialsKey(config: KubeConfig): string {
  const resolved = {
    context: config.getCurrentContext(),
    cluster: config.getCurrentCluster(),
    user: config.getCurrentUser(),
  };
  return createHash('sha256').update(JSON.stringify(resolved)).digest('hex');
}
