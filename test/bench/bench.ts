/**
 * `npm run bench`: the real thing against the real thing. Starts the real control plane (the tests'
 * harness), generates ConfigMaps and measures side by side, at loopback and at a 20 ms round trip
 * (test/bench/delay-proxy.ts), as a ServiceAccount bound to cluster-admin (the identity a CI job
 * deploys with, which Priority and Fairness queues and may throttle): kubesync plan and apply (the
 * bundled CLI as a process, at its default concurrency) vs `kubectl diff --server-side` and
 * `kubectl apply --server-side`, and the raw limit (the same requests over keep-alive HTTPS at the
 * concurrency kubesync chose, no client library). Also: the concurrency the server takes (the highest
 * at which it answers no 429 and another client's `kubectl get` stays within 2× its idle latency),
 * the round trips an apply and a plan wait on in sequence, a fleet of 20 apps × 50 objects in one step
 * against one app of 1,000, start-up of `--help`, `validate` and `render` vs a bare `node -e 0`, and
 * peak RSS of plan at 2,000 and 10,000 objects and of an apply of 10,000.
 *
 * Prints markdown tables and each target as met/missed; the results are ratios within this run,
 * since the machines are shared and noisy. Progress goes to stderr.
 *   --json          the figures and targets as JSON instead of tables (`npm run -s bench -- --json`
 *                   keeps npm's banner out of stdout)
 *   --strict        exit 1 when a target is missed (otherwise misses are only reported)
 *   --quick         small sizes and single runs, for a smoke run
 *   --cases <list>  only these of startup,concurrency,compare,trips,fleet,memory (default: all)
 *   --dist <folder> the bundle to run (default dist/), e.g. one built with
 *                   `npx ncc build src/index.ts -o /tmp/bench-dist --source-map --no-source-map-register --quiet`
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  auditEventsSince,
  auditMark,
  findControlPlaneAssets,
  startControlPlane,
  type ControlPlane,
} from '../support/control-plane.js';
import { sweepConcurrency, type ConcurrencySweep } from './concurrency.js';
import { DelayProxy } from './delay-proxy.js';
import { writeFleet } from './fleet.js';
import { kubeconfigOf, serviceAccountAccess } from './identity.js';
import { kubectlBinary, kubectlVersion } from './kubectl.js';
import { configMaps, writeManifests } from './objects.js';
import {
  apiAccessOf,
  applyPasses,
  createNamespace,
  planRequests,
  requestJson,
  serverVersion,
  sendAll,
  type ApiAccess,
  type ConfigMapObject,
} from './raw-api.js';
import {
  formatReport,
  judge,
  type BenchFigures,
  type Comparison,
  type FleetRow,
  type MemoryRow,
  type RoundTripRow,
  type StartupRow,
  type Timing,
} from './report.js';
import { median, run, type RunResult } from './run.js';
import { runnerEnv } from '../support/runner-env.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROUND_TRIPS_MS = [0, 20];
const CONCURRENCY_LEVELS = [8, 16, 32, 64];

const { values: flags } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    cases: { type: 'string', default: 'startup,concurrency,compare,trips,fleet,memory' },
  },
});
const CASES = new Set(flags.cases.split(','));
const SIZES = flags.quick
  ? {
      objects: 30,
      memory: [200, 1_000],
      applyLarge: 1_000,
      fleet: { apps: 4, perApp: 10 },
      repeats: 1,
      startupRuns: 2,
    }
  : {
      objects: 300,
      memory: [2_000, 10_000],
      applyLarge: 10_000,
      fleet: { apps: 20, perApp: 50 },
      repeats: 3,
      startupRuns: 5,
    };

const NODE = process.execPath;
const CLI = path.resolve(ROOT, flags.dist, 'index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'kubesync-bench-'));
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The default of the `concurrency` input, as the action and the CLI run without it. */
function defaultConcurrency(): number {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Number(action.inputs.concurrency?.default);
}
const CONCURRENCY = defaultConcurrency();

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

/** The deploying ServiceAccount, whose requests and 429s the audit log counts. */
let deployer = '';

/** Requests (and 429s) the deploying identity made while `action` ran, from the apiserver's audit log. */
async function counted<T>(
  controlPlane: ControlPlane,
  action: () => Promise<T>,
): Promise<{ result: T; requests: number; throttled: number }> {
  const mark = auditMark(controlPlane.auditLogFile);
  const result = await action();
  const events = (await auditEventsSince(controlPlane.auditLogFile, mark)).filter(
    (event) => event.user.username === deployer,
  );
  const throttled = events.filter((event) => event.responseStatus?.code === 429).length;
  return { result, requests: events.length, throttled };
}

