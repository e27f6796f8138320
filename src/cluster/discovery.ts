import type { ObjectRef } from '../model/object.js';
import { groupOf, versionOf } from '../model/resource.js';
import { isNotFound, KubeApiError } from './api-error.js';
import type { ApiTransport } from './api-transport.js';
import type { ApiResource } from './client.js';

/**
 * What the API server serves, asked once per group version and kept for the run, for every app that
 * shares the connection. A refresh forgets it all: whoever asks next asks the server again, and a
 * question already on its way is answered to whoever asked it without being kept. A question that
 * failed is not kept either, so one app's bad luck is not every app's answer.
 */
export class ApiDiscovery {
  private readonly groupVersions = new Map<string, Promise<Map<string, ApiResource> | undefined>>();
  private readonly groups = new Map<string, Promise<string | undefined>>();

  constructor(private readonly transport: ApiTransport) {}

  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    let resources = this.groupVersions.get(apiVersion);
    if (!resources) {
      resources = this.discoverGroupVersion(apiVersion);
      keepUnlessFailed(this.groupVersions, apiVersion, resources);
    }
    return (await resources)?.get(kind);
  }

  async preferredVersion(group: string): Promise<string | undefined> {
    if (group === '') return 'v1';
    let version = this.groups.get(group);
    if (!version) {
      version = this.transport
        .request<{ preferredVersion?: { version?: string } }>('GET', `/apis/${group}`)
        .then((body) => body.preferredVersion?.version)
        .catch((error: unknown) => {
          if (isNotFound(error)) return undefined;
          throw error;
        });
      keepUnlessFailed(this.groups, group, version);
    }
    return version;
  }

  refresh(): void {
    this.groupVersions.clear();
    this.groups.clear();
  }

  private async discoverGroupVersion(apiVersion: string): Promise<Map<string, ApiResource> | undefined> {
    const path = groupOf(apiVersion) === '' ? `/api/${apiVersion}` : `/apis/${apiVersion}`;
    let list: { resources?: { name: string; kind: string; namespaced: boolean }[] };
    try {
      list = await this.transport.request('GET', path);
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

  async requireResource(apiVersion: string, kind: string): Promise<ApiResource> {
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

  /** The URL path of one object. */
  async objectPath(ref: ObjectRef): Promise<string> {
    const resource = await this.requireResource(ref.apiVersion, ref.kind);
    return `${collectionPath(resource, resource.namespaced ? ref.namespace : undefined)}/${encodeURIComponent(ref.name)}`;
  }
}

function keepUnlessFailed<T>(cache: Map<string, Promise<T>>, key: string, answer: Promise<T>): void {
  cache.set(key, answer);
  answer.catch(() => {
    if (cache.get(key) === answer) cache.delete(key);
  });
}

/** The URL path of a resource's collection, in a namespace or cluster-wide. */
export function collectionPath(resource: ApiResource, namespace: string | undefined): string {
  const prefix =
    groupOf(resource.apiVersion) === ''
      ? `/api/${versionOf(resource.apiVersion)}`
      : `/apis/${resource.apiVersion}`;
  return namespace
    ? `${prefix}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}`
    : `${prefix}/${resource.plural}`;
}
