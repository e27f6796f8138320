import type { KubeObject } from '../model/object.js';
import { apiVersionOf, groupOf, isRecord, kindOf, metadataOf } from '../model/resource.js';
import type { ParsedWaitFor } from '../manifests/wait-for.js';
import { WAIT_FOR_ANNOTATION, waitForOf } from '../manifests/wait-for.js';
import { customResourceRuleFor } from './custom-readiness.js';
import { waitForReadiness } from './wait-for-readiness.js';
import type { Readiness } from './readiness-verdict.js';
import { failed, ready, waiting } from './readiness-verdict.js';
import { conditionOf, withCause } from './object-conditions.js';
import { unreadyContainers } from './unready-containers.js';

export interface ReadinessOptions {
  /**
   * The `metadata.generation` this apply wrote. A status the controller computed for an earlier
   * generation says nothing about this one, so the object is not done before the controller has seen it.
   */
  readonly generation?: number;
}

type Status = Record<string, unknown>;
type Rule = (object: KubeObject) => Readiness;

function statusOf(object: KubeObject): Status {
  return isRecord(object.status) ? object.status : {};
}
function specOf(object: KubeObject): Status {
  return isRecord(object.spec) ? object.spec : {};
}
function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? value : fallback;
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function isTrue(object: KubeObject, type: string): boolean {
  return conditionOf(object, type)?.status === 'True';
}
/** The controller has not seen the latest spec yet: nothing in status can be trusted. */
function stale(object: KubeObject): boolean {
  return num(statusOf(object).observedGeneration, -1) < num(metadataOf(object).generation, 0);
}
function isBeingDeleted(object: KubeObject): boolean {
  const timestamp = metadataOf(object).deletionTimestamp;
  return typeof timestamp === 'string' && timestamp !== '';
}

/** `kubectl rollout status` rules for a Deployment. */
export function deploymentReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the rollout to start');
  const progressing = conditionOf(object, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return failed(`exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}`);
  }
  const status = statusOf(object);
  const desired = num(specOf(object).replicas, 1);
  const updated = num(status.updatedReplicas);
  const replicas = num(status.replicas);
  const available = num(status.availableReplicas);
  if (updated < desired) return waiting(`${updated}/${desired} replicas updated`);
  if (replicas > updated) return waiting(`${replicas - updated} old replicas pending termination`);
  if (available < updated) return waiting(`${available}/${desired} replicas ready`);
  return ready(`${available}/${desired} replicas ready`);
}

/**
 * `kubectl rollout status` rules. With a partition, pods below it keep the old revision on purpose, so
 * currentRevision never reaches updateRevision: the rollout is done once the pods from the partition up
 * are updated.
 */
export function statefulSetReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the rollout to start');
  const spec = specOf(object);
  const strategy = isRecord(spec.updateStrategy) ? spec.updateStrategy : {};
  if (strategy.type === 'OnDelete') return ready('updates on delete');
  const status = statusOf(object);
  const desired = num(spec.replicas, 1);
  const readyReplicas = num(status.readyReplicas);
  const updated = num(status.updatedReplicas);
  if (readyReplicas < desired) return waiting(`${readyReplicas}/${desired} replicas ready`);
  const partition = isRecord(strategy.rollingUpdate) ? num(strategy.rollingUpdate.partition) : 0;
  if (partition > 0) {
    const toUpdate = Math.max(0, desired - partition);
    if (updated < toUpdate)
      return waiting(`${updated}/${toUpdate} replicas updated (partition ${partition})`);
    return ready(`${readyReplicas}/${desired} replicas ready, ${updated} updated (partition ${partition})`);
  }
  if (status.updateRevision !== status.currentRevision) {
    return waiting(`${updated}/${desired} replicas updated`);
  }
  return ready(`${readyReplicas}/${desired} replicas ready`);
}

export function daemonSetReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the rollout to start');
  const status = statusOf(object);
  const desired = num(status.desiredNumberScheduled);
  const updated = num(status.updatedNumberScheduled);
  const available = num(status.numberAvailable);
  if (updated < desired) return waiting(`${updated}/${desired} pods updated`);
  if (available < desired) return waiting(`${available}/${desired} pods ready`);
  return ready(`${available}/${desired} pods ready`);
}

export function replicaSetReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the controller to observe the spec');
  const status = statusOf(object);
  const desired = num(specOf(object).replicas, 1);
  const available = num(status.availableReplicas);
  const readyReplicas = num(status.readyReplicas);
  const replicas = num(status.replicas);
  const failure = conditionOf(object, 'ReplicaFailure');
  // kstatus keeps a ReplicaFailure (quota, admission) in progress: the controller retries it.
  if (failure?.status === 'True' && available < desired)
    return waiting(withCause('replica failure', failure));
  if (readyReplicas < desired) return waiting(`${readyReplicas}/${desired} replicas ready`);
  if (available < desired) return waiting(`${available}/${desired} replicas available`);
  if (replicas > desired) return waiting(`${replicas - desired} extra replicas pending termination`);
  return ready(`${available}/${desired} replicas ready`);
}

