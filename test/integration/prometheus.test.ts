import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/progressive/analysis.js';
import { metricQueryFor, podMatchers, sampleMetric } from '../../src/progressive/metric-check.js';
import { PrometheusError, queryPrometheus } from '../../src/progressive/prometheus.js';
import type { FakePrometheusOptions } from '../fake-prometheus/server.js';
import { FakePrometheus } from '../fake-prometheus/server.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

const quick = { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 } };
const max = { bound: 'max', value: 0.05 } as const;
const min = { bound: 'min', value: 0.99 } as const;
const ERROR_RATE = 'sum(rate(http_requests_total{ {{canary}},code=~"5.." }[1m]))';

const running: FakePrometheus[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.stop();
});

async function startPrometheus(options: FakePrometheusOptions = {}): Promise<FakePrometheus> {
  const fake = new FakePrometheus(options);
  await fake.start();
  running.push(fake);
  return fake;
}

describe('the canary metric against Prometheus', () => {
  it('passes a series within its maximum', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ value: 0.012 }) });
    const sample = await sampleMetric(
      { prometheusUrl: prometheus.url, query: 'sum(rate(errors[1m]))', threshold: max },
      quick,
    );
    expect(sample).toEqual({ ok: true, description: 'metric 0.012 ≤ 0.05' });
    expect(prometheus.requests).toMatchObject([
      { method: 'GET', path: '/api/v1/query', query: 'sum(rate(errors[1m]))', status: 200 },
    ]);
  });

  it('fails a value over its maximum', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ value: '0.2' }) });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick);
    expect(sample).toEqual({ ok: false, description: 'metric 0.2 > 0.05 (the maximum)' });
  });

  it('holds a minimum bound', async () => {
    const prometheus = await startPrometheus();
    prometheus.answerNext({ value: 0.97 }, { scalar: 0.995 });
    const check = { prometheusUrl: prometheus.url, query: 'success_ratio', threshold: min };
    expect(await sampleMetric(check, quick)).toEqual({
      ok: false,
      description: 'metric 0.97 < 0.99 (the minimum)',
    });
    expect(await sampleMetric(check, quick)).toEqual({ ok: true, description: 'metric 0.995 ≥ 0.99' });
  });

  it('fails when the query returns no data, rather than passing a canary nobody uses', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ noData: true }) });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick);
    expect(sample.ok).toBe(false);
    expect(sample.description).toMatch(/^metric: the query returned no data/);
  });

  it('fails on NaN, as a ratio of no requests gives it', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ value: Number.NaN }) });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick);
    expect(sample.ok).toBe(false);
    expect(sample.description).toMatch(/^metric NaN/);
  });

  it('retries a 500 and a dropped connection, then uses the answer', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ value: 0.01 }) });
    prometheus.answerNext({ httpStatus: 500 }, 'reset');
    const retries: string[] = [];
    const value = await queryPrometheus(prometheus.url, 'q', {
      ...quick,
      onRetry: (message) => retries.push(message),
    });
    expect(value).toBe(0.01);
    expect(prometheus.requests.map((request) => request.status)).toEqual([500, 0, 200]);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toContain('500');
  });

  it('gives up after its retries with a failing sample naming the status', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ httpStatus: 503 }) });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick);
    expect(sample.ok).toBe(false);
    expect(sample.description).toContain('503');
    expect(prometheus.requests).toHaveLength(3);
  });

  it('refuses several series, saying to aggregate them', async () => {
    const prometheus = await startPrometheus({
      answer: () => ({
        series: [
          { labels: { pod: 'web-canary-7d9f-abcde' }, value: 0.01 },
          { labels: { pod: 'web-canary-7d9f-fghij' }, value: 0.02 },
        ],
      }),
    });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick);
    expect(sample.ok).toBe(false);
    expect(sample.description).toContain('2 series');
    expect(sample.description).toContain('sum(');
    expect(prometheus.requests).toHaveLength(1);
  });

  it("reports Prometheus's own error text, without retrying it", async () => {
    const prometheus = await startPrometheus({
      answer: () => ({ error: '1:5: parse error: unexpected "}"', errorType: 'bad_data' }),
    });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query: 'q}', threshold: max }, quick);
    expect(sample).toEqual({
      ok: false,
      description: 'metric: Prometheus refused the query (bad_data): 1:5: parse error: unexpected "}"',
    });
    expect(prometheus.requests).toHaveLength(1);
  });

  it('sends the query with {{canary}} replaced by the matchers of the canary pods', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ value: 0 }) });
    const query = metricQueryFor(ERROR_RATE, {
      canary: podMatchers('shop', 'web-canary'),
      primary: podMatchers('shop', 'web'),
    });
    const sample = await sampleMetric({ prometheusUrl: prometheus.url, query, threshold: max }, quick);
    expect(sample.ok).toBe(true);
    expect(prometheus.queries).toEqual([
      'sum(rate(http_requests_total{ namespace="shop",pod=~"web-canary-[a-z0-9]+-[a-z0-9]+",code=~"5.." }[1m]))',
    ]);
  });

  it('keeps the path of a base URL behind a proxy', async () => {
    const prometheus = await startPrometheus({ basePath: '/prometheus', answer: () => ({ value: 1 }) });
    expect(await queryPrometheus(`${prometheus.url}/`, 'up', quick)).toBe(1);
    expect(prometheus.requests[0]?.path).toBe('/prometheus/api/v1/query');
  });

  it('sends the credentials of the URL as Basic auth and never prints them', async () => {
    const prometheus = await startPrometheus({ answer: () => ({ noData: true }) });
    const withCredentials = prometheus.url.replace('http://', 'http://reader:s3cr%40t-pw@');
    const error = await queryPrometheus(withCredentials, 'q', quick).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrometheusError);
    expect(prometheus.requests[0]?.authorization).toBe(
      `Basic ${Buffer.from('reader:s3cr@t-pw').toString('base64')}`,
    );

    await prometheus.stop();
    const unreachable = await sampleMetric(
      { prometheusUrl: withCredentials, query: 'q', threshold: max },
      quick,
    );
    expect(unreachable.ok).toBe(false);
    expect(unreachable.description).toContain(`could not reach Prometheus at ${prometheus.url}: connect`);
    expect(unreachable.description).not.toMatch(/reader|s3cr/);
  });

  it('gives up on a request that does not answer within its timeout', async () => {
    const hanging = createServer(() => {});
    const port = await listenOnLoopback(hanging);
    try {
      const sample = await sampleMetric(
        { prometheusUrl: `http://127.0.0.1:${port}`, query: 'q', threshold: max },
        { ...quick, retry: { ...quick.retry, maxAttempts: 2 }, requestTimeoutMs: 100 },
      );
      expect(sample).toEqual({
        ok: false,
        description: `metric: Prometheus at http://127.0.0.1:${port} gave no complete answer within 100 ms`,
      });
    } finally {
      await closeServer(hanging);
    }
  });

  it('drives an analysis that fails at the first sample over the threshold', async () => {
    const prometheus = await startPrometheus();
    prometheus.answerNext({ value: 0.01 }, { value: 0.02 }, { value: 0.3 }, { value: 0.01 });
    const outcome = await runAnalysis({
      durationMs: 120_000,
      intervalMs: 30_000,
      check: () => sampleMetric({ prometheusUrl: prometheus.url, query: 'q', threshold: max }, quick),
      sleep: () => Promise.resolve(),
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.samples).toHaveLength(3);
    expect(outcome.failing?.description).toBe('metric 0.3 > 0.05 (the maximum)');
    expect(prometheus.requests).toHaveLength(3);
  });
});
