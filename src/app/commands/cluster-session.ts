import type { ClusterConnections } from '../../cluster/cluster-connections.js';
import type { ClusterSession } from '../../cluster/session.js';
import { HttpClusterClient } from '../../cluster/http-client.js';
import { ApplySetInventory } from '../../cluster/inventory.js';
import { loadKubeConfig } from '../../cluster/kubeconfig.js';
import { appIdentity } from '../../model/app-identity.js';
import type { Settings } from '../../settings/inputs.js';
import type { SecretValues } from '../../secrets/redact.js';
import { registerSecretsIn } from '../../secrets/redact.js';

// Its own module, so validation (which substitutes KUBESYNC_APP) never loads the cluster client.
export { appNameOf } from './app-name.js';

/**
 * Connects with the configured credentials; undefined when there are none (e.g. a fork's pull
 * request). Apps of the run with the same credentials share `connections`' pool, gate and discovery;
 * each keeps its own field manager, ApplySet, deadline and redaction of what it reads.
 */
export function connectOverHttp(
  settings: Settings,
  app: string,
  outside: {
    readonly env: NodeJS.ProcessEnv;
    readonly secrets: SecretValues;
    readonly onRetry: (message: string) => void;
    readonly connections: ClusterConnections;
  },
): ClusterSession | undefined {
  const { env, secrets, onRetry, connections } = outside;
  const config = loadKubeConfig(settings.cluster, env, (value) => secrets.register(value));
  if (!config) return undefined;
  const { fieldManager } = appIdentity(app, settings.namespace);
  const options = {
    requestTimeoutMs: settings.requestTimeoutMs,
    onRetry,
    onAnswer: (body: unknown) => registerSecretsIn(secrets, body),
  };
  const shared = connections.connect(config, settings.apply.concurrency, options);
  const client = new HttpClusterClient(config, fieldManager, options, shared);
  const context = config.getCurrentContext() || undefined;
  return { client, inventory: new ApplySetInventory(app, settings.namespace), fieldManager, context };
}
