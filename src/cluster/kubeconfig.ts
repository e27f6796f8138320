import { KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../model/errors.js';
import type { CredentialSettings } from './kubeconfig-files.js';
import { decodeKubeconfigInput, kubeconfigFiles } from './kubeconfig-files.js';

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
  const files = settings.kubeconfig.trim() ? [] : kubeconfigFiles(env);
  if (settings.kubeconfig.trim()) {
    const text = decodeKubeconfigInput(settings.kubeconfig);
    parsing('input "kubeconfig"', () => config.loadFromString(text));
  } else if (files.length > 0) {
    parsing(files[0] ?? '', () => config.loadFromFile(files[0] ?? ''));
    for (const file of files.slice(1)) {
      const more = new KubeConfig();
      parsing(file, () => more.loadFromFile(file));
      config.mergeConfig(more, true);
    }
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

/** The API server's host, for reports: never the credentials or the full URL with a path. */
export function serverHost(config: KubeConfig): string {
  const server = config.getCurrentCluster()?.server ?? '';
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}

/**
 * A kubeconfig that does not parse is named with the line and column only: the parser's own message
 * quotes the lines around the mistake, and those hold tokens and keys.
 */
function parsing(source: string, load: () => void): void {
  try {
    load();
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const where =
      mark?.line !== undefined ? ` at line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}` : '';
    throw new UserError(
      `${source} is not a valid kubeconfig${where}; check its YAML (its content is not shown: it holds credentials)`,
    );
  }
}
