/**
 * Field ownership as the API server keeps it in `metadata.managedFields`: one entry per field manager
 * and operation. Server-side apply records operation `Apply` and owns exactly the fields its
 * configuration sets; create, update and the other patches record `Update` and own the fields they
 * added or changed. A write takes the fields it changes away from every other entry, fields it removes
 * disappear from all of them, and an apply that would change a field someone else owns conflicts.
 *
 * Paths are lists of FieldsV1 steps: `f:<field>` into a map, `k:<json keys>` into a list that merges
 * item by item (containers by name, ports by port and protocol...). Every other list is atomic, a leaf.
 */
import type { Json, JsonObject } from './fields.js';
import { clone, equal, isObject } from './fields.js';
import { HttpError } from './status.js';

export type Operation = 'Apply' | 'Update';

export interface ManagerEntry {
  readonly manager: string;
  readonly operation: Operation;
  readonly apiVersion: string;
  /** When this manager last changed the object; absent after a write that changed nothing. */
  time?: string;
  /** Field paths, each its steps joined by NUL. */
  fields: Set<string>;
}

/** Entries by the API server's manager identity: name and operation, and apiVersion for Update. */
export type ManagedFields = Map<string, ManagerEntry>;

/** What the fake knows of a kind's schema: built-in kinds have associative lists and atomic selectors. */
export interface Schema {
  readonly kind: string;
  readonly apiVersion: string;
  readonly builtIn: boolean;
  /** Whether `status` is a subresource: writes to the main resource neither set nor own it. */
  readonly hasStatus: boolean;
}

type Path = string[];
const SEP = '\u0000';
const joinPath = (path: Path) => path.join(SEP);
const splitPath = (key: string): Path => key.split(SEP);

const POD_SPEC_LISTS = new Map([
  ['containers', ['name']],
  ['initContainers', ['name']],
  ['ephemeralContainers', ['name']],
  ['volumes', ['name']],
  ['imagePullSecrets', ['name']],
]);
const CONTAINERS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const CONTAINER_LISTS = new Map([
  ['ports', ['containerPort', 'protocol']],
  ['env', ['name']],
  ['volumeMounts', ['mountPath']],
  ['volumeDevices', ['devicePath']],
]);
/** A list key the schema defaults, so that an item without it still has one (`protocol: TCP`). */
const KEY_DEFAULTS = new Map<string, Json>([['protocol', 'TCP']]);
/** Label selectors (and a Service's selector) are atomic: owned and replaced whole. */
const ATOMIC_MAPS = new Set(['selector', 'podSelector', 'namespaceSelector']);

function isPodSpec(kind: string, names: string[]): boolean {
  const n = names.length;
  return (
    (kind === 'Pod' && n === 1 && names[0] === 'spec') ||
    (n >= 2 && names.at(-1) === 'spec' && names.at(-2) === 'template')
  );
}

/** The key fields of the list at `names` (field names from the root, list items left out), if it merges by key. */
function listKeys(schema: Schema, names: string[]): string[] | undefined {
  if (!schema.builtIn) return undefined;
  const last = names.at(-1) ?? '';
  const parent = names.slice(0, -1);
  if (isPodSpec(schema.kind, parent)) return POD_SPEC_LISTS.get(last);
  const container = parent.at(-1) ?? '';
  if (CONTAINERS.has(container) && isPodSpec(schema.kind, parent.slice(0, -1)))
    return CONTAINER_LISTS.get(last);
  if (schema.kind === 'Service' && names.join('.') === 'spec.ports') return ['port', 'protocol'];
  return undefined;
}

/** `k:{"containerPort":80,"protocol":"TCP"}`: a list item found by its key fields, sorted by name. */
function itemStep(item: Json, keys: string[]): string {
  const key: JsonObject = {};
  for (const name of [...keys].sort()) {
    const value = (isObject(item) ? item[name] : undefined) ?? KEY_DEFAULTS.get(name);
    if (value !== undefined) key[name] = value;
  }
  return `k:${JSON.stringify(key)}`;
}

interface Child {
  step: string;
  value: Json;
  names: string[];
}

/** The children of a map or an associative list; undefined for a leaf (scalar, atomic list or map). */
function childrenOf(schema: Schema, value: Json | undefined, names: string[]): Child[] | undefined {
  if (isObject(value)) {
    if (schema.builtIn && ATOMIC_MAPS.has(names.at(-1) ?? '')) return undefined;
    return Object.entries(value).map(([key, child]) => ({
      step: `f:${key}`,
      value: child,
      names: [...names, key],
    }));
  }
  const keys = Array.isArray(value) ? listKeys(schema, names) : undefined;
  if (!Array.isArray(value) || !keys) return undefined;
  return value.map((item) => ({ step: itemStep(item, keys), value: item, names }));
}

