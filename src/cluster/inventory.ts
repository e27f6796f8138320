import { createHash } from 'node:crypto';
import { UserError } from '../model/errors.js';
import type { KubeObject } from '../model/object.js';
import { appIdentity, LEGACY_FIELD_MANAGER } from '../model/app-identity.js';
import { hasAppliedFields } from './managed-fields.js';
import { apiVersionOf, groupOf, isRecord, kindOf, metadataOf, namespaceOf } from '../model/resource.js';
import { VERSION } from '../model/version.js';
import type { ClusterClient } from './client.js';
import { KubeApiError } from './api-error.js';

export const PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
export const ID_LABEL = 'applyset.kubernetes.io/id';
const TOOLING = 'applyset.kubernetes.io/tooling';
const CONTAINS_GROUP_KINDS = 'applyset.kubernetes.io/contains-group-kinds';
const ADDITIONAL_NAMESPACES = 'applyset.kubernetes.io/additional-namespaces';
const LAST_COMMIT = 'kubesync.io/last-applied-commit';
const LAST_DIGEST = 'kubesync.io/last-applied-digest';
/** When the last apply finished, ISO 8601: the fleet view's age of what runs. */
const LAST_APPLIED_AT = 'kubesync.io/last-applied-at';
/** The container images of the last apply's workloads, comma-separated: what a promotion moves on. */
const LAST_IMAGES = 'kubesync.io/last-applied-images';

/** What the parent records about the last apply. */
export interface InventoryState {
  readonly groupKinds: string[];
  readonly namespaces: string[];
  readonly lastCommit?: string;
  readonly lastDigest?: string;
  /** Undefined when the last apply recorded no time (an apply by an older kubesync). */
  readonly lastAppliedAt?: string;
  /** Undefined when the last apply recorded none (an apply by an older kubesync). */
  readonly lastImages?: string[];
  /** The parent holds fields an older kubesync applied as the legacy manager `kubesync`. */
  readonly legacyParent?: boolean;
}

export interface AppliedCommit {
  readonly sha: string;
  readonly digest: string;
  readonly images?: readonly string[];
  /** ISO 8601. */
  readonly at?: string;
}

/**
 * The set of objects one app owns, kept with the Kubernetes ApplySet convention (KEP-3659): a parent
 * Secret labelled with the set's id and annotated with the group-kinds and namespaces its members live
 * in; members labelled `applyset.kubernetes.io/part-of: <id>`. Prune lists exactly these members, so it
 * can never touch anything this app did not apply, and `kubectl apply --prune --applyset` reads the same set.
 */
export class ApplySetInventory {
  readonly id: string;
  readonly parentName: string;

  constructor(
    app: string,
    readonly namespace: string,
  ) {
    this.parentName = appIdentity(app, namespace).parentName;
    this.id = applySetId(this.parentName, namespace, 'Secret', '');
  }

  get parentRef() {
    return { apiVersion: 'v1', kind: 'Secret', namespace: this.namespace, name: this.parentName };
  }

  async read(client: ClusterClient): Promise<InventoryState | undefined> {
    const parent = await client.get(this.parentRef);
    if (!parent) return undefined;
    const metadata = metadataOf(parent);
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    if (labels[ID_LABEL] !== this.id) {
      throw new UserError(
        `Secret ${this.namespace}/${this.parentName} exists but is not the ApplySet parent of this app (its ${ID_LABEL} label is not ${this.id}); rename the app or remove that Secret`,
      );
    }
    const annotations = (isRecord(metadata.annotations) ? metadata.annotations : {}) as Record<
      string,
      string
    >;
    return {
      groupKinds: splitList(annotations[CONTAINS_GROUP_KINDS]),
      namespaces: [this.namespace, ...splitList(annotations[ADDITIONAL_NAMESPACES])].filter(unique),
      lastCommit: annotations[LAST_COMMIT],
      lastDigest: annotations[LAST_DIGEST],
      lastAppliedAt: annotations[LAST_APPLIED_AT],
      lastImages: annotations[LAST_IMAGES] === undefined ? undefined : splitList(annotations[LAST_IMAGES]),
      ...(hasAppliedFields(parent, LEGACY_FIELD_MANAGER) ? { legacyParent: true } : {}),
    };
  }

  /** The label every member carries. */
  memberLabels(): Record<string, string> {
    return { [PART_OF_LABEL]: this.id };
  }

