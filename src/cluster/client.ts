import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  type KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import type { KubeObject, ObjectRef } from '../model/object.js';
import { refOf } from '../model/object.js';
import { FIELD_MANAGER } from '../model/app-identity.js';
import { groupOf, metadataOf, versionOf } from '../manifests/resource.js';
import type { RetryPolicy } from '../retry.js';
import { classifyHttpFailure, DEFAULT_RETRY, mayHaveTakenEffect, withRetry } from '../retry.js';
import { withDeadline } from '../deadline.js';
import { isNotFound, KubeApiError } from './api-error.js';
import { serverHost } from './kubeconfig.js';

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
}

/** What a request is authorized as: RBAC's verb, group, resource, namespace and name. */
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
  apply(object: KubeObject, options?: ApplyOptions): Promise<KubeObject>;
  create(object: KubeObject): Promise<KubeObject>;
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

export interface ClientOptions {
  readonly retry?: RetryPolicy;
  readonly requestTimeoutMs?: number;
  readonly onRetry?: (message: string) => void;
  /** Sees every answer, e.g. so that the values of each Secret read are redacted from all output. */
  readonly onAnswer?: (body: unknown) => void;
}

export class HttpClusterClient implements ClusterClient {
  readonly server: string;
  private readonly http = new IsomorphicFetchHttpLibrary();
  private readonly baseUrl: string;
  private readonly groupVersions = new Map<string, Promise<Map<string, ApiResource> | undefined>>();
  private readonly groups = new Map<string, Promise<string | undefined>>();
  private dispatcher?: ReturnType<RequestContext['getDispatcher']>;

  constructor(
    private readonly config: KubeConfig,
    private readonly options: ClientOptions = {},
  ) {
    this.server = serverHost(config);
    this.baseUrl = (config.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
  }

  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    let resources = this.groupVersions.get(apiVersion);
    if (!resources) {
      resources = this.discoverGroupVersion(apiVersion);
      this.groupVersions.set(apiVersion, resources);
    }
    return (await resources)?.get(kind);
  }

  async preferredVersion(group: string): Promise<string | undefined> {
    if (group === '') return 'v1';
    let version = this.groups.get(group);
    if (!version) {
      version = this.request<{ preferredVersion?: { version?: string } }>('GET', `/apis/${group}`)
        .then((body) => body.preferredVersion?.version)
        .catch((error: unknown) => {
          if (isNotFound(error)) return undefined;
          throw error;
        });
      this.groups.set(group, version);
    }
    return version;
  }

  refreshDiscovery(): void {
    this.groupVersions.clear();
    this.groups.clear();
  }

