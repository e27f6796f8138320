import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TOOL_OUTPUT_BYTES, runRenderTool } from '../../src/tools/render-tool.js';
import { makeTempDir } from '../support/workspace.js';

/** What the step's environment holds on a runner: every one of these must stay out of helm and kustomize. */
const STEP_SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_step_token',
  'INPUT_GITHUB-TOKEN': 'ghs_input_token',
  INPUT_KUBECONFIG: 'apiVersion: v1',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  RUNNER_TEMP: '/home/runner/work/_temp',
  DOPPLER_TOKEN: 'dp.st.secret',
  KUBECONFIG: '/home/runner/.kube/config',
  AWS_SECRET_ACCESS_KEY: 'aws-secret',
  GOOGLE_APPLICATION_CREDENTIALS: '/tmp/gcp.json',
  AZURE_CLIENT_SECRET: 'azure-secret',
  HELM_PLUGINS: '/home/runner/.local/share/helm/plugins',
  KUSTOMIZE_PLUGIN_HOME: '/home/runner/plugins',
  HTTPS_PROXY: 'http://user:pass@proxy:3128',
  SOMETHING_ELSE: 'something-else',
};

/** Variables /bin/sh sets for itself. */
const SHELL_OWN = new Set(['PWD', 'SHLVL', '_', 'OLDPWD']);

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  Object.assign(process.env, STEP_SECRETS, { LANG: 'C.UTF-8', TZ: 'UTC' });
});
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

function fakeTool(script: string): string {
  const file = path.join(makeTempDir('kubesync-fake-tool-'), 'tool');
  writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

function environmentOf(output: string): Record<string, string> {
  return Object.fromEntries(
    output
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line): [string, string] => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
      .filter(([name]) => !SHELL_OWN.has(name)),
  );
}

describe('the environment helm and kustomize run with', () => {
  it('holds only PATH, LANG, TZ and fresh, empty homes and caches: no token, input or credential', async () => {
    const result = await runRenderTool(
      fakeTool('env; ls -A "$HOME" "$HELM_PLUGINS" "$KUSTOMIZE_PLUGIN_HOME"'),
      [],
      {
        network: false,
        description: 'fake',
      },
    );
    expect(result.exitCode).toBe(0);
    const environment = environmentOf(result.stdout);
    expect(Object.keys(environment).sort()).toEqual([
      'HELM_CACHE_HOME',
      'HELM_CONFIG_HOME',
      'HELM_DATA_HOME',
      'HELM_PLUGINS',
      'HOME',
      'KUSTOMIZE_PLUGIN_HOME',
      'LANG',
      'PATH',
      'TZ',
      'XDG_CACHE_HOME',
      'XDG_CONFIG_HOME',
      'XDG_DATA_HOME',
    ]);
    expect(environment.PATH).toBe(process.env.PATH);
    expect(environment.LANG).toBe('C.UTF-8');
    for (const value of Object.values(STEP_SECRETS)) expect(result.stdout).not.toContain(value);
    // Fresh folders of the run's own, empty, and removed when the tool is done.
    expect(environment.HOME).not.toBe(saved.HOME);
    expect(
      result.stdout.split('\n').filter((line) => line && !line.includes('=') && !line.endsWith(':')),
    ).toEqual([]);
    expect(existsSync(environment.HOME!)).toBe(false);
  });

  it('passes the proxy on only when the workflow allows remote sources', async () => {
    const result = await runRenderTool(fakeTool('env'), [], { network: true, description: 'fake' });
    const environment = environmentOf(result.stdout);
    expect(environment.HTTPS_PROXY).toBe(STEP_SECRETS.HTTPS_PROXY);
    expect(environment.GITHUB_TOKEN).toBeUndefined();
  });

  it('gives arguments to the tool as they are, never through a shell', async () => {
    const result = await runRenderTool(
      fakeTool('for a in "$@"; do echo "[$a]"; done'),
      ['--x=$(id)', 'a b', ';ls'],
      {
        network: false,
        description: 'fake',
      },
    );
    expect(result.stdout).toBe('[--x=$(id)]\n[a b]\n[;ls]\n');
  });

  it('stops a tool whose output passes the bound, with a message saying so', async () => {
    await expect(
      runRenderTool(fakeTool(`head -c ${MAX_TOOL_OUTPUT_BYTES + 1024} /dev/zero`), [], {
        network: false,
        description: 'helm template charts/web',
      }),
    ).rejects.toThrow('wrote more than 64 MiB');
  });
});
