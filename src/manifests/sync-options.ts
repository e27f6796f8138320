import type { KubeObject } from '../model/object.js';
import { annotationList, annotationOf, namespaceOf } from '../model/resource.js';

export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
export const COMPARE_OPTIONS_ANNOTATION = 'argocd.argoproj.io/compare-options';
export const RESOURCE_POLICY_ANNOTATION = 'helm.sh/resource-policy';

/** Argo CD's comma-separated list, `Prune=false,Replace=true`, as written (whitespace trimmed). */
function listOf(object: KubeObject, annotation: string): string[] {
  return annotationList(object, annotation) ?? [];
}

/** Whether the object's `argocd.argoproj.io/sync-options` holds `name=value` (Argo CD matches exactly). */
export function hasSyncOption(object: KubeObject, option: string): boolean {
  return listOf(object, SYNC_OPTIONS_ANNOTATION).includes(option);
}

/**
 * The annotation that keeps an ApplySet member out of a prune, as its reason (`helm.sh/resource-policy:
 * keep`), or undefined. Read from the live object: a member no longer desired has only that.
 */
export function keptBy(object: KubeObject): string | undefined {
  for (const option of ['Prune=false', 'Delete=false'])
    if (hasSyncOption(object, option)) return `${SYNC_OPTIONS_ANNOTATION}: ${option}`;
  if (listOf(object, COMPARE_OPTIONS_ANNOTATION).includes('IgnoreExtraneous'))
    return `${COMPARE_OPTIONS_ANNOTATION}: IgnoreExtraneous`;
  if (annotationOf(object, RESOURCE_POLICY_ANNOTATION)?.trim() === 'keep')
    return `${RESOURCE_POLICY_ANNOTATION}: keep`;
  return undefined;
}

/** `Replace=true`: an update the server refuses in place (an immutable field) deletes and re-creates it. */
export function replaceRequested(object: KubeObject): boolean {
  return hasSyncOption(object, 'Replace=true');
}

/**
 * `Validate=false`: kubesync's offline schema check skips the object. The API server still validates
 * it strictly (its own field validation), as it would any object.
 */
export function skipsValidation(object: KubeObject): boolean {
  return hasSyncOption(object, 'Validate=false');
}

/**
 * The namespaces objects ask to be created with `CreateNamespace=true`: each is created when absent,
 * as create-namespace does for the target namespace.
 */
export function namespacesToCreate(objects: readonly KubeObject[]): string[] {
  const names = objects.flatMap((object) => {
    const namespace = namespaceOf(object);
    return hasSyncOption(object, 'CreateNamespace=true') && namespace ? [namespace] : [];
  });
  return [...new Set(names)];
}
