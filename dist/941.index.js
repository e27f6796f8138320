export const id = 941;
export const ids = [941];
export const modules = {

/***/ 70941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* reexport */ app_name/* appNameOf */.E),
  j: () => (/* binding */ connectOverHttp)
});

// EXTERNAL MODULE: ./src/model/object.ts
var model_object = __webpack_require__(97278);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/cluster/api-error.ts
var api_error = __webpack_require__(34165);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/cluster/api-transport.ts
var api_transport = __webpack_require__(50318);
// EXTERNAL MODULE: ./src/cluster/discovery.ts
var discovery = __webpack_require__(17200);
// EXTERNAL MODULE: ./src/cluster/kubeconfig.ts
var kubeconfig = __webpack_require__(72315);
;// CONCATENATED MODULE: ./src/cluster/http-client.ts







/**
 * The ClusterClient of a real API server, over HTTPS with the kubeconfig's credentials. Objects travel
 * as plain JSON, exactly as written. Every write is made as `fieldManager`, the app's own. Given a
 * `shared` connection, it sends through that one's pool and gate and uses its discovery; else it has
 * its own.
 */
class HttpClusterClient {
    fieldManager;
    server;
    transport;
    discovery;
    constructor(config, fieldManager, options = {}, shared) {
        this.fieldManager = fieldManager;
        this.server = (0,kubeconfig/* serverHost */.E)(config);
        this.transport = new api_transport/* ApiTransport */.e(shared?.connection ?? config, options);
        this.discovery = shared?.discovery ?? new discovery/* ApiDiscovery */.z(this.transport);
    }
    resourceFor(apiVersion, kind) {
        return this.discovery.resourceFor(apiVersion, kind);
    }
    preferredVersion(group) {
        return this.discovery.preferredVersion(group);
    }
    refreshDiscovery() {
        this.discovery.refresh();
    }
    async get(ref) {
        try {
            return await this.transport.request('GET', await this.discovery.objectPath(ref));
        }
        catch (error) {
            if ((0,api_error/* isNotFound */.c)(error))
                return undefined;
            throw error;
        }
    }
    async list(apiVersion, kind, options = {}) {
        const resource = await this.discovery.requireResource(apiVersion, kind);
        const items = [];
        let continueToken;
        do {
            const query = { limit: '500' };
            if (options.labelSelector)
                query.labelSelector = options.labelSelector;
            if (continueToken)
                query.continue = continueToken;
            const path = (0,discovery/* collectionPath */.y)(resource, resource.namespaced ? options.namespace : undefined);
            const page = await this.transport.request('GET', path, query);
            // Items of a list carry no apiVersion/kind of their own; put them back, as kubectl does.
            for (const item of page.items ?? [])
                items.push({ apiVersion, kind, ...item });
            continueToken = page.metadata?.continue || undefined;
        } while (continueToken);
        return items;
    }
    podLog(namespace, pod, container, options) {
        const query = { container, tailLines: String(options.tailLines) };
        if (options.previous)
            query.previous = 'true';
        return this.transport.requestText(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`, query);
    }
    async apply(object, options = {}) {
        const query = {
            fieldManager: options.fieldManager ?? this.fieldManager,
            fieldValidation: 'Strict',
        };
        if (options.force)
            query.force = 'true';
        if (options.dryRun)
            query.dryRun = 'All';
        return this.transport.request('PATCH', await this.discovery.objectPath((0,model_object/* refOf */.H)(object)), query, object, 'application/apply-patch+yaml');
    }
    async mergePatch(ref, patch) {
        return this.transport.request('PATCH', await this.discovery.objectPath(ref), { fieldManager: this.fieldManager, fieldValidation: 'Strict' }, patch, 'application/merge-patch+json');
    }
    async create(object) {
        const ref = (0,model_object/* refOf */.H)(object);
        const resource = await this.discovery.requireResource(ref.apiVersion, ref.kind);
        const path = (0,discovery/* collectionPath */.y)(resource, ref.namespace);
        // Created by an attempt whose answer was lost: a second POST would only say AlreadyExists. An
        // object named by the server (generateName) cannot be looked up, and a second POST would create a
        // second one (a hook Job run twice): such a create is never sent again once it may have happened.
        const recover = ref.name
            ? () => this.get(ref)
            : () => Promise.reject(new errors/* UserError */.y(`creating ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${String((0,model_resource/* metadataOf */.Nk)(object).generateName)}* may have succeeded before the connection failed; it is not sent again, so that it cannot run twice: check the cluster, then re-run`));
        return this.transport.request('POST', path, { fieldManager: this.fieldManager, fieldValidation: 'Strict' }, object, 'application/json', recover);
    }
    async replace(object) {
        const path = await this.discovery.objectPath((0,model_object/* refOf */.H)(object));
        return this.transport.request('PUT', path, { fieldManager: this.fieldManager, fieldValidation: 'Strict' }, object);
    }
    async reviewAccess(attributes) {
        const review = await this.transport.request('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {}, {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: attributes },
        });
        return review.status?.allowed === true;
    }
    async delete(ref, propagationPolicy = 'Background', preconditions = {}) {
        const body = {
            apiVersion: 'v1',
            kind: 'DeleteOptions',
            propagationPolicy,
            ...(preconditions.uid || preconditions.resourceVersion ? { preconditions } : {}),
        };
        // Deleted by an attempt whose answer was lost: the object (with that UID) is gone.
        const gone = async () => {
            const current = await this.get(ref);
            const deleted = !current || (preconditions.uid && (0,model_resource/* metadataOf */.Nk)(current).uid !== preconditions.uid);
            return deleted ? {} : undefined;
        };
        try {
            await this.transport.request('DELETE', await this.discovery.objectPath(ref), {}, body, 'application/json', gone);
            return true;
        }
        catch (error) {
            if ((0,api_error/* isNotFound */.c)(error))
                return false;
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/cluster/inventory.ts
var inventory = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/model/app-identity.ts
var app_identity = __webpack_require__(63529);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/app/commands/app-name.ts
var app_name = __webpack_require__(9977);
;// CONCATENATED MODULE: ./src/app/commands/cluster-session.ts





// Its own module, so validation (which substitutes KUBESYNC_APP) never loads the cluster client.

/**
 * Connects with the configured credentials; undefined when there are none (e.g. a fork's pull
 * request). Apps of the run with the same credentials share `connections`' pool, gate and discovery;
 * each keeps its own field manager, ApplySet, deadline and redaction of what it reads.
 */
function connectOverHttp(settings, app, outside) {
    const { env, secrets, onRetry, connections } = outside;
    const config = (0,kubeconfig/* loadKubeConfig */.u)(settings.cluster, env, (value) => secrets.register(value));
    if (!config)
        return undefined;
    const { fieldManager } = (0,app_identity/* appIdentity */._L)(app, settings.namespace);
    const options = {
        requestTimeoutMs: settings.requestTimeoutMs,
        onRetry,
        onAnswer: (body) => (0,redact/* registerSecretsIn */.c)(secrets, body),
    };
    const shared = connections.connect(config, settings.apply.concurrency, options);
    const client = new HttpClusterClient(config, fieldManager, options, shared);
    const context = config.getCurrentContext() || undefined;
    return { client, inventory: new inventory/* ApplySetInventory */.Bj(app, settings.namespace), fieldManager, context };
}


/***/ }),

/***/ 7945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ ApiConnection)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/gen/http/isomorphic-fetch.js
var isomorphic_fetch = __webpack_require__(49957);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/gen/http/http.js
var http = __webpack_require__(91561);
// EXTERNAL MODULE: ./src/model/deadline.ts
var deadline = __webpack_require__(18293);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/retry.ts
var retry = __webpack_require__(93371);
// EXTERNAL MODULE: ./src/cluster/api-error.ts
var api_error = __webpack_require__(34165);
;// CONCATENATED MODULE: ./src/cluster/request-gate.ts
/**
 * How many requests one connection to an API server has in flight, for every app that shares it: at
 * most `bound` (the `concurrency` input), fewer while the server asks for less. A 429 halves the limit
 * (at least 1) and every `limit` answers in a row raise it by one again, up to the bound: additive
 * increase, multiplicative decrease, as TCP does with a congestion window.
 *
 * A request waits for its seat before it starts, so the time spent queueing is never part of its own
 * deadline. Seats are given in the order they were asked for.
 */
class RequestGate {
    bound;
    limitNow;
    lowest;
    inFlight = 0;
    answeredInARow = 0;
    /** Counts the decreases: a 429 to a request admitted before the last one was already heeded. */
    epoch = 0;
    throttledCount = 0;
    waiting = [];
    constructor(bound) {
        this.bound = bound;
        this.bound = Math.max(1, Math.floor(bound));
        this.limitNow = this.bound;
        this.lowest = this.bound;
    }
    /** Requests let through at once now. */
    get limit() {
        return this.limitNow;
    }
    /** The lowest limit the server's 429s brought it to. */
    get lowestLimit() {
        return this.lowest;
    }
    /** How many times the server answered 429 through this gate. */
    get throttled() {
        return this.throttledCount;
    }
    /** A sharer that allows fewer requests at once lowers the bound for all: none gets more than it allowed. */
    lowerBound(bound) {
        this.bound = Math.min(this.bound, Math.max(1, Math.floor(bound)));
        this.limitNow = Math.min(this.limitNow, this.bound);
        this.lowest = Math.min(this.lowest, this.limitNow);
    }
    /**
     * Runs `request` once a seat is free. `failure` tells what a failure was: a 429, another answer of
     * the server (a 404 is an answer like any other), or no answer at all (which counts for neither).
     */
    async through(request, failure) {
        const admittedIn = await this.admit();
        try {
            const result = await request();
            this.answered();
            return result;
        }
        catch (error) {
            const kind = failure(error);
            if (kind === 'throttled')
                this.slowDown(admittedIn);
            else if (kind === 'answered')
                this.answered();
            throw error;
        }
        finally {
            this.inFlight--;
            this.admitWaiting();
        }
    }
    admit() {
        if (this.waiting.length === 0 && this.inFlight < this.limitNow) {
            this.inFlight++;
            return Promise.resolve(this.epoch);
        }
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    admitWaiting() {
        while (this.inFlight < this.limitNow) {
            const next = this.waiting.shift();
            if (!next)
                return;
            this.inFlight++;
            next(this.epoch);
        }
    }
    answered() {
        if (this.limitNow >= this.bound)
            return;
        if (++this.answeredInARow < this.limitNow)
            return;
        this.answeredInARow = 0;
        this.limitNow++;
    }
    slowDown(admittedIn) {
        this.throttledCount++;
        this.answeredInARow = 0;
        // The requests sent before the last decrease were sent at the old rate: their 429s ask for nothing new.
        if (admittedIn < this.epoch)
            return;
        this.epoch++;
        this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
        this.lowest = Math.min(this.lowest, this.limitNow);
    }
}

;// CONCATENATED MODULE: ./src/cluster/api-connection.ts






/**
 * A connection to one API server with one kubeconfig's credentials, shared by every app of the run that
 * has them: one connection pool (TLS connections kept alive instead of a handshake per request) and
 * one gate that bounds the requests in flight across all of them.
 */
class ApiConnection {
    config;
    baseUrl;
    gate;
    http = new isomorphic_fetch/* IsomorphicFetchHttpLibrary */.l();
    dispatcher;
    constructor(config, concurrency) {
        this.config = config;
        this.baseUrl = (config.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
        this.gate = new RequestGate(concurrency);
    }
    /**
     * The text of a 2xx answer; any other status is a KubeApiError. The request waits for a seat at the
     * gate first, and only then does its deadline start: queueing behind other apps is not slowness.
     */
    send(exchange) {
        const { method, path, timeoutMs } = exchange;
        return this.gate.through(() => (0,deadline/* withDeadline */.N)(timeoutMs, `${method} ${path}`, (signal) => this.sendNow(exchange, signal)), (error) => error instanceof api_error/* KubeApiError */.W ? (error.status === 429 ? 'throttled' : 'answered') : 'unanswered');
    }
    /**
     * Forgets the connection pool after a connection failed or timed out. The API server speaks HTTP/2:
     * an aborted request cancels only its stream, and every later request would queue on the same
     * stalled connection, so a retry must get a fresh one.
     */
    dropConnections() {
        const dispatcher = this.dispatcher;
        this.dispatcher = undefined;
        // Requests still in flight on it finish (or meet their own deadline) before it closes.
        void dispatcher?.close?.().catch(() => undefined);
    }
    /** The network failed every attempt: name the server and the context, and what to check. */
    unreachable(error) {
        let detail = error;
        while (detail.cause && typeof detail.cause.message === 'string')
            detail = detail.cause;
        const context = this.config.getCurrentContext();
        const check = (0,retry/* networkFailureOf */.i2)(error)?.certificate
            ? "check that the kubeconfig's certificate-authority is the cluster's and that its server address (or tls-server-name) is a name the certificate is for"
            : "check that the cluster is running and reachable from here, and the kubeconfig's server address";
        return new errors/* UserError */.y(`cannot reach the API server ${this.baseUrl}${context ? ` (kubeconfig context "${context}")` : ''}: ${detail.message ?? String(error)}; ${check}`);
    }
    async sendNow(exchange, signal) {
        const { method, url, path, payload, contentType } = exchange;
        const context = new http/* RequestContext */.bb(url.toString(), http/* HttpMethod */.ym[method]);
        context.setHeaderParam('Accept', 'application/json');
        context.setHeaderParam('User-Agent', 'kubesync');
        if (payload !== undefined) {
            context.setHeaderParam('Content-Type', contentType);
            context.setBody(payload);
        }
        context.setSignal(signal);
        await this.config.applySecurityAuthentication(context);
        // client-node builds a new connection pool per call; one pool for the run keeps TLS connections
        // alive instead of a handshake per request. Headers (tokens) are still refreshed every call.
        this.dispatcher ??= context.getDispatcher();
        const { status, text, retryAfter } = this.dispatcher
            ? await sendThrough(this.dispatcher, { method, url, headers: context.getHeaders(), payload, signal })
            : await this.sendByFetch(context);
        // A redirect or an informational answer is not the object either (fetch followed redirects).
        if (status < 200 || status >= 300)
            throw api_error/* KubeApiError */.W.fromResponse(status, method, path, text, retryAfter);
        return text;
    }
    /** Without TLS settings or a proxy there is no pool of ours: client-node's fetch (undici's, loaded then). */
    async sendByFetch(context) {
        const response = await this.http.send(context).toPromise();
        return {
            status: response.httpStatusCode,
            text: await response.body.text(),
            retryAfter: response.headers['retry-after'],
        };
    }
}
/**
 * The request through undici's own request API on the run's pool: the same connection, TLS and
 * headers as fetch, without the work of fetch's WHATWG layer on every request.
 */
async function sendThrough(dispatcher, request) {
    const { method, url, headers, payload, signal } = request;
    const response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body: payload,
        signal,
    });
    const retryAfter = response.headers['retry-after'];
    return {
        status: response.statusCode,
        text: await response.body.text(),
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
    };
}


/***/ }),

/***/ 34165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ KubeApiError),
/* harmony export */   c: () => (/* binding */ isNotFound)
/* harmony export */ });
/** A non-2xx answer of the Kubernetes API, with its Status body (reason, message, details). */
class KubeApiError extends Error {
    status;
    verb;
    path;
    reason;
    apiMessage;
    causes;
    retryAfter;
    name = 'KubeApiError';
    constructor(status, verb, path, reason, apiMessage, causes = [], retryAfter) {
        super(`${verb} ${path}: ${status} ${reason}: ${apiMessage}`);
        this.status = status;
        this.verb = verb;
        this.path = path;
        this.reason = reason;
        this.apiMessage = apiMessage;
        this.causes = causes;
        this.retryAfter = retryAfter;
    }
    static fromResponse(status, verb, path, body, retryAfter) {
        let parsed = {};
        try {
            parsed = JSON.parse(body);
        }
        catch {
            parsed = { message: body.slice(0, 500) };
        }
        return new KubeApiError(status, verb, path, parsed.reason ?? String(status), parsed.message ?? '', parsed.details?.causes ?? [], retryAfter);
    }
}
function isNotFound(error) {
    return error instanceof KubeApiError && error.status === 404;
}


/***/ }),

/***/ 50318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ApiTransport)
/* harmony export */ });
/* unused harmony export DEFAULT_CONCURRENCY */
/* harmony import */ var _model_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93371);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34165);
/* harmony import */ var _api_connection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7945);



/** Requests in flight at once on a client's own connection: the `concurrency` input's default. */
const DEFAULT_CONCURRENCY = 32;
/**
 * The one place HTTP to the API server happens, for one app: a deadline per request and retries of
 * transient failures, over a connection (pool, auth, gate) that apps with the same credentials share.
 */
class ApiTransport {
    options;
    connection;
    constructor(connection, options = {}) {
        this.options = options;
        this.connection =
            connection instanceof _api_connection_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiConnection */ .P ? connection : new _api_connection_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiConnection */ .P(connection, DEFAULT_CONCURRENCY);
    }
    /** `recover` looks for what an earlier attempt of a write may have done, before it is sent again. */
    request(method, path, query = {}, body, contentType = 'application/json', recover) {
        const url = this.urlOf(path, query);
        const payload = body === undefined ? undefined : JSON.stringify(body);
        // A write that failed after it may have taken effect is checked before it is sent again.
        let uncertain = false;
        const attempt = async () => {
            if (uncertain && recover) {
                const recovered = await recover();
                if (recovered !== undefined)
                    return recovered;
            }
            try {
                const text = await this.connection.send({
                    method,
                    url,
                    path,
                    payload,
                    contentType,
                    ...this.deadline(),
                });
                const parsed = text ? JSON.parse(text) : {};
                // Before anyone else sees it: a Secret's values may come back quoted in any later message.
                this.options.onAnswer?.(parsed);
                return parsed;
            }
            catch (error) {
                uncertain ||= (0,_model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveTakenEffect */ .Y2)(error, error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W ? error.status : undefined);
                if (!(error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W))
                    this.connection.dropConnections();
                throw error;
            }
        };
        return (0,_model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withCountedRetry */ .pm)(`${method} ${path}`, attempt, classifyKubeFailure, this.options.retry ?? _model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI, this.options.onRetry).catch((error) => {
            throw (0,_model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientNetworkError */ .l)(error) || (0,_model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailureOf */ .i2)(error)
                ? this.connection.unreachable(error)
                : error;
        });
    }
    /**
     * A GET whose answer is text (a container's log), tried once: it is evidence for a report, not a
     * step of the apply, so a failure is the caller's to ignore rather than a reason to wait.
     */
    requestText(path, query = {}) {
        return this.connection.send({
            method: 'GET',
            url: this.urlOf(path, query),
            path,
            contentType: 'application/json',
            ...this.deadline(),
        });
    }
    urlOf(path, query) {
        const url = new URL(this.connection.baseUrl + path);
        for (const [name, value] of Object.entries(query))
            url.searchParams.set(name, value);
        return url;
    }
    deadline() {
        return { timeoutMs: this.options.requestTimeoutMs ?? 30_000 };
    }
}
function classifyKubeFailure(error) {
    return (0,_model_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyHttpFailure */ .ZZ)(error, error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W
        ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} ${error.reason}` }
        : undefined);
}


