import { isRecord } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';

interface ContainerStatus {
  readonly name?: unknown;
  readonly ready?: unknown;
  readonly started?: unknown;
  readonly state?: { readonly waiting?: { readonly reason?: unknown } };
}

/**
 * What keeps a running pod from Ready, container by container: `sidecar proxy not ready`,
 * `container web CrashLoopBackOff`. Native sidecars (init containers with restartPolicy Always,
 * Kubernetes 1.29+) count as the kubelet counts them: the pod is Ready only once they are.
 */
export function unreadyContainers(pod: KubeObject): string[] {
  const spec = isRecord(pod.spec) ? pod.spec : {};
  const status = isRecord(pod.status) ? pod.status : {};
  const sidecars = listOf(spec.initContainers)
    .filter((container) => container.restartPolicy === 'Always')
    .map((container) => container.name);
  const statuses = (list: unknown) => listOf(list) as ContainerStatus[];
  const sidecarStatuses = statuses(status.initContainerStatuses).filter((entry) =>
    sidecars.includes(entry.name),
  );
  return [
    ...sidecarStatuses.flatMap((entry) => problemOf('sidecar', entry)),
    ...statuses(status.containerStatuses).flatMap((entry) => problemOf('container', entry)),
  ];
}

function problemOf(role: 'sidecar' | 'container', entry: ContainerStatus): string[] {
  if (entry.ready === true) return [];
  const name = typeof entry.name === 'string' ? entry.name : '<no name>';
  const waiting = entry.state?.waiting?.reason;
  if (typeof waiting === 'string' && waiting !== '') return [`${role} ${name} ${waiting}`];
  return [`${role} ${name} ${entry.started === false ? 'not started' : 'not ready'}`];
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
