import type { KubeObject } from '../model/object.js';
import { isRecord, metadataOf } from '../model/resource.js';

/**
 * A field set in the API server's FieldsV1 form, as `metadata.managedFields[].fieldsV1` carries it:
 * `f:<field>` for a map field, `k:<json keys>` for a list item found by its keys, `v:<json>` for a set
 * item, `i:<index>` for an item by position, and `.` for the item itself.
 */
export type FieldSet = { [key: string]: FieldSet };

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  subresource?: string;
  fieldsV1?: unknown;
}

/** Every entry of an object's `metadata.managedFields`. */
export function managedFieldsOf(object: KubeObject | undefined): ManagedFieldsEntry[] {
  const entries = object ? metadataOf(object).managedFields : undefined;
  return Array.isArray(entries) ? entries.filter(isRecord) : [];
}

/** The names of an object's field managers, each once. */
export function managersOf(object: KubeObject): string[] {
  const managers = managedFieldsOf(object).flatMap((entry) =>
    typeof entry.manager === 'string' ? [entry.manager] : [],
  );
  return [...new Set(managers)];
}

/** A manager's entries for the main resource (never status) through the given operation. */
function entriesOf(object: KubeObject | undefined, manager: string, operation: string): ManagedFieldsEntry[] {
  return managedFieldsOf(object).filter(
    (entry) => entry.manager === manager && entry.operation === operation && !entry.subresource,
  );
}

/** Whether a manager has applied fields of the main resource (server-side apply, never status). */
export function hasAppliedFields(object: KubeObject, manager: string): boolean {
  return entriesOf(object, manager, 'Apply').length > 0;
}

/** The fields a manager owns on the main resource through the given operation (never status). */
export function ownedFields(object: KubeObject | undefined, manager: string, operation = 'Apply'): FieldSet {
  return entriesOf(object, manager, operation).reduce<FieldSet>(
    (union, entry) => unionOf(union, asFieldSet(entry.fieldsV1)),
    {},
  );
}

/**
 * The fields of a manager's last server-side apply to the main resource and the version it was
 * written in; undefined unless the object has exactly one such entry.
 */
export function appliedFieldsOf(
  object: KubeObject,
  manager: string,
): { apiVersion: string; fields: FieldSet } | undefined {
  const applied = entriesOf(object, manager, 'Apply');
  const [entry] = applied;
  if (applied.length !== 1 || !entry?.apiVersion || !isRecord(entry.fieldsV1)) return undefined;
  return { apiVersion: entry.apiVersion, fields: entry.fieldsV1 as FieldSet };
}

export function unionOf(a: FieldSet, b: FieldSet): FieldSet {
  const union: FieldSet = { ...a };
  for (const [key, child] of Object.entries(b)) union[key] = key in a ? unionOf(a[key] ?? {}, child) : child;
  return union;
}

/**
 * The part of `object` that the field set covers: what a manager would send to server-side apply to
 * own exactly those fields with their current values. List items keep their keys so the server can
 * match them; a field whose node is empty is taken whole.
 */
export function extractFields(object: KubeObject, fields: FieldSet): KubeObject {
  return extractMap(object, fields);
}

function extractMap(value: Record<string, unknown>, fields: FieldSet): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(fields)) {
    if (!key.startsWith('f:')) continue;
    const name = key.slice(2);
    if (!(name in value)) continue;
    result[name] = extractValue(value[name], child);
  }
  return result;
}

function extractValue(value: unknown, fields: FieldSet): unknown {
  const childKeys = Object.keys(fields).filter((key) => key !== '.');
  if (childKeys.length === 0) return structuredClone(value);
  if (Array.isArray(value)) return extractList(value, fields);
  if (isRecord(value)) return extractMap(value, fields);
  return structuredClone(value);
}

function extractList(items: readonly unknown[], fields: FieldSet): unknown[] {
  const picked: { index: number; value: unknown }[] = [];
  for (const [key, child] of Object.entries(fields)) {
    if (key.startsWith('k:')) {
      const keys = parseJson(key.slice(2));
      if (!isRecord(keys)) continue;
      const index = items.findIndex((item) => isRecord(item) && matchesKeys(item, keys));
      const item = items[index];
      if (!isRecord(item)) continue;
      picked.push({ index, value: { ...structuredClone(keys), ...extractMap(item, child) } });
    } else if (key.startsWith('v:')) {
      const wanted = key.slice(2);
      const index = items.findIndex((item) => JSON.stringify(item) === wanted);
      if (index >= 0) picked.push({ index, value: structuredClone(items[index]) });
    } else if (key.startsWith('i:')) {
      const index = Number(key.slice(2));
      if (index < items.length) picked.push({ index, value: extractValue(items[index], child) });
    }
  }
  return picked.sort((a, b) => a.index - b.index).map((entry) => entry.value);
}

function matchesKeys(item: Record<string, unknown>, keys: Record<string, unknown>): boolean {
  return Object.entries(keys).every(([name, value]) => JSON.stringify(item[name]) === JSON.stringify(value));
}

function asFieldSet(value: unknown): FieldSet {
  return isRecord(value) ? (value as FieldSet) : {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