/** Paths no manager owns: identity, server-set metadata, and status where it is a subresource. */
function isStripped(schema: Schema, key: string): boolean {
  const [first, second] = splitPath(key);
  if (first === 'f:apiVersion' || first === 'f:kind') return true;
  if (first === 'f:status') return schema.hasStatus;
  return first === 'f:metadata' && (second === undefined || STRIPPED_METADATA.has(second));
}
const STRIPPED_METADATA = new Set(
  [
    'name',
    'namespace',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'managedFields',
    'selfLink',
  ].map((field) => `f:${field}`),
);

/** The fields an apply configuration sets: its leaves, and list items (which carry `.` in FieldsV1). */
export function appliedFields(schema: Schema, config: JsonObject): Set<string> {
  const fields = new Set<string>();
  const visit = (value: Json, path: Path, names: string[]) => {
    const children = childrenOf(schema, value, names);
    if (!children || children.length === 0) {
      fields.add(joinPath(path));
      return;
    }
    if (path.at(-1)?.startsWith('k:')) fields.add(joinPath(path));
    for (const child of children) visit(child.value, [...path, child.step], child.names);
  };
  visit(config, [], []);
  return new Set([...fields].filter((key) => key !== '' && !isStripped(schema, key)));
}

interface Comparison {
  added: Set<string>;
  modified: Set<string>;
  removed: Set<string>;
}

/** What a write changed: fields (with everything under them) added or removed, leaves modified. */
function compare(schema: Schema, before: JsonObject, after: JsonObject): Comparison {
  const result: Comparison = { added: new Set(), modified: new Set(), removed: new Set() };
  const everything = (value: Json, path: Path, names: string[], into: Set<string>) => {
    into.add(joinPath(path));
    for (const child of childrenOf(schema, value, names) ?? [])
      everything(child.value, [...path, child.step], child.names, into);
  };
  const visit = (a: Json, b: Json, path: Path, names: string[]) => {
    const childrenA = childrenOf(schema, a, names);
    const childrenB = childrenOf(schema, b, names);
    if (childrenA && childrenB && isObject(a) === isObject(b)) {
      const stepsA = new Map(childrenA.map((child) => [child.step, child]));
      const stepsB = new Map(childrenB.map((child) => [child.step, child]));
      for (const [step, child] of stepsA)
        if (!stepsB.has(step)) everything(child.value, [...path, step], child.names, result.removed);
      for (const [step, child] of stepsB) {
        const old = stepsA.get(step);
        if (old) visit(old.value, child.value, [...path, step], child.names);
        else everything(child.value, [...path, step], child.names, result.added);
      }
    } else if (!equal(a, b)) {
      result.modified.add(joinPath(path));
      for (const child of childrenA ?? [])
        everything(child.value, [...path, child.step], child.names, result.removed);
    }
  };
  visit(before, after, [], []);
  for (const set of [result.added, result.modified, result.removed])
    for (const key of set) if (isStripped(schema, key)) set.delete(key);
  return result;
}

/** The live object with an apply configuration merged in: maps by key, associative lists by item key. */
function merge(schema: Schema, live: Json | undefined, config: Json, names: string[]): Json {
  if (isObject(live) && isObject(config) && childrenOf(schema, live, names)) {
    const merged = clone(live);
    for (const [key, value] of Object.entries(config))
      merged[key] = key in live ? merge(schema, live[key], value, [...names, key]) : clone(value);
    return merged;
  }
  const keys = Array.isArray(live) && Array.isArray(config) ? listKeys(schema, names) : undefined;
  if (Array.isArray(live) && Array.isArray(config) && keys) {
    const merged = clone(live);
    for (const item of config) {
      const index = merged.findIndex((existing) => itemStep(existing, keys) === itemStep(item, keys));
      if (index >= 0) merged[index] = merge(schema, merged[index], item, names);
      else merged.push(clone(item));
    }
    return merged;
  }
  return clone(config);
}

