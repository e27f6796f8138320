import type { KubeObject } from '../model/object.js';
import { isRecord, kindOf } from '../model/resource.js';
import { podSpecOf } from '../manifests/pod-spec.js';
import type { Change } from '../plan/change.js';
import { code, plural } from './inline.js';
import { OWN_ANNOTATIONS, OWN_LABELS } from '../plan/own-metadata.js';

/** Images named one by one in a cell; more become "and N more". */
const MAX_IMAGES = 2;
/** Changed fields named when nothing more specific was found. */
const MAX_FIELDS = 3;

/**
 * What a reviewer looks for first in a change, as Markdown for a table cell: the image (`redis:alpine`
 * → `redis:7.2-alpine`), the replicas, how many env values, ConfigMap keys or Secret values changed;
 * else which fields. Compares what kubesync sends (`desired`) with the live object, field by field of
 * the desired side, so what the server defaults never counts. Secret values are only counted.
 */
export function keyChanges(change: Change): string[] {
  const { desired, live } = change;
  if (change.action === 'create' && desired) return imageChanges(undefined, desired);
  if (change.action !== 'update' || !desired || !live) return [];
  const found = [
    ...imageChanges(live, desired),
    ...replicaChange(live, desired),
    ...envChange(live, desired),
    ...dataChange(live, desired),
  ];
  return found.length > 0 ? found : fieldChanges(live, desired);
}

type Container = Record<string, unknown>;

/** Containers and init containers by name. */
function containersOf(object: KubeObject): Map<string, Container> {
  const spec = podSpecOf(object)?.spec;
  const containers = new Map<string, Container>();
  for (const field of ['initContainers', 'containers']) {
    const list = spec?.[field];
    if (!Array.isArray(list)) continue;
    for (const container of list as unknown[])
      if (isRecord(container) && typeof container.name === 'string')
        containers.set(container.name, container);
  }
  return containers;
}

function imageChanges(live: KubeObject | undefined, desired: KubeObject): string[] {
  const before = live ? containersOf(live) : new Map<string, Container>();
  const changes: string[] = [];
  for (const [name, container] of containersOf(desired)) {
    const image = container.image;
    const old = before.get(name)?.image;
    if (typeof image !== 'string' || image === old) continue;
    changes.push(typeof old === 'string' ? `${code(old)} → ${code(image)}` : code(image));
  }
  if (changes.length === 0) return [];
  const more = changes.length > MAX_IMAGES ? [`and ${changes.length - MAX_IMAGES} more`] : [];
  return [`image ${[...changes.slice(0, MAX_IMAGES), ...more].join(', ')}`];
}

function replicaChange(live: KubeObject, desired: KubeObject): string[] {
  const after = isRecord(desired.spec) ? desired.spec.replicas : undefined;
  const before = isRecord(live.spec) ? live.spec.replicas : undefined;
  if (typeof after !== 'number' || after === before) return [];
  return [`replicas ${typeof before === 'number' ? before : '–'} → ${after}`];
}

/** Env entries added, changed or removed, over every container both sides have. */
function envChange(live: KubeObject, desired: KubeObject): string[] {
  const before = containersOf(live);
  let count = 0;
  for (const [name, container] of containersOf(desired)) {
    const old = before.get(name);
    if (old) count += changedEntries(byName(old.env), byName(container.env));
  }
  return count > 0 ? [plural(count, 'env value')] : [];
}

function byName(list: unknown): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (Array.isArray(list))
    for (const item of list as unknown[])
      if (isRecord(item) && typeof item.name === 'string') entries.set(item.name, item);
  return entries;
}

/** Keys added, removed, or whose desired value the live one does not match. */
function changedEntries(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): number {
  let count = [...before.keys()].filter((key) => !after.has(key)).length;
  for (const [key, value] of after) if (!before.has(key) || !covers(before.get(key), value)) count++;
  return count;
}

/** ConfigMap keys, or Secret values (counted, never shown), that differ. */
function dataChange(live: KubeObject, desired: KubeObject): string[] {
  const kind = kindOf(desired);
  if (kind === 'ConfigMap') {
    const count = changedEntries(configMapData(live), configMapData(desired));
    return count > 0 ? [plural(count, 'data key')] : [];
  }
  if (kind === 'Secret') {
    const count = changedEntries(secretData(live), secretData(desired));
    return count > 0 ? [plural(count, 'Secret value')] : [];
  }
  return [];
}

function configMapData(object: KubeObject): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const field of ['data', 'binaryData']) {
    const data = object[field];
    if (isRecord(data))
      for (const [key, value] of Object.entries(data)) entries.set(`${field}/${key}`, value);
  }
  return entries;
}

/** Decoded values: stringData is written over data, as the server does. */
function secretData(object: KubeObject): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (isRecord(object.data))
    for (const [key, value] of Object.entries(object.data))
      entries.set(key, typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : value);
  if (isRecord(object.stringData))
    for (const [key, value] of Object.entries(object.stringData)) entries.set(key, value);
  return entries;
}

/** The top two levels of fields whose desired value the live object does not have (`spec.ports`). */
function fieldChanges(live: KubeObject, desired: KubeObject): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(desired)) {
    // A Secret's stringData is merged into data by the server: compared above, never stored.
    if (['apiVersion', 'kind', 'status', 'stringData'].includes(key)) continue;
    const old = live[key];
    if (!isRecord(value) || !isRecord(old)) {
      if (!covers(old, value)) paths.push(key);
      continue;
    }
    for (const [field, child] of Object.entries(value)) {
      const ours = key === 'metadata' ? withoutOwnKeys(field, child) : child;
      if (!covers(old[field], ours)) paths.push(`${key}.${field}`);
    }
  }
  if (paths.length === 0) return [];
  const more = paths.length > MAX_FIELDS ? [`and ${paths.length - MAX_FIELDS} more`] : [];
  return [[...paths.slice(0, MAX_FIELDS).map(code), ...more].join(', ')];
}

/** kubesync's own labels and annotations change with every commit: never a reviewer's concern. */
function withoutOwnKeys(field: string, value: unknown): unknown {
  const own = field === 'labels' ? OWN_LABELS : field === 'annotations' ? OWN_ANNOTATIONS : undefined;
  if (!own || !isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !own.includes(key)));
}

/** Whether `live` has every field `desired` sets, with the same value (lists item by item). */
function covers(live: unknown, desired: unknown): boolean {
  if (Array.isArray(desired))
    return (
      Array.isArray(live) &&
      live.length === desired.length &&
      desired.every((item, index) => covers(live[index], item))
    );
  if (isRecord(desired))
    return isRecord(live) && Object.entries(desired).every(([key, value]) => covers(live[key], value));
  return live === desired;
}
