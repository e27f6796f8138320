import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextNamespace, kubeconfigFiles } from '../../src/cluster/kubeconfig-files.js';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { makeTempDir } from '../support/workspace.js';

const config = (namespace?: string) => `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster: {server: https://prod.example.com:6443}
users:
  - name: ci
    user: {token: abc}
contexts:
  - name: prod
    context: {cluster: prod, user: ci${namespace ? `, namespace: ${namespace}` : ''}}
  - name: qa
    context: {cluster: prod, user: ci, namespace: qa}
current-context: prod
`;

function kubeconfigFile(content: string): string {
  const file = path.join(makeTempDir(), 'config');
  writeFileSync(file, content);
  return file;
}

describe("the kubeconfig context's namespace", () => {
  it('is the namespace when none is given, as kubectl takes it', () => {
    const env = { KUBECONFIG: kubeconfigFile(config('shop')) };
    expect(parseSettings({}, { workspace: '/w', env }).namespace).toBe('shop');
    expect(parseSettings({ context: 'qa' }, { workspace: '/w', env }).namespace).toBe('qa');
    expect(parseSettings({ namespace: 'web' }, { workspace: '/w', env }).namespace).toBe('web');
    expect(parseSettings({ kubeconfig: config('from-input') }, { workspace: '/w', env }).namespace).toBe(
      'from-input',
    );
  });

  it('falls back to default when the context sets none, or there is no kubeconfig', () => {
    const env = { KUBECONFIG: kubeconfigFile(config()) };
    expect(parseSettings({}, { workspace: '/w', env }).namespace).toBe('default');
    expect(parseSettings({}, { workspace: '/w', env: { HOME: '/nonexistent' } }).namespace).toBe('default');
    expect(contextNamespace({ kubeconfig: 'not: [a kubeconfig', context: '' }, {})).toBeUndefined();
  });
});

describe('KUBECONFIG', () => {
  it('naming no file that exists is an error that names it, not an ENOENT stack', () => {
    const env = { KUBECONFIG: '/nonexistent/config' };
    expect(() => kubeconfigFiles(env)).toThrow(
      'KUBECONFIG names /nonexistent/config, which does not exist; point it at a kubeconfig file, or unset it to use ~/.kube/config',
    );
    expect(() => loadKubeConfig({ kubeconfig: '', context: '' }, env, () => undefined)).toThrow(
      'KUBECONFIG names /nonexistent/config, which does not exist',
    );
  });

  it('reads every file it lists that exists, the first current-context winning', () => {
    const first = kubeconfigFile(config('shop'));
    const env = { KUBECONFIG: ['/nonexistent/config', first].join(path.delimiter) };
    expect(kubeconfigFiles(env)).toEqual([first]);
    const loaded = loadKubeConfig({ kubeconfig: '', context: '' }, env, () => undefined);
    expect(loaded?.getCurrentContext()).toBe('prod');
  });
});

describe('a kubeconfig that does not parse', () => {
  it('is named with its line, and its content is never quoted', () => {
    const broken =
      'apiVersion: v1\nkind: Config\nusers:\n  - name: ci\n    user: {token: supersecrettoken123\ncontexts: []\n';
    let message = '';
    try {
      loadKubeConfig({ kubeconfig: broken, context: '' }, {}, () => undefined);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^input "kubeconfig" is not a valid kubeconfig at line \d+, column \d+; check its YAML/,
    );
    expect(message).not.toContain('supersecrettoken123');
  });
});