/** Removes the field or list item at `path`, then every map and list that leaves empty. */
function removePath(schema: Schema, object: JsonObject, path: Path): void {
  const parents: { container: JsonObject | Json[]; at: string | number }[] = [];
  let current: Json = object;
  let names: string[] = [];
  for (const step of path) {
    const child: Child | undefined = (childrenOf(schema, current, names) ?? []).find(
      (candidate) => candidate.step === step,
    );
    if (!child || (!isObject(current) && !Array.isArray(current))) return;
    const at = isObject(current) ? step.slice(2) : current.indexOf(child.value);
    parents.push({ container: current, at });
    current = child.value;
    names = child.names;
  }
  for (let index = parents.length - 1; index >= 0; index--) {
    const { container, at } = parents[index] as (typeof parents)[number];
    if (Array.isArray(container)) container.splice(at as number, 1);
    else delete container[at as string];
    const emptied = Array.isArray(container) ? container.length === 0 : Object.keys(container).length === 0;
    if (!emptied || index === 0) break;
  }
}

const isPrefix = (prefix: string, key: string) => key === prefix || key.startsWith(`${prefix}${SEP}`);

/**
 * The object a server-side apply by `manager` produces from `live`: the configuration merged in, and
 * the fields the manager applied last time but no longer does removed unless another entry owns them
 * (or something under them). Also the fields the apply owns from now on.
 */
export function applyConfiguration(
  schema: Schema,
  managed: ManagedFields,
  manager: string,
  live: JsonObject,
  config: JsonObject,
): { object: JsonObject; fields: Set<string> } {
  const fields = appliedFields(schema, config);
  const object = merge(schema, live, config, []) as JsonObject;
  const id = identity(manager, 'Apply', schema.apiVersion);
  const kept = [...fields];
  for (const [key, entry] of managed) if (key !== id) kept.push(...entry.fields);
  const dropped = [...(managed.get(id)?.fields ?? [])]
    .filter((field) => !fields.has(field) && !kept.some((owned) => isPrefix(field, owned)))
    .map(splitPath)
    // Outermost first: a list item goes whole, before its key fields could be removed from under it.
    .sort((a, b) => a.length - b.length);
  for (const field of dropped) removePath(schema, object, field);
  return { object, fields };
}

/**
 * The managed fields after a write by `manager` turned `before` into `after`. An apply (with the fields
 * its configuration sets) that changes a field another entry owns fails with the API server's 409,
 * unless forced; then, as for every Update, the other entries lose the fields it changed.
 */
export function recordWrite(
  schema: Schema,
  managed: ManagedFields,
  write: {
    manager: string;
    operation: Operation;
    before: JsonObject;
    after: JsonObject;
    applied?: Set<string>;
    force?: boolean;
  },
): ManagedFields {
  const { added, modified, removed } = compare(schema, write.before, write.after);
  const changed = new Set([...added, ...modified]);
  const id = identity(write.manager, write.operation, schema.apiVersion);
  const next: ManagedFields = new Map(
    [...managed].map(([key, entry]) => [key, { ...entry, fields: new Set(entry.fields) }]),
  );
  if (write.operation === 'Apply' && !write.force) {
    const conflicts = [...next]
      .filter(([key]) => key !== id)
      .flatMap(([key, entry]) =>
        sortPaths([...entry.fields].filter((field) => changed.has(field))).map((field) => ({
          key,
          entry,
          field,
        })),
      );
    if (conflicts.length > 0) throw conflictError(conflicts);
  }
  const objectChanged = changed.size > 0 || removed.size > 0;
  if (write.operation === 'Update' && !objectChanged) return next;
  for (const [key, entry] of next) {
    if (key === id) continue;
    for (const field of [...changed, ...removed]) entry.fields.delete(field);
  }
  const previous = next.get(id);
  const fields =
    write.operation === 'Apply'
      ? new Set(write.applied)
      : new Set([...(previous?.fields ?? [])].filter((field) => !removed.has(field)).concat([...changed]));
  const time = objectChanged ? new Date().toISOString().replace(/\.\d+Z$/, 'Z') : previous?.time;
  next.set(id, {
    manager: write.manager,
    operation: write.operation,
    apiVersion: schema.apiVersion,
    ...(time ? { time } : {}),
    fields,
  });
  for (const [key, entry] of next) if (entry.fields.size === 0) next.delete(key);
  return next;
}

