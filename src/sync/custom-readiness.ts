import type { KubeObject } from '../model/object.js';
import { apiVersionOf, groupOf, isRecord, kindOf, metadataOf } from '../model/resource.js';
import type { Readiness } from './readiness-verdict.js';
import { failed, ready, waiting } from './readiness-verdict.js';
import type { Condition } from './object-conditions.js';
import { conditionOf, withCause } from './object-conditions.js';

/**
 * Readiness of the custom resources kstatus misreads: most are "ready" to kstatus before their
 * controller has written any status, and some keep the meaning in a field kstatus does not read. Each
 * rule follows Argo CD's health check for the kind (resource_customizations/<group>/<kind>/health.lua);
 * where Argo CD says Degraded of a state its controller retries (Ready=False), the wait goes on and
 * reports it, failing at once only on a state that is final.
 */
type Rule = (object: KubeObject) => Readiness;
type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields {
  return isRecord(value) ? value : {};
}
function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? value : fallback;
}
function generationOf(object: KubeObject): number | undefined {
  const generation = metadataOf(object).generation;
  return typeof generation === 'number' ? generation : undefined;
}
/** A condition written for an older spec than the object's. */
function conditionBehind(object: KubeObject, condition: Condition): boolean {
  const generation = generationOf(object);
  return (
    generation !== undefined &&
    typeof condition.observedGeneration === 'number' &&
    condition.observedGeneration < generation
  );
}

/** cert-manager: Issuing first, then Ready. A failed issuance is retried only after an hour's back-off. */
export function certificateReadiness(object: KubeObject): Readiness {
  const issuing = conditionOf(object, 'Issuing');
  if (issuing?.status === 'True') return waiting(withCause('issuing', issuing));
  const readyCondition = conditionOf(object, 'Ready');
  if (!readyCondition) return waiting('waiting for certificate');
  if (conditionBehind(object, readyCondition))
    return waiting(`waiting for cert-manager to observe generation ${generationOf(object)}`);
  if (readyCondition.status === 'True') return ready(readyCondition.message ?? 'ready');
  if (issuing?.status === 'False') return failed(withCause('issuance failed', issuing));
  return waiting(withCause('not ready', readyCondition));
}

/** Argo Rollouts, as Argo CD's health check reads it (paused counts as settled, as Suspended does there). */
export function rolloutReadiness(object: KubeObject): Readiness {
  const status = fieldsOf(object.status);
  const spec = fieldsOf(object.spec);
  // status.observedGeneration is a string; before v0.10 it was a hash, which says nothing of generations.
  const observed = Number(status.observedGeneration ?? Number.NaN);
  if (!isRecord(object.status) || observed < (generationOf(object) ?? 0))
    return waiting('waiting for the rollout spec update to be observed');
  const conditions = Array.isArray(status.conditions) ? (status.conditions as Condition[]) : [];
  for (const condition of conditions) {
    if (condition.type === 'InvalidSpec') return failed(withCause('invalid spec', condition));
    if (condition.type === 'Progressing' && condition.reason === 'RolloutAborted')
      return failed(withCause('aborted', condition));
    if (condition.type === 'Progressing' && condition.reason === 'ProgressDeadlineExceeded')
      return failed(withCause('exceeded its progress deadline', condition));
  }
  const pauses = Array.isArray(status.pauseConditions) ? (status.pauseConditions as Condition[]) : [];
  if (pauses.length > 0 || spec.paused === true) {
    const reasons = pauses.map((pause) => pause.reason).filter(Boolean);
    return ready(`paused${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}: promote it to go on`);
  }
  const currentPodHash = status.currentPodHash;
  if (currentPodHash === undefined) return waiting('waiting for the rollout to be reconciled');
  const desired = num(spec.replicas, 1);
  const replicas = num(status.replicas);
  const updated = num(status.updatedReplicas);
  const available = num(status.availableReplicas);
  if (updated < desired) return waiting(`${updated}/${desired} replicas updated`);
  if (available < updated) return waiting(`${available}/${desired} replicas available`);
  const canaryStatus = fieldsOf(status.canary);
  const stableRS = status.stableRS ?? canaryStatus.stableRS ?? '';
  const strategy = fieldsOf(spec.strategy);
  if (strategy.blueGreen !== undefined) {
    if (fieldsOf(status.blueGreen).activeSelector !== currentPodHash)
      return waiting('active service cutover pending');
    if (stableRS !== '' && stableRS !== currentPodHash) return waiting('waiting for analysis to complete');
  } else if (strategy.canary !== undefined) {
    if (replicas > updated) return waiting(`${replicas - updated} old replicas pending termination`);
    if (stableRS === '' || stableRS !== currentPodHash)
      return waiting('waiting for the canary steps to finish');
  }
  return ready(`${available}/${desired} replicas available`);
}

