import * as models from '@kubernetes/client-node';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import type { Json, JsonObject, Path } from './fields.js';
import {
  clone,
  deletePath,
  equal,
  fieldsV1,
  getPath,
  isObject,
  keyPath,
  leafPaths,
  pathKey,
  setPath,
} from './fields.js';
import type { ResourceType } from './resources.js';
import { BUILT_IN_TYPES } from './resources.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

const TLS_DIR = path.resolve(import.meta.dirname, '../fixtures/tls');
export const FAKE_CA = readFileSync(path.join(TLS_DIR, 'ca.crt'), 'utf8');

/** How a workload the fake "runs" behaves after it is applied. */
export type WorkloadBehaviour =
  'ready' | 'stuck' | 'deadline-exceeded' | 'failed' | { readyAfterReads: number };

export type Fault = '500' | '503' | '429' | 'reset' | 'reset-after';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  fault?: Fault;
}

export interface ForbidRule {
  verb: string;
  resource: string;
  namespace?: string;
}

export interface FakeKubeOptions {
  latencyMs?: number;
  token?: string;
  /** Fraction of requests (0..1) answered with an injected fault, chosen by a seeded generator. */
  faultRate?: number;
  faultSeed?: number;
  faultKinds?: Fault[];
  /** Seconds the injected 429 answers ask the client to wait. */
  retryAfterSeconds?: number;
  forbid?: ForbidRule[];
  behaviour?: (object: JsonObject) => WorkloadBehaviour;
  /** GETs a new CRD answers before it reports Established. */
  crdEstablishAfterReads?: number;
  /**
   * A validating admission webhook: a message denies the apply (HTTP 400, as a webhook that sets no
   * code), quoted in the error as the API server does.
   */
  admission?: (object: JsonObject, request: { dryRun: boolean }) => string | undefined;
}

interface Stored {
  object: JsonObject;
  owners: Map<string, Set<string>>;
  behaviour?: WorkloadBehaviour;
  reads: number;
}

interface Route {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly details: JsonObject = {},
  ) {
    super(message);
  }
}

/**
 * A Kubernetes API server small enough to read, on 127.0.0.1 over HTTPS, that the real
 * @kubernetes/client-node talks to through a kubeconfig. It keeps objects in memory and implements
 * discovery, GET, LIST with label selectors, server-side apply (field ownership, conflicts, dry-run,
 * strict field validation), POST, PUT with optimistic concurrency, DELETE, the status subresource, and
 * CRDs becoming resources. Workloads get a status from a pluggable behaviour. Faults can be injected.
 */
export class FakeKube {
  readonly requests: RecordedRequest[] = [];
  private readonly store = new Map<string, Stored>();
  private readonly types: ResourceType[] = [...BUILT_IN_TYPES];
  private server?: Server;
  private resourceVersion = 100;
  private random: () => number;
  private scriptedFaults: Fault[] = [];
  private clusterIp = 10;
  port = 0;

