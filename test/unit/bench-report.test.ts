import { describe, expect, it } from 'vitest';
import { formatReport, judge, type BenchFigures, type Timing } from '../bench/report.js';

const timing = (wallMs: number, throttled = 0): Timing => ({
  wallMs,
  runs: [wallMs],
  requests: 600,
  throttled,
});

const figures: BenchFigures = {
  environment: { objects: 300, concurrency: 32, fleet: '20 × 50', repeats: 1, startupRuns: 1 },
  startup: [
    { command: 'node -e 0', wallMs: 40, runs: [40], peakRssMb: 40 },
    { command: 'kubesync --help', wallMs: 100, runs: [100], peakRssMb: 60 },
  ],
  concurrency: {
    idleProbeMs: 100,
    rows: [
      { concurrency: 32, requestsPerSecond: 300, throttled: 0, probeMs: 150, probes: 5 },
      { concurrency: 64, requestsPerSecond: 310, throttled: 2, probeMs: 180, probes: 5 },
    ],
    safe: 32,
  },
  comparisons: [
    {
      work: 'apply, new objects',
      rttMs: 20,
      kubesync: timing(1_400),
      kubectl: timing(8_700),
      raw: timing(1_000),
    },
    {
      work: 'plan, new objects',
      rttMs: 20,
      kubesync: timing(1_300, 1),
      kubectl: timing(18_000),
      raw: timing(1_000),
    },
  ],
  roundTrips: [
    { work: 'apply of 1 new object', loopbackMs: 400, farMs: 640, rttMs: 20, roundTrips: 12, requests: 25 },
  ],
  fleet: [
    {
      work: 'apply, new objects',
      shape: 'one app',
      wallMs: 4_000,
      runs: [4_000],
      requests: 2_000,
      throttled: 0,
    },
    {
      work: 'apply, new objects',
      shape: 'fleet',
      wallMs: 6_400,
      runs: [6_400],
      requests: 2_400,
      throttled: 0,
    },
  ],
  memory: [
    {
      work: 'plan, new objects',
      objects: 2_000,
      wallMs: 2_000,
      peakRssMb: 140,
      requests: 2_010,
      throttled: 0,
    },
    {
      work: 'plan, new objects',
      objects: 10_000,
      wallMs: 9_000,
      peakRssMb: 320,
      requests: 10_010,
      throttled: 0,
    },
  ],
};

describe("the bench's targets", () => {
  const targets = new Map(judge(figures).map((target) => [target.target, target]));
  const met = (start: string) => [...targets.values()].find((target) => target.target.startsWith(start))?.met;

  it('judges each ratio against the issue’s bound', () => {
    expect(met('apply, new objects, 300, 20 ms: ≥ 6×')).toBe(true);
    expect(met('apply, new objects, 300, 20 ms: ≤ 1.3×')).toBe(false);
    expect(met('plan, new objects, 300, 20 ms: ≥ 15×')).toBe(false);
    expect(met('plan, new objects, 300, 20 ms: ≤ 1.3×')).toBe(true);
    expect(met('apply, new objects: 20 × 50 apps in one step ≤ 1.5×')).toBe(false);
    expect(met('peak RSS of plan of 2000 ≤ 150 MB')).toBe(true);
    expect(met('peak RSS of plan of 10000 ≤ 300 MB')).toBe(false);
    expect(met('default concurrency 32 ≤')).toBe(true);
    // 1,400 ÷ (1,000 + 640): within 1.3× of the raw limit plus the floor a run of one object measures.
    expect(met('apply, new objects, 300, 20 ms: ≤ 1.3× the raw limit plus a run of one object')).toBe(true);
  });

  it('counts every 429 kubesync got, in any case', () => {
    expect([...targets.values()].find((target) => target.target.startsWith('429s'))).toMatchObject({
      value: 1,
      met: false,
    });
  });

  it('prints the tables and marks the concurrency that holds and the default', () => {
    const text = formatReport(figures, judge(figures));
    expect(text).toContain('| 32 (highest that holds) (default) | 300 | 0 | 150 ms (5 reads) | 1.50× |');
    expect(text).toContain('| apply of 1 new object | 0.40 s | 0.64 s | 12.0 | 25 |');
    expect(text).toContain('targets (');
  });
});
