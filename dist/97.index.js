export const id = 97;
export const ids = [97];
export const modules = {

/***/ 9977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ appNameOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifests_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44830);


/** The app's name: the input, else the Application's, the Helm release, or the manifest folder's. */
function appNameOf(settings, loaded) {
    if (settings.app)
        return settings.app;
    if (loaded.app)
        return loaded.app.metadata.name;
    if (loaded.declaredName && !(0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_1__/* .dns1035LabelProblem */ .Ku)(loaded.declaredName))
        return loaded.declaredName;
    if (loaded.type === 'helm' && settings.helm.release)
        return settings.helm.release;
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(settings.workspace, settings.manifest)).replace(/\.ya?ml$/i, '');
    const name = base
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50);
    return name || 'app';
}


/***/ }),

/***/ 58969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  liveRuntime: () => (/* binding */ liveRuntime)
});

// EXTERNAL MODULE: ./src/model/deadline.ts
var deadline = __webpack_require__(18293);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/retry.ts
var retry = __webpack_require__(93371);
;// CONCATENATED MODULE: ./src/secrets/doppler.ts



/** A refusal from Doppler's API, with the messages it gave (they never carry secret values). */
class DopplerApiError extends Error {
    status;
    messages;
    retryAfter;
    constructor(status, messages, retryAfter) {
        super(`Doppler answered ${status}${messages.length ? `: ${messages.join('; ')}` : ''}`);
        this.status = status;
        this.messages = messages;
        this.retryAfter = retryAfter;
    }
}
/**
 * Reads a config's secrets from Doppler's API: one `secrets/download` request per config, retried on
 * 429, 5xx and dropped connections like every other client of kubesync. The token goes only into the
 * Authorization header, never into a URL or a message.
 */
class DopplerClient {
    settings;
    options;
    constructor(settings, options = {}) {
        this.settings = settings;
        this.options = options;
    }
    async download(config) {
        // Appended, not resolved: a proxy's path prefix (https://proxy/doppler) must stay.
        const url = new URL(`${this.settings.apiUrl.replace(/\/+$/, '')}/v3/configs/config/secrets/download`);
        url.searchParams.set('format', 'json');
        url.searchParams.set('config', config);
        if (this.settings.project)
            url.searchParams.set('project', this.settings.project);
        const attempt = () => (0,deadline/* withDeadline */.N)(this.options.requestTimeoutMs ?? 30_000, `Doppler config ${config}`, async (signal) => {
            const response = await fetch(url, {
                headers: { authorization: `Bearer ${this.settings.token}`, accept: 'application/json' },
                signal,
            });
            const text = await response.text();
            if (!response.ok) {
                throw new DopplerApiError(response.status, messagesOf(text), response.headers.get('retry-after'));
            }
            return parseSecrets(text);
        });
        try {
            return await (0,retry/* withCountedRetry */.pm)(`Doppler config ${config}`, attempt, classifyDopplerFailure, this.options.retry ?? retry/* DEFAULT_RETRY */.vI, this.options.onRetry);
        }
        catch (error) {
            throw describeDopplerError(error, config, this.settings);
        }
    }
}
function classifyDopplerFailure(error) {
    return (0,retry/* classifyHttpFailure */.ZZ)(error, error instanceof DopplerApiError
        ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} from Doppler` }
        : undefined);
}
function messagesOf(text) {
    try {
        const body = JSON.parse(text);
        return Array.isArray(body.messages)
            ? body.messages.filter((m) => typeof m === 'string')
            : [];
    }
    catch {
        return [];
    }
}
function parseSecrets(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.y('Doppler answered with something other than JSON; check doppler-api-url');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new errors/* UserError */.y('Doppler answered with something other than a JSON object; check doppler-api-url');
    }
    return Object.fromEntries(Object.entries(body).flatMap(([name, value]) => typeof value === 'string' ? [[name, value]] : value === null ? [] : [[name, JSON.stringify(value)]]));
}
/** What went wrong and what to do, naming the config and project but never the token. */
function describeDopplerError(error, config, settings) {
    const where = `Doppler config "${config}"${settings.project ? ` of project "${settings.project}"` : ''}`;
    if (error instanceof DopplerApiError) {
        const said = error.messages.length ? ` (Doppler said: ${error.messages.join('; ')})` : '';
        switch (error.status) {
            case 401:
                return new errors/* UserError */.y(`Doppler refused the doppler-token reading ${where}${said}: it is invalid, expired or revoked; store a current service token in the secret behind doppler-token`);
            case 403:
                return new errors/* UserError */.y(`the doppler-token may not read ${where}${said}: a service token reads only the config it was made for; use that config in doppler:// references, or a token with access to it`);
            case 404:
                return new errors/* UserError */.y(`${where} does not exist${said}: check the config in the doppler:// reference${settings.project ? ' and the doppler-project input' : ''}`);
            case 400:
                return new errors/* UserError */.y(`Doppler could not read ${where}${said}${settings.project ? '' : '; tokens other than service tokens also need the doppler-project input'}`);
            default:
                return new errors/* UserError */.y(`reading ${where} failed: ${error.message}`);
        }
    }
    if ((0,retry/* isTransientNetworkError */.l)(error)) {
        return new errors/* UserError */.y(`could not reach Doppler at ${settings.apiUrl} reading ${where}: ${error.message}; check doppler-api-url and the runner's network`);
    }
    return error instanceof Error ? error : new Error(String(error));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/cluster/api-connection.ts + 1 modules
