/** The figures of one bench run, the targets judged on them, and the tables printed from them. */

export interface Timing {
  /** Median of `runs`. */
  wallMs: number;
  runs: number[];
  /** Requests the API server saw from this tool in its first run (from the audit log). */
  requests: number;
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
  /** The same requests over keep-alive HTTPS at the same concurrency, no client library. */
  raw: Timing;
}

export interface StartupRow {
  command: string;
  wallMs: number;
  runs: number[];
  peakRssMb: number;
}

export interface MemoryRow {
  objects: number;
  wallMs: number;
  peakRssMb: number;
  requests: number;
}

export interface BenchFigures {
  environment: Record<string, string | number>;
  startup: StartupRow[];
  comparisons: Comparison[];
  memory: MemoryRow[];
}

export interface Target {
  target: string;
  value: number;
  unit: '×' | 'MB';
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
  for (const comparison of figures.comparisons) {
    const { work, rttMs, kubesync, kubectl, raw } = comparison;
    const objects = figures.environment.objects;
    const faster = kubectl.wallMs / kubesync.wallMs;
    const overRaw = kubesync.wallMs / raw.wallMs;
    const where = `${work}, ${objects}, ${rttMs} ms`;
    if (work !== 'apply, new objects') {
      if (rttMs === 0) targets.push(atLeast(`${where}: ≥ 2× faster than kubectl diff`, faster, 2));
      else {
        targets.push(atLeast(`${where}: ≥ 12× faster than kubectl diff`, faster, 12));
        targets.push(atMost(`${where}: within 1.5× of the raw limit`, overRaw, 1.5));
      }
    } else if (rttMs > 0) {
      targets.push(atLeast(`${where}: ≥ 6× faster than kubectl apply`, faster, 6));
      targets.push(atMost(`${where}: within 2.5× of one raw write pass`, overRaw, 2.5));
    }
  }
  const [small, large] = figures.memory;
  if (small && large) {
    targets.push(
      atMost(
        `peak RSS of plan: ${large.objects} objects ≤ 3× ${small.objects}`,
        large.peakRssMb / small.peakRssMb,
        3,
      ),
    );
    targets.push(atMost(`peak RSS of plan of ${small.objects} ≤ 250 MB`, small.peakRssMb, 250, 'MB'));
  }
  return targets;
}

const seconds = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
const times = (ratio: number) => `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
const megabytes = (mb: number | undefined) => (mb === undefined ? '—' : `${mb.toFixed(0)} MB`);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** Markdown tables, ready for the README's performance section. */
export function formatReport(figures: BenchFigures, targets: Target[]): string {
  const env = figures.environment;
  const bare = figures.startup[0]?.wallMs ?? NaN;
  const parts: string[] = [];
  parts.push(
    `kubesync bench — ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB (1-min load average ${env.loadAverage}); node ${env.node}; ${env.kubectl}; ` +
      `Kubernetes ${env.kubernetes} control plane on loopback (etcd + kube-apiserver); bundle ${env.dist}; ` +
      `concurrency ${env.concurrency}; ${env.repeats === 1 ? 'one run each' : `medians of ${env.repeats} runs unless noted`}`,
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
        megabytes(kubesync.peakRssMb),
      ]),
    ),
  );
  parts.push(
    table(
      ['kubesync plan, new objects, 0 ms', 'wall (1 run)', 'requests', 'peak RSS'],
      figures.memory.map((row) => [
        row.objects.toLocaleString('en-US'),
        seconds(row.wallMs),
        String(row.requests),
        megabytes(row.peakRssMb),
      ]),
    ),
  );
  const missed = targets.filter((target) => !target.met).length;
  parts.push(
    [
      `targets (${targets.length - missed} met, ${missed} missed):`,
      ...targets.map(
        (target) =>
          `  ${target.met ? 'met   ' : 'MISSED'}  ${target.target}: ${target.unit === 'MB' ? megabytes(target.value) : times(target.value)}`,
      ),
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}
