import { KubeApiError } from './api-error.js';
import type { ClusterClient } from './client.js';
import { ID_LABEL, isMember } from './inventory.js';
import type { FieldSet, ManagedFieldsEntry } from './managed-fields.js';
import { managedFieldsOf, unionOf } from './managed-fields.js';
import { LEGACY_FIELD_MANAGER } from '../model/app-identity.js';
import type { KubeObject, ObjectRef } from '../model/object.js';
import { isRecord, labelOf, metadataOf } from '../model/resource.js';

/** A race with another writer is retried this many times; then the apply goes on and conflicts, if it must. */
const ATTEMPTS = 3;

/**
 * Whether this member of the app's set, or its parent, still has fields applied by the legacy manager
 * `kubesync`, which every app shared: they are the app's own, and move to its manager before it applies.
 */
export function holdsLegacyFields(object: KubeObject | undefined, applySetId: string): boolean {
  if (!object || !(isMember(object, applySetId) || labelOf(object, ID_LABEL) === applySetId)) return false;
  return managedFieldsOf(object).some(isLegacyApply);
}

/**
 * The managed fields with the legacy manager's Apply entries renamed to `manager` (kubectl's
 * csaupgrade does the same for client-side apply): an entry `manager` already has for the same version
 * takes their fields, so that there is one entry per manager and version.
 */
export function withLegacyRenamed(object: KubeObject, manager: string): ManagedFieldsEntry[] {
  const entries = managedFieldsOf(object);
  const merged: ManagedFieldsEntry[] = [];
  for (const entry of entries) {
    const named = isLegacyApply(entry) ? { ...entry, manager } : entry;
    const same = merged.find(
      (other) =>
        other.manager === named.manager &&
        other.operation === named.operation &&
        other.apiVersion === named.apiVersion &&
        other.subresource === named.subresource,
    );
    if (same && named.manager === manager)
      same.fieldsV1 = unionOf(fieldSet(same.fieldsV1), fieldSet(named.fieldsV1));
    else merged.push({ ...named });
  }
  return merged;
}

/**
 * Moves the legacy manager's fields on a member of this app's set (or its parent) to the app's
 * manager: a merge patch of the managed fields alone, made on the resourceVersion read, so that a
 * change made meanwhile fails it (409) and the object is read again. Returns whether it wrote.
 */
export async function migrateLegacyManager(
  client: ClusterClient,
  ref: ObjectRef,
  applySetId: string,
  manager: string,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const current = await client.get(ref);
    if (!current || !holdsLegacyFields(current, applySetId)) return false;
    const metadata = metadataOf(current);
    try {
      await client.replace({
        ...current,
        metadata: { ...metadata, managedFields: withLegacyRenamed(current, manager) },
      });
      return true;
    } catch (error) {
      if (!(error instanceof KubeApiError && error.status === 409) || attempt === ATTEMPTS) throw error;
    }
  }
}

function isLegacyApply(entry: ManagedFieldsEntry): boolean {
  return entry.manager === LEGACY_FIELD_MANAGER && entry.operation === 'Apply' && !entry.subresource;
}

function fieldSet(value: unknown): FieldSet {
  return isRecord(value) ? (value as FieldSet) : {};
}
