import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A Kubernetes control plane built from the pinned Go modules in test/control-plane/v<version>/
 * (kubernetes/: kube-apiserver, kube-controller-manager, kube-scheduler and fake-kubelet against
 * that release's client-go; etcd/: the etcd server that release tests against), into a cache outside
 * the repository keyed by version, with the flags that make the binaries the same wherever they are
 * built from the same sources and Go toolchain.
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const PINNED_SOURCES = path.join(REPO_ROOT, 'test/control-plane');

/** The release ../shared/control-plane holds, prebuilt: the quick path, nothing to build. */
export const SHARED_KUBERNETES_VERSION = 'v1.26.5';

/** What a built control plane's folder records about itself (control-plane.json). */
export interface BuiltControlPlane {
  kubernetes: string;
  etcd: string;
  go: string;
  /** Hash of the sources, the toolchain and the flags: a folder whose stamp differs is rebuilt. */
  stamp: string;
}

/** The versions with pinned sources, newest first (folder names v<major>.<minor>.<patch>). */
export function pinnedKubernetesVersions(): string[] {
  return readdirSync(PINNED_SOURCES)
    .filter((name) => /^v\d+\.\d+\.\d+$/.test(name))
    .sort((a, b) => compareVersions(b, a));
}

/**
 * `1.37.2`, `v1.37.2` or `1.37` (the pinned patch of that minor) to `v1.37.2`; the shared release
 * is known too. Undefined for a version neither pinned nor shared.
 */
export function resolveKubernetesVersion(requested: string): string | undefined {
  const wanted = requested.trim().replace(/^v/, '');
  const known = [SHARED_KUBERNETES_VERSION, ...pinnedKubernetesVersions()];
  return known.find((version) => {
    const plain = version.slice(1);
    return plain === wanted || plain.startsWith(`${wanted}.`);
  });
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.slice(1).split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** $XDG_CACHE_HOME/kubesync-control-plane, else ~/.cache/kubesync-control-plane. */
export function controlPlaneCacheRoot(env = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'kubesync-control-plane');
}

export function builtControlPlaneDir(version: string, env = process.env): string {
  return path.join(controlPlaneCacheRoot(env), version);
}

export interface BuildOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the go commands' own output goes (default: this process's stderr). */
  log?: (line: string) => void;
}

/**
 * The folder of the pinned control plane `version` (as resolveKubernetesVersion gives it), built
 * now unless the cache already holds a build of the same sources with the same toolchain.
 */
export async function buildControlPlane(version: string, options: BuildOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const sources = path.join(PINNED_SOURCES, version);
  if (!existsSync(path.join(sources, 'kubernetes/go.mod')))
    throw new Error(
      `no pinned sources for Kubernetes ${version} in ${sources}; pinned: ${pinnedKubernetesVersions().join(', ')}`,
    );
  const goEnv = buildEnvironment(env);
  const goVersion = (await run('go', ['env', 'GOVERSION'], sources, goEnv)).trim();
  const stamp = sourcesStamp(sources, goVersion);
  const target = builtControlPlaneDir(version, env);
  if (readBuiltControlPlane(target)?.stamp === stamp) return target;

  log(
    `[control-plane] building Kubernetes ${version} with ${goVersion} into ${target} (niced; from nothing it takes about 12 CPU-minutes)`,
  );
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const kubernetesDir = path.join(sources, 'kubernetes');
    const etcdDir = path.join(sources, 'etcd');
    const kubernetes = await moduleInfo(kubernetesDir, 'k8s.io/kubernetes', goEnv);
    const etcd = await moduleInfo(etcdDir, 'go.etcd.io/etcd/server/v3', goEnv);
    if (kubernetes.Version !== version)
      throw new Error(`${kubernetesDir}/go.mod pins k8s.io/kubernetes ${kubernetes.Version}, not ${version}`);
    await goBuild(
      kubernetesDir,
      kubernetesLdflags(version, kubernetes.Time),
      [
        'k8s.io/kubernetes/cmd/kube-apiserver',
        'k8s.io/kubernetes/cmd/kube-controller-manager',
        'k8s.io/kubernetes/cmd/kube-scheduler',
        './fake-kubelet',
      ],
      `${partial}/`,
      goEnv,
      log,
    );
    await goBuild(
      etcdDir,
      '-s -w -buildid=',
      ['go.etcd.io/etcd/server/v3'],
      path.join(partial, 'etcd'),
      goEnv,
      log,
    );
    const built: BuiltControlPlane = { kubernetes: version, etcd: etcd.Version, go: goVersion, stamp };
    writeFileSync(path.join(partial, 'control-plane.json'), `${JSON.stringify(built, null, 2)}\n`);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  } catch (error) {
    // A parallel build of the same sources that finished first is as good as ours.
    if (readBuiltControlPlane(target)?.stamp === stamp) return target;
    throw error;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  log(`[control-plane] built Kubernetes ${version} in ${target}`);
  return target;
}

