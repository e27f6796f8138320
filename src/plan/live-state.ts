import type { ClusterClient } from '../cluster/client.js';
import { groupOf } from '../model/resource.js';
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

/** Desired objects of one kind in one namespace, by their versioned identity. */
interface SameKindAndNamespace {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly ids: string[];
}

/**
 * The live state of the desired objects in as few requests and round trips as it takes: the ApplySet's
 * members come listed already; the others that share a kind and namespace with another are read with
 * one LIST (paged) instead of a GET each. Kinds the members' lists cover are read once those lists are
 * in, for the desired objects not among them; the rest are read meanwhile. An object alone in its kind
 * and namespace is left to its own GET, as is every object of a LIST that failed (the GET then says why).
 */
export async function readLiveState(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  sources: {
    readonly members: Promise<readonly KubeObject[]>;
    /** Whether the members' lists include this kind in this namespace. */
    readonly membersListed: (group: string, kind: string, namespace: string | undefined) => boolean;
    readonly limit: <T>(read: () => Promise<T>) => Promise<T>;
  },
): Promise<KnownLiveState> {
  const known = new Map<string, KubeObject | undefined>();
  const groups = new Map<string, SameKindAndNamespace>();
  for (const { object, awaitsCrd } of desired) {
    if (awaitsCrd) continue;
    const { apiVersion, kind, namespace } = refOf(object);
    // A LIST of Secrets would read (and register for redaction) every Secret of the namespace.
    if (kind === 'Secret' && apiVersion === 'v1') continue;
    const key = `${apiVersion}/${kind}/${namespace ?? ''}`;
    const group = groups.get(key) ?? { apiVersion, kind, namespace, ids: [] };
    group.ids.push(versionedIdentity(object));
    groups.set(key, group);
  }
  const listGroup = async (group: SameKindAndNamespace) => {
    const listed = await sources
      .limit(() => client.list(group.apiVersion, group.kind, { namespace: group.namespace }))
      .catch(() => undefined);
    if (!listed) return;
    const byId = new Map(listed.map((object) => [versionedIdentity(object), object]));
    for (const id of group.ids) known.set(id, byId.get(id));
  };
  const membersById = sources.members.then(
    (members) => new Map(members.map((member) => [versionedIdentity(member), member])),
  );
  const afterMembers = async (group: SameKindAndNamespace) => {
    const listed = await membersById;
    const unlisted = group.ids.filter((id) => !listed.has(id));
    if (unlisted.length > 1) await listGroup({ ...group, ids: unlisted });
  };
  const [members] = await Promise.all([
    membersById,
    ...[...groups.values()].map((group) =>
      sources.membersListed(groupOf(group.apiVersion), group.kind, group.namespace)
        ? afterMembers(group)
        : group.ids.length > 1
          ? listGroup(group)
          : undefined,
    ),
  ]);
  for (const [id, member] of members) known.set(id, member);
  return known;
}