  constructor(readonly options: FakeKubeOptions = {}) {
    this.random = seededRandom(options.faultSeed ?? 1);
    for (const name of ['default', 'kube-system']) {
      this.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name }, status: { phase: 'Active' } });
    }
  }

  async start(): Promise<void> {
    this.server = createServer(
      {
        key: readFileSync(path.join(TLS_DIR, 'server.key')),
        cert: readFileSync(path.join(TLS_DIR, 'server.crt')),
      },
      (request, response) => void this.handle(request, response),
    );
    this.port = await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  get url(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  /** A kubeconfig for this server, as a user would paste it into a secret. */
  kubeconfig(token = this.options.token ?? 'fake-token'): string {
    const ca = Buffer.from(FAKE_CA).toString('base64');
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `  - name: fake\n    cluster:\n      server: ${this.url}\n      certificate-authority-data: ${ca}`,
      'users:',
      `  - name: ci\n    user:\n      token: ${token}`,
      'contexts:',
      '  - name: fake\n    context:\n      cluster: fake\n      user: ci',
      'current-context: fake',
      '',
    ].join('\n');
  }

  /** The next requests get these faults, in order, before random ones. */
  failNext(...faults: Fault[]): void {
    this.scriptedFaults.push(...faults);
  }

  setOptions(options: Partial<FakeKubeOptions>): void {
    Object.assign(this.options, options);
  }

  /** Puts an object in place as another field manager would (e.g. kubectl), outside any request. */
  seed(object: JsonObject, manager = 'kubectl'): JsonObject {
    const type = this.typeOf(String(object.apiVersion), String(object.kind));
    if (!type) throw new Error(`fake: unknown type ${String(object.apiVersion)} ${String(object.kind)}`);
    const metadata = object.metadata as JsonObject;
    const route: Route = {
      type,
      namespace: type.namespaced ? String(metadata.namespace ?? 'default') : undefined,
      name: String(metadata.name),
    };
    return this.applyObject(route, object, manager, { force: true, dryRun: false });
  }

  get(apiVersion: string, kind: string, name: string, namespace?: string): JsonObject | undefined {
    const type = this.typeOf(apiVersion, kind);
    if (!type) return undefined;
    const stored = this.store.get(
      storeKey(type, type.namespaced ? (namespace ?? 'default') : undefined, name),
    );
    return stored ? this.render(type, stored) : undefined;
  }

  /** Every stored object of a kind, for assertions. */
  all(kind: string): JsonObject[] {
    return [...this.store.values()]
      .filter((stored) => stored.object.kind === kind)
      .map((stored) => clone(stored.object));
  }

  /** Changes what a stored workload does from now on, e.g. to make a rolled-out Deployment stuck. */
  setBehaviour(
    apiVersion: string,
    kind: string,
    name: string,
    namespace: string | undefined,
    behaviour: WorkloadBehaviour,
  ): void {
    const type = this.typeOf(apiVersion, kind);
    const stored =
      type && this.store.get(storeKey(type, type.namespaced ? (namespace ?? 'default') : undefined, name));
    if (stored) stored.behaviour = behaviour;
  }

  mutations(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET' && request.query.dryRun !== 'All');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const query = Object.fromEntries(url.searchParams.entries());
    const bodyText = await readBody(request);
    const record: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname, query, status: 0 };
    if (bodyText) record.body = parseBody(bodyText);
    this.requests.push(record);
    if (this.options.latencyMs) await sleep(this.options.latencyMs);

    const fault = this.nextFault();
    if (fault && fault !== 'reset-after') {
      record.fault = fault;
      if (fault === 'reset') {
        request.socket.destroy();
        return;
      }
      const status = Number(fault);
      record.status = status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (status === 429) headers['retry-after'] = String(this.options.retryAfterSeconds ?? 0);
      response.writeHead(status, headers);
      response.end(
        JSON.stringify(
          statusBody(status, status === 429 ? 'TooManyRequests' : 'InternalError', 'injected fault'),
        ),
      );
      return;
    }

    let status: number;
    let body: Json;
    try {
      this.authenticate(request);
      ({ status, body } = this.route(record.method, url.pathname, query, record.body));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      body = statusBody(error.status, error.reason, error.message, error.details);
    }
    record.status = status;
    if (fault === 'reset-after') {
      // The request took effect, but the client never hears so: a retry must converge.
      record.fault = fault;
      request.socket.destroy();
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  private nextFault(): Fault | undefined {
    const scripted = this.scriptedFaults.shift();
    if (scripted) return scripted;
    const rate = this.options.faultRate ?? 0;
    if (rate <= 0 || this.random() >= rate) return undefined;
    const kinds = this.options.faultKinds ?? ['503', '429', '500', 'reset', 'reset-after'];
    return kinds[Math.floor(this.random() * kinds.length)];
  }

  private authenticate(request: IncomingMessage): void {
    const expected = this.options.token;
    if (expected && request.headers.authorization !== `Bearer ${expected}`) {
      throw new HttpError(401, 'Unauthorized', 'Unauthorized');
    }
  }

  private route(
    method: string,
    pathname: string,
    query: Record<string, string>,
    body: unknown,
  ): { status: number; body: Json } {
    const discovery = this.discovery(pathname);
    if (discovery) return { status: 200, body: discovery };
    const route = this.parseRoute(pathname);
    if (!route)
      throw new HttpError(404, 'NotFound', `the server could not find the requested resource (${pathname})`);
    const verb = verbOf(method, route);
    this.authorize(verb, route);
    if (route.subresource === 'status') return this.statusSubresource(method, route, body);
    switch (method) {
      case 'GET':
        return route.name
          ? { status: 200, body: this.read(route) }
          : { status: 200, body: this.list(route, query.labelSelector) };
      case 'PATCH': {
        const object = body as JsonObject;
        if (!route.name || !isObject(object))
          throw new HttpError(400, 'BadRequest', 'a patch needs an object and a name');
        if (!query.fieldManager)
          throw new HttpError(
            422,
            'Invalid',
            'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
          );
        const denial = this.options.admission?.(object, { dryRun: query.dryRun === 'All' });
        if (denial)
          throw new HttpError(
            400,
            'BadRequest',
            `admission webhook "policy.example.com" denied the request: ${denial}`,
          );
        const existed = this.store.has(storeKey(route.type, route.namespace, route.name));
        const applied = this.applyObject(route, object, query.fieldManager, {
          force: query.force === 'true',
          dryRun: query.dryRun === 'All',
        });
        return { status: existed ? 200 : 201, body: applied };
      }
      case 'POST':
        return {
          status: 201,
          body: this.create(
            route,
            body as JsonObject,
            query.fieldManager ?? 'unknown',
            query.dryRun === 'All',
          ),
        };
      case 'PUT':
        return {
          status: 200,
          body: this.replace(route, body as JsonObject, query.fieldManager ?? 'unknown'),
        };
      case 'DELETE':
        return { status: 200, body: this.remove(route) };
      default:
        throw new HttpError(405, 'MethodNotAllowed', `method ${method} not allowed`);
    }
  }

  private discovery(pathname: string): Json | undefined {
    if (pathname === '/api') return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] };
    if (pathname === '/apis') {
      const groups = new Map<string, Set<string>>();
      for (const type of this.types)
        if (type.group) groups.set(type.group, (groups.get(type.group) ?? new Set()).add(type.version));
      return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: [...groups].map(([name, versions]) => groupBody(name, [...versions])),
      };
    }
    const groupMatch = /^\/apis\/([^/]+)$/.exec(pathname);
    if (groupMatch?.[1]) {
      const versions = [
        ...new Set(this.types.filter((type) => type.group === groupMatch[1]).map((type) => type.version)),
      ];
      if (versions.length === 0)
        throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
      return { kind: 'APIGroup', apiVersion: 'v1', ...groupBody(groupMatch[1], versions) };
    }
    const versionMatch = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(pathname);
    if (versionMatch) {
      const group = versionMatch[2] ?? '';
      const version = versionMatch[1] ?? versionMatch[3] ?? '';
      const types = this.types.filter((type) => type.group === group && type.version === version);
      if (types.length === 0)
        throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
      return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: group ? `${group}/${version}` : version,
        resources: types.flatMap((type) => [
          {
            name: type.plural,
            singularName: type.kind.toLowerCase(),
            namespaced: type.namespaced,
            kind: type.kind,
            verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
          },
          ...(type.hasStatus
            ? [
                {
                  name: `${type.plural}/status`,
                  singularName: '',
                  namespaced: type.namespaced,
                  kind: type.kind,
                  verbs: ['get', 'patch', 'update'],
                },
              ]
            : []),
        ]),
      };
    }
    return undefined;
  }

  private parseRoute(pathname: string): Route | undefined {
    const match = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(\/.*)?$/.exec(pathname);
    if (!match) return undefined;
    const group = match[2] ?? '';
    const version = match[1] ?? match[3] ?? '';
    let segments = (match[4] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
    let namespace: string | undefined;
    // `/api/v1/namespaces/shop` is the Namespace shop; `/api/v1/namespaces/shop/x` is inside it.
    const namespaceSubresource =
      segments[0] === 'namespaces' &&
      segments.length === 3 &&
      ['status', 'finalize'].includes(segments[2] ?? '');
    if (segments[0] === 'namespaces' && segments.length >= 3 && !namespaceSubresource) {
      namespace = segments[1];
      segments = segments.slice(2);
    }
    const [plural = '', name, subresource] = segments;
    const type = this.typeOfPlural(group, version, plural);
    if (!type || (!type.namespaced && namespace)) return undefined;
    return { type, namespace, name, subresource };
  }

  private authorize(verb: string, route: Route): void {
    for (const rule of this.options.forbid ?? []) {
      if (rule.verb !== verb || rule.resource !== route.type.plural) continue;
      if (rule.namespace && rule.namespace !== route.namespace) continue;
      const group = route.type.group ? `"${route.type.group}"` : '""';
      const where = route.namespace ? ` in the namespace "${route.namespace}"` : ' at the cluster scope';
      const subject = route.name
        ? `${route.type.plural}${route.type.group ? `.${route.type.group}` : ''} "${route.name}"`
        : `${route.type.plural}${route.type.group ? `.${route.type.group}` : ''}`;
      throw new HttpError(
        403,
        'Forbidden',
        `${subject} is forbidden: User "system:serviceaccount:ci:kubesync" cannot ${verb} resource "${route.type.plural}" in API group ${group}${where}`,
        { name: route.name ?? '', group: route.type.group, kind: route.type.plural },
      );
    }
  }

  private read(route: Route): JsonObject {
    const stored = this.store.get(storeKey(route.type, route.namespace, route.name ?? ''));
    if (!stored) throw notFound(route);
    stored.reads++;
    this.reconcile(route.type, stored);
    return this.render(route.type, stored);
  }

  private list(route: Route, labelSelector: string | undefined): JsonObject {
    const matches = selectorMatcher(labelSelector);
    const items: JsonObject[] = [];
    for (const [key, stored] of this.store) {
      if (!key.startsWith(`${route.type.group}/${route.type.plural}/`)) continue;
      const metadata = stored.object.metadata as JsonObject;
      if (route.namespace && metadata.namespace !== route.namespace) continue;
      if (!matches((metadata.labels ?? {}) as Record<string, string>)) continue;
      stored.reads++;
      this.reconcile(route.type, stored);
      const { apiVersion: _apiVersion, kind: _kind, ...item } = this.render(route.type, stored);
      items.push(item);
    }
    items.sort((a, b) => JSON.stringify(a.metadata).localeCompare(JSON.stringify(b.metadata)));
    return {
      kind: `${route.type.kind}List`,
      apiVersion: apiVersionOf(route.type),
      metadata: { resourceVersion: String(this.resourceVersion) },
      items,
    };
  }

  /** Server-side apply, simplified: leaf fields (lists atomic) are owned by field managers. */
  private applyObject(
    route: Route,
    config: JsonObject,
    manager: string,
    options: { force: boolean; dryRun: boolean },
  ): JsonObject {
    const { type } = route;
    const name = route.name ?? '';
    this.checkIdentity(route, config);
    if (route.type.namespaced) this.requireNamespace(route.namespace ?? '');
    this.checkStrictFields(route, config);
    const key = storeKey(type, route.namespace, name);
    const existing = this.store.get(key);
    const input = clone(config);
    if (type.hasStatus) delete input.status;
    const inputMetadata = (input.metadata ?? {}) as JsonObject;
    for (const field of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields'])
      delete inputMetadata[field];
    if (type.namespaced) inputMetadata.namespace = route.namespace ?? 'default';
    const configPaths = leafPaths(input).filter((leaf) => leaf.length > 0);

    const object: JsonObject = existing ? clone(existing.object) : {};
    const owners = new Map(
      [...(existing?.owners ?? new Map<string, Set<string>>())].map(([owner, set]) => [owner, new Set(set)]),
    );
    const mine = owners.get(manager) ?? new Set<string>();

    const conflicts: { manager: string; path: Path }[] = [];
    for (const leaf of configPaths) {
      if (isIdentity(leaf)) continue;
      for (const [owner, fields] of owners) {
        if (owner === manager || !fields.has(pathKey(leaf))) continue;
        if (equal(getPath(object, leaf), getPath(input, leaf))) continue;
        if (options.force) fields.delete(pathKey(leaf));
        else conflicts.push({ manager: owner, path: leaf });
      }
    }
    if (conflicts.length > 0) {
      const lines = conflicts.map(
        (conflict) => `conflict with "${conflict.manager}": .${conflict.path.join('.')}`,
      );
      throw new HttpError(
        409,
        'Conflict',
        `Apply failed with ${conflicts.length} conflict${conflicts.length > 1 ? 's' : ''}: ${lines.join('\n')}`,
        {
          causes: conflicts.map((conflict) => ({
            reason: 'FieldManagerConflict',
            message: `conflict with "${conflict.manager}"`,
            field: `.${conflict.path.join('.')}`,
          })),
        },
      );
    }
    const configKeys = new Set(configPaths.map(pathKey));
    for (const owned of mine) {
      if (configKeys.has(owned)) continue;
      const ownedElsewhere = [...owners].some(([owner, fields]) => owner !== manager && fields.has(owned));
      if (!ownedElsewhere) deletePath(object, keyPath(owned));
    }
    for (const leaf of configPaths) setPath(object, leaf, getPath(input, leaf) as Json);
    owners.set(manager, configKeys);
    return this.commit(route, key, object, owners, existing, options.dryRun);
  }

  private create(route: Route, object: JsonObject, manager: string, dryRun: boolean): JsonObject {
    const name = String((object.metadata as JsonObject | undefined)?.name ?? '');
    const full: Route = { ...route, name };
    this.checkIdentity(full, object);
    if (route.type.namespaced) this.requireNamespace(route.namespace ?? '');
    const key = storeKey(route.type, route.namespace, name);
    if (this.store.has(key)) {
      throw new HttpError(409, 'AlreadyExists', `${resourceName(route.type)} "${name}" already exists`, {
        name,
        kind: route.type.plural,
      });
    }
    const input = clone(object);
    if (route.type.namespaced) (input.metadata as JsonObject).namespace = route.namespace ?? 'default';
    const owners = new Map([[manager, new Set(leafPaths(input).map(pathKey))]]);
    return this.commit(full, key, input, owners, undefined, dryRun);
  }

  private replace(route: Route, object: JsonObject, manager: string): JsonObject {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const existing = this.store.get(key);
    if (!existing) throw notFound(route);
    this.checkIdentity(route, object);
    const given = (object.metadata as JsonObject | undefined)?.resourceVersion;
    const current = (existing.object.metadata as JsonObject).resourceVersion;
    if (given !== current) {
      throw new HttpError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${resourceName(route.type)} "${route.name ?? ''}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    }
    const input = clone(object);
    if (route.type.hasStatus) input.status = clone(existing.object.status ?? {});
    if (route.type.namespaced) (input.metadata as JsonObject).namespace = route.namespace ?? 'default';
    const owners = new Map([
      [
        manager,
        new Set(
          leafPaths(input)
            .filter((leaf) => leaf[0] !== 'status')
            .map(pathKey),
        ),
      ],
    ]);
    return this.commit(route, key, input, owners, existing, false);
  }

  private remove(route: Route): JsonObject {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const stored = this.store.get(key);
    if (!stored) throw notFound(route);
    this.store.delete(key);
    if (route.type.kind === 'Namespace') {
      for (const [otherKey, other] of this.store) {
        if ((other.object.metadata as JsonObject).namespace === route.name) this.store.delete(otherKey);
      }
    }
    if (route.type.kind === 'CustomResourceDefinition') this.unregisterCrd(stored.object);
    return {
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Success',
      details: { name: route.name ?? '', kind: route.type.plural },
    };
  }

  private statusSubresource(method: string, route: Route, body: unknown): { status: number; body: Json } {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const stored = this.store.get(key);
    if (!stored) throw notFound(route);
    if (method === 'PUT' || method === 'PATCH') {
      const status = isObject(body) ? (body.status ?? {}) : {};
      stored.object.status =
        method === 'PUT'
          ? clone(status)
          : { ...((stored.object.status ?? {}) as JsonObject), ...(status as JsonObject) };
      (stored.object.metadata as JsonObject).resourceVersion = String(++this.resourceVersion);
    }
    return { status: 200, body: this.render(route.type, stored) };
  }

  private commit(
    route: Route,
    key: string,
    object: JsonObject,
    owners: Map<string, Set<string>>,
    existing: Stored | undefined,
    dryRun: boolean,
  ): JsonObject {
    const { type } = route;
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    const metadata = (object.metadata ??= {}) as JsonObject;
    applyDefaults(type, object, () => `10.96.0.${this.clusterIp++ % 250}`);
    if (type.kind === 'Secret') convertStringData(object);
    const previous = existing?.object;
    const specChanged = !previous || !equal(withoutMetaAndStatus(previous), withoutMetaAndStatus(object));
    const changed = !previous || !equal(previous, object);
    metadata.uid = previous ? ((previous.metadata as JsonObject).uid as string) : randomUUID();
    metadata.creationTimestamp = previous
      ? ((previous.metadata as JsonObject).creationTimestamp as string)
      : '2026-11-23T09:00:00Z';
    const previousGeneration = previous ? Number((previous.metadata as JsonObject).generation ?? 1) : 0;
    metadata.generation = specChanged ? previousGeneration + 1 : previousGeneration;
    metadata.resourceVersion =
      changed || !previous
        ? String(dryRun ? this.resourceVersion + 1 : ++this.resourceVersion)
        : ((previous.metadata as JsonObject).resourceVersion as string);
    const stored: Stored = { object, owners, behaviour: existing?.behaviour, reads: 0 };
    if (!dryRun) {
      stored.behaviour = this.options.behaviour?.(object) ?? existing?.behaviour ?? 'ready';
      if (specChanged && type.hasStatus) this.startRollout(type, stored);
      this.store.set(key, stored);
      if (type.kind === 'CustomResourceDefinition') this.registerCrd(object);
    }
    return this.render(type, stored);
  }

  private render(type: ResourceType, stored: Stored): JsonObject {
    const object = clone(stored.object);
    const managedFields: Json[] = [...stored.owners]
      .filter(([, fields]) => fields.size > 0)
      .map(([manager, fields]) => ({
        manager,
        operation: 'Apply',
        apiVersion: apiVersionOf(type),
        time: '2026-11-23T09:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: fieldsV1([...fields].map(keyPath)),
      }));
    (object.metadata as JsonObject).managedFields = managedFields;
    return object;
  }

  private checkIdentity(route: Route, object: JsonObject): void {
    const metadata = (object.metadata ?? {}) as JsonObject;
    if (object.kind !== route.type.kind || object.apiVersion !== apiVersionOf(route.type)) {
      throw new HttpError(
        400,
        'BadRequest',
        `the API version in the data (${String(object.apiVersion)}) does not match the expected API version (${apiVersionOf(route.type)})`,
      );
    }
    if (route.name && metadata.name !== route.name) {
      throw new HttpError(
        400,
        'BadRequest',
        `the name of the object (${String(metadata.name)}) does not match the name on the URL (${route.name})`,
      );
    }
    if (route.type.namespaced && metadata.namespace && metadata.namespace !== route.namespace) {
      throw new HttpError(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
  }

  private requireNamespace(namespace: string): void {
    if (!this.store.has(storeKey(BUILT_IN_TYPES[0] as ResourceType, undefined, namespace))) {
      throw new HttpError(404, 'NotFound', `namespaces "${namespace}" not found`, {
        name: namespace,
        kind: 'namespaces',
      });
    }
  }

  /** What the API server's strict decoding rejects: a field the kind's schema does not declare. */
  private checkStrictFields(route: Route, object: JsonObject): void {
    const model = modelFor(
      `${route.type.version.charAt(0).toUpperCase()}${route.type.version.slice(1)}${route.type.kind}`,
    );
    if (!model) return;
    const unknown = unknownFields(object, model, []);
    if (unknown.length > 0) {
      throw new HttpError(
        422,
        'Invalid',
        `failed to create typed patch object (${route.namespace ? `${route.namespace}/` : ''}${route.name ?? ''}; ${apiVersionOf(route.type)}, Kind=${route.type.kind}): ${unknown.map((field) => `.${field}: field not declared in schema`).join(', ')}`,
      );
    }
  }

  private startRollout(type: ResourceType, stored: Stored): void {
    stored.reads = 0;
    this.reconcile(type, stored);
  }

  /** The controllers' part: workload status follows the behaviour chosen for the object. */
  private reconcile(type: ResourceType, stored: Stored): void {
    const object = stored.object;
    const metadata = object.metadata as JsonObject;
    const spec = (object.spec ?? {}) as JsonObject;
    const generation = Number(metadata.generation ?? 1);
    const behaviour = stored.behaviour ?? 'ready';
    const readyNow =
      behaviour === 'ready' || (typeof behaviour === 'object' && stored.reads >= behaviour.readyAfterReads);
    const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const progress =
      typeof behaviour === 'object'
        ? Math.min(desired, Math.floor((stored.reads / Math.max(1, behaviour.readyAfterReads)) * desired))
        : 0;
    const ready = readyNow ? desired : progress;
    switch (type.kind) {
      case 'Deployment': {
        const conditions: Json[] =
          behaviour === 'deadline-exceeded'
            ? [
                {
                  type: 'Progressing',
                  status: 'False',
                  reason: 'ProgressDeadlineExceeded',
                  message: `ReplicaSet "${String(metadata.name)}-7d9f" has timed out progressing.`,
                },
              ]
            : [
                {
                  type: 'Progressing',
                  status: 'True',
                  reason: readyNow ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
                },
              ];
        object.status = {
          observedGeneration: generation,
          replicas: desired,
          updatedReplicas: desired,
          readyReplicas: ready,
          availableReplicas: ready,
          ...(ready < desired ? { unavailableReplicas: desired - ready } : {}),
          conditions,
        };
        break;
      }
      case 'StatefulSet':
        object.status = {
          observedGeneration: generation,
          replicas: desired,
          readyReplicas: ready,
          availableReplicas: ready,
          updatedReplicas: desired,
          currentReplicas: desired,
          currentRevision: `${String(metadata.name)}-1`,
          updateRevision: `${String(metadata.name)}-1`,
        };
        break;
      case 'DaemonSet':
        object.status = {
          observedGeneration: generation,
          desiredNumberScheduled: 2,
          currentNumberScheduled: 2,
          updatedNumberScheduled: 2,
          numberReady: readyNow ? 2 : 0,
          numberAvailable: readyNow ? 2 : 0,
        };
        break;
      case 'Job':
        object.status =
          behaviour === 'failed'
            ? {
                failed: 1,
                conditions: [
                  {
                    type: 'Failed',
                    status: 'True',
                    reason: 'BackoffLimitExceeded',
                    message: 'Job has reached the specified backoff limit',
                  },
                ],
              }
            : readyNow
              ? { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] }
              : { active: 1 };
        break;
      case 'PersistentVolumeClaim':
        object.status = { phase: readyNow ? 'Bound' : 'Pending' };
        break;
      case 'Namespace':
        object.status = { phase: 'Active' };
        break;
      case 'CustomResourceDefinition': {
        const established = stored.reads >= (this.options.crdEstablishAfterReads ?? 0);
        object.status = {
          conditions: [
            {
              type: 'Established',
              status: established ? 'True' : 'False',
              reason: established ? 'InitialNamesAccepted' : 'Installing',
            },
          ],
        };
        break;
      }
      default:
        break;
    }
  }

  private registerCrd(crd: JsonObject): void {
    const spec = crd.spec as JsonObject;
    const names = spec.names as JsonObject;
    for (const version of (spec.versions ?? []) as JsonObject[]) {
      if (version.served === false) continue;
      const exists = this.types.some(
        (type) => type.group === spec.group && type.version === version.name && type.kind === names.kind,
      );
      if (exists) continue;
      this.types.push({
        group: String(spec.group),
        version: String(version.name),
        kind: String(names.kind),
        plural: String(names.plural),
        namespaced: spec.scope !== 'Cluster',
        hasStatus: isObject(version.subresources) && 'status' in version.subresources,
      });
    }
  }

  private unregisterCrd(crd: JsonObject): void {
    const spec = crd.spec as JsonObject;
    const kind = (spec.names as JsonObject).kind;
    for (let index = this.types.length - 1; index >= 0; index--) {
      const type = this.types[index];
      if (type && type.group === spec.group && type.kind === kind) this.types.splice(index, 1);
    }
  }

  private typeOf(apiVersion: string, kind: string): ResourceType | undefined {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return this.types.find((type) => type.group === group && type.version === version && type.kind === kind);
  }

  private typeOfPlural(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types.find(
      (type) => type.group === group && type.version === version && type.plural === plural,
    );
  }
}

function storeKey(type: ResourceType, namespace: string | undefined, name: string): string {
  return `${type.group}/${type.plural}/${namespace ?? ''}/${name}`;
}

function apiVersionOf(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

function resourceName(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

function notFound(route: Route): HttpError {
  return new HttpError(404, 'NotFound', `${resourceName(route.type)} "${route.name ?? ''}" not found`, {
    name: route.name ?? '',
    group: route.type.group,
    kind: route.type.plural,
  });
}

function statusBody(code: number, reason: string, message: string, details: JsonObject = {}): JsonObject {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    details,
    code,
  };
}

function groupBody(name: string, versions: string[]): JsonObject {
  const sorted = [...versions].sort().reverse();
  return {
    name,
    versions: sorted.map((version) => ({ groupVersion: `${name}/${version}`, version })),
    preferredVersion: { groupVersion: `${name}/${sorted[0] ?? ''}`, version: sorted[0] ?? '' },
  };
}

function verbOf(method: string, route: Route): string {
  if (method === 'GET') return route.name ? 'get' : 'list';
  return { PATCH: 'patch', POST: 'create', PUT: 'update', DELETE: 'delete' }[method] ?? method.toLowerCase();
}

function isIdentity(path: Path): boolean {
  const key = path.join('.');
  return key === 'apiVersion' || key === 'kind' || key === 'metadata.name' || key === 'metadata.namespace';
}

function withoutMetaAndStatus(object: JsonObject): JsonObject {
  const { metadata: _metadata, status: _status, ...rest } = object;
  return rest;
}

function applyDefaults(type: ResourceType, object: JsonObject, allocateIp: () => string): void {
  const spec = object.spec as JsonObject | undefined;
  if (!spec) return;
  if (type.kind === 'Deployment') {
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    const strategy = (spec.strategy ??= { type: 'RollingUpdate' }) as JsonObject;
    if (strategy.type === 'RollingUpdate')
      strategy.rollingUpdate ??= { maxSurge: '25%', maxUnavailable: '25%' };
    const podSpec = getPath(spec, ['template', 'spec']);
    if (isObject(podSpec)) {
      podSpec.restartPolicy ??= 'Always';
      podSpec.dnsPolicy ??= 'ClusterFirst';
    }
  }
  if (type.kind === 'Service') {
    spec.type ??= 'ClusterIP';
    spec.sessionAffinity ??= 'None';
    if (spec.type !== 'ExternalName') spec.clusterIP ??= allocateIp();
  }
}

function convertStringData(object: JsonObject): void {
  const stringData = object.stringData;
  if (!isObject(stringData)) return;
  const data = (object.data ??= {}) as JsonObject;
  for (const [key, value] of Object.entries(stringData))
    data[key] = Buffer.from(String(value)).toString('base64');
  delete object.stringData;
}

function selectorMatcher(selector: string | undefined): (labels: Record<string, string>) => boolean {
  if (!selector) return () => true;
  const requirements = selector
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return (labels) =>
    requirements.every((requirement) => {
      const notEqual = /^([^!=]+)!=(.*)$/.exec(requirement);
      if (notEqual?.[1]) return labels[notEqual[1]] !== notEqual[2];
      const equalTo = /^([^!=]+)==?(.*)$/.exec(requirement);
      if (equalTo?.[1]) return labels[equalTo[1]] === equalTo[2];
      if (requirement.startsWith('!')) return !(requirement.slice(1) in labels);
      return requirement in labels;
    });
}

interface Attribute {
  baseName: string;
  type: string;
}
type Model = { getAttributeTypeMap(): Attribute[] };
const registry = models as unknown as Record<string, Model | undefined>;

function modelFor(name: string): Model | undefined {
  const model = registry[name];
  return model && typeof model.getAttributeTypeMap === 'function' ? model : undefined;
}

function unknownFields(value: Json, model: Model, path: string[]): string[] {
  if (!isObject(value)) return [];
  const attributes = new Map(
    model.getAttributeTypeMap().map((attribute) => [attribute.baseName, attribute.type]),
  );
  return Object.entries(value).flatMap(([key, child]) => {
    const type = attributes.get(key);
    if (type === undefined) return [[...path, key].join('.')];
    const element = /^Array<(.+)>$/.exec(type)?.[1];
    const childModel = modelFor(element ?? type);
    if (!childModel) return [];
    if (element && Array.isArray(child))
      return child.flatMap((item, index) => unknownFields(item, childModel, [...path, `${key}[${index}]`]));
    return unknownFields(child, childModel, [...path, key]);
  });
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseYaml(text);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/** mulberry32: the same faults in the same order for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