/***/ }),

/***/ 17200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ collectionPath),
/* harmony export */   z: () => (/* binding */ ApiDiscovery)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34165);


/**
 * What the API server serves, asked once per group version and kept for the run, for every app that
 * shares the connection. A refresh forgets it all: whoever asks next asks the server again, and a
 * question already on its way is answered to whoever asked it without being kept. A question that
 * failed is not kept either, so one app's bad luck is not every app's answer.
 */
class ApiDiscovery {
    transport;
    groupVersions = new Map();
    groups = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    async resourceFor(apiVersion, kind) {
        let resources = this.groupVersions.get(apiVersion);
        if (!resources) {
            resources = this.discoverGroupVersion(apiVersion);
            keepUnlessFailed(this.groupVersions, apiVersion, resources);
        }
        return (await resources)?.get(kind);
    }
    async preferredVersion(group) {
        if (group === '')
            return 'v1';
        let version = this.groups.get(group);
        if (!version) {
            version = this.transport
                .request('GET', `/apis/${group}`)
                .then((body) => body.preferredVersion?.version)
                .catch((error) => {
                if ((0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c)(error))
                    return undefined;
                throw error;
            });
            keepUnlessFailed(this.groups, group, version);
        }
        return version;
    }
    refresh() {
        this.groupVersions.clear();
        this.groups.clear();
    }
    async discoverGroupVersion(apiVersion) {
        const path = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(apiVersion) === '' ? `/api/${apiVersion}` : `/apis/${apiVersion}`;
        let list;
        try {
            list = await this.transport.request('GET', path);
        }
        catch (error) {
            if ((0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c)(error))
                return undefined;
            throw error;
        }
        const resources = new Map();
        for (const entry of list.resources ?? []) {
            if (entry.name.includes('/'))
                continue; // subresources such as deployments/status
            resources.set(entry.kind, {
                apiVersion,
                kind: entry.kind,
                plural: entry.name,
                namespaced: entry.namespaced,
            });
        }
        return resources;
    }
    async requireResource(apiVersion, kind) {
        const resource = await this.resourceFor(apiVersion, kind);
        if (!resource) {
            throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W(404, 'GET', apiVersion, 'NotFound', `the server has no resource type ${kind} in ${apiVersion}`);
        }
        return resource;
    }
    /** The URL path of one object. */
    async objectPath(ref) {
        const resource = await this.requireResource(ref.apiVersion, ref.kind);
        return `${collectionPath(resource, resource.namespaced ? ref.namespace : undefined)}/${encodeURIComponent(ref.name)}`;
    }
}
function keepUnlessFailed(cache, key, answer) {
    cache.set(key, answer);
    answer.catch(() => {
        if (cache.get(key) === answer)
            cache.delete(key);
    });
}
/** The URL path of a resource's collection, in a namespace or cluster-wide. */
function collectionPath(resource, namespace) {
    const prefix = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(resource.apiVersion) === ''
        ? `/api/${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(resource.apiVersion)}`
        : `/apis/${resource.apiVersion}`;
    return namespace
        ? `${prefix}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}`
        : `${prefix}/${resource.plural}`;
}


