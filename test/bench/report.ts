/** The figures of one bench run, the targets judged on them, and the tables printed from them. */

export interface Timing {
  /** Median of `runs`. */
  wallMs: number;
  runs: number[];
  /** Requests the API server saw from this tool in its first run (from the audit log). */
  requests: number;
  /** 429s the API server answered this tool with, over all its runs. */
  throttled: number;
  peakRssMb?: number;
  /** kubesync plan / kubectl diff: whether the first run reported changes (exit 1). */
  changes?: boolean;
}

export type Work = 'plan, new objects' | 'plan, no change' | 'apply, new objects';

export interface Comparison {
  work: Work;
  rttMs: number;
  kubesync: Timing;
  kubectl: Timing;
  /** The same requests over keep-alive HTTPS at the concurrency kubesync chose, no client library. */
  raw: Timing;
}

export interface RoundTripRow {
  work: string;
  loopbackMs: number;
  farMs: number;
  rttMs: number;
  /** (far − loopback) ÷ rttMs: the round trips waited on one after another. */
  roundTrips: number;
  requests: number;
}

export interface FleetRow {
  work: 'plan, new objects' | 'apply, new objects';
  shape: 'one app' | 'fleet';
  wallMs: number;
  runs: number[];
  requests: number;
  throttled: number;
}

export interface StartupRow {
  command: string;
  wallMs: number;
  runs: number[];
  peakRssMb: number;
}

export interface MemoryRow {
  work: 'plan, new objects' | 'apply, new objects';
  objects: number;
  wallMs: number;
  peakRssMb: number;
  requests: number;
  throttled: number;
}

export interface ConcurrencyFigures {
  idleProbeMs: number;
  rows: {
    concurrency: number;
    requestsPerSecond: number;
    throttled: number;
    probeMs: number;
    probes: number;
  }[];
  safe: number;
}

export interface BenchFigures {
  environment: Record<string, string | number>;
  startup: StartupRow[];
  /** Absent when the bench ran without that case (--cases). */
  concurrency?: ConcurrencyFigures;
  comparisons: Comparison[];
  roundTrips: RoundTripRow[];
  fleet: FleetRow[];
  memory: MemoryRow[];
}

export interface Target {
  target: string;
  value: number;
  unit: '×' | 'MB' | 'count';
  met: boolean;
}

function atMost(target: string, value: number, limit: number, unit: Target['unit'] = '×'): Target {
  return { target, value, unit, met: value <= limit };
}
function atLeast(target: string, value: number, limit: number): Target {
  return { target, value, unit: '×', met: value >= limit };
}