/**
 * Since 1.31 the Job controller first decides (FailureTarget, or SuccessCriteriaMet when a
 * successPolicy is met, GA in 1.33) and sets Failed or Complete once the Job's other pods have
 * terminated: the decision is already final.
 */
export function jobReadiness(object: KubeObject): Readiness {
  const failure = [conditionOf(object, 'Failed'), conditionOf(object, 'FailureTarget')].find(
    (entry) => entry?.status === 'True',
  );
  if (failure) return failed(withCause('failed', failure));
  const successPolicy = conditionOf(object, 'SuccessCriteriaMet');
  if (successPolicy?.status === 'True')
    return ready(withCause('complete by its success policy', successPolicy));
  if (isTrue(object, 'Complete')) return ready('complete');
  // A suspended Job will not run until someone resumes it; waiting for it would only burn the timeout.
  if (isTrue(object, 'Suspended')) return ready('suspended');
  return waiting(
    `running (${num(statusOf(object).active)} active, ${num(statusOf(object).succeeded)} succeeded)`,
  );
}

export function podReadiness(object: KubeObject): Readiness {
  const status = statusOf(object);
  switch (status.phase) {
    case 'Succeeded':
      return ready('succeeded');
    case 'Failed':
      return failed(withCause('failed', { reason: text(status.reason), message: text(status.message) }));
    case 'Running': {
      if (isTrue(object, 'Ready')) return ready('running and ready');
      const unready = unreadyContainers(object);
      return waiting(`running, not ready${unready.length > 0 ? `: ${unready.join(', ')}` : ''}`);
    }
    default:
      return waiting(typeof status.phase === 'string' ? status.phase.toLowerCase() : 'not scheduled yet');
  }
}

export function persistentVolumeClaimReadiness(object: KubeObject): Readiness {
  const phase = statusOf(object).phase;
  if (phase === 'Bound') return ready('bound');
  if (phase === 'Lost') return failed('lost its volume');
  return waiting(`${typeof phase === 'string' ? phase.toLowerCase() : 'pending'}, waiting to be bound`);
}

export function customResourceDefinitionReadiness(object: KubeObject): Readiness {
  const names = conditionOf(object, 'NamesAccepted');
  // A name conflict with another CRD: it will never be established.
  if (names?.status === 'False') return failed(withCause('names not accepted', names));
  return isTrue(object, 'Established') ? ready('established') : waiting('waiting to be established');
}

/** A namespace being deleted is final for this apply: nothing can be created in it any more. */
export function namespaceReadiness(object: KubeObject): Readiness {
  const phase = statusOf(object).phase;
  if (phase === 'Terminating' || isBeingDeleted(object)) return failed('namespace is being deleted');
  return ready(phase === 'Active' ? 'active' : 'present');
}

/**
 * A LoadBalancer Service is ready once it has an address (`status.loadBalancer.ingress`), as kstatus
 * and Argo CD say; every other type at once. On a cluster with no load-balancer controller, the
 * Service's `kubesync.io/wait-for: none` says not to wait.
 */
export function serviceReadiness(object: KubeObject): Readiness {
  if (specOf(object).type !== 'LoadBalancer') return ready('present');
  const balancer = statusOf(object).loadBalancer;
  const ingress = isRecord(balancer) && Array.isArray(balancer.ingress) ? balancer.ingress : [];
  const addresses = ingress.flatMap((entry) =>
    isRecord(entry)
      ? [text(entry.ip) ?? text(entry.hostname)].filter((address) => address !== undefined)
      : [],
  );
  if (ingress.length === 0) return waiting('waiting for a load balancer address');
  return ready(addresses.length > 0 ? `load balancer at ${addresses.join(', ')}` : 'load balancer ready');
}

/**
 * sigs.k8s.io/cli-utils kstatus for every kind without a rule of its own, plus the Ready condition most
 * operators set (kstatus itself ignores Ready). Without status or conditions an object is ready.
 */
export function kstatusReadiness(object: KubeObject): Readiness {
  const generation = metadataOf(object).generation;
  const observed = statusOf(object).observedGeneration;
  if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
    return waiting(`waiting for the controller to observe generation ${generation}`);
  }
  const stalled = conditionOf(object, 'Stalled');
  if (stalled?.status === 'True') return failed(withCause('stalled', stalled));
  const reconciling = conditionOf(object, 'Reconciling');
  if (reconciling?.status === 'True') return waiting(withCause('reconciling', reconciling));
  const readyCondition = conditionOf(object, 'Ready');
  if (readyCondition?.status === 'True') return ready('ready');
  // Ready=False is often transient (a dependency not there yet); only Stalled is final.
  if (readyCondition) return waiting(withCause('not ready', readyCondition));
  return ready('present');
}

