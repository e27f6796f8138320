import { setTimeout as sleep } from 'node:timers/promises';

/** How hard to try before giving up on a remote call that keeps failing in a transient way. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No new attempt starts once this much time has passed since the first. */
  readonly maxElapsedMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxElapsedMs: 60_000,
};

/** What a failed attempt means: give up now, or try again (after at least `afterMs`, e.g. Retry-After). */
export type RetryVerdict = { retry: false } | { retry: true; afterMs?: number; reason: string };

/**
 * Calls `attempt` until it succeeds, `classify` says the failure is not transient, or the policy runs
 * out. Waits grow exponentially with full jitter, so many clients retrying at once spread out.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (reason: string, waitMs: number, attemptNumber: number) => void,
): Promise<T> {
  const started = Date.now();
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || attemptNumber >= policy.maxAttempts) throw error;
      const backoff =
        Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
      const waitMs = Math.min(policy.maxDelayMs, Math.max(backoff, verdict.afterMs ?? 0));
      if (Date.now() - started + waitMs > policy.maxElapsedMs) throw error;
      onRetry?.(verdict.reason, waitMs, attemptNumber);
      await sleep(waitMs);
    }
  }
}

/**
 * `withRetry` whose retries cost the log at most two lines, not one per attempt: the first retry as it
 * happens, then how many there were once the request is answered or given up.
 */
export async function withCountedRetry<T>(
  label: string,
  attempt: () => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy,
  report: ((line: string) => void) | undefined,
): Promise<T> {
  let retries = 0;
  let lastReason = '';
  const said = (reason: string) => (reason.startsWith(label) ? reason : `${label}: ${reason}`);
  try {
    const result = await withRetry(attempt, classify, policy, (reason, waitMs, attemptNumber) => {
      retries = attemptNumber;
      lastReason = reason;
      if (attemptNumber === 1) report?.(`${said(reason)}; retrying in ${Math.round(waitMs)} ms`);
    });
    if (retries > 0) report?.(`${label}: answered after ${retries === 1 ? '1 retry' : `${retries} retries`}`);
    return result;
  } catch (error) {
    if (retries > 0)
      report?.(`${said(lastReason)}; gave up after ${retries === 1 ? '1 retry' : `${retries} retries`}`);
    throw error;
  }
}

/** An HTTP error as the retry policy sees it. */
export interface HttpFailure {
  readonly status: number;
  readonly retryAfter?: string | null;
  /** `503 ServiceUnavailable`, for the retry log line. */
  readonly reason: string;
}

/**
 * The policy every client of kubesync shares: 429 after its Retry-After, 5xx, and dropped or timed-out
 * connections are transient; any other answer is final.
 */
export function classifyHttpFailure(error: unknown, failure: HttpFailure | undefined): RetryVerdict {
  if (failure) {
    if (failure.status === 429)
      return { retry: true, afterMs: parseRetryAfter(failure.retryAfter), reason: '429 Too Many Requests' };
    if ([500, 502, 503, 504].includes(failure.status)) return { retry: true, reason: failure.reason };
    return { retry: false };
  }
  if (isTransientNetworkError(error)) return { retry: true, reason: (error as Error).message };
  return { retry: false };
}

/** Seconds or an HTTP date, as a Retry-After header gives it, in milliseconds. */
export function parseRetryAfter(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  // undici's own request API reports these unwrapped: an HTTP/2 GOAWAY or stream reset, a pool
  // closed or destroyed under the request, an answer cut short, a proxy that could not connect.
  'UND_ERR_INFO',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_PRX_CONN',
]);

/** Failures that prove the request never reached the server: retrying it cannot act twice. */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A system or undici error (`ENOTFOUND`, `UND_ERR_SOCKET`), or one of TLS and its certificates. */
const NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;
const CERTIFICATE_CODE = /CERT|SSL|TLS|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME_MISMATCH/;

/**
 * The code of a failure to talk to the server at all, transient or not (an unknown host, a
 * certificate that does not verify), however deep it is wrapped; undefined for anything else.
 */
export function networkFailureOf(error: unknown): { code: string; certificate: boolean } | undefined {
  for (const { code } of errorChain(error)) {
    if (typeof code === 'string' && (NETWORK_CODE.test(code) || CERTIFICATE_CODE.test(code)))
      return { code, certificate: CERTIFICATE_CODE.test(code) };
  }
  return undefined;
}

/** An error and the causes it wraps, outermost first, five deep at most. */
export function errorChain(error: unknown): { code?: unknown; name?: unknown }[] {
  const chain: { code?: unknown; name?: unknown; cause?: unknown }[] = [];
  for (let current = error; current && chain.length < 5;) {
    const link = current as { code?: unknown; name?: unknown; cause?: unknown };
    chain.push(link);
    current = link.cause;
  }
  return chain;
}

/**
 * Whether a failed request may still have taken effect: the connection broke after it was sent, it
 * timed out, or the server failed while handling it (500, 502, 504). 429 and 503 are refusals before
 * any work (rate limits, API priority and fairness), and a refused connection never sent anything.
 */
export function mayHaveTakenEffect(error: unknown, status?: number): boolean {
  if (status !== undefined) return [500, 502, 504].includes(status);
  if (errorChain(error).some(({ code }) => typeof code === 'string' && NEVER_SENT_CODES.has(code)))
    return false;
  return isTransientNetworkError(error);
}

/** A reset, refused or timed-out connection, however deep fetch wrapped it. */
export function isTransientNetworkError(error: unknown): boolean {
  return (
    errorChain(error).some(
      ({ code, name }) =>
        (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code)) || name === 'TimeoutError',
    ) ||
    (error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message))
  );
}
