import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import { isMember } from '../cluster/inventory.js';
import { metadataOf } from '../model/resource.js';
import type { Change } from '../plan/change.js';
import { compareObjects } from '../plan/order.js';
import type { Log } from '../model/log.js';
import { keptBy } from '../manifests/sync-options.js';
import { waveOfChange } from './waves.js';
import { KubeApiError } from '../cluster/api-error.js';
import type { PropagationPolicy } from '../cluster/client.js';

/** An object changed between its read and its delete is read again, this many times at most. */
const ATTEMPTS = 3;

type PruneOutcome = 'pruned' | 'gone' | 'not ours' | { readonly kept: string };

/**
 * Deletes the ApplySet members the plan marked for deletion, highest sync wave first and dependants
 * first within a wave (the apply order reversed). Each object is read again and deleted only if it
 * still carries this set's label, and only as it was read (its uid and resourceVersion as the delete's
 * preconditions), so a prune can never remove an object someone else took over in the meantime.
 */
export async function pruneMembers(
  client: ClusterClient,
  changes: readonly Change[],
  applySetId: string,
  propagationPolicy: PropagationPolicy,
  log: Log,
): Promise<{ pruned: Change[]; kept: Change[]; failures: { change: Change; error: Error }[] }> {
  const deletions = changes
    .filter((change) => change.action === 'delete')
    .sort((a, b) => waveOfChange(b) - waveOfChange(a) || compareObjects(b.live ?? {}, a.live ?? {}));
  const pruned: Change[] = [];
  const kept: Change[] = [];
  const failures: { change: Change; error: Error }[] = [];
  for (const change of deletions) {
    try {
      const outcome = await pruneOne(client, change, applySetId, propagationPolicy);
      if (outcome === 'pruned') {
        pruned.push(change);
        log.info(`${change.subject}: pruned`);
      } else if (outcome === 'not ours') {
        log.warning(`${change.subject}: no longer labelled as part of this app; left in place`);
      } else if (outcome !== 'gone') {
        log.info(`${change.subject}: kept (${outcome.kept})`);
        kept.push(change);
      }
    } catch (error) {
      failures.push({ change, error: describeApiError(error, change.subject) });
    }
  }
  return { pruned, kept, failures };
}

/**
 * Deletes the member if, as read now, it still carries this set's label and nothing keeps it. The
 * server deletes only the version read: one changed since answers 409, and is read and checked again.
 */
async function pruneOne(
  client: ClusterClient,
  change: Change,
  applySetId: string,
  propagationPolicy: PropagationPolicy,
): Promise<PruneOutcome> {
  for (let attempt = 1; ; attempt++) {
    const current = await client.get(change.ref);
    if (!current) return 'gone';
    if (!isMember(current, applySetId)) return 'not ours';
    // Annotated since the plan (Prune=false, helm.sh/resource-policy: keep): still never pruned.
    const keptFor = keptBy(current);
    if (keptFor) return { kept: keptFor };
    const { uid, resourceVersion } = metadataOf(current);
    const preconditions = {
      ...(typeof uid === 'string' ? { uid } : {}),
      ...(typeof resourceVersion === 'string' ? { resourceVersion } : {}),
    };
    try {
      return (await client.delete(change.ref, propagationPolicy, preconditions)) ? 'pruned' : 'gone';
    } catch (error) {
      if (!(error instanceof KubeApiError && error.status === 409) || attempt === ATTEMPTS) throw error;
    }
  }
}