/** The built-in kinds with a rule of their own, with the API group that names them. */
const BUILT_IN: ReadonlyMap<string, { readonly group: string; readonly rule: Rule }> = new Map([
  ['Deployment', { group: 'apps', rule: deploymentReadiness }],
  ['StatefulSet', { group: 'apps', rule: statefulSetReadiness }],
  ['DaemonSet', { group: 'apps', rule: daemonSetReadiness }],
  ['ReplicaSet', { group: 'apps', rule: replicaSetReadiness }],
  ['Job', { group: 'batch', rule: jobReadiness }],
  ['Pod', { group: '', rule: podReadiness }],
  ['PersistentVolumeClaim', { group: '', rule: persistentVolumeClaimReadiness }],
  ['Namespace', { group: '', rule: namespaceReadiness }],
  ['Service', { group: '', rule: serviceReadiness }],
  ['CustomResourceDefinition', { group: 'apiextensions.k8s.io', rule: customResourceDefinitionReadiness }],
]);

/** Built-in kinds whose controllers always write status.observedGeneration. */
const REPORTS_OBSERVED_GENERATION = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** The rule for a built-in kind; a custom resource of the same kind name (batch.volcano.sh Job) gets none. */
function builtInRuleFor(object: KubeObject): Rule | undefined {
  const builtIn = BUILT_IN.get(kindOf(object) ?? '');
  const apiVersion = apiVersionOf(object);
  if (!builtIn || (apiVersion !== undefined && groupOf(apiVersion) !== builtIn.group)) return undefined;
  return builtIn.rule;
}

/** Waiting, while the object read back or its controller is behind the generation this apply wrote. */
function behindGeneration(object: KubeObject, generation: number, builtIn: boolean): Readiness | undefined {
  const observed = statusOf(object).observedGeneration;
  const reportsIt = builtIn
    ? REPORTS_OBSERVED_GENERATION.has(kindOf(object) ?? '')
    : typeof observed === 'number';
  if (!reportsIt) return undefined;
  const current = num(metadataOf(object).generation, -1);
  if (current < generation) return waiting(`read generation ${current}, waiting for ${generation}`);
  if (num(observed, -1) < generation) {
    return waiting(`waiting for the controller to observe generation ${generation}`);
  }
  return undefined;
}

/**
 * Readiness of any object: as its `kubesync.io/wait-for` says when it has one, else built-in kinds and
 * the common custom resources by their rules, every other kind by kstatus.
 */
export function readinessOf(object: KubeObject | undefined, options: ReadinessOptions = {}): Readiness {
  if (!object) return waiting('not found yet');
  const declared = waitForOf(object);
  if (declared) return declaredReadiness(declared, object, options);
  const builtInRule = builtInRuleFor(object);
  if (isBeingDeleted(object) && builtInRule !== namespaceReadiness) return waiting('being deleted');
  const behind =
    options.generation === undefined
      ? undefined
      : behindGeneration(object, options.generation, builtInRule !== undefined);
  return behind ?? (builtInRule ?? customResourceRuleFor(object) ?? kstatusReadiness)(object);
}

/**
 * The owner's own definition. Only a read older than what this apply wrote is waited out: everything
 * else is the expression's, as `kubectl wait --for` decides it.
 */
function declaredReadiness(
  declared: ParsedWaitFor,
  object: KubeObject,
  options: ReadinessOptions,
): Readiness {
  if ('problem' in declared) return failed(`${WAIT_FOR_ANNOTATION}: ${declared.problem}`);
  const current = num(metadataOf(object).generation, -1);
  if (options.generation !== undefined && current !== -1 && current < options.generation)
    return waiting(`read generation ${current}, waiting for ${options.generation}`);
  return waitForReadiness(declared.waitFor, object);
}

/**
 * What an observation of a waited-for object says, `lastSeen` being the one before: gone is what
 * `kubesync.io/wait-for: delete` waits for, and a failure for every other object.
 */
export function observedReadiness(
  object: KubeObject | undefined,
  lastSeen: KubeObject | undefined,
  options: ReadinessOptions = {},
): Readiness {
  if (object !== undefined || lastSeen === undefined) return readinessOf(object, options);
  const declared = waitForOf(lastSeen);
  if (declared && 'waitFor' in declared && declared.waitFor.kind !== 'all')
    return waitForReadiness(declared.waitFor, undefined);
  return deletedWhileWaiting(lastSeen);
}

/**
 * An object gone while being waited for (deleted by someone, or its namespace going) fails the wait
 * instead of running out the timeout.
 */
export function deletedWhileWaiting(lastSeen: KubeObject): Readiness {
  const ttl = specOf(lastSeen).ttlSecondsAfterFinished;
  return failed(
    kindOf(lastSeen) === 'Job' && typeof ttl === 'number'
      ? 'deleted while waiting (ttlSecondsAfterFinished removes a finished Job, so how it ended is unknown)'
      : 'deleted while waiting',
  );
}
