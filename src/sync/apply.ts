import pLimit from 'p-limit';
import { cancellation, pause } from '../model/cancel.js';
import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { Change } from '../plan/change.js';
import { isFirstStage } from '../plan/order.js';
import type { KubeObject } from '../model/object.js';
import { isRecord, metadataOf } from '../model/resource.js';
import type { Log } from '../model/log.js';
import { deleteAndWaitUntilGone } from './replace.js';
import { holdsLegacyFields, migrateLegacyManager } from '../cluster/legacy-manager.js';
import { bookkeepingOf } from '../plan/bookkeeping.js';
import { waitUntilReady } from './wait.js';

export interface StagedApplyOptions {
  /** The app's set and field manager: fields its members hold by the legacy manager move to its own. */
  readonly applySetId: string;
  readonly fieldManager: string;
  readonly forceConflicts: boolean;
  readonly concurrency: number;
  /** Bound on waiting for CRDs of the first stage to be established, and for replaced objects to go. */
  readonly timeoutMs: number;
  readonly pollMs?: number;
  /** Aborted when the run is cancelled: objects not yet sent are left for the next run. */
  readonly signal?: AbortSignal;
  readonly log: Log;
}

/** A change the cluster accepted, with the object as the server stored it. */
export type AppliedChange = Change & { readonly result: KubeObject };

export interface ApplyOutcome {
  /** Changes the cluster accepted, in the order applied. */
  readonly applied: AppliedChange[];
  readonly failures: Error[];
}

/**
 * Staged server-side apply (fluxcd/pkg ssa ApplyAllStaged): Namespaces and CRDs first, then wait for
 * the CRDs to be established and refresh discovery so their custom resources resolve, then everything
 * else in parallel up to the concurrency bound. Only objects the plan found different are applied.
 */
export async function applyChanges(
  client: ClusterClient,
  changes: readonly Change[],
  options: StagedApplyOptions,
): Promise<ApplyOutcome> {
  const toApply = changes.filter(
    (change) => change.desired && (change.action === 'create' || change.action === 'update'),
  );
  const first = toApply.filter((change) => isFirstStage(change.desired ?? {}));
  const rest = toApply.filter((change) => !isFirstStage(change.desired ?? {}));
  const applied: AppliedChange[] = [];
  const failures: Error[] = [];

  await applyStage(client, first, options, applied, failures);
  const cancelled = () => {
    const error = cancellation(options.signal);
    return error ? [error] : [];
  };
  if (failures.length > 0 || cancelled().length > 0)
    return { applied, failures: [...failures, ...cancelled()] };
  const crds = first
    .filter((change) => change.ref.kind === 'CustomResourceDefinition')
    .map((change) => change.ref);
  if (crds.length > 0) {
    const established = await waitUntilReady(client, crds, {
      timeoutMs: options.timeoutMs,
      pollMs: options.pollMs,
      log: options.log.info,
    });
    if (!established.ok) {
      return {
        applied,
        failures: established.problems.map((problem) => new Error(`${problem.ref.name}: ${problem.message}`)),
      };
    }
    const unserved = await untilServed(
      client,
      first.flatMap((change) =>
        change.ref.kind === 'CustomResourceDefinition' ? [change.desired ?? {}] : [],
      ),
      options,
    );
    if (unserved.length > 0) return { applied, failures: unserved };
  }
  await applyStage(client, rest, options, applied, failures);
  return { applied, failures: [...failures, ...cancelled()] };
}

/**
 * A CRD's kinds as discovery must serve them before its custom resources can be applied: Established
 * can come a moment before the API server's discovery lists the new group, more so on a busy server.
 * Discovery is read afresh until it serves each kind, bounded by the timeout. Says which never came.
 */
async function untilServed(
  client: ClusterClient,
  crds: readonly KubeObject[],
  options: StagedApplyOptions,
): Promise<Error[]> {
  const kinds = crds.flatMap(servedKinds);
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    client.refreshDiscovery();
    const missing: { apiVersion: string; kind: string }[] = [];
    for (const kind of kinds) if (!(await client.resourceFor(kind.apiVersion, kind.kind))) missing.push(kind);
    if (missing.length === 0) return [];
    if (Date.now() >= deadline || options.signal?.aborted)
      return missing.map(
        ({ apiVersion, kind }) =>
          new Error(
            `${kind} in ${apiVersion}: its CRD is established, but the API server does not serve it yet`,
          ),
      );
    await pause(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())), options.signal);
  }
}

/** `example.com/v1 Widget` for each served version of a CRD. */
function servedKinds(crd: KubeObject): { apiVersion: string; kind: string }[] {
  const spec = isRecord(crd.spec) ? crd.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  const versions = Array.isArray(spec.versions) ? spec.versions : [];
  if (typeof spec.group !== 'string' || typeof names.kind !== 'string') return [];
  const kind = names.kind;
  const group = spec.group;
  return versions.flatMap((version) =>
    isRecord(version) && version.served !== false && typeof version.name === 'string'
      ? [{ apiVersion: `${group}/${version.name}`, kind }]
      : [],
  );
}

async function applyStage(
  client: ClusterClient,
  changes: readonly Change[],
  options: StagedApplyOptions,
  applied: AppliedChange[],
  failures: Error[],
): Promise<void> {
  const limit = pLimit(options.concurrency);
  await Promise.all(
    changes.map((change) =>
      limit(async () => {
        if (options.signal?.aborted) return;
        let deleted = false;
        try {
          if (change.replace && change.live) {
            await deleteAndWaitUntilGone(client, change.ref, metadataOf(change.live).uid, {
              ...options,
              onDeleted: () => {
                deleted = true;
              },
            });
          }
          // Adopted from another owner: first kubesync's bookkeeping, which another app may have written.
          if (change.owned?.adoptedBy)
            await client.apply(bookkeepingOf(change.desired ?? {}), { force: true });
          if (holdsLegacyFields(change.live, options.applySetId))
            await migrateLegacyManager(client, change.ref, options.applySetId, options.fieldManager);
          const result = await client.apply(change.desired ?? {}, { force: options.forceConflicts });
          applied.push({ ...change, result });
          options.log.info(`${change.subject}: ${pastTense(change)}`);
        } catch (error) {
          failures.push(describeApiError(error, change.subject, change.origin));
          // Deleted for a replacement that then failed: the rollback has to bring it back.
          if (deleted) applied.push({ ...change, result: {} });
        }
      }),
    ),
  );
}

function pastTense(change: Change): string {
  if (change.replace) return 'replaced';
  return change.action === 'create' ? 'created' : 'configured';
}