type Tool = 'raw' | 'kubesync' | 'kubectl';
interface Contender {
  repeats: number;
  once: () => Promise<RunResult>;
}

/**
 * Runs the three side by side, in rounds (raw, kubesync, kubectl, then again), so that a burst of
 * load from elsewhere on the machine falls on all of them alike. Every run's 429s are counted, the
 * first round's requests.
 */
async function sideBySide(
  controlPlane: ControlPlane,
  contenders: Record<Tool, Contender>,
): Promise<Record<Tool, Timing>> {
  const tools = Object.keys(contenders) as Tool[];
  const firsts = new Map<Tool, { result: RunResult; requests: number }>();
  const runs = new Map<Tool, number[]>(tools.map((tool) => [tool, []]));
  const throttled = new Map<Tool, number>(tools.map((tool) => [tool, 0]));
  const rounds = Math.max(...tools.map((tool) => contenders[tool].repeats));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      const { repeats, once } = contenders[tool];
      if (round >= repeats) continue;
      const result = await counted(controlPlane, once);
      if (round === 0) firsts.set(tool, result);
      throttled.set(tool, (throttled.get(tool) ?? 0) + result.throttled);
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
      throttled: throttled.get(tool) ?? 0,
      peakRssMb: first?.result.peakRssMb,
      changes: first?.result.code === 1,
    };
  };
  return { raw: timing('raw'), kubesync: timing('kubesync'), kubectl: timing('kubectl') };
}

/** Passes one after the other, each at the concurrency kubesync chose. */
async function rawRun(api: ApiAccess, passes: Parameters<typeof sendAll>[1][]): Promise<RunResult> {
  const started = performance.now();
  for (const pass of passes) await sendAll(api, pass, CONCURRENCY);
  return { wallMs: performance.now() - started, code: 0 };
}

/** The bundled CLI at its defaults (the concurrency included), as a workflow runs it. */
function kubesync(
  command: 'plan' | 'apply',
  manifest: string,
  namespace: string,
  route: Route,
  options: { app?: string; cwd?: string } = {},
) {
  const args = [CLI, command, manifest, '--manifest-type', 'kubernetes', '--namespace', namespace];
  return run(NODE, [...args, ...(options.app ? ['--app', options.app] : [])], {
    cwd: options.cwd ?? work,
    env: baseEnv({ KUBECONFIG: route.kubeconfigFile }),
    okCodes: command === 'plan' ? [0, 1] : [0],
    measureRss: true,
  });
}

