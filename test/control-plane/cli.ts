/**
 * The test control plane from the command line, the one the suite starts:
 *   npm run control-plane -- build --kubernetes 1.37.2   builds (or finds in the cache) the pinned release
 *   npm run control-plane -- start [--kubernetes 1.37.2] starts it, prints the admin kubeconfig's path
 *   npm run control-plane -- stop                        stops every control plane `start` started
 * Without --kubernetes: KUBESYNC_KUBERNETES, else the shared v1.26.5 (or KUBEBUILDER_ASSETS), as in the suite.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildControlPlane,
  controlPlaneCacheRoot,
  pinnedKubernetesVersions,
  resolveKubernetesVersion,
  SHARED_KUBERNETES_VERSION,
} from '../support/control-plane-build.js';
import {
  findControlPlaneAssets,
  startControlPlane,
  stopDetachedControlPlane,
  type ControlPlane,
} from '../support/control-plane.js';

const USAGE = `usage: npm run control-plane -- build --kubernetes <version>
       npm run control-plane -- start [--kubernetes <version>] [--no-controllers]
       npm run control-plane -- stop
versions: ${SHARED_KUBERNETES_VERSION} (../shared/control-plane), ${pinnedKubernetesVersions().join(', ')} (pinned sources)`;

type Started = Pick<ControlPlane, 'dir' | 'pids' | 'kubeconfigFile' | 'kubernetesVersion' | 'server'>;

const startedDir = () => path.join(controlPlaneCacheRoot(), 'started');

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kubernetes: { type: 'string' },
      'no-controllers': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...extra] = positionals;
  if (values.help || !command || extra.length > 0) return usage(values.help ? 0 : 2);
  const requested = values.kubernetes ?? process.env.KUBESYNC_KUBERNETES;
  switch (command) {
    case 'build':
      return build(requested);
    case 'start':
      return start(requested, !values['no-controllers']);
    case 'stop':
      return stop();
    default:
      return usage(2);
  }
}

function usage(code: number): void {
  (code === 0 ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exitCode = code;
}

async function build(requested: string | undefined): Promise<void> {
  if (!requested) return usage(2);
  const version = resolveKubernetesVersion(requested);
  if (!version) throw new Error(`Kubernetes ${requested} is not known here.\n${USAGE}`);
  if (version === SHARED_KUBERNETES_VERSION) {
    process.stderr.write(`${version} is prebuilt in ../shared/control-plane: nothing to build\n`);
    return;
  }
  const started = Date.now();
  const dir = await buildControlPlane(version);
  process.stderr.write(`${version} ready in ${Math.round((Date.now() - started) / 1000)} s\n`);
  process.stdout.write(`${dir}\n`);
}

async function start(requested: string | undefined, controllers: boolean): Promise<void> {
  const env = requested ? { ...process.env, KUBESYNC_KUBERNETES: requested } : process.env;
  const assets = await findControlPlaneAssets(env);
  if ('problem' in assets) throw new Error(assets.problem);
  const started = Date.now();
  const plane = await startControlPlane(assets.dir, { controllers, detached: true });
  const record: Started = {
    dir: plane.dir,
    pids: plane.pids,
    kubeconfigFile: plane.kubeconfigFile,
    kubernetesVersion: plane.kubernetesVersion,
    server: plane.server,
  };
  mkdirSync(startedDir(), { recursive: true });
  writeFileSync(path.join(startedDir(), `${path.basename(plane.dir)}.json`), JSON.stringify(record));
  process.stderr.write(
    `Kubernetes ${plane.kubernetesVersion} (${assets.source}: ${assets.dir}) serving at ${plane.server} ` +
      `after ${((Date.now() - started) / 1000).toFixed(1)} s${plane.controllers ? ', with controllers and a node' : ''}; ` +
      `logs in ${plane.dir}; stop with: npm run control-plane -- stop\n`,
  );
  process.stdout.write(`${plane.kubeconfigFile}\n`);
}

async function stop(): Promise<void> {
  mkdirSync(startedDir(), { recursive: true });
  const records = readdirSync(startedDir(), { withFileTypes: true }).filter((e) => e.name.endsWith('.json'));
  for (const entry of records) {
    const file = path.join(startedDir(), entry.name);
    const record = JSON.parse(readFileSync(file, 'utf8')) as Started;
    await stopDetachedControlPlane(record.dir, record.pids);
    rmSync(file);
    process.stderr.write(`stopped Kubernetes ${record.kubernetesVersion} at ${record.server}\n`);
  }
  if (records.length === 0) process.stderr.write('no control plane started by `start` is running\n');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
