import type { ContainerLog } from '../model/failure-report.js';
import type { ClusterClient } from './client.js';

/**
 * The last lines of one container's log, or undefined when there is none to read: the kubelet serves no
 * logs (a test cluster's stand-in), the container never started, or the read is not allowed. Evidence for
 * a failure report is a bonus; it never turns into a failure of its own.
 */
export async function readContainerLog(
  client: ClusterClient,
  namespace: string,
  target: { pod: string; container: string; previous: boolean },
  tailLines = 20,
): Promise<ContainerLog | undefined> {
  if (!client.podLog) return undefined;
  try {
    const text = await client.podLog(namespace, target.pod, target.container, {
      tailLines,
      previous: target.previous,
    });
    const lines = text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
    return lines.length > 0 ? { ...target, lines: lines.slice(-tailLines) } : undefined;
  } catch {
    return undefined;
  }
}
