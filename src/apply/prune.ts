import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import { isMember } from '../cluster/inventory.js';
import { metadataOf } from '../manifests/resource.js';
import type { Change } from '../plan/change.js';
import { compareObjects } from '../plan/order.js';
import type { Log } from '../model/log.js';
import { keptBy } from '../manifests/sync-options.js';
import { waveOfChange } from './waves.js';

/**
 * Deletes the ApplySet members the plan marked for deletion, highest sync wave first and dependants
 * first within a wave (the apply order reversed). Each object is read again and deleted only if it still carries this set's label, so a
 * prune can never remove an object someone else took over in the meantime.
 */
export async function pruneMembers(
  client: ClusterClient,
  changes: readonly Change[],
  applySetId: string,
  propagationPolicy: 'Background' | 'Foreground' | 'Orphan',
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
      const current = await client.get(change.ref);
      if (!current) continue;
      if (!isMember(current, applySetId)) {
        log.warning(`${change.subject}: no longer labelled as part of this app; left in place`);
        continue;
      }
      // Annotated since the plan (Prune=false, helm.sh/resource-policy: keep): still never pruned.
      const keptFor = keptBy(current);
      if (keptFor) {
        log.info(`${change.subject}: kept (${keptFor})`);
        kept.push(change);
        continue;
      }
      const uid = metadataOf(current).uid;
      // Exactly the object just checked: a 409 means it was replaced since, and is not ours to delete.
      if (await client.delete(change.ref, propagationPolicy, typeof uid === 'string' ? { uid } : {})) {
        pruned.push(change);
        log.info(`${change.subject}: pruned`);
      }
    } catch (error) {
      failures.push({ change, error: describeApiError(error, change.subject) });
    }
  }
  return { pruned, kept, failures };
}
