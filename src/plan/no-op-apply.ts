import type { FieldSet } from '../cluster/managed-fields.js';
import { appliedFieldsOf } from '../cluster/managed-fields.js';
import type { KubeObject } from '../model/object.js';
import { isRecord, metadataOf } from '../model/resource.js';
import { PROVENANCE_ANNOTATIONS } from './normalize.js';

/**
 * Whether server-side applying `desired` as `manager` would leave `live` as it is, told from the live
 * object alone, so that the plan can skip that object's dry run. It holds only when the manager's last
 * apply (its managedFields entry) covers exactly the fields `desired` sets, in the same version, and
 * every one of them already has the desired value: then the apply sets nothing new, drops nothing
 * it set before, and cannot conflict. Provenance annotations, which change every run and no diff
 * shows, count by their presence alone.
 *
 * Anything it cannot prove answers false and the object is dry-run as before: an atomic value must be
 * equal as a whole (its earlier fields cannot be told from the server's defaults), a keyed list must
 * hold our items alone in our order, and a value the server writes in its own form (`cpu: 0.5` stored
 * as `500m`) or a null differs.
 */
export function applyChangesNothing(desired: KubeObject, live: KubeObject, manager: string): boolean {
  const applied = appliedFieldsOf(live, manager);
  if (!applied || applied.apiVersion !== desired.apiVersion || live.apiVersion !== desired.apiVersion)
    return false;
  if (desired.kind !== live.kind) return false;
  const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = desired;
  const liveMetadata = metadataOf(live);
  if (!isRecord(metadata) || typeof metadata.name !== 'string') return false;
  const { name, namespace, ...ownMetadata } = metadata;
  if (name !== liveMetadata.name || namespace !== liveMetadata.namespace) return false;
  const comparable = { ...rest, metadata: withLiveProvenance(ownMetadata, liveMetadata) };
  if (Object.keys(ownMetadata).length === 0) delete (comparable as Record<string, unknown>).metadata;
  return sameMap(comparable, { ...live, metadata: liveMetadata }, applied.fields);
}

/** The provenance annotations with the live values: present or absent, they never make a change. */
function withLiveProvenance(
  metadata: Record<string, unknown>,
  liveMetadata: Record<string, unknown>,
): Record<string, unknown> {
  if (!isRecord(metadata.annotations)) return metadata;
  const liveAnnotations = isRecord(liveMetadata.annotations) ? liveMetadata.annotations : {};
  const annotations = { ...metadata.annotations };
  for (const name of PROVENANCE_ANNOTATIONS) {
    if (name in annotations && name in liveAnnotations) annotations[name] = liveAnnotations[name];
  }
  return { ...metadata, annotations };
}

/** The children of a field-set node, without `.` (the item itself). */
function childKeys(fields: FieldSet): string[] {
  return Object.keys(fields).filter((key) => key !== '.');
}

function sameValue(desired: unknown, live: unknown, fields: FieldSet): boolean {
  if (childKeys(fields).length === 0) return equalWhole(desired, live);
  if (Array.isArray(desired)) return sameList(desired, live, fields);
  if (isRecord(desired)) return sameMap(desired, live, fields);
  return false;
}

/** A map set field by field: exactly the fields we own, each with its value. */
function sameMap(desired: Record<string, unknown>, live: unknown, fields: FieldSet): boolean {
  if (!isRecord(live)) return false;
  const owned = childKeys(fields);
  const names = Object.keys(desired);
  if (owned.length !== names.length) return false;
  return names.every((name) => {
    const child = fields[`f:${name}`];
    return child !== undefined && sameValue(desired[name], live[name], child);
  });
}

/**
 * A list merged by keys (`k:`) or a set (`v:`): the live list holds exactly our items, in our order,
 * so that applying neither adds, drops nor moves one.
 */
function sameList(desired: readonly unknown[], live: unknown, fields: FieldSet): boolean {
  if (!Array.isArray(live) || live.length !== desired.length) return false;
  const liveItems: readonly unknown[] = live;
  const owned = childKeys(fields);
  if (owned.length !== desired.length) return false;
  if (owned.every((key) => key.startsWith('v:')))
    return desired.every((item, index) => `v:${JSON.stringify(item)}` in fields && liveItems[index] === item);
  if (!owned.every((key) => key.startsWith('k:'))) return false;
  const keyed = owned.map((key) => ({ keys: parseKeys(key.slice(2)), fields: fields[key] ?? {} }));
  return desired.every((item, index) => {
    const liveItem = liveItems[index];
    if (!isRecord(item) || !isRecord(liveItem)) return false;
    const match = keyed.find(({ keys }) => keys !== undefined && keysMatch(keys, item, liveItem));
    return match !== undefined && sameMap(item, liveItem, match.fields);
  });
}

/**
 * The live item carries every key value (the server's defaults included, as `protocol: TCP`), and
 * each key the desired item writes has that value.
 */
function keysMatch(
  keys: Record<string, unknown>,
  item: Record<string, unknown>,
  liveItem: Record<string, unknown>,
): boolean {
  return Object.entries(keys).every(
    ([name, value]) =>
      equalWhole(liveItem[name], value) && (!(name in item) || equalWhole(item[name], value)),
  );
}

function parseKeys(text: string): Record<string, unknown> | undefined {
  try {
    const keys = JSON.parse(text) as unknown;
    return isRecord(keys) ? keys : undefined;
  } catch {
    return undefined;
  }
}

/** Deep equality as JSON sees it, whatever the order of a map's keys; a null is never proven. */
function equalWhole(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => equalWhole(item, b[index]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && equalWhole(a[key], b[key]))
    );
  }
  return a === b;
}
