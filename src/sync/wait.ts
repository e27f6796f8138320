import pLimit from 'p-limit';
import { cancellation, pause } from '../model/cancel.js';
import type { ClusterClient } from '../cluster/client.js';
import type { KubeObject, ObjectRef } from '../model/object.js';
import type { Readiness } from './readiness-verdict.js';
import { observedReadiness } from './readiness.js';
import { readWorkloadPods } from '../cluster/workload-pods.js';
import { podTrouble } from './pod-progress.js';
import { WaitProgress } from './wait-progress.js';

/** An object to wait for; `generation` is the one the apply response reported, when known. */
export interface WaitTarget extends ObjectRef {
  readonly generation?: number;
  /** The object as the apply answered: the first observation, which needs no request. */
  readonly applied?: KubeObject;
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollMs?: number;
  /** How many objects are read at once. */
  readonly concurrency?: number;
  /**
   * A progress line, at most every `progressMs` per object and only when what it says changed
   * ("deployment/web: 2/3 replicas ready, 1 Pending: Insufficient cpu"), and a final line per object
   * with the time it took.
   */
  readonly log?: (line: string) => void;
  /** On a terminal: one status line rewritten in place, instead of the progress lines. */
  readonly status?: (line: string) => void;
  /** How often progress is told; 5 s unless a test says otherwise. */
  readonly progressMs?: number;
  /** The clock of the deadline and of the progress: Date.now, or a test's. */
  readonly now?: () => number;
  /** Aborted when the run is cancelled: the wait ends at once, reporting what was still pending. */
  readonly signal?: AbortSignal;
}

export interface WaitResult {
  readonly ok: boolean;
  /** The objects that failed or were still not ready at the deadline, with why. */
  readonly problems: { ref: ObjectRef; message: string }[];
  /** The run was cancelled while waiting: the problems say so, and nobody learned why. */
  readonly cancelled?: true;
}

export function shortName(ref: ObjectRef): string {
  return `${ref.kind.toLowerCase()}/${ref.name}`;
}

/** `Deployment shop/web`. */
export function subjectOf(ref: ObjectRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

/** `2/3 replicas ready, 1 Pending: Insufficient cpu`: the readiness, and why pods are not ready. */
async function withPods(client: ClusterClient, object: KubeObject | undefined, message: string) {
  if (!object) return message;
  try {
    const trouble = podTrouble((await readWorkloadPods(client, object)).pods);
    return trouble ? `${message}, ${trouble}` : message;
  } catch {
    // Progress is a courtesy: a read that fails leaves the line as the readiness says it.
    return message;
  }
}

/**
 * Polls the objects until each is ready, one fails, or the timeout passes. A failure that is final
 * (ProgressDeadlineExceeded, a failed Job, an object deleted under the wait) ends the wait at once
 * instead of burning the timeout.
 */
export async function waitUntilReady(
  client: ClusterClient,
  refs: readonly WaitTarget[],
  options: WaitOptions,
): Promise<WaitResult> {
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  const pending = new Map(refs.map((ref) => [ref, undefined as Readiness | undefined]));
  const lastSeen = new Map<WaitTarget, KubeObject>();
  const limit = pLimit(options.concurrency ?? 8);
  const progress = new WaitProgress({
    now,
    everyMs: options.progressMs ?? 5000,
    line: options.log,
    status: options.status,
  });
  const observe = (ref: WaitTarget, object: KubeObject | undefined) => {
    const seen = lastSeen.get(ref);
    const readiness = observedReadiness(object, seen, { generation: ref.generation });
    if (object) lastSeen.set(ref, object);
    pending.set(ref, readiness);
    if (readiness.ok) progress.done(shortName(ref), readiness.message);
    else if (readiness.done) options.log?.(`${shortName(ref)}: ${readiness.message}`);
    return readiness;
  };
  // Every few seconds, what the pods of each object still waited for say, when that changed.
  const tellProgress = async () => {
    if (!progress.due()) return;
    await Promise.all(
      [...pending].map(([ref, readiness]) =>
        limit(async () =>
          progress.waiting(
            shortName(ref),
            await withPods(client, lastSeen.get(ref), readiness?.message ?? 'no status'),
          ),
        ),
      ),
    );
    progress.tell();
  };
  // What the apply answered tells at once about most objects (a ConfigMap, a Service): only the
  // others are read again, straight after.
  let fromAnswers = refs.some((ref) => ref.applied);
  for (;;) {
    const observed = fromAnswers
      ? refs.flatMap((ref) => (ref.applied ? [{ ref, readiness: observe(ref, ref.applied) }] : []))
      : await Promise.all(
          [...pending.keys()].map((ref) =>
            limit(async () => ({ ref, readiness: observe(ref, await client.get(ref)) })),
          ),
        );
    const failed = observed.find(({ readiness }) => readiness.done && !readiness.ok);
    if (failed) return { ok: false, problems: [{ ref: failed.ref, message: failed.readiness.message }] };
    for (const { ref, readiness } of observed) if (readiness.done) pending.delete(ref);
    if (pending.size === 0) return { ok: true, problems: [] };
    if (fromAnswers) {
      fromAnswers = false;
      continue;
    }
    await tellProgress();
    const cancelled = cancellation(options.signal);
    if (cancelled) {
      return {
        ok: false,
        cancelled: true,
        problems: [...pending].map(([ref, readiness]) => ({
          ref,
          message: `${cancelled.message} while waiting: ${readiness?.message ?? 'no status'}`,
        })),
      };
    }
    if (now() >= deadline) {
      const waited =
        options.timeoutMs < 1000 ? `${options.timeoutMs}ms` : `${Math.round(options.timeoutMs / 1000)}s`;
      return {
        ok: false,
        problems: [...pending].map(([ref, readiness]) => ({
          ref,
          message: `not ready after ${waited}: ${readiness?.message ?? 'no status'}`,
        })),
      };
    }
    await pause(Math.min(options.pollMs ?? 2000, Math.max(0, deadline - now())), options.signal);
  }
}

/** `Deployment shop/web: not ready after 5m: 1/2 replicas ready`, one line per problem. */
export function describeWaitProblems(result: WaitResult): string[] {
  return result.problems.map(({ ref, message }) => `${subjectOf(ref)}: ${message}`);
}
