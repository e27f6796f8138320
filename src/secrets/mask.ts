import type { KubeObject } from '../manifests/resource.js';
import { isRecord, kindOf } from '../manifests/resource.js';

export const MASK = '***';

/** A copy of a Secret with every data and stringData value replaced by `***`, as `kubectl diff` shows it. */
export function maskSecret(object: KubeObject): KubeObject {
  if (kindOf(object) !== 'Secret') return object;
  const masked: KubeObject = { ...object };
  for (const field of ['data', 'stringData'] as const) {
    const values = object[field];
    if (isRecord(values)) masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, MASK]));
  }
  return masked;
}