/***/ }),

/***/ 36186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ applySetId),
/* harmony export */   Bj: () => (/* binding */ ApplySetInventory),
/* harmony export */   FY: () => (/* binding */ membersListed),
/* harmony export */   NB: () => (/* binding */ isMember),
/* harmony export */   X1: () => (/* binding */ ID_LABEL),
/* harmony export */   vr: () => (/* binding */ PART_OF_LABEL),
/* harmony export */   x: () => (/* binding */ kubesyncAppOfSet)
/* harmony export */ });
/* unused harmony export groupKindsOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/* harmony import */ var _model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63529);
/* harmony import */ var _managed_fields_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69973);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27813);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52621);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34165);







const PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
const ID_LABEL = 'applyset.kubernetes.io/id';
const TOOLING = 'applyset.kubernetes.io/tooling';
const CONTAINS_GROUP_KINDS = 'applyset.kubernetes.io/contains-group-kinds';
const ADDITIONAL_NAMESPACES = 'applyset.kubernetes.io/additional-namespaces';
const LAST_COMMIT = 'kubesync.io/last-applied-commit';
const LAST_DIGEST = 'kubesync.io/last-applied-digest';
/** When the last apply finished, ISO 8601: the fleet view's age of what runs. */
const LAST_APPLIED_AT = 'kubesync.io/last-applied-at';
/** The container images of the last apply's workloads, comma-separated: what a promotion moves on. */
const LAST_IMAGES = 'kubesync.io/last-applied-images';
/**
 * The set of objects one app owns, kept with the Kubernetes ApplySet convention (KEP-3659): a parent
 * Secret labelled with the set's id and annotated with the group-kinds and namespaces its members live
 * in; members labelled `applyset.kubernetes.io/part-of: <id>`. Prune lists exactly these members, so it
 * can never touch anything this app did not apply, and `kubectl apply --prune --applyset` reads the same set.
 */