/**
 * external-secrets: the Ready condition; with `refreshPolicy: OnChange`, only one set since the last
 * refresh. `syncedResourceVersion` (`<generation>-<hash>`) says which spec was synced.
 */
export function externalSecretReadiness(object: KubeObject): Readiness {
  const status = fieldsOf(object.status);
  const readyCondition = conditionOf(object, 'Ready');
  const current =
    readyCondition &&
    (fieldsOf(object.spec).refreshPolicy !== 'OnChange' ||
      typeof status.refreshTime !== 'string' ||
      (readyCondition.lastTransitionTime ?? '') >= status.refreshTime);
  if (!readyCondition || !current) return waiting('waiting for the secret to be synced');
  if (readyCondition.status !== 'True') return waiting(withCause('not ready', readyCondition));
  const synced = status.syncedResourceVersion;
  const generation = generationOf(object);
  if (typeof synced === 'string' && generation !== undefined && !synced.startsWith(`${generation}-`))
    return waiting(`waiting for generation ${generation} to be synced`);
  return ready(readyCondition.message ?? 'ready');
}

/**
 * Flux Kustomization and HelmRelease: kstatus conditions and observedGeneration, a suspended one
 * settled; a HelmRelease also needs its release (Released or TestSuccess), as Argo CD's check says.
 */
export function fluxReadiness(object: KubeObject): Readiness {
  if (fieldsOf(object.spec).suspend === true) return ready(`${kindOf(object)} is suspended`);
  const generation = generationOf(object);
  const observed = fieldsOf(object.status).observedGeneration;
  if (generation !== undefined && num(observed, -1) < generation)
    return waiting(`waiting for Flux to observe generation ${generation}`);
  const stalled = conditionOf(object, 'Stalled');
  if (stalled?.status === 'True') return failed(withCause('stalled', stalled));
  const readyCondition = conditionOf(object, 'Ready');
  if (!readyCondition) return waiting('waiting for Flux to reconcile');
  if (readyCondition.status !== 'True') {
    const reconciling = conditionOf(object, 'Reconciling');
    return waiting(withCause(reconciling?.status === 'True' ? 'reconciling' : 'not ready', readyCondition));
  }
  if (kindOf(object) === 'HelmRelease') {
    const released = ['Released', 'TestSuccess'].some((type) => conditionOf(object, type)?.status === 'True');
    if (!released) return waiting('ready, waiting for the release (Released condition)');
  }
  return ready(readyCondition.message ?? 'ready');
}

/** Crossplane claims and composite resources: Synced and Ready, both True. */
export function crossplaneReadiness(object: KubeObject): Readiness {
  const synced = conditionOf(object, 'Synced');
  const readyCondition = conditionOf(object, 'Ready');
  if (!synced && !readyCondition) return waiting('waiting for Crossplane to reconcile');
  if (synced?.status !== 'True')
    return waiting(synced ? withCause('not synced', synced) : 'waiting for Synced');
  const failedOperation = conditionOf(object, 'LastAsyncOperation');
  if (failedOperation?.status === 'False')
    return waiting(withCause('last operation failed', failedOperation));
  if (readyCondition?.status !== 'True')
    return waiting(
      readyCondition ? withCause('synced, not ready', readyCondition) : 'synced, waiting for Ready',
    );
  return ready('synced and ready');
}

/**
 * A claim or composite resource, whatever its group (an XRD names it): the API server defaults a
 * claim's compositeDeletePolicy and compositionUpdatePolicy, Crossplane v2 nests its fields in
 * spec.crossplane.
 */
function isCrossplaneComposite(object: KubeObject): boolean {
  const spec = fieldsOf(object.spec);
  return (
    ['compositeDeletePolicy', 'compositionUpdatePolicy', 'compositionRef', 'compositionSelector'].some(
      (field) => spec[field] !== undefined,
    ) || isRecord(spec.crossplane)
  );
}

const RULES: ReadonlyMap<string, Rule> = new Map([
  ['cert-manager.io/Certificate', certificateReadiness],
  ['argoproj.io/Rollout', rolloutReadiness],
  ['external-secrets.io/ExternalSecret', externalSecretReadiness],
  ['kustomize.toolkit.fluxcd.io/Kustomization', fluxReadiness],
  ['helm.toolkit.fluxcd.io/HelmRelease', fluxReadiness],
]);

/** The rule for a custom resource kstatus misreads, or undefined to leave it to kstatus. */
export function customResourceRuleFor(object: KubeObject): Rule | undefined {
  const apiVersion = apiVersionOf(object);
  if (apiVersion === undefined) return undefined;
  const group = groupOf(apiVersion);
  if (group === '' || !group.includes('.')) return undefined;
  const rule = RULES.get(`${group}/${kindOf(object) ?? ''}`);
  if (rule) return rule;
  return isCrossplaneComposite(object) ? crossplaneReadiness : undefined;
}
