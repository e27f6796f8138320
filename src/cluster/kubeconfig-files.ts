import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../model/errors.js';

/** What names the credentials: the `kubeconfig` input (file content) and `context`. */
export interface CredentialSettings {
  /** Input `kubeconfig`: the file's content as YAML, or base64 of it. Never logged. */
  readonly kubeconfig: string;
  readonly context: string;
}

/**
 * The kubeconfig files kubectl would read: each one $KUBECONFIG lists that exists, else ~/.kube/config
 * when it exists. A $KUBECONFIG that names no existing file is a mistake worth naming: kubectl would
 * silently fall back to localhost:8080.
 */
export function kubeconfigFiles(env: NodeJS.ProcessEnv): string[] {
  if (env.KUBECONFIG) {
    const listed = env.KUBECONFIG.split(path.delimiter).filter(Boolean);
    const existing = listed.filter((file) => existsSync(file));
    if (existing.length === 0) {
      throw new UserError(
        `KUBECONFIG names ${listed.join(', ')}, which does not exist; point it at a kubeconfig file, or unset it to use ~/.kube/config`,
      );
    }
    return existing;
  }
  const home = path.join(env.HOME ?? '', '.kube', 'config');
  return env.HOME && existsSync(home) ? [home] : [];
}

/** The input holds YAML or base64 of it (as a secret often does). The content itself is never echoed. */
export function decodeKubeconfigInput(value: string): string {
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

interface KubeconfigDocument {
  'current-context'?: unknown;
  contexts?: { name?: unknown; context?: { namespace?: unknown } }[];
}

/**
 * The namespace of the context in use (the `context` input, else current-context), as kubectl takes
 * it when no --namespace is given; undefined when it sets none or there is no kubeconfig. Read without
 * the Kubernetes client, so that `validate` and `render` stay quick; a kubeconfig it cannot read
 * is left to the connection to report.
 */
export function contextNamespace(settings: CredentialSettings, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const documents = settings.kubeconfig.trim()
      ? [decodeKubeconfigInput(settings.kubeconfig)]
      : kubeconfigFiles(env).map((file) => readFileSync(file, 'utf8'));
    const configs = documents.map((text) => (parse(text) ?? {}) as KubeconfigDocument);
    const current =
      settings.context || configs.map((config) => config['current-context']).find((name) => name);
    const context = configs
      .flatMap((config) => config.contexts ?? [])
      .find((entry) => entry.name === current)?.context;
    return typeof context?.namespace === 'string' && context.namespace ? context.namespace : undefined;
  } catch {
    return undefined;
  }
}