class ApplySetInventory {
    namespace;
    id;
    parentName;
    constructor(app, namespace) {
        this.namespace = namespace;
        this.parentName = (0,_model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .appIdentity */ ._L)(app, namespace).parentName;
        this.id = applySetId(this.parentName, namespace, 'Secret', '');
    }
    get parentRef() {
        return { apiVersion: 'v1', kind: 'Secret', namespace: this.namespace, name: this.parentName };
    }
    async read(client) {
        const parent = await client.get(this.parentRef);
        if (!parent)
            return undefined;
        const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .metadataOf */ .Nk)(parent);
        const labels = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(metadata.labels) ? metadata.labels : {};
        if (labels[ID_LABEL] !== this.id) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Secret ${this.namespace}/${this.parentName} exists but is not the ApplySet parent of this app (its ${ID_LABEL} label is not ${this.id}); rename the app or remove that Secret`);
        }
        const annotations = ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(metadata.annotations) ? metadata.annotations : {});
        return {
            groupKinds: splitList(annotations[CONTAINS_GROUP_KINDS]),
            namespaces: [this.namespace, ...splitList(annotations[ADDITIONAL_NAMESPACES])].filter(unique),
            lastCommit: annotations[LAST_COMMIT],
            lastDigest: annotations[LAST_DIGEST],
            lastAppliedAt: annotations[LAST_APPLIED_AT],
            lastImages: annotations[LAST_IMAGES] === undefined ? undefined : splitList(annotations[LAST_IMAGES]),
            ...((0,_managed_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .hasAppliedFields */ .FI)(parent, _model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_FIELD_MANAGER */ .jb) ? { legacyParent: true } : {}),
        };
    }
    /** The label every member carries. */
    memberLabels() {
        return { [PART_OF_LABEL]: this.id };
    }
    /**
     * Every object labelled as a member, across the group-kinds and namespaces the parent records: one
     * LIST per kind and namespace, in the order the parent lists them. Every request, discovery
     * included, goes through `limit`; asked for first, the discovery is first in its queue.
     */
    async members(client, state, limit) {
        const selector = `${PART_OF_LABEL}=${this.id}`;
        const perKind = await Promise.all(state.groupKinds.map(async (groupKind) => {
            const [kind = '', ...groupParts] = groupKind.split('.');
            const group = groupParts.join('.');
            const version = await limit(() => client.preferredVersion(group));
            if (!version)
                return []; // the kind's API is gone from the cluster, so are its objects
            const apiVersion = group ? `${group}/${version}` : version;
            const resource = await limit(() => client.resourceFor(apiVersion, kind));
            if (!resource)
                return [];
            const namespaces = resource.namespaced ? state.namespaces : [undefined];
            const lists = await Promise.all(namespaces.map((namespace) => limit(() => client.list(apiVersion, kind, { namespace, labelSelector: selector }))));
            // Never trust the selector alone: only objects that carry exactly our label are members.
            return lists.flat().filter((item) => isMember(item, this.id));
        }));
        return perKind.flat();
    }
    /** The parent Secret recording the given members (and, once applied, the commit). */
    parent(objects, commit) {
        const annotations = {
            [TOOLING]: `kubesync/v${_model_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x}`,
            [CONTAINS_GROUP_KINDS]: groupKindsOf(objects).join(','),
            [ADDITIONAL_NAMESPACES]: namespacesOf(objects)
                .filter((namespace) => namespace !== this.namespace)
                .join(','),
        };
        if (commit) {
            annotations[LAST_COMMIT] = commit.sha;
            annotations[LAST_DIGEST] = commit.digest;
            if (commit.images)
                annotations[LAST_IMAGES] = commit.images.join(',');
            if (commit.at)
                annotations[LAST_APPLIED_AT] = commit.at;
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
function membersListed(state, group, kind, namespace) {
    const groupKind = group ? `${kind}.${group}` : kind;
    return (state.groupKinds.includes(groupKind) && (namespace === undefined || state.namespaces.includes(namespace)));
}
/**
 * The kubesync app whose ApplySet has this id, found by its parent Secret `kubesync-<app>` in
 * `namespace` (the id proves the name); undefined when it is not there, or Secrets may not be listed.
 */
async function kubesyncAppOfSet(client, id, namespace) {
    const parents = await client
        .list('v1', 'Secret', { namespace, labelSelector: `${ID_LABEL}=${id}` })
        .catch((error) => {
        if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeApiError */ .W && error.status === 403)
            return [];
        throw error;
    });
    const prefix = (0,_model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .appIdentity */ ._L)('', namespace).parentName;
    for (const parent of parents) {
        const name = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .metadataOf */ .Nk)(parent).name;
        if (typeof name === 'string' &&
            name.startsWith(prefix) &&
            applySetId(name, namespace, 'Secret', '') === id)
            return name.slice(prefix.length);
    }
    return undefined;
}
/** `applyset-<base64url(sha256(<name>.<namespace>.<kind>.<group>))>-v1`, as kubectl computes it. */
function applySetId(name, namespace, kind, group) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
    return `applyset-${hash}-v1`;
}
function isMember(object, id) {
    const labels = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .metadataOf */ .Nk)(object).labels;
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(labels) && labels[PART_OF_LABEL] === id;
}
/** `Deployment.apps`, `Service`: the GroupKind spelling of the ApplySet annotations, sorted. */
function groupKindsOf(objects) {
    return objects
        .map((object) => {
        const group = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .groupOf */ .F8)((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .apiVersionOf */ .uO)(object) ?? '');
        return group ? `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(object) ?? ''}.${group}` : ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(object) ?? '');
    })
        .filter(unique)
        .sort();
}
function namespacesOf(objects) {
    return objects
        .map((object) => (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .namespaceOf */ .N6)(object))
        .filter((namespace) => Boolean(namespace))
        .filter(unique)
        .sort();
}
function splitList(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}
function unique(value, index, array) {
    return array.indexOf(value) === index;
}


/***/ }),

/***/ 72315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ serverHost),
/* harmony export */   u: () => (/* binding */ loadKubeConfig)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88576);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48825);



/**
 * Where the credentials come from, in kubectl's order of precedence: the input, then $KUBECONFIG
 * (or ~/.kube/config), then the in-cluster service account. Undefined when there are none, which
 * lets plan degrade to validate + render (a pull request from a fork has no secrets).
 */
function loadKubeConfig(settings, env, onSecret) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .yp();
    const files = settings.kubeconfig.trim() ? [] : (0,_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_1__/* .kubeconfigFiles */ .li)(env);
    if (settings.kubeconfig.trim()) {
        const text = (0,_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeKubeconfigInput */ .Eh)(settings.kubeconfig);
        parsing('input "kubeconfig"', () => config.loadFromString(text));
    }
    else if (files.length > 0) {
        parsing(files[0] ?? '', () => config.loadFromFile(files[0] ?? ''));
        for (const file of files.slice(1)) {
            const more = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .yp();
            parsing(file, () => more.loadFromFile(file));
            config.mergeConfig(more, true);
        }
    }
    else if (env.KUBERNETES_SERVICE_HOST) {
        config.loadFromCluster();
    }
    else {
        return undefined;
    }
    if (settings.context) {
        if (!config.getContextObject(settings.context)) {
            const known = config.getContexts().map((context) => context.name);
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`input "context": the kubeconfig has no context "${settings.context}" (it has: ${known.join(', ') || 'none'})`);
        }
        config.setCurrentContext(settings.context);
    }
    if (!config.getCurrentCluster()) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('the kubeconfig has no current context with a cluster; set input "context" to one of its contexts');
    }
    registerCredentials(config, onSecret);
    return config;
}
/** The user's token, password and client key are secrets like any other: never printed. */
function registerCredentials(config, onSecret) {
    const user = config.getCurrentUser();
    if (!user)
        return;
    for (const value of [user.token, user.password])
        if (value)
            onSecret(value);
    if (user.keyData)
        onSecret(Buffer.from(user.keyData, 'base64').toString('utf8'));
}
/** The API server's host, for reports: never the credentials or the full URL with a path. */
function serverHost(config) {
    const server = config.getCurrentCluster()?.server ?? '';
    try {
        return new URL(server).host;
    }
    catch {
        return server;
    }
}
/**
 * A kubeconfig that does not parse is named with the line and column only: the parser's own message
 * quotes the lines around the mistake, and those hold tokens and keys.
 */
function parsing(source, load) {
    try {
        load();
    }
    catch (error) {
        const mark = error.mark;
        const where = mark?.line !== undefined ? ` at line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}` : '';
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${source} is not a valid kubeconfig${where}; check its YAML (its content is not shown: it holds credentials)`);
    }
}


