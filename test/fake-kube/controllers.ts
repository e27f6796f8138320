/**
 * The controllers' and kubelet's part of the fake: the status of workloads, PVCs, CRDs and namespaces.
 * A workload behaves as its pod template's annotations tell the real control plane's kubelet stand-in
 * (`fake-kubelet.lab/behavior`, `fake-kubelet.lab/ready-after-seconds`; see
 * ../shared/control-plane/README.md), unless a test chose a behaviour for it. Time is the clock's:
 * a Deployment exceeds its progress deadline `progressDeadlineSeconds` after its rollout started.
 */
import { createHash } from 'node:crypto';
import type { Json, JsonObject } from './fields.js';
import { getPath, isObject } from './fields.js';

/** How a workload behaves when a test chooses (overriding its pod template's annotations). */
export type WorkloadBehaviour =
  'ready' | 'stuck' | 'deadline-exceeded' | 'failed' | { readyAfterReads: number };

export const BEHAVIOR_ANNOTATION = 'fake-kubelet.lab/behavior';
export const READY_AFTER_ANNOTATION = 'fake-kubelet.lab/ready-after-seconds';
export const COMPLETE_AFTER_ANNOTATION = 'fake-kubelet.lab/complete-after-seconds';

/** Kinds whose status a controller writes some time after a spec change, not in the write itself. */
export const LAGGING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Since the last spec change: when it was, how many reads saw a reconciled status, reads still stale. */
export interface Rollout {
  startedAt: number;
  reads: number;
  /** Reads that still see the status from before the change (observedGeneration lagging). */
  staleReads: number;
}

export interface ControllerOptions {
  /** GETs a new CRD answers before it reports Established. */
  crdEstablishAfterReads?: number;
}

/** Where the pods' readiness stands: how many of the desired replicas are ready, or why none will be. */
interface Progress {
  /** 0..1 of the desired replicas ready now. */
  ready: number;
  /** The pods fail (a Job's pod exits 1). */
  failed: boolean;
  /** A test asked for the deadline to be exceeded right away. */
  deadlineNow: boolean;
}

/** Sets `object.status` as the controllers would by now. */
export function reconcile(
  object: JsonObject,
  behaviour: WorkloadBehaviour | undefined,
  rollout: Rollout,
  options: ControllerOptions = {},
  now = Date.now(),
): void {
  const kind = String(object.kind);
  const metadata = object.metadata as JsonObject;
  const spec = isObject(object.spec) ? object.spec : {};
  const generation = Number(metadata.generation ?? 1);
  const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const progress = progressOf(kind, object, behaviour, rollout, now);
  const ready = Math.floor(progress.ready * desired);
  switch (kind) {
    case 'Deployment': {
      const replicaSet = `ReplicaSet "${String(metadata.name)}-${podTemplateHash(spec.template)}"`;
      const deadline = typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600;
      const timedOut =
        progress.deadlineNow || (ready < desired && now - rollout.startedAt >= deadline * 1000);
      const available = ready >= desired - maxUnavailable(spec, desired);
      object.status = withoutZeros({
        observedGeneration: generation,
        replicas: desired,
        updatedReplicas: desired,
        readyReplicas: ready,
        availableReplicas: ready,
        unavailableReplicas: desired - ready,
        conditions: [
          available
            ? condition(
                'Available',
                'True',
                'MinimumReplicasAvailable',
                'Deployment has minimum availability.',
              )
            : condition(
                'Available',
                'False',
                'MinimumReplicasUnavailable',
                'Deployment does not have minimum availability.',
              ),
          timedOut
            ? condition(
                'Progressing',
                'False',
                'ProgressDeadlineExceeded',
                `${replicaSet} has timed out progressing.`,
              )
            : ready === desired
              ? condition(
                  'Progressing',
                  'True',
                  'NewReplicaSetAvailable',
                  `${replicaSet} has successfully progressed.`,
                )
              : condition('Progressing', 'True', 'ReplicaSetUpdated', `${replicaSet} is progressing.`),
        ],
      });
      break;
    }
    case 'StatefulSet': {
      const revision = `${String(metadata.name)}-${podTemplateHash(spec.template)}`;
      object.status = withoutZeros({
        observedGeneration: generation,
        replicas: desired,
        readyReplicas: ready,
        currentReplicas: desired,
        updatedReplicas: desired,
        currentRevision: revision,
        updateRevision: revision,
        availableReplicas: ready,
        collisionCount: 0,
      });
      break;
    }
    case 'ReplicaSet':
      object.status = withoutZeros({
        observedGeneration: generation,
        replicas: desired,
        fullyLabeledReplicas: desired,
        readyReplicas: ready,
        availableReplicas: ready,
      });
      break;
    case 'DaemonSet': {
      const scheduled = 2;
      const readyPods = Math.floor(progress.ready * scheduled);
      object.status = withoutZeros({
        observedGeneration: generation,
        currentNumberScheduled: scheduled,
        numberMisscheduled: 0,
        desiredNumberScheduled: scheduled,
        numberReady: readyPods,
        updatedNumberScheduled: scheduled,
        numberAvailable: readyPods,
        numberUnavailable: scheduled - readyPods,
      });
      break;
    }
    case 'Job': {
      const startTime = timestamp(rollout.startedAt);
      object.status = progress.failed
        ? {
            conditions: [
              condition(
                'Failed',
                'True',
                'BackoffLimitExceeded',
                'Job has reached the specified backoff limit',
              ),
            ],
            startTime,
            failed: 1,
            uncountedTerminatedPods: {},
            ready: 0,
          }
        : progress.ready >= 1
          ? {
              conditions: [{ type: 'Complete', status: 'True' }],
              startTime,
              completionTime: timestamp(now),
              succeeded: 1,
              uncountedTerminatedPods: {},
              ready: 0,
            }
          : { startTime, active: 1, uncountedTerminatedPods: {}, ready: 0 };
      break;
    }
    case 'PersistentVolumeClaim':
      object.status = { phase: progress.ready >= 1 ? 'Bound' : 'Pending' };
      break;
    case 'Namespace':
      object.status = { phase: 'Active' };
      break;
    case 'Service':
      object.status = { loadBalancer: {} };
      break;
    case 'CustomResourceDefinition': {
      const established = rollout.reads >= (options.crdEstablishAfterReads ?? 0);
      object.status = {
        conditions: [
          condition('NamesAccepted', 'True', 'NoConflicts', 'no conflicts found'),
          established
            ? condition('Established', 'True', 'InitialNamesAccepted', 'the initial names have been accepted')
            : condition('Established', 'False', 'Installing', 'the initial names have been accepted'),
        ],
      };
      break;
    }
    default:
      break;
  }
}

