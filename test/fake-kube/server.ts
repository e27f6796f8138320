import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import type { Rollout, WorkloadBehaviour } from './controllers.js';
import { LAGGING_KINDS, reconcile } from './controllers.js';
import { applyDefaults, convertStringData, zeroValue } from './defaulting.js';
import type { Json, JsonObject } from './fields.js';
import { clone, equal, isObject, mergePatched } from './fields.js';
import type { ManagedFields, Schema } from './ownership.js';
import { applyConfiguration, recordWrite, renderManagedFields } from './ownership.js';
import type { ResourceType } from './resources.js';
import { BUILT_IN_TYPES } from './resources.js';
import { HttpError, objectDetails, qualifiedKind, statusBody } from './status.js';
import { checkDeclaredFields, validate } from './validation.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

export type { WorkloadBehaviour } from './controllers.js';

const TLS_DIR = path.resolve(import.meta.dirname, '../fixtures/tls');
export const FAKE_CA = readFileSync(path.join(TLS_DIR, 'ca.crt'), 'utf8');

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
  /**
   * Only requests with this bearer token are forbidden (the fake then accepts the token too), so that
   * `kubeconfig(token)` gives restricted credentials next to unrestricted ones.
   */
  token?: string;
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
  /**
   * How a workload behaves, chosen by the test; it wins over the pod template's
   * `fake-kubelet.lab/*` annotations, which decide when this gives undefined (or is not set).
   */
  behaviour?: (object: JsonObject) => WorkloadBehaviour | undefined;
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
  managed: ManagedFields;
  /** A behaviour the test chose for this object; without one its annotations decide. */
  behaviour?: WorkloadBehaviour;
  rollout: Rollout;
  /** A Namespace whose deletion waits for its next read (it held objects): Terminating until then. */
  terminating?: boolean;
}

interface Route {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

interface Request {
  method: string;
  query: Record<string, string>;
  body: unknown;
  contentType: string;
  /** The field manager of a write that names none: the user agent up to its first `/`. */
  defaultManager: string;
  token: string;
}

type Answer = { status: number; body: Json };

const ACCESS_REVIEWS = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
const NAMESPACE = BUILT_IN_TYPES.find((type) => type.kind === 'Namespace') as ResourceType;
/** Metadata only the server sets: dropped from what a client sends. */
const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'managedFields',
  'selfLink',
];

/**
 * A Kubernetes API server small enough to read, on 127.0.0.1 over HTTPS, that the real
 * @kubernetes/client-node talks to through a kubeconfig. It keeps objects in memory and implements
 * discovery, GET, LIST with label selectors, server-side apply (managed fields per manager and
 * operation, conflicts, dry-run, undeclared fields), POST, PUT with optimistic concurrency, JSON merge
 * patches, DELETE with preconditions, immutable fields, Terminating namespaces, the status
 * subresource, and CRDs becoming resources. Workloads get a status as the real control plane's
 * controllers and kubelet stand-in would give them, or from a behaviour the test chooses. Faults can
 * be injected. Where it and a Kubernetes 1.26 API server disagree, the real one is right:
 * test/integration/fake-kube.test.ts runs the same cases against both.
 */