/***/ }),

/***/ 69973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ hasAppliedFields),
/* harmony export */   RP: () => (/* binding */ extractFields),
/* harmony export */   YW: () => (/* binding */ managedFieldsOf),
/* harmony export */   Z6: () => (/* binding */ unionOf),
/* harmony export */   iC: () => (/* binding */ managersOf),
/* harmony export */   ij: () => (/* binding */ appliedFieldsOf),
/* harmony export */   zu: () => (/* binding */ ownedFields)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

/** Every entry of an object's `metadata.managedFields`. */
function managedFieldsOf(object) {
    const entries = object ? (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataOf */ .Nk)(object).managedFields : undefined;
    return Array.isArray(entries) ? entries.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
}
/** The names of an object's field managers, each once. */
function managersOf(object) {
    const managers = managedFieldsOf(object).flatMap((entry) => typeof entry.manager === 'string' ? [entry.manager] : []);
    return [...new Set(managers)];
}
/** A manager's entries for the main resource (never status) through the given operation. */
function entriesOf(object, manager, operation) {
    return managedFieldsOf(object).filter((entry) => entry.manager === manager && entry.operation === operation && !entry.subresource);
}
/** Whether a manager has applied fields of the main resource (server-side apply, never status). */
function hasAppliedFields(object, manager) {
    return entriesOf(object, manager, 'Apply').length > 0;
}
/** The fields a manager owns on the main resource through the given operation (never status). */
function ownedFields(object, manager, operation = 'Apply') {
    return entriesOf(object, manager, operation).reduce((union, entry) => unionOf(union, asFieldSet(entry.fieldsV1)), {});
}
/**
 * The fields of a manager's last server-side apply to the main resource and the version it was
 * written in; undefined unless the object has exactly one such entry.
 */
