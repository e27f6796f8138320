import pLimit from 'p-limit';
import type { ClusterClient } from '../cluster/client.js';
import { groupOf } from '../manifests/resource.js';
import type { KubeObject } from '../model/object.js';
import { refOf } from '../model/object.js';
import type { DesiredObject } from './desired.js';

/** Group, kind, namespace and name: the same object whatever version it is written in. */
export function identity(object: KubeObject): string {
  const ref = refOf(object);
  return `${groupOf(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/** The same with the version: a member listed in another version than the one desired is read again. */
export function versionedIdentity(object: KubeObject): string {
  return `${refOf(object).apiVersion}/${identity(object)}`;
}

/** What a bulk read found: the live object, or undefined when it was read and does not exist. */
export type KnownLiveState = ReadonlyMap<string, KubeObject | undefined>;

/**
 * The live state of the desired objects in as few requests as it takes: the ApplySet's members come
 * listed already; the others that share a kind and namespace with another are read with one LIST
 * (paged) instead of a GET each. An object alone in its kind and namespace is left to its own GET, as
 * is every object of a LIST that failed (the GET then says why).
 */
export async function readLiveState(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  members: readonly KubeObject[],
  concurrency: number,
): Promise<KnownLiveState> {
  const known = new Map<string, KubeObject | undefined>(
    members.map((member) => [versionedIdentity(member), member]),
  );
  const groups = new Map<string, { apiVersion: string; kind: string; namespace?: string; ids: string[] }>();
  for (const { object, awaitsCrd } of desired) {
    const id = versionedIdentity(object);
    if (awaitsCrd || known.has(id)) continue;
    const { apiVersion, kind, namespace } = refOf(object);
    // A LIST of Secrets would read (and register for redaction) every Secret of the namespace.
    if (kind === 'Secret' && apiVersion === 'v1') continue;
    const key = `${apiVersion}/${kind}/${namespace ?? ''}`;
    const group = groups.get(key) ?? { apiVersion, kind, namespace, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const limit = pLimit(concurrency);
  await Promise.all(
    [...groups.values()]
      .filter((group) => group.ids.length > 1)
      .map((group) =>
        limit(async () => {
          const listed = await client
            .list(group.apiVersion, group.kind, { namespace: group.namespace })
            .catch(() => undefined);
          if (!listed) return;
          const byId = new Map(listed.map((object) => [versionedIdentity(object), object]));
          for (const id of group.ids) known.set(id, byId.get(id));
        }),
      ),
  );
  return known;
}
