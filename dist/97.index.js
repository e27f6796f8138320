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


/***/ })

};

//# sourceMappingURL=97.index.js.map