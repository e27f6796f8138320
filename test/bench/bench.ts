/**
 * `npm run bench`: the real thing against the real thing. Starts the real control plane (the tests'
 * harness), generates ConfigMaps and measures side by side, at loopback and at a 20 ms round trip
 * (test/bench/delay-proxy.ts): kubesync plan and apply (the bundled CLI as a process) vs
 * `kubectl diff --server-side` and `kubectl apply --server-side`, and the raw limit (the same requests
 * over keep-alive HTTPS at the same concurrency, no client library). Also start-up of `--help`,
 * `validate` and `render` vs a bare `node -e 0`, and the peak RSS of plan at 2,000 and 10,000 objects.
 *
 * Prints markdown tables and each target as met/missed; the results are ratios within this run,
 * since the machines are shared and noisy. Progress goes to stderr.
 *   --json          the figures and targets as JSON instead of tables (`npm run -s bench -- --json`
 *                   keeps npm's banner out of stdout)
 *   --strict        exit 1 when a target is missed (otherwise misses are only reported)
 *   --quick         small sizes and single runs, for a smoke run
 *   --dist <folder> the bundle to run (default dist/), e.g. one built with
 *                   `npx ncc build src/index.ts -o /tmp/bench-dist --source-map --no-source-map-register --quiet`
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ADMIN_USER,
  auditEventsSince,
  auditMark,
  findControlPlaneAssets,
  startControlPlane,
  type ControlPlane,
} from '../support/control-plane.js';
import { DelayProxy } from './delay-proxy.js';
import { kubectlBinary, kubectlVersion } from './kubectl.js';
import { configMaps, writeManifests } from './objects.js';
import {
  apiAccessOf,
  createNamespace,
  planRequests,
  serverVersion,
  sendAll,
  writeRequests,
  type ApiAccess,
  type ConfigMapObject,
} from './raw-api.js';
import {
  formatReport,
  judge,
  type BenchFigures,
  type Comparison,
  type MemoryRow,
  type StartupRow,
  type Timing,
} from './report.js';
import { median, run, type RunResult } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONCURRENCY = 8;
const ROUND_TRIPS_MS = [0, 20];

const { values: flags } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
  },
});
const SIZES = flags.quick
  ? { objects: 30, memory: [200, 1_000], repeats: 1, startupRuns: 2 }
  : { objects: 300, memory: [2_000, 10_000], repeats: 3, startupRuns: 5 };

const NODE = process.execPath;
const CLI = path.resolve(ROOT, flags.dist, 'index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'kubesync-bench-'));
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, LANG: 'C', ...extra };
}

/** `node -e 0` first: every other row is judged against it. Timed without the RSS preload, measured once with it. */
async function measureStartup(): Promise<StartupRow[]> {
  const commands: { command: string; args: string[] }[] = [
    { command: 'node -e 0', args: ['-e', '0'] },
    { command: 'kubesync --help', args: [CLI, '--help'] },
    { command: 'kubesync validate examples/app', args: [CLI, 'validate', 'examples/app'] },
    { command: 'kubesync render examples/app', args: [CLI, 'render', 'examples/app'] },
  ];
  const options = { cwd: ROOT, env: baseEnv() };
  for (const { args } of commands) await run(NODE, args, options); // warm the page cache
  const runs = commands.map(() => [] as number[]);
  for (let round = 0; round < SIZES.startupRuns; round++) {
    for (const [index, { args }] of commands.entries())
      runs[index]?.push((await run(NODE, args, options)).wallMs);
  }
  const rows: StartupRow[] = [];
  for (const [index, { command, args }] of commands.entries()) {
    const measured = await run(NODE, args, { ...options, measureRss: true });
    const times = runs[index] ?? [];
    rows.push({ command, wallMs: median(times), runs: times, peakRssMb: measured.peakRssMb ?? NaN });
  }
  return rows;
}

/** One way to the API server: direct, or through the delay proxy. */
interface Route {
  label: string;
  kubeconfigFile: string;
  api: ApiAccess;
  rttMs: number;
}

/** Requests the admin user made while `action` ran, from the apiserver's audit log. */
async function counted<T>(
  controlPlane: ControlPlane,
  action: () => Promise<T>,
): Promise<{ result: T; requests: number }> {
  const mark = auditMark(controlPlane.auditLogFile);
  const result = await action();
  const events = await auditEventsSince(controlPlane.auditLogFile, mark);
  return { result, requests: events.filter((event) => event.user.username === ADMIN_USER).length };
}

type Tool = 'raw' | 'kubesync' | 'kubectl';
interface Contender {
  repeats: number;
  once: () => Promise<RunResult>;
}

/**
 * Runs the three side by side, in rounds (raw, kubesync, kubectl, then again), so that a burst of
 * load from elsewhere on the machine falls on all of them alike. The first round's requests are counted.
 */
