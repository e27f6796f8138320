import { setTimeout as delay } from 'node:timers/promises';

/** One look at the canary: whether it is healthy, and what was seen, for the log and the status. */
export interface Sample {
  readonly ok: boolean;
  /** `web-canary: 2/2 ready, 0 restarts; error rate 0.012 ≤ 0.05` */
  readonly description: string;
}

export interface AnalysisOutcome {
  readonly passed: boolean;
  /** Every sample taken, in order; the last one is the failing one when it failed. */
  readonly samples: readonly Sample[];
  readonly failing?: Sample;
}

export interface AnalysisOptions {
  readonly durationMs: number;
  readonly intervalMs: number;
  readonly check: () => Promise<Sample>;
  /** Waits `ms`, ending early when `signal` is cancelled; tests pass one that returns at once. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly signal?: AbortSignal;
  readonly onSample?: (sample: Sample, index: number) => void;
}

/**
 * Samples the canary at the start, then every interval until the duration has passed, the last sample
 * at the end of the duration; stops at the first failing sample. The schedule is counted in steps,
 * never read from the clock, so a slow check shifts the samples but does not drop one. A cancelled
 * signal ends it by throwing the signal's reason.
 */
export async function runAnalysis(options: AnalysisOptions): Promise<AnalysisOutcome> {
  const { durationMs, intervalMs, check, signal, onSample } = options;
  const sleep = options.sleep ?? sleepUnlessCancelled;
  const samples: Sample[] = [];
  let plannedMs = 0;
  for (let index = 0; ; index++) {
    signal?.throwIfAborted();
    const sample = await untilCancelled(check(), signal);
    samples.push(sample);
    onSample?.(sample, index);
    if (!sample.ok) return { passed: false, samples, failing: sample };
    if (plannedMs >= durationMs) return { passed: true, samples };
    // A non-positive interval would never advance: sample at the start and at the end only.
    const stepMs = intervalMs > 0 ? Math.min(intervalMs, durationMs - plannedMs) : durationMs - plannedMs;
    signal?.throwIfAborted();
    await untilCancelled(sleep(stepMs, signal), signal);
    plannedMs += stepMs;
  }
}

/** One sample of several checks (the pods, the metric): healthy only when every one is. */
export function combineSamples(...parts: readonly Sample[]): Sample {
  return {
    ok: parts.every((part) => part.ok),
    description: parts.map((part) => part.description).join('; '),
  };
}

async function sleepUnlessCancelled(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
}

/** Settles with `work`, or rejects with the signal's reason as soon as it is cancelled, whichever is first. */
async function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  let onAbort: (() => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, cancelled]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