var api_connection = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/cluster/api-transport.ts
var api_transport = __webpack_require__(50318);
// EXTERNAL MODULE: ./src/cluster/discovery.ts
var discovery = __webpack_require__(17200);
// EXTERNAL MODULE: ./src/cluster/kubeconfig.ts
var kubeconfig = __webpack_require__(72315);
;// CONCATENATED MODULE: ./src/cluster/cluster-connections.ts





/**
 * The run's connections, one per API server and credentials. Apps whose loaded kubeconfig names the
 * same context, cluster (server, CA, TLS settings, proxy) and user (token, certificate, exec plugin)
 * share one; any difference, even in the context's name alone, gets a connection of its own.
 */
class ClusterConnections {
    shared = new Map();
    /**
     * The connection for these credentials, made on first use. Every sharer's `concurrency` bounds it:
     * the smallest wins. Discovery is asked through the first sharer's options (deadline, retries,
     * redaction), which for one run differ at most in the deadline.
     */
    connect(config, concurrency, options) {
        const key = credentialsKey(config);
        const known = this.shared.get(key);
        if (known) {
            known.connection.gate.lowerBound(concurrency);
            return known;
        }
        const connection = new api_connection/* ApiConnection */.P(config, concurrency);
        const made = { connection, discovery: new discovery/* ApiDiscovery */.z(new api_transport/* ApiTransport */.e(connection, options)) };
        this.shared.set(key, made);
        return made;
    }
    /** The servers that answered 429, and how often. */
    throttling() {
        return [...this.shared.values()]
            .map(({ connection }) => ({
            server: (0,kubeconfig/* serverHost */.E)(connection.config),
            context: connection.config.getCurrentContext() || undefined,
            times: connection.gate.throttled,
            lowestLimit: connection.gate.lowestLimit,
        }))
            .filter((entry) => entry.times > 0);
    }
}
/**
 * The resolved context, cluster and user, as client-node will use them. Hashed, so that no second
 * copy of a token is kept as a map key.
 */
function credentialsKey(config) {
    const resolved = {
        context: config.getCurrentContext(),
        cluster: config.getCurrentCluster(),
        user: config.getCurrentUser(),
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(resolved)).digest('hex');
}

// EXTERNAL MODULE: ./src/app/commands/cluster-session.ts + 1 modules
var cluster_session = __webpack_require__(70941);
;// CONCATENATED MODULE: ./src/app/commands/runtime.ts



/**
 * The real thing: the cluster over HTTPS, one connection per cluster and credentials for the whole
 * run, Doppler's API.
 */
function liveRuntime(log, env, secrets) {
    const onRetry = (message) => log.info(`retrying: ${message}`);
    const connections = new ClusterConnections();
    return {
        log,
        env,
        secrets,
        now: () => new Date(),
        connect: (settings, app) => (0,cluster_session/* connectOverHttp */.j)(settings, app, { env, secrets, onRetry, connections }),
        throttling: () => connections.throttling(),
        doppler: ({ secrets: { doppler }, requestTimeoutMs }) => doppler.token ? new DopplerClient(doppler, { requestTimeoutMs, onRetry }) : undefined,
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

//# sourceMappingURL=97.index.js.map