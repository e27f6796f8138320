import { spawn } from 'node:child_process';
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, readDoc, section } from '../support/docs.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  uniqueNamespaceName,
} from '../support/real-cluster.js';
import { DIST_ENTRY, type ProcessResult } from '../support/run-dist.js';
import { useRealTools } from '../support/tools.js';
import { kubeconfigFile, makeTempDir, makeWorkspace, REPO_ROOT } from '../support/workspace.js';
import { CoreV1Api, RbacAuthorizationV1Api } from '@kubernetes/client-node';

/** A line of a documented shell block that installs a released kubesync: it must say it needs the release. */
const NEEDS_RELEASE = /^(npm install --global|npx github:)/;

/** The shell commands of a block, `\` continuations joined, comments kept. */
function shellCommands(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The commands of the `sh` blocks of a Markdown text that run kubesync. */
function kubesyncCommands(file: string, text?: string): string[] {
  return codeBlocks(file, text)
    .filter((block) => block.language === 'sh')
    .flatMap((block) => shellCommands(block.text));
}

/**
 * Runs a documented command as a user's shell would (bash, pipefail), with `kubesync` on PATH as the
 * bundled CLI (`npx kubesync` in a clone runs the same file) and the real kubectl, against the
 * cluster of `$KUBECONFIG`.
 */
function runDocumented(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<ProcessResult> {
  const bin = makeTempDir('kubesync-bin-');
  writeFileSync(path.join(bin, 'kubesync'), `#!/bin/sh\nexec "${process.execPath}" "${DIST_ENTRY}" "$@"\n`);
  chmodSync(path.join(bin, 'kubesync'), 0o755);
  const line = command.replace(/^npx kubesync /, 'kubesync ');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', line], {
      cwd,
      env: {
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        HOME: makeTempDir('kubesync-home-'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** The exit code a documented command must end with: plan's 1 means "changes", not a failure. */
function expectSuccess(command: string, result: ProcessResult) {
  const allowed = /^(npx )?kubesync plan\b/.test(command) ? [0, 1] : [0];
  expect(allowed, `${command}\n${result.stdout}${result.stderr}`).toContain(result.exitCode);
}

describe('the CLI as the docs install it', () => {
  it('marks every install of a released kubesync as needing the release (package.test.ts installs the packed tarball instead)', () => {
    const installs = ['README.md', 'docs/cli.md']
      .flatMap((file) => kubesyncCommands(file))
      .filter((line) => NEEDS_RELEASE.test(line));
    expect(installs.length).toBeGreaterThanOrEqual(3);
    for (const line of installs) expect(line, line).toMatch(/# once released\b/);
  });

  it('runs from a clone with npx kubesync, as the README says until the first release', async () => {
    const result = await runDocumented('npx --no-install kubesync --version', REPO_ROOT, {
      PATH: path.dirname(process.execPath) + path.delimiter + (process.env.PATH ?? ''),
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^kubesync \d+\.\d+\.\d+ /);
  });
});

describe('docs/development.md: trying it from a clone without a cluster', () => {
  it('npm run kubesync -- plan examples/app validates and renders, reports Unknown and exits 3; render prints the objects', async () => {
    const commands = kubesyncCommands(
      'docs/development.md',
      section(readDoc('docs/development.md'), '## Try it from a clone'),
    );
    expect(commands).toContain('npm ci && npm run kubesync -- plan examples/app');
    const noCluster = { HOME: makeTempDir('kubesync-home-'), KUBECONFIG: '' };
    const plan = await runDocumented('npm run kubesync -- plan examples/app', REPO_ROOT, noCluster);
    expect(plan.exitCode, plan.stderr).toBe(3);
    expect(plan.stdout).toContain('Unknown');
    expect(readDoc('docs/development.md')).toContain(
      '`npm run kubesync -- render examples/app` prints the objects',
    );
    const render = await runDocumented('npm run kubesync -- render examples/app', REPO_ROOT, noCluster);
    expect(render.exitCode, render.stderr).toBe(0);
    expect(render.stdout).toContain('kind: Deployment');
  });
});

const namespaces: string[] = [];
const clusterRoles: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
  for (const name of clusterRoles.splice(0))
    await kubeConfig()
      .makeApiClient(RbacAuthorizationV1Api)
      .deleteClusterRole({ name })
      .catch(() => undefined);
});

describeOnRealCluster(
  'every kubesync command the README and docs/ show, run as shown on the real control plane',
  (cluster) => {
    beforeAll(() => {
      const tools = useRealTools();
      if (!tools.available) throw new Error(`these commands pipe into kubectl: ${tools.reason}`);
    });
    const env = () => ({ KUBECONFIG: kubeconfigFile(cluster.kubeconfig) });
    /** The commands with their namespace `shop` replaced by the test's own. */
    const inNamespace = (commands: string[], namespace: string) =>
      commands.map((command) => command.replace(/\bshop\b/g, namespace));

    it("the README's four commands: validate, plan and apply examples/app in a clone", async () => {
      const commands = kubesyncCommands(
        'README.md',
        section(readDoc('README.md'), '## The CLI in four commands'),
      ).filter((command) => !NEEDS_RELEASE.test(command));
      expect(commands.map((command) => command.split(' ')[1])).toEqual(['validate', 'plan', 'apply']);
      const namespace = uniqueNamespaceName('readme-cli');
      namespaces.push(namespace);
      const environment = env();
      const results = [];
      for (const command of inNamespace(commands, namespace)) {
        const result = await runDocumented(command, REPO_ROOT, environment);
        expectSuccess(command, result);
        results.push(result);
      }
      expect(results.map((result) => result.exitCode)).toEqual([0, 1, 0]);
      expect(results[2]?.stdout.trimEnd().split('\n').at(-1)).toMatch(/: Synced$/);
    });

    it('docs/cli.md and docs/rbac.md: validate, plan, render into kubectl, apply and rbac into kubectl', async () => {
      const commands = [
        ...kubesyncCommands('docs/cli.md', section(readDoc('docs/cli.md'), '## Commands')),
        ...kubesyncCommands('docs/rbac.md'),
      ];
      expect(commands.length).toBeGreaterThanOrEqual(7);
      // `manifests` in the docs is an Application with a production overlay: examples/overlays.
      const workspace = makeWorkspace({});
      cpSync(path.join(REPO_ROOT, 'examples/overlays'), path.join(workspace, 'manifests'), {
        recursive: true,
      });
      const namespace = await createNamespace(uniqueNamespaceName('docs-cli'));
      namespaces.push(namespace);
      const environment = env();
      for (const command of inNamespace(commands, namespace)) {
        const result = await runDocumented(command, workspace, environment);
        expectSuccess(command, result);
        if (command.includes('| jq')) expect(result.stdout, command).toContain('Deployment');
        if (command.includes('rbac') && command.includes('kubectl apply'))
          for (const name of result.stdout.match(/clusterrole\.rbac\.authorization\.k8s\.io\/(\S+)/g) ?? [])
            clusterRoles.push(name.split('/')[1] ?? '');
      }
      const core = kubeConfig().makeApiClient(CoreV1Api);
      await expect(core.readNamespacedService({ name: 'checkout', namespace })).resolves.toBeDefined();
      const roles = await kubeConfig()
        .makeApiClient(RbacAuthorizationV1Api)
        .listNamespacedRoleBinding({ namespace });
      expect(roles.items.flatMap((binding) => binding.subjects ?? [])).toContainEqual(
        expect.objectContaining({ kind: 'ServiceAccount', name: 'deployer', namespace }),
      );
    });
  },
  { needsControllers: true },
);