function appliedFieldsOf(object, manager) {
    const applied = entriesOf(object, manager, 'Apply');
    const [entry] = applied;
    if (applied.length !== 1 || !entry?.apiVersion || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry.fieldsV1))
        return undefined;
    return { apiVersion: entry.apiVersion, fields: entry.fieldsV1 };
}
function unionOf(a, b) {
    const union = { ...a };
    for (const [key, child] of Object.entries(b))
        union[key] = key in a ? unionOf(a[key] ?? {}, child) : child;
    return union;
}
/**
 * The part of `object` that the field set covers: what a manager would send to server-side apply to
 * own exactly those fields with their current values. List items keep their keys so the server can
 * match them; a field whose node is empty is taken whole.
 */
function extractFields(object, fields) {
    return extractMap(object, fields);
}
function extractMap(value, fields) {
    const result = {};
    for (const [key, child] of Object.entries(fields)) {
        if (!key.startsWith('f:'))
            continue;
        const name = key.slice(2);
        if (!(name in value))
            continue;
        result[name] = extractValue(value[name], child);
    }
    return result;
}
function extractValue(value, fields) {
    const childKeys = Object.keys(fields).filter((key) => key !== '.');
    if (childKeys.length === 0)
        return structuredClone(value);
    if (Array.isArray(value))
        return extractList(value, fields);
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return extractMap(value, fields);
    return structuredClone(value);
}
function extractList(items, fields) {
    const picked = [];
    for (const [key, child] of Object.entries(fields)) {
        if (key.startsWith('k:')) {
            const keys = parseJson(key.slice(2));
            if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(keys))
                continue;
            const index = items.findIndex((item) => (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item) && matchesKeys(item, keys));
            const item = items[index];
            if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item))
                continue;
            picked.push({ index, value: { ...structuredClone(keys), ...extractMap(item, child) } });
        }
        else if (key.startsWith('v:')) {
            const wanted = key.slice(2);
            const index = items.findIndex((item) => JSON.stringify(item) === wanted);
            if (index >= 0)
                picked.push({ index, value: structuredClone(items[index]) });
        }
        else if (key.startsWith('i:')) {
            const index = Number(key.slice(2));
            if (index < items.length)
                picked.push({ index, value: extractValue(items[index], child) });
        }
    }
    return picked.sort((a, b) => a.index - b.index).map((entry) => entry.value);
}
function matchesKeys(item, keys) {
    return Object.entries(keys).every(([name, value]) => JSON.stringify(item[name]) === JSON.stringify(value));
}
function asFieldSet(value) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value : {};
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 63529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _L: () => (/* binding */ appIdentity),
/* harmony export */   jb: () => (/* binding */ LEGACY_FIELD_MANAGER),
/* harmony export */   y3: () => (/* binding */ appOfFieldManager)
/* harmony export */ });
/* unused harmony export fieldManagerOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The field manager every kubesync app applied with before each app had its own: fields it still
 * owns on an app's members move to that app's manager at its next apply (as kubectl's csaupgrade).
 */