export function judge(figures: BenchFigures): Target[] {
  const targets: Target[] = [];
  const bare = figures.startup[0];
  for (const row of figures.startup.slice(1)) {
    if (bare) targets.push(atMost(`${row.command} ≤ 3× node -e 0`, row.wallMs / bare.wallMs, 3));
  }
  const { concurrency } = figures.environment;
  if (figures.concurrency)
    targets.push(
      atMost(
        `default concurrency ${concurrency} ≤ the highest the server takes without a 429 or slowing another client past 2× (${figures.concurrency.safe})`,
        Number(concurrency),
        figures.concurrency.safe,
        'count',
      ),
    );
  for (const comparison of figures.comparisons) {
    const { work, rttMs, kubesync, kubectl, raw } = comparison;
    const objects = figures.environment.objects;
    const faster = kubectl.wallMs / kubesync.wallMs;
    const overRaw = kubesync.wallMs / raw.wallMs;
    const where = `${work}, ${objects}, ${rttMs} ms`;
    if (work !== 'apply, new objects') {
      if (rttMs === 0) targets.push(atLeast(`${where}: ≥ 2× faster than kubectl diff`, faster, 2));
      else {
        targets.push(atLeast(`${where}: ≥ 15× faster than kubectl diff`, faster, 15));
        targets.push(atMost(`${where}: ≤ 1.3× the raw limit`, overRaw, 1.3));
      }
    } else if (rttMs > 0) {
      targets.push(atLeast(`${where}: ≥ 6× faster than kubectl apply`, faster, 6));
      targets.push(
        atMost(`${where}: ≤ 1.3× the raw limit (a dry-run pass, then a write pass)`, overRaw, 1.3),
      );
    }
  }
  // The raw limit leaves out what any run of kubesync pays before and after the passes (start-up,
  // validation, and the round trips of the permission check, the lock and the ApplySet record): a run
  // of one object at the same round trip measures that floor.
  for (const comparison of figures.comparisons.filter((row) => row.rttMs > 0)) {
    const floor = figures.roundTrips.find((row) =>
      row.work.startsWith(comparison.work.startsWith('apply') ? 'apply' : 'plan'),
    );
    if (!floor || comparison.work === 'plan, no change') continue;
    targets.push(
      atMost(
        `${comparison.work}, ${figures.environment.objects}, ${comparison.rttMs} ms: ≤ 1.3× the raw limit plus a run of one object (proposed)`,
        comparison.kubesync.wallMs / (comparison.raw.wallMs + floor.farMs),
        1.3,
      ),
    );
  }
  for (const work of ['plan, new objects', 'apply, new objects'] as const) {
    const one = figures.fleet.find((row) => row.work === work && row.shape === 'one app');
    const fleet = figures.fleet.find((row) => row.work === work && row.shape === 'fleet');
    if (one && fleet)
      targets.push(
        atMost(
          `${work}: ${figures.environment.fleet} apps in one step ≤ 1.5× one app of as many objects`,
          fleet.wallMs / one.wallMs,
          1.5,
        ),
      );
  }
  const plans = figures.memory.filter((row) => row.work === 'plan, new objects');
  for (const row of plans) {
    const limit = row.objects >= 10_000 ? 300 : 150;
    targets.push(atMost(`peak RSS of plan of ${row.objects} ≤ ${limit} MB`, row.peakRssMb, limit, 'MB'));
  }
  const throttled =
    figures.comparisons.reduce((sum, row) => sum + row.kubesync.throttled, 0) +
    figures.fleet.reduce((sum, row) => sum + row.throttled, 0) +
    figures.memory.reduce((sum, row) => sum + row.throttled, 0);
  targets.push(
    atMost('429s answered to kubesync at its default concurrency, all cases', throttled, 0, 'count'),
  );
  return targets;
}

