import { KubeConfig } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface CredentialSettings {
  /** Input `kubeconfig`: the file's content as YAML, or base64 of it. Never logged. */
  readonly kubeconfig: string;
  readonly context: string;
}

/**
 * Where the credentials come from, in kubectl's order of precedence: the input, then $KUBECONFIG
 * (or ~/.kube/config), then the in-cluster service account. Undefined when there are none, which
 * lets plan degrade to validate + render (a pull request from a fork has no secrets).
 */
export function loadKubeConfig(
  settings: CredentialSettings,
  env: NodeJS.ProcessEnv,
  onSecret: (value: string) => void,
): KubeConfig | undefined {
  const config = new KubeConfig();
  if (settings.kubeconfig.trim()) {
    config.loadFromString(decodeKubeconfigInput(settings.kubeconfig));
  } else if (env.KUBECONFIG || existsSync(`${env.HOME ?? ''}/.kube/config`)) {
    config.loadFromDefault();
  } else if (env.KUBERNETES_SERVICE_HOST) {
    config.loadFromCluster();
  } else {
    return undefined;
  }
  if (settings.context) {
    if (!config.getContextObject(settings.context)) {
      const known = config.getContexts().map((context) => context.name);
      throw new UserError(
        `input "context": the kubeconfig has no context "${settings.context}" (it has: ${known.join(', ') || 'none'})`,
      );
    }
    config.setCurrentContext(settings.context);
  }
  if (!config.getCurrentCluster()) {
    throw new UserError(
      'the kubeconfig has no current context with a cluster; set input "context" to one of its contexts',
    );
  }
  registerCredentials(config, onSecret);
  return config;
}

/** The user's token, password and client key are secrets like any other: never printed. */
function registerCredentials(config: KubeConfig, onSecret: (value: string) => void): void {
  const user = config.getCurrentUser();
  if (!user) return;
  for (const value of [user.token, user.password]) if (value) onSecret(value);
  if (user.keyData) onSecret(Buffer.from(user.keyData, 'base64').toString('utf8'));
}

/** The input holds YAML or base64 of it (as a secret often does). The content itself is never echoed. */
function decodeKubeconfigInput(value: string): string {
  const trimmed = value.trim();
  if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(trimmed)) return trimmed;
  if (/^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
    if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(decoded)) return decoded;
  }
  throw new UserError(
    'input "kubeconfig" is neither kubeconfig YAML nor base64 of it; store the file content (e.g. `base64 -w0 ~/.kube/config`) in a secret and pass that',
  );
}

/** The API server's host, for reports: never the credentials or the full URL with a path. */
export function serverHost(config: KubeConfig): string {
  const server = config.getCurrentCluster()?.server ?? '';
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}
