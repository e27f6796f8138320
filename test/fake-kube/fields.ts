/** Field paths and values of plain JSON objects, for the fake's server-side apply. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = string[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Leaf paths of an object: maps recurse, lists and scalars are leaves (lists are atomic here). */
export function leafPaths(value: Json, prefix: Path = []): Path[] {
  if (!isObject(value)) return [prefix];
  const entries = Object.entries(value);
  if (entries.length === 0) return prefix.length > 0 ? [prefix] : [];
  return entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

export function getPath(value: Json | undefined, path: Path): Json | undefined {
  let current: Json | undefined = value;
  for (const part of path) {
    if (!isObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

export function setPath(target: JsonObject, path: Path, value: Json): void {
  let current = target;
  path.slice(0, -1).forEach((part) => {
    if (!isObject(current[part])) current[part] = {};
    current = current[part];
  });
  current[path[path.length - 1] ?? ''] = clone(value);
}

/** Removes a path and then any map it leaves empty. */
export function deletePath(target: JsonObject, path: Path): void {
  const parents: JsonObject[] = [];
  let current: Json | undefined = target;
  for (const part of path.slice(0, -1)) {
    if (!isObject(current)) return;
    parents.push(current);
    current = current[part];
  }
  if (!isObject(current)) return;
  delete current[path[path.length - 1] ?? ''];
  for (let index = path.length - 2; index >= 0; index--) {
    const child = getPath(target, path.slice(0, index + 1));
    if (isObject(child) && Object.keys(child).length === 0)
      delete (parents[index] as JsonObject)[path[index] ?? ''];
    else break;
  }
}

export function equal(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item) as Json);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key]) as Json]),
  );
}

export const pathKey = (path: Path) => path.join('\u0000');
export const keyPath = (key: string): Path => key.split('\u0000');

/** The FieldsV1 form (`{"f:spec": {"f:replicas": {}}}`) of a set of paths, as managedFields shows it. */
export function fieldsV1(paths: Iterable<Path>): JsonObject {
  const root: JsonObject = {};
  for (const path of paths) {
    let node = root;
    for (const part of path) {
      const key = `f:${part}`;
      if (!isObject(node[key])) node[key] = {};
      node = node[key];
    }
  }
  return root;
}