/** The bundle as a workflow step runs it (the action: several apps need it), with no GitHub token. */
function actionStep(
  command: 'plan' | 'apply',
  manifest: string,
  namespace: string,
  route: Route,
  workspace: string,
) {
  const runnerTemp = mkdtempSync(path.join(work, 'runner-'));
  const files = { eventFile: 'event.json', outputFile: 'output', summaryFile: 'summary' };
  for (const file of Object.values(files))
    writeFileSync(path.join(runnerTemp, file), file === 'event.json' ? '{}' : '');
  const env = runnerEnv({
    workspace,
    eventName: 'workflow_dispatch',
    inputs: { command, manifest, 'manifest-type': 'kubernetes', namespace },
    env: baseEnv({ KUBECONFIG: route.kubeconfigFile }),
    eventFile: path.join(runnerTemp, files.eventFile),
    outputFile: path.join(runnerTemp, files.outputFile),
    summaryFile: path.join(runnerTemp, files.summaryFile),
    runnerTemp,
  });
  return run(NODE, [CLI], { cwd: workspace, env, okCodes: [0], measureRss: true });
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

/** Namespaces of their own, one per run, made on first use. */
function freshNamespaces(api: ApiAccess, prefix: string): () => Promise<string> {
  let next = 0;
  return async () => {
    const name = `${prefix}-${next++}`;
    await createNamespace(api, name);
    return name;
  };
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
  await kubesync('plan', warmFolder, namespaces.warm, route, { app: 'bench' });

  // kubectl is slow across a network (one object at a time): one run of it there.
  const kubectlRepeats = route.rttMs > 0 ? 1 : SIZES.repeats;
  const plan = async (state: Comparison['work']): Promise<Comparison> => {
    progress(`${state}, ${route.label}`);
    const timings = await sideBySide(controlPlane, {
      raw: { repeats: SIZES.repeats, once: () => rawRun(route.api, [planRequests(namespaces.raw, objects)]) },
      kubesync: {
        repeats: SIZES.repeats,
        once: () => kubesync('plan', folder, namespaces.kubesync, route, { app: 'bench' }),
      },
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
        once: () => rawRun(route.api, applyPasses(rawNamespace(), objects)),
      },
      kubesync: {
        repeats: SIZES.repeats,
        once: () => kubesync('apply', folder, kubesyncNamespace(), route, { app: 'bench' }),
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

/**
 * The round trips a command waits on in sequence: the time one object takes across a 20 ms round trip
 * less the time it takes on loopback, in round trips (TCP and TLS handshakes count).
 */
async function measureRoundTrips(controlPlane: ControlPlane, routes: Route[]): Promise<RoundTripRow[]> {
  const [direct, far] = routes;
  if (!direct || !far) return [];
  const folder = writeManifests(path.join(work, 'one'), configMaps(1));
  const rows: RoundTripRow[] = [];
  for (const command of ['apply', 'plan'] as const) {
    progress(`sequential round trips of ${command}`);
    const wall = new Map<Route, number[]>([
      [direct, []],
      [far, []],
    ]);
    let requests = 0;
    for (let round = 0; round < Math.max(3, SIZES.repeats); round++) {
      for (const route of [direct, far]) {
        const namespace = `bench-trips-${command}-${route.rttMs}-${round}`;
        await createNamespace(direct.api, namespace);
        if (command === 'plan') await kubesync('apply', folder, namespace, route, { app: 'bench' });
        const measured = await counted(controlPlane, () =>
          kubesync(command, folder, namespace, route, { app: 'bench' }),
        );
        requests = measured.requests;
        wall.get(route)?.push(measured.result.wallMs);
      }
    }
    const extraMs = median(wall.get(far) ?? []) - median(wall.get(direct) ?? []);
    rows.push({
      work: command === 'apply' ? 'apply of 1 new object' : 'plan of 1 object, no change',
      loopbackMs: median(wall.get(direct) ?? []),
      farMs: median(wall.get(far) ?? []),
      rttMs: far.rttMs,
      roundTrips: extraMs / far.rttMs,
      requests,
    });
  }
  return rows;
}

/** 20 apps of 50 objects in one step (the glob apps/*) against one app of 1,000, at 20 ms. */
async function measureFleet(controlPlane: ControlPlane, route: Route): Promise<FleetRow[]> {
  const { apps, perApp } = SIZES.fleet;
  const root = path.join(work, 'fleet');
  const { glob, single } = writeFleet(root, apps, perApp);
  const namespace = freshNamespaces(route.api, 'bench-fleet');
  const rows: FleetRow[] = [];
  const measure = async (command: 'plan' | 'apply', shape: FleetRow['shape'], manifest: string) => {
    const runs: number[] = [];
    let throttled = 0;
    let requests = 0;
    for (let round = 0; round < SIZES.repeats; round++) {
      const ns = await namespace();
      const measured = await counted(controlPlane, () => actionStep(command, manifest, ns, route, root));
      runs.push(measured.result.wallMs);
      throttled += measured.throttled;
      if (round === 0) requests = measured.requests;
    }
    const kind = command === 'plan' ? 'plan, new objects' : 'apply, new objects';
    rows.push({ work: kind, shape, wallMs: median(runs), runs, requests, throttled });
  };
  for (const command of ['plan', 'apply'] as const) {
    progress(`${command}: ${apps} apps × ${perApp} objects in one step vs one app of ${apps * perApp}`);
    await measure(command, 'one app', path.relative(root, single));
    await measure(command, 'fleet', glob);
  }
  return rows;
}

async function measureMemory(controlPlane: ControlPlane, direct: Route): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  const cases: { work: MemoryRow['work']; objects: number }[] = [
    ...SIZES.memory.map((objects) => ({ work: 'plan, new objects' as const, objects })),
    { work: 'apply, new objects', objects: SIZES.applyLarge },
  ];
  for (const { work: what, objects: count } of cases) {
    progress(`peak RSS of ${what}, ${count} objects`);
    const namespace = `bench-memory-${what.startsWith('plan') ? 'plan' : 'apply'}-${count}`;
    await createNamespace(direct.api, namespace);
    const folder = path.join(work, `memory-${count}`);
    if (!existsSync(folder)) writeManifests(folder, configMaps(count));
    const { result, requests, throttled } = await counted(controlPlane, () =>
      kubesync(what.startsWith('plan') ? 'plan' : 'apply', folder, namespace, direct, { app: 'bench' }),
    );
    rows.push({
      work: what,
      objects: count,
      wallMs: result.wallMs,
      peakRssMb: result.peakRssMb ?? NaN,
      requests,
      throttled,
    });
  }
  return rows;
}

/** The concurrency the server takes, as the deploying identity, with another client reading beside it. */
async function measureConcurrency(
  controlPlane: ControlPlane,
  kubectlPath: string,
  far: Route,
  admin: ApiAccess,
  objects: ConfigMapObject[],
): Promise<ConcurrencySweep> {
  const observer = await serviceAccountAccess(admin, 'observer');
  const observerConfig = path.join(work, 'kubeconfig-observer');
  writeFileSync(observerConfig, kubeconfigOf(observer), { mode: 0o600 });
  await createNamespace(admin, 'bench-probe');
  await requestJson(admin, 'POST', '/api/v1/namespaces/bench-probe/configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'probe' },
    data: { probe: 'yes' },
  });
  const namespace = freshNamespaces(admin, 'bench-concurrency');
  return sweepConcurrency({
    api: far.api,
    objects,
    levels: CONCURRENCY_LEVELS,
    namespace: () => namespace(),
    probe: async () =>
      (
        await run(
          kubectlPath,
          ['--kubeconfig', observerConfig, 'get', '--raw', '/api/v1/namespaces/bench-probe/configmaps/probe'],
          { cwd: work, env: baseEnv() },
        )
      ).wallMs,
    mark: () => auditMark(controlPlane.auditLogFile),
    throttledSince: async (mark) =>
      (await auditEventsSince(controlPlane.auditLogFile, mark)).filter(
        (event) => event.user.username === deployer && event.responseStatus?.code === 429,
      ).length,
    progress,
  });
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) throw new Error(`no bundle at ${CLI}; pass --dist <folder>`);
  if (Number(process.versions.node.split('.')[0]) < 24)
    throw new Error(`node ${process.version} runs the bench; run it with npm run bench (node 24)`);
  const kubectlPath = kubectlBinary();

  const loadAtStart = os.loadavg()[0] ?? 0;
  progress('start-up');
  const startup = CASES.has('startup') ? await measureStartup() : [];

  const assets = await findControlPlaneAssets();
  if ('problem' in assets) throw new Error(`no control plane: ${assets.problem}`);
  progress(`starting the control plane from ${assets.dir}`);
  // No controllers: ConfigMaps need none, and they would only add load to a 2-core machine.
  const controlPlane = await startControlPlane(assets.dir, { controllers: false });
  const proxies: DelayProxy[] = [];
  try {
    const admin = apiAccessOf(controlPlane.kubeconfig);
    const identity = await serviceAccountAccess(admin, 'deployer');
    deployer = identity.user;
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
      writeFileSync(kubeconfigFile, kubeconfigOf(identity, server), { mode: 0o600 });
      const api = { ...identity, server };
      routes.push({ label: rttMs ? `${rttMs} ms round trip` : 'loopback', kubeconfigFile, api, rttMs });
    }
    const [direct, far] = routes;
    if (!direct || !far) throw new Error('no loopback or far route');

    const concurrency = CASES.has('concurrency')
      ? await measureConcurrency(controlPlane, kubectlPath, far, admin, objects)
      : undefined;
    const comparisons: Comparison[] = [];
    if (CASES.has('compare'))
      for (const route of routes)
        comparisons.push(...(await compareAt(controlPlane, kubectlPath, route, objects, folder)));
    const roundTrips = CASES.has('trips') ? await measureRoundTrips(controlPlane, routes) : [];
    const fleet = CASES.has('fleet') ? await measureFleet(controlPlane, far) : [];
    const memory = CASES.has('memory') ? await measureMemory(controlPlane, direct) : [];

    const figures: BenchFigures = {
      environment: {
        node: process.version,
        kubectl: `kubectl ${kubectlVersion(kubectlPath)}`,
        kubernetes: await serverVersion(admin),
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
        fleet: `${SIZES.fleet.apps} × ${SIZES.fleet.perApp}`,
      },
      startup,
      concurrency,
      comparisons: sortComparisons(comparisons),
      roundTrips,
      fleet,
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
