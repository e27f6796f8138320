import type { AppliedChange } from '../sync/apply.js';
import { explainWaitProblems } from '../sync/explain-failures.js';
import { waitUntilReady } from '../sync/wait.js';
import type { FailureReport } from '../model/failure-report.js';
import type { ClusterClient } from '../cluster/client.js';
import { metadataOf } from '../model/resource.js';
import type { Log } from '../model/log.js';
import type { KubeObject } from '../model/object.js';
import { refOf } from '../model/object.js';

/** What a canary or blue-green rollout needs from the sync it is a stage of. */
export interface RolloutContext {
  readonly client: ClusterClient;
  readonly log: Log;
  /** How long each wait for readiness may take: the timeout input. */
  readonly timeoutMs: number;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
  /** Tells GitHub (the Deployment's in_progress status) which stage the rollout is in. */
  readonly progress: (description: string) => Promise<void>;
  /** Waits between analysis samples and during blue-green-keep; tests pass one that returns at once. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Where the report of a rollout that did not become ready goes. */
  readonly failures: FailureReport[];
}

/** What one rollout came to: the primary carries the new template, it waits for a decision, or it failed. */
export type RolloutOutcome =
  | { readonly kind: 'promoted'; readonly applied: AppliedChange; readonly notes: readonly string[] }
  | { readonly kind: 'waiting'; readonly notes: readonly string[] }
  | { readonly kind: 'failed'; readonly applied?: AppliedChange; readonly problems: readonly string[] };

/** Until the object (as the apply answered) is ready; the problems, one line each, when it is not. */
export async function waitForRollout(context: RolloutContext, applied: KubeObject): Promise<string[]> {
  const generation = metadataOf(applied).generation;
  const result = await waitUntilReady(
    context.client,
    [{ ...refOf(applied), generation: typeof generation === 'number' ? generation : undefined, applied }],
    {
      timeoutMs: context.timeoutMs,
      pollMs: context.pollMs,
      signal: context.signal,
      log: context.log.info,
      status: context.log.status,
    },
  );
  return explainWaitProblems({ client: context.client, reports: context.failures }, result);
}

/** Deletes the object; gone already is fine. */
export async function remove(context: RolloutContext, object: KubeObject, subject: string): Promise<void> {
  if (await context.client.delete(refOf(object), 'Background')) context.log.info(`${subject}: deleted`);
}