  async get(ref: ObjectRef): Promise<KubeObject | undefined> {
    try {
      return await this.request<KubeObject>('GET', await this.objectPath(ref));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(
    apiVersion: string,
    kind: string,
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<KubeObject[]> {
    const resource = await this.requireResource(apiVersion, kind);
    const items: KubeObject[] = [];
    let continueToken: string | undefined;
    do {
      const query: Record<string, string> = { limit: '500' };
      if (options.labelSelector) query.labelSelector = options.labelSelector;
      if (continueToken) query.continue = continueToken;
      const path = collectionPath(resource, resource.namespaced ? options.namespace : undefined);
      const page = await this.request<{ items?: KubeObject[]; metadata?: { continue?: string } }>(
        'GET',
        path,
        query,
      );
      // Items of a list carry no apiVersion/kind of their own; put them back, as kubectl does.
      for (const item of page.items ?? []) items.push({ apiVersion, kind, ...item });
      continueToken = page.metadata?.continue || undefined;
    } while (continueToken);
    return items;
  }

  async apply(object: KubeObject, options: ApplyOptions = {}): Promise<KubeObject> {
    const query: Record<string, string> = { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' };
    if (options.force) query.force = 'true';
    if (options.dryRun) query.dryRun = 'All';
    return this.request<KubeObject>(
      'PATCH',
      await this.objectPath(refOf(object)),
      query,
      object,
      'application/apply-patch+yaml',
    );
  }

  async create(object: KubeObject): Promise<KubeObject> {
    const ref = refOf(object);
    const resource = await this.requireResource(ref.apiVersion, ref.kind);
    const path = collectionPath(resource, ref.namespace);
    // Created by an attempt whose answer was lost: a second POST would only say AlreadyExists.
    return this.request<KubeObject>(
      'POST',
      path,
      { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' },
      object,
      'application/json',
      () => this.get(ref),
    );
  }

  async replace(object: KubeObject): Promise<KubeObject> {
    const path = await this.objectPath(refOf(object));
    return this.request<KubeObject>(
      'PUT',
      path,
      { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' },
      object,
    );
  }

  async reviewAccess(attributes: ResourceAttributes): Promise<boolean> {
    const review = await this.request<{ status?: { allowed?: boolean } }>(
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {},
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: attributes },
      },
    );
    return review.status?.allowed === true;
  }

  async delete(
    ref: ObjectRef,
    propagationPolicy: PropagationPolicy = 'Background',
    preconditions: Preconditions = {},
  ): Promise<boolean> {
    const body = {
      apiVersion: 'v1',
      kind: 'DeleteOptions',
      propagationPolicy,
      ...(preconditions.uid || preconditions.resourceVersion ? { preconditions } : {}),
    };
    // Deleted by an attempt whose answer was lost: the object (with that UID) is gone.
    const gone = async () => {
      const current = await this.get(ref);
      const deleted = !current || (preconditions.uid && metadataOf(current).uid !== preconditions.uid);
      return deleted ? {} : undefined;
    };
    try {
      await this.request('DELETE', await this.objectPath(ref), {}, body, 'application/json', gone);
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  private async discoverGroupVersion(apiVersion: string): Promise<Map<string, ApiResource> | undefined> {
    const path = groupOf(apiVersion) === '' ? `/api/${apiVersion}` : `/apis/${apiVersion}`;
    let list: { resources?: { name: string; kind: string; namespaced: boolean }[] };
    try {
      list = await this.request('GET', path);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const resources = new Map<string, ApiResource>();
    for (const entry of list.resources ?? []) {
      if (entry.name.includes('/')) continue; // subresources such as deployments/status
      resources.set(entry.kind, {
        apiVersion,
        kind: entry.kind,
        plural: entry.name,
        namespaced: entry.namespaced,
      });
    }
    return resources;
  }

  private async requireResource(apiVersion: string, kind: string): Promise<ApiResource> {
    const resource = await this.resourceFor(apiVersion, kind);
    if (!resource) {
      throw new KubeApiError(
        404,
        'GET',
        apiVersion,
        'NotFound',
        `the server has no resource type ${kind} in ${apiVersion}`,
      );
    }
    return resource;
  }

  private async objectPath(ref: ObjectRef): Promise<string> {
    const resource = await this.requireResource(ref.apiVersion, ref.kind);
    return `${collectionPath(resource, resource.namespaced ? ref.namespace : undefined)}/${encodeURIComponent(ref.name)}`;
  }

  /** The one place HTTP happens: auth from the kubeconfig, a timeout, and retries of transient failures. */
  private request<T>(
    method: keyof typeof HttpMethod,
    path: string,
    query: Record<string, string> = {},
    body?: unknown,
    contentType = 'application/json',
    recover?: () => Promise<T | undefined>,
  ): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    // A write that failed after it may have taken effect is checked before it is sent again.
    let uncertain = false;
    const attempt = async (): Promise<T> => {
      if (uncertain && recover) {
        const recovered = await recover();
        if (recovered !== undefined) return recovered;
      }
      try {
        return await this.send<T>(method, url, path, body, contentType);
      } catch (error) {
        uncertain ||= mayHaveTakenEffect(error, error instanceof KubeApiError ? error.status : undefined);
        if (!(error instanceof KubeApiError)) this.dropConnections();
        throw error;
      }
    };
    return withRetry(
      attempt,
      classifyKubeFailure,
      this.options.retry ?? DEFAULT_RETRY,
      (reason, waitMs, attemptNumber) =>
        this.options.onRetry?.(
          `${method} ${path}: ${reason}; retry ${attemptNumber} in ${Math.round(waitMs)} ms`,
        ),
    );
  }

  /**
   * Forgets the connection pool after a connection failed or timed out. The API server speaks HTTP/2:
   * an aborted request cancels only its stream, and every later request would queue on the same
   * stalled connection, so a retry must get a fresh one.
   */
  private dropConnections(): void {
    const dispatcher = this.dispatcher as { close?: () => Promise<void> } | undefined;
    this.dispatcher = undefined;
    // Requests still in flight on it finish (or meet their own deadline) before it closes.
    void dispatcher?.close?.().catch(() => undefined);
  }

  private send<T>(
    method: keyof typeof HttpMethod,
    url: URL,
    path: string,
    body: unknown,
    contentType: string,
  ): Promise<T> {
    return withDeadline(this.options.requestTimeoutMs ?? 30_000, `${method} ${path}`, async (signal) => {
      const context = new RequestContext(url.toString(), HttpMethod[method]);
      context.setHeaderParam('Accept', 'application/json');
      context.setHeaderParam('User-Agent', 'kubesync');
      if (body !== undefined) {
        context.setHeaderParam('Content-Type', contentType);
        context.setBody(JSON.stringify(body));
      }
      context.setSignal(signal);
      await this.config.applySecurityAuthentication(context);
      // client-node builds a new connection pool per call; one pool for the run keeps TLS connections
      // alive instead of a handshake per request. Headers (tokens) are still refreshed every call.
      this.dispatcher ??= context.getDispatcher();
      if (this.dispatcher) context.setDispatcher(this.dispatcher);
      const response = await this.http.send(context).toPromise();
      const text = await response.body.text();
      if (response.httpStatusCode >= 400) {
        throw KubeApiError.fromResponse(
          response.httpStatusCode,
          method,
          path,
          text,
          response.headers['retry-after'],
        );
      }
      const parsed: unknown = text ? JSON.parse(text) : {};
      // Before anyone else sees it: a Secret's values may come back quoted in any later message.
      this.options.onAnswer?.(parsed);
      return parsed as T;
    });
  }
}

function classifyKubeFailure(error: unknown) {
  return classifyHttpFailure(
    error,
    error instanceof KubeApiError
      ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} ${error.reason}` }
      : undefined,
  );
}

function collectionPath(resource: ApiResource, namespace: string | undefined): string {
  const prefix =
    groupOf(resource.apiVersion) === ''
      ? `/api/${versionOf(resource.apiVersion)}`
      : `/apis/${resource.apiVersion}`;
  return namespace
    ? `${prefix}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}`
    : `${prefix}/${resource.plural}`;
}
