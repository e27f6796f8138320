import pLimit from 'p-limit';
import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { Change } from '../plan/change.js';
import { isFirstStage } from '../plan/order.js';
import type { Log } from '../report/log.js';
import { waitUntilReady } from './wait.js';

export interface ApplyOptions {
  readonly forceConflicts: boolean;
  readonly concurrency: number;
  /** Bound on waiting for CRDs of the first stage to be established. */
  readonly crdTimeoutMs: number;
  readonly pollMs?: number;
  readonly log: Log;
}

export interface ApplyOutcome {
  /** Changes the cluster accepted, in the order applied. */
  readonly applied: Change[];
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
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const toApply = changes.filter(
    (change) => change.desired && (change.action === 'create' || change.action === 'update'),
  );
  const first = toApply.filter((change) => isFirstStage(change.desired ?? {}));
  const rest = toApply.filter((change) => !isFirstStage(change.desired ?? {}));
  const applied: Change[] = [];
  const failures: Error[] = [];

  await applyStage(client, first, options, applied, failures);
  if (failures.length > 0) return { applied, failures };
  const crds = first
    .filter((change) => change.ref.kind === 'CustomResourceDefinition')
    .map((change) => change.ref);
  if (crds.length > 0) {
    const established = await waitUntilReady(client, crds, {
      timeoutMs: options.crdTimeoutMs,
      pollMs: options.pollMs,
      log: options.log.info,
    });
    if (!established.ok) {
      return {
        applied,
        failures: established.problems.map((problem) => new Error(`${problem.ref.name}: ${problem.message}`)),
      };
    }
    client.refreshDiscovery();
  }
  await applyStage(client, rest, options, applied, failures);
  return { applied, failures };
}

async function applyStage(
  client: ClusterClient,
  changes: readonly Change[],
  options: ApplyOptions,
  applied: Change[],
  failures: Error[],
): Promise<void> {
  const limit = pLimit(options.concurrency);
  await Promise.all(
    changes.map((change) =>
      limit(async () => {
        try {
          await client.apply(change.desired ?? {}, { force: options.forceConflicts });
          applied.push(change);
          options.log.info(`${change.subject}: ${change.action === 'create' ? 'created' : 'configured'}`);
        } catch (error) {
          failures.push(describeApiError(error, change.subject, change.origin));
        }
      }),
    ),
  );
}
