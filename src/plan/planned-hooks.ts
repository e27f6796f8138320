import { createHash } from 'node:crypto';
import type { KubeObject } from '../model/object.js';
import { describeObject, metadataOf } from '../model/resource.js';
import type { DesiredObject } from './desired.js';
import type { Plan } from './plan.js';
import type { PlannedHook } from './planned-hook.js';
import { normalize, sortKeys } from './normalize.js';

export function plannedHooksOf(desired: readonly DesiredObject[]): PlannedHook[] {
  return desired.flatMap(({ object, resource, hook }) =>
    hook ? [{ subject: hookSubject(object), object, origin: resource.origin, spec: hook }] : [],
  );
}

function hookSubject(object: KubeObject): string {
  const { name, generateName } = metadataOf(object);
  if (typeof name === 'string' && name) return describeObject(object);
  const named = { ...object, metadata: { ...metadataOf(object), name: `${String(generateName)}*` } };
  return describeObject(named);
}

export function withHooks(plan: Plan, hooks: readonly PlannedHook[]): Plan {
  if (hooks.length === 0) return { ...plan, hooks };
  // The plan digest covers the hooks too: a hook edited after the review is another plan.
  const hooked = hooks.map((hook) => ({ subject: hook.subject, object: sortKeys(normalize(hook.object)) }));
  const digest = `sha256:${createHash('sha256').update(plan.digest).update(JSON.stringify(hooked)).digest('hex')}`;
  return { ...plan, hooks, digest };
}

/** The hooks a plan carries; none for a plan made without them. */
export function hooksOf(plan: Plan): readonly PlannedHook[] {
  return plan.hooks ?? [];
}
