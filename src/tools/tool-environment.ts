import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The only variables of the step's environment helm and kustomize see. An allow-list: the step holds
 * the GitHub token, INPUT_* (a kubeconfig among them), ACTIONS_* and RUNNER_* tokens, Doppler's token and
 * cloud credentials, and a chart or kustomization must reach none of them.
 */
const PASSED = ['PATH', 'LANG', 'LC_ALL', 'TZ'];

/** A proxy may carry credentials in its URL: it is passed on only when the tool may use the network. */
const PASSED_WITH_NETWORK = [
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
];

export interface ToolEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** Removes the temporary home and caches. */
  readonly remove: () => void;
}

/**
 * A minimal environment for one run of a render tool: the passed variables, and a fresh, empty home,
 * helm cache/config/data folders and plugin folders, so neither the runner's ~/.kube, ~/.docker,
 * ~/.config nor any installed helm or kustomize plugin is within the tool's reach.
 */
export function toolEnvironment(options: { readonly network: boolean }): ToolEnvironment {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'kubesync-tool-')));
  const folder = (name: string) => {
    const absolute = path.join(dir, name);
    mkdirSync(absolute);
    return absolute;
  };
  const env: NodeJS.ProcessEnv = {};
  for (const name of [...PASSED, ...(options.network ? PASSED_WITH_NETWORK : [])]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const [cache, config, data] = [folder('cache'), folder('config'), folder('data')];
  Object.assign(env, {
    HOME: folder('home'),
    XDG_CACHE_HOME: cache,
    XDG_CONFIG_HOME: config,
    XDG_DATA_HOME: data,
    HELM_CACHE_HOME: path.join(cache, 'helm'),
    HELM_CONFIG_HOME: path.join(config, 'helm'),
    HELM_DATA_HOME: path.join(data, 'helm'),
    HELM_PLUGINS: folder('helm-plugins'),
    KUSTOMIZE_PLUGIN_HOME: folder('kustomize-plugins'),
  });
  return { env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