const LEGACY_FIELD_MANAGER = 'kubesync';
/** The API server refuses a field manager longer than this. */
const MAX_FIELD_MANAGER = 128;
function appIdentity(app, namespace) {
    const name = `kubesync-${app}`;
    return { app, namespace, parentName: name, leaseName: name, fieldManager: fieldManagerOf(app, namespace) };
}
/**
 * `kubesync/<namespace>/<app>`: one per ApplySet, since two apps of one name in two namespaces are two
 * sets. One too long for the API server keeps its first characters and ends in a hash of the whole name,
 * so it stays stable and unique.
 */
function fieldManagerOf(app, namespace) {
    const name = `${LEGACY_FIELD_MANAGER}/${namespace}/${app}`;
    if (name.length <= MAX_FIELD_MANAGER)
        return name;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 16);
    return `${name.slice(0, MAX_FIELD_MANAGER - hash.length - 1)}-${hash}`;
}
/** The app a field manager of the form `kubesync/<namespace>/<app>` names; undefined for any other. */
function appOfFieldManager(manager) {
    const match = /^kubesync\/([^/]+)\/(.+)$/.exec(manager);
    return match?.[1] && match[2] ? { namespace: match[1], app: match[2] } : undefined;
}


/***/ }),

/***/ 18293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withDeadline)
/* harmony export */ });
/**
 * Runs one request with a deadline that always settles it. The deadline aborts the request through
 * `signal` and, should the HTTP stack not notice (a connection reset at an unlucky byte can leave its
 * promise pending), rejects on its own. Its timer is ref'd: an unref'd one (AbortSignal.timeout) lets
 * Node exit mid-run when nothing else is pending.
 */
