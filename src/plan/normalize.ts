import type { IgnoreRule } from '../inputs.js';
import type { KubeObject } from '../manifests/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, nameOf, namespaceOf } from '../manifests/resource.js';

/** Annotations that change on every apply or that kubesync writes itself; never part of a diff. */
export const PROVENANCE_ANNOTATIONS = ['kubesync.io/commit', 'kubesync.io/run', 'kubesync.io/ref'];
const NOISY_ANNOTATIONS = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  ...PROVENANCE_ANNOTATIONS,
];
const SERVER_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'selfLink',
];

/**
 * An object as a reviewer should compare it: without what the server maintains (status, managed
 * fields, resource versions) and without the fields the user asked to ignore. Both sides of a diff go
 * through this, so a field the server defaults shows up on both and cancels out.
 */
export function normalize(object: KubeObject, ignore: readonly IgnoreRule[] = []): KubeObject {
  const copy = structuredClone(object);
  delete copy.status;
  if (isRecord(copy.metadata)) {
    for (const field of SERVER_METADATA) delete copy.metadata[field];
    if (isRecord(copy.metadata.annotations)) {
      for (const annotation of NOISY_ANNOTATIONS) delete copy.metadata.annotations[annotation];
      if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
    }
  }
  for (const rule of ignore) {
    if (!ruleMatches(rule, object)) continue;
    for (const pointer of rule.jsonPointers) removePointer(copy, pointer);
  }
  return copy;
}

function ruleMatches(rule: IgnoreRule, object: KubeObject): boolean {
  return (
    rule.kind === kindOf(object) &&
    rule.group === groupOf(apiVersionOf(object) ?? '') &&
    (rule.name === undefined || rule.name === nameOf(object)) &&
    (rule.namespace === undefined || rule.namespace === namespaceOf(object))
  );
}

/** Removes the value an RFC 6901 JSON pointer names, if it is there. */
export function removePointer(object: unknown, pointer: string): void {
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = object;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return;
  }
  const last = tokens[tokens.length - 1];
  if (last === undefined) return;
  if (Array.isArray(current) && /^\d+$/.test(last)) current.splice(Number(last), 1);
  else if (isRecord(current)) delete current[last];
}

/** Keys sorted at every level, so that key order never shows up in a diff or a digest. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}

export function sameObject(a: KubeObject | undefined, b: KubeObject | undefined): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
