import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import { KubeApiError } from '../cluster/api-error.js';
import { isRecord } from '../manifests/resource.js';
import type { Change } from '../plan/change.js';
import type { Log } from '../report/log.js';

export interface RollbackOutcome {
  /** `Deployment shop/web: restored` / `ConfigMap shop/new: deleted (created by this apply)`. */
  readonly restored: string[];
  readonly failures: Error[];
}

/**
 * Puts back what an apply changed: objects it updated are replaced by the state captured before the
 * apply (a full PUT, so fields the apply added go away too), objects it created are deleted.
 */
export async function rollBack(
  client: ClusterClient,
  applied: readonly Change[],
  log: Log,
): Promise<RollbackOutcome> {
  const restored: string[] = [];
  const failures: Error[] = [];
  for (const change of [...applied].reverse()) {
    try {
      if (change.action === 'create') {
        await client.delete(change.ref, 'Background');
        restored.push(`${change.subject}: deleted (created by this apply)`);
      } else if (change.live) {
        await restore(client, change);
        restored.push(`${change.subject}: restored`);
      }
      log.info(restored[restored.length - 1] ?? '');
    } catch (error) {
      failures.push(describeApiError(error, `rollback of ${change.subject}`, change.origin));
    }
  }
  return { restored, failures };
}

async function restore(client: ClusterClient, change: Change, attempts = 3): Promise<void> {
  const previous = structuredClone(change.live ?? {});
  delete previous.status;
  for (let attempt = 1; ; attempt++) {
    const current = await client.get(change.ref);
    if (!current) {
      // Gone since (deleted by someone): bring it back as it was.
      const metadata = isRecord(previous.metadata) ? previous.metadata : {};
      for (const field of ['resourceVersion', 'uid', 'managedFields', 'creationTimestamp', 'generation'])
        delete metadata[field];
      await client.create(previous);
      return;
    }
    const metadata = { ...(isRecord(previous.metadata) ? previous.metadata : {}) };
    delete metadata.managedFields;
    metadata.resourceVersion = isRecord(current.metadata) ? current.metadata.resourceVersion : undefined;
    try {
      await client.replace({ ...previous, metadata });
      return;
    } catch (error) {
      // A controller updated it between our read and write: read again.
      if (!(error instanceof KubeApiError && error.status === 409) || attempt >= attempts) throw error;
    }
  }
}
