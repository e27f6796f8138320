import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/progressive/analysis.js';
import { combineSamples, runAnalysis } from '../../src/progressive/analysis.js';
import { metricQueryFor, metricSample, podMatchers } from '../../src/progressive/metric-check.js';
import { podHealthSample, restartsByPod } from '../../src/progressive/pod-health.js';
import { PrometheusError } from '../../src/progressive/prometheus.js';

const healthy: Sample = { ok: true, description: 'web-canary: 2/2 ready, 0 restarts' };

/** A sleep that returns at once and records how long it was asked to wait. */
function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, sleep };
}

describe('runAnalysis', () => {
  it('samples at the start and every interval until the duration has passed', async () => {
    const { waits, sleep } = recordingSleep();
    let checks = 0;
    const seen: number[] = [];
    const outcome = await runAnalysis({
      durationMs: 120_000,
      intervalMs: 30_000,
      check: () => {
        checks++;
        return Promise.resolve(healthy);
      },
      sleep,
      onSample: (_sample, index) => seen.push(index),
    });
    expect(outcome.passed).toBe(true);
    expect(outcome.failing).toBeUndefined();
    expect(checks).toBe(5);
    expect(outcome.samples).toHaveLength(5);
    expect(waits).toEqual([30_000, 30_000, 30_000, 30_000]);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes a last sample at the end when the duration is not a multiple of the interval', async () => {
    const { waits, sleep } = recordingSleep();
    const outcome = await runAnalysis({
      durationMs: 100_000,
      intervalMs: 30_000,
      check: () => Promise.resolve(healthy),
      sleep,
    });
    expect(outcome.samples).toHaveLength(5);
    expect(waits).toEqual([30_000, 30_000, 30_000, 10_000]);
  });

  it('samples a duration shorter than the interval at its start and its end', async () => {
    const { waits, sleep } = recordingSleep();
    const outcome = await runAnalysis({
      durationMs: 10_000,
      intervalMs: 30_000,
      check: () => Promise.resolve(healthy),
      sleep,
    });
    expect(outcome).toMatchObject({ passed: true });
    expect(outcome.samples).toHaveLength(2);
    expect(waits).toEqual([10_000]);
  });

  it('samples a zero duration once', async () => {
    const { waits, sleep } = recordingSleep();
    const outcome = await runAnalysis({
      durationMs: 0,
      intervalMs: 30_000,
      check: () => Promise.resolve(healthy),
      sleep,
    });
    expect(outcome.samples).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('stops at the first failing sample and names it', async () => {
    const { waits, sleep } = recordingSleep();
    const failing: Sample = { ok: false, description: 'web-canary-7d9f-abcde: CrashLoopBackOff, 3 restarts' };
    const answers = [healthy, healthy, failing, healthy];
    let checks = 0;
    const outcome = await runAnalysis({
      durationMs: 120_000,
      intervalMs: 30_000,
      check: () => Promise.resolve(answers[checks++]!),
      sleep,
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.failing).toBe(failing);
    expect(outcome.samples).toEqual([healthy, healthy, failing]);
    expect(checks).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('ends with the reason of a signal cancelled before it starts', async () => {
    const controller = new AbortController();
    const reason = new Error('the run was cancelled');
    controller.abort(reason);
    let checks = 0;
    const analysis = runAnalysis({
      durationMs: 60_000,
      intervalMs: 30_000,
      check: () => {
        checks++;
        return Promise.resolve(healthy);
      },
      sleep: () => Promise.resolve(),
      signal: controller.signal,
    });
    await expect(analysis).rejects.toBe(reason);
    expect(checks).toBe(0);
  });

  it('ends with the cancellation while it waits, taking no further sample', async () => {
    const controller = new AbortController();
    const reason = new Error('the run was cancelled');
    let checks = 0;
    const analysis = runAnalysis({
      durationMs: 120_000,
      intervalMs: 30_000,
      check: () => {
        checks++;
        if (checks === 2) controller.abort(reason);
        return Promise.resolve(healthy);
      },
      sleep: () => Promise.resolve(),
      signal: controller.signal,
    });
    await expect(analysis).rejects.toBe(reason);
    expect(checks).toBe(2);
  });

  it('wakes from the real sleep as soon as the signal is cancelled', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const analysis = runAnalysis({
      durationMs: 3_600_000,
      intervalMs: 600_000,
      check: () => Promise.resolve(healthy),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);
    await expect(analysis).rejects.toBe(reason);
  });

  it('does not wait for a check that hangs once the signal is cancelled', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const analysis = runAnalysis({
      durationMs: 60_000,
      intervalMs: 30_000,
      check: () => new Promise<Sample>(() => {}),
      sleep: () => Promise.resolve(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);
    await expect(analysis).rejects.toBe(reason);
  });
});

describe('combineSamples', () => {
  it('is ok only when every part is, and joins the descriptions', () => {
    const metric: Sample = { ok: false, description: 'metric 0.2 > 0.05 (the maximum)' };
    expect(combineSamples(healthy, metric)).toEqual({
      ok: false,
      description: 'web-canary: 2/2 ready, 0 restarts; metric 0.2 > 0.05 (the maximum)',
    });
    expect(combineSamples(healthy).ok).toBe(true);
  });
});

function pod(
  name: string,
  options: {
    ready?: boolean;
    restarts?: number;
    waiting?: string;
    lastTerminated?: string;
    phase?: string;
    deleting?: boolean;
  } = {},
) {
  const ready = options.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'shop',
      ...(options.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}),
    },
    status: {
      phase: options.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [
        {
          name: 'web',
          ready,
          restartCount: options.restarts ?? 0,
          state: options.waiting ? { waiting: { reason: options.waiting } } : { running: {} },
          ...(options.lastTerminated
            ? { lastState: { terminated: { reason: options.lastTerminated, exitCode: 137 } } }
            : {}),
        },
        { name: 'proxy', ready: true, restartCount: 0, state: { running: {} } },
      ],
    },
  };
}

describe('podHealthSample', () => {
  it('passes when every wanted pod is ready and none restarted since the start', () => {
    const pods = [pod('web-canary-7d9f-abcde', { restarts: 2 }), pod('web-canary-7d9f-fghij')];
    const sample = podHealthSample({
      name: 'web-canary',
      pods,
      wantedReplicas: 2,
      restartsAtStart: restartsByPod(pods),
    });
    expect(sample).toEqual({ ok: true, description: 'web-canary: 2/2 ready, 0 restarts' });
  });

  it('fails naming the pod and its reason when a container restarted since the start', () => {
    const atStart = restartsByPod([pod('web-canary-7d9f-abcde'), pod('web-canary-7d9f-fghij')]);
    const sample = podHealthSample({
      name: 'web-canary',
      pods: [
        pod('web-canary-7d9f-abcde', { ready: false, restarts: 3, waiting: 'CrashLoopBackOff' }),
        pod('web-canary-7d9f-fghij'),
      ],
      wantedReplicas: 2,
      restartsAtStart: atStart,
    });
    expect(sample.ok).toBe(false);
    expect(sample.description).toBe(
      'web-canary: 1/2 ready, 3 restarts; web-canary-7d9f-abcde: CrashLoopBackOff, 3 restarts',
    );
  });

  it('fails on a restart even while the pod is ready again, naming why it last ended', () => {
    const atStart = restartsByPod([pod('web-canary-7d9f-abcde', { restarts: 1 })]);
    const sample = podHealthSample({
      name: 'web-canary',
      pods: [pod('web-canary-7d9f-abcde', { restarts: 2, lastTerminated: 'OOMKilled' })],
      wantedReplicas: 1,
      restartsAtStart: atStart,
    });
    expect(sample).toEqual({
      ok: false,
      description: 'web-canary: 1/1 ready, 1 restart; web-canary-7d9f-abcde: OOMKilled, 1 restart',
    });
  });

  it('counts every restart of a pod that appeared after the start', () => {
    const sample = podHealthSample({
      name: 'web-canary',
      pods: [pod('web-canary-7d9f-zzzzz', { restarts: 1 })],
      wantedReplicas: 1,
      restartsAtStart: {},
    });
    expect(sample.ok).toBe(false);
    expect(sample.description).toContain('web-canary-7d9f-zzzzz: 1 restart');
  });

  it('fails when fewer pods are ready than wanted, saying why each is not', () => {
    const sample = podHealthSample({
      name: 'web-canary',
      pods: [
        pod('web-canary-7d9f-abcde', { ready: false, phase: 'Pending', waiting: 'ImagePullBackOff' }),
        pod('web-canary-7d9f-fghij', { deleting: true }),
        pod('web-canary-7d9f-klmno', { ready: false }),
      ],
      wantedReplicas: 3,
      restartsAtStart: {},
    });
    expect(sample.ok).toBe(false);
    expect(sample.description).toBe(
      'web-canary: 0/3 ready, 0 restarts; web-canary-7d9f-abcde: ImagePullBackOff; ' +
        'web-canary-7d9f-fghij: being deleted; web-canary-7d9f-klmno: running, not ready: container web not ready',
    );
  });

  it('says so when there are no pods at all', () => {
    const sample = podHealthSample({ name: 'web-canary', pods: [], wantedReplicas: 1, restartsAtStart: {} });
    expect(sample).toEqual({ ok: false, description: 'web-canary: 0/1 ready, 0 restarts; no pods' });
  });
});

describe('metric queries', () => {
  it('matches the pods of a Deployment by namespace and name, and none of a longer name', () => {
    const canary = podMatchers('shop', 'web-canary');
    expect(canary).toBe('namespace="shop",pod=~"web-canary-[a-z0-9]+-[a-z0-9]+"');
    const primary = new RegExp(`^${/pod=~"(.*)"/.exec(podMatchers('shop', 'web'))![1]}$`);
    expect(primary.test('web-7d9f6c8b4-abcde')).toBe(true);
    expect(primary.test('web-canary-7d9f6c8b4-abcde')).toBe(false);
    expect(podMatchers('shop', 'api.v2')).toBe('namespace="shop",pod=~"api[.]v2-[a-z0-9]+-[a-z0-9]+"');
  });

  it('replaces {{canary}} and {{primary}}, spaces inside the braces allowed', () => {
    const selectors = { canary: 'namespace="shop",pod=~"c"', primary: 'namespace="shop",pod=~"p"' };
    expect(
      metricQueryFor(
        'sum(rate(x{ {{canary}},code=~"5.." }[1m])) / sum(rate(x{{{ primary }}}[1m]))',
        selectors,
      ),
    ).toBe(
      'sum(rate(x{ namespace="shop",pod=~"c",code=~"5.." }[1m])) / sum(rate(x{namespace="shop",pod=~"p"}[1m]))',
    );
  });

  it('refuses a placeholder it does not know', () => {
    expect(() => metricQueryFor('sum(x{ {{canry}} })', { canary: 'a', primary: 'b' })).toThrow(
      /\{\{canry\}\}.*\{\{canary\}\} and \{\{primary\}\}/,
    );
  });
});

describe('metricSample', () => {
  const max = { bound: 'max', value: 0.05 } as const;
  const min = { bound: 'min', value: 0.99 } as const;

  it('passes a value within a maximum or a minimum', () => {
    expect(metricSample(0.012, max)).toEqual({ ok: true, description: 'metric 0.012 ≤ 0.05' });
    expect(metricSample(0.05, max).ok).toBe(true);
    expect(metricSample(0.995, min)).toEqual({ ok: true, description: 'metric 0.995 ≥ 0.99' });
  });

  it('fails a value past its bound, saying which bound', () => {
    expect(metricSample(0.2, max)).toEqual({ ok: false, description: 'metric 0.2 > 0.05 (the maximum)' });
    expect(metricSample(0.97, min)).toEqual({ ok: false, description: 'metric 0.97 < 0.99 (the minimum)' });
  });

  it('keeps enough digits that a value just past the bound does not read as equal to it', () => {
    expect(metricSample(0.050001, max).description).toBe('metric 0.050001 > 0.05 (the maximum)');
    expect(metricSample(0.012000000000000002, max).description).toBe('metric 0.012 ≤ 0.05');
  });

  it('fails NaN and infinities', () => {
    expect(metricSample(Number.NaN, max)).toMatchObject({
      ok: false,
      description: expect.stringContaining('NaN'),
    });
    expect(metricSample(Number.POSITIVE_INFINITY, min)).toMatchObject({
      ok: false,
      description: expect.stringContaining('+Inf'),
    });
  });

  it('fails a query that could not be answered, with its error', () => {
    expect(metricSample(new PrometheusError('the query returned no data'), max)).toEqual({
      ok: false,
      description: 'metric: the query returned no data',
    });
  });

  it('names the metric as told', () => {
    expect(metricSample(0.012, max, 'error rate').description).toBe('error rate 0.012 ≤ 0.05');
  });
});
