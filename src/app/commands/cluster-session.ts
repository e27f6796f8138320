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

/** Connects with the configured credentials; undefined when there are none (e.g. a fork's pull request). */
export function connectOverHttp(
  settings: Settings,
  app: string,
  outside: {
    readonly env: NodeJS.ProcessEnv;
    readonly secrets: SecretValues;
    readonly onRetry: (message: string) => void;
  },
): ClusterSession | undefined {
  const { env, secrets, onRetry } = outside;
  const config = loadKubeConfig(settings.cluster, env, (value) => secrets.register(value));
  if (!config) return undefined;
  const { fieldManager } = appIdentity(app, settings.namespace);
  const client = new HttpClusterClient(config, fieldManager, {
    requestTimeoutMs: settings.requestTimeoutMs,
    onRetry,
    onAnswer: (body) => registerSecretsIn(secrets, body),
  });
  const context = config.getCurrentContext() || undefined;
  return { client, inventory: new ApplySetInventory(app, settings.namespace), fieldManager, context };
}
