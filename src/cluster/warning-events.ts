import { metadataOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import type { ClusterClient } from './client.js';

/**
 * The Warning events in a namespace about the objects with these uids (a workload, its ReplicaSets and
 * pods): what `kubectl describe` lists under Events.
 */
export async function readWarningEvents(
  client: ClusterClient,
  namespace: string,
  objects: readonly KubeObject[],
): Promise<KubeObject[]> {
  const uids = new Set(
    objects.map((object) => metadataOf(object).uid).filter((uid) => typeof uid === 'string'),
  );
  if (uids.size === 0) return [];
  const events = await client.list('v1', 'Event', { namespace });
  return events.filter((event) => {
    const involved = event.involvedObject as { uid?: unknown } | undefined;
    return event.type === 'Warning' && uids.has(involved?.uid as string);
  });
}
