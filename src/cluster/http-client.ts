import type { KubeConfig } from '@kubernetes/client-node';
import type { KubeObject, ObjectRef } from '../model/object.js';
import { refOf } from '../model/object.js';
import { metadataOf } from '../model/resource.js';
import { isNotFound } from './api-error.js';
import { UserError } from '../model/errors.js';
import type { ClientOptions } from './api-transport.js';
import { ApiTransport } from './api-transport.js';
import type {
  ApiResource,
  ApplyOptions,
  ClusterClient,
  PodLogOptions,
  Preconditions,
  PropagationPolicy,
  ResourceAttributes,
} from './client.js';
import type { SharedConnection } from './cluster-connections.js';
import { ApiDiscovery, collectionPath } from './discovery.js';
import { serverHost } from './kubeconfig.js';

/**
 * The ClusterClient of a real API server, over HTTPS with the kubeconfig's credentials. Objects travel
 * as plain JSON, exactly as written. Every write is made as `fieldManager`, the app's own. Given a
 * `shared` connection, it sends through that one's pool and gate and uses its discovery; else it has
 * its own.
 */
export class HttpClusterClient implements ClusterClient {
  readonly server: string;
  private readonly transport: ApiTransport;
  private readonly discovery: ApiDiscovery;

  constructor(
    config: KubeConfig,
    readonly fieldManager: string,
    options: ClientOptions = {},
    shared?: SharedConnection,
  ) {
    this.server = serverHost(config);
    this.transport = new ApiTransport(shared?.connection ?? config, options);
    this.discovery = shared?.discovery ?? new ApiDiscovery(this.transport);
  }

  resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    return this.discovery.resourceFor(apiVersion, kind);
  }

  preferredVersion(group: string): Promise<string | undefined> {
    return this.discovery.preferredVersion(group);
  }

  refreshDiscovery(): void {
    this.discovery.refresh();
  }

  async get(ref: ObjectRef): Promise<KubeObject | undefined> {
    try {
      return await this.transport.request<KubeObject>('GET', await this.discovery.objectPath(ref));
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
    const resource = await this.discovery.requireResource(apiVersion, kind);
    const items: KubeObject[] = [];
    let continueToken: string | undefined;
    do {
      const query: Record<string, string> = { limit: '500' };
      if (options.labelSelector) query.labelSelector = options.labelSelector;
      if (continueToken) query.continue = continueToken;
      const path = collectionPath(resource, resource.namespaced ? options.namespace : undefined);
      const page = await this.transport.request<{ items?: KubeObject[]; metadata?: { continue?: string } }>(
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

  podLog(namespace: string, pod: string, container: string, options: PodLogOptions): Promise<string> {
    const query: Record<string, string> = { container, tailLines: String(options.tailLines) };
    if (options.previous) query.previous = 'true';
    return this.transport.requestText(
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`,
      query,
    );
  }

  async apply(object: KubeObject, options: ApplyOptions = {}): Promise<KubeObject> {
    const query: Record<string, string> = {
      fieldManager: options.fieldManager ?? this.fieldManager,
      fieldValidation: 'Strict',
    };
    if (options.force) query.force = 'true';
    if (options.dryRun) query.dryRun = 'All';
    return this.transport.request<KubeObject>(
      'PATCH',
      await this.discovery.objectPath(refOf(object)),
      query,
      object,
      'application/apply-patch+yaml',
    );
  }

  async mergePatch(ref: ObjectRef, patch: Record<string, unknown>): Promise<KubeObject> {
    return this.transport.request<KubeObject>(
      'PATCH',
      await this.discovery.objectPath(ref),
      { fieldManager: this.fieldManager, fieldValidation: 'Strict' },
      patch,
      'application/merge-patch+json',
    );
  }

  async create(object: KubeObject): Promise<KubeObject> {
    const ref = refOf(object);
    const resource = await this.discovery.requireResource(ref.apiVersion, ref.kind);
    const path = collectionPath(resource, ref.namespace);
    // Created by an attempt whose answer was lost: a second POST would only say AlreadyExists. An
    // object named by the server (generateName) cannot be looked up, and a second POST would create a
    // second one (a hook Job run twice): such a create is never sent again once it may have happened.
    const recover = ref.name
      ? () => this.get(ref)
      : () =>
          Promise.reject(
            new UserError(
              `creating ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${String(metadataOf(object).generateName)}* may have succeeded before the connection failed; it is not sent again, so that it cannot run twice: check the cluster, then re-run`,
            ),
          );
    return this.transport.request<KubeObject>(
      'POST',
      path,
      { fieldManager: this.fieldManager, fieldValidation: 'Strict' },
      object,
      'application/json',
      recover,
    );
  }

  async replace(object: KubeObject): Promise<KubeObject> {
    const path = await this.discovery.objectPath(refOf(object));
    return this.transport.request<KubeObject>(
      'PUT',
      path,
      { fieldManager: this.fieldManager, fieldValidation: 'Strict' },
      object,
    );
  }

  async reviewAccess(attributes: ResourceAttributes): Promise<boolean> {
    const review = await this.transport.request<{ status?: { allowed?: boolean } }>(
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
      await this.transport.request(
        'DELETE',
        await this.discovery.objectPath(ref),
        {},
        body,
        'application/json',
        gone,
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}