function progressOf(
  kind: string,
  object: JsonObject,
  behaviour: WorkloadBehaviour | undefined,
  rollout: Rollout,
  now: number,
): Progress {
  const none = { ready: 0, failed: false, deadlineNow: false };
  if (behaviour !== undefined) {
    if (typeof behaviour === 'object')
      return { ...none, ready: Math.min(1, rollout.reads / Math.max(1, behaviour.readyAfterReads)) };
    if (behaviour === 'ready') return { ...none, ready: 1 };
    return { ...none, failed: behaviour === 'failed', deadlineNow: behaviour === 'deadline-exceeded' };
  }
  const template = podTemplateOf(kind, object);
  if (!template) return { ...none, ready: 1 };
  const annotations = getPath(template, ['metadata', 'annotations']);
  const annotation = (name: string) => (isObject(annotations) ? annotations[name] : undefined);
  const seconds = (name: string) => 1000 * (Number(annotation(name) ?? 0) || 0);
  const behavior = annotation(BEHAVIOR_ANNOTATION);
  const elapsed = now - rollout.startedAt;
  if (kind === 'Job') {
    const restartPolicy = getPath(template, ['spec', 'restartPolicy']);
    if (behavior === 'fail' || (behavior === 'crash' && restartPolicy === 'Never'))
      return { ...none, failed: true };
    if (behavior === 'unready' || behavior === 'crash' || behavior === 'image-pull-error') return none;
    // The kubelet stand-in completes a Job's pod after 1 s by default; the fake at once unless told.
    return { ...none, ready: elapsed >= seconds(COMPLETE_AFTER_ANNOTATION) ? 1 : 0 };
  }
  // Pods that crash, cannot pull, exit or are never Ready: the rollout never finishes.
  if (typeof behavior === 'string' && behavior !== '') return none;
  return { ...none, ready: elapsed >= seconds(READY_AFTER_ANNOTATION) ? 1 : 0 };
}

function podTemplateOf(kind: string, object: JsonObject): JsonObject | undefined {
  const template =
    kind === 'CronJob'
      ? getPath(object, ['spec', 'jobTemplate', 'spec', 'template'])
      : getPath(object, ['spec', 'template']);
  return ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'].includes(kind) &&
    isObject(template)
    ? template
    : undefined;
}

/** `maxUnavailable` of a rolling update: a number, or a percentage of the replicas rounded down (25%). */
function maxUnavailable(spec: JsonObject, desired: number): number {
  const value = getPath(spec, ['strategy', 'rollingUpdate', 'maxUnavailable']) ?? '25%';
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(String(value));
  return percent ? Math.floor((desired * Number(percent[1])) / 100) : 0;
}

/** A pod-template-hash as the Deployment controller spells it (safe characters, no vowels). */
function podTemplateHash(template: Json | undefined): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const digest = createHash('sha256')
    .update(JSON.stringify(template ?? null))
    .digest();
  return [...digest.subarray(0, 9)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

function condition(type: string, status: string, reason: string, message: string): JsonObject {
  return { type, status, reason, message };
}

/** Go's omitempty: zero counts are left out of a status. */
function withoutZeros(status: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(status).filter(([, value]) => value !== 0));
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}
