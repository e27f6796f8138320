import { applySetId, PART_OF_LABEL } from '../cluster/inventory.js';
import { managersOf } from '../cluster/managed-fields.js';
import { annotationOf, labelOf } from '../model/resource.js';
import { appIdentity, appOfFieldManager } from '../model/app-identity.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from './change.js';

/** The kubesync apps of other ApplySets, by set id, found by their parent Secrets. */
export type KnownSets = ReadonlyMap<string, { readonly app: string; readonly namespace: string }>;

/** `allow-adoption`: never, only objects annotated `kubesync.io/adopt: "true"`, or any. */
export type AdoptionPolicy = 'false' | 'annotated' | 'true';

export const ADOPT_ANNOTATION = 'kubesync.io/adopt';

const HELM_RELEASE_NAME = 'meta.helm.sh/release-name';
const HELM_RELEASE_NAMESPACE = 'meta.helm.sh/release-namespace';
const ARGOCD_TRACKING_ID = 'argocd.argoproj.io/tracking-id';
const INSTANCE_LABEL = 'app.kubernetes.io/instance';
const FLUX_OWNERS = [
  { prefix: 'kustomize.toolkit.fluxcd.io', kind: 'Kustomization' },
  { prefix: 'helm.toolkit.fluxcd.io', kind: 'HelmRelease' },
];

/**
 * Who else owns this live object, by the markers each tool leaves: another ApplySet's membership
 * label (named as the kubesync app whose field manager proves it), a Flux Kustomization or
 * HelmRelease's labels, Argo CD's tracking annotation, a Helm release's annotations (as Helm itself
 * decides ownership), and Argo CD's default tracking label last, on an object Argo CD wrote. Undefined for a member of this set and
 * for an object nothing claims.
 */
export function ownerOf(
  live: KubeObject,
  ownSetId: string,
  known: KnownSets = new Map(),
): string | undefined {
  const partOf = labelOf(live, PART_OF_LABEL);
  if (partOf === ownSetId) return undefined;
  if (partOf) return applySetOwner(live, partOf, known);
  for (const { prefix, kind } of FLUX_OWNERS) {
    const name = labelOf(live, `${prefix}/name`);
    if (name) return `the Flux ${kind} ${qualified(labelOf(live, `${prefix}/namespace`), name)}`;
  }
  const trackingId = annotationOf(live, ARGOCD_TRACKING_ID);
  // `<app>:<group>/<kind>:<namespace>/<name>`; an app outside Argo CD's namespace is `<namespace>_<app>`.
  if (trackingId) return `the Argo CD application ${trackingId.split(':')[0] ?? trackingId}`;
  const release = annotationOf(live, HELM_RELEASE_NAME);
  if (release) return `the Helm release ${qualified(annotationOf(live, HELM_RELEASE_NAMESPACE), release)}`;
  // The recommended label alone is in most manifests (and in `helm template | kubectl apply` output):
  // it is Argo CD's tracking only when Argo CD wrote the object.
  const instance = labelOf(live, INSTANCE_LABEL);
  if (instance && writtenByArgoCd(live))
    return `the Argo CD application ${instance} (its tracking label ${INSTANCE_LABEL})`;
  return undefined;
}

/** Argo CD's controller among the object's field managers (`argocd-controller`, `argocd-application-controller`). */
function writtenByArgoCd(live: KubeObject): boolean {
  return managersOf(live).some((manager) => manager.startsWith('argocd'));
}

/**
 * The changes with each live object someone else owns marked with its owner, and allowed when the
 * workflow allows adoption: always (`true`), or for objects the manifests annotate
 * `kubesync.io/adopt: "true"` (`annotated`; the annotation alone, without the workflow, allows nothing).
 */
export function markOwned(
  changes: readonly Change[],
  ownSetId: string,
  adoption: AdoptionPolicy,
  known: KnownSets = new Map(),
): Change[] {
  return changes.map((change) => {
    if (!change.live || !change.desired) return change;
    const owner = ownerOf(change.live, ownSetId, known);
    if (!owner) return change;
    const adoptedBy = adoptionOf(change.desired, adoption);
    return { ...change, owned: adoptedBy ? { owner, adoptedBy } : { owner } };
  });
}

export function unadoptedOwned(changes: readonly Change[]): Change[] {
  return changes.filter((change) => change.owned && !change.owned.adoptedBy);
}

function adoptionOf(desired: KubeObject, adoption: AdoptionPolicy): string | undefined {
  if (adoption === 'true') return 'allow-adoption: true';
  if (adoption === 'annotated' && annotationOf(desired, ADOPT_ANNOTATION) === 'true')
    return `allow-adoption: annotated and ${ADOPT_ANNOTATION}: "true"`;
  return undefined;
}

/**
 * The other ApplySets of desired objects' live forms that no field manager names: an older kubesync
 * applied their members as `kubesync`, so only their parent Secrets can say which app they are.
 */
export function unnamedSetsOf(
  changes: readonly Change[],
  ownSetId: string,
): { readonly id: string; readonly namespace: string }[] {
  const sets = new Map<string, { id: string; namespace: string }>();
  for (const change of changes) {
    const id = change.live && change.desired ? labelOf(change.live, PART_OF_LABEL) : undefined;
    const namespace = change.ref.namespace;
    if (!id || id === ownSetId || !namespace || appNamedByManagers(change.live ?? {}, id)) continue;
    sets.set(`${id}/${namespace}`, { id, namespace });
  }
  return [...sets.values()];
}

/**
 * The kubesync app of another ApplySet, when one of the object's field managers is an app's whose
 * parent Secret has exactly that id, or its parent Secret was found; otherwise the set by its id.
 */
function applySetOwner(live: KubeObject, id: string, known: KnownSets): string {
  const app = appNamedByManagers(live, id) ?? known.get(id);
  if (app) return `the kubesync app ${app.app} in namespace ${app.namespace}`;
  return `another ApplySet (${PART_OF_LABEL}: ${id})`;
}

function appNamedByManagers(live: KubeObject, id: string): { app: string; namespace: string } | undefined {
  for (const manager of managersOf(live)) {
    const app = appOfFieldManager(manager);
    if (app && applySetId(appIdentity(app.app, app.namespace).parentName, app.namespace, 'Secret', '') === id)
      return app;
  }
  return undefined;
}

function qualified(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
