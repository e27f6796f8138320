import type { ClusterClient } from '../cluster/client.js';
import { LEGACY_FIELD_MANAGER } from '../model/app-identity.js';
import { describeApiError } from '../cluster/describe-error.js';
import { KubeApiError } from '../cluster/api-error.js';
import type { KubeObject } from '../model/object.js';
import { metadataOf } from '../model/resource.js';
import type { Log } from '../model/log.js';
import type { AppliedChange } from './apply.js';
import { extractFields, ownedFields, unionOf } from '../cluster/managed-fields.js';
import { deleteAndWaitUntilGone } from './replace.js';

export interface RollbackOutcome {
  /** `Deployment shop/web: restored` / `ConfigMap shop/new: deleted (created by this apply)`. */
  readonly restored: string[];
  readonly failures: Error[];
}

/**
 * Puts back what an apply changed, with the same field manager and operation the apply used (a PUT
 * would leave a second owner, the app's manager with operation Update, that the next apply conflicts with).
 * Objects it updated get back the fields kubesync managed before, with their values from before;
 * fields only this apply added are released, so the server removes them. Objects it created are
 * deleted, on the condition that they are still the ones it created.
 */
export async function rollBack(
  client: ClusterClient,
  applied: readonly AppliedChange[],
  options: { timeoutMs: number; pollMs?: number; log: Log; fieldManager: string },
): Promise<RollbackOutcome> {
  const restored: string[] = [];
  const failures: Error[] = [];
  for (const change of [...applied].reverse()) {
    try {
      const line = await rollBackOne(client, change, options);
      restored.push(`${change.subject}: ${line}`);
      options.log.info(`${change.subject}: ${line}`);
    } catch (error) {
      failures.push(describeApiError(error, `rollback of ${change.subject}`, change.origin));
    }
  }
  return { restored, failures };
}

async function rollBackOne(
  client: ClusterClient,
  change: AppliedChange,
  options: { timeoutMs: number; pollMs?: number; fieldManager: string },
): Promise<string> {
  const uid = metadataOf(change.result).uid;
  if (change.action === 'create' || !change.live) {
    try {
      await client.delete(change.ref, 'Background', { uid: typeof uid === 'string' ? uid : undefined });
      return 'deleted (created by this apply)';
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 409)
        return 'left in place (replaced by someone else since)';
      throw error;
    }
  }
  const current = await client.get(change.ref);
  const previous = previousState(change.live, current, options.fieldManager);
  if (change.replace && current) {
    // Its previous form differs in a field the server will not change in place: replace it back.
    await deleteAndWaitUntilGone(client, change.ref, metadataOf(current).uid, options);
  }
  await client.apply(previous, { force: true });
  return 'restored';
}

/**
 * What kubesync last applied, as the server holds it: the fields it owned before this apply (and those
 * this apply took), with their values from before. Applying this releases every field the failed
 * apply added and owned alone.
 */
export function previousState(
  live: KubeObject,
  current: KubeObject | undefined,
  fieldManager: string,
): KubeObject {
  // Before this apply the fields may have been the legacy manager's, which the apply moved to the app's.
  const before = unionOf(ownedFields(live, fieldManager), ownedFields(live, LEGACY_FIELD_MANAGER));
  const fields = unionOf(before, ownedFields(current, fieldManager));
  const extracted = extractFields(live, fields);
  const metadata = metadataOf(live);
  return {
    ...extracted,
    apiVersion: live.apiVersion,
    kind: live.kind,
    metadata: {
      ...metadataOf(extracted),
      name: metadata.name,
      ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
    },
  };
}
