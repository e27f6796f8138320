import type { KubeObject } from '../model/object.js';
import { annotationList, annotationOf } from '../model/resource.js';

export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const HELM_HOOK_ANNOTATION = 'helm.sh/hook';
export const HELM_HOOK_WEIGHT_ANNOTATION = 'helm.sh/hook-weight';
export const HELM_HOOK_DELETE_POLICY_ANNOTATION = 'helm.sh/hook-delete-policy';

/** When a hook runs: before the resources, with them, after they are healthy, or when the sync failed. */
export type HookPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail';
export const HOOK_PHASES: readonly HookPhase[] = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];

export type HookDeletePolicy = 'BeforeHookCreation' | 'HookSucceeded' | 'HookFailed';

export interface HookSpec {
  readonly phases: readonly HookPhase[];
  readonly deletePolicies: readonly HookDeletePolicy[];
  readonly wave: number;
}

/** What an object is to a sync: an ordinary resource, a hook, or something never applied. */
export type SyncRole =
  | { readonly role: 'resource' }
  | { readonly role: 'hook'; readonly hook: HookSpec }
  | { readonly role: 'skipped'; readonly reason: string };

const HELM_PHASES: Readonly<Record<string, HookPhase | 'resource' | undefined>> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  // Argo CD treats Helm 2's crd-install like any CRD: an ordinary resource of the first stage.
  'crd-install': 'resource',
};
const HELM_TEST_HOOKS = new Set(['test', 'test-success', 'test-failure']);
const HELM_DELETE_POLICIES: Readonly<Record<string, HookDeletePolicy>> = {
  'before-hook-creation': 'BeforeHookCreation',
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
};

function integerAnnotation(object: KubeObject, name: string): number | undefined {
  const value = annotationOf(object, name);
  if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** `argocd.argoproj.io/sync-wave`, default 0; for a Helm hook without it, `helm.sh/hook-weight`. */
export function waveOf(object: KubeObject): number {
  const wave = integerAnnotation(object, SYNC_WAVE_ANNOTATION);
  if (wave !== undefined) return wave;
  if (annotationOf(object, HELM_HOOK_ANNOTATION) !== undefined)
    return integerAnnotation(object, HELM_HOOK_WEIGHT_ANNOTATION) ?? 0;
  return 0;
}

/**
 * Argo CD's reading of an object's hook annotations: its own take precedence over Helm's, which map
 * pre-install/pre-upgrade to PreSync and post-install/post-upgrade to PostSync. Helm test hooks, hooks
 * that only run on delete or rollback, and `Skip` are never applied.
 */
export function syncRoleOf(object: KubeObject): SyncRole {
  const argo = annotationList(object, HOOK_ANNOTATION);
  if (argo && argo.length > 0) {
    if (argo.includes('Skip')) return { role: 'skipped', reason: `${HOOK_ANNOTATION}: Skip` };
    const phases = HOOK_PHASES.filter((phase) => argo.includes(phase));
    if (phases.length === 0) return { role: 'resource' };
    return { role: 'hook', hook: { phases, deletePolicies: deletePoliciesOf(object), wave: waveOf(object) } };
  }
  const helm = annotationList(object, HELM_HOOK_ANNOTATION);
  if (!helm || helm.length === 0) return { role: 'resource' };
  if (helm.some((hook) => HELM_TEST_HOOKS.has(hook)))
    return { role: 'skipped', reason: `a Helm test hook (${HELM_HOOK_ANNOTATION}: ${helm.join(',')})` };
  const mapped = helm.map((hook) => HELM_PHASES[hook]);
  if (mapped.includes('resource')) return { role: 'resource' };
  const phases = HOOK_PHASES.filter((phase) => mapped.includes(phase));
  if (phases.length === 0)
    return {
      role: 'skipped',
      reason: `a Helm hook that runs only on delete or rollback (${HELM_HOOK_ANNOTATION}: ${helm.join(',')})`,
    };
  return { role: 'hook', hook: { phases, deletePolicies: deletePoliciesOf(object), wave: waveOf(object) } };
}

/** A hook's delete policies; BeforeHookCreation when none is given, as in Argo CD. */
function deletePoliciesOf(object: KubeObject): HookDeletePolicy[] {
  const argo = annotationList(object, HOOK_DELETE_POLICY_ANNOTATION) ?? [];
  const helm = (annotationList(object, HELM_HOOK_DELETE_POLICY_ANNOTATION) ?? []).map(
    (policy) => HELM_DELETE_POLICIES[policy],
  );
  const policies = [...argo, ...helm].filter(
    (policy): policy is HookDeletePolicy =>
      policy === 'BeforeHookCreation' || policy === 'HookSucceeded' || policy === 'HookFailed',
  );
  return policies.length > 0 ? [...new Set(policies)] : ['BeforeHookCreation'];
}

/** A hook may be named by `generateName`: each run creates a new object. */
export function isHookObject(object: KubeObject): boolean {
  return syncRoleOf(object).role === 'hook';
}