async function sideBySide(
  controlPlane: ControlPlane,
  contenders: Record<Tool, Contender>,
): Promise<Record<Tool, Timing>> {
  const tools = Object.keys(contenders) as Tool[];
  const firsts = new Map<Tool, { result: RunResult; requests: number }>();
  const runs = new Map<Tool, number[]>(tools.map((tool) => [tool, []]));
  const rounds = Math.max(...tools.map((tool) => contenders[tool].repeats));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      const { repeats, once } = contenders[tool];
      if (round >= repeats) continue;
      const result = round === 0 ? await counted(controlPlane, once) : { result: await once(), requests: 0 };
      if (round === 0) firsts.set(tool, result);
      runs.get(tool)?.push(result.result.wallMs);
    }
  }
  const timing = (tool: Tool): Timing => {
    const first = firsts.get(tool);
    const wallTimes = runs.get(tool) ?? [];
    return {
      wallMs: median(wallTimes),
      runs: wallTimes,
      requests: first?.requests ?? 0,
      peakRssMb: first?.result.peakRssMb,
      changes: first?.result.code === 1,
    };
  };
  return { raw: timing('raw'), kubesync: timing('kubesync'), kubectl: timing('kubectl') };
}

async function rawRun(api: ApiAccess, requests: Parameters<typeof sendAll>[1]): Promise<RunResult> {
  const started = performance.now();
  await sendAll(api, requests, CONCURRENCY);
  return { wallMs: performance.now() - started, code: 0 };
}

function kubesync(command: 'plan' | 'apply', folder: string, namespace: string, route: Route) {
  const args = [CLI, command, folder, '--manifest-type', 'kubernetes', '--namespace', namespace];
  return run(NODE, [...args, '--app', 'bench', '--concurrency', String(CONCURRENCY)], {
    cwd: work,
    env: baseEnv({ KUBECONFIG: route.kubeconfigFile }),
    okCodes: command === 'plan' ? [0, 1] : [0],
    measureRss: true,
  });
}

function kubectl(kubectlPath: string, args: string[], route: Route, okCodes = [0]) {
  // A cache of its own per server (kubectl keys it by host), warmed before any timing.
  const cacheDir = path.join(work, `kubectl-cache-${route.rttMs}`);
  return run(kubectlPath, ['--kubeconfig', route.kubeconfigFile, '--cache-dir', cacheDir, ...args], {
    cwd: work,
    env: baseEnv(),
    okCodes,
  });
}

async function compareAt(
  controlPlane: ControlPlane,
  kubectlPath: string,
  route: Route,
  objects: ConfigMapObject[],
  folder: string,
): Promise<Comparison[]> {
  const namespaces = {
    kubesync: `bench-${route.rttMs}ms-kubesync`,
    kubectl: `bench-${route.rttMs}ms-kubectl`,
    raw: `bench-${route.rttMs}ms-raw`,
    warm: `bench-${route.rttMs}ms-warm`,
  };
  for (const name of Object.values(namespaces)) await createNamespace(route.api, name);
  const warmFolder = writeManifests(path.join(work, 'warm'), objects.slice(0, 1));
  await kubectl(
    kubectlPath,
    ['diff', '--server-side', '-f', warmFolder, '-n', namespaces.warm],
    route,
    [0, 1],
  );
  await kubesync('plan', warmFolder, namespaces.warm, route);

  // kubectl is slow across a network (one object at a time): one run of it there.
  const kubectlRepeats = route.rttMs > 0 ? 1 : SIZES.repeats;
  const plan = async (state: Comparison['work']): Promise<Comparison> => {
    progress(`${state}, ${route.label}`);
    const timings = await sideBySide(controlPlane, {
      raw: { repeats: SIZES.repeats, once: () => rawRun(route.api, planRequests(namespaces.raw, objects)) },
      kubesync: { repeats: SIZES.repeats, once: () => kubesync('plan', folder, namespaces.kubesync, route) },
      kubectl: {
        repeats: kubectlRepeats,
        once: () =>
          kubectl(
            kubectlPath,
            ['diff', '--server-side', '-f', folder, '-n', namespaces.kubectl],
            route,
            [0, 1],
          ),
      },
    });
    return { work: state, rttMs: route.rttMs, ...timings };
  };

  const planNew = await plan('plan, new objects');
  progress(`apply, new objects, ${route.label}`);
  // Each run of an apply of new objects needs a namespace of its own; the first run's stays for the
  // plan with no change.
  const fresh = async (tool: Tool, repeats: number) => {
    const names = Array.from({ length: repeats }, (_, run) =>
      run === 0 ? namespaces[tool] : `${namespaces[tool]}-${run}`,
    );
    for (const name of names.slice(1)) await createNamespace(route.api, name);
    let next = 0;
    return () => names[next++] ?? namespaces[tool];
  };
  const [rawNamespace, kubesyncNamespace, kubectlNamespace] = [
    await fresh('raw', SIZES.repeats),
    await fresh('kubesync', SIZES.repeats),
    await fresh('kubectl', kubectlRepeats),
  ];
  const apply: Comparison = {
    work: 'apply, new objects',
    rttMs: route.rttMs,
    ...(await sideBySide(controlPlane, {
      raw: {
        repeats: SIZES.repeats,
        once: () => rawRun(route.api, writeRequests(rawNamespace(), objects)),
      },
      kubesync: {
        repeats: SIZES.repeats,
        once: () => kubesync('apply', folder, kubesyncNamespace(), route),
      },
      kubectl: {
        repeats: kubectlRepeats,
        once: () =>
          kubectl(kubectlPath, ['apply', '--server-side', '-f', folder, '-n', kubectlNamespace()], route),
      },
    })),
  };
  const planSame = await plan('plan, no change');
  for (const [tool, timing] of [
    ['kubesync plan', planSame.kubesync],
    ['kubectl diff', planSame.kubectl],
  ] as const) {
    if (timing.changes) progress(`note: ${tool} still saw changes after the apply (${route.label})`);
  }
  return [planNew, apply, planSame];
}

