import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runnerLog } from '../support/run-dist.js';
import { makeWorkspace, REPO_ROOT } from '../support/workspace.js';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  repository?: { url?: string };
  files?: string[];
  scripts?: Record<string, string>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const PACKAGE = readJson(path.join(REPO_ROOT, 'package.json')) as PackageJson;
const KUBERNETES_CLIENT = readJson(
  path.join(REPO_ROOT, 'node_modules/@kubernetes/client-node/package.json'),
) as PackageJson;
/** What `kubesync --version` prints on the Node the tests run on (24, like the runner's). */
const VERSION_LINE = `kubesync ${PACKAGE.version} (@kubernetes/client-node ${KUBERNETES_CLIENT.version}, Node.js ${process.version})`;

/**
 * npm and the installed `kubesync` on the tests' Node: its folder first on PATH, so `#!/usr/bin/env
 * node` finds Node 24 rather than an older system Node. No npm_* variables of an enclosing `npm test`.
 */
const ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
};

function exec(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

function execOk(command: string, args: string[], cwd: string): string {
  const result = exec(command, args, cwd);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/**
 * The package as npm publishes it, installed as a user installs a CLI: `npm pack`, then `npm install
 * --global` of the tarball into an empty prefix, offline with an empty cache. dist/index.js bundles
 * everything it runs, so the package has no dependencies to fetch; a file missing from `files` fails
 * here.
 */
let root = '';
let packedFiles: string[] = [];
let packedManifest: PackageJson;
let kubesync = '';

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'kubesync-package-')));
  const [packed] = JSON.parse(
    execOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], REPO_ROOT),
  ) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error('npm pack reported no package');
  packedFiles = packed.files.map((file) => file.path).sort();

  const unpacked = path.join(root, 'unpacked');
  mkdirSync(unpacked);
  execOk('tar', ['-xzf', path.join(root, path.basename(packed.filename)), '-C', unpacked], root);
  const packageFolder = path.join(unpacked, 'package');
  packedManifest = readJson(path.join(packageFolder, 'package.json')) as PackageJson;

  const prefix = path.join(root, 'prefix');
  writeFileSync(path.join(root, 'npmrc'), '');
  execOk(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      path.join(root, path.basename(packed.filename)),
      '--offline',
      '--cache',
      path.join(root, 'npm-cache'),
      '--userconfig',
      path.join(root, 'npmrc'),
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ],
    root,
  );
  kubesync = path.join(prefix, 'bin', 'kubesync');
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('carries the bundle and what users read, and nothing else', () => {
    const topLevel = new Set(
      packedFiles.map((file) => (file.includes('/') ? `${file.split('/')[0]}/` : file)),
    );

    expect([...topLevel].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/', 'package.json']);
    expect(packedFiles).toContain('dist/index.js');
    expect(packedFiles).toContain('dist/package.json');
    expect(packedFiles).toContain('dist/licenses.txt');
  });

  it('is publishable: not private, a kubesync command, Node 24, MIT, its repository', () => {
    expect(packedManifest.name).toBe('kubesync');
    expect(packedManifest.private).toBeUndefined();
    expect(packedManifest.bin).toEqual({ kubesync: 'dist/index.js' });
    expect(packedManifest.engines?.node).toBe('>=24');
    expect(packedManifest.license).toBe('MIT');
    expect(packedManifest.repository?.url).toMatch(/github\.com\/kubesync\/kubesync/);
    expect(readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  // The install above runs no scripts; a user's npm would run these, with none of our devDependencies.
  it('runs nothing when a user installs it', () => {
    const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'];
    expect(Object.keys(packedManifest.scripts ?? {}).filter((name) => installScripts.includes(name))).toEqual(
      [],
    );
  });

  // `npm run package` marks @kubernetes/client-node free of side effects (.ci/patches), so the bundler
  // keeps only what is imported: every way a kubeconfig can authenticate or reach a server must be in.
  it("bundles every kubeconfig authenticator and connection of client-node's KubeConfig", () => {
    const dist = path.join(REPO_ROOT, 'dist');
    const bundle = readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    for (const name of [
      'class ExecAuth',
      'class FileAuth',
      'class OpenIDConnectAuth',
      'class AzureAuth',
      'class GoogleCloudPlatformAuth',
      'loadFromCluster(',
      'class HttpsProxyAgent',
      'class SocksProxyAgent',
    ])
      expect(bundle, name).toContain(name);
  });

  // .ci/patches also has client-node take undici's Agent and ProxyAgent from their own files, with the
  // request API the transport calls, and load undici's index (fetch) only when its fetch is used.
  it("keeps undici's index and fetch out of the chunk that every plan and apply loads", () => {
    const dist = path.join(REPO_ROOT, 'dist');
    const [clusterChunk, ...others] = readdirSync(dist).filter(
      (file) =>
        file.endsWith('.js') && readFileSync(path.join(dist, file), 'utf8').includes('class KubeConfig'),
    );
    expect(clusterChunk).toBeDefined();
    expect(others).toEqual([]);
    const { sources } = readJson(path.join(dist, `${clusterChunk}.map`)) as { sources: string[] };
    const undici = sources
      .filter((source) => source.includes('/undici/'))
      .map((source) => source.split('/undici/')[1]);

    expect(undici).toContain('lib/dispatcher/agent.js');
    expect(undici).toContain('lib/dispatcher/proxy-agent.js');
    expect(undici).toContain('lib/api/api-request.js');
    expect(undici).not.toContain('index.js');
    expect(undici).not.toContain('lib/web/fetch/index.js');
  });

  it('installs a kubesync command that prints its version and the bundled Kubernetes client', () => {
    const result = exec(kubesync, ['--version'], root);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION_LINE}\n`);
  });

  it('validates an example in a folder of its own, away from the repository and its node_modules', () => {
    const project = path.join(root, 'project');
    cpSync(path.join(REPO_ROOT, 'examples/app'), project, { recursive: true });

    const result = exec(kubesync, ['validate', 'pipeops.yaml'], project);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ objects, 0 errors, \d+ warnings?$/m);
  });
});

describe('the action', () => {
  it('logs the same version line first', async () => {
    const workspace = makeWorkspace({
      'pipeops.yaml': readFileSync(path.join(REPO_ROOT, 'examples/app/pipeops.yaml'), 'utf8'),
    });

    const result = await runAction({ workspace, inputs: { command: 'validate', manifest: 'pipeops.yaml' } });

    expect(result.exitCode).toBe(0);
    expect(runnerLog(result.stdout).split('\n')[0]).toBe(VERSION_LINE);
  });
});
