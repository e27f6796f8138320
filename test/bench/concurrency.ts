import { median } from './run.js';
import { applyPasses, sendAll, type ApiAccess, type ConfigMapObject } from './raw-api.js';

export interface ConcurrencyRow {
  concurrency: number;
  /** Requests the load completed per second. */
  requestsPerSecond: number;
  /** 429s the API server answered the load with (from its audit log). */
  throttled: number;
  /** Median wall time of another client's `kubectl get` while the load ran. */
  probeMs: number;
  probes: number;
}

export interface ConcurrencySweep {
  idleProbeMs: number;
  rows: ConcurrencyRow[];
  /** The highest concurrency with no 429 and the other client within 2× its idle latency. */
  safe: number;
}

interface SweepOptions {
  api: ApiAccess;
  objects: ConfigMapObject[];
  levels: number[];
  /** A fresh namespace for each level. */
  namespace: (concurrency: number) => Promise<string>;
  /** One `kubectl get` of another client; its wall time in ms. */
  probe: () => Promise<number>;
  /** 429s the load's user was answered with since `mark`, and a mark for now. */
  throttledSince: (mark: number) => Promise<number>;
  mark: () => number;
  progress: (line: string) => void;
}

const PROBES = 5;
const MAX_LOAD_MS = 30_000;

/**
 * The concurrency the server takes, measured: at each level, the dry-run and write passes of an apply
 * run again and again while another client reads one object with kubectl, until it has read it
 * PROBES times. A level passes when the server answered no 429 and the other client's read stayed
 * within 2× what it takes on an idle server.
 */
export async function sweepConcurrency(options: SweepOptions): Promise<ConcurrencySweep> {
  const idle: number[] = [];
  for (let index = 0; index < PROBES; index++) idle.push(await options.probe());
  const idleProbeMs = median(idle);
  const rows: ConcurrencyRow[] = [];
  for (const concurrency of options.levels) {
    options.progress(`concurrency ${concurrency}: load beside another client's kubectl get`);
    const namespace = await options.namespace(concurrency);
    const mark = options.mark();
    let done = false;
    let requests = 0;
    const started = performance.now();
    const load = (async () => {
      // Each round changes every object, so that its writes reach etcd as a real apply's do.
      for (let round = 0; !done && performance.now() - started < MAX_LOAD_MS; round++) {
        const changed = options.objects.map((object) => ({
          ...object,
          data: { ...object.data, round: String(round) },
        }));
        for (const pass of applyPasses(namespace, changed)) {
          await sendAll(options.api, pass, concurrency);
          requests += pass.length;
        }
      }
    })();
    const probes: number[] = [];
    try {
      while (probes.length < PROBES && performance.now() - started < MAX_LOAD_MS)
        probes.push(await options.probe());
    } finally {
      done = true;
      await load;
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      concurrency,
      requestsPerSecond: requests / seconds,
      throttled: await options.throttledSince(mark),
      probeMs: median(probes),
      probes: probes.length,
    });
  }
  const passing = rows.filter((row) => row.throttled === 0 && row.probeMs <= 2 * idleProbeMs);
  const safe = Math.max(0, ...passing.map((row) => row.concurrency));
  return { idleProbeMs, rows, safe };
}
