import type { FieldPath } from '../model/origin.js';
import { OriginMap } from '../model/origin.js';
import { isRecord } from '../model/resource.js';
import type { LocatedDocument } from './yaml.js';

/**
 * Lays an environment's document over the base one: maps merge key by key, lists and scalars replace,
 * and `null` removes a key. Each value keeps the origin of the file it came from, so a finding on a
 * merged field points into base or into the environment file, wherever the value was written.
 */
export function mergeOverlay(base: LocatedDocument, overlay: LocatedDocument): LocatedDocument {
  const origins = new OriginMap(base.origins.documentOrigin);
  for (const [path, origin] of base.origins.entriesUnder([])) origins.set(path, origin);

  const replace = (value: unknown, path: FieldPath): unknown => {
    origins.deleteUnder(path);
    for (const [subPath, origin] of overlay.origins.entriesUnder(path))
      origins.set([...path, ...subPath], origin);
    return value;
  };

  const merge = (under: unknown, over: unknown, path: FieldPath): unknown => {
    if (!isRecord(under) || !isRecord(over)) return replace(over, path);
    const merged: Record<string, unknown> = { ...under };
    for (const [key, value] of Object.entries(over)) {
      const childPath = [...path, key];
      if (value === null) {
        delete merged[key];
        origins.deleteUnder(childPath);
      } else {
        merged[key] = key in under ? merge(under[key], value, childPath) : replace(value, childPath);
      }
    }
    return merged;
  };

  return { value: merge(base.value, overlay.value, []), origins, index: base.index };
}
