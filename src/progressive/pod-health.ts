import { readinessOf } from '../sync/readiness.js';
import { isRecord, nameOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import { plural } from '../model/plural.js';
import type { Sample } from './analysis.js';

export interface PodHealthInput {
  /** The Deployment whose pods these are, for the description: `web-canary`. */
  readonly name: string;
  /** Its pods as the API returns them. */
  readonly pods: readonly KubeObject[];
  readonly wantedReplicas: number;
  /** Pod name → restarts when the analysis started (restartsByPod); a pod not in it started at 0. */
  readonly restartsAtStart: Readonly<Record<string, number>>;
}

interface ContainerStatus {
  readonly restartCount?: unknown;
  readonly state?: { readonly waiting?: { readonly reason?: unknown } };
  readonly lastState?: { readonly terminated?: { readonly reason?: unknown } };
}

/** Pod name → restarts of all its containers so far, init containers (sidecars) included. */
export function restartsByPod(pods: readonly KubeObject[]): Record<string, number> {
  return Object.fromEntries(pods.map((pod) => [podName(pod), restartsOf(pod)]));
}

/**
 * The Kubernetes half of a sample: healthy when at least the wanted number of pods are ready and no
 * container restarted since the analysis started. Otherwise it names each pod in trouble and why:
 * `web-canary: 1/2 ready, 3 restarts; web-canary-7d9f-abcde: CrashLoopBackOff, 3 restarts`.
 */
export function podHealthSample(input: PodHealthInput): Sample {
  let readyPods = 0;
  let restarts = 0;
  const troubles: string[] = [];
  for (const pod of input.pods) {
    const readiness = readinessOf(pod);
    const ready = readiness.ok;
    const restarted = Math.max(0, restartsOf(pod) - (input.restartsAtStart[podName(pod)] ?? 0));
    if (ready) readyPods++;
    restarts += restarted;
    if (ready && restarted === 0) continue;
    const reason = waitingReason(pod) ?? (ready ? lastTerminationReason(pod) : readiness.message);
    troubles.push(
      `${podName(pod)}: ${[reason, restarted ? plural(restarted, 'restart') : undefined].filter(Boolean).join(', ')}`,
    );
  }
  if (input.pods.length === 0) troubles.push('no pods');
  const summary = `${input.name}: ${readyPods}/${input.wantedReplicas} ready, ${plural(restarts, 'restart')}`;
  return {
    ok: readyPods >= input.wantedReplicas && restarts === 0,
    description: [summary, ...troubles].join('; '),
  };
}

function podName(pod: KubeObject): string {
  return nameOf(pod) ?? '<no name>';
}

function containerStatuses(pod: KubeObject): ContainerStatus[] {
  const status = isRecord(pod.status) ? pod.status : {};
  return [status.initContainerStatuses, status.containerStatuses].flatMap((list) =>
    Array.isArray(list) ? (list.filter(isRecord) as ContainerStatus[]) : [],
  );
}

function restartsOf(pod: KubeObject): number {
  return containerStatuses(pod).reduce(
    (sum, container) => sum + (typeof container.restartCount === 'number' ? container.restartCount : 0),
    0,
  );
}

/** `CrashLoopBackOff`, `ImagePullBackOff`, `CreateContainerConfigError`: why a container is not running. */
function waitingReason(pod: KubeObject): string | undefined {
  return firstString(containerStatuses(pod).map((container) => container.state?.waiting?.reason));
}

/** `OOMKilled`, `Error`: how the container that restarted last ended. */
function lastTerminationReason(pod: KubeObject): string | undefined {
  return firstString(containerStatuses(pod).map((container) => container.lastState?.terminated?.reason));
}

function firstString(values: readonly unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value !== '');
}
