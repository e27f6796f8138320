import { withDeadline } from '../model/deadline.js';
import type { RetryPolicy } from '../model/retry.js';
import { classifyHttpFailure, isTransientNetworkError, withCountedRetry } from '../model/retry.js';

export interface PrometheusOptions {
  readonly retry?: RetryPolicy;
  /** Deadline of each request, whole answer included. */
  readonly requestTimeoutMs?: number;
  /** Cancels the request in flight (the run was cancelled). */
  readonly signal?: AbortSignal;
  readonly onRetry?: (message: string) => void;
}

/** A query Prometheus could not answer with one number: what went wrong, for a failing sample. */
export class PrometheusError extends Error {
  override readonly name = 'PrometheusError';
}

/** An HTTP answer other than 200, kept for the retry policy. */
class PrometheusHttpError extends PrometheusError {
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** A sample every few seconds: a retry or two rides out a blip without stalling the analysis. */
const PROMETHEUS_RETRY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 2_000,
  maxElapsedMs: 15_000,
};

/**
 * The value of an instant query (`GET <base>/api/v1/query`): a scalar, or a vector of exactly one
 * series. NaN and ±Inf come back as numbers for the caller to judge. Anything else (an error, no data,
 * several series, Prometheus unreachable) throws a PrometheusError whose message names neither the
 * URL's credentials nor, for a query error, anything but Prometheus's own text. Credentials in the
 * URL are sent as Basic auth. Retried on 429, 5xx, timeouts and dropped connections.
 */
export async function queryPrometheus(
  baseUrl: string,
  query: string,
  options: PrometheusOptions = {},
): Promise<number> {
  const { url, authorization, shown } = requestTarget(baseUrl, query);
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const attempt = () =>
    withDeadline(timeoutMs, `Prometheus at ${shown}`, async (deadline) => {
      const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
      const response = await fetch(url, {
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
        signal,
      });
      return valueOf(response.status, response.headers.get('retry-after'), await response.text());
    });
  try {
    return await withCountedRetry(
      `Prometheus at ${shown}`,
      attempt,
      classifyPrometheusFailure,
      options.retry ?? PROMETHEUS_RETRY,
      options.onRetry,
    );
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (error instanceof PrometheusError) throw error;
    if (isTransientNetworkError(error)) {
      throw new PrometheusError(
        (error as Error).name === 'TimeoutError'
          ? `Prometheus at ${shown} gave no complete answer within ${timeoutMs} ms`
          : `could not reach Prometheus at ${shown}: ${networkCause(error)}`,
      );
    }
    throw error;
  }
}

/** `connect ECONNREFUSED 127.0.0.1:9090` rather than fetch's bare `fetch failed`. */
function networkCause(error: unknown): string {
  const { cause } = error as { cause?: unknown };
  return cause instanceof Error && cause.message ? cause.message : (error as Error).message;
}

/** The URL to fetch (fetch refuses one with credentials), its Authorization, and the URL to print. */
function requestTarget(baseUrl: string, query: string) {
  const url = new URL(baseUrl);
  const authorization =
    url.username || url.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
      : undefined;
  url.username = '';
  url.password = '';
  const shown = url.href.replace(/\/+$/, '');
  // Appended, not resolved: a proxy's path prefix (https://proxy/prometheus) must stay.
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
  url.searchParams.set('query', query);
  return { url, authorization, shown };
}

function classifyPrometheusFailure(error: unknown) {
  return classifyHttpFailure(
    error,
    error instanceof PrometheusHttpError
      ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} from Prometheus` }
      : undefined,
  );
}

interface ApiAnswer {
  status?: unknown;
  error?: unknown;
  errorType?: unknown;
  data?: { resultType?: unknown; result?: unknown };
}

function valueOf(status: number, retryAfter: string | null, text: string): number {
  const answer = parseAnswer(text);
  if (answer?.status === 'error') {
    const kind = typeof answer.errorType === 'string' ? ` (${answer.errorType})` : '';
    const said = typeof answer.error === 'string' ? answer.error : 'no reason given';
    throw new PrometheusHttpError(status, retryAfter, `Prometheus refused the query${kind}: ${said}`);
  }
  if (status !== 200) {
    const excerpt = text.trim().slice(0, 200);
    throw new PrometheusHttpError(
      status,
      retryAfter,
      `Prometheus answered ${status}${excerpt ? `: ${excerpt}` : ''}`,
    );
  }
  if (answer?.status !== 'success' || !answer.data) {
    throw new PrometheusError(
      'the answer is not a Prometheus query result; check that canary-prometheus-url is the base URL of the Prometheus API',
    );
  }
  return resultValue(answer.data.resultType, answer.data.result);
}

function parseAnswer(text: string): ApiAnswer | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface Series {
  metric?: Record<string, string>;
  value?: unknown;
}

function resultValue(resultType: unknown, result: unknown): number {
  if (resultType === 'scalar') return sampleValue(result);
  if (resultType !== 'vector') {
    throw new PrometheusError(
      `the query returned a ${String(resultType)}, not one number; write an instant query (no [range] at the end)`,
    );
  }
  const series = Array.isArray(result) ? (result as Series[]) : [];
  if (series.length === 0) {
    throw new PrometheusError(
      'the query returned no data: a canary that gets no requests cannot be judged; check the query and that traffic reaches the canary',
    );
  }
  if (series.length > 1) {
    const named = series.slice(0, 3).map((one) => labelsOf(one.metric));
    throw new PrometheusError(
      `the query returned ${series.length} series (${named.join(', ')}${series.length > 3 ? ', …' : ''}); it must return one: aggregate it, e.g. wrap it in sum()`,
    );
  }
  return sampleValue(series[0]?.value);
}

/** `[<unix time>, "<value>"]`, the value spelled as Go prints floats: NaN, +Inf, -Inf. */
function sampleValue(pair: unknown): number {
  const text: unknown = Array.isArray(pair) ? pair[1] : undefined;
  if (text === 'NaN') return Number.NaN;
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
  if (Number.isNaN(value)) throw new PrometheusError(`the answer holds no number: ${JSON.stringify(pair)}`);
  return value;
}

function labelsOf(metric: Record<string, string> | undefined): string {
  const entries = Object.entries(metric ?? {});
  return `{${entries.map(([name, value]) => `${name}="${value}"`).join(',')}}`;
}