export class FakeKube {
  readonly requests: RecordedRequest[] = [];
  /** Requests being handled now, and the most there ever were at once. */
  inFlight = 0;
  maxInFlight = 0;
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
    for (const name of ['default', 'kube-system'])
      this.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, 'kube-apiserver');
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

  /**
   * Writes an object as another tool would, outside any request: an Update by `manager`, as kubectl
   * without --server-side. A new object is created (kubectl create); an object read from the fake (it
   * has a resourceVersion) replaces the live one (kubectl edit, a read-modify-write); otherwise the
   * fields given are merged into the live object (kubectl patch --type merge, kubectl scale).
   */
  seed(object: JsonObject, manager = 'kubectl'): JsonObject {
    const type = this.typeOf(String(object.apiVersion), String(object.kind));
    if (!type) throw new Error(`fake: unknown type ${String(object.apiVersion)} ${String(object.kind)}`);
    const metadata = (object.metadata ?? {}) as JsonObject;
    const namespace = type.namespaced ? String(metadata.namespace ?? 'default') : undefined;
    const route: Route = { type, namespace, name: String(metadata.name) };
    const existing = this.store.get(storeKey(type, namespace, String(metadata.name)));
    if (!existing) return this.create({ type, namespace }, object, manager, false);
    if (metadata.resourceVersion === undefined) return this.mergePatch(route, object, manager, false);
    const current = (existing.object.metadata as JsonObject).resourceVersion as string;
    return this.update(
      route,
      { ...object, metadata: { ...metadata, resourceVersion: current } },
      manager,
      false,
    );
  }

  get(apiVersion: string, kind: string, name: string, namespace?: string): JsonObject | undefined {
    const type = this.typeOf(apiVersion, kind);
    if (!type) return undefined;
    const stored = this.store.get(
      storeKey(type, type.namespaced ? (namespace ?? 'default') : undefined, name),
    );
    return stored ? this.render(stored) : undefined;
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
    return this.requests.filter(
      (request) =>
        request.method !== 'GET' && request.query.dryRun !== 'All' && request.path !== ACCESS_REVIEWS,
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    response.once('close', () => this.inFlight--);
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
      ({ status, body } = this.route(url.pathname, {
        method: record.method,
        query,
        body: record.body,
        contentType: (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
        defaultManager: (request.headers['user-agent'] ?? '').split('/')[0] || 'unknown',
        token: (request.headers.authorization ?? '').replace(/^Bearer /, ''),
      }));
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
    if (!expected) return;
    const tokens = [expected, ...(this.options.forbid ?? []).flatMap((rule) => rule.token ?? [])];
    if (!tokens.some((token) => request.headers.authorization === `Bearer ${token}`)) {
      throw new HttpError(401, 'Unauthorized', 'Unauthorized');
    }
  }

  private route(pathname: string, request: Request): Answer {
    if (pathname === ACCESS_REVIEWS && request.method === 'POST') return this.reviewAccess(request);
    const discovery = this.discovery(pathname);
    if (discovery) return { status: 200, body: discovery };
    const route = this.parseRoute(pathname);
    if (!route)
      throw new HttpError(404, 'NotFound', `the server could not find the requested resource (${pathname})`);
    const { method, query } = request;
    this.authorize(verbOf(method, route), route, request.token);
    if (route.subresource === 'status') return this.statusSubresource(method, route, request.body);
    const manager = query.fieldManager || request.defaultManager;
    const dryRun = query.dryRun === 'All';
    switch (method) {
      case 'GET':
        return route.name
          ? { status: 200, body: this.read(route) }
          : { status: 200, body: this.list(route, query.labelSelector) };
      case 'PATCH':
        return this.patch(route, request, manager, dryRun);
      case 'POST':
        return { status: 201, body: this.create(route, asObject(request.body), manager, dryRun) };
      case 'PUT':
        if (!route.name)
          throw new HttpError(
            405,
            'MethodNotAllowed',
            'the server does not allow this method on the requested resource',
          );
        return { status: 200, body: this.update(route, asObject(request.body), manager, dryRun) };
      case 'DELETE':
        return { status: 200, body: this.remove(route, request.body) };
      default:
        throw new HttpError(405, 'MethodNotAllowed', `method ${method} not allowed`);
    }
  }

  private patch(route: Route, request: Request, manager: string, dryRun: boolean): Answer {
    const object = request.body;
    if (!route.name || !isObject(object))
      throw new HttpError(400, 'BadRequest', 'a patch needs an object and a name');
    if (
      request.contentType === 'application/merge-patch+json' ||
      request.contentType === 'application/strategic-merge-patch+json'
    )
      // A strategic merge patch is taken as a JSON merge patch: lists are replaced whole.
      return { status: 200, body: this.mergePatch(route, object, manager, dryRun) };
    // JSON patches (which the real one takes) are left out: nothing here sends them.
    if (request.contentType !== 'application/apply-patch+yaml')
      throw new HttpError(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
      );
    if (!request.query.fieldManager)
      throw new HttpError(
        422,
        'Invalid',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
        objectDetails('', 'meta.k8s.io', 'PatchOptions', {
          causes: [
            {
              reason: 'FieldValueRequired',
              message: 'Required value: is required for apply patch',
              field: 'fieldManager',
            },
          ],
        }),
      );
    const denial = this.options.admission?.(object, { dryRun });
    if (denial)
      throw new HttpError(
        400,
        'BadRequest',
        `admission webhook "policy.example.com" denied the request: ${denial}`,
      );
    const existed = this.store.has(storeKey(route.type, route.namespace, route.name));
    const applied = this.applyObject(route, object, request.query.fieldManager, {
      force: request.query.force === 'true',
      dryRun,
    });
    return { status: existed ? 200 : 201, body: applied };
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

  private authorize(verb: string, route: Route, token: string): void {
    for (const rule of this.options.forbid ?? []) {
      if (rule.verb !== verb || rule.resource !== route.type.plural) continue;
      if (rule.token !== undefined && rule.token !== token) continue;
      if (rule.namespace && rule.namespace !== route.namespace) continue;
      const group = route.type.group ? `"${route.type.group}"` : '""';
      const where = route.namespace ? ` in the namespace "${route.namespace}"` : ' at the cluster scope';
      const subject = route.name ? `${resourceName(route.type)} "${route.name}"` : resourceName(route.type);
      throw new HttpError(
        403,
        'Forbidden',
        `${subject} is forbidden: User "system:serviceaccount:ci:kubesync" cannot ${verb} resource "${route.type.plural}" in API group ${group}${where}`,
        objectDetails(route.name ?? '', route.type.group, route.type.plural),
      );
    }
  }

  /** A SelfSubjectAccessReview (every user may ask): allowed unless a `forbid` rule says otherwise. */
  private reviewAccess(request: Request): Answer {
    const review = asObject(request.body);
    const spec = isObject(review.spec) ? review.spec : {};
    const asked = isObject(spec.resourceAttributes) ? spec.resourceAttributes : {};
    const denied = (this.options.forbid ?? []).some(
      (rule) =>
        rule.verb === asked.verb &&
        rule.resource === asked.resource &&
        (rule.token === undefined || rule.token === request.token) &&
        (!rule.namespace || rule.namespace === asked.namespace),
    );
    return { status: 201, body: { ...review, status: { allowed: !denied } } };
  }

  private read(route: Route): JsonObject {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const stored = this.store.get(key);
    if (!stored) throw notFound(route);
    return this.observe(route.type, key, stored);
  }

  private list(route: Route, labelSelector: string | undefined): JsonObject {
    const matches = selectorMatcher(labelSelector);
    const items: JsonObject[] = [];
    for (const [key, stored] of this.store) {
      if (!key.startsWith(`${route.type.group}/${route.type.plural}/`)) continue;
      const metadata = stored.object.metadata as JsonObject;
      if (route.namespace && metadata.namespace !== route.namespace) continue;
      if (!matches((metadata.labels ?? {}) as Record<string, string>)) continue;
      const { apiVersion: _apiVersion, kind: _kind, ...item } = this.observe(route.type, key, stored);
      items.push(item);
    }
    const order = (item: JsonObject) => {
      const metadata = item.metadata as JsonObject;
      return `${String(metadata.namespace ?? '')}/${String(metadata.name)}`;
    };
    items.sort((a, b) => order(a).localeCompare(order(b)));
    return {
      kind: `${route.type.kind}List`,
      apiVersion: apiVersionOf(route.type),
      metadata: { resourceVersion: String(this.resourceVersion) },
      items,
    };
  }

  /**
   * A read, as the controllers have got by then: the first read after a spec change still sees the
   * status from before (observedGeneration behind), later ones the reconciled one. A Terminating
   * namespace is seen once more, then it is gone.
   */
  private observe(type: ResourceType, key: string, stored: Stored): JsonObject {
    if (stored.terminating) {
      this.store.delete(key);
      return this.render(stored);
    }
    if (stored.rollout.staleReads > 0) {
      stored.rollout.staleReads--;
    } else {
      stored.rollout.reads++;
      if (type.hasStatus) reconcile(stored.object, stored.behaviour, stored.rollout, this.options);
    }
    return this.render(stored);
  }

  /** Server-side apply: the configuration merged into the live object, recorded as operation Apply. */
  private applyObject(
    route: Route,
    config: JsonObject,
    manager: string,
    options: { force: boolean; dryRun: boolean },
  ): JsonObject {
    this.checkIdentity(route, config);
    const schema = this.schemaOf(route.type);
    checkDeclaredFields(schema, route.type, config);
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const existing = this.store.get(key);
    const live = existing ? clone(existing.object) : {};
    const managed: ManagedFields = existing?.managed ?? new Map();
    const { object, fields } = applyConfiguration(
      schema,
      managed,
      manager,
      live,
      this.incoming(route, config),
    );
    const owners = recordWrite(schema, managed, {
      manager,
      operation: 'Apply',
      before: live,
      after: object,
      applied: fields,
      force: options.force,
    });
    applyDefaults(route.type, object);
    return this.commit(route, key, object, owners, existing, options.dryRun);
  }

  /** POST: a create, recorded as operation Update owning every field set (defaults included). */
  private create(route: Route, body: JsonObject, manager: string, dryRun: boolean): JsonObject {
    const name = String((body.metadata as JsonObject | undefined)?.name ?? '');
    const full: Route = { ...route, name };
    this.checkIdentity(full, body);
    const key = storeKey(route.type, route.namespace, name);
    if (this.store.has(key)) {
      throw new HttpError(
        409,
        'AlreadyExists',
        `${resourceName(route.type)} "${name}" already exists`,
        objectDetails(name, route.type.group, route.type.plural),
      );
    }
    const object = this.incoming(full, body);
    applyDefaults(route.type, object);
    const owners = this.recordUpdate(route.type, new Map(), manager, zeroValue(route.type), object);
    return this.commit(full, key, object, owners, undefined, dryRun);
  }

  /** PUT: replaces the object (its status aside) under optimistic concurrency; operation Update. */
  private update(route: Route, body: JsonObject, manager: string, dryRun: boolean): JsonObject {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const existing = this.store.get(key);
    if (!existing) throw notFound(route);
    this.checkIdentity(route, body);
    const given = (body.metadata as JsonObject | undefined)?.resourceVersion;
    const current = (existing.object.metadata as JsonObject).resourceVersion;
    if (given !== undefined && given !== current) {
      throw new HttpError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${resourceName(route.type)} "${route.name ?? ''}": the object has been modified; please apply your changes to the latest version and try again`,
        objectDetails(route.name ?? '', route.type.group, route.type.plural),
      );
    }
    const object = this.incoming(route, body);
    if (route.type.hasStatus) object.status = clone(existing.object.status ?? {});
    applyDefaults(route.type, object);
    const owners = this.recordUpdate(route.type, existing.managed, manager, existing.object, object);
    return this.commit(route, key, object, owners, existing, dryRun);
  }

  /** A JSON merge patch (RFC 7386) of the live object: an update, operation Update. */
  private mergePatch(route: Route, patch: JsonObject, manager: string, dryRun: boolean): JsonObject {
    const existing = this.store.get(storeKey(route.type, route.namespace, route.name ?? ''));
    if (!existing) throw notFound(route);
    const patched = mergePatched(this.render(existing), patch) as JsonObject;
    const metadata = patched.metadata as JsonObject;
    if (!('resourceVersion' in ((patch.metadata ?? {}) as JsonObject))) delete metadata.resourceVersion;
    return this.update(route, patched, manager, dryRun);
  }

  /** An Update (create, replace, merge patch): the manager owns what it added or changed. */
  private recordUpdate(
    type: ResourceType,
    managed: ManagedFields,
    manager: string,
    before: JsonObject,
    after: JsonObject,
  ): ManagedFields {
    return recordWrite(this.schemaOf(type), managed, { manager, operation: 'Update', before, after });
  }

  /** DELETE, honouring DeleteOptions' preconditions; a Namespace that holds objects goes Terminating first. */
  private remove(route: Route, options: unknown): Json {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const stored = this.store.get(key);
    if (!stored) throw notFound(route);
    const name = route.name ?? '';
    const metadata = stored.object.metadata as JsonObject;
    const preconditions = isObject(options) && isObject(options.preconditions) ? options.preconditions : {};
    const conflict = (message: string) =>
      new HttpError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedKind(route.type)} "${name}": ${message}`,
        objectDetails(name, route.type.group, route.type.kind),
      );
    if (typeof preconditions.uid === 'string' && preconditions.uid !== metadata.uid)
      throw conflict(
        `the UID in the precondition (${preconditions.uid}) does not match the UID in record (${String(metadata.uid)}). The object might have been deleted and then recreated`,
      );
    if (
      typeof preconditions.resourceVersion === 'string' &&
      preconditions.resourceVersion !== metadata.resourceVersion
    )
      throw conflict(
        `the ResourceVersion in the precondition (${preconditions.resourceVersion}) does not match the ResourceVersion in record (${String(metadata.resourceVersion)}). The object might have been modified`,
      );
    if (route.type.kind === 'Namespace') return this.terminate(key, stored, name);
    this.store.delete(key);
    if (route.type.kind === 'CustomResourceDefinition') this.unregisterCrd(stored.object);
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: objectDetails(name, route.type.group, route.type.plural, { uid: String(metadata.uid) }),
    };
  }

  /** Deletes what the namespace holds; one that held something stays Terminating until its next read. */
  private terminate(key: string, stored: Stored, name: string): JsonObject {
    let held = false;
    for (const [otherKey, other] of this.store) {
      if ((other.object.metadata as JsonObject).namespace !== name) continue;
      this.store.delete(otherKey);
      held = true;
    }
    const metadata = stored.object.metadata as JsonObject;
    if (!stored.terminating) {
      metadata.deletionTimestamp = timestamp();
      metadata.resourceVersion = String(++this.resourceVersion);
      stored.object.status = { phase: 'Terminating' };
    }
    if (held) stored.terminating = true;
    else this.store.delete(key);
    return this.render(stored);
  }

  private statusSubresource(method: string, route: Route, body: unknown): Answer {
    const key = storeKey(route.type, route.namespace, route.name ?? '');
    const stored = this.store.get(key);
    if (!stored) throw notFound(route);
    if (method === 'GET') return { status: 200, body: this.observe(route.type, key, stored) };
    if (method === 'PUT' || method === 'PATCH') {
      const status = isObject(body) ? (body.status ?? {}) : {};
      stored.object.status =
        method === 'PUT'
          ? clone(status)
          : { ...((stored.object.status ?? {}) as JsonObject), ...(status as JsonObject) };
      (stored.object.metadata as JsonObject).resourceVersion = String(++this.resourceVersion);
    }
    return { status: 200, body: this.render(stored) };
  }

  /** What a client sends, without what only the server sets, in the namespace of the URL. */
  private incoming(route: Route, body: JsonObject): JsonObject {
    const object = clone(body);
    if (route.type.hasStatus) delete object.status;
    const metadata = isObject(object.metadata) ? object.metadata : (object.metadata = {});
    for (const field of SERVER_METADATA) delete metadata[field];
    if (route.type.namespaced) metadata.namespace = route.namespace ?? 'default';
    return object;
  }

  /**
   * Stores a write (unless a dry run) after what the API server does past the field manager: its
   * strategy's changes, the namespace's lifecycle, validation of immutable fields, and the metadata
   * it keeps (uid, generation bumped by spec changes only, resourceVersion bumped by any change).
   */
  private commit(
    route: Route,
    key: string,
    object: JsonObject,
    managed: ManagedFields,
    existing: Stored | undefined,
    dryRun: boolean,
  ): JsonObject {
    const { type } = route;
    if (type.namespaced) this.requireNamespace(route, !existing);
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    this.prepare(type, object, existing?.object);
    validate(type, existing?.object, object);
    const previous = existing?.object;
    const previousMetadata = (previous?.metadata ?? {}) as JsonObject;
    const metadata = (object.metadata ??= {}) as JsonObject;
    metadata.uid = previous ? (previousMetadata.uid as string) : randomUUID();
    metadata.creationTimestamp = previous ? (previousMetadata.creationTimestamp as string) : timestamp();
    if (previousMetadata.deletionTimestamp) metadata.deletionTimestamp = previousMetadata.deletionTimestamp;
    metadata.generation = previous ? Number(previousMetadata.generation ?? 1) : 1;
    if (previous) metadata.resourceVersion = previousMetadata.resourceVersion as string;
    const specChanged = !previous || !equal(withoutMetaAndStatus(previous), withoutMetaAndStatus(object));
    if (previous && specChanged) metadata.generation = Number(metadata.generation) + 1;
    const changed =
      !previous ||
      !equal(previous, object) ||
      !equal(renderManagedFields(existing.managed), renderManagedFields(managed));
    if (changed)
      metadata.resourceVersion = String(dryRun ? this.resourceVersion + 1 : ++this.resourceVersion);

    const stored: Stored = {
      object,
      managed,
      behaviour: (dryRun ? undefined : this.options.behaviour?.(object)) ?? existing?.behaviour,
      rollout: existing?.rollout ?? { startedAt: Date.now(), reads: 0, staleReads: 0 },
      terminating: existing?.terminating,
    };
    if (specChanged) {
      const lags = LAGGING_KINDS.has(type.kind) && BUILT_IN_TYPES.includes(type);
      stored.rollout = { startedAt: Date.now(), reads: 0, staleReads: lags ? 1 : 0 };
      // A controller writes the status of a workload later; the API server sets the others' at once.
      if (lags) object.status = clone(previous?.status ?? {});
      else if (type.hasStatus) reconcile(object, stored.behaviour, stored.rollout, this.options);
    }
    if (!dryRun) {
      this.store.set(key, stored);
      if (type.kind === 'CustomResourceDefinition') this.registerCrd(object);
    }
    return this.render(stored);
  }

  /** What the API server's strategy does on create and update: conversions, allocations, finalizers. */
  private prepare(type: ResourceType, object: JsonObject, previous: JsonObject | undefined): void {
    const spec = isObject(object.spec) ? object.spec : undefined;
    if (type.kind === 'Secret') convertStringData(object);
    if (type.kind === 'Namespace') {
      const namespaceSpec = (object.spec ??= {}) as JsonObject;
      namespaceSpec.finalizers ??= ['kubernetes'];
    }
    if (type.kind === 'Service' && spec && spec.type !== 'ExternalName') {
      const old = (previous?.spec ?? {}) as JsonObject;
      spec.clusterIP ??= old.clusterIP ?? `10.96.0.${this.clusterIp++ % 250}`;
      spec.clusterIPs = [spec.clusterIP];
      spec.ipFamilies ??= ['IPv4'];
      spec.ipFamilyPolicy ??= 'SingleStack';
    }
  }

  private render(stored: Stored): JsonObject {
    const object = clone(stored.object);
    const managedFields = renderManagedFields(stored.managed);
    if (managedFields.length > 0) (object.metadata as JsonObject).managedFields = managedFields;
    return object;
  }

  private schemaOf(type: ResourceType): Schema {
    return {
      kind: type.kind,
      apiVersion: apiVersionOf(type),
      builtIn: BUILT_IN_TYPES.includes(type),
      hasStatus: type.hasStatus,
    };
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

  /** A namespaced write needs its namespace; one being deleted takes no new objects (403, as the real one). */
  private requireNamespace(route: Route, creating: boolean): void {
    const namespace = route.namespace ?? '';
    const stored = this.store.get(storeKey(NAMESPACE, undefined, namespace));
    if (!stored) {
      throw new HttpError(
        404,
        'NotFound',
        `namespaces "${namespace}" not found`,
        objectDetails(namespace, '', 'namespaces'),
      );
    }
    if (creating && stored.terminating) {
      const name = route.name ?? '';
      throw new HttpError(
        403,
        'Forbidden',
        `${resourceName(route.type)} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
        objectDetails(name, route.type.group, route.type.plural, {
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: `namespace ${namespace} is being terminated`,
              field: 'metadata.namespace',
            },
          ],
        }),
      );
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
  return new HttpError(
    404,
    'NotFound',
    `${resourceName(route.type)} "${route.name ?? ''}" not found`,
    objectDetails(route.name ?? '', route.type.group, route.type.plural),
  );
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

function withoutMetaAndStatus(object: JsonObject): JsonObject {
  const { metadata: _metadata, status: _status, ...rest } = object;
  return rest;
}

function asObject(body: unknown): JsonObject {
  if (!isObject(body)) throw new HttpError(400, 'BadRequest', 'the request body is not an object');
  return body;
}

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
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
