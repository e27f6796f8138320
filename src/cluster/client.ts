import type { KubeObject, ObjectRef } from '../model/object.js';

/** What discovery says about a kind: its REST name and whether it lives in namespaces. */
export interface ApiResource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly plural: string;
  readonly namespaced: boolean;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface Preconditions {
  readonly uid?: string;
  readonly resourceVersion?: string;
}

export interface ApplyOptions {
  readonly dryRun?: boolean;
  readonly force?: boolean;
  /** Another manager than the client's own: a dry run as the legacy manager sees what a migrated apply does. */
  readonly fieldManager?: string;
}

/** What a request is authorized as: RBAC's verb, group, resource, namespace and name. */
export interface PodLogOptions {
  readonly tailLines: number;
  /** The log of the container's previous run: a crashed container's own last words. */
  readonly previous?: boolean;
}

export interface ResourceAttributes {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly namespace?: string;
  readonly name?: string;
}

/**
 * The seam around the Kubernetes API: every cluster call kubesync makes goes through this interface.
 * Objects travel as plain JSON exactly as written, never through a typed model that could drop a
 * misspelled field, and the API server validates them strictly.
 */
export interface ClusterClient {
  /** The API server's host, for reports. */
  readonly server: string;
  resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined>;
  /** The preferred version of a group, to list a group-kind recorded without a version. */
  preferredVersion(group: string): Promise<string | undefined>;
  /** Forgets what discovery found, e.g. after CRDs were applied. */
  refreshDiscovery(): void;
  get(ref: ObjectRef): Promise<KubeObject | undefined>;
  list(
    apiVersion: string,
    kind: string,
    options?: { namespace?: string; labelSelector?: string },
  ): Promise<KubeObject[]>;
  /**
   * The last lines of a container's log, tried once; a cluster whose kubelet serves no logs answers
   * with an error. Optional: a client without it has no logs to give.
   */
  podLog?(namespace: string, pod: string, container: string, options: PodLogOptions): Promise<string>;
  apply(object: KubeObject, options?: ApplyOptions): Promise<KubeObject>;
  create(object: KubeObject): Promise<KubeObject>;
  /**
   * A JSON merge patch (RBAC's verb patch, as server-side apply): with `metadata.resourceVersion` in
   * it, fails with 409 when the object changed since.
   */
  mergePatch(ref: ObjectRef, patch: Record<string, unknown>): Promise<KubeObject>;
  /** PUT: replaces the whole object; fails with 409 when its resourceVersion is stale. */
  replace(object: KubeObject): Promise<KubeObject>;
  /**
   * Whether these credentials may make a request (a SelfSubjectAccessReview, which every
   * authenticated user may create). Nothing is stored, so a retry after a lost answer just asks again.
   */
  reviewAccess(attributes: ResourceAttributes): Promise<boolean>;
  /**
   * Returns false when the object was already gone. With preconditions, deletes only that object
   * (a 409 Conflict when it was replaced since), as kubectl does with `--uid`.
   */
  delete(
    ref: ObjectRef,
    propagationPolicy?: PropagationPolicy,
    preconditions?: Preconditions,
  ): Promise<boolean>;
}
