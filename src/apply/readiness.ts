import type { KubeObject } from '../manifests/resource.js';
import { isRecord, kindOf, metadataOf } from '../manifests/resource.js';

/** Whether an object has settled, and if so whether well; `message` is what a person watching wants to see. */
export interface Readiness {
  readonly done: boolean;
  readonly ok: boolean;
  readonly message: string;
}

type Status = Record<string, unknown>;
interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

const ready = (message: string): Readiness => ({ done: true, ok: true, message });
const waiting = (message: string): Readiness => ({ done: false, ok: false, message });
const failed = (message: string): Readiness => ({ done: true, ok: false, message });

function statusOf(object: KubeObject): Status {
  return isRecord(object.status) ? object.status : {};
}
function specOf(object: KubeObject): Status {
  return isRecord(object.spec) ? object.spec : {};
}
function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? value : fallback;
}
function condition(object: KubeObject, type: string): Condition | undefined {
  const conditions = statusOf(object).conditions;
  return Array.isArray(conditions)
    ? (conditions as Condition[]).find((entry) => entry.type === type)
    : undefined;
}
/** The controller has not seen the latest spec yet: nothing in status can be trusted. */
function stale(object: KubeObject): boolean {
  return num(statusOf(object).observedGeneration, -1) < num(metadataOf(object).generation, 0);
}

/** `kubectl rollout status` rules for a Deployment. */
export function deploymentReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the rollout to start');
  const progressing = condition(object, 'Progressing');
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

export function statefulSetReadiness(object: KubeObject): Readiness {
  if (stale(object)) return waiting('waiting for the rollout to start');
  const spec = specOf(object);
  if (isRecord(spec.updateStrategy) && spec.updateStrategy.type === 'OnDelete')
    return ready('updates on delete');
  const status = statusOf(object);
  const desired = num(spec.replicas, 1);
  const readyReplicas = num(status.readyReplicas);
  if (readyReplicas < desired) return waiting(`${readyReplicas}/${desired} replicas ready`);
  if (status.updateRevision !== status.currentRevision) {
    return waiting(`${num(status.updatedReplicas)}/${desired} replicas updated`);
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

export function jobReadiness(object: KubeObject): Readiness {
  const failure = condition(object, 'Failed');
  if (failure?.status === 'True')
    return failed(`failed: ${failure.reason ?? ''}${failure.message ? ` (${failure.message})` : ''}`);
  if (condition(object, 'Complete')?.status === 'True') return ready('complete');
  return waiting(
    `running (${num(statusOf(object).active)} active, ${num(statusOf(object).succeeded)} succeeded)`,
  );
}

export function persistentVolumeClaimReadiness(object: KubeObject): Readiness {
  const phase = statusOf(object).phase;
  if (phase === 'Bound') return ready('bound');
  if (phase === 'Lost') return failed('lost its volume');
  return waiting(`${typeof phase === 'string' ? phase.toLowerCase() : 'pending'}, waiting to be bound`);
}

export function customResourceDefinitionReadiness(object: KubeObject): Readiness {
  return condition(object, 'Established')?.status === 'True'
    ? ready('established')
    : waiting('waiting to be established');
}

const BY_KIND: Record<string, (object: KubeObject) => Readiness> = {
  Deployment: deploymentReadiness,
  StatefulSet: statefulSetReadiness,
  DaemonSet: daemonSetReadiness,
  Job: jobReadiness,
  PersistentVolumeClaim: persistentVolumeClaimReadiness,
  CustomResourceDefinition: customResourceDefinitionReadiness,
};

/** Readiness of any object: the kinds above by their rules, every other kind as soon as it exists. */
export function readinessOf(object: KubeObject | undefined): Readiness {
  if (!object) return waiting('not found yet');
  const check = BY_KIND[kindOf(object) ?? ''];
  return check ? check(object) : ready('present');
}