  /**
   * Every object labelled as a member, across the group-kinds and namespaces the parent records: one
   * LIST per kind and namespace, in the order the parent lists them. Every request, discovery
   * included, goes through `limit`; asked for first, the discovery is first in its queue.
   */
  async members(
    client: ClusterClient,
    state: InventoryState,
    limit: <T>(read: () => Promise<T>) => Promise<T>,
  ): Promise<KubeObject[]> {
    const selector = `${PART_OF_LABEL}=${this.id}`;
    const perKind = await Promise.all(
      state.groupKinds.map(async (groupKind) => {
        const [kind = '', ...groupParts] = groupKind.split('.');
        const group = groupParts.join('.');
        const version = await limit(() => client.preferredVersion(group));
        if (!version) return []; // the kind's API is gone from the cluster, so are its objects
        const apiVersion = group ? `${group}/${version}` : version;
        const resource = await limit(() => client.resourceFor(apiVersion, kind));
        if (!resource) return [];
        const namespaces = resource.namespaced ? state.namespaces : [undefined];
        const lists = await Promise.all(
          namespaces.map((namespace) =>
            limit(() => client.list(apiVersion, kind, { namespace, labelSelector: selector })),
          ),
        );
        // Never trust the selector alone: only objects that carry exactly our label are members.
        return lists.flat().filter((item) => isMember(item, this.id));
      }),
    );
    return perKind.flat();
  }

  /** The parent Secret recording the given members (and, once applied, the commit). */
  parent(objects: readonly KubeObject[], commit?: AppliedCommit): KubeObject {
    const annotations: Record<string, string> = {
      [TOOLING]: `kubesync/v${VERSION}`,
      [CONTAINS_GROUP_KINDS]: groupKindsOf(objects).join(','),
      [ADDITIONAL_NAMESPACES]: namespacesOf(objects)
        .filter((namespace) => namespace !== this.namespace)
        .join(','),
    };
    if (commit) {
      annotations[LAST_COMMIT] = commit.sha;
      annotations[LAST_DIGEST] = commit.digest;
      if (commit.images) annotations[LAST_IMAGES] = commit.images.join(',');
      if (commit.at) annotations[LAST_APPLIED_AT] = commit.at;
    }
    return {
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'Opaque',
      metadata: {
        name: this.parentName,
        namespace: this.namespace,
        labels: { [ID_LABEL]: this.id },
        annotations,
      },
    };
  }
}

/**
 * Whether `members` lists this kind in this namespace (a cluster-scoped kind has none): a member of it
 * written in the kind's preferred version is then among the members, and only the other objects of
 * the kind need reading.
 */
export function membersListed(
  state: InventoryState,
  group: string,
  kind: string,
  namespace: string | undefined,
): boolean {
  const groupKind = group ? `${kind}.${group}` : kind;
  return (
    state.groupKinds.includes(groupKind) && (namespace === undefined || state.namespaces.includes(namespace))
  );
}

/**
 * The kubesync app whose ApplySet has this id, found by its parent Secret `kubesync-<app>` in
 * `namespace` (the id proves the name); undefined when it is not there, or Secrets may not be listed.
 */
export async function kubesyncAppOfSet(
  client: ClusterClient,
  id: string,
  namespace: string,
): Promise<string | undefined> {
  const parents = await client
    .list('v1', 'Secret', { namespace, labelSelector: `${ID_LABEL}=${id}` })
    .catch((error: unknown) => {
      if (error instanceof KubeApiError && error.status === 403) return [];
      throw error;
    });
  const prefix = appIdentity('', namespace).parentName;
  for (const parent of parents) {
    const name = metadataOf(parent).name;
    if (
      typeof name === 'string' &&
      name.startsWith(prefix) &&
      applySetId(name, namespace, 'Secret', '') === id
    )
      return name.slice(prefix.length);
  }
  return undefined;
}

/** `applyset-<base64url(sha256(<name>.<namespace>.<kind>.<group>))>-v1`, as kubectl computes it. */
export function applySetId(name: string, namespace: string, kind: string, group: string): string {
  const hash = createHash('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
  return `applyset-${hash}-v1`;
}

export function isMember(object: KubeObject, id: string): boolean {
  const labels = metadataOf(object).labels;
  return isRecord(labels) && labels[PART_OF_LABEL] === id;
}

/** `Deployment.apps`, `Service`: the GroupKind spelling of the ApplySet annotations, sorted. */
export function groupKindsOf(objects: readonly KubeObject[]): string[] {
  return objects
    .map((object) => {
      const group = groupOf(apiVersionOf(object) ?? '');
      return group ? `${kindOf(object) ?? ''}.${group}` : (kindOf(object) ?? '');
    })
    .filter(unique)
    .sort();
}

function namespacesOf(objects: readonly KubeObject[]): string[] {
  return objects
    .map((object) => namespaceOf(object))
    .filter((namespace): namespace is string => Boolean(namespace))
    .filter(unique)
    .sort();
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function unique<T>(value: T, index: number, array: readonly T[]): boolean {
  return array.indexOf(value) === index;
}
