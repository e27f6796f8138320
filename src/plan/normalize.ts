import type { IgnoreRule } from '../model/ignore-rule.js';
import type { KubeObject } from '../model/object.js';
import { apiVersionOf, groupOf, isRecord, kindOf, nameOf, namespaceOf } from '../model/resource.js';

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
  // What is left out is left out before the copy: managedFields are often the larger half of an object.
  const { status: _status, ...kept } = object;
  if (isRecord(object.metadata)) {
    const metadata = { ...object.metadata };
    for (const field of SERVER_METADATA) delete metadata[field];
    if (isRecord(metadata.annotations)) {
      const annotations = { ...metadata.annotations };
      for (const annotation of NOISY_ANNOTATIONS) delete annotations[annotation];
      if (Object.keys(annotations).length === 0) delete metadata.annotations;
      else metadata.annotations = annotations;
    }
    kept.metadata = metadata;
  }
  const copy = structuredClone(kept);
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

/**
 * The object to send when it already exists, with ignore-differences respected on apply too (Argo CD's
 * RespectIgnoreDifferences): each ignored field the manifest sets carries the live value, so applying never changes
 * what another owner (an HPA, a webhook) set there, and never drops the field either.
 */
export function withIgnoredFieldsFromLive(
  object: KubeObject,
  live: KubeObject,
  ignore: readonly IgnoreRule[],
): KubeObject {
  const rules = ignore.filter((rule) => ruleMatches(rule, object));
  if (rules.length === 0) return object;
  const copy = structuredClone(object);
  for (const pointer of rules.flatMap((rule) => rule.jsonPointers)) {
    // A field the manifest leaves out stays out: sending it would make kubesync one of its owners.
    if (pointerValue(copy, pointer) === undefined) continue;
    const value = pointerValue(live, pointer);
    if (value === undefined) removePointer(copy, pointer);
    else setPointer(copy, pointer, structuredClone(value));
  }
  return copy;
}

function pointerTokens(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return value[Number(token)];
  return isRecord(value) ? value[token] : undefined;
}

function pointerValue(object: unknown, pointer: string): unknown {
  return pointerTokens(pointer).reduce(child, object);
}

/** Sets the value an RFC 6901 JSON pointer names, making the maps on the way. */
function setPointer(object: unknown, pointer: string, value: unknown): void {
  const tokens = pointerTokens(pointer);
  let current: unknown = object;
  for (const token of tokens.slice(0, -1)) {
    if (isRecord(current) && current[token] === undefined) current[token] = {};
    current = child(current, token);
  }
  const last = tokens[tokens.length - 1];
  if (last === undefined) return;
  if (Array.isArray(current) && /^\d+$/.test(last)) current[Number(last)] = value;
  else if (isRecord(current)) current[last] = value;
}

/** Removes the value an RFC 6901 JSON pointer names, if it is there. */
export function removePointer(object: unknown, pointer: string): void {
  const tokens = pointerTokens(pointer);
  const current = tokens.slice(0, -1).reduce(child, object);
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

/** A workload's pod template, as comparable text; undefined for objects without one. */
export function templateOf(object: KubeObject | undefined): string | undefined {
  const template = (object?.spec as { template?: unknown } | undefined)?.template;
  return template === undefined ? undefined : JSON.stringify(template);
}
