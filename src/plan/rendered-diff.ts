import type { IgnoreRule } from '../model/ignore-rule.js';
import type { DiffMasker } from '../model/masker.js';
import type { KubeObject } from '../model/object.js';
import { refOf } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { describeObject } from '../model/resource.js';
import { syncRoleOf } from '../manifests/hook-annotations.js';
import { inNamespace, ScopeCatalog } from '../manifests/scope.js';
import { keptBy } from '../manifests/sync-options.js';
import type { Change } from './change.js';
import { countChanges, syncStatusOf } from './change.js';
import type { DiffSides } from './diff.js';
import { diffObjects } from './diff.js';
import { identity } from './live-state.js';
import { normalize, sameObject, templateOf } from './normalize.js';
import { compareObjects } from './order.js';
import type { Plan } from './plan.js';
import type { PlannedHook } from './planned-hook.js';
import { plannedHooksOf } from './planned-hooks.js';

export interface RenderedDiffOptions {
  /** The default namespace of namespaced kinds, on both sides. */
  readonly namespace: string;
  readonly ignoreDifferences: readonly IgnoreRule[];
  /** What every diff hides (Secret values), as in a live plan. */
  readonly maskers: readonly DiffMasker[];
  /** An object gone from the head is deleted with prune, left behind without, as a live plan says. */
  readonly prune: boolean;
}

const SIDES: DiffSides = { before: 'base', after: 'head' };

/**
 * A plan of the rendered manifests alone, with no cluster: the base commit's objects stand where a
 * live plan has the cluster's, the head's are the desired ones, both normalized and masked as a live
 * plan does. Its digest is empty: it is no reviewed plan for apply to compare with.
 */
export function renderedDiffPlan(
  base: readonly Resource[],
  head: readonly Resource[],
  options: RenderedDiffOptions,
): Plan {
  const baseObjects = placed(base, options.namespace);
  const headObjects = placed(head, options.namespace);
  const before = new Map(baseObjects.map((entry) => [identity(entry.object), entry]));
  const wanted = new Set<string>();
  const changes: Change[] = [];
  const hooks: PlannedHook[] = [];
  for (const { object, resource } of headObjects) {
    const role = syncRoleOf(object);
    if (role.role === 'hook') {
      hooks.push(...plannedHooksOf([{ object, resource, awaitsCrd: false, hook: role.hook }]));
      continue;
    }
    const id = identity(object);
    wanted.add(id);
    changes.push(compare(object, resource, before.get(id)?.object, options));
  }
  for (const { object } of baseObjects)
    if (syncRoleOf(object).role !== 'hook' && !wanted.has(identity(object)))
      changes.push(removal(object, options));
  changes.sort((a, b) => compareObjects(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
  return {
    changes,
    counts: countChanges(changes),
    syncStatus: syncStatusOf(changes),
    digest: '',
    hooks,
  };
}

/** The objects as apply would send them, in their namespaces; Helm test hooks and the like left out. */
function placed(resources: readonly Resource[], namespace: string) {
  const scopes = new ScopeCatalog(resources);
  return resources
    .filter(({ object }) => syncRoleOf(object).role !== 'skipped')
    .map((resource) => ({ object: inNamespace(resource, scopes, namespace), resource }));
}

function compare(
  object: KubeObject,
  resource: Resource,
  baseObject: KubeObject | undefined,
  options: RenderedDiffOptions,
): Change {
  const subject = describeObject(object);
  const after = normalize(object, options.ignoreDifferences);
  const before = baseObject && normalize(baseObject, options.ignoreDifferences);
  const action = !before ? 'create' : sameObject(before, after) ? 'unchanged' : 'update';
  const diff =
    action === 'unchanged'
      ? ''
      : diffObjects(subject, before, after, options.maskers, resource.valueSources, SIDES);
  const sides = { subject, ref: refOf(object), origin: resource.origin, desired: object, live: baseObject };
  const podTemplateChanged = action === 'update' && templateOf(before) !== templateOf(after);
  return { ...sides, action, diff, ...(podTemplateChanged ? { podTemplateChanged } : {}) };
}

function removal(object: KubeObject, options: RenderedDiffOptions): Change {
  const subject = describeObject(object);
  const keptFor = keptBy(object);
  if (keptFor)
    return {
      subject,
      ref: refOf(object),
      action: 'keep',
      diff: '',
      live: object,
      note: `never pruned (${keptFor})`,
    };
  if (!options.prune) return { subject, ref: refOf(object), action: 'orphan', diff: '', live: object };
  const diff = diffObjects(
    subject,
    normalize(object, options.ignoreDifferences),
    undefined,
    options.maskers,
    undefined,
    SIDES,
  );
  return { subject, ref: refOf(object), action: 'delete', diff, live: object };
}