async function withDeadline(timeoutMs, what, request) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new DOMException(`${what}: no complete answer within ${timeoutMs} ms`, 'TimeoutError');
            controller.abort(error);
            reject(error);
        }, timeoutMs);
    });
    try {
        return await Promise.race([request(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 97278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ refOf)
/* harmony export */ });
function refOf(object) {
    const metadata = (object.metadata ?? {});
    return {
        apiVersion: String(object.apiVersion),
        kind: String(object.kind),
        name: metadata.name ?? '',
        ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
    };
}


/***/ }),

/***/ 93371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ mayHaveTakenEffect),
/* harmony export */   ZZ: () => (/* binding */ classifyHttpFailure),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   i2: () => (/* binding */ networkFailureOf),
/* harmony export */   l: () => (/* binding */ isTransientNetworkError),
/* harmony export */   pm: () => (/* binding */ withCountedRetry),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony export parseRetryAfter */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_RETRY = {
    maxAttempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxElapsedMs: 60_000,
};
/**
 * Calls `attempt` until it succeeds, `classify` says the failure is not transient, or the policy runs
 * out. Waits grow exponentially with full jitter, so many clients retrying at once spread out.
 */
async function withRetry(attempt, classify, policy = DEFAULT_RETRY, onRetry) {
    const started = Date.now();
    for (let attemptNumber = 1;; attemptNumber++) {
        try {
            return await attempt();
        }
        catch (error) {
            const verdict = classify(error);
            if (!verdict.retry || attemptNumber >= policy.maxAttempts)
                throw error;
            const backoff = Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
            const waitMs = Math.min(policy.maxDelayMs, Math.max(backoff, verdict.afterMs ?? 0));
            if (Date.now() - started + waitMs > policy.maxElapsedMs)
                throw error;
            onRetry?.(verdict.reason, waitMs, attemptNumber);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(waitMs);
        }
    }
}
/**
 * `withRetry` whose retries cost the log at most two lines, not one per attempt: the first retry as it
 * happens, then how many there were once the request is answered or given up.
 */
async function withCountedRetry(label, attempt, classify, policy, report) {
    let retries = 0;
    let lastReason = '';
    const said = (reason) => (reason.startsWith(label) ? reason : `${label}: ${reason}`);
    try {
        const result = await withRetry(attempt, classify, policy, (reason, waitMs, attemptNumber) => {
            retries = attemptNumber;
            lastReason = reason;
            if (attemptNumber === 1)
                report?.(`${said(reason)}; retrying in ${Math.round(waitMs)} ms`);
        });
        if (retries > 0)
            report?.(`${label}: answered after ${retries === 1 ? '1 retry' : `${retries} retries`}`);
        return result;
    }
    catch (error) {
        if (retries > 0)
            report?.(`${said(lastReason)}; gave up after ${retries === 1 ? '1 retry' : `${retries} retries`}`);
        throw error;
    }
}
/**
 * The policy every client of kubesync shares: 429 after its Retry-After, 5xx, and dropped or timed-out
 * connections are transient; any other answer is final.
 */
function classifyHttpFailure(error, failure) {
    if (failure) {
        if (failure.status === 429)
            return { retry: true, afterMs: parseRetryAfter(failure.retryAfter), reason: '429 Too Many Requests' };
        if ([500, 502, 503, 504].includes(failure.status))
            return { retry: true, reason: failure.reason };
        return { retry: false };
    }
    if (isTransientNetworkError(error))
        return { retry: true, reason: error.message };
    return { retry: false };
}
/** Seconds or an HTTP date, as a Retry-After header gives it, in milliseconds. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ECONNABORTED',
    // undici's own request API reports these unwrapped: an HTTP/2 GOAWAY or stream reset, a pool
    // closed or destroyed under the request, an answer cut short, a proxy that could not connect.
    'UND_ERR_INFO',
    'UND_ERR_CLOSED',
    'UND_ERR_DESTROYED',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_PRX_CONN',
]);
/** Failures that prove the request never reached the server: retrying it cannot act twice. */
const NEVER_SENT_CODES = new Set([
    'ECONNREFUSED',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** A system or undici error (`ENOTFOUND`, `UND_ERR_SOCKET`), or one of TLS and its certificates. */
const NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;
const CERTIFICATE_CODE = /CERT|SSL|TLS|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME_MISMATCH/;
/**
 * The code of a failure to talk to the server at all, transient or not (an unknown host, a
 * certificate that does not verify), however deep it is wrapped; undefined for anything else.
 */
function networkFailureOf(error) {
    for (const { code } of errorChain(error)) {
        if (typeof code === 'string' && (NETWORK_CODE.test(code) || CERTIFICATE_CODE.test(code)))
            return { code, certificate: CERTIFICATE_CODE.test(code) };
    }
    return undefined;
}
/** An error and the causes it wraps, outermost first, five deep at most. */
function errorChain(error) {
    const chain = [];
    for (let current = error; current && chain.length < 5;) {
        const link = current;
        chain.push(link);
        current = link.cause;
    }
    return chain;
}
/**
 * Whether a failed request may still have taken effect: the connection broke after it was sent, it
 * timed out, or the server failed while handling it (500, 502, 504). 429 and 503 are refusals before
 * any work (rate limits, API priority and fairness), and a refused connection never sent anything.
 */
function mayHaveTakenEffect(error, status) {
    if (status !== undefined)
        return [500, 502, 504].includes(status);
    if (errorChain(error).some(({ code }) => typeof code === 'string' && NEVER_SENT_CODES.has(code)))
        return false;
    return isTransientNetworkError(error);
}
/** A reset, refused or timed-out connection, however deep fetch wrapped it. */
function isTransientNetworkError(error) {
    return (errorChain(error).some(({ code, name }) => (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code)) || name === 'TimeoutError') ||
        (error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message)));
}


/***/ })

};

//# sourceMappingURL=941.index.js.map