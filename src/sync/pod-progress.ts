import { isRecord } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return isRecord(value) ? value : {};
}

/** `Insufficient cpu` out of `0/3 nodes are available: 3 Insufficient cpu. preemption: …`. */
export function schedulingCause(message: string): string {
  const first = message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? message;
  const causes = first.replace(/^\d+\/\d+ nodes are available:\s*/, '');
  return causes
    .split(/,\s*/)
    .map((cause) => cause.replace(/^\d+\s+/, ''))
    .join(', ');
}

/** What keeps one pod from being ready, in a word or two: `Pending: Insufficient cpu`, `CrashLoopBackOff`. */
function troubleOf(pod: KubeObject): string | undefined {
  const status = fields(pod.status);
  const conditions = Array.isArray(status.conditions) ? status.conditions.map(fields) : [];
  const ready = conditions.find((entry) => entry.type === 'Ready');
  if (status.phase === 'Succeeded' || ready?.status === 'True') return undefined;
  const scheduled = conditions.find((entry) => entry.type === 'PodScheduled');
  if (scheduled?.status === 'False')
    return `Pending: ${typeof scheduled.message === 'string' ? schedulingCause(scheduled.message) : 'Unschedulable'}`;
  const statuses = [status.initContainerStatuses, status.containerStatuses].flatMap((list) =>
    Array.isArray(list) ? list.map(fields) : [],
  );
  for (const container of statuses) {
    const state = fields(container.state);
    const waiting = fields(state.waiting);
    const terminated = fields(state.terminated);
    if (typeof waiting.reason === 'string' && waiting.reason !== 'ContainerCreating') return waiting.reason;
    if (typeof terminated.exitCode === 'number' && terminated.exitCode !== 0)
      return typeof terminated.reason === 'string' ? terminated.reason : `exit code ${terminated.exitCode}`;
  }
  if (status.phase === 'Running') return 'Running, not ready';
  return typeof status.phase === 'string' ? status.phase : 'Pending';
}

/** `1 Pending: Insufficient cpu, 2 CrashLoopBackOff`: the pods that are not ready, by why; '' when none. */
export function podTrouble(pods: readonly KubeObject[]): string {
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const trouble = troubleOf(pod);
    if (trouble) counts.set(trouble, (counts.get(trouble) ?? 0) + 1);
  }
  return [...counts].map(([trouble, count]) => `${count} ${trouble}`).join(', ');
}