export function readBuiltControlPlane(dir: string): BuiltControlPlane | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'control-plane.json'), 'utf8')) as BuiltControlPlane;
  } catch {
    return undefined;
  }
}

/**
 * Static binaries (no cgo), no file system paths or VCS state in them, the module graph exactly as
 * go.sum has it, the local toolchain only (go.mod's toolchain line names the one to use), and at most
 * two packages compiled at once so a build shares a 2-core machine.
 */
const GO_BUILD_FLAGS = ['-trimpath', '-buildvcs=false', '-mod=readonly'];

function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    CGO_ENABLED: '0',
    GOFLAGS: env.GOFLAGS?.includes('-p=') ? env.GOFLAGS : `${env.GOFLAGS ?? ''} -p=2`.trim(),
    GOTOOLCHAIN: env.GOTOOLCHAIN || 'local',
  };
}

// Part of the stamp: change it when kubernetesLdflags changes what it stamps.
const LDFLAGS_RECIPE = 1;

/** What hack/lib/version.sh stamps into a release: the version, and the release's time as build date. */
function kubernetesLdflags(version: string, releaseTime: string): string {
  const [major = '', minor = ''] = version.slice(1).split('.');
  const buildDate = new Date(releaseTime).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const values = { gitVersion: version, gitMajor: major, gitMinor: minor, gitTreeState: 'clean', buildDate };
  const flags = ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version'].flatMap((pkg) =>
    Object.entries(values).map(([key, value]) => `-X ${pkg}.${key}=${value}`),
  );
  return ['-s', '-w', '-buildid=', ...flags].join(' ');
}

async function goBuild(
  moduleDir: string,
  ldflags: string,
  packages: string[],
  output: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const args = ['-n', '19', 'go', 'build', ...GO_BUILD_FLAGS];
  args.push(`-ldflags=${ldflags}`, '-o', output, ...packages);
  log(`[control-plane] (cd ${path.relative(REPO_ROOT, moduleDir)} && go build ... ${packages.join(' ')})`);
  const child = spawn('nice', args, { cwd: moduleDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output_ = '';
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      output_ += chunk;
      for (const line of chunk.trimEnd().split('\n')) log(line);
    });
  const code = await new Promise<number | null>((resolve, reject) =>
    child.once('error', reject).once('close', resolve),
  );
  if (code !== 0) throw new Error(`go build in ${moduleDir} failed (${code}):\n${output_.slice(-4000)}`);
}

async function moduleInfo(
  moduleDir: string,
  modulePath: string,
  env: NodeJS.ProcessEnv,
): Promise<{ Version: string; Time: string }> {
  const json = await run('go', ['list', '-mod=readonly', '-m', '-json', modulePath], moduleDir, env);
  return JSON.parse(json) as { Version: string; Time: string };
}

/** Hash of every file of the pinned sources, the Go toolchain's version and the build flags. */
function sourcesStamp(sources: string, goVersion: string): string {
  const hash = createHash('sha256').update(JSON.stringify([goVersion, GO_BUILD_FLAGS, LDFLAGS_RECIPE]));
  for (const file of filesUnder(sources).sort()) {
    hash.update(path.relative(sources, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await promisify(execFile)(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