async function measureMemory(controlPlane: ControlPlane, direct: Route): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  for (const count of SIZES.memory) {
    progress(`peak RSS of plan, ${count} objects`);
    const namespace = `bench-memory-${count}`;
    await createNamespace(direct.api, namespace);
    const folder = writeManifests(path.join(work, `memory-${count}`), configMaps(count));
    const { result, requests } = await counted(controlPlane, () =>
      kubesync('plan', folder, namespace, direct),
    );
    rows.push({ objects: count, wallMs: result.wallMs, peakRssMb: result.peakRssMb ?? NaN, requests });
  }
  return rows;
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) throw new Error(`no bundle at ${CLI}; pass --dist <folder>`);
  if (Number(process.versions.node.split('.')[0]) < 24)
    throw new Error(`node ${process.version} runs the bench; run it with npm run bench (node 24)`);
  const kubectlPath = kubectlBinary();

  const loadAtStart = os.loadavg()[0] ?? 0;
  progress('start-up');
  const startup = await measureStartup();

  const assets = await findControlPlaneAssets();
  if ('problem' in assets) throw new Error(`no control plane: ${assets.problem}`);
  progress(`starting the control plane from ${assets.dir}`);
  // No controllers: ConfigMaps need none, and they would only add load to a 2-core machine.
  const controlPlane = await startControlPlane(assets.dir, { controllers: false });
  const proxies: DelayProxy[] = [];
  try {
    const objects = configMaps(SIZES.objects);
    const folder = writeManifests(path.join(work, 'manifests'), objects);
    const routes: Route[] = [];
    for (const rttMs of ROUND_TRIPS_MS) {
      let server = controlPlane.server;
      if (rttMs > 0) {
        const proxy = await DelayProxy.start(controlPlane.server, rttMs / 2);
        proxies.push(proxy);
        server = proxy.url;
      }
      const kubeconfigFile = path.join(work, `kubeconfig-${rttMs}ms`);
      writeFileSync(kubeconfigFile, controlPlane.kubeconfig.replace(controlPlane.server, server), {
        mode: 0o600,
      });
      const api = { ...apiAccessOf(controlPlane.kubeconfig), server };
      routes.push({ label: rttMs ? `${rttMs} ms round trip` : 'loopback', kubeconfigFile, api, rttMs });
    }

    const comparisons: Comparison[] = [];
    for (const route of routes)
      comparisons.push(...(await compareAt(controlPlane, kubectlPath, route, objects, folder)));
    const direct = routes[0];
    if (!direct) throw new Error('no loopback target');
    const memory = await measureMemory(controlPlane, direct);

    const figures: BenchFigures = {
      environment: {
        node: process.version,
        kubectl: `kubectl ${kubectlVersion(kubectlPath)}`,
        kubernetes: await serverVersion(direct.api),
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        // Others' work on a shared machine shows here; a high figure means noisier ratios.
        loadAverage: `${loadAtStart.toFixed(1)} → ${(os.loadavg()[0] ?? 0).toFixed(1)}`,
        dist: displayPath(path.dirname(CLI)),
        objects: SIZES.objects,
        concurrency: CONCURRENCY,
        repeats: SIZES.repeats,
        startupRuns: SIZES.startupRuns,
      },
      startup,
      comparisons: sortComparisons(comparisons),
      memory,
    };
    const targetsJudged = judge(figures);
    process.stdout.write(
      flags.json
        ? `${JSON.stringify({ ...figures, targets: targetsJudged }, null, 2)}\n`
        : formatReport(figures, targetsJudged),
    );
    return flags.strict && targetsJudged.some((target) => !target.met) ? 1 : 0;
  } finally {
    for (const proxy of proxies) await proxy.close();
    await controlPlane.stop();
  }
}

/** Relative to the repository when inside it (`dist`), else absolute (`/tmp/bench-dist`). */
function displayPath(folder: string): string {
  const relative = path.relative(ROOT, folder);
  return relative && !relative.startsWith('..') ? relative : folder;
}

/** By work, then round trip: the rows that are compared sit together. */
function sortComparisons(comparisons: Comparison[]): Comparison[] {
  const order: Comparison['work'][] = ['plan, new objects', 'plan, no change', 'apply, new objects'];
  return [...comparisons].sort((a, b) => order.indexOf(a.work) - order.indexOf(b.work) || a.rttMs - b.rttMs);
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