const seconds = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
const times = (ratio: number) => `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
const megabytes = (mb: number | undefined) => (mb === undefined ? '—' : `${mb.toFixed(0)} MB`);

const EMPTY = '';

/** A markdown table; none for a case the run left out (--cases). */
function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return EMPTY;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

function formatValue(target: Target): string {
  if (target.unit === 'MB') return megabytes(target.value);
  if (target.unit === 'count') return String(target.value);
  return times(target.value);
}

/** Markdown tables, ready for the README's performance section. */
export function formatReport(figures: BenchFigures, targets: Target[]): string {
  const env = figures.environment;
  const bare = figures.startup[0]?.wallMs ?? NaN;
  const parts: string[] = [];
  parts.push(
    `kubesync bench — ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB (1-min load average ${env.loadAverage}); node ${env.node}; ${env.kubectl}; ` +
      `Kubernetes ${env.kubernetes} control plane on loopback (etcd + kube-apiserver); bundle ${env.dist}; ` +
      `kubesync at its default concurrency ${env.concurrency}, as a ServiceAccount bound to cluster-admin; ${env.repeats === 1 ? 'one run each' : `medians of ${env.repeats} runs unless noted`}`,
  );
  parts.push(
    table(
      ['start-up', `wall (median of ${env.startupRuns})`, '× node -e 0', 'peak RSS'],
      figures.startup.map((row) => [
        `\`${row.command}\``,
        `${row.wallMs.toFixed(0)} ms`,
        times(row.wallMs / bare),
        megabytes(row.peakRssMb),
      ]),
    ),
  );
  const sweep = figures.concurrency;
  if (sweep)
    parts.push(
      table(
        [
          `concurrency (apply passes, 20 ms)`,
          'requests/s',
          '429s',
          `another client's kubectl get (idle ${sweep.idleProbeMs.toFixed(0)} ms)`,
          '× idle',
        ],
        sweep.rows.map((row) => [
          `${row.concurrency}${row.concurrency === sweep.safe ? ' (highest that holds)' : ''}${row.concurrency === Number(env.concurrency) ? ' (default)' : ''}`,
          row.requestsPerSecond.toFixed(0),
          String(row.throttled),
          `${row.probeMs.toFixed(0)} ms (${row.probes} reads)`,
          times(row.probeMs / sweep.idleProbeMs),
        ]),
      ),
    );
  parts.push(
    table(
      [
        `${env.objects} ConfigMaps`,
        'round trip',
        'kubesync',
        'kubectl',
        'raw limit',
        'kubectl ÷ kubesync',
        'kubesync ÷ raw',
        'requests kubesync / kubectl / raw',
        '429s kubesync / kubectl / raw',
        'kubesync peak RSS',
      ],
      figures.comparisons.map(({ work, rttMs, kubesync, kubectl, raw }) => [
        work,
        `${rttMs} ms`,
        seconds(kubesync.wallMs),
        `${seconds(kubectl.wallMs)}${kubectl.runs.length < kubesync.runs.length ? ' (1 run)' : ''}`,
        seconds(raw.wallMs),
        times(kubectl.wallMs / kubesync.wallMs),
        times(kubesync.wallMs / raw.wallMs),
        `${kubesync.requests} / ${kubectl.requests} / ${raw.requests}`,
        `${kubesync.throttled} / ${kubectl.throttled} / ${raw.throttled}`,
        megabytes(kubesync.peakRssMb),
      ]),
    ),
  );
  parts.push(
    table(
      [
        'waited on in sequence',
        'loopback',
        `${figures.roundTrips[0]?.rttMs ?? 20} ms`,
        'round trips',
        'requests',
      ],
      figures.roundTrips.map((row) => [
        row.work,
        seconds(row.loopbackMs),
        seconds(row.farMs),
        row.roundTrips.toFixed(1),
        String(row.requests),
      ]),
    ),
  );
  parts.push(
    table(
      [`one step, 20 ms`, 'shape', 'wall', 'requests', '429s', '÷ one app'],
      figures.fleet.map((row) => {
        const one = figures.fleet.find((other) => other.work === row.work && other.shape === 'one app');
        return [
          row.work,
          row.shape === 'fleet' ? `${env.fleet} apps` : 'one app',
          seconds(row.wallMs),
          String(row.requests),
          String(row.throttled),
          one ? times(row.wallMs / one.wallMs) : '—',
        ];
      }),
    ),
  );
  parts.push(
    table(
      ['kubesync, loopback', 'objects', 'wall (1 run)', 'requests', '429s', 'peak RSS'],
      figures.memory.map((row) => [
        row.work,
        row.objects.toLocaleString('en-US'),
        seconds(row.wallMs),
        String(row.requests),
        String(row.throttled),
        megabytes(row.peakRssMb),
      ]),
    ),
  );
  const missed = targets.filter((target) => !target.met).length;
  parts.push(
    [
      `targets (${targets.length - missed} met, ${missed} missed):`,
      ...targets.map(
        (target) => `  ${target.met ? 'met   ' : 'MISSED'}  ${target.target}: ${formatValue(target)}`,
      ),
    ].join('\n'),
  );
  return `${parts.filter((part) => part !== EMPTY).join('\n\n')}\n`;
}
