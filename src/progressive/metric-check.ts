import { UserError } from '../model/errors.js';
import type { Sample } from './analysis.js';
import type { PrometheusOptions } from './prometheus.js';
import { PrometheusError, queryPrometheus } from './prometheus.js';

/** The bound a metric must stay within: at most `value` (max) or at least `value` (min). */
export interface MetricThreshold {
  readonly bound: 'max' | 'min';
  readonly value: number;
}

/** PromQL label matchers of the canary's pods and of the primary's, for `{{canary}}` and `{{primary}}`. */
export interface PodSelectors {
  readonly canary: string;
  readonly primary: string;
}

export interface MetricCheck {
  readonly prometheusUrl: string;
  /** The query with its placeholders already replaced (metricQueryFor). */
  readonly query: string;
  readonly threshold: MetricThreshold | undefined;
  /** How the description names the value: `metric` unless told. */
  readonly label?: string;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/**
 * The query with `{{canary}}` and `{{primary}}` (spaces inside the braces allowed) replaced by the
 * matchers of their pods. Any other placeholder is a mistake in canary-metric-query: refused, as
 * Prometheus would only answer with a parse error.
 */
export function metricQueryFor(template: string, selectors: PodSelectors): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name === 'canary') return selectors.canary;
    if (name === 'primary') return selectors.primary;
    throw new UserError(
      `canary-metric-query holds ${placeholder}; the placeholders are {{canary}} and {{primary}}`,
    );
  });
}

/**
 * `namespace="shop",pod=~"web-[a-z0-9]+-[a-z0-9]+"`: the pods of a Deployment, named
 * `<deployment>-<pod-template-hash>-<suffix>`. Prometheus anchors the regex, so the pods of `web` never
 * match those of `web-canary`. (A Deployment name past 47 characters has its pod names cut short by
 * the API server; those pods are not matched.)
 */
export function podMatchers(namespace: string, deploymentName: string): string {
  return `namespace="${namespace}",pod=~"${deploymentName.replaceAll('.', '[.]')}-[a-z0-9]+-[a-z0-9]+"`;
}

/**
 * The metric half of a sample: a value within its threshold passes (`metric 0.012 ≤ 0.05`), one past
 * it fails naming the bound (`metric 0.2 > 0.05 (the maximum)`), NaN, ±Inf and a query that could not
 * be answered fail. Without a threshold any finite value passes.
 */
export function metricSample(
  result: number | Error,
  threshold: MetricThreshold | undefined,
  label = 'metric',
): Sample {
  if (result instanceof Error) return { ok: false, description: `${label}: ${result.message}` };
  if (Number.isNaN(result)) {
    // What an error ratio gives when no requests came: 0/0.
    return { ok: false, description: `${label} NaN is not a number (a ratio of zero requests is 0/0)` };
  }
  if (!Number.isFinite(result)) {
    return { ok: false, description: `${label} ${result > 0 ? '+Inf' : '-Inf'} is not a finite number` };
  }
  if (!threshold) return { ok: true, description: `${label} ${formatNumber(result)}` };
  const [value, bound] = formatPair(result, threshold.value);
  if (threshold.bound === 'max') {
    return result <= threshold.value
      ? { ok: true, description: `${label} ${value} ≤ ${bound}` }
      : { ok: false, description: `${label} ${value} > ${bound} (the maximum)` };
  }
  return result >= threshold.value
    ? { ok: true, description: `${label} ${value} ≥ ${bound}` }
    : { ok: false, description: `${label} ${value} < ${bound} (the minimum)` };
}

/**
 * Queries Prometheus and judges the value: a failing sample, never an exception, when Prometheus
 * cannot answer, since a canary nobody can measure must not pass.
 */
export async function sampleMetric(check: MetricCheck, options: PrometheusOptions = {}): Promise<Sample> {
  let result: number | Error;
  try {
    result = await queryPrometheus(check.prometheusUrl, check.query, options);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    result = error;
  }
  return metricSample(result, check.threshold, check.label);
}

/** The bound as written; the value to four significant digits, more when needed to tell it from the bound. */
function formatPair(value: number, bound: number): [string, string] {
  const shownBound = String(bound);
  for (let digits = 4; digits <= 17; digits++) {
    const shown = formatNumber(value, digits);
    if (value === bound || shown !== shownBound) return [shown, shownBound];
  }
  return [String(value), String(bound)];
}

function formatNumber(value: number, digits = 4): string {
  return String(Number(value.toPrecision(digits)));
}
