import path from 'node:path';
import type { ClusterClient } from '../cluster/client.js';
import { HttpClusterClient } from '../cluster/http-client.js';
import { ApplySetInventory } from '../cluster/inventory.js';
import { loadKubeConfig } from '../cluster/kubeconfig.js';
import type { Settings } from '../inputs.js';
import { dns1035LabelProblem } from '../manifests/names.js';
import type { LoadedManifests } from '../manifests/load.js';
import type { SecretValues } from '../secrets/redact.js';
import { registerSecretsIn } from '../secrets/redact.js';

/** The app's name: the input, else the Application's, the Helm release, or the manifest folder's. */
export function appNameOf(settings: Settings, loaded: LoadedManifests): string {
  if (settings.app) return settings.app;
  if (loaded.app) return loaded.app.metadata.name;
  if (loaded.declaredName && !dns1035LabelProblem(loaded.declaredName)) return loaded.declaredName;
  if (loaded.type === 'helm' && settings.helm.release) return settings.helm.release;
  const base = path.basename(path.resolve(settings.workspace, settings.manifest)).replace(/\.ya?ml$/i, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return name || 'app';
}

export interface ClusterSession {
  readonly client: ClusterClient;
  readonly inventory: ApplySetInventory;
  /** The kubeconfig context in use, which names the cluster for people; undefined when it has none. */
  readonly context?: string;
}

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
  const client = new HttpClusterClient(config, {
    requestTimeoutMs: settings.requestTimeoutMs,
    onRetry,
    onAnswer: (body) => registerSecretsIn(secrets, body),
  });
  const context = config.getCurrentContext() || undefined;
  return { client, inventory: new ApplySetInventory(app, settings.namespace), context };
}