/** `metadata.managedFields` as the API server renders it: Apply entries first, then by time and manager. */
export function renderManagedFields(managed: ManagedFields): Json[] {
  return [...managed.values()]
    .sort(
      (a, b) =>
        a.operation.localeCompare(b.operation) ||
        (a.time ?? '').localeCompare(b.time ?? '') ||
        a.manager.localeCompare(b.manager) ||
        a.apiVersion.localeCompare(b.apiVersion),
    )
    .map((entry) => ({
      manager: entry.manager,
      operation: entry.operation,
      apiVersion: entry.apiVersion,
      ...(entry.time ? { time: entry.time } : {}),
      fieldsType: 'FieldsV1',
      fieldsV1: fieldsV1(entry.fields),
    }));
}

/** The FieldsV1 form of a field set: `{"f:data": {".": {}, "f:a": {}}}`, `.` marking an owned node with children. */
export function fieldsV1(fields: Iterable<string>): JsonObject {
  interface Node {
    owned: boolean;
    children: Map<string, Node>;
  }
  const root: Node = { owned: false, children: new Map() };
  for (const key of fields) {
    let node = root;
    for (const step of splitPath(key)) {
      let child = node.children.get(step);
      if (!child) node.children.set(step, (child = { owned: false, children: new Map() }));
      node = child;
    }
    node.owned = true;
  }
  const render = (node: Node): JsonObject => ({
    ...(node.owned && node.children.size > 0 ? { '.': {} } : {}),
    ...Object.fromEntries(
      [...node.children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([step, child]) => [step, render(child)]),
    ),
  });
  return render(root);
}

/** How the API server keys a manager: operation and name, and for an Update the apiVersion it wrote. */
function identity(manager: string, operation: Operation, apiVersion: string): string {
  return JSON.stringify({ manager, operation, ...(operation === 'Update' ? { apiVersion } : {}) });
}

/** `"kubectl-edit" using v1` for an Update, `"kubesync"` for an apply. */
function printManager(entry: ManagerEntry): string {
  return `"${entry.manager}"${entry.operation === 'Update' ? ` using ${entry.apiVersion}` : ''}`;
}

/** `[name="web"]`: how the API server names an item of an associative list, or undefined for other lists. */
export function itemLabel(schema: Schema, names: string[], item: Json): string | undefined {
  const keys = listKeys(schema, names);
  return keys ? printPath(itemStep(item, keys)) : undefined;
}

/** `.spec.template.spec.containers[name="web"].image` */
function printPath(key: string): string {
  return splitPath(key)
    .map((step) => {
      if (step.startsWith('f:')) return `.${step.slice(2)}`;
      const keys = JSON.parse(step.slice(2)) as JsonObject;
      return `[${Object.entries(keys)
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(',')}]`;
    })
    .join('');
}

/** The order the API server lists a field set in: at each level the fields that end there, then deeper ones. */
function sortPaths(keys: string[]): string[] {
  return keys.sort((a, b) => {
    const stepsA = splitPath(a);
    const stepsB = splitPath(b);
    for (let index = 0; ; index++) {
      if (index >= stepsA.length || index >= stepsB.length) return stepsA.length - stepsB.length;
      const endsA = index === stepsA.length - 1;
      const endsB = index === stepsB.length - 1;
      if (stepsA[index] === stepsB[index] && !(endsA || endsB)) continue;
      if (endsA !== endsB) return endsA ? -1 : 1;
      if (stepsA[index] !== stepsB[index]) return (stepsA[index] ?? '') < (stepsB[index] ?? '') ? -1 : 1;
    }
  });
}

/** The 409 of a conflicting apply, worded and grouped (by manager identity) as the API server does. */
function conflictError(conflicts: { key: string; entry: ManagerEntry; field: string }[]): HttpError {
  const causes = conflicts.map(({ entry, field }) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(entry)}`,
    field: printPath(field),
  }));
  if (conflicts.length === 1) {
    const [only] = conflicts as [(typeof conflicts)[number]];
    return new HttpError(
      409,
      'Conflict',
      `Apply failed with 1 conflict: conflict with ${printManager(only.entry)}: ${printPath(only.field)}`,
      { causes },
    );
  }
  const groups = [...new Set(conflicts.map((conflict) => conflict.key))].sort();
  const lines = groups.flatMap((key) => {
    const mine = conflicts.filter((conflict) => conflict.key === key);
    return [
      `conflicts with ${printManager((mine[0] as (typeof conflicts)[number]).entry)}:`,
      ...mine.map((conflict) => `- ${printPath(conflict.field)}`),
    ];
  });
  return new HttpError(
    409,
    'Conflict',
    `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`,
    {
      causes: groups.flatMap((key) => causes.filter((_, index) => conflicts[index]?.key === key)),
    },
  );
}
