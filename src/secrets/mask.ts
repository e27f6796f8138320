import type { KubeObject } from '../model/object.js';
import { isRecord, kindOf } from '../model/resource.js';

export const MASK = '***';
const SECRET_FIELDS = ['data', 'stringData'] as const;

type ValueSources = Readonly<Record<string, string>>;

/** What a masked value reads as: `***`, or where it comes from when it is fetched at apply time. */
function maskFor(key: string, sources: ValueSources | undefined): string {
  const source = sources?.[key];
  return source ? `from ${source}` : MASK;
}

/**
 * A copy of a Secret with every data and stringData value replaced by `***`, as `kubectl diff` shows it;
 * a value fetched at apply time shows where from (`from doppler://production/DATABASE_URL`).
 */
export function maskSecret(object: KubeObject, sources?: ValueSources): KubeObject {
  if (kindOf(object) !== 'Secret') return object;
  const masked: KubeObject = { ...object };
  for (const field of SECRET_FIELDS) {
    const values = object[field];
    if (isRecord(values))
      masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, maskFor(key, sources)]));
  }
  if (sources && Object.keys(sources).length > 0) {
    const data = isRecord(masked.data) ? masked.data : {};
    masked.data = {
      ...data,
      ...Object.fromEntries(Object.keys(sources).map((key) => [key, maskFor(key, sources)])),
    };
  }
  return masked;
}

/**
 * Both sides of a Secret diff with values masked, so the diff still says which keys changed: a changed
 * value shows as `*** (before)` / `*** (after)`, an unchanged one as `***` (the kubectl/Flux convention).
 */
export function maskSecretPair(
  before: KubeObject | undefined,
  after: KubeObject | undefined,
  sources?: ValueSources,
): [KubeObject | undefined, KubeObject | undefined] {
  const kind = kindOf(after ?? before ?? {});
  if (kind !== 'Secret') return [before, after];
  const maskedBefore = before ? { ...before } : undefined;
  const maskedAfter = after ? { ...after } : undefined;
  for (const field of SECRET_FIELDS) {
    const old = isRecord(before?.[field]) ? before[field] : {};
    const next = isRecord(after?.[field]) ? after[field] : {};
    const label = (key: string, side: 'before' | 'after') =>
      key in old && key in next && old[key] !== next[key]
        ? `${maskFor(key, sources)} (${side})`
        : maskFor(key, sources);
    if (maskedBefore && before && field in before) {
      maskedBefore[field] = Object.fromEntries(Object.keys(old).map((key) => [key, label(key, 'before')]));
    }
    if (maskedAfter && after && field in after) {
      maskedAfter[field] = Object.fromEntries(Object.keys(next).map((key) => [key, label(key, 'after')]));
    }
  }
  return [maskedBefore, maskedAfter];
}
