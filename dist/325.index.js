export const id = 325;
export const ids = [325];
export const modules = {

/***/ 6325:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/manifests/origin.ts
function formatOrigin(origin) {
    return `${origin.file}:${origin.line}:${origin.column}`;
}
function pathKey(path) {
    return path.map(String).join('\u0000');
}
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
/**
 * The origin of every value in a document, keyed by its path. A path with no entry of its own takes
 * the origin of its nearest ancestor, so a finding on a field that is missing points at its parent.
 */
class OriginMap {
    documentOrigin;
    origins = new Map();
    constructor(documentOrigin) {
        this.documentOrigin = documentOrigin;
    }
    set(path, origin) {
        this.origins.set(pathKey(path), origin);
    }
    locate(path) {
        for (let length = path.length; length > 0; length--) {
            const origin = this.origins.get(pathKey(path.slice(0, length)));
            if (origin)
                return origin;
        }
        return this.origins.get(pathKey([])) ?? this.documentOrigin;
    }
    /** Entries under `prefix`, with the prefix removed, for merging overlays. */
    entriesUnder(prefix) {
        const key = pathKey(prefix);
        const result = [];
        for (const [entryKey, origin] of this.origins) {
            if (prefix.length === 0 || entryKey === key || entryKey.startsWith(key + '\u0000')) {
                const parts = entryKey === '' ? [] : entryKey.split('\u0000');
                result.push([parts.slice(prefix.length), origin]);
            }
        }
        return result;
    }
    deleteUnder(prefix) {
        for (const [entryPath] of this.entriesUnder(prefix)) {
            this.origins.delete(pathKey([...prefix, ...entryPath]));
        }
    }
}

;// CONCATENATED MODULE: ./src/errors.ts

/**
 * A problem the user can fix: a bad manifest, a bad input, missing credentials or a missing tool.
 * Anything that is not a UserError is a bug in kubesync and keeps its stack trace.
 */
class UserError extends Error {
    origin;
    name = 'UserError';
    constructor(message, origin) {
        super(origin ? `${formatOrigin(origin)}: ${message}` : message);
        this.origin = origin;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}

;// CONCATENATED MODULE: ./src/cancel.ts


/** The run was cancelled (the runner's SIGINT/SIGTERM, or Ctrl-C): a reason to stop, not a bug. */
class CancelledError extends UserError {
    signalName;
    constructor(signalName) {
        super(`cancelled (${signalName})`);
        this.signalName = signalName;
    }
}
/** Why the run must stop, or undefined while it may go on. */
function cancellation(signal) {
    if (!signal?.aborted)
        return undefined;
    return signal.reason instanceof CancelledError ? signal.reason : new CancelledError(String(signal.reason));
}
/** Waits `ms`, or less when the run is cancelled meanwhile; never throws. */
async function pause(ms, signal) {
    await (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}
/** Work under way that must clean up when cancelled (an apply holding its lock); signals are process-wide. */
let cleanupsUnderWay = 0;
/** Runs `work` so that a cancellation lets it finish cleaning up instead of ending the process. */
async function withCleanup(work) {
    cleanupsUnderWay++;
    try {
        return await work();
    }
    finally {
        cleanupsUnderWay--;
    }
}
/**
 * Turns SIGINT and SIGTERM (a cancelled workflow: the runner sends them before SIGKILL) into an
 * aborted signal, so an apply stops starting work and cleans up: releases the lock, records the
 * outcome. With nothing to clean up (a plan, a render), or on a second signal, the process ends at once.
 */
function cancelOnSignals() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted || cleanupsUnderWay === 0)
            process.exit(name === 'SIGINT' ? 130 : 143);
        controller.abort(new CancelledError(name));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller.signal;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/rbac/needs.ts
const VERBS = ['get', 'list', 'create', 'patch', 'update', 'delete'];
const CORE_NAMESPACES = { group: '', resource: 'namespaces', namespaced: false };
const SECRETS = { group: '', resource: 'secrets', namespaced: true };
const LEASES = { group: 'coordination.k8s.io', resource: 'leases', namespaced: true };
/**
 * Every request a run makes that RBAC decides on, derived from what the run does (see the README's
 * RBAC section). Discovery and SelfSubjectAccessReviews are left out: every authenticated user may
 * make them.
 */
function accessNeeds(run) {
    const needs = [];
    const apply = run.stage === 'apply';
    const parentName = `kubesync-${run.app}`;
    const parent = `the ApplySet parent Secret ${run.namespace}/${parentName}`;
    const parentRef = { apiVersion: 'v1', kind: 'Secret', namespace: run.namespace, name: parentName };
    const onParent = (verb, purpose, whenMissing) => needs.push({ ...on(SECRETS, run.namespace, parentName), verb, subject: parent, purpose, whenMissing });
    onParent('get', 'reading the ApplySet parent');
    if (apply) {
        onParent('patch', 'recording the apply');
        if (run.parentExists !== true)
            onParent('create', 'recording the first apply', run.parentExists === undefined ? parentRef : undefined);
        const lease = `the lock Lease ${run.namespace}/${parentName}`;
        for (const verb of ['get', 'create', 'update', 'delete'])
            needs.push({
                ...on(LEASES, run.namespace, parentName),
                verb,
                subject: lease,
                purpose: 'the lock',
            });
    }
    const objects = run.objects.filter((object) => apply || !object.awaitsCrd);
    const namespaces = unique([
        run.namespace,
        ...objects.flatMap((object) => (object.namespaced && object.ref.namespace ? [object.ref.namespace] : [])),
    ]);
    for (const namespace of namespaces) {
        const target = run.createNamespace && namespace === run.namespace;
        needs.push({
            ...on(CORE_NAMESPACES, undefined, namespace),
            verb: 'get',
            subject: `Namespace ${namespace}`,
            purpose: target ? 'create-namespace' : 'whether the namespace is being deleted',
            optional: !target,
        });
    }
    if (run.createNamespace) {
        const ref = { apiVersion: 'v1', kind: 'Namespace', name: run.namespace };
        for (const verb of ['create', 'patch'])
            needs.push({
                ...on(CORE_NAMESPACES, undefined, run.namespace),
                verb,
                subject: `Namespace ${run.namespace}`,
                purpose: 'create-namespace',
                whenMissing: ref,
            });
    }
    for (const object of objects) {
        const { ref, origin } = object;
        const subject = `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
        const base = { ...on(object, ref.namespace, ref.name), subject, origin };
        needs.push({ ...base, verb: 'get', purpose: apply ? 'live state, wait' : 'live state' });
        const ssa = apply ? 'server-side apply' : 'server-side apply dry run';
        needs.push({ ...base, verb: 'patch', purpose: ssa });
        needs.push({ ...base, verb: 'create', purpose: `${ssa} of a new object`, whenMissing: ref });
        if (apply && run.rollback)
            needs.push({ ...base, verb: 'delete', purpose: 'rollback of a new object', whenMissing: ref });
    }
    // The ApplySet's members are listed kind by kind in every namespace of the set; prune deletes them.
    const kinds = uniqueBy([...objects, ...(run.recorded?.kinds ?? [])].map(({ group, resource, namespaced }) => ({
        group,
        resource,
        namespaced,
    })), (kind) => `${kind.group}/${kind.resource}`);
    const setNamespaces = unique([...namespaces, ...(run.recorded?.namespaces ?? [])]);
    for (const kind of kinds) {
        const subject = `the app's ${kind.group ? `${kind.resource}.${kind.group}` : kind.resource}`;
        for (const namespace of kind.namespaced ? setNamespaces : [undefined]) {
            needs.push({ ...on(kind, namespace), verb: 'list', subject, purpose: 'ApplySet members' });
            if (apply && run.prune)
                needs.push({ ...on(kind, namespace), verb: 'delete', subject, purpose: 'prune' });
        }
    }
    for (const read of run.secretReads)
        needs.push({
            ...on(SECRETS, read.namespace, read.name),
            verb: 'get',
            subject: read.subject,
            origin: read.origin,
            purpose: 'Secrets workloads read',
        });
    return needs;
}
/**
 * The attributes the API server authorizes a request on a kind with. A Namespace's own requests
 * (`/api/v1/namespaces/shop`) are authorized in that namespace.
 */
function on(kind, namespace, name) {
    const isNamespace = kind.group === '' && kind.resource === 'namespaces';
    return {
        group: kind.group,
        resource: kind.resource,
        namespace: kind.namespaced ? namespace : isNamespace ? name : undefined,
        name,
    };
}
/**
 * Whether the rule that grants a need goes in a Role (in this namespace) or, when undefined, the
 * ClusterRole. Reading an existing Namespace is granted by a Role in it; creating one cannot be (a
 * Namespace that does not exist yet holds no Role), nor can anything on Namespaces in the manifests.
 */
function roleNamespaceOf(need) {
    if (need.group === '' && need.resource === 'namespaces' && !need.optional)
        return undefined;
    return need.namespace;
}
function unique(values) {
    return [...new Set(values)];
}
function uniqueBy(values, key) {
    const seen = new Map();
    for (const value of values)
        if (!seen.has(key(value)))
            seen.set(key(value), value);
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/rbac/rules.ts


/**
 * The fewest rules that grant every need: one Role per namespace and one ClusterRole, each rule one
 * API group with the resources that need the same verbs. Rules that are only optional come last.
 */
function rolesFor(needs) {
    // An optional need the ClusterRole grants anyway (reading a Namespace) needs no rule of its own.
    const clusterWide = new Set(needs
        .filter((need) => roleNamespaceOf(need) === undefined)
        .map((need) => `${need.verb} ${need.group} ${need.resource}`));
    const scopes = new Map();
    for (const need of needs) {
        if (need.optional && clusterWide.has(`${need.verb} ${need.group} ${need.resource}`))
            continue;
        const key = roleNamespaceOf(need) ?? '';
        scopes.set(key, [...(scopes.get(key) ?? []), need]);
    }
    const roles = [...scopes]
        .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
        .map(([namespace, scoped]) => ({ namespace: namespace || undefined, rules: rulesOf(scoped) }));
    return roles;
}
function rulesOf(needs) {
    // `group resource` → verb → what it is for
    const granted = new Map();
    for (const need of needs) {
        const key = `${need.group} ${need.resource}`;
        const entry = granted.get(key) ?? {
            group: need.group,
            resource: need.resource,
            verbs: new Map(),
        };
        granted.set(key, entry);
        const grant = entry.verbs.get(need.verb) ?? { purposes: new Set(), optional: true };
        grant.purposes.add(need.purpose);
        grant.optional &&= need.optional === true;
        entry.verbs.set(need.verb, grant);
    }
    // Resources of one group that need the same verbs for the same reasons share a rule.
    const rules = new Map();
    const sorted = [...granted.values()].sort((a, b) => a.group.localeCompare(b.group) || a.resource.localeCompare(b.resource));
    for (const { group, resource, verbs } of sorted) {
        const ordered = VERBS.filter((verb) => verbs.has(verb));
        const optional = ordered.every((verb) => verbs.get(verb)?.optional === true);
        const purposes = ordered.map((verb) => [...(verbs.get(verb)?.purposes ?? [])].join(', '));
        const why = purposes.every((purpose) => purpose === purposes[0])
            ? (purposes[0] ?? '')
            : ordered.map((verb, index) => `${verb}: ${purposes[index] ?? ''}`).join('; ');
        const signature = `${group}|${ordered.join(',')}|${why}|${String(optional)}`;
        const rule = rules.get(signature) ?? { apiGroups: [group], resources: [], verbs: ordered, why, optional };
        rule.resources.push(resource);
        rules.set(signature, rule);
    }
    const all = [...rules.values()];
    return [...all.filter((rule) => !rule.optional), ...all.filter((rule) => rule.optional)].map(({ optional, ...rule }) => ({
        ...rule,
        why: optional ? `optional (kubesync carries on without it): ${rule.why}` : rule.why,
    }));
}
/** `{apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"]}`: one rule, as YAML flow. */
function ruleText(rule) {
    const list = (values) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
    return `{apiGroups: ${list(rule.apiGroups)}, resources: ${list(rule.resources)}, verbs: ${list(rule.verbs)}}`;
}
/** `the Role in namespace shop` or `the ClusterRole`: where a need's rule goes. */
function roleOf(need) {
    const namespace = roleNamespaceOf(need);
    return namespace ? `the Role in namespace ${namespace}` : 'the ClusterRole';
}
const RBAC_API = 'rbac.authorization.k8s.io/v1';
/**
 * The Roles and the ClusterRole (and, for a ServiceAccount, their bindings) as multi-document YAML for
 * `kubectl apply -f -`, each rule with a comment saying what kubesync uses it for.
 */
function rbacManifests(roles, options) {
    const name = `kubesync-${options.app}`;
    const documents = [];
    for (const role of roles) {
        const metadata = role.namespace ? { name, namespace: role.namespace } : { name };
        const document = new dist/* Document */.yo({
            apiVersion: RBAC_API,
            kind: role.namespace ? 'Role' : 'ClusterRole',
            metadata,
            rules: role.rules.map(({ apiGroups, resources, verbs }) => ({ apiGroups, resources, verbs })),
        });
        const rules = document.get('rules');
        if ((0,dist/* isSeq */.oP)(rules))
            commentRules(rules, role.rules);
        documents.push(document);
    }
    const account = options.serviceAccount;
    if (account) {
        const subjects = [{ kind: 'ServiceAccount', name: account.name, namespace: account.namespace }];
        for (const role of roles) {
            documents.push(new dist/* Document */.yo({
                apiVersion: RBAC_API,
                kind: role.namespace ? 'RoleBinding' : 'ClusterRoleBinding',
                metadata: role.namespace ? { name, namespace: role.namespace } : { name },
                roleRef: {
                    apiGroup: 'rbac.authorization.k8s.io',
                    kind: role.namespace ? 'Role' : 'ClusterRole',
                    name,
                },
                subjects,
            }));
        }
    }
    const header = options.header.map((line) => `# ${line}`.trimEnd()).join('\n');
    const body = documents
        .map((document) => `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`)
        .join('');
    return `${header ? `${header}\n` : ''}${body}`;
}
function commentRules(sequence, rules) {
    sequence.items.forEach((item, index) => {
        const rule = rules[index];
        if (!rule || !(0,dist/* isMap */.jh)(item))
            return;
        item.commentBefore = ` ${rule.why}`;
        for (const key of ['apiGroups', 'resources', 'verbs']) {
            const list = item.get(key, true);
            if ((0,dist/* isSeq */.oP)(list))
                list.flow = true;
        }
    });
}

;// CONCATENATED MODULE: ./src/cluster/api-error.ts
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

;// CONCATENATED MODULE: ./src/cluster/describe-error.ts



/**
 * The RBAC verb, group, resource and namespace of a request, from its method and path:
 * `PATCH /apis/apps/v1/namespaces/shop/deployments/web` is patch deployments (apps) in shop; a GET
 * of a collection is a list. A Namespace's own path is authorized in that namespace.
 */
function requestAttributes(method, path) {
    const match = /^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)((?:\/[^/?]+)*)/.exec(path);
    if (!match)
        return undefined;
    const group = match[1] ?? '';
    let segments = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
    let namespace;
    if (segments[0] === 'namespaces' &&
        segments.length >= 3 &&
        !['status', 'finalize'].includes(segments[2] ?? '')) {
        namespace = segments[1];
        segments = segments.slice(2);
    }
    const [resource, name] = segments;
    if (!resource)
        return undefined;
    if (resource === 'namespaces' && group === '' && name)
        namespace = name;
    const verbs = {
        GET: name ? 'get' : 'list',
        POST: 'create',
        PUT: 'update',
        PATCH: 'patch',
        DELETE: name ? 'delete' : 'deletecollection',
    };
    return { verb: verbs[method] ?? method.toLowerCase(), group, resource, namespace };
}
/** The verb, resource, group and namespace RBAC names in its refusal: `cannot patch resource "deployments" in API group "apps" in the namespace "shop"`. */
function rbacRefusal(message) {
    const match = /cannot (\S+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/.exec(message);
    if (!match)
        return undefined;
    const [, verb = '', resource = '', group = '', namespace] = match;
    return { verb, resource, group, namespace };
}
/**
 * A refusal with no reason at all (`services "web" is forbidden: `): what the API server answers when
 * the authorization it makes inside a write fails, above all the create check of a server-side apply
 * (or an update) of an object that does not exist yet.
 */
function hasNoReason(message) {
    return /is forbidden:\s*$/.test(message);
}
/**
 * Turns an API server refusal into a message a person can act on, naming the object and its line.
 * Anything that is not an API answer (a bug, a network failure after all retries) is passed through.
 */
function describeApiError(error, subject, origin, context = {}) {
    if (!(error instanceof KubeApiError))
        return error instanceof Error ? error : new Error(String(error));
    let message;
    switch (error.status) {
        case 401:
            message = `the API server did not accept the credentials (401 Unauthorized); check the kubeconfig input and that its token has not expired`;
            break;
        case 403:
            message = describeForbidden(error, context);
            break;
        case 404:
            message = /namespaces "[^"]+" not found/.test(error.apiMessage)
                ? `${error.apiMessage}: add the Namespace to the manifests or set create-namespace: true`
                : error.apiMessage;
            break;
        case 409:
            message = describeConflict(error);
            break;
        default:
            message = `${error.apiMessage || error.reason} (${error.status} ${error.reason})`;
    }
    return new UserError(`${subject}: ${message}`, origin);
}
/**
 * A 403 names the verb that is really missing and the one rule that grants it. RBAC's own refusal
 * names it; a refusal without a reason is inferred from the request; any other 403 is an admission
 * refusal (a quota, Pod Security, a namespace being deleted, a webhook), quoted as it is.
 */
function describeForbidden(error, context) {
    const stated = rbacRefusal(error.apiMessage);
    const request = requestAttributes(error.verb, error.path);
    if (stated)
        return `${cannot(stated)}. The API server said: ${error.apiMessage}`;
    if (!request)
        return `${error.apiMessage} (403 Forbidden)`;
    if (!hasNoReason(error.apiMessage))
        return `the API server refused it: ${error.apiMessage} (403 Forbidden)`;
    const creates = (request.verb === 'patch' || request.verb === 'update') && context.exists !== true;
    if (!creates)
        return `${cannot(request)}. The API server gave no reason (it said: ${error.apiMessage.trim()})`;
    const why = context.exists === false
        ? `it is not in the cluster yet, and a ${request.verb === 'patch' ? 'server-side apply' : 'replace'} that creates an object needs create as well as ${request.verb}`
        : `a refusal without a reason on a ${request.verb === 'patch' ? 'server-side apply' : 'replace'} is the API server's create check, made when the object is not in the cluster yet`;
    return `${cannot({ ...request, verb: 'create' })}. Inferred: the API server gave no reason (it said: ${error.apiMessage.trim()}), and ${why}`;
}
function cannot(attributes) {
    const resource = attributes.group ? `${attributes.resource}.${attributes.group}` : attributes.resource;
    const where = attributes.namespace ? `in namespace ${attributes.namespace}` : 'at the cluster scope';
    const role = attributes.namespace && attributes.resource !== 'namespaces'
        ? `the Role in namespace ${attributes.namespace}`
        : 'the ClusterRole';
    const rule = ruleText({
        apiGroups: [attributes.group],
        resources: [attributes.resource],
        verbs: [attributes.verb],
    });
    return `the credentials cannot ${attributes.verb} ${resource} ${where}; add to ${role}: ${rule} (the deploying identity's RBAC: kubesync rbac prints all it needs, see the README's RBAC section)`;
}
function describeConflict(error) {
    const conflicts = error.causes.filter((cause) => cause.reason === 'FieldManagerConflict');
    if (conflicts.length === 0)
        return error.apiMessage;
    const fields = conflicts.map((cause) => `${cause.field ?? '?'} (owned by ${cause.message?.replace(/^conflict with /, '') ?? 'another manager'})`);
    return `server-side apply conflict: ${fields.join(', ')}. Another tool manages these fields with a different value. Remove them from the manifest, change them with that tool, or set force-conflicts: true to make kubesync take them over (it then owns them and overwrites the other tool's value)`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/manifests/resource.ts
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(value) {
    return typeof value === 'string' ? value : undefined;
}
function apiVersionOf(object) {
    return stringField(object.apiVersion);
}
function kindOf(object) {
    return stringField(object.kind);
}
function metadataOf(object) {
    return isRecord(object.metadata) ? object.metadata : {};
}
function nameOf(object) {
    return stringField(metadataOf(object).name);
}
function namespaceOf(object) {
    return stringField(metadataOf(object).namespace);
}
/** The API group of `apps/v1` is `apps`; of `v1` it is the core group, spelled ''. */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
function versionOf(apiVersion) {
    return apiVersion.slice(apiVersion.indexOf('/') + 1);
}
/** `Deployment web` or `Deployment shop/web`, as people and kubectl write it. */
function describeObject(object) {
    const namespace = namespaceOf(object);
    const name = nameOf(object) ?? '<no name>';
    return `${kindOf(object) ?? '<no kind>'} ${namespace ? `${namespace}/` : ''}${name}`;
}
/** Resources built by kubesync itself (from an Application) point every field at one origin map. */
function resourceAt(object, locate) {
    return { object, origin: locate([]), locate };
}

;// CONCATENATED MODULE: ./src/cluster/lock.ts






const DEFAULT_LEASE_SECONDS = 20;
/**
 * A holder identity unique to this process: the run URL a person can open, the attempt and job that
 * distinguish two jobs of one run (a matrix, a re-run), and a random suffix for everything else.
 */
function lockHolder(run, attempt, job) {
    const where = [attempt ? `attempt ${attempt}` : '', job ? `job ${job}` : ''].filter(Boolean).join(', ');
    return `${run}${where ? ` (${where})` : ''} #${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * One apply of an app at a time, across runners: a coordination.k8s.io/v1 Lease in the target namespace,
 * as Kubernetes controllers elect leaders (client-go's leaderelection). Another holder's lease counts as
 * expired only once this process has seen it unchanged for the lease's whole duration, so a runner with
 * a skewed clock never takes over a live lock early. Renewed while held; a renewal that finds another
 * holder, or that fails for longer than the lease, marks the lock lost.
 */
class ApplyLock {
    client;
    name;
    namespace;
    options;
    renewal;
    lostReason;
    renewing;
    released = false;
    lastRenewed = 0;
    constructor(client, name, namespace, options) {
        this.client = client;
        this.name = name;
        this.namespace = namespace;
        this.options = options;
    }
    get leaseSeconds() {
        return this.options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
    }
    now() {
        return (this.options.now ?? (() => external_node_perf_hooks_.performance.now()))();
    }
    async acquire() {
        const deadline = this.now() + this.options.timeoutMs;
        let observed;
        let announced = false;
        for (;;) {
            const current = await this.client.get(this.ref());
            const spec = specOf(current);
            const version = current ? JSON.stringify(metadataOf(current).resourceVersion) : '';
            // Our own earlier write took effect although its answer was lost (a reset, a 5xx).
            if (spec.holderIdentity === this.options.holder)
                break;
            if (observed?.version !== version)
                observed = { version, since: this.now() };
            const unchangedMs = this.now() - observed.since;
            const expired = unchangedMs >= (spec.leaseDurationSeconds ?? this.leaseSeconds) * 1000;
            if (!current || !spec.holderIdentity || expired) {
                if (await this.claim(current)) {
                    if (current && spec.holderIdentity)
                        this.options.log?.(`took over the lock from ${spec.holderIdentity}: its Lease ${this.namespace}/${this.name} was not renewed for ${Math.round(unchangedMs / 1000)}s`);
                    break;
                }
                observed = undefined;
                continue;
            }
            const cancelled = cancellation(this.options.signal);
            if (cancelled)
                throw cancelled;
            if (this.now() >= deadline) {
                throw new UserError(`another apply of this app holds the lock (Lease ${this.namespace}/${this.name}, held by ${spec.holderIdentity}); it did not finish within lock-timeout. Wait for it, or raise lock-timeout`);
            }
            if (!announced) {
                this.options.log?.(`waiting for the lock: Lease ${this.namespace}/${this.name} is held by ${spec.holderIdentity}`);
                announced = true;
            }
            await pause(Math.min(this.options.pollMs ?? 2000, Math.max(0, deadline - this.now())), this.options.signal);
        }
        this.lastRenewed = this.now();
        this.renewal = setInterval(() => this.tick(), (this.leaseSeconds * 1000) / 4);
        this.renewal.unref();
    }
    /**
     * Throws when the lock is no longer ours (another holder took it, or it could not be renewed): called
     * before each stage that changes the cluster, so a run that lost its lock stops before the next one.
     */
    async confirm() {
        this.checkRenewalDeadline();
        if (!this.lostReason) {
            const current = await this.client.get(this.ref());
            if (specOf(current).holderIdentity !== this.options.holder)
                this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
        }
        if (this.lostReason) {
            throw new UserError(`lost the lock (Lease ${this.namespace}/${this.name}): ${this.lostReason}; stopped before the next stage so that two applies never run at once. Run the apply again`);
        }
    }
    /** Deletes the Lease only while it is still the one this process holds (UID and resourceVersion). */
    async release() {
        clearInterval(this.renewal);
        this.renewal = undefined;
        this.released = true;
        // A renewal still in flight could otherwise land after the delete's read and keep the Lease alive.
        await this.renewing;
        const current = await this.client.get(this.ref());
        if (!current || specOf(current).holderIdentity !== this.options.holder)
            return;
        const metadata = metadataOf(current);
        try {
            await this.client.delete(this.ref(), 'Background', {
                uid: typeof metadata.uid === 'string' ? metadata.uid : undefined,
                resourceVersion: typeof metadata.resourceVersion === 'string' ? metadata.resourceVersion : undefined,
            });
        }
        catch (error) {
            // Changed since we read it: no longer ours to delete.
            if (!(error instanceof KubeApiError && error.status === 409))
                throw error;
        }
    }
    async claim(current) {
        const now = microTime();
        const spec = {
            holderIdentity: this.options.holder,
            leaseDurationSeconds: this.leaseSeconds,
            acquireTime: now,
            renewTime: now,
        };
        try {
            const lease = await (current
                ? this.client.replace({ ...current, spec })
                : this.client.create({
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: { name: this.name, namespace: this.namespace },
                    spec,
                }));
            // A create whose answer was lost is looked up, and may turn out to be someone else's.
            return specOf(lease).holderIdentity === this.options.holder;
        }
        catch (error) {
            // Someone else created or renewed it between our read and write: read again.
            if (error instanceof KubeApiError && error.status === 409)
                return false;
            throw error;
        }
    }
    /** One renewal at a time; while one hangs, the time since the last success still counts. */
    tick() {
        if (this.renewing) {
            this.checkRenewalDeadline();
            return;
        }
        this.renewing = this.renew().finally(() => {
            this.renewing = undefined;
        });
    }
    /**
     * The lock counts as lost once it has gone unrenewed for two thirds of the lease (client-go's
     * renewDeadline), well before another run may take it over.
     */
    checkRenewalDeadline() {
        if (!this.renewal || this.lostReason)
            return;
        const sinceMs = this.now() - this.lastRenewed;
        if (sinceMs >= (this.leaseSeconds * 1000 * 2) / 3)
            this.lostReason = `it could not be renewed for ${Math.round(sinceMs / 1000)}s`;
    }
    async renew() {
        if (this.lostReason || this.released)
            return;
        try {
            const current = await this.client.get(this.ref());
            if (this.released)
                return;
            if (!current || specOf(current).holderIdentity !== this.options.holder) {
                this.lostReason = `it is now held by ${specOf(current).holderIdentity ?? 'nobody'}`;
                return;
            }
            await this.client.replace({
                ...current,
                spec: { ...specOf(current), renewTime: microTime() },
            });
            this.lastRenewed = this.now();
        }
        catch (error) {
            this.options.log?.(`could not renew the lock: ${error.message}`);
            this.checkRenewalDeadline();
        }
    }
    ref() {
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            namespace: this.namespace,
            name: this.name,
        };
    }
}
function specOf(lease) {
    return lease && isRecord(lease.spec) ? lease.spec : {};
}
/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(date = new Date()) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

;// CONCATENATED MODULE: ./src/cluster/namespace-state.ts




async function readNamespaceState(client, name) {
    try {
        const namespace = await client.get({ apiVersion: 'v1', kind: 'Namespace', name });
        if (!namespace)
            return 'missing';
        const status = isRecord(namespace.status) ? namespace.status : {};
        return status.phase === 'Terminating' ? 'terminating' : 'active';
    }
    catch (error) {
        if (error instanceof KubeApiError && error.status === 403)
            return 'unreadable';
        throw describeApiError(error, `Namespace ${name}`);
    }
}
/** Nothing can be created in a namespace being deleted; waiting would only end in a timeout. */
function terminatingNamespace(name) {
    return new UserError(`namespace ${name} is being deleted (Terminating): nothing can be created in it until it is gone. Wait until the deletion finishes (kubectl get namespace ${name}) and run again, or deploy to another namespace`);
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/rbac/access-check.ts




/**
 * Asks the API server, with SelfSubjectAccessReviews at bounded concurrency, which of the needs these
 * credentials lack. A kind is asked about as a whole first; only when that is denied are the objects
 * asked about by name (a Role may grant single names). A create (or the rollback's delete) needed only
 * for an object that is not in the cluster yet is dropped when the object turns out to exist.
 */
async function checkAccess(client, needs, concurrency) {
    const limit = (0,p_limit/* default */.A)(concurrency);
    const answers = new Map();
    const allowed = (attributes) => {
        const key = JSON.stringify([
            attributes.verb,
            attributes.group,
            attributes.resource,
            attributes.namespace ?? '',
            attributes.name ?? '',
        ]);
        let answer = answers.get(key);
        if (!answer) {
            answer = limit(() => client.reviewAccess(withoutUndefined(attributes)));
            answers.set(key, answer);
        }
        return answer;
    };
    const kindLevel = (need) => ({ ...need, name: undefined });
    try {
        const denied = [];
        await Promise.all(needs.map(async (need) => {
            if (await allowed(attributesOf(kindLevel(need))))
                return;
            if (need.name && (await allowed(attributesOf(need))))
                return;
            denied.push(need);
        }));
        const lookups = new Map();
        const exists = (ref) => {
            const key = JSON.stringify([ref.apiVersion, ref.kind, ref.namespace ?? '', ref.name]);
            let lookup = lookups.get(key);
            if (!lookup) {
                lookup = limit(() => existsAlready(client, ref));
                lookups.set(key, lookup);
            }
            return lookup;
        };
        const still = await Promise.all(denied.map(async (need) => (need.whenMissing && (await exists(need.whenMissing)) ? undefined : need)));
        const lacking = needs.filter((need) => still.includes(need));
        return {
            missing: lacking.filter((need) => !need.optional),
            optional: lacking.filter((need) => need.optional),
        };
    }
    catch (error) {
        return { missing: [], optional: [], unchecked: error.message };
    }
}
function attributesOf(need) {
    return {
        verb: need.verb,
        group: need.group,
        resource: need.resource,
        namespace: need.namespace,
        name: need.name,
    };
}
function withoutUndefined(attributes) {
    return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}
/** Whether an object is in the cluster, which makes a need for it while missing moot. */
async function existsAlready(client, ref) {
    try {
        return (await client.get(ref)) !== undefined;
    }
    catch {
        // Not readable either (that is reported too): assume it has to be created.
        return false;
    }
}
/** `deployments.apps`, `services`: a resource as kubectl and RBAC messages name it. */
function resourceLabel(need) {
    return need.group ? `${need.resource}.${need.group}` : need.resource;
}
/** `in namespace shop` or `at the cluster scope`. */
function scopeLabel(need) {
    return need.namespace ? `in namespace ${need.namespace}` : 'at the cluster scope';
}
/**
 * Every missing permission at once, one line per rule to add, each naming the first object that needs
 * it (its file and line), as a UserError before anything is changed.
 */
function accessRefusal(missing, stage) {
    const rules = new Map();
    for (const need of missing) {
        const key = JSON.stringify([need.verb, need.group, need.resource, need.namespace ?? '', roleOf(need)]);
        rules.set(key, [...(rules.get(key) ?? []), need]);
    }
    const lines = [...rules.values()].map((needs) => {
        const [first] = needs;
        const others = [...new Set(needs.slice(1).map((need) => need.subject))].filter((subject) => subject !== first.subject);
        const also = others.length === 0
            ? ''
            : `; also for ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`;
        const rule = ruleText({ apiGroups: [first.group], resources: [first.resource], verbs: [first.verb] });
        return `${first.origin ? `${formatOrigin(first.origin)}: ` : ''}${first.subject}: the credentials cannot ${first.verb} ${resourceLabel(first)} ${scopeLabel(first)} (${first.purpose}${also}); add to ${roleOf(first)}: ${rule}`;
    });
    const count = `${lines.length} permission${lines.length === 1 ? '' : 's'}`;
    return new UserError(`the credentials lack ${count} that this ${stage} needs, so nothing was ${stage === 'plan' ? 'planned' : 'applied'}; add ${lines.length === 1 ? 'this rule' : 'these rules'} to the RBAC of the deploying identity (kubesync rbac prints the whole Role and ClusterRole; see the README's RBAC section):\n${lines.map((line) => `  ${line}`).join('\n')}`);
}

;// CONCATENATED MODULE: ./src/manifests/scope.ts

/** Built-in kinds that live outside namespaces, by `group/kind` (core group spelled ''). */
const CLUSTER_SCOPED_BUILT_INS = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'scheduling.k8s.io/PriorityClass',
    'node.k8s.io/RuntimeClass',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
]);
/**
 * Which kinds are cluster-scoped, known offline: the built-in ones plus the kinds of CRDs in the same
 * manifests. A live cluster's discovery has the final word at plan time.
 */
class ScopeCatalog {
    /** `group/Kind` of each kind a CRD in the manifests defines, with its scope. */
    crdKinds = new Map();
    constructor(resources) {
        for (const { object } of resources) {
            if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec))
                continue;
            const { group, scope, names } = object.spec;
            if (typeof group === 'string' && isRecord(names) && typeof names.kind === 'string') {
                this.crdKinds.set(`${group}/${names.kind}`, scope === 'Cluster' ? 'Cluster' : 'Namespaced');
            }
        }
    }
    /** The scope of a kind defined by a CRD in the same manifests; undefined for any other kind. */
    crdScopeOf(apiVersion, kind) {
        return this.crdKinds.get(`${groupOf(apiVersion)}/${kind}`);
    }
    isClusterScoped(apiVersion, kind) {
        const key = `${groupOf(apiVersion)}/${kind}`;
        return CLUSTER_SCOPED_BUILT_INS.has(key) || this.crdKinds.get(key) === 'Cluster';
    }
    /** The namespace an object lands in: its own, else the default one; none for cluster-scoped kinds. */
    effectiveNamespace(resource, defaultNamespace) {
        const apiVersion = apiVersionOf(resource.object) ?? '';
        const kind = kindOf(resource.object) ?? '';
        if (this.isClusterScoped(apiVersion, kind))
            return undefined;
        const metadata = resource.object.metadata;
        const namespace = isRecord(metadata) ? metadata.namespace : undefined;
        return typeof namespace === 'string' && namespace !== '' ? namespace : defaultNamespace;
    }
}

;// CONCATENATED MODULE: ./src/manifests/pod-spec.ts

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
function podSpecPathOf(object) {
    return POD_SPEC_PATHS[kindOf(object) ?? ''];
}
/** The pod spec of a workload (or a Pod), with the path it is at. */
function podSpecOf(object) {
    const path = podSpecPathOf(object);
    if (!path)
        return undefined;
    let current = object;
    for (const part of path) {
        if (!isRecord(current))
            return undefined;
        current = current[part];
    }
    return isRecord(current) ? { path, spec: current } : undefined;
}

;// CONCATENATED MODULE: ./src/secrets/pod-secrets.ts


function records(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}
/** Every Secret a workload's pods read, from env, envFrom and volumes of every (init) container. */
function podSecretUses(object) {
    const pod = podSpecOf(object);
    if (!pod)
        return [];
    const { path: specPath, spec } = pod;
    const uses = [];
    for (const field of ['initContainers', 'containers']) {
        records(spec[field]).forEach((container, index) => {
            const containerPath = [...specPath, field, index];
            (Array.isArray(container.env) ? container.env : []).forEach((env, envIndex) => {
                const ref = isRecord(env) && isRecord(env.valueFrom) ? env.valueFrom.secretKeyRef : undefined;
                if (!isRecord(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string')
                    return;
                uses.push({
                    secret: ref.name,
                    keys: [ref.key],
                    optional: ref.optional === true,
                    via: `env ${String(env.name)}`,
                    path: [...containerPath, 'env', envIndex, 'valueFrom'],
                });
            });
            (Array.isArray(container.envFrom) ? container.envFrom : []).forEach((source, sourceIndex) => {
                const ref = isRecord(source) ? source.secretRef : undefined;
                if (!isRecord(ref) || typeof ref.name !== 'string')
                    return;
                uses.push({
                    secret: ref.name,
                    keys: [],
                    optional: ref.optional === true,
                    via: 'envFrom',
                    path: [...containerPath, 'envFrom', sourceIndex],
                });
            });
        });
    }
    (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((volume, index) => {
        const secret = isRecord(volume) ? volume.secret : undefined;
        if (!isRecord(secret) || typeof secret.secretName !== 'string')
            return;
        uses.push({
            secret: secret.secretName,
            keys: records(secret.items).flatMap((item) => (typeof item.key === 'string' ? [item.key] : [])),
            optional: secret.optional === true,
            via: `volume ${String(volume.name)}`,
            path: [...specPath, 'volumes', index],
        });
    });
    return uses;
}

;// CONCATENATED MODULE: ./src/rbac/resources.ts



/** Built-in kinds whose plural is not the regular one. */
const IRREGULAR_PLURALS = { Endpoints: 'endpoints' };
/**
 * The plural resource of a kind, as the API server spells it for its built-in kinds: lower case,
 * `-s`, `-es` after an s, x, z, ch or sh, `-ies` after a consonant and y.
 */
function pluralOf(kind) {
    const irregular = IRREGULAR_PLURALS[kind];
    if (irregular)
        return irregular;
    const lower = kind.toLowerCase();
    if (/(s|x|z|ch|sh)$/.test(lower))
        return `${lower}es`;
    if (/[^aeiou]y$/.test(lower))
        return `${lower.slice(0, -1)}ies`;
    return `${lower}s`;
}
/** The CRDs in the manifests: `group/Kind` → their plural and scope. */
function crdNames(resources) {
    const names = new Map();
    for (const { object } of resources) {
        if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec))
            continue;
        const { group, scope, names: crd } = object.spec;
        if (typeof group !== 'string' || !isRecord(crd) || typeof crd.kind !== 'string')
            continue;
        names.set(`${group}/${crd.kind}`, {
            group,
            resource: typeof crd.plural === 'string' ? crd.plural : pluralOf(crd.kind),
            namespaced: scope !== 'Cluster',
        });
    }
    return names;
}
/** Names kinds without a cluster: the built-in kinds, and the kinds of CRDs in the same manifests. */
function offlineNamer(resources) {
    const crds = crdNames(resources);
    const scopes = new ScopeCatalog(resources);
    return (apiVersion, kind) => Promise.resolve(crds.get(`${groupOf(apiVersion)}/${kind}`) ?? {
        group: groupOf(apiVersion),
        resource: pluralOf(kind),
        namespaced: !scopes.isClusterScoped(apiVersion, kind),
    });
}
/** Names kinds as the cluster's discovery does, falling back to the CRDs in the manifests. */
function discoveryNamer(client, resources) {
    const crds = crdNames(resources);
    return async (apiVersion, kind) => {
        const discovered = await client.resourceFor(apiVersion, kind);
        if (discovered)
            return { group: groupOf(apiVersion), resource: discovered.plural, namespaced: discovered.namespaced };
        return crds.get(`${groupOf(apiVersion)}/${kind}`);
    };
}
/**
 * The objects of the manifests as RBAC sees them, in the namespace each lands in, and the Secrets their
 * workloads read that the manifests do not hold (plan reads those). A kind nobody can name (not
 * served, no CRD in the manifests) is left out: planning reports it at its line.
 */
async function describeManifests(resources, namespace, nameOfKind, served = () => Promise.resolve(true)) {
    const objects = [];
    const workloads = [];
    for (const resource of resources) {
        const apiVersion = apiVersionOf(resource.object) ?? '';
        const kind = kindOf(resource.object) ?? '';
        const name = await nameOfKind(apiVersion, kind);
        if (!name)
            continue;
        const objectNamespace = name.namespaced ? (namespaceOf(resource.object) ?? namespace) : undefined;
        const object = {
            ...name,
            ref: {
                apiVersion,
                kind,
                name: nameOf(resource.object) ?? '',
                ...(objectNamespace ? { namespace: objectNamespace } : {}),
            },
            origin: resource.origin,
            awaitsCrd: !(await served(apiVersion, kind)),
        };
        objects.push(object);
        workloads.push({ object, resource });
    }
    const declared = new Set(objects.filter(({ ref }) => ref.kind === 'Secret').map(({ ref }) => `${ref.namespace ?? ''}/${ref.name}`));
    const secretReads = new Map();
    for (const { object, resource } of workloads) {
        const objectNamespace = object.ref.namespace;
        if (!objectNamespace)
            continue;
        for (const use of podSecretUses(resource.object)) {
            const id = `${objectNamespace}/${use.secret}`;
            if (use.optional || declared.has(id) || secretReads.has(id))
                continue;
            secretReads.set(id, {
                namespace: objectNamespace,
                name: use.secret,
                subject: `Secret ${id}, which ${object.ref.kind} ${object.ref.name} reads`,
                origin: resource.locate(use.path),
            });
        }
    }
    return { objects, secretReads: [...secretReads.values()] };
}
/** The kinds and namespaces an earlier apply recorded, named as RBAC names them. */
async function recordedKindsOf(client, state) {
    const kinds = [];
    for (const groupKind of state.groupKinds) {
        const [kind = '', ...groupParts] = groupKind.split('.');
        const group = groupParts.join('.');
        const version = await client.preferredVersion(group);
        if (!version)
            continue;
        const resource = await client.resourceFor(group ? `${group}/${version}` : version, kind);
        if (resource)
            kinds.push({ group, resource: resource.plural, namespaced: resource.namespaced });
    }
    return { kinds, namespaces: state.namespaces };
}

;// CONCATENATED MODULE: ./src/rbac/preflight.ts




/** What of the settings decides the permissions a run needs. */
function accessSettings(settings) {
    return {
        namespace: settings.namespace,
        prune: settings.apply.prune,
        rollback: settings.apply.rollback,
        createNamespace: settings.cluster.createNamespace,
    };
}
/**
 * Before a plan or apply touches anything: asks the API server whether the credentials may make every
 * request the run will make, and throws one UserError listing every missing rule. Permissions
 * kubesync can do without are logged. When the server cannot answer, the run carries on and any
 * refusal comes as the request's own error.
 */
async function checkRunAccess(client, settings, run, log) {
    let description;
    try {
        const { objects, secretReads } = await describeManifests(run.resources, settings.namespace, discoveryNamer(client, run.resources), async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind)) !== undefined);
        const state = run.state === 'unknown' ? undefined : run.state;
        description = {
            stage: run.stage,
            app: run.app,
            ...accessSettings(settings),
            objects,
            secretReads,
            recorded: state ? await recordedKindsOf(client, state) : undefined,
            parentExists: run.state === 'unknown' ? undefined : run.state !== undefined,
        };
    }
    catch (error) {
        log.info(`permissions not checked up front: ${error.message}`);
        return;
    }
    const check = await checkAccess(client, accessNeeds(description), settings.apply.concurrency);
    if (check.unchecked) {
        log.info(`permissions not checked up front (the access reviews failed: ${check.unchecked})`);
        return;
    }
    for (const need of check.optional) {
        const rule = ruleText({ apiGroups: [need.group], resources: [need.resource], verbs: [need.verb] });
        log.info(`${need.subject}: the credentials cannot ${need.verb} ${resourceLabel(need)} (${need.purpose}); kubesync carries on without it. To let it tell, add to ${roleOf(need)}: ${rule}`);
    }
    if (check.missing.length > 0)
        throw accessRefusal(check.missing, run.stage);
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/validate/finding.ts

function errorAt(origin, rule, message) {
    return { severity: 'error', rule, message, origin };
}
function warningAt(origin, rule, message) {
    return { severity: 'warning', rule, message, origin };
}
/** `file:line:col: error: message [rule]`, the way compilers print, so editors can jump to it. */
function formatFinding(finding) {
    return `${formatOrigin(finding.origin)}: ${finding.severity}: ${finding.message} [${finding.rule}]`;
}
function countFindings(findings) {
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    return { errors, warnings: findings.length - errors };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => a.origin.file.localeCompare(b.origin.file) ||
        a.origin.line - b.origin.line ||
        a.origin.column - b.origin.column ||
        a.message.localeCompare(b.message));
}

;// CONCATENATED MODULE: ./src/manifests/names.ts
/** Name rules of the Kubernetes API (k8s.io/apimachinery/pkg/util/validation). */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Returns why `name` is not a DNS-1123 label (namespaces, most label-like names), or undefined. */
function dns1123LabelProblem(name) {
    if (name.length > 63)
        return 'must be no more than 63 characters';
    if (!DNS1123_LABEL.test(name)) {
        return "must consist of lower case alphanumeric characters or '-', and start and end with an alphanumeric character";
    }
    return undefined;
}
/** Services and Applications: a DNS-1035 label, which also cannot start with a digit. */
function dns1035LabelProblem(name) {
    if (name.length > 63)
        return 'must be no more than 63 characters';
    if (!DNS1035_LABEL.test(name)) {
        return "must consist of lower case alphanumeric characters or '-', start with a letter and end with an alphanumeric character";
    }
    return undefined;
}
function dns1123SubdomainProblem(name) {
    if (name.length > 253)
        return 'must be no more than 253 characters';
    if (!DNS1123_SUBDOMAIN.test(name)) {
        return "must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character";
    }
    return undefined;
}
/** RBAC objects only need to be a valid path segment (`system:controller:x` is fine). */
function pathSegmentProblem(name) {
    if (name === '.' || name === '..')
        return `may not be '${name}'`;
    if (/[/%]/.test(name))
        return "may not contain '/' or '%'";
    return undefined;
}
const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;
/** An Ingress host: a DNS name with at least one dot, optionally a leading `*.` wildcard. */
function isHostname(value) {
    return value.length <= 253 && HOSTNAME.test(value);
}

;// CONCATENATED MODULE: ./src/manifests/quantity.ts
/**
 * A Kubernetes resource quantity (`500m`, `1.5`, `256Mi`, `1e3`), as the API server's parser accepts
 * it: a signed decimal number followed by a binary suffix, a decimal suffix or a decimal exponent.
 */
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
function isQuantity(value) {
    return QUANTITY.test(value);
}

;// CONCATENATED MODULE: ./src/manifests/app.ts






const APP_API_VERSION = 'pipeops.io/v1';
const APP_KIND = 'Application';
const DOPPLER_REF = /^doppler:\/\/([A-Za-z0-9_.-]+)\/([A-Za-z_][A-Za-z0-9_]*)$/;
const quantity = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .transform(String)
    .refine(isQuantity, { message: 'is not a Kubernetes quantity (e.g. 250m, 0.5, 512Mi, 1Gi)' });
const app_name = schemas/* string */.YjP().superRefine((value, context) => {
    const problem = dns1035LabelProblem(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});
const envVar = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/, {
        message: "must start with a letter, '_', '-' or '.', and contain only letters, digits, '_', '-' and '.'",
    }),
    value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).transform(String).optional(),
    valueFrom: schemas/* union */.KCZ([
        schemas/* string */.YjP()
            .regex(DOPPLER_REF, { message: 'must be doppler://<config>/<NAME> or {secretRef: {name, key}}' }),
        schemas/* strictObject */.rej({ secretRef: schemas/* strictObject */.rej({ name: schemas/* string */.YjP().min(1), key: schemas/* string */.YjP().min(1) }) }),
    ])
        .optional(),
})
    .refine((env) => (env.value === undefined) !== (env.valueFrom === undefined), {
    message: 'set exactly one of value or valueFrom',
});
const autoscale = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(false),
    minReplicas: schemas/* int */.Whr().min(1).optional(),
    maxReplicas: schemas/* int */.Whr().min(1).optional(),
    targetCPU: schemas/* int */.Whr().min(1).max(100).optional(),
})
    .superRefine((value, context) => {
    if (!value.enabled)
        return;
    if (value.maxReplicas === undefined) {
        context.addIssue({
            code: 'custom',
            path: ['maxReplicas'],
            message: 'is required when autoscale is enabled',
        });
    }
    else if (value.minReplicas !== undefined && value.minReplicas > value.maxReplicas) {
        context.addIssue({
            code: 'custom',
            path: ['minReplicas'],
            message: 'must not be greater than maxReplicas',
        });
    }
});
const applicationSchema = schemas/* strictObject */.rej({
    apiVersion: schemas/* literal */.euz(APP_API_VERSION),
    kind: schemas/* literal */.euz(APP_KIND),
    metadata: schemas/* strictObject */.rej({
        name: app_name,
        labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    }),
    spec: schemas/* strictObject */.rej({
        image: schemas/* string */.YjP().min(1).optional(),
        build: schemas/* strictObject */.rej({
            framework: schemas/* string */.YjP().optional(),
            builder: schemas/* enum */.k5n(['nixpacks', 'dockerfile', 'buildpack']).optional(),
            dockerfile: schemas/* string */.YjP().optional(),
            context: schemas/* string */.YjP().optional(),
            args: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).optional(),
        })
            .optional(),
        deploy: schemas/* strictObject */.rej({
            replicas: schemas/* int */.Whr().min(0).optional(),
            strategy: schemas/* enum */.k5n(['rolling', 'recreate']).optional(),
        })
            .optional(),
        env: schemas/* array */.YOg(envVar).optional(),
        resources: schemas/* strictObject */.rej({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
        autoscale: autoscale.optional(),
        network: schemas/* strictObject */.rej({
            port: schemas/* int */.Whr().min(1).max(65535).optional(),
            public: schemas/* boolean */.zMY().optional(),
            domains: schemas/* array */.YOg(schemas/* string */.YjP().refine(isHostname, { message: 'is not a valid host name (e.g. app.example.com)' }))
                .optional(),
        })
            .optional(),
    })
        .default({}),
});
function isApplicationDocument(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.apiVersion === APP_API_VERSION &&
        value.kind === APP_KIND);
}
function parseDopplerRef(ref) {
    const match = DOPPLER_REF.exec(ref);
    return match ? { config: match[1] ?? '', name: match[2] ?? '' } : undefined;
}
/** Checks an Application document; every problem becomes a finding at the line of its field. */
function parseApplication(value, origins) {
    const result = applicationSchema.safeParse(value);
    if (result.success)
        return { app: result.data, findings: [] };
    const findings = result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const path = [...issue.path, key];
                return errorAt(origins.locate(path), 'unknown-field', unknownFieldMessage(path));
            });
        }
        const path = issue.path;
        const field = formatPath(path) || 'document';
        return [errorAt(origins.locate(path), 'app-schema', `${field}: ${describeIssue(issue)}`)];
    });
    return { findings };
}
function describeIssue(issue) {
    if (issue.code === 'invalid_value' && issue.values.length === 1)
        return `must be ${JSON.stringify(issue.values[0])}`;
    if (issue.code === 'invalid_value')
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    return issue.message.replace(/^Invalid input: /, '');
}
function unknownFieldMessage(path) {
    const key = String(path[path.length - 1]);
    const known = knownKeysAt(applicationSchema, path.slice(0, -1));
    const suggestion = suggest(key, known);
    const hint = suggestion
        ? `did you mean "${suggestion}"?`
        : known.length > 0
            ? `known fields here: ${known.join(', ')}`
            : 'remove it';
    return `unknown field "${formatPath(path)}": ${hint}`;
}
/** The nearest known name to a misspelled one, when it is near enough to be the likely intent. */
function suggest(key, known) {
    if (known.length === 0)
        return undefined;
    const candidate = (0,mod/* closest */.kp)(key, [...known]);
    const lowerMatch = known.find((name) => name.toLowerCase() === key.toLowerCase());
    if (lowerMatch)
        return lowerMatch;
    return (0,mod/* distance */.Io)(key, candidate) <= Math.max(2, Math.floor(key.length / 3)) ? candidate : undefined;
}
/** The field names an object schema allows at `path`, found by walking the zod schema. */
function knownKeysAt(schema, path) {
    const inner = unwrap(schema);
    if (path.length === 0)
        return inner instanceof schemas/* ZodObject */.bvH ? Object.keys(inner.shape) : [];
    const [head, ...rest] = path;
    if (inner instanceof schemas/* ZodObject */.bvH && typeof head === 'string') {
        const child = inner.shape[head];
        return child ? knownKeysAt(child, rest) : [];
    }
    if (inner instanceof schemas/* ZodArray */.naA)
        return knownKeysAt(inner.element, rest);
    return [];
}
function unwrap(schema) {
    if (schema instanceof schemas/* ZodOptional */.IiU || schema instanceof schemas/* ZodDefault */.XiL || schema instanceof schemas/* ZodNullable */.l1C) {
        return unwrap(schema.unwrap());
    }
    if (schema instanceof schemas/* ZodPipe */.utH)
        return unwrap(schema.in);
    return schema;
}

;// CONCATENATED MODULE: ./src/secrets/mask.ts

const MASK = '***';
const SECRET_FIELDS = ['data', 'stringData'];
/** What a masked value reads as: `***`, or where it comes from when it is fetched at apply time. */
function maskFor(key, sources) {
    const source = sources?.[key];
    return source ? `from ${source}` : MASK;
}
/**
 * A copy of a Secret with every data and stringData value replaced by `***`, as `kubectl diff` shows it;
 * a value fetched at apply time shows where from (`from doppler://production/DATABASE_URL`).
 */
function maskSecret(object, sources) {
    if (kindOf(object) !== 'Secret')
        return object;
    const masked = { ...object };
    for (const field of SECRET_FIELDS) {
        const values = object[field];
        if (isRecord(values))
            masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, maskFor(key, sources)]));
    }
    if (sources && Object.keys(sources).length > 0) {
        const data = isRecord(masked.data) ? masked.data : {};
        masked.data = {
            ...data,
            ...Object.fromEntries(Object.keys(sources).map((key) => [key, maskFor(key, sources)])),
        };
    }
    return masked;
}
/**
 * Both sides of a Secret diff with values masked, so the diff still says which keys changed: a changed
 * value shows as `*** (before)` / `*** (after)`, an unchanged one as `***` (the kubectl/Flux convention).
 */
function maskSecretPair(before, after, sources) {
    const kind = kindOf(after ?? before ?? {});
    if (kind !== 'Secret')
        return [before, after];
    const maskedBefore = before ? { ...before } : undefined;
    const maskedAfter = after ? { ...after } : undefined;
    for (const field of SECRET_FIELDS) {
        const old = isRecord(before?.[field]) ? before[field] : {};
        const next = isRecord(after?.[field]) ? after[field] : {};
        const label = (key, side) => key in old && key in next && old[key] !== next[key]
            ? `${maskFor(key, sources)} (${side})`
            : maskFor(key, sources);
        if (maskedBefore && before && field in before) {
            maskedBefore[field] = Object.fromEntries(Object.keys(old).map((key) => [key, label(key, 'before')]));
        }
        if (maskedAfter && after && field in after) {
            maskedAfter[field] = Object.fromEntries(Object.keys(next).map((key) => [key, label(key, 'after')]));
        }
    }
    return [maskedBefore, maskedAfter];
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/** Escapes text for a Markdown table cell or inline position in the PR comment. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}
/** Escapes text for a cell of the job summary's tables. */
function escapeCell(text) {
    return text.replace(/[|\\`*_<>[\]]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/secrets/redact.ts




/**
 * Values shorter than this are never searched for in text, and never registered with the runner's
 * masking: a short value ("shop", "admin") is also part of names and words, and replacing it everywhere
 * garbles them while hiding little. Secret data is masked structurally (diffs, render) whatever its
 * length, and a shorter Secret value gets a warning instead (`shortValueFindings`).
 */
const MIN_REDACTED_LENGTH = 8;
/**
 * The secret values this run has seen (Doppler values, Secret data from the manifests and the cluster,
 * tokens), and every text form they could leak in: as written, line by line, base64, URL-encoded,
 * JSON-escaped and Markdown-escaped. Everything kubesync writes outside the cluster passes through
 * `redact`. Next to them it keeps identifiers (kinds, names, namespaces, labels, file paths): a value
 * found inside one of those is left as written, since the name shows it anyway.
 */
class SecretValues {
    forms = new Set();
    sorted = [];
    identifiers = new Set();
    /** Called once per new value; the action registers it with the runner's masking (core.setSecret). */
    onRegister = () => undefined;
    register(value) {
        const lines = value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line.length >= MIN_REDACTED_LENGTH);
        const candidates = value.length >= MIN_REDACTED_LENGTH ? [value, ...lines] : lines;
        let added = false;
        for (const candidate of new Set(candidates)) {
            for (const form of encodingsOf(candidate)) {
                if (this.forms.has(form))
                    continue;
                this.forms.add(form);
                added = true;
            }
        }
        if (!added)
            return;
        // Longest first, so a value that contains another is replaced whole.
        this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
        // The runner masks each line it prints, so a multi-line value is registered line by line as well.
        for (const candidate of new Set(candidates))
            this.onRegister(candidate);
    }
    /** Names that redaction leaves as written wherever they appear. Shorter ones cannot hold a value. */
    keepIdentifiers(names) {
        for (const name of names)
            if (name.length >= MIN_REDACTED_LENGTH)
                this.identifiers.add(name);
    }
    redact(text) {
        let result = text;
        for (const form of this.sorted) {
            if (!result.includes(form))
                continue;
            const covering = [...this.identifiers].filter((name) => name.includes(form));
            result = covering.length === 0 ? result.split(form).join(MASK) : replaceOutside(result, form, covering);
        }
        return result;
    }
    /** A deep copy of a JSON-like value with every string redacted. */
    redactDeep(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((item) => this.redactDeep(item));
        if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.redactDeep(item)]));
        }
        return value;
    }
    get size() {
        return this.forms.size;
    }
}
/** Replaces each occurrence of `form` that does not lie inside an occurrence of one of `names`. */
function replaceOutside(text, form, names) {
    let result = '';
    let from = 0;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        if (at < from || insideName(text, at, form, names))
            continue;
        result += text.slice(from, at) + MASK;
        from = at + form.length;
    }
    return result + text.slice(from);
}
function insideName(text, at, form, names) {
    for (const name of names) {
        for (let offset = name.indexOf(form); offset !== -1; offset = name.indexOf(form, offset + 1)) {
            if (at >= offset && text.startsWith(name, at - offset))
                return true;
        }
    }
    return false;
}
function encodingsOf(value) {
    const base64 = Buffer.from(value, 'utf8').toString('base64');
    const uri = encodeURIComponent(value);
    return [
        value,
        base64,
        base64.replace(/=+$/, ''),
        Buffer.from(value, 'utf8').toString('base64url'),
        uri,
        uri.replace(/%20/g, '+'),
        JSON.stringify(value).slice(1, -1),
        // Messages reach the PR comment and the job summary Markdown-escaped.
        escapeMarkdown(value),
        escapeCell(value),
    ].filter((form) => form.length >= MIN_REDACTED_LENGTH);
}
/** The one registry of the process: like the runner's masker, whoever reads a secret tells it. */
const secretValues = new SecretValues();
/** What an object is called: kind, name, namespace, `Kind namespace/name`, and its labels' keys and values. */
function identifiersOf(object) {
    const labels = metadataOf(object).labels;
    const names = [kindOf(object), nameOf(object), namespaceOf(object), describeObject(object)];
    if (namespaceOf(object))
        names.push(`${namespaceOf(object)}/${nameOf(object) ?? ''}`);
    if (isRecord(labels))
        for (const [key, value] of Object.entries(labels))
            names.push(key, typeof value === 'string' ? value : '');
    return names.filter((name) => Boolean(name));
}
/** A Secret's values: data decoded from base64, then stringData (which the server merges over data). */
function secretEntries(object) {
    if (kindOf(object) !== 'Secret')
        return [];
    const entries = [];
    for (const [field, encoded] of [
        ['data', true],
        ['stringData', false],
    ]) {
        const values = object[field];
        if (!isRecord(values))
            continue;
        for (const [key, value] of Object.entries(values)) {
            if (typeof value !== 'string')
                continue;
            entries.push([key, encoded ? Buffer.from(value, 'base64').toString('utf8') : value]);
        }
    }
    return entries;
}
/**
 * Registers an object the manifests hold: the values of a Secret (data decoded from base64, and
 * stringData) to redact, and, for every kind, its identifiers to keep as written.
 */
function registerSecretData(object) {
    secretValues.keepIdentifiers(identifiersOf(object));
    for (const [, value] of secretEntries(object))
        secretValues.register(value);
}
/**
 * Registers every object in an API answer, a single object or a list (whose items carry no kind):
 * Secrets' values to redact, and every object's identifiers to keep.
 */
function registerSecretsIn(body) {
    if (!isRecord(body))
        return;
    const { kind, items } = body;
    if (typeof kind !== 'string')
        return;
    if (!kind.endsWith('List') || !Array.isArray(items)) {
        registerSecretData(body);
        return;
    }
    const itemKind = kind.slice(0, -'List'.length);
    for (const item of items)
        if (isRecord(item))
            registerSecretData({ ...item, kind: itemKind });
}
/**
 * One warning per Secret value too short to be searched for in text: structurally masked in the
 * Secret, but shown as written wherever else it appears (a ConfigMap, an env value, a message).
 */
function shortValueFindings(objects) {
    const findings = [];
    for (const { object, origin } of objects) {
        if (!origin)
            continue;
        const keys = new Set(secretEntries(object)
            .filter(([, value]) => value.length > 0 && value.length < MIN_REDACTED_LENGTH)
            .map(([key]) => key));
        for (const key of keys) {
            findings.push(warningAt(origin, 'secret-value-too-short', `${describeObject(object)}: the value of ${key} is under ${MIN_REDACTED_LENGTH} characters, too short to mask outside the Secret; use a longer value`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/secrets/doppler-secret.ts










/** On the pod template of every workload that reads the Doppler Secret: a rotated value rolls the pods. */
const CHECKSUM_ANNOTATION = 'kubesync.io/doppler-checksum';
function dopplerReferencesOf(resource) {
    return Object.entries(resource.valueSources ?? {}).flatMap(([key, source]) => {
        const ref = parseDopplerRef(source);
        return ref ? [{ key, ...ref, origin: resource.locate(['data', key]) }] : [];
    });
}
function describeReference(ref) {
    return `env ${ref.key} (doppler://${ref.config}/${ref.name}, ${formatOrigin(ref.origin)})`;
}
/**
 * Fetches every referenced value, one request per config, and registers each with the masking the
 * moment it is read. A name the config lacks is an error naming the variable, its line and the path.
 */
async function fetchDopplerValues(refs, doppler) {
    const configs = [...new Set(refs.map((ref) => ref.config))].sort();
    const downloaded = new Map(await Promise.all(configs.map(async (config) => [config, await doppler.download(config)])));
    const values = new Map();
    const problems = [];
    for (const ref of refs) {
        const value = downloaded.get(ref.config)?.[ref.name];
        if (value === undefined) {
            problems.push(`${formatOrigin(ref.origin)}: env ${ref.key}: doppler://${ref.config}/${ref.name} does not exist: Doppler config "${ref.config}" has no secret named ${ref.name}; add it in Doppler or fix the reference`);
            continue;
        }
        secretValues.register(value);
        values.set(ref.key, value);
    }
    if (problems.length > 0)
        throw new UserError(`${problems.join('\n')}\nNothing was applied.`);
    return values;
}
/** Apply never writes a Secret without its values: without a token it refuses, naming each variable. */
function requireDopplerToken(resources, hasToken) {
    refuseWithoutToken(resources.flatMap(dopplerReferencesOf), hasToken);
}
function refuseWithoutToken(refs, hasToken) {
    if (hasToken || refs.length === 0)
        return;
    throw new UserError(`${refs.length} environment variables come from Doppler and applying needs their values: set the doppler-token input to a Doppler service token stored as a secret. From Doppler: ${refs.map(describeReference).join(', ')}. Nothing was applied.`);
}
/**
 * Fills each Secret whose values come from Doppler and stamps a checksum of them on the pod template
 * of every workload that reads it. Without a token a plan uses the live values (nothing to compare,
 * so nothing shows as changed) and apply refuses: it must never write a Secret without its values.
 */
async function resolveSecretSources(resources, resolution) {
    const sourced = resources.flatMap((resource) => {
        const refs = dopplerReferencesOf(resource);
        return refs.length > 0 ? [{ resource, refs }] : [];
    });
    if (sourced.length === 0)
        return [...resources];
    const refs = sourced.flatMap((source) => source.refs);
    if (resolution.purpose === 'apply')
        refuseWithoutToken(refs, resolution.doppler !== undefined);
    const fetched = resolution.doppler ? await fetchDopplerValues(refs, resolution.doppler) : undefined;
    if (!fetched) {
        resolution.log.info('Doppler values are not compared without doppler-token: the plan assumes they are unchanged');
    }
    const checksums = new Map();
    const filled = new Map();
    for (const { resource, refs: own } of sourced) {
        const keys = own.map((ref) => ref.key);
        const values = fetched ?? (await liveValues(resource.object, resolution));
        const data = Object.fromEntries(keys.map((key) => [key, Buffer.from(values.get(key) ?? '', 'utf8').toString('base64')]));
        filled.set(resource, { ...resource, object: { ...resource.object, data } });
        checksums.set(nameOf(resource.object) ?? '', checksumOf(data));
    }
    return resources.map((resource) => filled.get(resource) ?? withChecksums(resource, checksums));
}
async function liveValues(secret, resolution) {
    const name = nameOf(secret) ?? '';
    const namespace = namespaceOf(secret) ?? resolution.namespace;
    let live;
    try {
        live = await resolution.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace });
    }
    catch (error) {
        throw describeApiError(error, `Secret ${namespace}/${name}`);
    }
    const data = live && isRecord(live.data) ? live.data : {};
    const values = new Map();
    for (const [key, encoded] of Object.entries(data)) {
        if (typeof encoded !== 'string')
            continue;
        values.set(key, Buffer.from(encoded, 'base64').toString('utf8'));
    }
    return values;
}
/** A hash of every key and value together: it changes when any value does, and reveals none of them. */
function checksumOf(data) {
    const entries = Object.keys(data)
        .sort()
        .map((key) => [key, data[key]]);
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}
function withChecksums(resource, checksums) {
    const read = [
        ...new Set(podSecretUses(resource.object)
            .map((use) => use.secret)
            .filter((secret) => checksums.has(secret))),
    ].sort();
    if (read.length === 0)
        return resource;
    const checksum = read.length === 1
        ? (checksums.get(read[0] ?? '') ?? '')
        : checksumOf(Object.fromEntries(read.map((secret) => [secret, checksums.get(secret) ?? ''])));
    const object = structuredClone(resource.object);
    const metadata = podTemplateMetadata(object, true);
    if (!metadata)
        return resource;
    metadata.annotations = {
        ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
        [CHECKSUM_ANNOTATION]: checksum,
    };
    return { ...resource, object };
}
/**
 * Both sides of a diff with the checksum masked, as Secret values are: a hash of a short value can be
 * guessed, so plans only say whether it changed (`*** (before)` / `*** (after)`).
 */
function maskChecksumPair(before, after) {
    const checksumIn = (object) => {
        const annotations = object ? podTemplateMetadata(object)?.annotations : undefined;
        return isRecord(annotations) ? annotations[CHECKSUM_ANNOTATION] : undefined;
    };
    const old = checksumIn(before);
    const next = checksumIn(after);
    const changed = old !== undefined && next !== undefined && old !== next;
    const masked = (object, side) => {
        if (!object || (side === 'before' ? old : next) === undefined)
            return object;
        const copy = structuredClone(object);
        const annotations = podTemplateMetadata(copy)?.annotations;
        annotations[CHECKSUM_ANNOTATION] = changed ? `${MASK} (${side})` : MASK;
        return copy;
    };
    return [masked(before, 'before'), masked(after, 'after')];
}
/** A copy without the checksum: the plan digest leaves it out, as a plan without a token cannot know it. */
function withoutChecksum(object) {
    const copy = structuredClone(object);
    const annotations = podTemplateMetadata(copy)?.annotations;
    if (isRecord(annotations))
        delete annotations[CHECKSUM_ANNOTATION];
    return copy;
}
/** The metadata of a workload's pod template (created when absent and asked to); never a bare Pod's. */
function podTemplateMetadata(object, create = false) {
    const specPath = podSpecPathOf(object);
    if (!specPath || specPath.length < 2)
        return undefined;
    let template = object;
    for (const part of specPath.slice(0, -1)) {
        const next = template[part];
        if (!isRecord(next))
            return undefined;
        template = next;
    }
    if (!isRecord(template.metadata) && create)
        template.metadata = {};
    return isRecord(template.metadata) ? template.metadata : undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var client_node_dist = __webpack_require__(3220);
;// CONCATENATED MODULE: ./src/retry.ts

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
            await (0,promises_.setTimeout)(waitMs);
        }
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
]);
/** Failures that prove the request never reached the server: retrying it cannot act twice. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
/**
 * Whether a failed request may still have taken effect: the connection broke after it was sent, it
 * timed out, or the server failed while handling it (500, 502, 504). 429 and 503 are refusals before
 * any work (rate limits, API priority and fairness), and a refused connection never sent anything.
 */
function mayHaveTakenEffect(error, status) {
    if (status !== undefined)
        return [500, 502, 504].includes(status);
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        const { code } = current;
        if (typeof code === 'string' && NEVER_SENT_CODES.has(code))
            return false;
        current = current.cause;
    }
    return isTransientNetworkError(error);
}
/** A reset, refused or timed-out connection, however deep fetch wrapped it. */
function isTransientNetworkError(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        const { code, name } = current;
        if (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code))
            return true;
        if (name === 'TimeoutError')
            return true;
        current = current.cause;
    }
    return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}

;// CONCATENATED MODULE: ./src/deadline.ts
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/cluster/kubeconfig.ts




/**
 * Where the credentials come from, in kubectl's order of precedence: the input, then $KUBECONFIG
 * (or ~/.kube/config), then the in-cluster service account. Undefined when there are none, which
 * lets plan degrade to validate + render (a pull request from a fork has no secrets).
 */
function loadKubeConfig(settings, env = process.env) {
    const config = new client_node_dist.KubeConfig();
    if (settings.kubeconfig.trim()) {
        config.loadFromString(decodeKubeconfigInput(settings.kubeconfig));
    }
    else if (env.KUBECONFIG || (0,external_node_fs_.existsSync)(`${env.HOME ?? ''}/.kube/config`)) {
        config.loadFromDefault();
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
            throw new UserError(`input "context": the kubeconfig has no context "${settings.context}" (it has: ${known.join(', ') || 'none'})`);
        }
        config.setCurrentContext(settings.context);
    }
    if (!config.getCurrentCluster()) {
        throw new UserError('the kubeconfig has no current context with a cluster; set input "context" to one of its contexts');
    }
    registerCredentials(config);
    return config;
}
/** The user's token, password and client key are secrets like any other: never printed. */
function registerCredentials(config) {
    const user = config.getCurrentUser();
    if (!user)
        return;
    for (const value of [user.token, user.password])
        if (value)
            secretValues.register(value);
    if (user.keyData)
        secretValues.register(Buffer.from(user.keyData, 'base64').toString('utf8'));
}
/** The input holds YAML or base64 of it (as a secret often does). The content itself is never echoed. */
function decodeKubeconfigInput(value) {
    const trimmed = value.trim();
    if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(trimmed))
        return trimmed;
    if (/^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
        if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(decoded))
            return decoded;
    }
    throw new UserError('input "kubeconfig" is neither kubeconfig YAML nor base64 of it; store the file content (e.g. `base64 -w0 ~/.kube/config`) in a secret and pass that');
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

;// CONCATENATED MODULE: ./src/cluster/client.ts







const FIELD_MANAGER = 'kubesync';
class HttpClusterClient {
    config;
    options;
    server;
    http = new client_node_dist.IsomorphicFetchHttpLibrary();
    baseUrl;
    groupVersions = new Map();
    groups = new Map();
    dispatcher;
    constructor(config, options = {}) {
        this.config = config;
        this.options = options;
        this.server = serverHost(config);
        this.baseUrl = (config.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
    }
    async resourceFor(apiVersion, kind) {
        let resources = this.groupVersions.get(apiVersion);
        if (!resources) {
            resources = this.discoverGroupVersion(apiVersion);
            this.groupVersions.set(apiVersion, resources);
        }
        return (await resources)?.get(kind);
    }
    async preferredVersion(group) {
        if (group === '')
            return 'v1';
        let version = this.groups.get(group);
        if (!version) {
            version = this.request('GET', `/apis/${group}`)
                .then((body) => body.preferredVersion?.version)
                .catch((error) => {
                if (isNotFound(error))
                    return undefined;
                throw error;
            });
            this.groups.set(group, version);
        }
        return version;
    }
    refreshDiscovery() {
        this.groupVersions.clear();
        this.groups.clear();
    }
    async get(ref) {
        try {
            return await this.request('GET', await this.objectPath(ref));
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async list(apiVersion, kind, options = {}) {
        const resource = await this.requireResource(apiVersion, kind);
        const items = [];
        let continueToken;
        do {
            const query = { limit: '500' };
            if (options.labelSelector)
                query.labelSelector = options.labelSelector;
            if (continueToken)
                query.continue = continueToken;
            const path = collectionPath(resource, resource.namespaced ? options.namespace : undefined);
            const page = await this.request('GET', path, query);
            // Items of a list carry no apiVersion/kind of their own; put them back, as kubectl does.
            for (const item of page.items ?? [])
                items.push({ apiVersion, kind, ...item });
            continueToken = page.metadata?.continue || undefined;
        } while (continueToken);
        return items;
    }
    async apply(object, options = {}) {
        const query = { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' };
        if (options.force)
            query.force = 'true';
        if (options.dryRun)
            query.dryRun = 'All';
        return this.request('PATCH', await this.objectPath(refOf(object)), query, object, 'application/apply-patch+yaml');
    }
    async create(object) {
        const ref = refOf(object);
        const resource = await this.requireResource(ref.apiVersion, ref.kind);
        const path = collectionPath(resource, ref.namespace);
        // Created by an attempt whose answer was lost: a second POST would only say AlreadyExists.
        return this.request('POST', path, { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' }, object, 'application/json', () => this.get(ref));
    }
    async replace(object) {
        const path = await this.objectPath(refOf(object));
        return this.request('PUT', path, { fieldManager: FIELD_MANAGER, fieldValidation: 'Strict' }, object);
    }
    async reviewAccess(attributes) {
        const review = await this.request('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {}, {
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
            const deleted = !current || (preconditions.uid && metadataOf(current).uid !== preconditions.uid);
            return deleted ? {} : undefined;
        };
        try {
            await this.request('DELETE', await this.objectPath(ref), {}, body, 'application/json', gone);
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    async discoverGroupVersion(apiVersion) {
        const path = groupOf(apiVersion) === '' ? `/api/${apiVersion}` : `/apis/${apiVersion}`;
        let list;
        try {
            list = await this.request('GET', path);
        }
        catch (error) {
            if (isNotFound(error))
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
            throw new KubeApiError(404, 'GET', apiVersion, 'NotFound', `the server has no resource type ${kind} in ${apiVersion}`);
        }
        return resource;
    }
    async objectPath(ref) {
        const resource = await this.requireResource(ref.apiVersion, ref.kind);
        return `${collectionPath(resource, resource.namespaced ? ref.namespace : undefined)}/${encodeURIComponent(ref.name)}`;
    }
    /** The one place HTTP happens: auth from the kubeconfig, a timeout, and retries of transient failures. */
    request(method, path, query = {}, body, contentType = 'application/json', recover) {
        const url = new URL(this.baseUrl + path);
        for (const [name, value] of Object.entries(query))
            url.searchParams.set(name, value);
        // A write that failed after it may have taken effect is checked before it is sent again.
        let uncertain = false;
        const attempt = async () => {
            if (uncertain && recover) {
                const recovered = await recover();
                if (recovered !== undefined)
                    return recovered;
            }
            try {
                return await this.send(method, url, path, body, contentType);
            }
            catch (error) {
                uncertain ||= mayHaveTakenEffect(error, error instanceof KubeApiError ? error.status : undefined);
                if (!(error instanceof KubeApiError))
                    this.dropConnections();
                throw error;
            }
        };
        return withRetry(attempt, classifyKubeFailure, this.options.retry ?? DEFAULT_RETRY, (reason, waitMs, attemptNumber) => this.options.onRetry?.(`${method} ${path}: ${reason}; retry ${attemptNumber} in ${Math.round(waitMs)} ms`));
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
    send(method, url, path, body, contentType) {
        return withDeadline(this.options.requestTimeoutMs ?? 30_000, `${method} ${path}`, async (signal) => {
            const context = new client_node_dist.RequestContext(url.toString(), client_node_dist.HttpMethod[method]);
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
            if (this.dispatcher)
                context.setDispatcher(this.dispatcher);
            const response = await this.http.send(context).toPromise();
            const text = await response.body.text();
            if (response.httpStatusCode >= 400) {
                throw KubeApiError.fromResponse(response.httpStatusCode, method, path, text, response.headers['retry-after']);
            }
            const parsed = text ? JSON.parse(text) : {};
            // Whoever reads a Secret tells the redaction: its values may come back quoted in any message.
            registerSecretsIn(parsed);
            return parsed;
        });
    }
}
function classifyKubeFailure(error) {
    return classifyHttpFailure(error, error instanceof KubeApiError
        ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} ${error.reason}` }
        : undefined);
}
function collectionPath(resource, namespace) {
    const prefix = groupOf(resource.apiVersion) === ''
        ? `/api/${versionOf(resource.apiVersion)}`
        : `/apis/${resource.apiVersion}`;
    return namespace
        ? `${prefix}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}`
        : `${prefix}/${resource.plural}`;
}
function refOf(object) {
    const metadata = (object.metadata ?? {});
    return {
        apiVersion: String(object.apiVersion),
        kind: String(object.kind),
        name: metadata.name ?? '',
        ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** kubesync's version, recorded as the ApplySet tooling. Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cluster/inventory.ts




const PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
const ID_LABEL = 'applyset.kubernetes.io/id';
const TOOLING = 'applyset.kubernetes.io/tooling';
const CONTAINS_GROUP_KINDS = 'applyset.kubernetes.io/contains-group-kinds';
const ADDITIONAL_NAMESPACES = 'applyset.kubernetes.io/additional-namespaces';
const LAST_COMMIT = 'kubesync.io/last-applied-commit';
const LAST_COMMIT_TIME = 'kubesync.io/last-applied-commit-time';
const LAST_DIGEST = 'kubesync.io/last-applied-digest';
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
        this.parentName = `kubesync-${app}`;
        this.id = applySetId(this.parentName, namespace, 'Secret', '');
    }
    get parentRef() {
        return { apiVersion: 'v1', kind: 'Secret', namespace: this.namespace, name: this.parentName };
    }
    async read(client) {
        const parent = await client.get(this.parentRef);
        if (!parent)
            return undefined;
        const metadata = metadataOf(parent);
        const labels = isRecord(metadata.labels) ? metadata.labels : {};
        if (labels[ID_LABEL] !== this.id) {
            throw new UserError(`Secret ${this.namespace}/${this.parentName} exists but is not the ApplySet parent of this app (its ${ID_LABEL} label is not ${this.id}); rename the app or remove that Secret`);
        }
        const annotations = (isRecord(metadata.annotations) ? metadata.annotations : {});
        return {
            groupKinds: splitList(annotations[CONTAINS_GROUP_KINDS]),
            namespaces: [this.namespace, ...splitList(annotations[ADDITIONAL_NAMESPACES])].filter(inventory_unique),
            lastCommit: annotations[LAST_COMMIT],
            lastCommitTime: annotations[LAST_COMMIT_TIME],
            lastDigest: annotations[LAST_DIGEST],
        };
    }
    /** The label every member carries. */
    memberLabels() {
        return { [PART_OF_LABEL]: this.id };
    }
    /** Every object labelled as a member, across the group-kinds and namespaces the parent records. */
    async members(client, state) {
        const members = [];
        for (const groupKind of state.groupKinds) {
            const [kind = '', ...groupParts] = groupKind.split('.');
            const group = groupParts.join('.');
            const version = await client.preferredVersion(group);
            if (!version)
                continue; // the kind's API is gone from the cluster, so are its objects
            const apiVersion = group ? `${group}/${version}` : version;
            const resource = await client.resourceFor(apiVersion, kind);
            if (!resource)
                continue;
            const selector = `${PART_OF_LABEL}=${this.id}`;
            const namespaces = resource.namespaced ? state.namespaces : [undefined];
            for (const namespace of namespaces) {
                const items = await client.list(apiVersion, kind, { namespace, labelSelector: selector });
                // Never trust the selector alone: only objects that carry exactly our label are members.
                members.push(...items.filter((item) => isMember(item, this.id)));
            }
        }
        return members;
    }
    /** The parent Secret recording the given members (and, once applied, the commit). */
    parent(objects, commit) {
        const annotations = {
            [TOOLING]: `kubesync/v${VERSION}`,
            [CONTAINS_GROUP_KINDS]: groupKindsOf(objects).join(','),
            [ADDITIONAL_NAMESPACES]: namespacesOf(objects)
                .filter((namespace) => namespace !== this.namespace)
                .join(','),
        };
        if (commit) {
            annotations[LAST_COMMIT] = commit.sha;
            if (commit.time)
                annotations[LAST_COMMIT_TIME] = commit.time;
            annotations[LAST_DIGEST] = commit.digest;
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
/** `applyset-<base64url(sha256(<name>.<namespace>.<kind>.<group>))>-v1`, as kubectl computes it. */
function applySetId(name, namespace, kind, group) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
    return `applyset-${hash}-v1`;
}
function isMember(object, id) {
    const labels = metadataOf(object).labels;
    return isRecord(labels) && labels[PART_OF_LABEL] === id;
}
/** `Deployment.apps`, `Service`: the GroupKind spelling of the ApplySet annotations, sorted. */
function groupKindsOf(objects) {
    return objects
        .map((object) => {
        const group = groupOf(apiVersionOf(object) ?? '');
        return group ? `${kindOf(object) ?? ''}.${group}` : (kindOf(object) ?? '');
    })
        .filter(inventory_unique)
        .sort();
}
function namespacesOf(objects) {
    return objects
        .map((object) => namespaceOf(object))
        .filter((namespace) => Boolean(namespace))
        .filter(inventory_unique)
        .sort();
}
function splitList(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}
function inventory_unique(value, index, array) {
    return array.indexOf(value) === index;
}

;// CONCATENATED MODULE: ./src/commands/cluster-session.ts





/** The app's name: the input, else the Application's, the Helm release, or the manifest folder's. */
function appNameOf(settings, loaded) {
    if (settings.app)
        return settings.app;
    if (loaded.app)
        return loaded.app.metadata.name;
    if (loaded.declaredName && !dns1035LabelProblem(loaded.declaredName))
        return loaded.declaredName;
    if (loaded.type === 'helm' && settings.helm.release)
        return settings.helm.release;
    const base = external_node_path_default().basename(external_node_path_default().resolve(settings.workspace, settings.manifest)).replace(/\.ya?ml$/i, '');
    const name = base
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50);
    return name || 'app';
}
/** Connects with the configured credentials; undefined when there are none (e.g. a fork's pull request). */
function openClusterSession(settings, app, log, env = process.env) {
    const config = loadKubeConfig(settings.cluster, env);
    if (!config)
        return undefined;
    const client = new HttpClusterClient(config, {
        requestTimeoutMs: settings.requestTimeoutMs,
        onRetry: (message) => log.info(`retrying: ${message}`),
    });
    const context = config.getCurrentContext() || undefined;
    return { client, inventory: new ApplySetInventory(app, settings.namespace), context };
}

;// CONCATENATED MODULE: ./src/plan/order.ts

/**
 * The order kinds are applied in (and deleted in, reversed): what others depend on first. This is the
 * order Helm installs in, which platform teams already know.
 */
const KIND_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
];
/** Namespaces and CRDs go first, in a stage of their own: everything else may need them. */
function isFirstStage(object) {
    const kind = kindOf(object);
    return kind === 'Namespace' || kind === 'CustomResourceDefinition';
}
function rank(object) {
    const index = KIND_ORDER.indexOf(kindOf(object) ?? '');
    return index === -1 ? KIND_ORDER.length : index;
}
/** A stable order: by kind rank, then kind, namespace and name. */
function compareObjects(a, b) {
    return (rank(a) - rank(b) ||
        (kindOf(a) ?? '').localeCompare(kindOf(b) ?? '') ||
        (namespaceOf(a) ?? '').localeCompare(namespaceOf(b) ?? '') ||
        (nameOf(a) ?? '').localeCompare(nameOf(b) ?? ''));
}

;// CONCATENATED MODULE: ./src/apply/replace.ts




/**
 * Deletes the object that has the given UID and waits until the server no longer has it (finalizers
 * and foreground deletion can keep it a while), so that a create of the same name can follow.
 */
async function deleteAndWaitUntilGone(client, ref, uid, options) {
    const preconditions = typeof uid === 'string' ? { uid } : {};
    try {
        await client.delete(ref, 'Foreground', preconditions);
    }
    catch (error) {
        // The precondition failed: the object was already replaced by someone else.
        if (!(error instanceof KubeApiError && error.status === 409))
            throw error;
    }
    // From here on the object goes, whatever happens to the wait.
    options.onDeleted?.();
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        const current = await client.get(ref);
        if (!current || metadataOf(current).uid !== uid)
            return;
        if (Date.now() >= deadline) {
            throw new UserError(`${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: still being deleted for replacement after the timeout (finalizers ${JSON.stringify(metadataOf(current).finalizers ?? [])}); nothing was created in its place`);
        }
        const cancelled = cancellation(options.signal);
        if (cancelled)
            throw cancelled;
        await pause(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())), options.signal);
    }
}

;// CONCATENATED MODULE: ./src/apply/readiness.ts

const ready = (message) => ({ done: true, ok: true, message });
const waiting = (message) => ({ done: false, ok: false, message });
const failed = (message) => ({ done: true, ok: false, message });
function statusOf(object) {
    return isRecord(object.status) ? object.status : {};
}
function readiness_specOf(object) {
    return isRecord(object.spec) ? object.spec : {};
}
function num(value, fallback = 0) {
    return typeof value === 'number' ? value : fallback;
}
function readiness_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function condition(object, type) {
    const conditions = statusOf(object).conditions;
    return Array.isArray(conditions)
        ? conditions.find((entry) => isRecord(entry) && entry.type === type)
        : undefined;
}
function isTrue(object, type) {
    return condition(object, type)?.status === 'True';
}
/** `failed: BackoffLimitExceeded (Job has reached the specified backoff limit)` */
function withCause(summary, cause) {
    return `${summary}${cause.reason ? `: ${cause.reason}` : ''}${cause.message ? ` (${cause.message})` : ''}`;
}
/** The controller has not seen the latest spec yet: nothing in status can be trusted. */
function stale(object) {
    return num(statusOf(object).observedGeneration, -1) < num(metadataOf(object).generation, 0);
}
function isBeingDeleted(object) {
    const timestamp = metadataOf(object).deletionTimestamp;
    return typeof timestamp === 'string' && timestamp !== '';
}
/** `kubectl rollout status` rules for a Deployment. */
function deploymentReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const progressing = condition(object, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return failed(`exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}`);
    }
    const status = statusOf(object);
    const desired = num(readiness_specOf(object).replicas, 1);
    const updated = num(status.updatedReplicas);
    const replicas = num(status.replicas);
    const available = num(status.availableReplicas);
    if (updated < desired)
        return waiting(`${updated}/${desired} replicas updated`);
    if (replicas > updated)
        return waiting(`${replicas - updated} old replicas pending termination`);
    if (available < updated)
        return waiting(`${available}/${desired} replicas ready`);
    return ready(`${available}/${desired} replicas ready`);
}
/**
 * `kubectl rollout status` rules. With a partition, pods below it keep the old revision on purpose, so
 * currentRevision never reaches updateRevision: the rollout is done once the pods from the partition up
 * are updated.
 */
function statefulSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const spec = readiness_specOf(object);
    const strategy = isRecord(spec.updateStrategy) ? spec.updateStrategy : {};
    if (strategy.type === 'OnDelete')
        return ready('updates on delete');
    const status = statusOf(object);
    const desired = num(spec.replicas, 1);
    const readyReplicas = num(status.readyReplicas);
    const updated = num(status.updatedReplicas);
    if (readyReplicas < desired)
        return waiting(`${readyReplicas}/${desired} replicas ready`);
    const partition = isRecord(strategy.rollingUpdate) ? num(strategy.rollingUpdate.partition) : 0;
    if (partition > 0) {
        const toUpdate = Math.max(0, desired - partition);
        if (updated < toUpdate)
            return waiting(`${updated}/${toUpdate} replicas updated (partition ${partition})`);
        return ready(`${readyReplicas}/${desired} replicas ready, ${updated} updated (partition ${partition})`);
    }
    if (status.updateRevision !== status.currentRevision) {
        return waiting(`${updated}/${desired} replicas updated`);
    }
    return ready(`${readyReplicas}/${desired} replicas ready`);
}
function daemonSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the rollout to start');
    const status = statusOf(object);
    const desired = num(status.desiredNumberScheduled);
    const updated = num(status.updatedNumberScheduled);
    const available = num(status.numberAvailable);
    if (updated < desired)
        return waiting(`${updated}/${desired} pods updated`);
    if (available < desired)
        return waiting(`${available}/${desired} pods ready`);
    return ready(`${available}/${desired} pods ready`);
}
function replicaSetReadiness(object) {
    if (stale(object))
        return waiting('waiting for the controller to observe the spec');
    const status = statusOf(object);
    const desired = num(readiness_specOf(object).replicas, 1);
    const available = num(status.availableReplicas);
    const readyReplicas = num(status.readyReplicas);
    const replicas = num(status.replicas);
    const failure = condition(object, 'ReplicaFailure');
    // kstatus keeps a ReplicaFailure (quota, admission) in progress: the controller retries it.
    if (failure?.status === 'True' && available < desired)
        return waiting(withCause('replica failure', failure));
    if (readyReplicas < desired)
        return waiting(`${readyReplicas}/${desired} replicas ready`);
    if (available < desired)
        return waiting(`${available}/${desired} replicas available`);
    if (replicas > desired)
        return waiting(`${replicas - desired} extra replicas pending termination`);
    return ready(`${available}/${desired} replicas ready`);
}
function jobReadiness(object) {
    const failure = condition(object, 'Failed');
    if (failure?.status === 'True')
        return failed(withCause('failed', failure));
    if (isTrue(object, 'Complete'))
        return ready('complete');
    // A suspended Job will not run until someone resumes it; waiting for it would only burn the timeout.
    if (isTrue(object, 'Suspended'))
        return ready('suspended');
    return waiting(`running (${num(statusOf(object).active)} active, ${num(statusOf(object).succeeded)} succeeded)`);
}
function podReadiness(object) {
    const status = statusOf(object);
    switch (status.phase) {
        case 'Succeeded':
            return ready('succeeded');
        case 'Failed':
            return failed(withCause('failed', { reason: readiness_text(status.reason), message: readiness_text(status.message) }));
        case 'Running':
            return isTrue(object, 'Ready') ? ready('running and ready') : waiting('running, not ready');
        default:
            return waiting(typeof status.phase === 'string' ? status.phase.toLowerCase() : 'not scheduled yet');
    }
}
function persistentVolumeClaimReadiness(object) {
    const phase = statusOf(object).phase;
    if (phase === 'Bound')
        return ready('bound');
    if (phase === 'Lost')
        return failed('lost its volume');
    return waiting(`${typeof phase === 'string' ? phase.toLowerCase() : 'pending'}, waiting to be bound`);
}
function customResourceDefinitionReadiness(object) {
    const names = condition(object, 'NamesAccepted');
    // A name conflict with another CRD: it will never be established.
    if (names?.status === 'False')
        return failed(withCause('names not accepted', names));
    return isTrue(object, 'Established') ? ready('established') : waiting('waiting to be established');
}
/** A namespace being deleted is final for this apply: nothing can be created in it any more. */
function namespaceReadiness(object) {
    const phase = statusOf(object).phase;
    if (phase === 'Terminating' || isBeingDeleted(object))
        return failed('namespace is being deleted');
    return ready(phase === 'Active' ? 'active' : 'present');
}
/**
 * Ready at once, even of type LoadBalancer: kstatus would wait for an address only a cloud (or MetalLB)
 * controller assigns, and many clusters, test clusters above all, have none.
 */
function serviceReadiness() {
    return ready('present');
}
/**
 * sigs.k8s.io/cli-utils kstatus for every kind without a rule of its own, plus the Ready condition most
 * operators set (kstatus itself ignores Ready). Without status or conditions an object is ready.
 */
function kstatusReadiness(object) {
    const generation = metadataOf(object).generation;
    const observed = statusOf(object).observedGeneration;
    if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
        return waiting(`waiting for the controller to observe generation ${generation}`);
    }
    const stalled = condition(object, 'Stalled');
    if (stalled?.status === 'True')
        return failed(withCause('stalled', stalled));
    const reconciling = condition(object, 'Reconciling');
    if (reconciling?.status === 'True')
        return waiting(withCause('reconciling', reconciling));
    const readyCondition = condition(object, 'Ready');
    if (readyCondition?.status === 'True')
        return ready('ready');
    // Ready=False is often transient (a dependency not there yet); only Stalled is final.
    if (readyCondition)
        return waiting(withCause('not ready', readyCondition));
    return ready('present');
}
/** The built-in kinds with a rule of their own, with the API group that names them. */
const BUILT_IN = new Map([
    ['Deployment', { group: 'apps', rule: deploymentReadiness }],
    ['StatefulSet', { group: 'apps', rule: statefulSetReadiness }],
    ['DaemonSet', { group: 'apps', rule: daemonSetReadiness }],
    ['ReplicaSet', { group: 'apps', rule: replicaSetReadiness }],
    ['Job', { group: 'batch', rule: jobReadiness }],
    ['Pod', { group: '', rule: podReadiness }],
    ['PersistentVolumeClaim', { group: '', rule: persistentVolumeClaimReadiness }],
    ['Namespace', { group: '', rule: namespaceReadiness }],
    ['Service', { group: '', rule: serviceReadiness }],
    ['CustomResourceDefinition', { group: 'apiextensions.k8s.io', rule: customResourceDefinitionReadiness }],
]);
/** Built-in kinds whose controllers always write status.observedGeneration. */
const REPORTS_OBSERVED_GENERATION = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** The rule for a built-in kind; a custom resource of the same kind name (batch.volcano.sh Job) gets none. */
function builtInRuleFor(object) {
    const builtIn = BUILT_IN.get(kindOf(object) ?? '');
    const apiVersion = apiVersionOf(object);
    if (!builtIn || (apiVersion !== undefined && groupOf(apiVersion) !== builtIn.group))
        return undefined;
    return builtIn.rule;
}
/** Waiting, while the object read back or its controller is behind the generation this apply wrote. */
function behindGeneration(object, generation, builtIn) {
    const observed = statusOf(object).observedGeneration;
    const reportsIt = builtIn
        ? REPORTS_OBSERVED_GENERATION.has(kindOf(object) ?? '')
        : typeof observed === 'number';
    if (!reportsIt)
        return undefined;
    const current = num(metadataOf(object).generation, -1);
    if (current < generation)
        return waiting(`read generation ${current}, waiting for ${generation}`);
    if (num(observed, -1) < generation) {
        return waiting(`waiting for the controller to observe generation ${generation}`);
    }
    return undefined;
}
/** Readiness of any object: built-in kinds by their rules, every other kind by kstatus. */
function readinessOf(object, options = {}) {
    if (!object)
        return waiting('not found yet');
    const builtInRule = builtInRuleFor(object);
    if (isBeingDeleted(object) && builtInRule !== namespaceReadiness)
        return waiting('being deleted');
    const behind = options.generation === undefined
        ? undefined
        : behindGeneration(object, options.generation, builtInRule !== undefined);
    return behind ?? (builtInRule ?? kstatusReadiness)(object);
}
/**
 * An object gone while being waited for (deleted by someone, or its namespace going) fails the wait
 * instead of running out the timeout.
 */
function deletedWhileWaiting(lastSeen) {
    const ttl = readiness_specOf(lastSeen).ttlSecondsAfterFinished;
    return failed(kindOf(lastSeen) === 'Job' && typeof ttl === 'number'
        ? 'deleted while waiting (ttlSecondsAfterFinished removes a finished Job, so how it ended is unknown)'
        : 'deleted while waiting');
}

;// CONCATENATED MODULE: ./src/apply/wait.ts


function shortName(ref) {
    return `${ref.kind.toLowerCase()}/${ref.name}`;
}
/**
 * Polls the objects until each is ready, one fails, or the timeout passes. A failure that is final
 * (ProgressDeadlineExceeded, a failed Job, an object deleted under the wait) ends the wait at once
 * instead of burning the timeout.
 */
async function waitUntilReady(client, refs, options) {
    const deadline = Date.now() + options.timeoutMs;
    const pending = new Map(refs.map((ref) => [ref, undefined]));
    const lastMessage = new Map();
    const lastSeen = new Map();
    for (;;) {
        for (const ref of [...pending.keys()]) {
            const object = await client.get(ref);
            const seen = lastSeen.get(ref);
            const readiness = object === undefined && seen !== undefined
                ? deletedWhileWaiting(seen)
                : readinessOf(object, { generation: ref.generation });
            if (object)
                lastSeen.set(ref, object);
            pending.set(ref, readiness);
            if (lastMessage.get(ref) !== readiness.message) {
                options.log?.(`${shortName(ref)}: ${readiness.message}`);
                lastMessage.set(ref, readiness.message);
            }
            if (readiness.done && readiness.ok)
                pending.delete(ref);
            else if (readiness.done)
                return { ok: false, problems: [{ ref, message: readiness.message }] };
        }
        if (pending.size === 0)
            return { ok: true, problems: [] };
        const cancelled = cancellation(options.signal);
        if (cancelled) {
            return {
                ok: false,
                problems: [...pending].map(([ref, readiness]) => ({
                    ref,
                    message: `${cancelled.message} while waiting: ${readiness?.message ?? 'no status'}`,
                })),
            };
        }
        if (Date.now() >= deadline) {
            const waited = options.timeoutMs < 1000 ? `${options.timeoutMs}ms` : `${Math.round(options.timeoutMs / 1000)}s`;
            return {
                ok: false,
                problems: [...pending].map(([ref, readiness]) => ({
                    ref,
                    message: `not ready after ${waited}: ${readiness?.message ?? 'no status'}`,
                })),
            };
        }
        await pause(Math.min(options.pollMs ?? 2000, Math.max(0, deadline - Date.now())), options.signal);
    }
}
/** `Deployment shop/web: not ready after 5m: 1/2 replicas ready`, one line per problem. */
function describeWaitProblems(result) {
    return result.problems.map(({ ref, message }) => `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: ${message}`);
}

;// CONCATENATED MODULE: ./src/apply/apply.ts







/**
 * Staged server-side apply (fluxcd/pkg ssa ApplyAllStaged): Namespaces and CRDs first, then wait for
 * the CRDs to be established and refresh discovery so their custom resources resolve, then everything
 * else in parallel up to the concurrency bound. Only objects the plan found different are applied.
 */
async function applyChanges(client, changes, options) {
    const toApply = changes.filter((change) => change.desired && (change.action === 'create' || change.action === 'update'));
    const first = toApply.filter((change) => isFirstStage(change.desired ?? {}));
    const rest = toApply.filter((change) => !isFirstStage(change.desired ?? {}));
    const applied = [];
    const failures = [];
    await applyStage(client, first, options, applied, failures);
    const cancelled = () => {
        const error = cancellation(options.signal);
        return error ? [error] : [];
    };
    if (failures.length > 0 || cancelled().length > 0)
        return { applied, failures: [...failures, ...cancelled()] };
    const crds = first
        .filter((change) => change.ref.kind === 'CustomResourceDefinition')
        .map((change) => change.ref);
    if (crds.length > 0) {
        const established = await waitUntilReady(client, crds, {
            timeoutMs: options.timeoutMs,
            pollMs: options.pollMs,
            log: options.log.info,
        });
        if (!established.ok) {
            return {
                applied,
                failures: established.problems.map((problem) => new Error(`${problem.ref.name}: ${problem.message}`)),
            };
        }
        client.refreshDiscovery();
    }
    await applyStage(client, rest, options, applied, failures);
    return { applied, failures: [...failures, ...cancelled()] };
}
async function applyStage(client, changes, options, applied, failures) {
    const limit = (0,p_limit/* default */.A)(options.concurrency);
    await Promise.all(changes.map((change) => limit(async () => {
        if (options.signal?.aborted)
            return;
        let deleted = false;
        try {
            if (change.replace && change.live) {
                await deleteAndWaitUntilGone(client, change.ref, metadataOf(change.live).uid, {
                    ...options,
                    onDeleted: () => {
                        deleted = true;
                    },
                });
            }
            const result = await client.apply(change.desired ?? {}, { force: options.forceConflicts });
            applied.push({ ...change, result });
            options.log.info(`${change.subject}: ${pastTense(change)}`);
        }
        catch (error) {
            failures.push(describeApiError(error, change.subject, change.origin));
            // Deleted for a replacement that then failed: the rollback has to bring it back.
            if (deleted)
                applied.push({ ...change, result: {} });
        }
    })));
}
function pastTense(change) {
    if (change.replace)
        return 'replaced';
    return change.action === 'create' ? 'created' : 'configured';
}

;// CONCATENATED MODULE: ./src/apply/prune.ts




/**
 * Deletes the ApplySet members the plan marked for deletion, dependants first (the apply order
 * reversed). Each object is read again and deleted only if it still carries this set's label, so a
 * prune can never remove an object someone else took over in the meantime.
 */
async function pruneMembers(client, changes, applySetId, propagationPolicy, log) {
    const deletions = changes
        .filter((change) => change.action === 'delete')
        .sort((a, b) => compareObjects(b.live ?? {}, a.live ?? {}));
    const pruned = [];
    const failures = [];
    for (const change of deletions) {
        try {
            const current = await client.get(change.ref);
            if (!current)
                continue;
            if (!isMember(current, applySetId)) {
                log.warning(`${change.subject}: no longer labelled as part of this app; left in place`);
                continue;
            }
            const uid = metadataOf(current).uid;
            // Exactly the object just checked: a 409 means it was replaced since, and is not ours to delete.
            if (await client.delete(change.ref, propagationPolicy, typeof uid === 'string' ? { uid } : {})) {
                pruned.push(change);
                log.info(`${change.subject}: pruned`);
            }
        }
        catch (error) {
            failures.push({ change, error: describeApiError(error, change.subject) });
        }
    }
    return { pruned, failures };
}

;// CONCATENATED MODULE: ./src/apply/record.ts


/** Applying an older commit over a newer one is almost always a delayed run; refuse unless asked. */
function refuseOlderCommit(state, provenance, allowOlder) {
    if (!state?.lastCommitTime || !provenance.commitTime || state.lastCommit === provenance.commit)
        return;
    if (Date.parse(provenance.commitTime) >= Date.parse(state.lastCommitTime))
        return;
    if (allowOlder)
        return;
    throw new UserError(`commit ${provenance.commit.slice(0, 12)} (${provenance.commitTime}) is older than ${state.lastCommit?.slice(0, 12) ?? 'the commit'} (${state.lastCommitTime}), which this app last applied; refusing to go back in time. Set allow-older: true to roll back on purpose`);
}
/**
 * Before the first write, the parent records the union of the old and the new kinds, so that a run
 * interrupted midway can still prune. It keeps the last applied commit until this one succeeds: a
 * failed apply must not erase the record that refuses older commits.
 */
async function recordIntent(client, inventory, plan, state) {
    const newMembers = plan.changes.flatMap((change) => change.desired && isMember(change.desired, inventory.id) ? [change.desired] : []);
    const oldMembers = plan.changes.flatMap((change) => change.live && change.action !== 'create' ? [change.live] : []);
    const lastApplied = state?.lastCommit
        ? { sha: state.lastCommit, time: state.lastCommitTime, digest: state.lastDigest ?? '' }
        : undefined;
    await client.apply(inventory.parent([...newMembers, ...oldMembers], lastApplied), { force: true });
}
/**
 * Records the applied commit and exactly the kinds/namespaces still in the set: orphans, and members
 * whose prune failed, stay members, so the next run sees them and prunes them again.
 */
async function recordCommit(client, inventory, plan, state, provenance, notPruned = []) {
    // Everything kubesync applies is a member, except a Namespace made by create-namespace (never pruned).
    const remaining = new Set(notPruned);
    const members = plan.changes
        .map((change) => change.desired ?? (change.action === 'orphan' || remaining.has(change) ? change.live : undefined))
        .filter((object) => object !== undefined && isMember(object, inventory.id));
    if (!state && members.length === 0)
        return;
    const commit = { sha: provenance.commit, time: provenance.commitTime, digest: plan.digest };
    await client.apply(inventory.parent(members, commit), { force: true });
}

;// CONCATENATED MODULE: ./src/plan/change.ts
function countChanges(changes) {
    const counts = { create: 0, update: 0, delete: 0, unchanged: 0, orphan: 0 };
    for (const change of changes)
        counts[change.action]++;
    return counts;
}
function syncStatusOf(changes) {
    return changes.some((change) => change.action !== 'unchanged' && change.action !== 'orphan')
        ? 'OutOfSync'
        : 'Synced';
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/plan/normalize.ts

/** Annotations that change on every apply or that kubesync writes itself; never part of a diff. */
const PROVENANCE_ANNOTATIONS = ['kubesync.io/commit', 'kubesync.io/run', 'kubesync.io/ref'];
const NOISY_ANNOTATIONS = [
    'kubectl.kubernetes.io/last-applied-configuration',
    'deployment.kubernetes.io/revision',
    ...PROVENANCE_ANNOTATIONS,
];
const SERVER_METADATA = [
    'managedFields',
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'selfLink',
];
/**
 * An object as a reviewer should compare it: without what the server maintains (status, managed
 * fields, resource versions) and without the fields the user asked to ignore. Both sides of a diff go
 * through this, so a field the server defaults shows up on both and cancels out.
 */
function normalize(object, ignore = []) {
    const copy = structuredClone(object);
    delete copy.status;
    if (isRecord(copy.metadata)) {
        for (const field of SERVER_METADATA)
            delete copy.metadata[field];
        if (isRecord(copy.metadata.annotations)) {
            for (const annotation of NOISY_ANNOTATIONS)
                delete copy.metadata.annotations[annotation];
            if (Object.keys(copy.metadata.annotations).length === 0)
                delete copy.metadata.annotations;
        }
    }
    for (const rule of ignore) {
        if (!ruleMatches(rule, object))
            continue;
        for (const pointer of rule.jsonPointers)
            removePointer(copy, pointer);
    }
    return copy;
}
function ruleMatches(rule, object) {
    return (rule.kind === kindOf(object) &&
        rule.group === groupOf(apiVersionOf(object) ?? '') &&
        (rule.name === undefined || rule.name === nameOf(object)) &&
        (rule.namespace === undefined || rule.namespace === namespaceOf(object)));
}
/**
 * The object to send when it already exists, with ignore-differences respected on apply too (Argo CD's
 * RespectIgnoreDifferences): each ignored field the manifest sets carries the live value, so applying never changes
 * what another owner (an HPA, a webhook) set there, and never drops the field either.
 */
function withIgnoredFieldsFromLive(object, live, ignore) {
    const rules = ignore.filter((rule) => ruleMatches(rule, object));
    if (rules.length === 0)
        return object;
    const copy = structuredClone(object);
    for (const pointer of rules.flatMap((rule) => rule.jsonPointers)) {
        // A field the manifest leaves out stays out: sending it would make kubesync one of its owners.
        if (pointerValue(copy, pointer) === undefined)
            continue;
        const value = pointerValue(live, pointer);
        if (value === undefined)
            removePointer(copy, pointer);
        else
            setPointer(copy, pointer, structuredClone(value));
    }
    return copy;
}
function pointerTokens(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function child(value, token) {
    if (Array.isArray(value))
        return value[Number(token)];
    return isRecord(value) ? value[token] : undefined;
}
function pointerValue(object, pointer) {
    return pointerTokens(pointer).reduce(child, object);
}
/** Sets the value an RFC 6901 JSON pointer names, making the maps on the way. */
function setPointer(object, pointer, value) {
    const tokens = pointerTokens(pointer);
    let current = object;
    for (const token of tokens.slice(0, -1)) {
        if (isRecord(current) && current[token] === undefined)
            current[token] = {};
        current = child(current, token);
    }
    const last = tokens[tokens.length - 1];
    if (last === undefined)
        return;
    if (Array.isArray(current) && /^\d+$/.test(last))
        current[Number(last)] = value;
    else if (isRecord(current))
        current[last] = value;
}
/** Removes the value an RFC 6901 JSON pointer names, if it is there. */
function removePointer(object, pointer) {
    const tokens = pointerTokens(pointer);
    const current = tokens.slice(0, -1).reduce(child, object);
    const last = tokens[tokens.length - 1];
    if (last === undefined)
        return;
    if (Array.isArray(current) && /^\d+$/.test(last))
        current.splice(Number(last), 1);
    else if (isRecord(current))
        delete current[last];
}
/** Keys sorted at every level, so that key order never shows up in a diff or a digest. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!isRecord(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
function sameObject(a, b) {
    return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

;// CONCATENATED MODULE: ./src/plan/diff.ts





function toYaml(object) {
    return object ? (0,dist/* stringify */.As)(sortKeys(object), { lineWidth: 0 }) : '';
}
/**
 * A unified diff of two normalized objects as YAML with sorted keys, Secret values (and the checksum
 * of Doppler values) masked. The file names say which side is which, as `kubectl diff` labels them
 * (live / desired).
 */
function diffObjects(subject, before, after, valueSources) {
    const [maskedBefore, maskedAfter] = maskChecksumPair(...maskSecretPair(before, after, valueSources));
    const patch = (0,create/* createTwoFilesPatch */.ss)(before ? `live/${subject}` : '/dev/null', after ? `desired/${subject}` : '/dev/null', toYaml(maskedBefore), toYaml(maskedAfter), '', '', { context: 3 });
    // The first line is a row of "=" that carries no information.
    return patch.replace(/^=+\n/, '');
}

;// CONCATENATED MODULE: ./src/plan/digest.ts




/**
 * A stable hash of what a plan would do: every desired object (normalized, Secret values masked so the
 * digest can be published, and without the checksum of Doppler values, which a plan without a token
 * cannot know) and every change's action. Same manifests against the same cluster give
 * the same digest on every run; a PR's digest that differs at merge time means the plan went stale.
 */
function planDigest(changes, ignore = []) {
    const entries = changes
        .map((change) => ({
        subject: change.subject,
        action: change.action,
        desired: change.desired
            ? sortKeys(maskSecret(withoutChecksum(normalize(change.desired, ignore))))
            : null,
    }))
        .sort((a, b) => a.subject.localeCompare(b.subject));
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/plan/immutable.ts

/**
 * How the API server words a refusal to change a field in place: a Job's template or a Deployment's
 * selector ("field is immutable"), a Service's clusterIP ("may not change once set"), a PVC's spec
 * ("spec is immutable after creation"), a StatefulSet's spec beyond the fields it may update.
 */
const IMMUTABLE = [
    /field is immutable/,
    /is immutable after creation/,
    /may not change once set/,
    /updates to statefulset spec for fields other than/,
];
/** The fields an update may not change in place, or undefined when the refusal is for another reason. */
function immutableFields(error) {
    if (!(error instanceof KubeApiError) || error.status !== 422)
        return undefined;
    const immutable = (text) => IMMUTABLE.some((pattern) => pattern.test(text));
    if (error.causes.length === 0)
        return immutable(error.apiMessage) ? ['spec'] : undefined;
    // Any other invalid field is an error to fix, which a replacement would not cure.
    if (!error.causes.every((cause) => immutable(cause.message ?? '')))
        return undefined;
    return [...new Set(error.causes.map((cause) => cause.field ?? 'spec'))];
}

;// CONCATENATED MODULE: ./src/cluster/rejected-fields.ts

/**
 * Every field of `object` that an API rejection names, as a path into `object`. A field the object
 * does not have is cut to its longest existing prefix, and its message then names the server's field.
 * Empty when the rejection names no field of the object.
 */
function rejectedFields(error, object) {
    const named = error.causes.some((cause) => cause.field)
        ? fieldsOfCauses(error.causes)
        : fieldsInMessage(error.apiMessage);
    return named.flatMap(({ field, message, isSentValue }) => {
        const { path, complete } = resolve(object, field, isSentValue ?? (() => true));
        if (path.length === 0)
            return [];
        return [{ path, field, message: complete ? message : `${field}: ${message}` }];
    });
}
function fieldsOfCauses(causes) {
    return causes.flatMap(({ field, message, reason }) => field ? [{ field, message: message ?? reason ?? '' }] : []);
}
/** The fields named in the message of a rejection that has no `details.causes`. */
function fieldsInMessage(message) {
    // Server-side apply (500 in 1.26): `...): .spec.foo: field not declared in schema`, or several
    // after `errors:`, one per line.
    const typedPatch = /failed to create typed patch object \([^)]*\): ([\s\S]*)/.exec(message);
    if (typedPatch) {
        return (typedPatch[1] ?? '')
            .replace(/^errors:\n/, '')
            .split('\n')
            .flatMap((line) => splitField(line.trim()) ?? []);
    }
    // Create or update with fieldValidation=Strict (400).
    const strict = /strict decoding error: (.*)/.exec(message);
    if (strict) {
        return [...(strict[1] ?? '').matchAll(/(unknown|duplicate) field "((?:[^"\\]|\\.)*)"/g)].map(([, problem, field]) => ({ field: field ?? '', message: `${problem} field` }));
    }
    // Create or update with a value of the wrong JSON type (400); Go names the field without list indexes.
    const unmarshal = /cannot unmarshal (\w+)(?: \S+)? into Go struct field \w+\.(\S+) of type (\S+)/.exec(message);
    if (unmarshal) {
        const [, sentType, field = '', goType] = unmarshal;
        return [
            {
                field,
                message: `cannot unmarshal ${sentType} into ${goType}`,
                isSentValue: (value) => jsonTypeOf(value) === sentType,
            },
        ];
    }
    // 422 Invalid: `Deployment.apps "web" is invalid: spec.replicas: ...`, several as `[a: ..., b: ...]`.
    const invalid = / is invalid: ([\s\S]*)/.exec(message);
    if (invalid) {
        const list = invalid[1] ?? '';
        return invalidFields(list.startsWith('[') && list.endsWith(']') ? list.slice(1, -1) : list);
    }
    return [];
}
/** Messages contain `, ` too, so a part that does not start with a field continues the one before. */
function invalidFields(list) {
    const fields = [];
    for (const part of list.split(', ')) {
        const named = splitField(part);
        const previous = fields.at(-1);
        if (named)
            fields.push(named);
        else if (previous)
            previous.message += `, ${part}`;
    }
    return fields;
}
/** `spec.ports[0].port: Invalid value: 0` into the field and its message; undefined if no field leads. */
function splitField(text) {
    if (!/^\.?[A-Za-z_]/.test(text))
        return undefined;
    let depth = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text.charAt(index);
        if (char === '[')
            depth++;
        else if (char === ']')
            depth--;
        else if (depth > 0)
            continue;
        else if (char === ':' && text.charAt(index + 1) === ' ') {
            return { field: text.slice(0, index), message: text.slice(index + 2) };
        }
        else if (/\s/.test(char))
            return undefined;
    }
    return undefined;
}
const NOT_FOUND = { path: [], complete: false, isSentValue: false };
/**
 * The path of `field` in `node`. The field's text is read against the object, because a map key may
 * hold dots (`.metadata.labels.app.kubernetes.io/name`) and `[...]` may be an index, a map key
 * (`data[bad key!]`) or a server-side apply key (`[name="web"]`, `[port=80,protocol="TCP"]`, `[="a"]`).
 */
function resolve(node, field, isSentValue) {
    const rest = field.startsWith('.') ? field.slice(1) : field;
    if (rest === '')
        return resolveEnd(node, isSentValue);
    if (rest.startsWith('[')) {
        const end = rest.indexOf(']');
        if (end === -1)
            return NOT_FOUND;
        const inside = rest.slice(1, end);
        const step = Array.isArray(node)
            ? itemIndex(node, inside)
            : isRecord(node) && Object.hasOwn(node, inside)
                ? inside
                : undefined;
        if (step === undefined)
            return NOT_FOUND;
        return within(step, resolve(childOf(node, step), rest.slice(end + 1), isSentValue));
    }
    if (isRecord(node)) {
        const key = Object.keys(node)
            .filter((candidate) => rest.startsWith(candidate) && /^(?:$|[.[])/.test(rest.slice(candidate.length)))
            .sort((a, b) => b.length - a.length)[0];
        if (key === undefined)
            return NOT_FOUND;
        return within(key, resolve(node[key], rest.slice(key.length), isSentValue));
    }
    if (Array.isArray(node)) {
        // Go's JSON errors name a field inside a list without saying which item holds it.
        const items = node.map((item, index) => within(index, resolve(item, rest, isSentValue)));
        return items.find((item) => item.isSentValue) ?? items.find((item) => item.complete) ?? NOT_FOUND;
    }
    return NOT_FOUND;
}
function resolveEnd(node, isSentValue) {
    if (isSentValue(node))
        return { path: [], complete: true, isSentValue: true };
    // Go's JSON errors name a map or list of the wrong values, not which value it is.
    const entries = Array.isArray(node) ? [...node.entries()] : isRecord(node) ? Object.entries(node) : [];
    const wrong = entries.find(([, value]) => isSentValue(value));
    return wrong
        ? { path: [wrong[0]], complete: true, isSentValue: true }
        : { path: [], complete: true, isSentValue: false };
}
function within(step, resolution) {
    return { ...resolution, path: [step, ...resolution.path] };
}
function childOf(node, step) {
    if (Array.isArray(node))
        return node[step];
    return isRecord(node) ? node[step] : undefined;
}
/** The index in `list` that `[0]`, `[name="web"]`, `[containerPort=80,protocol="TCP"]` or `[="a"]` names. */
function itemIndex(list, inside) {
    if (/^\d+$/.test(inside))
        return Number(inside) < list.length ? Number(inside) : undefined;
    if (inside.startsWith('=')) {
        const value = parseKeyValue(inside.slice(1));
        const index = list.indexOf(value);
        return index === -1 ? undefined : index;
    }
    const keys = [...inside.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|[^,]*)/g)].map(([, name = '', value = '']) => [name, parseKeyValue(value)]);
    if (keys.length === 0)
        return undefined;
    const matches = (item, missingMatches) => isRecord(item) &&
        keys.some(([name]) => item[name] !== undefined) &&
        keys.every(([name, value]) => item[name] === value || (missingMatches && item[name] === undefined));
    // The server fills in key fields the object leaves out with their defaults (a port's protocol: "TCP").
    let index = list.findIndex((item) => matches(item, false));
    if (index === -1)
        index = list.findIndex((item) => matches(item, true));
    return index === -1 ? undefined : index;
}
function parseKeyValue(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** The JSON type as Go's encoding/json names it in `cannot unmarshal <type> into ...`. */
function jsonTypeOf(value) {
    if (Array.isArray(value))
        return 'array';
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return 'bool';
    return typeof value;
}

;// CONCATENATED MODULE: ./src/plan/rejections.ts






const SERVER_REJECTED_RULE = 'server-rejected';
/**
 * The API server refused objects of the manifests in a dry run. Each refusal is a finding on the line
 * of the field it names (the object's first line when it names none), reported like validate's.
 */
class ServerRejection extends UserError {
    findings;
    objects;
    constructor(findings, objects, total) {
        super(`the API server refused ${objects} of ${total} objects in a dry run; nothing was applied:\n${findings.map((finding) => `  ${formatFinding(finding)}`).join('\n')}`);
        this.findings = findings;
        this.objects = objects;
    }
}
/**
 * Whether the refusal is about the object as written (invalid values, unknown fields, wrong types,
 * an admission webhook's denial) rather than about credentials, a missing namespace or the network.
 * 1.26 answers a server-side apply of an undeclared field with a 500 (kubernetes#122480).
 */
function isContentRejection(error) {
    if (!(error instanceof KubeApiError))
        return false;
    if (error.status === 400 || error.status === 422)
        return true;
    return error.status === 500 && /failed to create typed patch object/.test(error.apiMessage);
}
function rejectionFindings(error, object, resource) {
    const subject = describeObject(object);
    const fields = rejectedFields(error, object);
    if (fields.length === 0) {
        const described = describeApiError(error, subject);
        return [
            errorAt(resource.origin, SERVER_REJECTED_RULE, `${described.message}; the API server refused it`),
        ];
    }
    return fields.map((field) => errorAt(resource.locate(field.path), SERVER_REJECTED_RULE, `${subject}: the API server refused it: ${field.message.startsWith(`${field.field}: `) ? field.message : `${field.field.replace(/^\./, '')}: ${field.message}`}`));
}

;// CONCATENATED MODULE: ./src/plan/plan.ts














/**
 * What applying would do, asked of the API server itself: each desired object is server-side applied
 * with dryRun=All (so defaults, admission and conflicts are real) and compared with the live object,
 * both normalized. Members of the app's ApplySet that are no longer desired become deletes (with
 * prune) or orphans. Every dry-run failure is collected; any failure fails the plan.
 */
async function planChanges(client, desired, inventory, state, options) {
    const limit = (0,p_limit/* default */.A)(options.concurrency);
    const failures = [];
    const namespaces = await readNamespaces(client, desired);
    // The set's members, listed once per kind and namespace: the live state of most desired objects
    // (one LIST instead of a GET each), and what prune would delete.
    const members = state ? await inventory.members(client, state) : [];
    const listed = new Map(members.map((member) => [versionedIdentity(member), member]));
    const planned = await Promise.all(desired.map((item) => limit(async () => {
        try {
            return await planOne(client, item, namespaces, listed, options);
        }
        catch (error) {
            failures.push({ error, item });
            return undefined;
        }
    })));
    if (failures.length > 0)
        throw planFailure(failures, desired.length);
    const changes = planned.filter((change) => change !== undefined);
    if (state)
        changes.push(...plannedRemovals(desired, members, options.prune));
    changes.sort((a, b) => compareObjects(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
    return {
        changes,
        counts: countChanges(changes),
        syncStatus: syncStatusOf(changes),
        digest: planDigest(changes, options.ignoreDifferences),
    };
}
/**
 * Refusals of the objects as written become findings on their lines; anything else (credentials, a
 * missing namespace, the network) is an error naming each object.
 */
function planFailure(failures, total) {
    if (failures.every(({ error }) => isContentRejection(error))) {
        const findings = failures.flatMap(({ error, item }) => rejectionFindings(error, item.object, item.resource));
        return new ServerRejection(findings, failures.length, total);
    }
    const messages = failures.map(({ error, item }) => describeApiError(error, describeObject(item.object), item.resource.origin).message);
    return new UserError(`the API server refused ${failures.length} of ${total} objects in a dry run; nothing was applied:\n${messages.map((message) => `  ${message}`).join('\n')}`);
}
/**
 * Reads every namespace the objects land in. One being deleted fails the plan at once: nothing can be
 * created in it, and waiting would only end in a timeout.
 */
async function readNamespaces(client, desired) {
    const declared = new Set(desired.filter(({ object }) => object.kind === 'Namespace').map(({ object }) => refOf(object).name));
    const used = new Set(desired.flatMap(({ object }) => namespaceOf(object) ?? []));
    const pending = new Set();
    for (const name of used) {
        const state = await readNamespaceState(client, name);
        if (state === 'terminating')
            throw terminatingNamespace(name);
        if (state === 'missing' && declared.has(name))
            pending.add(name);
    }
    return { pending };
}
async function planOne(client, item, namespaces, listed, options) {
    const { resource } = item;
    const ref = refOf(item.object);
    const subject = describeObject(item.object);
    // Not listed: new, or not yet labelled as a member (adopted), so asked for by name.
    const live = item.awaitsCrd
        ? undefined
        : (listed.get(versionedIdentity(item.object)) ?? (await client.get(ref)));
    const object = live ? withIgnoredFieldsFromLive(item.object, live, options.ignoreDifferences) : item.object;
    const base = { subject, ref, origin: resource.origin, desired: object, live };
    const compare = (after, extra) => {
        const before = live ? normalize(live, options.ignoreDifferences) : undefined;
        const normalized = normalize(after, options.ignoreDifferences);
        const action = !live ? 'create' : sameObject(before, normalized) ? 'unchanged' : 'update';
        const diff = action === 'unchanged' ? '' : diffObjects(subject, before, normalized, resource.valueSources);
        return { ...base, action, diff, ...extra };
    };
    const pendingNamespace = ref.namespace && namespaces.pending.has(ref.namespace) ? ref.namespace : undefined;
    if (item.awaitsCrd || pendingNamespace) {
        // The server cannot dry-run it before this same apply creates its CRD or namespace.
        const reason = item.awaitsCrd
            ? `its CRD is created by this apply`
            : `its namespace ${pendingNamespace ?? ''} is created by this apply`;
        return compare(object, {
            note: `planned from the manifest: ${reason}, so the server cannot dry-run it yet`,
        });
    }
    try {
        return compare(await client.apply(object, { dryRun: true, force: options.forceConflicts }), {});
    }
    catch (error) {
        if (error instanceof KubeApiError && error.status === 409 && !options.forceConflicts) {
            // Another tool changed fields we set (drift, e.g. kubectl scale): show what applying would
            // change, as a forced dry run sees it, and carry the conflict for apply to refuse on.
            const conflict = describeApiError(error, subject, resource.origin).message;
            return compare(await client.apply(object, { dryRun: true, force: true }), { conflict });
        }
        const fields = live ? immutableFields(error) : undefined;
        // A refusal says which verb is missing only with what was known: whether the object existed.
        if (!fields && error instanceof KubeApiError && error.status === 403)
            throw describeApiError(error, subject, resource.origin, { exists: live !== undefined });
        if (!fields)
            throw error;
        const allowed = options.forceReplace || replaceAnnotated(object);
        return compare(object, {
            replace: { fields, allowed },
            note: `replace required: ${fields.join(', ')} ${fields.length > 1 ? 'are' : 'is'} immutable; ${allowed ? 'apply deletes the object and creates it again' : `apply refuses unless force-replace: true or the annotation ${REPLACE_ANNOTATION}: "true"`}`,
        });
    }
}
const REPLACE_ANNOTATION = 'kubesync.io/replace';
function replaceAnnotated(object) {
    const annotations = metadataOf(object).annotations;
    return isRecord(annotations) && annotations[REPLACE_ANNOTATION] === 'true';
}
function plannedRemovals(desired, members, prune) {
    const wanted = new Set(desired.map(({ object }) => identity(object)));
    return members
        .filter((member) => !wanted.has(identity(member)))
        .map((member) => {
        const subject = describeObject(member);
        return {
            subject,
            ref: refOf(member),
            action: prune ? 'delete' : 'orphan',
            diff: prune ? diffObjects(subject, normalize(member), undefined) : '',
            live: member,
        };
    });
}
/** The same with the version: a member listed in another version than the one desired is read again. */
function versionedIdentity(object) {
    return `${refOf(object).apiVersion}/${identity(object)}`;
}
/** Group, kind, namespace and name: the same object whatever version it is written in. */
function identity(object) {
    const ref = refOf(object);
    return `${groupOf(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

;// CONCATENATED MODULE: ./src/apply/refusals.ts


/** Why apply must not start with these changes: one line per change that cannot be applied as planned. */
function refusalsOf(changes) {
    return changes.flatMap((change) => refusalOf(change) ?? []);
}
function refusalOf(change) {
    if (change.conflict)
        return change.conflict;
    if (!change.replace || change.replace.allowed)
        return undefined;
    const fields = change.replace.fields.join(', ');
    return `${change.origin ? `${formatOrigin(change.origin)}: ` : ''}${change.subject}: the update changes ${fields}, which the API server does not change in place (immutable). Set force-replace: true, or the annotation ${REPLACE_ANNOTATION}: "true" on this object, to delete it and create it again (its pods or data go with it), or leave ${fields} as it is`;
}

;// CONCATENATED MODULE: ./src/apply/owned-fields.ts

/** The fields a manager owns on the main resource through the given operation (never status). */
function ownedFields(object, manager, operation = 'Apply') {
    const entries = object ? metadataOf(object).managedFields : undefined;
    if (!Array.isArray(entries))
        return {};
    return entries
        .filter((entry) => entry.manager === manager && entry.operation === operation && !entry.subresource)
        .reduce((union, entry) => unionOf(union, asFieldSet(entry.fieldsV1)), {});
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
    if (isRecord(value))
        return extractMap(value, fields);
    return structuredClone(value);
}
function extractList(items, fields) {
    const picked = [];
    for (const [key, child] of Object.entries(fields)) {
        if (key.startsWith('k:')) {
            const keys = parseJson(key.slice(2));
            if (!isRecord(keys))
                continue;
            const index = items.findIndex((item) => isRecord(item) && matchesKeys(item, keys));
            const item = items[index];
            if (!isRecord(item))
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
    return isRecord(value) ? value : {};
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/apply/rollback.ts






/**
 * Puts back what an apply changed, with the same field manager and operation the apply used (a PUT
 * would leave a second owner, `kubesync` with operation Update, that the next apply conflicts with).
 * Objects it updated get back the fields kubesync managed before, with their values from before;
 * fields only this apply added are released, so the server removes them. Objects it created are
 * deleted, on the condition that they are still the ones it created.
 */
async function rollBack(client, applied, options) {
    const restored = [];
    const failures = [];
    for (const change of [...applied].reverse()) {
        try {
            const line = await rollBackOne(client, change, options);
            restored.push(`${change.subject}: ${line}`);
            options.log.info(`${change.subject}: ${line}`);
        }
        catch (error) {
            failures.push(describeApiError(error, `rollback of ${change.subject}`, change.origin));
        }
    }
    return { restored, failures };
}
async function rollBackOne(client, change, options) {
    const uid = metadataOf(change.result).uid;
    if (change.action === 'create' || !change.live) {
        try {
            await client.delete(change.ref, 'Background', { uid: typeof uid === 'string' ? uid : undefined });
            return 'deleted (created by this apply)';
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 409)
                return 'left in place (replaced by someone else since)';
            throw error;
        }
    }
    const current = await client.get(change.ref);
    const previous = previousState(change.live, current);
    if (change.replace && current) {
        // Its previous form differs in a field the server will not change in place: replace it back.
        await deleteAndWaitUntilGone(client, change.ref, metadataOf(current).uid, options);
    }
    await client.apply(previous, { force: true });
    return 'restored';
}
/**
 * What kubesync last applied, as the server holds it: the fields it owned before this apply (and those
 * this apply took), with their values from before. Applying this releases every field the failed
 * apply added and owned alone.
 */
function previousState(live, current) {
    const fields = unionOf(ownedFields(live, FIELD_MANAGER), ownedFields(current, FIELD_MANAGER));
    const extracted = extractFields(live, fields);
    const metadata = metadataOf(live);
    return {
        ...extracted,
        apiVersion: live.apiVersion,
        kind: live.kind,
        metadata: {
            ...metadataOf(extracted),
            name: metadata.name,
            ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/secrets/secret-references.ts




const MISSING_SECRET_RULE = 'secret-ref';
function keysOf(secret, valueSources) {
    const keys = new Set(Object.keys(valueSources ?? {}));
    for (const field of ['data', 'stringData']) {
        const values = secret[field];
        if (isRecord(values))
            for (const key of Object.keys(values))
                keys.add(key);
    }
    return keys;
}
/**
 * Every Secret and key a workload reads (secretKeyRef, envFrom, secret volumes) must exist, in these
 * manifests or in the cluster, or its pods never start (CreateContainerConfigError). One warning per
 * missing Secret or key, at the line that references it; `optional: true` references are skipped.
 */
async function checkSecretReferences(client, desired) {
    const applied = new Map();
    for (const { object, resource } of desired) {
        if (kindOf(object) === 'Secret')
            applied.set(`${namespaceOf(object) ?? ''}/${nameOf(object) ?? ''}`, keysOf(object, resource.valueSources));
    }
    const live = new Map();
    const liveKeys = (namespace, name) => {
        const id = `${namespace}/${name}`;
        let keys = live.get(id);
        if (!keys) {
            keys = client
                .get({ apiVersion: 'v1', kind: 'Secret', namespace, name })
                .then((secret) => (secret ? keysOf(secret) : undefined))
                .catch((error) => {
                throw describeApiError(error, `Secret ${id}, which a workload reads`);
            });
            live.set(id, keys);
        }
        return keys;
    };
    const findings = [];
    for (const { object, resource } of desired) {
        const namespace = namespaceOf(object) ?? 'default';
        for (const use of podSecretUses(object)) {
            if (use.optional)
                continue;
            const id = `${namespace}/${use.secret}`;
            const keys = applied.get(id) ?? (await liveKeys(namespace, use.secret));
            const where = `${kindOf(object) ?? ''} ${nameOf(object) ?? ''} ${use.via}`;
            const origin = resource.locate(use.path);
            if (!keys) {
                findings.push(warningAt(origin, MISSING_SECRET_RULE, `${where} reads Secret ${id}, which is neither in the cluster nor in these manifests; its pods will not start until it exists`));
                continue;
            }
            for (const key of use.keys.filter((key) => !keys.has(key))) {
                findings.push(warningAt(origin, MISSING_SECRET_RULE, `${where} reads key "${key}" of Secret ${id}, which has no such key; its pods will not start until it does`));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/plan/desired.ts






/**
 * Makes loaded objects what will be sent: the default namespace on namespaced kinds (as the cluster's
 * discovery says), the ApplySet member label, and provenance annotations. A kind the cluster does not
 * serve is an error at its line, unless a CRD in the same manifests defines it.
 */
async function prepareDesired(client, resources, options) {
    const scopes = new ScopeCatalog(resources);
    const problems = [];
    const desired = [];
    for (const resource of resources) {
        const apiVersion = apiVersionOf(resource.object) ?? '';
        const kind = kindOf(resource.object) ?? '';
        let discovered;
        try {
            discovered = await client.resourceFor(apiVersion, kind);
        }
        catch (error) {
            throw describeApiError(error, `discovery of ${apiVersion}`, resource.origin);
        }
        const crdScope = scopes.crdScopeOf(apiVersion, kind);
        if (!discovered && !crdScope) {
            problems.push(`${formatOrigin(resource.origin)}: the cluster does not serve ${kind} in ${apiVersion}; install its CRD first (or add it to these manifests), or check apiVersion and kind`);
            continue;
        }
        const namespaced = discovered ? discovered.namespaced : crdScope === 'Namespaced';
        desired.push({
            object: decorate(resource.object, namespaced, options),
            resource,
            awaitsCrd: !discovered,
        });
    }
    if (problems.length > 0)
        throw new UserError(problems.join('\n'));
    if (options.createNamespace)
        await addNamespace(client, desired, options);
    return desired;
}
function decorate(object, namespaced, options) {
    const copy = structuredClone(object);
    const metadata = isRecord(copy.metadata) ? copy.metadata : {};
    if (namespaced)
        metadata.namespace =
            typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : options.namespace;
    else
        delete metadata.namespace;
    metadata.labels = {
        ...(isRecord(metadata.labels) ? metadata.labels : {}),
        ...options.inventory.memberLabels(),
    };
    metadata.annotations = {
        ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
        'kubesync.io/commit': options.provenance.commit,
        'kubesync.io/run': options.provenance.run,
        'kubesync.io/ref': options.provenance.ref,
    };
    copy.metadata = metadata;
    return copy;
}
/** `create-namespace`: the target namespace, created when absent and never pruned (not a set member). */
async function addNamespace(client, desired, options) {
    const declared = desired.some(({ object }) => kindOf(object) === 'Namespace' && refOf(object).name === options.namespace);
    if (declared)
        return;
    const ref = { apiVersion: 'v1', kind: 'Namespace', name: options.namespace };
    if (await client.get(ref))
        return;
    const object = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: options.namespace } };
    const origin = { file: 'input create-namespace', line: 1, column: 1 };
    desired.unshift({ object, resource: { object, origin, locate: () => origin }, awaitsCrd: false });
}

;// CONCATENATED MODULE: ./src/manifests/app-render.ts


const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const NAME_LABEL = 'app.kubernetes.io/name';
/** The Secret that holds an app's Doppler-sourced values, one key per environment variable. */
function dopplerSecretName(appName) {
    return `${appName}-doppler`;
}
/**
 * Renders an Application to the Kubernetes objects that run it. Each object locates its fields back in
 * the Application file, so a finding on a rendered Deployment points at the line of pipeops.yaml.
 */
function renderApplication(app, origins, options) {
    const { name } = app.metadata;
    const spec = app.spec;
    const labels = { [NAME_LABEL]: name, [MANAGED_BY_LABEL]: 'kubesync', ...app.metadata.labels };
    const metadata = { name, labels };
    const port = spec.network?.port;
    const autoscaled = spec.autoscale?.enabled === true;
    const resources = [];
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
            // With an HPA the replica count belongs to it; kubesync setting it too would undo every scale.
            ...(autoscaled ? {} : { replicas: spec.deploy?.replicas ?? 1 }),
            selector: { matchLabels: { [NAME_LABEL]: name } },
            strategy: { type: spec.deploy?.strategy === 'recreate' ? 'Recreate' : 'RollingUpdate' },
            template: {
                metadata: { labels: { ...app.metadata.labels, [NAME_LABEL]: name } },
                spec: {
                    containers: [
                        {
                            name,
                            image: options.image,
                            ...(port ? { ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }] } : {}),
                            ...(spec.env?.length ? { env: spec.env.map((env) => renderEnvVar(env, name)) } : {}),
                            ...renderResources(spec.resources),
                        },
                    ],
                },
            },
        },
    };
    const container = ['spec', 'template', 'spec', 'containers', 0];
    resources.push(resourceAt(deployment, locator(origins, [
        [
            [...container, 'image'],
            ['spec', 'image'],
        ],
        [
            [...container, 'env'],
            ['spec', 'env'],
        ],
        [
            [...container, 'resources'],
            ['spec', 'resources'],
        ],
        [
            [...container, 'ports'],
            ['spec', 'network', 'port'],
        ],
        [
            ['spec', 'replicas'],
            ['spec', 'deploy', 'replicas'],
        ],
        [
            ['spec', 'strategy'],
            ['spec', 'deploy', 'strategy'],
        ],
    ])));
    const dopplerSecret = renderDopplerSecret(app, origins, metadata);
    if (dopplerSecret)
        resources.push(dopplerSecret);
    if (port) {
        const service = {
            apiVersion: 'v1',
            kind: 'Service',
            metadata,
            spec: {
                type: 'ClusterIP',
                selector: { [NAME_LABEL]: name },
                ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }],
            },
        };
        resources.push(resourceAt(service, locator(origins, [[['spec'], ['spec', 'network', 'port']]])));
    }
    if (autoscaled && spec.autoscale) {
        const { minReplicas, maxReplicas, targetCPU } = spec.autoscale;
        const hpa = {
            apiVersion: 'autoscaling/v2',
            kind: 'HorizontalPodAutoscaler',
            metadata,
            spec: {
                scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
                minReplicas: minReplicas ?? spec.deploy?.replicas ?? 1,
                maxReplicas,
                metrics: [
                    {
                        type: 'Resource',
                        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: targetCPU ?? 80 } },
                    },
                ],
            },
        };
        resources.push(resourceAt(hpa, locator(origins, [[['spec'], ['spec', 'autoscale']]])));
    }
    const domains = spec.network?.domains ?? [];
    if (spec.network?.public && port && domains.length > 0) {
        const ingress = {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'Ingress',
            metadata,
            spec: {
                ...(options.ingressClass ? { ingressClassName: options.ingressClass } : {}),
                tls: domains.map((host) => ({ hosts: [host], secretName: tlsSecretName(name, host) })),
                rules: domains.map((host) => ({
                    host,
                    http: {
                        paths: [
                            { path: '/', pathType: 'Prefix', backend: { service: { name, port: { name: 'http' } } } },
                        ],
                    },
                })),
            },
        };
        resources.push(resourceAt(ingress, locator(origins, [
            [
                ['spec', 'rules'],
                ['spec', 'network', 'domains'],
            ],
            [
                ['spec', 'tls'],
                ['spec', 'network', 'domains'],
            ],
            [['spec'], ['spec', 'network']],
        ])));
    }
    return resources;
}
/**
 * The Secret the Doppler-sourced variables read, without data: its values are fetched at apply time,
 * and only `valueSources` says where each comes from.
 */
function renderDopplerSecret(app, origins, metadata) {
    const sources = {};
    const lines = [];
    (app.spec.env ?? []).forEach((env, index) => {
        if (typeof env.valueFrom !== 'string' || !parseDopplerRef(env.valueFrom))
            return;
        sources[env.name] = env.valueFrom;
        lines.push([
            ['data', env.name],
            ['spec', 'env', index, 'valueFrom'],
        ]);
    });
    if (lines.length === 0)
        return undefined;
    const secret = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { ...metadata, name: dopplerSecretName(app.metadata.name) },
        type: 'Opaque',
    };
    return {
        ...resourceAt(secret, locator(origins, [...lines, [['data'], ['spec', 'env']]])),
        valueSources: sources,
    };
}
function renderEnvVar(env, appName) {
    if (env.value !== undefined)
        return { name: env.name, value: env.value };
    if (typeof env.valueFrom === 'string' && parseDopplerRef(env.valueFrom)) {
        return {
            name: env.name,
            valueFrom: { secretKeyRef: { name: dopplerSecretName(appName), key: env.name } },
        };
    }
    if (typeof env.valueFrom === 'object') {
        const { name, key } = env.valueFrom.secretRef;
        return { name: env.name, valueFrom: { secretKeyRef: { name, key } } };
    }
    return { name: env.name };
}
function renderResources(resources) {
    if (!resources || (resources.cpu === undefined && resources.memory === undefined))
        return {};
    const amounts = {};
    if (resources.cpu !== undefined)
        amounts.cpu = resources.cpu;
    if (resources.memory !== undefined)
        amounts.memory = resources.memory;
    return { resources: { requests: { ...amounts }, limits: { ...amounts } } };
}
/** One TLS Secret per host, named after the app and the host so that hosts never share a certificate. */
function tlsSecretName(appName, host) {
    const slug = host.replace(/^\*\./, 'wildcard.').replace(/[^a-z0-9.-]/g, '-');
    return `${appName}-${slug}-tls`.slice(0, 253).replace(/[.-]+$/, '');
}
/**
 * Maps a rendered object's field paths to the Application's, longest prefix first, so that e.g.
 * `spec.template.spec.containers[0].env[2]` points at `spec.env[2]` in pipeops.yaml.
 */
function locator(origins, mapping) {
    const sorted = [...mapping].sort((a, b) => b[0].length - a[0].length);
    return (path) => {
        for (const [rendered, source] of sorted) {
            if (rendered.every((part, index) => String(path[index]) === String(part))) {
                return origins.locate([...source, ...path.slice(rendered.length)]);
            }
        }
        return origins.locate(['metadata', 'name']);
    };
}

;// CONCATENATED MODULE: ./src/manifests/overlay.ts


/**
 * Lays an environment's document over the base one: maps merge key by key, lists and scalars replace,
 * and `null` removes a key. Each value keeps the origin of the file it came from, so a finding on a
 * merged field points into base or into the environment file, wherever the value was written.
 */
function mergeOverlay(base, overlay) {
    const origins = new OriginMap(base.origins.documentOrigin);
    for (const [path, origin] of base.origins.entriesUnder([]))
        origins.set(path, origin);
    const replace = (value, path) => {
        origins.deleteUnder(path);
        for (const [subPath, origin] of overlay.origins.entriesUnder(path))
            origins.set([...path, ...subPath], origin);
        return value;
    };
    const merge = (under, over, path) => {
        if (!isRecord(under) || !isRecord(over))
            return replace(over, path);
        const merged = { ...under };
        for (const [key, value] of Object.entries(over)) {
            const childPath = [...path, key];
            if (value === null) {
                delete merged[key];
                origins.deleteUnder(childPath);
            }
            else {
                merged[key] = key in under ? merge(under[key], value, childPath) : replace(value, childPath);
            }
        }
        return merged;
    };
    return { value: merge(base.value, overlay.value, []), origins, index: base.index };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/manifests/yaml.ts



/** Aliases expanded beyond this are refused, like a billion-laughs document would need. */
const MAX_ALIAS_COUNT = 100;
/**
 * The YAML 1.1 float pattern matches a lone `.` (so `context: .` became NaN); go-yaml, which kubectl
 * uses, reads it as a string. Floats must contain a digit here too.
 */
function kubernetesTags(tags) {
    return tags.map((tag) => {
        if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:float' || !tag.test?.test('.'))
            return tag;
        return { ...tag, test: new RegExp(`^(?=.*[0-9])${tag.test.source.replace(/^\^/, '')}`) };
    });
}
/**
 * Parses every document of a YAML file. Kubernetes tooling reads YAML 1.1 (`yes` is a boolean, `0755`
 * is octal), so we do too, or a file mode or an env value would mean something other than kubectl reads.
 */
function parseYaml(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const originAt = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const documents = [];
    const findings = [];
    const all = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter,
        version: '1.1',
        customTags: kubernetesTags,
        uniqueKeys: true,
        prettyErrors: false,
    });
    all.forEach((doc, index) => {
        const problems = [...doc.errors];
        for (const error of problems) {
            const rule = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
            findings.push(errorAt(originAt(error.pos[0]), rule, firstLine(error.message)));
        }
        if (problems.length > 0 || doc.contents === null)
            return;
        const documentOrigin = originAt(doc.contents.range?.[0] ?? 0);
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            const message = error instanceof ReferenceError
                ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); expand them or split the document`
                : String(error);
            findings.push(errorAt(documentOrigin, 'yaml-aliases', message));
            return;
        }
        if (value === null || value === undefined)
            return;
        const origins = new OriginMap(documentOrigin);
        origins.set([], documentOrigin);
        recordOrigins(doc.contents, [], origins, originAt);
        documents.push({
            value,
            origins,
            index,
            comment: doc.commentBefore ?? doc.contents.commentBefore ?? undefined,
        });
    });
    return { documents, findings };
}
/** Records the origin of every field and list item below `node`; the caller records `node` itself. */
function recordOrigins(node, path, origins, originAt) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const childPath = [...path, String(pair.key.value)];
            // A field is shown where its key is written, which is where a reader looks for it.
            if (pair.key.range)
                origins.set(childPath, originAt(pair.key.range[0]));
            if (pair.value)
                recordOrigins(pair.value, childPath, origins, originAt);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => {
            const itemNode = item;
            if (itemNode.range)
                origins.set([...path, index], originAt(itemNode.range[0]));
            recordOrigins(itemNode, [...path, index], origins, originAt);
        });
    }
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./src/manifests/render.ts







const INSTALL_HINTS = {
    kustomize: 'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl, which embeds it; both are on GitHub-hosted runners',
    helm: 'install helm (https://helm.sh/docs/intro/install/, or the azure/setup-helm action); it is on GitHub-hosted runners',
};
/** `kustomize build <dir>`, or `kubectl kustomize <dir>` where only kubectl is installed. */
async function renderKustomize(workspace, folder) {
    const kustomize = await (0,io/* which */.K7)('kustomize', false);
    const kubectl = kustomize ? '' : await (0,io/* which */.K7)('kubectl', false);
    if (!kustomize && !kubectl) {
        throw new UserError(`${workspace.relative(folder)} is a kustomization, but neither kustomize nor kubectl was found on PATH: ${INSTALL_HINTS.kustomize}`);
    }
    const [tool, args] = kustomize ? [kustomize, ['build', folder]] : [kubectl, ['kustomize', folder]];
    const output = await runTool(tool, args, `kustomize build ${workspace.relative(folder)}`);
    const kustomization = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
        .map((name) => external_node_path_default().join(folder, name))
        .find((file) => (0,external_node_fs_.existsSync)(file));
    const origin = { file: workspace.relative(kustomization ?? folder), line: 1, column: 1 };
    return parseToolOutput(output, origin, () => origin);
}
/** `helm template`; each object points at the chart template it came from (helm's `# Source:` line). */
async function renderHelm(workspace, chart, options) {
    const helm = await (0,io/* which */.K7)('helm', false);
    if (!helm) {
        throw new UserError(`${workspace.relative(chart)} is a Helm chart, but helm was not found on PATH: ${INSTALL_HINTS.helm}`);
    }
    const args = ['template', options.release || external_node_path_default().basename(chart), chart, '--namespace', options.namespace];
    for (const file of options.valuesFiles)
        args.push('--values', await workspace.resolve(file, 'helm values file'));
    for (const value of options.setValues)
        args.push('--set', value);
    // The command line may carry --set values that are secrets: it is never echoed, and errors name only the chart.
    const output = await runTool(helm, args, `helm template ${workspace.relative(chart)}`);
    const chartOrigin = {
        file: workspace.relative(external_node_path_default().join(chart, 'Chart.yaml')),
        line: 1,
        column: 1,
    };
    const chartParent = external_node_path_default().dirname(chart);
    return parseToolOutput(output, chartOrigin, (source) => {
        // `# Source: <chart-name>/templates/x.yaml`: the chart name is the chart folder as helm sees it.
        const relative = source.split('/').slice(1).join('/');
        const file = relative ? external_node_path_default().join(chart, relative) : undefined;
        return file && (0,external_node_fs_.existsSync)(file) && workspace.contains(file)
            ? { file: workspace.relative(file), line: 1, column: 1 }
            : {
                ...chartOrigin,
                file: source
                    ? `${workspace.relative(chartParent)}/${source}`.replace(/^\.\//, '')
                    : chartOrigin.file,
            };
    });
}
async function runTool(tool, args, description) {
    const result = await (0,exec/* getExecOutput */.H)(tool, args, { silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim().split('\n').slice(-20).join('\n');
        throw new UserError(`${description} failed (exit code ${result.exitCode}):\n${stderr}\nFix the error above and run again.`);
    }
    return result.stdout;
}
function parseToolOutput(output, toolOrigin, originOfSource) {
    const parsed = parseYaml(toolOrigin.file, output);
    const resources = [];
    for (const document of parsed.documents) {
        if (typeof document.value !== 'object' || Array.isArray(document.value))
            continue;
        const origin = originOfSource(sourceComment(document.comment));
        resources.push(resourceAt(document.value, () => origin));
    }
    // A tool's output lines mean nothing to the user; its problems are reported at the tool's input file.
    const findings = parsed.findings.map((finding) => ({ ...finding, origin: toolOrigin }));
    return { resources, findings };
}
function sourceComment(comment) {
    return /^ ?Source: (.+)$/m.exec(comment ?? '')?.[1]?.trim() ?? '';
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/manifests/workspace.ts



/** Files above this size are refused rather than parsed: no manifest is that big, an attack might be. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/**
 * The folder kubesync may read: the checked-out repository. Every manifest path is resolved inside it
 * and refused when it leaves it, through `..`, an absolute path or a symlink pointing outside.
 */
class Workspace {
    root;
    constructor(root) {
        this.root = root;
    }
    static async open(root) {
        try {
            return new Workspace(await (0,external_node_fs_promises_.realpath)(root));
        }
        catch {
            throw new UserError(`the workspace ${root} does not exist; run actions/checkout before kubesync`);
        }
    }
    /** The absolute path of a user-given path, after checking that it and its target stay inside. */
    async resolve(userPath, what) {
        if (external_node_path_default().isAbsolute(userPath)) {
            throw new UserError(`${what} "${userPath}" is an absolute path; give a path relative to the repository root`);
        }
        const joined = external_node_path_default().resolve(this.root, userPath);
        if (!this.contains(joined)) {
            throw new UserError(`${what} "${userPath}" leaves the repository; give a path inside it`);
        }
        let real;
        try {
            real = await (0,external_node_fs_promises_.realpath)(joined);
        }
        catch {
            throw new UserError(`${what} "${userPath}" does not exist in the repository`);
        }
        if (!this.contains(real)) {
            throw new UserError(`${what} "${userPath}" is a symlink to ${real}, outside the repository; refusing to read it`);
        }
        return real;
    }
    relative(absolute) {
        return external_node_path_default().relative(this.root, absolute).split((external_node_path_default()).sep).join('/') || '.';
    }
    contains(absolute) {
        const relative = external_node_path_default().relative(this.root, absolute);
        return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
    }
    async readManifest(absolute) {
        const info = await (0,external_node_fs_promises_.stat)(absolute);
        if (info.size > MAX_MANIFEST_BYTES) {
            throw new UserError(`${this.relative(absolute)} is ${info.size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit for a manifest; split it`);
        }
        return (0,external_node_fs_promises_.readFile)(absolute, 'utf8');
    }
    /** Every `.yaml`/`.yml` file under a folder, recursively, in a stable (sorted) order. */
    async listYamlFiles(folder, visited = new Set()) {
        const files = [];
        const realFolder = await (0,external_node_fs_promises_.realpath)(folder);
        // A symlinked folder pointing at its own ancestor would otherwise be walked forever.
        if (visited.has(realFolder))
            return files;
        visited.add(realFolder);
        const entries = (await (0,external_node_fs_promises_.readdir)(folder)).sort();
        for (const entry of entries) {
            if (entry.startsWith('.'))
                continue;
            const absolute = external_node_path_default().join(folder, entry);
            const info = await (0,external_node_fs_promises_.lstat)(absolute);
            let target = absolute;
            if (info.isSymbolicLink()) {
                target = await (0,external_node_fs_promises_.realpath)(absolute).catch(() => absolute);
                if (!this.contains(target)) {
                    throw new UserError(`${this.relative(absolute)} is a symlink to ${target}, outside the repository; refusing to read it`);
                }
            }
            const targetInfo = await (0,external_node_fs_promises_.stat)(target);
            if (targetInfo.isDirectory())
                files.push(...(await this.listYamlFiles(absolute, visited)));
            else if (/\.ya?ml$/i.test(entry))
                files.push(absolute);
        }
        return files;
    }
}

;// CONCATENATED MODULE: ./src/manifests/load.ts











const APP_FILE = 'pipeops.yaml';
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
async function loadManifests(settings) {
    const workspace = await Workspace.open(settings.workspace);
    const target = await resolveManifest(workspace, settings.manifest);
    const type = settings.manifestType === 'auto' ? await detectType(workspace, target) : settings.manifestType;
    switch (type) {
        case 'app':
            return loadApp(workspace, target, settings);
        case 'kubernetes':
            return loadKubernetes(workspace, target);
        case 'kustomize': {
            const rendered = await renderKustomize(workspace, folderOf(workspace, target, 'kustomize'));
            return { type, ...rendered, files: [workspace.relative(target)] };
        }
        case 'helm': {
            const rendered = await renderHelm(workspace, folderOf(workspace, target, 'helm'), {
                ...settings.helm,
                namespace: settings.namespace,
            });
            return { type, ...rendered, files: [workspace.relative(target)] };
        }
    }
}
/**
 * The default `pipeops.yaml` falls back to `manifests/`, the overlay layout, when the repository
 * keeps its Application there.
 */
async function resolveManifest(workspace, manifest) {
    if (manifest === APP_FILE && !(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace.root, APP_FILE))) {
        const overlays = external_node_path_default().join(workspace.root, 'manifests', 'base', APP_FILE);
        if ((0,external_node_fs_.existsSync)(overlays))
            return workspace.resolve('manifests', 'manifest');
    }
    return workspace.resolve(manifest, 'manifest');
}
async function detectType(workspace, target) {
    if ((0,external_node_fs_.statSync)(target).isDirectory()) {
        if (KUSTOMIZATION_FILES.some((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(target, name))))
            return 'kustomize';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(target, 'Chart.yaml')))
            return 'helm';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(target, APP_FILE)) || (0,external_node_fs_.existsSync)(external_node_path_default().join(target, 'base', APP_FILE)))
            return 'app';
        return 'kubernetes';
    }
    const parsed = parseYaml(workspace.relative(target), await workspace.readManifest(target));
    return parsed.documents.some((document) => isApplicationDocument(document.value)) ? 'app' : 'kubernetes';
}
function folderOf(workspace, target, type) {
    if ((0,external_node_fs_.statSync)(target).isDirectory())
        return target;
    throw new UserError(`manifest-type ${type} needs a folder, but ${workspace.relative(target)} is a file`);
}
async function loadKubernetes(workspace, target) {
    const files = (0,external_node_fs_.statSync)(target).isDirectory() ? await workspace.listYamlFiles(target) : [target];
    const resources = [];
    const findings = [];
    for (const file of files) {
        const parsed = parseYaml(workspace.relative(file), await workspace.readManifest(file));
        findings.push(...parsed.findings);
        for (const document of parsed.documents) {
            if (!isRecord(document.value)) {
                findings.push(errorAt(document.origins.documentOrigin, 'not-an-object', 'document is not a Kubernetes object (a YAML mapping)'));
            }
            else if (isApplicationDocument(document.value)) {
                findings.push(errorAt(document.origins.documentOrigin, 'mixed-manifest', `a pipeops.io/v1 Application cannot be mixed with Kubernetes YAML; give its file as its own manifest`));
            }
            else {
                resources.push(...expandList(document));
            }
        }
    }
    if (files.length === 0)
        throw new UserError(`${workspace.relative(target)} holds no .yaml or .yml files`);
    return { type: 'kubernetes', resources, findings, files: files.map((file) => workspace.relative(file)) };
}
/** A `kind: List` (what `kubectl get -o yaml` writes) stands for its items. */
function expandList(document) {
    const object = document.value;
    const { origins } = document;
    if (kindOf(object) === 'List' && Array.isArray(object.items)) {
        return object.items.flatMap((item, index) => {
            if (!isRecord(item))
                return [];
            const locate = (fieldPath) => origins.locate(['items', index, ...fieldPath]);
            return [{ object: item, origin: locate([]), locate }];
        });
    }
    return [{ object, origin: origins.documentOrigin, locate: (fieldPath) => origins.locate(fieldPath) }];
}
async function loadApp(workspace, target, settings) {
    const { documents, findings, files } = await readAppDocuments(workspace, target, settings.environment);
    if (!documents)
        return { type: 'app', resources: [], findings, files };
    const { app, findings: appFindings } = parseApplication(documents.value, documents.origins);
    findings.push(...appFindings);
    const metadata = isRecord(documents.value) && isRecord(documents.value.metadata) ? documents.value.metadata : {};
    const declaredName = typeof metadata.name === 'string' ? metadata.name : undefined;
    if (!app)
        return { type: 'app', resources: [], findings, files, declaredName };
    const named = settings.image || app.spec.image;
    const image = named && settings.imageTag ? withTag(named, settings.imageTag) : named;
    if (!image) {
        findings.push(errorAt(documents.origins.locate(['spec']), 'image-missing', `Application ${app.metadata.name} has no image: set spec.image, or the action's image input (--image in the CLI)`));
        return { type: 'app', resources: [], findings, files, app };
    }
    const resources = renderApplication(app, documents.origins, {
        image,
        ingressClass: settings.ingressClass || undefined,
    });
    return { type: 'app', resources, findings, files, app };
}
/** The Application document: a single file, or base + environment overlay merged. */
async function readAppDocuments(workspace, target, environment) {
    const isFolder = (0,external_node_fs_.statSync)(target).isDirectory();
    const baseFile = isFolder ? external_node_path_default().join(target, 'base', APP_FILE) : undefined;
    if (baseFile && (0,external_node_fs_.existsSync)(baseFile)) {
        const base = await readSingleDocument(workspace, baseFile);
        if (!environment)
            return { ...base, files: [workspace.relative(baseFile)] };
        const overlayFile = external_node_path_default().join(target, environment, APP_FILE);
        if (!(0,external_node_fs_.existsSync)(overlayFile)) {
            throw new UserError(`no overlay for environment "${environment}": ${workspace.relative(overlayFile)} does not exist (environments here: ${listEnvironments(target).join(', ') || 'none'})`);
        }
        const overlay = await readSingleDocument(workspace, overlayFile);
        const findings = [...base.findings, ...overlay.findings];
        const files = [workspace.relative(baseFile), workspace.relative(overlayFile)];
        if (!base.documents || !overlay.documents)
            return { findings, files };
        return { documents: mergeOverlay(base.documents, overlay.documents), findings, files };
    }
    const file = isFolder ? external_node_path_default().join(target, APP_FILE) : target;
    return { ...(await readSingleDocument(workspace, file)), files: [workspace.relative(file)] };
}
async function readSingleDocument(workspace, file) {
    const relative = workspace.relative(file);
    const parsed = parseYaml(relative, await workspace.readManifest(await workspace.resolve(relative, 'manifest')));
    if (parsed.findings.length > 0)
        return { findings: parsed.findings };
    const [first, second] = parsed.documents;
    if (!first)
        throw new UserError(`${relative} is empty; it must hold one pipeops.io/v1 Application`);
    if (second) {
        return {
            findings: [
                errorAt(second.origins.documentOrigin, 'app-documents', `${relative} must hold exactly one Application document`),
            ],
        };
    }
    return { documents: first, findings: [] };
}
function listEnvironments(folder) {
    return readdirNames(folder).filter((name) => name !== 'base' && (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, name, APP_FILE)));
}
function readdirNames(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder).sort();
    }
    catch {
        return [];
    }
}
/** `ghcr.io/acme/web:1.0.0` with tag `v2` is `ghcr.io/acme/web:v2`; a digest or tag is replaced. */
function withTag(image, tag) {
    const withoutDigest = image.split('@')[0] ?? image;
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    const repository = colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
    return `${repository}:${tag}`;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/validate/crd.ts





/**
 * Validates custom resources against the openAPIV3Schema of a CRD in the same manifests, with the
 * API server's structural-schema rules: unknown fields are errors unless the schema preserves them.
 */
class CustomResourceSchemas {
    ajv = new ajv.Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true });
    schemas = new Map();
    constructor(resources) {
        for (const { object } of resources) {
            if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec))
                continue;
            const { group, names, versions } = object.spec;
            if (typeof group !== 'string' ||
                !isRecord(names) ||
                typeof names.kind !== 'string' ||
                !Array.isArray(versions))
                continue;
            for (const version of versions) {
                if (!isRecord(version) || typeof version.name !== 'string' || !isRecord(version.schema))
                    continue;
                const openApi = version.schema.openAPIV3Schema;
                if (!isRecord(openApi))
                    continue;
                const schema = toJsonSchema(openApi, true);
                try {
                    this.schemas.set(`${group}/${version.name}/${names.kind}`, {
                        validate: this.ajv.compile(schema),
                        schema,
                    });
                }
                catch {
                    // A schema ajv cannot compile is left to the API server, which has the final word.
                }
            }
        }
    }
    check(resource) {
        const apiVersion = apiVersionOf(resource.object);
        const kind = kindOf(resource.object);
        if (!apiVersion || !kind)
            return [];
        const entry = this.schemas.get(`${groupOf(apiVersion)}/${versionOf(apiVersion)}/${kind}`);
        if (!entry || entry.validate(resource.object))
            return [];
        return (entry.validate.errors ?? []).map((error) => toFinding(error, resource));
    }
}
function toFinding(error, resource) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (error.keyword === 'additionalProperties') {
        const field = String(error.params.additionalProperty);
        const known = Object.keys(isRecord(error.parentSchema?.properties) ? error.parentSchema.properties : {});
        const suggestion = suggest(field, known);
        const childPath = [...path, field];
        return errorAt(resource.locate(childPath), 'unknown-field', `unknown field "${formatPath(childPath)}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
    const where = formatPath(path) || kindOf(resource.object) || 'object';
    return errorAt(resource.locate(path), 'crd-schema', `${where} ${error.message ?? 'is invalid'} (CRD schema)`);
}
/** The CRD dialect of OpenAPI v3 as plain JSON Schema. */
function toJsonSchema(node, root = false) {
    const schema = {};
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-kubernetes-') || key === 'nullable')
            continue;
        if (key === 'properties' && isRecord(value)) {
            schema.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, isRecord(child) ? toJsonSchema(child) : child]));
        }
        else if (key === 'items' && isRecord(value)) {
            schema.items = toJsonSchema(value);
        }
        else if (key === 'additionalProperties' && isRecord(value)) {
            schema.additionalProperties = toJsonSchema(value);
        }
        else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
            schema[key] = value.map((child) => (isRecord(child) ? toJsonSchema(child) : child));
        }
        else if (key === 'not' && isRecord(value)) {
            schema.not = toJsonSchema(value);
        }
        else {
            schema[key] = value;
        }
    }
    if (node['x-kubernetes-int-or-string'] === true) {
        delete schema.type;
        schema.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
    if (node.nullable === true && typeof schema.type === 'string')
        schema.type = [schema.type, 'null'];
    const preservesUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
    const embedded = node['x-kubernetes-embedded-resource'] === true;
    if (embedded || root) {
        const properties = isRecord(schema.properties) ? schema.properties : {};
        // apiVersion, kind and metadata are checked by the API server's own rules, not the CRD's.
        schema.properties = { ...properties, apiVersion: {}, kind: {}, metadata: {} };
    }
    if (isRecord(schema.properties) && schema.additionalProperties === undefined && !preservesUnknown) {
        schema.additionalProperties = false;
    }
    return schema;
}

;// CONCATENATED MODULE: ./src/validate/identity.ts




const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
const LABEL_NAMED_KINDS = new Set(['Namespace']);
const DNS1035_NAMED_KINDS = new Set(['Service']);
/** Whether an object is well formed enough to be identified: apiVersion, kind and a valid name. */
function checkIdentity(resource) {
    const { object } = resource;
    const findings = [];
    const missing = (field, path) => findings.push(errorAt(resource.locate(path), 'required-field', `${field} is required`));
    if (typeof object.apiVersion !== 'string' || object.apiVersion === '')
        missing('apiVersion', ['apiVersion']);
    if (typeof object.kind !== 'string' || object.kind === '')
        missing('kind', ['kind']);
    if (!isRecord(object.metadata)) {
        missing('metadata', ['metadata']);
        return findings;
    }
    const { name, generateName, namespace } = object.metadata;
    if (typeof name !== 'string' || name === '') {
        const hint = typeof generateName === 'string' ? ' (generateName cannot be applied declaratively; set a name)' : '';
        findings.push(errorAt(resource.locate(['metadata']), 'required-field', `metadata.name is required${hint}`));
    }
    else {
        const problem = nameProblem(kindOf(object) ?? '', name);
        if (problem) {
            findings.push(errorAt(resource.locate(['metadata', 'name']), 'invalid-name', `metadata.name "${name}" ${problem}`));
        }
    }
    if (namespace !== undefined) {
        const problem = typeof namespace === 'string' ? dns1123LabelProblem(namespace) : 'must be a string';
        if (problem) {
            findings.push(errorAt(resource.locate(['metadata', 'namespace']), 'invalid-name', typeof namespace === 'string'
                ? `metadata.namespace "${namespace}" ${problem}`
                : `metadata.namespace ${problem}`));
        }
    }
    return findings;
}
function nameProblem(kind, name) {
    if (RBAC_KINDS.has(kind))
        return pathSegmentProblem(name);
    if (LABEL_NAMED_KINDS.has(kind))
        return dns1123LabelProblem(name);
    if (DNS1035_NAMED_KINDS.has(kind))
        return dns1035LabelProblem(name);
    return dns1123SubdomainProblem(name);
}
/** Two documents describing the same object would fight each other on every apply. */
function checkDuplicates(resources, scopes, namespace) {
    const seen = new Map();
    const findings = [];
    for (const resource of resources) {
        const { object } = resource;
        const apiVersion = apiVersionOf(object);
        const kind = kindOf(object);
        const name = metadataOf(object).name;
        if (!apiVersion || !kind || typeof name !== 'string')
            continue;
        const key = `${groupOf(apiVersion)}/${kind}/${scopes.effectiveNamespace(resource, namespace) ?? ''}/${name}`;
        const first = seen.get(key);
        if (first) {
            findings.push(errorAt(resource.locate(['metadata', 'name']), 'duplicate-object', `${kind} ${name} is also defined at ${formatOrigin(first.origin)}; keep one of them`));
        }
        else {
            seen.set(key, resource);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/policy.ts



const CONTAINER_LISTS = ['initContainers', 'containers'];
function checkPolicy(resource, scopes, settings) {
    return [
        ...checkAllowedKinds(resource, settings.guardrails.allowedKinds),
        ...checkAllowedNamespaces(resource, scopes, settings),
        ...checkContainers(resource, settings.policy),
    ];
}
function checkAllowedKinds(resource, allowed) {
    const kind = kindOf(resource.object);
    const apiVersion = apiVersionOf(resource.object);
    if (allowed.length === 0 || !kind || apiVersion === undefined)
        return [];
    const group = groupOf(apiVersion);
    const permitted = allowed.some((entry) => entry === kind || entry === `${group}/${kind}` || (group === '' && entry === `core/${kind}`));
    if (permitted)
        return [];
    return [
        errorAt(resource.locate(['kind']), 'allowed-kinds', `${kind} ${nameOf(resource.object) ?? ''} is not an allowed kind (allowed-kinds: ${allowed.join(', ')}); remove it, or add ${group ? `${group}/` : ''}${kind} to allowed-kinds in the workflow`),
    ];
}
function checkAllowedNamespaces(resource, scopes, settings) {
    const allowed = settings.guardrails.allowedNamespaces;
    if (allowed.length === 0)
        return [];
    const kind = kindOf(resource.object);
    const name = nameOf(resource.object) ?? '';
    const namespace = kind === 'Namespace' ? name : scopes.effectiveNamespace(resource, settings.namespace);
    if (namespace === undefined || allowed.includes(namespace))
        return [];
    const explicit = kind !== 'Namespace' &&
        isRecord(resource.object.metadata) &&
        resource.object.metadata.namespace !== undefined;
    return [
        errorAt(resource.locate(kind === 'Namespace' ? ['metadata', 'name'] : ['metadata', explicit ? 'namespace' : 'name']), 'allowed-namespaces', kind === 'Namespace'
            ? `Namespace ${name} is not an allowed namespace (allowed-namespaces: ${allowed.join(', ')})`
            : `${kind ?? 'object'} ${name} would be in namespace "${namespace}", which is not allowed (allowed-namespaces: ${allowed.join(', ')})`),
    ];
}
function checkContainers(resource, policy) {
    const pod = podSpecOf(resource.object);
    if (!pod)
        return [];
    const { path: podSpecPath, spec: podSpec } = pod;
    const findings = [];
    for (const list of CONTAINER_LISTS) {
        const containers = podSpec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isRecord(container))
                return;
            const path = [...podSpecPath, list, index];
            const label = `container "${String(container.name)}"`;
            const imageProblem = typeof container.image === 'string' ? unpinnedImageProblem(container.image) : undefined;
            if (imageProblem) {
                pushAt(findings, policy.pinnedImages, resource.locate([...path, 'image']), 'image-pinned', `${label}: ${imageProblem}`);
            }
            const resources = isRecord(container.resources) ? container.resources : {};
            if (!isRecord(resources.requests) && !isRecord(resources.limits)) {
                pushAt(findings, policy.resources, resource.locate([...path, 'resources']), 'resources-declared', `${label} declares no resource requests or limits; set them so the scheduler can place it (spec.resources in pipeops.yaml)`);
            }
        });
    }
    return findings;
}
/** Why an image reference is not pinned, or undefined when it is (`app:1.4.2`, `app@sha256:…`). */
function unpinnedImageProblem(image) {
    if (image.includes('@'))
        return undefined;
    const lastSegment = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastSegment.lastIndexOf(':');
    if (colon === -1)
        return `image "${image}" has no tag, so it means :latest; pin a version tag or a digest`;
    if (lastSegment.slice(colon + 1) === 'latest')
        return `image "${image}" uses :latest; pin a version tag or a digest`;
    return undefined;
}
function pushAt(findings, level, ...[origin, rule, message]) {
    if (level === 'off')
        return;
    findings.push({ severity: level, rule, message, origin });
}

;// CONCATENATED MODULE: ./src/manifests/built-in-groups.ts
/** The API groups whose kinds are built into Kubernetes (not served by a CRD). */
const BUILT_IN_GROUPS = new Set([
    '',
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'networking.k8s.io',
    'rbac.authorization.k8s.io',
    'storage.k8s.io',
    'scheduling.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'node.k8s.io',
    'certificates.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'admissionregistration.k8s.io',
    'flowcontrol.apiserver.k8s.io',
    'events.k8s.io',
    'resource.k8s.io',
]);

;// CONCATENATED MODULE: ./src/validate/schema.ts






const registry = client_node_dist;
function modelFor(typeName) {
    const model = registry[typeName];
    return model && typeof model.getAttributeTypeMap === 'function' ? model : undefined;
}
/** `apps/v1` `Deployment` → `V1Deployment`; `autoscaling/v2` → `V2…`; `v1beta1` → `V1beta1…`. */
function builtInModel(apiVersion, kind) {
    if (!BUILT_IN_GROUPS.has(groupOf(apiVersion)))
        return undefined;
    const version = versionOf(apiVersion);
    return modelFor(`${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`);
}
/**
 * Checks a built-in object offline against the Kubernetes OpenAPI model that client-node is generated
 * from: unknown fields (with a "did you mean") and wrong types, each at its own line. The API server
 * would reject both (kubectl's fieldValidation=Strict); catching them here saves a round trip and
 * works on pull requests from forks, which have no cluster.
 */
function checkBuiltInSchema(resource) {
    const apiVersion = apiVersionOf(resource.object);
    const kind = kindOf(resource.object);
    if (!apiVersion || !kind || !BUILT_IN_GROUPS.has(groupOf(apiVersion)))
        return [];
    const model = builtInModel(apiVersion, kind);
    if (!model) {
        return [
            errorAt(resource.locate(['apiVersion']), 'unknown-kind', `${apiVersion} has no kind ${kind}; check apiVersion and kind (e.g. kubectl api-resources)`),
        ];
    }
    const findings = [];
    checkObject(resource.object, model, [], resource, findings);
    return findings;
}
function checkObject(value, model, path, resource, findings) {
    const attributes = model.getAttributeTypeMap();
    const byName = new Map(attributes.map((attribute) => [attribute.baseName, attribute]));
    for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        const attribute = byName.get(key);
        if (!attribute) {
            const suggestion = suggest(key, [...byName.keys()]);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
            findings.push(errorAt(resource.locate(childPath), 'unknown-field', `unknown field "${formatPath(childPath)}"${hint}`));
            continue;
        }
        if (child === null)
            continue;
        checkValue(child, attribute.type, attribute.format, childPath, resource, findings);
    }
}
function checkValue(value, type, format, path, resource, findings) {
    const wrongType = (expected) => findings.push(errorAt(resource.locate(path), 'wrong-type', `${formatPath(path)} must be ${expected}, not ${describe(value, kindOf(resource.object) !== 'Secret')}`));
    const array = /^Array<(.+)>$/.exec(type);
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
    if (array?.[1]) {
        if (!Array.isArray(value))
            return wrongType('a list');
        value.forEach((item, index) => {
            if (item !== null)
                checkValue(item, array[1] ?? '', '', [...path, index], resource, findings);
        });
    }
    else if (map?.[1]) {
        if (!isRecord(value))
            return wrongType('a map');
        for (const [key, item] of Object.entries(value)) {
            // Quantities (`cpu: 1`) are strings in the model, but the API server reads plain numbers too.
            if (map[1] === 'string' && typeof item === 'number')
                continue;
            if (item !== null)
                checkValue(item, map[1], '', [...path, key], resource, findings);
        }
    }
    else if (type === 'string' || type === 'Date') {
        // A string with a byte format is base64 (Secret data is a map of them, handled above).
        if (typeof value !== 'string')
            return wrongType(format === 'date-time' ? 'a timestamp string' : 'a string');
    }
    else if (type === 'number') {
        if (typeof value !== 'number')
            return wrongType(format.startsWith('int') ? 'an integer' : 'a number');
        if (format.startsWith('int') && !Number.isInteger(value))
            return wrongType('an integer');
    }
    else if (type === 'boolean') {
        if (typeof value !== 'boolean')
            return wrongType('true or false');
    }
    else if (type === 'IntOrString') {
        if (typeof value !== 'number' && typeof value !== 'string')
            return wrongType('an integer or a string');
    }
    else if (type !== 'any' && type !== 'object') {
        const model = modelFor(type);
        if (!model)
            return;
        if (!isRecord(value))
            return wrongType('a map');
        checkObject(value, model, path, resource, findings);
    }
}
function describe(value, showValue) {
    if (Array.isArray(value))
        return 'a list';
    if (isRecord(value))
        return 'a map';
    if (!showValue)
        return `a ${typeof value}`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/validate/sops.ts


/** SOPS writes this metadata next to the values it encrypted (`ENC[AES256_GCM,…]`). */
function isSopsEncrypted(object) {
    const sops = object.sops;
    return isRecord(sops) && ('mac' in sops || 'lastmodified' in sops || 'version' in sops);
}
/**
 * A SOPS-encrypted built-in object (a Secret, a ConfigMap) cannot be applied as it is in git: the API
 * server would refuse the `sops` field, or store ciphertext as the values. Flux decrypts these with a key
 * in the cluster; kubesync has no such key, so it says what to do instead. Custom resources that a
 * controller decrypts in the cluster (a SopsSecret, a SealedSecret) pass through untouched.
 */
function checkSopsEncrypted(resource) {
    const { object } = resource;
    if (!isSopsEncrypted(object) || apiVersionOf(object) !== 'v1')
        return [];
    return [
        errorAt(resource.locate(['sops']), 'sops-encrypted', `this ${kindOf(object) ?? 'object'} is SOPS-encrypted, and kubesync applies manifests as they are in git with no key to decrypt them: decrypt it in a workflow step before kubesync (sops --decrypt --in-place <file>, with the key from a secret), or commit a SopsSecret or SealedSecret that a controller in the cluster decrypts`),
    ];
}

;// CONCATENATED MODULE: ./src/validate/validate.ts







/**
 * Every offline check of the loaded objects, in one sorted list. Identity problems and SOPS encryption stop the other
 * checks for that object: a document without a kind has no schema to check against, and an encrypted
 * one no values to check.
 */
function validateResources(resources, settings) {
    const scopes = new ScopeCatalog(resources);
    const customResources = new CustomResourceSchemas(resources);
    const findings = [];
    for (const resource of resources) {
        // An object kubesync cannot read as it is gets one finding saying why, not one per field.
        const unreadable = [...checkIdentity(resource), ...checkSopsEncrypted(resource)];
        findings.push(...unreadable);
        if (unreadable.length > 0)
            continue;
        findings.push(...checkBuiltInSchema(resource), ...customResources.check(resource));
        findings.push(...checkPolicy(resource, scopes, settings));
    }
    findings.push(...checkDuplicates(resources, scopes, settings.namespace));
    return sortFindings(findings);
}

;// CONCATENATED MODULE: ./src/commands/validate.ts




/**
 * load → render → validate: everything that can be known without a cluster. The values of every Secret
 * in the manifests are registered for redaction before anything is reported.
 */
async function validateManifests(settings) {
    const loaded = await loadManifests(settings);
    for (const { object } of loaded.resources)
        registerSecretData(object);
    return withFindings({ loaded, findings: [] }, [
        ...loaded.findings,
        ...validateResources(loaded.resources, settings),
    ]);
}
/** The result with more findings, e.g. what planning against the cluster found. */
function withFindings(result, more) {
    const findings = sortFindings([...result.findings, ...more]);
    const { errors, warnings } = countFindings(findings);
    return { loaded: result.loaded, findings, errors, warnings, valid: errors === 0 };
}

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
        const attempt = () => withDeadline(this.options.requestTimeoutMs ?? 30_000, `Doppler config ${config}`, async (signal) => {
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
            return await withRetry(attempt, classifyDopplerFailure, this.options.retry ?? DEFAULT_RETRY, (reason, waitMs, n) => this.options.onRetry?.(`Doppler config ${config}: ${reason}; retry ${n} in ${Math.round(waitMs)} ms`));
        }
        catch (error) {
            throw describeDopplerError(error, config, this.settings);
        }
    }
}
function classifyDopplerFailure(error) {
    return classifyHttpFailure(error, error instanceof DopplerApiError
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
        throw new UserError('Doppler answered with something other than JSON; check doppler-api-url');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new UserError('Doppler answered with something other than a JSON object; check doppler-api-url');
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
                return new UserError(`Doppler refused the doppler-token reading ${where}${said}: it is invalid, expired or revoked; store a current service token in the secret behind doppler-token`);
            case 403:
                return new UserError(`the doppler-token may not read ${where}${said}: a service token reads only the config it was made for; use that config in doppler:// references, or a token with access to it`);
            case 404:
                return new UserError(`${where} does not exist${said}: check the config in the doppler:// reference${settings.project ? ' and the doppler-project input' : ''}`);
            case 400:
                return new UserError(`Doppler could not read ${where}${said}${settings.project ? '' : '; tokens other than service tokens also need the doppler-project input'}`);
            default:
                return new UserError(`reading ${where} failed: ${error.message}`);
        }
    }
    if (isTransientNetworkError(error)) {
        return new UserError(`could not reach Doppler at ${settings.apiUrl} reading ${where}: ${error.message}; check doppler-api-url and the runner's network`);
    }
    return error instanceof Error ? error : new Error(String(error));
}

;// CONCATENATED MODULE: ./src/commands/plan.ts











/** load → render → validate → connect → plan. Without credentials, stops after validate with status Unknown. */
async function runPlan(settings, provenance, log, env = process.env) {
    const validation = await log.group('validate', () => validateManifests(settings));
    const app = appNameOf(settings, validation.loaded);
    if (!validation.valid) {
        return {
            app,
            validation,
            syncStatus: 'Unknown',
            unknownReason: `${validation.errors} validation errors`,
        };
    }
    const session = openClusterSession(settings, app, log, env);
    if (!session) {
        return {
            app,
            validation,
            syncStatus: 'Unknown',
            unknownReason: 'no cluster credentials (validated and rendered only)',
        };
    }
    const { plan, findings, refused } = await log.group('plan', async () => {
        // Before the first request that may be refused, so that every missing permission shows at once.
        const resources = validation.loaded.resources;
        await checkRunAccess(session.client, settings, { app, resources, stage: 'plan', state: 'unknown' }, log);
        const state = await readInventory(session);
        return planAgainst(session, settings, validation, provenance, state, 'plan', log, {
            accessChecked: true,
        });
    });
    if (!plan) {
        return {
            app,
            validation: withFindings(validation, findings),
            syncStatus: 'Unknown',
            unknownReason: refused,
            server: session.client.server,
            context: session.context,
        };
    }
    return {
        app,
        validation: withFindings(validation, findings),
        plan,
        syncStatus: plan.syncStatus,
        server: session.client.server,
        context: session.context,
    };
}
function readInventory(session) {
    const { client, inventory } = session;
    return inventory.read(client).catch((error) => {
        throw describeApiError(error, `reading the ApplySet parent Secret ${inventory.namespace}/${inventory.parentName}`);
    });
}
/**
 * Fills the Secrets whose values come from Doppler (fetched when there is a token), prepares every
 * object, checks the Secrets workloads read, and dry-runs everything against the cluster.
 */
async function planAgainst(session, settings, validation, provenance, state, purpose, log, options = {}) {
    const { client, inventory } = session;
    if (!options.accessChecked) {
        const app = appNameOf(settings, validation.loaded);
        const resources = validation.loaded.resources;
        await checkRunAccess(client, settings, { app, resources, stage: purpose, state }, log);
    }
    const { doppler } = settings.secrets;
    const resources = await resolveSecretSources(validation.loaded.resources, {
        doppler: doppler.token
            ? new DopplerClient(doppler, {
                requestTimeoutMs: settings.requestTimeoutMs,
                onRetry: (message) => log.info(`retrying: ${message}`),
            })
            : undefined,
        purpose,
        client,
        namespace: settings.namespace,
        log,
    });
    const desired = await prepareDesired(client, resources, {
        namespace: settings.namespace,
        createNamespace: settings.cluster.createNamespace,
        inventory,
        provenance,
    });
    const findings = await checkSecretReferences(client, desired);
    for (const finding of findings)
        log.warning(formatFinding(finding));
    try {
        const plan = await planChanges(client, desired, inventory, state, {
            ignoreDifferences: settings.ignoreDifferences,
            prune: settings.apply.prune,
            forceConflicts: settings.apply.forceConflicts,
            forceReplace: settings.apply.forceReplace,
            concurrency: settings.apply.concurrency,
        });
        return { plan, findings };
    }
    catch (error) {
        if (!(error instanceof ServerRejection))
            throw error;
        for (const finding of error.findings)
            log.info(formatFinding(finding));
        const refused = `the API server refused ${error.objects} of ${desired.length} objects in a dry run`;
        return { findings: [...findings, ...error.findings], refused };
    }
}

;// CONCATENATED MODULE: ./src/commands/sync.ts













/**
 * One sync of an app under its lock, as a sequence of stages that each return what they did: plan
 * (every object dry-run) → refuse what cannot be applied as planned → record the intent → staged
 * apply → wait → on failure roll back → prune → record the commit.
 */
async function syncLocked(context) {
    const { session, settings, validation, provenance, log, app } = context;
    const state = await readInventory(session);
    refuseOlderCommit(state, provenance, settings.apply.allowOlder);
    // An apply checked its permissions before taking the lock; a dry run checks them as a plan does.
    const planned = await log.group('plan', () => planAgainst(session, settings, validation, provenance, state, settings.apply.dryRun ? 'plan' : 'apply', log, {
        accessChecked: !settings.apply.dryRun,
    }));
    const base = {
        app,
        validation: withFindings(validation, planned.findings),
        dryRun: settings.apply.dryRun,
        restored: [],
        pruned: [],
        server: session.client.server,
    };
    const plan = planned.plan;
    if (!plan)
        return { ...base, syncStatus: 'Failed', problems: [`${planned.refused}; nothing was applied`] };
    if (!settings.apply.dryRun)
        refuseMissingSecrets(planned.findings, settings);
    await context.hooks.planned?.(plan);
    const refusals = refusalsOf(plan.changes);
    if (refusals.length > 0 && !settings.apply.dryRun)
        throw new UserError(`${refusals.join('\n')}\nNothing was applied.`);
    if (settings.apply.dryRun)
        return { ...base, plan, syncStatus: plan.syncStatus, problems: [] };
    if (plan.syncStatus === 'Synced') {
        await context.confirm();
        await recordCommit(session.client, session.inventory, plan, state, provenance);
        return { ...base, plan, syncStatus: 'Synced', problems: [] };
    }
    await context.confirm();
    await recordIntent(session.client, session.inventory, plan, state);
    const written = await sync_applyStage(context, plan);
    const problems = written.problems.length > 0 ? written.problems : await waitStage(context, written.applied);
    if (problems.length > 0) {
        // A run that lost its lock leaves the objects to the run that holds it now (a cancelled run's
        // problems already say so, and it skips the rollback anyway).
        const stoppedBeforeRollback = cancellation(context.timing.signal) ? undefined : await stopReason(context);
        if (stoppedBeforeRollback) {
            return { ...base, plan, syncStatus: 'Failed', problems: [...problems, stoppedBeforeRollback] };
        }
        const restored = await rollbackStage(context, written.applied, problems);
        return { ...base, plan, syncStatus: 'Failed', restored, problems };
    }
    const stopped = await stopReason(context);
    if (stopped)
        return { ...base, plan, syncStatus: 'Failed', problems: [stopped] };
    const pruned = await pruneStage(context, plan);
    const stoppedAfterPrune = await stopReason(context);
    if (stoppedAfterPrune) {
        const stoppedProblems = [...pruned.problems, stoppedAfterPrune];
        return { ...base, plan, pruned: pruned.subjects, syncStatus: 'Failed', problems: stoppedProblems };
    }
    await recordCommit(session.client, session.inventory, plan, state, provenance, pruned.notPruned);
    const syncStatus = pruned.problems.length > 0 ? 'Failed' : 'Synced';
    return { ...base, plan, pruned: pruned.subjects, syncStatus, problems: pruned.problems };
}
/** Nothing is applied when a workload reads Secrets that exist nowhere (unless allowed). */
function refuseMissingSecrets(findings, settings) {
    const missingSecrets = findings.filter((finding) => finding.rule === MISSING_SECRET_RULE);
    if (missingSecrets.length > 0 && !settings.secrets.allowMissing) {
        throw new UserError(`${missingSecrets.map(formatFinding).join('\n')}\nNothing was applied: create these Secrets (or keys) first, mark the references optional, or set allow-missing-secrets: true to apply anyway.`);
    }
}
async function sync_applyStage(context, plan) {
    const { session, settings, timing, log } = context;
    const outcome = await log.group('apply', () => applyChanges(session.client, plan.changes, {
        forceConflicts: settings.apply.forceConflicts,
        concurrency: settings.apply.concurrency,
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log,
    }));
    return { applied: outcome.applied, problems: outcome.failures.map((failure) => failure.message) };
}
/** Each object is waited for from the generation this apply wrote, never an older one's status. */
async function waitStage(context, applied) {
    const { session, settings, timing, log } = context;
    if (!settings.apply.wait)
        return [];
    const targets = applied.map((change) => {
        const generation = metadataOf(change.result).generation;
        return { ...change.ref, generation: typeof generation === 'number' ? generation : undefined };
    });
    const waited = await log.group('wait', () => waitUntilReady(session.client, targets, {
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log: log.info,
    }));
    return describeWaitProblems(waited);
}
/** Restores what the failed apply changed; a cancelled run stops short and leaves that to the next run. */
async function rollbackStage(context, applied, problems) {
    const { session, settings, timing, log } = context;
    if (!settings.apply.rollback || applied.length === 0 || cancellation(timing.signal))
        return [];
    const rollback = await log.group('rollback', () => rollBack(session.client, applied, { timeoutMs: settings.apply.timeoutMs, pollMs: timing.pollMs, log }));
    problems.push(...rollback.failures.map((failure) => failure.message));
    return rollback.restored;
}
async function pruneStage(context, plan) {
    const { session, settings, log } = context;
    if (!settings.apply.prune)
        return { subjects: [], notPruned: [], problems: [] };
    const result = await log.group('prune', () => pruneMembers(session.client, plan.changes, session.inventory.id, settings.apply.prunePropagation, log));
    return {
        subjects: result.pruned.map((change) => change.subject),
        notPruned: result.failures.map((failure) => failure.change),
        problems: result.failures.map((failure) => failure.error.message),
    };
}
/** Why the run must stop before its next stage (cancelled, or the lock lost), or undefined. */
async function stopReason(context) {
    try {
        await context.confirm();
        return undefined;
    }
    catch (error) {
        if (error instanceof UserError)
            return error.message;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/commands/apply.ts










/**
 * validate → connect → lock → plan (every object dry-run) → staged apply → wait → rollback on failure →
 * prune → record in the ApplySet parent. Nothing is applied unless everything validates and dry-runs.
 */
async function runApply(settings, provenance, log, env = process.env, timing = {}, hooks = {}) {
    const validation = await log.group('validate', () => validateManifests(settings));
    const app = appNameOf(settings, validation.loaded);
    if (!validation.valid) {
        return {
            app,
            validation,
            syncStatus: 'Failed',
            dryRun: settings.apply.dryRun,
            restored: [],
            pruned: [],
            problems: [`validation found ${validation.errors} errors; nothing was applied`],
        };
    }
    const session = openClusterSession(settings, app, log, env);
    if (!session) {
        throw new UserError('no cluster credentials: set the kubeconfig input (a secret holding the kubeconfig file), or KUBECONFIG, to apply');
    }
    await hooks.started?.(app);
    // Before the lock: a run that cannot fill its Secrets changes nothing at all.
    if (!settings.apply.dryRun)
        requireDopplerToken(validation.loaded.resources, settings.secrets.doppler.token !== '');
    const lock = new ApplyLock(session.client, `kubesync-${app}`, settings.namespace, {
        holder: lockHolder(provenance.run, provenance.attempt, provenance.job),
        timeoutMs: settings.apply.lockTimeoutMs,
        leaseSeconds: timing.leaseSeconds,
        pollMs: timing.lockPollMs,
        signal: timing.signal,
        log: log.info,
    });
    if (!settings.apply.dryRun) {
        // Every missing permission at once, before the namespace, the lock or anything else is touched.
        const resources = validation.loaded.resources;
        await checkRunAccess(session.client, settings, { app, resources, stage: 'apply', state: 'unknown' }, log);
        await ensureTargetNamespace(session, settings, validation);
        await log.group('lock', async () => {
            await lock.acquire().catch((error) => {
                throw describeApiError(error, `the lock Lease ${settings.namespace}/kubesync-${app}`);
            });
        });
    }
    // Before each stage that writes: not cancelled, and (a dry run takes no lock) still holding the lock.
    const confirm = async () => {
        const cancelled = cancellation(timing.signal);
        if (cancelled)
            throw cancelled;
        if (!settings.apply.dryRun)
            await lock.confirm();
    };
    try {
        return await syncLocked({ session, settings, validation, provenance, log, timing, app, hooks, confirm });
    }
    finally {
        if (!settings.apply.dryRun)
            await lock
                .release()
                .catch((error) => log.warning(`could not release the lock: ${String(error)}`));
    }
}
/**
 * The lock and the ApplySet parent live in the target namespace, so it must exist before anything else.
 * It is created here when create-namespace is set or when the manifests declare it (stage one would
 * create it moments later anyway); otherwise the lock's error says how to fix it. One being deleted
 * fails at once.
 */
async function ensureTargetNamespace(session, settings, validation) {
    const name = settings.namespace;
    const declared = validation.loaded.resources.some(({ object }) => object.kind === 'Namespace' && object.metadata?.name === name);
    const state = await readNamespaceState(session.client, name);
    if (state === 'terminating')
        throw terminatingNamespace(name);
    if (state !== 'missing' || !(declared || settings.cluster.createNamespace))
        return;
    await session.client
        .apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
        .catch((error) => {
        throw describeApiError(error, `Namespace ${name}`);
    });
}

;// CONCATENATED MODULE: ./src/commands/rbac.ts










const rbac_RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
/**
 * The least the deploying identity needs to plan and apply these manifests with these settings: a Role
 * per namespace and a ClusterRole, worked out offline from the rendered objects (no cluster needed),
 * with bindings to a ServiceAccount when one is given.
 */
async function runRbac(settings) {
    const serviceAccount = parseServiceAccount(settings.serviceAccount);
    const validation = await validateManifests(settings);
    const app = appNameOf(settings, validation.loaded);
    if (!validation.valid)
        return { app, validation, roles: [], yaml: '' };
    const { resources } = validation.loaded;
    const { objects, secretReads } = await describeManifests(resources, settings.namespace, offlineNamer(resources));
    const roles = rolesFor(accessNeeds({ stage: 'apply', app, ...accessSettings(settings), objects, secretReads }));
    const crdGroups = new Set(resources.flatMap(({ object }) => object.kind === 'CustomResourceDefinition' &&
        isRecord(object.spec) &&
        typeof object.spec.group === 'string'
        ? [object.spec.group]
        : []));
    const guessed = [
        ...new Set(objects
            .filter(({ group }) => !BUILT_IN_GROUPS.has(group) && !crdGroups.has(group))
            .map(({ ref }) => `${ref.kind} (${groupOf(ref.apiVersion)})`)),
    ];
    const header = [
        `The RBAC kubesync needs for app ${app}: plan and apply of ${settings.manifest} in namespace ${settings.namespace},`,
        `with prune: ${String(settings.apply.prune)}, rollback: ${String(settings.apply.rollback)}, create-namespace: ${String(settings.cluster.createNamespace)}. Generated by kubesync rbac.`,
        `Apply it with: kubesync rbac ... | kubectl apply -f -  (as someone who holds these permissions)`,
        ...(serviceAccount
            ? []
            : [
                'Bind it to the deploying identity: --service-account <namespace>/<name> adds a RoleBinding per Role',
                'and a ClusterRoleBinding.',
            ]),
        ...(settings.cluster.createNamespace
            ? [
                `create-namespace: a Role can only be created in a namespace that exists; until ${settings.namespace} does,`,
                `grant the Role's rules in the ClusterRole instead.`,
            ]
            : []),
        ...(guessed.length > 0
            ? [`Resource names guessed from the kind (check with kubectl api-resources): ${guessed.join(', ')}.`]
            : []),
        ...(objects.some(({ ref }) => rbac_RBAC_KINDS.has(ref.kind))
            ? [
                'The manifests hold RBAC objects: the API server lets an identity create a Role or ClusterRole only',
                'with every permission it grants (or the escalate verb), and bind one only with bind.',
            ]
            : []),
    ];
    return { app, validation, roles, yaml: rbacManifests(roles, { app, header, serviceAccount }) };
}
/** `<namespace>/<name>` of `--service-account`; undefined when not given. */
function parseServiceAccount(value) {
    if (!value)
        return undefined;
    const [namespace = '', name = '', ...rest] = value.split('/');
    const problem = rest.length > 0 || !namespace || !name
        ? 'is not <namespace>/<name>'
        : (dns1123LabelProblem(namespace) ?? dns1123SubdomainProblem(name));
    if (problem)
        throw new UserError(`--service-account "${value}" ${problem}, e.g. --service-account shop/deployer`);
    return { namespace, name };
}
/** The job summary of `command: rbac`: what to apply, as a YAML block. */
function rbacSummary(result) {
    const title = `### kubesync rbac: ${result.app}`;
    if (!result.validation.valid)
        return `${title}\n\nValidation found ${result.validation.errors} errors; see the annotations.\n`;
    return `${title}\n\nThe Roles and ClusterRole the deploying identity needs for these manifests and settings. Apply them with \`kubectl apply -f -\`, and bind them to the identity in the kubeconfig.\n\n\`\`\`yaml\n${result.yaml}\`\`\`\n`;
}

;// CONCATENATED MODULE: ./src/commands/render.ts



/** The Kubernetes objects kubesync would apply, as YAML, Secret values masked unless asked not to. */
async function renderManifests(settings) {
    const validation = await validateManifests(settings);
    if (!validation.valid)
        return { validation, yaml: '' };
    const yaml = validation.loaded.resources
        .map(({ object, valueSources }) => (0,dist/* stringify */.As)(settings.showSecrets && !valueSources ? object : maskSecret(object, valueSources), {
        lineWidth: 0,
    }))
        .map((document) => `---\n${document}`)
        .join('');
    return { validation, yaml };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/inputs.ts






/**
 * Every input of the action, which is also every flag of the CLI (`--manifest-type` for
 * `manifest-type`). action.yml and the README tables are kept in step with this list by a test.
 */
const INPUTS = {
    command: {
        default: 'auto',
        description: 'What to do: validate, plan, apply, or rbac (the minimal Role and ClusterRole, in the job summary); auto picks from the event (pull_request → plan, push / tag / workflow_dispatch → apply, schedule → plan).',
    },
    manifest: {
        default: 'pipeops.yaml',
        description: 'Path, relative to the repository root, of the desired state: a pipeops.yaml Application, a folder holding base/ and <environment>/ overlays, a folder or file of Kubernetes YAML, a kustomization folder or a Helm chart.',
    },
    'manifest-type': {
        default: 'auto',
        description: 'How to read `manifest`: auto, app, kubernetes, kustomize or helm. auto decides from what is there.',
    },
    environment: {
        default: '',
        description: 'Target environment, e.g. staging or production. Selects the overlay <manifest>/<environment>/pipeops.yaml.',
    },
    image: {
        default: '',
        description: 'Container image for an Application; wins over spec.image. Pin a tag or digest.',
    },
    namespace: {
        default: 'default',
        description: 'Namespace for namespaced objects that do not set one.',
    },
    'ingress-class': {
        default: '',
        description: 'ingressClassName of the Ingress rendered for a public Application; empty uses the cluster default.',
    },
    'helm-release': {
        default: '',
        description: 'Release name for `helm template`; defaults to the chart folder name.',
    },
    'helm-values': {
        default: '',
        description: 'Values files for `helm template`, one per line, relative to the repository root.',
    },
    'helm-set': {
        default: '',
        description: 'Values for `helm template --set`, one `key=value` per line.',
    },
    'allowed-namespaces': {
        default: '',
        description: 'Guardrail: comma- or newline-separated namespaces objects may land in; anything else is an error. Empty allows all.',
    },
    'allowed-kinds': {
        default: '',
        description: 'Guardrail: comma- or newline-separated kinds (Kind or group/Kind) the manifests may contain; anything else is an error. Empty allows all.',
    },
    'policy-pinned-images': {
        default: 'warning',
        description: 'Images must carry a tag other than latest, or a digest: warning, error or off.',
    },
    'policy-resources': {
        default: 'warning',
        description: 'Containers must declare resource requests or limits: warning, error or off.',
    },
    app: {
        default: '',
        description: 'Name of the app: names the ApplySet, the lock and the PR comment. Defaults to the Application name, the Helm release, or the manifest folder name.',
    },
    kubeconfig: {
        default: '',
        description: 'Kubeconfig file content, as YAML or base64 of it (store it in a secret). Empty uses $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
    },
    context: {
        default: '',
        description: 'Kubeconfig context to use; empty uses the current context.',
    },
    'create-namespace': {
        default: 'false',
        description: 'Create `namespace` when it does not exist (it is never pruned).',
    },
    'ignore-differences': {
        default: '',
        description: "YAML list of fields to leave out of the diff, in Argo CD's form: [{group, kind, name?, namespace?, jsonPointers: [/spec/replicas]}].",
    },
    prune: {
        default: 'false',
        description: 'Delete objects this app applied before that are no longer in the manifests. Without it they are listed as orphaned.',
    },
    'prune-propagation': {
        default: 'Background',
        description: 'Deletion propagation for pruned objects: Background, Foreground or Orphan.',
    },
    'force-conflicts': {
        default: 'false',
        description: 'Take over fields another field manager owns (server-side apply force) instead of failing with a conflict.',
    },
    'force-replace': {
        default: 'false',
        description: 'Replace (delete, then create) objects whose update changes a field the API server never changes in place, such as a Job template or a Deployment selector. Without it such an apply fails before changing anything; the annotation kubesync.io/replace: "true" allows it for one object.',
    },
    concurrency: {
        default: '8',
        description: 'How many API requests kubesync makes at once while planning and applying.',
    },
    wait: {
        default: 'true',
        description: 'After applying, wait until the changed objects are ready (rollouts complete, Jobs done, PVCs bound).',
    },
    timeout: {
        default: '5m',
        description: 'How long to wait for readiness, e.g. 90s, 5m, 1h.',
    },
    rollback: {
        default: 'true',
        description: 'When the wait fails, restore the objects this apply changed to their previous state and delete the ones it created.',
    },
    'lock-timeout': {
        default: '5m',
        description: 'How long to wait for another apply of the same app to finish before failing.',
    },
    'request-timeout': {
        default: '30s',
        description: 'Deadline of each request to the Kubernetes, GitHub and Doppler APIs, from connecting to the last byte of the answer; a request past it is aborted and retried like a dropped connection.',
    },
    'allow-older': {
        default: 'false',
        description: 'Allow applying a commit older than the one last applied (a deliberate rollback).',
    },
    'dry-run': {
        default: 'false',
        description: 'apply behaves as plan: nothing is changed in the cluster.',
    },
    'github-token': {
        default: '${{ github.token }}',
        description: 'Token for the pull request comment and commit statuses; needs pull-requests: write and statuses: write.',
    },
    comment: {
        default: 'true',
        description: 'On pull requests, keep one comment per app and environment with the plan up to date.',
    },
    'status-context': {
        default: '',
        description: 'Context of the commit status; defaults to kubesync/<environment>, or kubesync/<app> without one.',
    },
    'image-tag': {
        default: '',
        description: 'Tag for the Application image (replaces the tag of image / spec.image). On a push of a tag it defaults to the tag name.',
    },
    'environment-url': {
        default: '',
        description: "URL of the deployed environment for the GitHub Deployment; defaults to https:// and the Application's first domain.",
    },
    'production-environment': {
        default: 'auto',
        description: 'Mark the GitHub Deployment as production: true, false, or auto (when the environment is named production).',
    },
    'transient-environment': {
        default: 'false',
        description: 'Mark the GitHub Deployment as transient (e.g. a preview environment).',
    },
    'require-plan-match': {
        default: 'false',
        description: "Refuse to apply when the plan differs from the one in the merged pull request's comment, instead of only warning.",
    },
    'doppler-token': {
        default: '',
        description: 'Doppler service token (store it as a secret) for env values written doppler://<config>/<NAME>; empty reads $DOPPLER_TOKEN. Apply needs it; plan uses it to tell whether values changed.',
    },
    'doppler-project': {
        default: '',
        description: 'Doppler project, for a personal or service-account token; a service token already names its project.',
    },
    'doppler-api-url': {
        default: 'https://api.doppler.com',
        description: "Base URL of Doppler's API, for a proxy or a test server.",
    },
    'allow-missing-secrets': {
        default: 'false',
        description: 'Apply even when a Secret or key that a workload references (secretKeyRef, envFrom, volumes) is not in the cluster or the manifests; plan warns either way.',
    },
    'self-heal': {
        default: 'false',
        description: 'On schedule, apply when the plan finds drift (OutOfSync), taking back fields others changed (force-conflicts), instead of only reporting it.',
    },
};
const INPUT_NAMES = Object.keys(INPUTS);
/** What kubesync can be asked to do. `render` exists only in the CLI. */
const COMMANDS = ['auto', 'validate', 'render', 'plan', 'apply', 'rbac'];
const list = schemas/* string */.YjP().transform((text) => text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== ''));
const lines = schemas/* string */.YjP().transform((text) => text
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== ''));
const policyLevel = schemas/* enum */.k5n(['warning', 'error', 'off']);
const inputs_boolean = schemas/* enum */.k5n(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
    .transform((value) => value.toLowerCase() === 'true');
const duration = schemas/* string */.YjP().transform((text, context) => {
    const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
    if (!match) {
        context.addIssue({ code: 'custom', message: `"${text}" is not a duration; write e.g. 90s, 5m or 1h` });
        return core/* NEVER */.tm;
    }
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
    return Number(match[1]) * unit;
});
const ignoreRule = schemas/* strictObject */.rej({
    group: schemas/* string */.YjP().default(''),
    kind: schemas/* string */.YjP().min(1),
    name: schemas/* string */.YjP().optional(),
    namespace: schemas/* string */.YjP().optional(),
    jsonPointers: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^\//, { message: 'a JSON pointer starts with /' })).min(1),
});
const ignoreDifferences = schemas/* string */.YjP().transform((text, context) => {
    if (!text.trim())
        return [];
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        context.addIssue({
            code: 'custom',
            message: `is not YAML: ${error.message.split('\n')[0] ?? ''}`,
        });
        return core/* NEVER */.tm;
    }
    const result = schemas/* array */.YOg(ignoreRule).safeParse(parsed);
    if (!result.success) {
        const issue = result.error.issues[0];
        context.addIssue({
            code: 'custom',
            message: `[${issue?.path.join('.') ?? ''}] ${issue?.message ?? 'is invalid'}`,
        });
        return core/* NEVER */.tm;
    }
    return result.data;
});
const label = (what) => schemas/* string */.YjP().superRefine((value, context) => {
    const problem = value === '' ? undefined : dns1123LabelProblem(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
});
const settingsSchema = schemas/* object */.Ikc({
    command: schemas/* enum */.k5n(COMMANDS),
    manifest: schemas/* string */.YjP().min(1),
    'manifest-type': schemas/* enum */.k5n(['auto', 'app', 'kubernetes', 'kustomize', 'helm']),
    environment: label('environment'),
    image: schemas/* string */.YjP(),
    namespace: label('namespace').pipe(schemas/* string */.YjP().min(1)),
    'ingress-class': schemas/* string */.YjP(),
    'helm-release': schemas/* string */.YjP(),
    'helm-values': lines,
    'helm-set': lines,
    'allowed-namespaces': list,
    'allowed-kinds': list,
    'policy-pinned-images': policyLevel,
    'policy-resources': policyLevel,
    app: label('app'),
    kubeconfig: schemas/* string */.YjP(),
    context: schemas/* string */.YjP(),
    'create-namespace': inputs_boolean,
    'ignore-differences': ignoreDifferences,
    prune: inputs_boolean,
    'prune-propagation': schemas/* enum */.k5n(['Background', 'Foreground', 'Orphan']),
    'force-conflicts': inputs_boolean,
    'force-replace': inputs_boolean,
    concurrency: coerce/* number */.ai().int().min(1).max(64),
    wait: inputs_boolean,
    timeout: duration,
    rollback: inputs_boolean,
    'lock-timeout': duration,
    'request-timeout': duration,
    'allow-older': inputs_boolean,
    'dry-run': inputs_boolean,
    'github-token': schemas/* string */.YjP(),
    comment: inputs_boolean,
    'status-context': schemas/* string */.YjP(),
    'image-tag': schemas/* string */.YjP().regex(/^$|^[\w][\w.-]{0,127}$/, { message: 'is not a valid image tag' }),
    'environment-url': schemas/* union */.KCZ([schemas/* literal */.euz(''), schemas/* url */.OZ5()]),
    'production-environment': schemas/* enum */.k5n(['auto', 'true', 'false']),
    'transient-environment': inputs_boolean,
    'require-plan-match': inputs_boolean,
    'self-heal': inputs_boolean,
    'doppler-token': schemas/* string */.YjP(),
    'doppler-project': schemas/* string */.YjP(),
    'doppler-api-url': schemas/* url */.OZ5({ protocol: /^https?$/ }),
    'allow-missing-secrets': inputs_boolean,
});
/** Turns raw input strings (empty = unset) into Settings, or a UserError naming the bad input. */
function parseSettings(raw, context) {
    const withDefaults = Object.fromEntries(INPUT_NAMES.map((name) => {
        const value = raw[name]?.trim() ?? '';
        return [name, value === '' ? INPUTS[name].default : value];
    }));
    const result = settingsSchema.safeParse(withDefaults);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => {
            const name = String(issue.path[0]);
            const given = JSON.stringify(withDefaults[name]);
            const message = issue.code === 'invalid_value'
                ? `must be one of ${issue.values.map(String).join(', ')} (got ${given})`
                : issue.message;
            return `input "${name}": ${message}`;
        });
        throw new UserError(problems.join('; '));
    }
    const inputs = result.data;
    return {
        command: inputs.command,
        manifest: inputs.manifest,
        manifestType: inputs['manifest-type'],
        environment: inputs.environment,
        image: inputs.image,
        namespace: inputs.namespace,
        ingressClass: inputs['ingress-class'],
        helm: {
            release: inputs['helm-release'],
            valuesFiles: inputs['helm-values'],
            setValues: inputs['helm-set'],
        },
        guardrails: { allowedNamespaces: inputs['allowed-namespaces'], allowedKinds: inputs['allowed-kinds'] },
        policy: { pinnedImages: inputs['policy-pinned-images'], resources: inputs['policy-resources'] },
        app: inputs.app,
        requestTimeoutMs: inputs['request-timeout'],
        cluster: {
            kubeconfig: inputs.kubeconfig,
            context: inputs.context,
            createNamespace: inputs['create-namespace'],
        },
        ignoreDifferences: inputs['ignore-differences'],
        apply: {
            prune: inputs.prune,
            prunePropagation: inputs['prune-propagation'],
            forceConflicts: inputs['force-conflicts'],
            forceReplace: inputs['force-replace'],
            concurrency: inputs.concurrency,
            wait: inputs.wait,
            timeoutMs: inputs.timeout,
            rollback: inputs.rollback,
            lockTimeoutMs: inputs['lock-timeout'],
            allowOlder: inputs['allow-older'],
            dryRun: inputs['dry-run'],
        },
        github: {
            // The action.yml default is an expression the runner expands; anywhere else it means "none".
            token: inputs['github-token'].startsWith('${{') ? '' : inputs['github-token'],
            comment: inputs.comment,
            statusContext: inputs['status-context'],
        },
        imageTag: inputs['image-tag'],
        deployment: {
            environmentUrl: inputs['environment-url'],
            production: inputs['production-environment'],
            transient: inputs['transient-environment'],
            requirePlanMatch: inputs['require-plan-match'],
            selfHeal: inputs['self-heal'],
        },
        secrets: {
            doppler: {
                token: inputs['doppler-token'] || (context.env?.DOPPLER_TOKEN ?? '').trim(),
                project: inputs['doppler-project'],
                apiUrl: inputs['doppler-api-url'],
            },
            allowMissing: inputs['allow-missing-secrets'],
        },
        workspace: context.workspace,
        showSecrets: context.showSecrets ?? false,
        serviceAccount: context.serviceAccount ?? '',
    };
}
/** The action's side: reads each input once through the given reader (core.getInput in production). */
function readActionSettings(getInput, workspace, env = {}) {
    const raw = {};
    for (const name of INPUT_NAMES)
        raw[name] = getInput(name);
    return parseSettings(raw, { workspace, env });
}
/** The CLI's side: `kubesync <command> [manifest] [--input-name value ...]`, same names as the action. */
function parseCliArgs(argv, cwd, env = {}) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            allowNegative: true,
            options: {
                ...Object.fromEntries(INPUT_NAMES.map((name) => [
                    name,
                    { type: isSwitch(name) ? 'boolean' : 'string' },
                ])),
                'show-secrets': { type: 'boolean' },
                'service-account': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new UserError(`${error.message}; run kubesync --help for the flags`);
    }
    const positionals = parsed.positionals;
    const values = parsed.values;
    if (values.help || positionals.length === 0)
        return { kind: 'help', text: cliHelp() };
    const [command, manifest, ...extra] = positionals;
    if (extra.length > 0)
        throw new UserError(`unexpected arguments: ${extra.join(' ')}; give one manifest path`);
    const raw = { command };
    for (const name of INPUT_NAMES) {
        const value = values[name];
        if (typeof value === 'string')
            raw[name] = value;
        if (typeof value === 'boolean')
            raw[name] = String(value);
    }
    if (manifest !== undefined) {
        if (raw.manifest !== undefined)
            throw new UserError('give the manifest either as an argument or as --manifest');
        raw.manifest = external_node_path_default().isAbsolute(manifest) ? external_node_path_default().relative(cwd, manifest) || '.' : manifest;
    }
    return {
        kind: 'run',
        settings: parseSettings(raw, {
            workspace: cwd,
            showSecrets: values['show-secrets'] === true,
            serviceAccount: typeof values['service-account'] === 'string' ? values['service-account'] : '',
            env,
        }),
    };
}
/** Inputs that are true/false are plain switches in the CLI: `--prune`, `--no-wait`. */
function isSwitch(name) {
    const value = INPUTS[name].default;
    return value === 'true' || value === 'false';
}
function cliHelp() {
    const flags = INPUT_NAMES.filter((name) => name !== 'command' && name !== 'manifest').map((name) => {
        const flag = isSwitch(name) ? `  --${name}, --no-${name}` : `  --${name} <value>`;
        return `${flag.padEnd(40)}${wrapDescription(INPUTS[name].description, INPUTS[name].default)}`;
    });
    return [
        'kubesync: push-based GitOps for Kubernetes',
        '',
        'Usage: kubesync <command> [manifest] [flags]',
        '',
        'Commands:',
        '  validate    check the manifests offline; exit 1 on any error',
        '  render      print the rendered Kubernetes YAML (Secret values masked)',
        '  plan        diff against the live cluster; exit 0 in sync, 1 with changes, 2 on error (as kubectl diff)',
        '  apply       apply to the cluster, wait until healthy, prune; exit 0 synced, 2 on failure',
        '  rbac        print the Role and ClusterRole the deploying identity needs, for kubectl apply -f -',
        '',
        `manifest defaults to ${INPUTS.manifest.default}. Flags mirror the action's inputs:`,
        ...flags,
        `${'  --show-secrets'.padEnd(40)}render: print Secret values instead of masking them`,
        `${'  --service-account <namespace>/<name>'.padEnd(40)}rbac: also bind the roles to this ServiceAccount`,
        `${'  -h, --help'.padEnd(40)}this help`,
        '',
    ].join('\n');
}
function wrapDescription(description, defaultValue) {
    return defaultValue ? `${description} (default: ${defaultValue})` : description;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/provenance.ts


/**
 * Which commit and run this is: from the runner's environment in a workflow, from git in a terminal.
 * The commit time (for the out-of-order guard) always comes from git, since events do not carry it.
 */
async function readProvenance(env, workspace) {
    const git = async (...args) => {
        try {
            const result = await (0,exec/* getExecOutput */.H)('git', ['-C', workspace, ...args], {
                silent: true,
                ignoreReturnCode: true,
            });
            return result.exitCode === 0 ? result.stdout.trim() : undefined;
        }
        catch {
            return undefined;
        }
    };
    const commit = env.GITHUB_SHA || (await git('rev-parse', 'HEAD')) || 'unknown';
    const commitTime = commit === 'unknown' ? undefined : await git('show', '-s', '--format=%cI', commit);
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : `cli:${external_node_os_default().userInfo().username}@${external_node_os_default().hostname()}`;
    const ref = env.GITHUB_REF || (await git('rev-parse', '--abbrev-ref', 'HEAD')) || 'unknown';
    return {
        commit,
        commitTime: commitTime || undefined,
        run,
        ref,
        ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var lib_core = __webpack_require__(7264);
;// CONCATENATED MODULE: ./src/report/log.ts

const actionLog = {
    info: (line) => lib_core/* info */.pq(line),
    warning: (line) => lib_core/* warning */.$e(line),
    group: (name, run) => lib_core/* group */.Os(name, run),
};
/** The CLI logs to stderr, so stdout stays the diff or the YAML a script may pipe on. */
const terminalLog = {
    info: (line) => process.stderr.write(`${line}\n`),
    warning: (line) => process.stderr.write(`warning: ${line}\n`),
    group: async (name, run) => {
        process.stderr.write(`── ${name}\n`);
        return run();
    },
};

;// CONCATENATED MODULE: ./src/report/change-label.ts
/** `update; replace required: spec.selector is immutable; …`: the action and what a reviewer must know. */
function changeLabel(change) {
    const parts = [change.action === 'orphan' ? 'would be orphaned' : change.action];
    if (change.conflict)
        parts.push('conflicts with another field manager, needs force-conflicts');
    if (change.note)
        parts.push(change.note);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/report/identifiers.ts

/**
 * Tells the redaction every name a report of this plan prints (kinds, names, namespaces, labels, file
 * paths, and `extra`: the app, the environment, the cluster), so that no redaction of the report, here
 * or later (the Octokit hook, the job summary, the log), rewrites one of them.
 */
function keepReportIdentifiers(plan, findings, extra = []) {
    const names = new Set();
    for (const name of extra)
        if (name)
            names.add(name);
    for (const { origin } of findings)
        names.add(origin.file);
    for (const change of plan?.changes ?? []) {
        if (change.origin)
            names.add(change.origin.file);
        for (const object of [change.desired, change.live])
            if (object)
                for (const name of identifiersOf(object))
                    names.add(name);
        const { kind, namespace, name } = change.ref;
        for (const part of [kind, namespace, name, change.subject])
            if (part)
                names.add(part);
    }
    secretValues.keepIdentifiers(names);
}
/**
 * The findings a plan report shows: those given, and a warning for each Secret value in the plan too
 * short to be redacted from text (once, whoever else reported it).
 */
function findingsOfPlan(findings, plan) {
    const short = shortValueFindings((plan?.changes ?? []).flatMap((change) => change.desired ? [{ object: change.desired, origin: change.origin }] : []));
    const key = (finding) => `${finding.rule}\u0000${finding.origin.file}:${finding.origin.line}\u0000${finding.message}`;
    const known = new Set(findings.map(key));
    return [...findings, ...short.filter((finding) => !known.has(key(finding)))];
}

;// CONCATENATED MODULE: ./src/report/inline.ts
/**
 * Inline pieces of GitHub-flavoured Markdown that are safe anywhere in the PR comment, table cells
 * included (where an unescaped `|` ends the cell, even inside a code span).
 */
/** `text` as a code span: one line, no backtick to end it early, pipes escaped for tables. */
function code(text) {
    return `\`${text.replace(/\r?\n/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Text inside an HTML element such as `<summary>`, where Markdown escapes do not apply. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\r?\n/g, ' ');
}
/** `[text](url)`, with the brackets and pipes of the text escaped. */
function inline_link(text, url) {
    return `[${text.replace(/[\\[\]|]/g, (character) => `\\${character}`)}](${url})`;
}
/** `1 object`, `2 objects`. */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ./src/report/own-metadata.ts





/** The labels and annotations kubesync writes on every object it applies, whatever the manifests say. */
const OWN_LABELS = [PART_OF_LABEL];
const OWN_ANNOTATIONS = [
    ...PROVENANCE_ANNOTATIONS,
    'kubectl.kubernetes.io/last-applied-configuration',
];
/**
 * A copy without kubesync's own labels and annotations (the ApplySet label, the commit, run and ref,
 * the Doppler checksum on a pod template): a reviewer of a new or deleted object reads what the
 * manifests say, and the comment says once that kubesync adds these.
 */
function withoutOwnMetadata(object) {
    const copy = withoutChecksum(object);
    if (isRecord(copy.metadata)) {
        dropKeys(copy.metadata, 'labels', OWN_LABELS);
        dropKeys(copy.metadata, 'annotations', OWN_ANNOTATIONS);
    }
    const template = templateMetadata(copy);
    if (template)
        dropKeys(template, 'annotations', []);
    return copy;
}
/** Deletes `keys` from the map at `metadata[field]`, and the map itself when that leaves it empty. */
function dropKeys(metadata, field, keys) {
    const map = metadata[field];
    if (!isRecord(map))
        return;
    for (const key of keys)
        delete map[key];
    if (Object.keys(map).length === 0)
        delete metadata[field];
}
function templateMetadata(object) {
    let current = object;
    for (const part of podSpecPathOf(object)?.slice(0, -1) ?? [])
        current = isRecord(current) ? current[part] : undefined;
    return current !== object && isRecord(current) && isRecord(current.metadata) ? current.metadata : undefined;
}

;// CONCATENATED MODULE: ./src/report/key-change.ts




/** Images named one by one in a cell; more become "and N more". */
const MAX_IMAGES = 2;
/** Changed fields named when nothing more specific was found. */
const MAX_FIELDS = 3;
/**
 * What a reviewer looks for first in a change, as Markdown for a table cell: the image (`redis:alpine`
 * → `redis:7.2-alpine`), the replicas, how many env values, ConfigMap keys or Secret values changed;
 * else which fields. Compares what kubesync sends (`desired`) with the live object, field by field of
 * the desired side, so what the server defaults never counts. Secret values are only counted.
 */
function keyChanges(change) {
    const { desired, live } = change;
    if (change.action === 'create' && desired)
        return imageChanges(undefined, desired);
    if (change.action !== 'update' || !desired || !live)
        return [];
    const found = [
        ...imageChanges(live, desired),
        ...replicaChange(live, desired),
        ...envChange(live, desired),
        ...dataChange(live, desired),
    ];
    return found.length > 0 ? found : fieldChanges(live, desired);
}
/** Containers and init containers by name. */
function containersOf(object) {
    const spec = podSpecOf(object)?.spec;
    const containers = new Map();
    for (const field of ['initContainers', 'containers']) {
        const list = spec?.[field];
        if (!Array.isArray(list))
            continue;
        for (const container of list)
            if (isRecord(container) && typeof container.name === 'string')
                containers.set(container.name, container);
    }
    return containers;
}
function imageChanges(live, desired) {
    const before = live ? containersOf(live) : new Map();
    const changes = [];
    for (const [name, container] of containersOf(desired)) {
        const image = container.image;
        const old = before.get(name)?.image;
        if (typeof image !== 'string' || image === old)
            continue;
        changes.push(typeof old === 'string' ? `${code(old)} → ${code(image)}` : code(image));
    }
    if (changes.length === 0)
        return [];
    const more = changes.length > MAX_IMAGES ? [`and ${changes.length - MAX_IMAGES} more`] : [];
    return [`image ${[...changes.slice(0, MAX_IMAGES), ...more].join(', ')}`];
}
function replicaChange(live, desired) {
    const after = isRecord(desired.spec) ? desired.spec.replicas : undefined;
    const before = isRecord(live.spec) ? live.spec.replicas : undefined;
    if (typeof after !== 'number' || after === before)
        return [];
    return [`replicas ${typeof before === 'number' ? before : '–'} → ${after}`];
}
/** Env entries added, changed or removed, over every container both sides have. */
function envChange(live, desired) {
    const before = containersOf(live);
    let count = 0;
    for (const [name, container] of containersOf(desired)) {
        const old = before.get(name);
        if (old)
            count += changedEntries(byName(old.env), byName(container.env));
    }
    return count > 0 ? [plural(count, 'env value')] : [];
}
function byName(list) {
    const entries = new Map();
    if (Array.isArray(list))
        for (const item of list)
            if (isRecord(item) && typeof item.name === 'string')
                entries.set(item.name, item);
    return entries;
}
/** Keys added, removed, or whose desired value the live one does not match. */
function changedEntries(before, after) {
    let count = [...before.keys()].filter((key) => !after.has(key)).length;
    for (const [key, value] of after)
        if (!before.has(key) || !covers(before.get(key), value))
            count++;
    return count;
}
/** ConfigMap keys, or Secret values (counted, never shown), that differ. */
function dataChange(live, desired) {
    const kind = kindOf(desired);
    if (kind === 'ConfigMap') {
        const count = changedEntries(configMapData(live), configMapData(desired));
        return count > 0 ? [plural(count, 'data key')] : [];
    }
    if (kind === 'Secret') {
        const count = changedEntries(secretData(live), secretData(desired));
        return count > 0 ? [plural(count, 'Secret value')] : [];
    }
    return [];
}
function configMapData(object) {
    const entries = new Map();
    for (const field of ['data', 'binaryData']) {
        const data = object[field];
        if (isRecord(data))
            for (const [key, value] of Object.entries(data))
                entries.set(`${field}/${key}`, value);
    }
    return entries;
}
/** Decoded values: stringData is written over data, as the server does. */
function secretData(object) {
    const entries = new Map();
    if (isRecord(object.data))
        for (const [key, value] of Object.entries(object.data))
            entries.set(key, typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : value);
    if (isRecord(object.stringData))
        for (const [key, value] of Object.entries(object.stringData))
            entries.set(key, value);
    return entries;
}
/** The top two levels of fields whose desired value the live object does not have (`spec.ports`). */
function fieldChanges(live, desired) {
    const paths = [];
    for (const [key, value] of Object.entries(desired)) {
        // A Secret's stringData is merged into data by the server: compared above, never stored.
        if (['apiVersion', 'kind', 'status', 'stringData'].includes(key))
            continue;
        const old = live[key];
        if (!isRecord(value) || !isRecord(old)) {
            if (!covers(old, value))
                paths.push(key);
            continue;
        }
        for (const [field, child] of Object.entries(value)) {
            const ours = key === 'metadata' ? withoutOwnKeys(field, child) : child;
            if (!covers(old[field], ours))
                paths.push(`${key}.${field}`);
        }
    }
    if (paths.length === 0)
        return [];
    const more = paths.length > MAX_FIELDS ? [`and ${paths.length - MAX_FIELDS} more`] : [];
    return [[...paths.slice(0, MAX_FIELDS).map(code), ...more].join(', ')];
}
/** kubesync's own labels and annotations change with every commit: never a reviewer's concern. */
function withoutOwnKeys(field, value) {
    const own = field === 'labels' ? OWN_LABELS : field === 'annotations' ? OWN_ANNOTATIONS : undefined;
    if (!own || !isRecord(value))
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !own.includes(key)));
}
/** Whether `live` has every field `desired` sets, with the same value (lists item by item). */
function covers(live, desired) {
    if (Array.isArray(desired))
        return (Array.isArray(live) &&
            live.length === desired.length &&
            desired.every((item, index) => covers(live[index], item)));
    if (isRecord(desired))
        return isRecord(live) && Object.entries(desired).every(([key, value]) => covers(live[key], value));
    return live === desired;
}

;// CONCATENATED MODULE: ./src/report/plan-text.ts




const SYMBOL = {
    create: '+',
    update: '~',
    delete: '-',
    unchanged: '=',
    orphan: '?',
};
/** `2 to create, 1 to update, 1 to delete, 3 unchanged`, plus orphans when there are any. */
function countsLine(plan) {
    const { counts } = plan;
    const parts = [
        `${counts.create} to create`,
        `${counts.update} to update`,
        `${counts.delete} to delete`,
        `${counts.unchanged} unchanged`,
    ];
    if (counts.orphan > 0)
        parts.push(`${counts.orphan} would be orphaned (prune is off)`);
    return parts.join(', ');
}
/**
 * The counts of a commit status, within its 140 characters: what applying changes, destructive changes
 * (replacements, deletes) on their own, and what prune being off leaves behind. Empty when nothing.
 */
function statusCounts(plan) {
    const replace = plan.changes.filter((change) => change.action === 'update' && change.replace).length;
    const { counts } = plan;
    const parts = [
        counts.create > 0 && `${counts.create} to create`,
        counts.update - replace > 0 && `${counts.update - replace} to update`,
        replace > 0 && `${replace} to replace`,
        counts.delete > 0 && `${counts.delete} to delete`,
        counts.orphan > 0 && `${counts.orphan} left behind`,
    ];
    return parts.filter(Boolean).join(', ');
}
/**
 * The plan as a terminal or a log shows it: warnings on Secret values too short to redact, one line per
 * object with its key change, then the diffs.
 */
function formatPlan(plan, header) {
    const lines = [`${header}: ${plan.syncStatus}: ${countsLine(plan)}`, ''];
    const warnings = findingsOfPlan([], plan);
    keepReportIdentifiers(plan, warnings, [header]);
    for (const warning of warnings)
        lines.push(formatFinding(warning));
    if (warnings.length > 0)
        lines.push('');
    for (const change of plan.changes) {
        const key = keyChanges(change).join('; ').replace(/`/g, '');
        lines.push(`${SYMBOL[change.action]} ${change.subject} (${changeLabel(change)})${key ? `: ${key}` : ''}`);
    }
    const diffs = diffText(plan);
    return `${lines.join('\n')}\n${diffs ? `\n${diffs}` : ''}`;
}
/** Every change's diff, in plan order: the content of the `diff-file` output. */
function diffText(plan) {
    return plan.changes
        .filter((change) => change.diff)
        .map((change) => change.diff)
        .join('');
}
/** The outputs a plan sets, shared by plan and apply. */
function planOutputs(plan, syncStatus) {
    return {
        'sync-status': syncStatus,
        'has-changes': String(plan ? plan.syncStatus === 'OutOfSync' : false),
        added: String(plan?.counts.create ?? 0),
        changed: String(plan?.counts.update ?? 0),
        deleted: String(plan?.counts.delete ?? 0),
        'plan-digest': plan?.digest ?? '',
    };
}

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/package.json
var client_node_package = __webpack_require__(4541);
;// CONCATENATED MODULE: ./src/version-info.ts
// The Kubernetes client's package.json, read at build time: ncc inlines the JSON into the bundle, so the
// version printed is the one bundled, whatever is (or is not) installed next to it.


/** The version of `@kubernetes/client-node` inside this build. */
const KUBERNETES_CLIENT_VERSION = client_node_package/* version */.rE;
/**
 * What `kubesync --version` prints and the action logs first, e.g.
 * `kubesync 0.1.0 (@kubernetes/client-node 2.0.1, Node.js v24.21.0)`.
 */
function versionLine(nodeVersion = process.version) {
    return `kubesync ${VERSION} (@kubernetes/client-node ${KUBERNETES_CLIENT_VERSION}, Node.js ${nodeVersion})`;
}

;// CONCATENATED MODULE: ./src/cli.ts














/**
 * The same commands from a terminal. Exit codes follow `kubectl diff`: 0 fine and in sync, 1 problems
 * found or changes planned, 2 failure. Results go to stdout, progress and findings to stderr.
 */
async function runCli(argv, cwd, env = process.env, writeUnredacted = (text) => process.stdout.write(text), signal) {
    if (argv.includes('--version')) {
        process.stdout.write(`${versionLine()}\n`);
        return 0;
    }
    try {
        const request = parseCliArgs(argv, cwd, env);
        if (request.kind === 'help') {
            process.stdout.write(request.text);
            return 0;
        }
        const { settings } = request;
        secretValues.register(settings.secrets.doppler.token);
        switch (settings.command) {
            case 'validate': {
                const result = await validateManifests(settings);
                printFindings(result.findings, process.stdout);
                process.stdout.write(`${result.loaded.resources.length} objects, ${result.errors} errors, ${result.warnings} warnings\n`);
                return result.valid ? 0 : 1;
            }
            case 'render': {
                const result = await renderManifests(settings);
                printFindings(result.validation.findings, process.stderr);
                // --show-secrets asks for the values on this terminal; everything else stays redacted.
                if (settings.showSecrets)
                    writeUnredacted(result.yaml);
                else
                    process.stdout.write(result.yaml);
                return result.validation.valid ? 0 : 1;
            }
            case 'auto':
            case 'plan': {
                const result = await runPlan(settings, await readProvenance(env, cwd), terminalLog, env);
                printFindings(result.validation.findings, process.stderr);
                if (!result.validation.valid)
                    return 2;
                if (!result.plan) {
                    process.stdout.write(`${result.app}: Unknown: ${result.unknownReason ?? ''}; ${result.validation.loaded.resources.length} objects rendered and valid (kubesync render shows them)\n`);
                    return 0;
                }
                process.stdout.write(formatPlan(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`));
                return result.plan.syncStatus === 'OutOfSync' ? 1 : 0;
            }
            case 'rbac': {
                const result = await runRbac(settings);
                printFindings(result.validation.findings, process.stderr);
                process.stdout.write(result.yaml);
                return result.validation.valid ? 0 : 1;
            }
            case 'apply': {
                const provenance = await readProvenance(env, cwd);
                // A cancelled apply finishes cleaning up (the lock) before the process ends.
                const result = await withCleanup(() => runApply(settings, provenance, terminalLog, env, { signal }));
                printFindings(result.validation.findings, process.stderr);
                if (result.plan)
                    process.stdout.write(formatPlan(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`));
                for (const line of result.restored)
                    process.stdout.write(`rolled back: ${line}\n`);
                for (const subject of result.pruned)
                    process.stdout.write(`pruned: ${subject}\n`);
                for (const problem of result.problems)
                    process.stderr.write(`error: ${problem}\n`);
                process.stdout.write(`${result.app}: ${result.dryRun ? 'dry run, nothing changed: ' : ''}${result.syncStatus}\n`);
                return result.syncStatus === 'Failed' ? 2 : 0;
            }
        }
    }
    catch (error) {
        process.stderr.write(`kubesync: ${isUserError(error) ? error.message : String(error.stack ?? error)}\n`);
        return 2;
    }
}
function printFindings(findings, stream) {
    for (const finding of findings)
        stream.write(`${formatFinding(finding)}\n`);
}

;// CONCATENATED MODULE: ./src/github-event.ts

/** Reads the runner's environment and the event payload file once, at the start of a run. */
function readRunContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pull = event.pull_request;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repository: owner && repo ? { owner, repo } : undefined,
        runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
        sha: pull?.head?.sha ?? env.GITHUB_SHA ?? '',
        pullRequest: pull?.number !== undefined
            ? { number: pull.number, fromFork: pull.head?.repo?.full_name !== pull.base?.repo?.full_name }
            : undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/report/links.ts
/**
 * The repository's web address, from the run's (`<server>/<owner>/<repo>/actions/runs/<id>`), so that
 * GitHub Enterprise Server links point at the same server; undefined when the run has no repository.
 */
function repositoryUrlOf(runUrl) {
    const match = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\/[^/]*$/.exec(runUrl);
    return match?.[1];
}
function commitUrl(links) {
    return `${links.url}/commit/${links.sha}`;
}
/**
 * The line of a manifest at the commit (`…/blob/<sha>/k8s/web.yaml#L12`); undefined for an origin
 * that is no file of the repository (`input create-namespace`, a path outside the checkout).
 */
function fileLineUrl(links, origin) {
    const file = origin.file.replace(/^\.\//, '');
    if (!file || file.startsWith('/') || file.startsWith('../') || file.startsWith('input '))
        return undefined;
    const path = file.split('/').map(encodeURIComponent).join('/');
    return `${links.url}/blob/${links.sha}/${path}#L${origin.line}`;
}

;// CONCATENATED MODULE: ./src/report/plan-overview.ts



/** The order rows are listed in: what changes running objects first, then what is new, then what stays. */
const ACTION_ORDER = {
    update: 0,
    delete: 1,
    create: 2,
    orphan: 3,
    unchanged: 4,
};
/** Objects named in one sentence; the rest are counted. */
const MAX_NAMED = 5;
/** What the plan does to an object, in a word or two: `create`, `replace`, `delete`, `left behind`. */
function shortAction(change) {
    if (change.action === 'orphan')
        return 'left behind';
    if (change.action === 'delete')
        return '**delete**';
    if (change.action !== 'update')
        return change.action;
    const parts = [change.replace?.allowed ? '**replace**' : 'update'];
    if (change.replace && !change.replace.allowed)
        parts.push('⛔ needs force-replace');
    if (change.conflict)
        parts.push('⚠️ needs force-conflicts');
    return parts.join(', ');
}
/** Every change that is not `unchanged`, in the order the overview lists them. */
function changedObjects(plan) {
    return plan.changes
        .filter((change) => change.action !== 'unchanged')
        .map((change, index) => ({ change, index }))
        .sort((a, b) => ACTION_ORDER[a.change.action] - ACTION_ORDER[b.change.action] || a.index - b.index)
        .map(({ change }) => change);
}
/** `2 to create, 1 to update, 29 unchanged, 2 left behind (prune is off)`: the counts that are not zero. */
function countsSentence(plan) {
    const { counts } = plan;
    const parts = [
        counts.create > 0 && `${counts.create} to create`,
        counts.update > 0 && `${counts.update} to update`,
        counts.delete > 0 && `**${counts.delete} to delete**`,
        `${counts.unchanged} unchanged`,
        counts.orphan > 0 && `${counts.orphan} left behind (prune is off)`,
    ];
    return parts.filter(Boolean).join(', ');
}
/**
 * One table of the changed objects: kind, namespace/name, action and the key change, within `room`
 * characters; the rows that do not fit are counted in a last line pointing at the job summary.
 */
function overviewTable(changes, room, runUrl) {
    if (changes.length === 0)
        return '';
    const lines = ['| kind | namespace/name | action | key change |', '| --- | --- | --- | --- |'];
    let size = lines.join('\n').length + 200;
    let shown = 0;
    for (const change of changes) {
        const { kind, namespace, name } = change.ref;
        const row = `| ${escapeMarkdown(kind)} | ${code(namespace ? `${namespace}/${name}` : name)} | ${shortAction(change)} | ${keyChanges(change).join('; ')} |`;
        if (size + row.length + 1 > room)
            break;
        lines.push(row);
        size += row.length + 1;
        shown++;
    }
    if (shown === 0)
        return `_${plural(changes.length, 'object')} changed: the [job summary](${runUrl}) lists them._\n\n`;
    if (shown < changes.length)
        lines.push('', `_…and ${changes.length - shown} more in the [job summary](${runUrl})._`);
    return `${lines.join('\n')}\n\n`;
}
/** `Deployment shop/a, Service shop/a and 3 more`. */
function nameObjects(changes) {
    const named = changes.slice(0, MAX_NAMED).map((change) => escapeMarkdown(change.subject));
    const more = changes.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/** The last lines: what merging does, and what it leaves behind or refuses. */
function nextSteps(plan, valid, settings) {
    if (!valid)
        return '**Next:** fix the errors above; nothing is applied while one stands.\n';
    const target = settings.environment ? code(settings.environment) : 'the cluster';
    if (!plan)
        return `**Next:** merging applies the manifests to ${target}; the apply plans against the cluster first.\n`;
    const lines = [];
    if (plan.syncStatus === 'Synced')
        lines.push(`**Next:** merging changes nothing in ${target}.`);
    else {
        const guard = settings.requirePlanMatch === undefined
            ? ''
            : settings.requirePlanMatch
                ? '; require-plan-match is on: the apply refuses if its plan differs from this one'
                : '; require-plan-match is off: if its plan differs from this one, the apply warns and goes on';
        lines.push(`**Next:** merging applies this to ${target}${guard}.`);
    }
    const refused = plan.changes.filter((change) => (change.replace && !change.replace.allowed) || change.conflict);
    if (refused.length > 0)
        lines.push(`The apply refuses ${plural(refused.length, 'object')} as it stands: ${nameObjects(refused)} (see above).`);
    const deleted = plan.changes.filter((change) => change.action === 'delete');
    if (deleted.length > 0)
        lines.push(`Prune is on: it deletes ${nameObjects(deleted)}.`);
    const orphans = plan.changes.filter((change) => change.action === 'orphan');
    if (orphans.length > 0)
        lines.push(`Prune is off: ${plural(orphans.length, 'object')} will be left behind: ${nameObjects(orphans)}. Set ${code('prune: true')} to delete them.`);
    return `${lines.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/review-diff.ts








/**
 * The diff a reviewer reads. A new object without kubesync's own labels and annotations; a deleted one
 * as the fields kubesync applied to it (its `managedFields` entry), without what the server defaulted
 * or set; an update as planned. Data in, text out: the plan's diff stays the record (the diff-file).
 */
function reviewDiff(change) {
    if (change.action === 'create')
        return createdDiff(change) ?? change.diff;
    if (change.action === 'delete' && change.live)
        return removalDiff(change.subject, appliedFields(change.live));
    return change.diff;
}
/**
 * The object as kubesync applied it: identity plus the fields of its `kubesync` Apply entry, Secret
 * values masked. An object with no such entry (applied before kubesync tracked it) shows its live
 * state without server-maintained fields.
 */
function appliedFields(live) {
    const fields = ownedFields(live, FIELD_MANAGER);
    if (Object.keys(fields).length === 0)
        return maskSecret(withoutOwnMetadata(normalize(live)));
    const { name, namespace } = metadataOf(live);
    const extracted = extractFields(live, fields);
    const applied = {
        apiVersion: live.apiVersion,
        kind: live.kind,
        ...extracted,
        metadata: {
            name,
            ...(namespace === undefined ? {} : { namespace }),
            ...(isRecord(extracted.metadata) ? extracted.metadata : {}),
        },
    };
    return maskSecret(withoutOwnMetadata(applied));
}
/** The diff of a create, parsed back to the object the dry run returned, without kubesync's metadata. */
function createdDiff(change) {
    const lines = change.diff.split('\n');
    const hunk = lines.findIndex((line) => line.startsWith('@@'));
    if (hunk === -1)
        return undefined;
    const added = lines.slice(hunk + 1).filter((line) => line.startsWith('+'));
    let object;
    try {
        object = (0,dist/* parse */.qg)(added.map((line) => line.slice(1)).join('\n'));
    }
    catch {
        return undefined;
    }
    if (!isRecord(object))
        return undefined;
    return patch(change.subject, undefined, withoutOwnMetadata(object));
}
function removalDiff(subject, applied) {
    return patch(subject, applied, undefined);
}
function patch(subject, before, after) {
    const yaml = (object) => object ? (0,dist/* stringify */.As)(sortKeys(object), { lineWidth: 0 }) : '';
    return (0,create/* createTwoFilesPatch */.ss)(before ? `live/${subject}` : '/dev/null', after ? `desired/${subject}` : '/dev/null', yaml(before), yaml(after), '', '', { context: 3 }).replace(/^=+\n/, '');
}

;// CONCATENATED MODULE: ./src/report/change-blocks.ts







/** The overview table may take this share of the room; the diffs get the rest. */
const OVERVIEW_SHARE = 0.4;
/**
 * The changes of a plan within `room` characters: the overview table, then one collapsible block per
 * object with its diff, then a footnote on kubesync's own metadata when a diff leaves it out. What does
 * not fit is counted, pointing at the job summary (see `fitBlocks`).
 */
function renderChanges(plan, runUrl, links, room) {
    const changed = changedObjects(plan);
    const overview = overviewTable(changed, Math.floor(room * OVERVIEW_SHARE), runUrl);
    const blocks = changed
        .map((change) => ({ change, diff: reviewDiff(change), body: '' }))
        .filter((block) => block.diff);
    const total = blocks.length;
    for (const block of blocks)
        block.body = renderBlock(block, runUrl, links, false);
    const budget = room - overview.length - OWN_METADATA_NOTE.length - 200;
    fitBlocks(blocks, budget, (block) => renderBlock(block, runUrl, links, true));
    const footnote = blocks.some((block) => block.change.action !== 'update') ? OWN_METADATA_NOTE : '';
    const dropped = total - blocks.length;
    const rest = dropped > 0 ? `_${plural(dropped, 'more diff')} in the ${inline_link('job summary', runUrl)}._\n\n` : '';
    return `${overview}${blocks.map((block) => block.body).join('')}${rest}${footnote}`;
}
/**
 * Makes the blocks fit `budget`. A few large diffs give way, largest first, to a line each pointing at
 * the job summary; when even those lines would not fit (thousands of objects), the diffs that fit are
 * kept in order and the others left out, to be counted.
 */
function fitBlocks(blocks, budget, omitted) {
    if (blocks.reduce((sum, block) => sum + block.body.length, 0) <= budget)
        return;
    const short = blocks.map(omitted);
    if (short.reduce((sum, body) => sum + body.length, 0) <= budget) {
        let size = blocks.reduce((sum, block) => sum + block.body.length, 0);
        const bySize = [...blocks].sort((a, b) => b.body.length - a.body.length || a.change.subject.localeCompare(b.change.subject));
        for (const block of bySize) {
            if (size <= budget)
                break;
            const body = omitted(block);
            size -= block.body.length - body.length;
            block.body = body;
        }
        return;
    }
    let size = 0;
    const kept = blocks.filter((block) => {
        if (size + block.body.length > budget)
            return false;
        size += block.body.length;
        return true;
    });
    blocks.splice(0, blocks.length, ...kept);
}
const OWN_METADATA_NOTE = `<sub>kubesync adds ${OWN_LABELS.map(code).join(', ')} (label) and ${OWN_ANNOTATIONS.slice(0, 3).map(code).join(', ')} (annotations) to every object it applies; they are left out of the diffs of new and deleted objects.</sub>\n\n`;
function renderBlock(block, runUrl, links, omitted) {
    const { change, diff } = block;
    const summary = `${escapeHtml(change.subject)} (${escapeHtml(changeLabel(change))})`;
    const lines = diff.trimEnd().split('\n');
    const body = omitted
        ? `_Diff omitted (${plural(lines.length, 'line')}) to fit GitHub's comment limit; see the ${inline_link('job summary', runUrl)}._`
        : ['````diff', ...lines, '````'].join('\n');
    const intro = change.action === 'delete' ? `${deletedIntro(change, links)}\n\n` : '';
    return `<details><summary>${summary}</summary>\n\n${intro}${body}\n\n</details>\n\n`;
}
/** Who the deleted object is, and what of it the diff shows. */
function deletedIntro(change, links) {
    const { apiVersion, kind, namespace, name } = change.ref;
    const annotations = metadataOf(change.live ?? {}).annotations;
    const sha = isRecord(annotations) ? annotations['kubesync.io/commit'] : undefined;
    const from = typeof sha === 'string' && sha
        ? `, last applied from ${links ? inline_link(code(sha.slice(0, 7)), commitUrl({ ...links, sha })) : code(sha.slice(0, 7))}`
        : '';
    return `${code(apiVersion)} ${kind} ${code(namespace ? `${namespace}/${name}` : name)}${from}. Prune deletes it; below, the fields kubesync applied to it (server defaults left out).`;
}

;// CONCATENATED MODULE: ./src/report/finding-groups.ts



/** More warnings than this fold into a collapsed block, so that they never push the changes down. */
const FOLD_WARNINGS_OVER = 3;
/** Places linked in one row; the rest are counted. */
const MAX_PLACES = 5;
/** Findings by rule: errors first, then the rule with the most findings, then by name. */
function groupFindings(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const key = `${finding.severity}\u0000${finding.rule}`;
        const group = groups.get(key) ?? { severity: finding.severity, rule: finding.rule, findings: [] };
        group.findings.push(finding);
        groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') ||
        b.findings.length - a.findings.length ||
        a.rule.localeCompare(b.rule));
}
/**
 * The findings of the PR comment: one row per rule (how many, the first message, the places as links
 * to the lines at the commit), errors first and open, warnings folded when there are more than three.
 */
function renderFindings(findings, links) {
    const groups = groupFindings(findings);
    const errors = groups.filter((group) => group.severity === 'error');
    const warnings = groups.filter((group) => group.severity === 'warning');
    const warningCount = warnings.reduce((sum, group) => sum + group.findings.length, 0);
    if (groups.length === 0)
        return '';
    if (warningCount <= FOLD_WARNINGS_OVER)
        return `${table(groups, links).join('\n')}\n\n`;
    const lines = errors.length > 0 ? [...table(errors, links), ''] : [];
    const rules = plural(warnings.length, 'rule');
    lines.push(`<details><summary>⚠️ ${plural(warningCount, 'warning')} (${rules})</summary>`, '', ...table(warnings, links), '', '</details>');
    return `${lines.join('\n')}\n\n`;
}
function table(groups, links) {
    return [
        '| | rule | count | finding | where |',
        '| --- | --- | ---: | --- | --- |',
        ...groups.map((group) => {
            const [first] = group.findings;
            const more = group.findings.length - 1;
            const message = `${escapeMarkdown(first?.message ?? '')}${more > 0 ? ` (and ${more} more like it)` : ''}`;
            const icon = group.severity === 'error' ? '❌' : '⚠️';
            return `| ${icon} | ${code(group.rule)} | ${group.findings.length} | ${message} | ${places(group.findings, links)} |`;
        }),
    ];
}
/** `[k8s/web.yaml:12](…#L12), [k8s/api.yaml:9](…#L9) and 3 more`: each place once. */
function places(findings, links) {
    const seen = new Map();
    for (const { origin } of findings) {
        const text = `${origin.file}:${origin.line}`;
        if (seen.has(text))
            continue;
        const url = links ? fileLineUrl(links, origin) : undefined;
        seen.set(text, url ? inline_link(text, url) : escapeMarkdown(text));
    }
    const shown = [...seen.values()].slice(0, MAX_PLACES).join(', ');
    return seen.size > MAX_PLACES ? `${shown} and ${seen.size - MAX_PLACES} more` : shown;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts








/** GitHub refuses issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
const MARKER_START = '<!-- kubesync:';
const MARKER_END = ' -->';
/** The hidden first line that identifies an app's comment and carries what apply compares against. */
function commentMarker(app, environment) {
    return `${MARKER_START}${app}:${environment || 'default'} `;
}
function markerLine(input) {
    const data = {
        digest: input.plan?.digest ?? '',
        desired: input.desiredDigest ?? '',
        sha: input.sha,
    };
    return `${commentMarker(input.app, input.environment)}${JSON.stringify(data)}${MARKER_END}`;
}
/** Reads the digests and commit back out of a comment body written by `renderPlanComment`. */
function readMarker(body, app, environment) {
    const prefix = commentMarker(app, environment);
    if (!body.startsWith(prefix))
        return undefined;
    const end = body.indexOf(MARKER_END);
    try {
        return JSON.parse(body.slice(prefix.length, end));
    }
    catch {
        return undefined;
    }
}
/**
 * Redacts a comment body except its marker line, which holds identifiers and hashes only: redacting
 * an app or environment name that equals a secret value there would lose the comment.
 */
function redactComment(body) {
    const end = body.indexOf(`${MARKER_END}\n`);
    if (!body.startsWith(MARKER_START) || end === -1 || body.slice(0, end).includes('\n'))
        return secretValues.redact(body);
    const cut = end + MARKER_END.length + 1;
    return body.slice(0, cut) + secretValues.redact(body.slice(cut));
}
/**
 * The pull request comment for one app and environment, for a reviewer to take in at a glance: where
 * and what, the findings by rule (warnings folded), one table of the changed objects with their key
 * change, one collapsible diff per object, and what merging does next. Deterministic, and never over
 * GitHub's limit (see `renderChanges`).
 */
function renderPlanComment(input) {
    const findings = findingsOfPlan(input.findings, input.plan);
    // What the comment names reads as written, here and when the Octokit hook redacts it again.
    keepReportIdentifiers(input.plan, findings, [input.app, input.environment, input.context, input.server]);
    const links = input.repositoryUrl
        ? { url: input.repositoryUrl, sha: input.sha }
        : undefined;
    // The marker goes on after redaction, so that it stays findable.
    const marker = `${markerLine(input)}\n`;
    const head = `${renderHead(input, links)}${renderFindings(findings, links)}`;
    const tail = nextSteps(input.plan, !findings.some((finding) => finding.severity === 'error'), input);
    const room = COMMENT_LIMIT - marker.length - head.length - tail.length;
    const changes = input.plan ? renderChanges(input.plan, input.runUrl, links, room) : '';
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const end = secretValues.redact(`\n${tail}`);
    const limit = COMMENT_LIMIT - marker.length - end.length;
    let body = secretValues.redact(head + changes);
    if (body.length > limit) {
        const note = `\n_The list was cut to fit a comment; the [job summary](${input.runUrl}) has all of it._\n`;
        body = body.slice(0, limit - note.length) + note;
    }
    return marker + body + end;
}
function renderHead(input, links) {
    const environment = input.environment ? ` → ${code(input.environment)}` : '';
    const title = `### kubesync plan: ${code(input.app)}${environment}`;
    const cluster = input.context || input.server;
    const commit = code(input.sha.slice(0, 7));
    const where = [
        `**${input.syncStatus}**`,
        cluster ? ` on ${code(cluster)}` : '',
        ` for ${links ? inline_link(commit, commitUrl(links)) : commit}`,
        ` · ${inline_link('workflow run', input.runUrl)}`,
    ].join('');
    const lines = [title, '', where, ''];
    if (input.unknownReason)
        lines.push(`Status Unknown: ${escapeMarkdown(input.unknownReason)}.`, '');
    const plan = input.plan;
    if (plan?.syncStatus === 'Synced')
        lines.push('No changes: the cluster matches this commit.', '');
    if (plan)
        lines.push(`${countsSentence(plan)}.`, '');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/github-api.ts






/**
 * Short on purpose: a record is not worth holding a deploy for. Once one call has given up, later
 * calls of the run try once each, so an outage costs one retry budget, not one per record.
 */
const GITHUB_RETRY = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 4_000,
    maxElapsedMs: 20_000,
};
/** GitHub kept failing in a transient way (5xx, resets, refused connections) past the retries. */
class GitHubUnreachable extends Error {
    reason;
    name = 'GitHubUnreachable';
    constructor(reason) {
        super(`GitHub's API could not be reached: ${reason}`);
        this.reason = reason;
    }
}
function isGitHubUnreachable(error) {
    return error instanceof GitHubUnreachable;
}
/** The `request-timeout` default: a request that hangs is aborted, and retried like a dropped one. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * The one place kubesync talks to GitHub's API. There is a single retry layer, ours (Octokit's retry
 * plugin would repeat a create whose answer was lost after GitHub applied it); the throttling plugin
 * still waits out rate limits.
 */
class GitHubApi {
    log;
    requestTimeoutMs;
    octokit;
    unreachable = false;
    constructor(token, log = () => undefined, requestTimeoutMs = REQUEST_TIMEOUT_MS) {
        this.log = log;
        this.requestTimeoutMs = requestTimeoutMs;
        // Registered before throttling, so each attempt, a throttled retry included, gets its own deadline.
        // The options are changed in place: the hooks inside this one were bound to this very object.
        const deadline = (octokit) => {
            octokit.hook.wrap('request', (request, options) => {
                options.request = { ...options.request, signal: AbortSignal.timeout(this.requestTimeoutMs) };
                return request(options);
            });
        };
        this.octokit = (0,github/* getOctokit */.Q)(token, {
            throttle: {
                onRateLimit: (after, _options, _octokit, retryCount) => {
                    log(`GitHub rate limit: retrying in ${after}s`);
                    return retryCount < 2;
                },
                onSecondaryRateLimit: (after, _options, _octokit, retryCount) => {
                    log(`GitHub secondary rate limit: retrying in ${after}s`);
                    return retryCount < 2;
                },
            },
        }, deadline, dist_bundle/* throttling */.A);
        // The last line of defence: comment bodies and descriptions are text kubesync composed, redacted
        // here once more. The comment's marker line and every other field (context, environment, ref, the
        // deployment payload) are identifiers that must reach GitHub as they are, even when a secret value
        // happens to equal one.
        this.octokit.hook.before('request', (options) => {
            if (typeof options.body === 'string')
                options.body = redactComment(options.body);
            if (typeof options.description === 'string')
                options.description = secretValues.redact(options.description);
        });
    }
    /** A read, or a write that may be repeated (an edit, a status): retried while the failure is transient. */
    async call(permission, request) {
        return this.refusalNamesPermission(permission, () => this.retried(request));
    }
    /**
     * A create that must happen once. Its answer can be lost after GitHub applied it (a 502, a reset),
     * so before every new attempt `find` looks for what an earlier attempt may have made.
     */
    async createOnce(permission, find, create) {
        let attempted = false;
        return this.call(permission, async () => {
            if (attempted) {
                const found = await find();
                if (found !== undefined)
                    return found;
            }
            attempted = true;
            return create();
        });
    }
    async retried(request) {
        const policy = this.unreachable ? { ...GITHUB_RETRY, maxAttempts: 1 } : GITHUB_RETRY;
        try {
            return await withRetry(request, classifyGitHubFailure, policy, (reason, waitMs) => this.log(`GitHub: ${reason}; retrying in ${Math.round(waitMs)} ms`));
        }
        catch (error) {
            if (!classifyGitHubFailure(error).retry)
                throw error;
            this.unreachable = true;
            throw new GitHubUnreachable(timedOut(error)
                ? `no answer within request-timeout (${this.requestTimeoutMs} ms)`
                : describeFailure(error));
        }
    }
    async refusalNamesPermission(permission, call) {
        try {
            return await call();
        }
        catch (error) {
            const status = github_api_statusOf(error);
            if (status === 403 || status === 404 || status === 401) {
                throw new UserError(`GitHub refused the request (${status}): the github-token needs "${permission}"; add it under permissions: in the workflow`);
            }
            throw error;
        }
    }
}
/**
 * Runs one write of a record. When GitHub cannot be reached, the record is missing and nothing else:
 * the answer is a warning naming it, never a failure.
 */
async function tryRecord(what, write) {
    try {
        await write();
        return undefined;
    }
    catch (error) {
        if (!isGitHubUnreachable(error))
            throw error;
        return `could not record ${what} on GitHub: ${error.message}`;
    }
}
function github_api_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Octokit reports a connection that failed as a 500 without a response: that is a network error. */
function classifyGitHubFailure(error) {
    const failure = error;
    const status = github_api_statusOf(error);
    if (status === undefined || !failure?.response)
        return classifyHttpFailure(error, undefined);
    return classifyHttpFailure(error, {
        status,
        retryAfter: failure.response.headers?.['retry-after'],
        reason: `${status} ${failure.message ?? ''}`.trim(),
    });
}
/** The request-timeout's abort, however deep Octokit wrapped it. */
function timedOut(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        if (current.name === 'TimeoutError')
            return true;
        current = current.cause;
    }
    return false;
}
function describeFailure(error) {
    const failure = error;
    const message = failure?.message ?? String(error);
    const text = failure?.response && failure.status !== undefined ? `${failure.status} ${message}` : message;
    return secretValues.redact(text);
}

;// CONCATENATED MODULE: ./src/report/github.ts



/** GitHub limits a commit status description to 140 characters. */
const DESCRIPTION_LIMIT = 140;
/**
 * Who writes with the default GITHUB_TOKEN. GitHub may refuse to name a token's identity; then
 * kubesync assumes this one, never anything a pull request's author could choose.
 */
const ACTIONS_BOT = 'github-actions[bot]';
function newIdempotencyKey() {
    return (0,external_node_crypto_.randomUUID)();
}
/**
 * Every GitHub REST call kubesync makes: the PR comment, commit statuses and deployments, through
 * GitHubApi (retries, refusals that name the permission). Creates are made once even when GitHub
 * fails mid-request; only comments written by the token's own identity count as kubesync's.
 */
class GitHubReporter {
    repository;
    api;
    identityLookup;
    constructor(token, repository, log = () => undefined, requestTimeoutMs) {
        this.repository = repository;
        this.api = new GitHubApi(token, log, requestTimeoutMs);
    }
    /**
     * The login kubesync writes as. GraphQL's `viewer` names the owner of a personal token and the bot
     * of a GitHub App installation token alike (REST `GET /user` refuses the latter).
     */
    identity() {
        this.identityLookup ??= this.api
            .call('metadata: read', () => this.api.octokit.graphql('query { viewer { login } }'))
            .then((answer) => answer.viewer.login, (error) => {
            if (!isGitHubUnreachable(error))
                return ACTIONS_BOT;
            this.identityLookup = undefined;
            throw error;
        });
        return this.identityLookup;
    }
    /**
     * Edits this app's comment on the pull request in place, or creates it. A create whose answer was
     * lost is looked up again before it is retried, so there is never a second one.
     */
    async upsertComment(issueNumber, marker, body) {
        const found = await this.api.call('pull-requests: read', () => this.markedComments(issueNumber, marker));
        const edit = (id) => this.api.call('pull-requests: write', () => this.api.octokit.rest.issues.updateComment({ ...this.repository, comment_id: id, body }));
        if (found.ours) {
            await edit(found.ours.id);
            return { outcome: 'updated', ignored: found.others };
        }
        const created = await this.api.createOnce('pull-requests: write', async () => {
            const again = (await this.markedComments(issueNumber, marker)).ours;
            return again && { id: again.id, foundAgain: true };
        }, async () => {
            const { data } = await this.api.octokit.rest.issues.createComment({
                ...this.repository,
                issue_number: issueNumber,
                body,
            });
            return { id: data.id, foundAgain: false };
        });
        // Found after a lost answer, it may be an overlapping run's comment, with that run's plan.
        if (created.foundAgain)
            await edit(created.id);
        return { outcome: 'created', ignored: found.others };
    }
    /** This app's comment on a pull request, and who else wrote the marker there. */
    async findComment(issueNumber, marker) {
        return this.api.call('pull-requests: read', () => this.markedComments(issueNumber, marker));
    }
    /** Every page of the pull request's comments, searched for those that start with the marker. */
    async markedComments(issueNumber, marker) {
        const identity = await this.identity();
        const comments = await this.api.octokit.paginate(this.api.octokit.rest.issues.listComments, {
            ...this.repository,
            issue_number: issueNumber,
            per_page: 100,
        });
        const marked = comments.filter((comment) => comment.body?.startsWith(marker));
        const ours = marked.find((comment) => comment.user?.login === identity);
        const others = marked.flatMap((comment) => comment.user?.login === identity ? [] : [comment.user?.login ?? 'an unknown author']);
        return { ours: ours && { id: ours.id, body: ours.body ?? '' }, others: [...new Set(others)] };
    }
    async setStatus(sha, context, state, description, targetUrl) {
        await this.api.call('statuses: write', () => this.api.octokit.rest.repos.createCommitStatus({
            ...this.repository,
            sha,
            context,
            state,
            description: truncate(description, DESCRIPTION_LIMIT),
            target_url: targetUrl,
        }));
    }
    /** The pull requests a commit belongs to (the one a merge commit came from). */
    async pullRequestsOf(sha) {
        return this.api.call('pull-requests: read', async () => {
            const { data } = await this.api.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                ...this.repository,
                commit_sha: sha,
            });
            return data.map((pull) => pull.number);
        });
    }
    /**
     * Creates the Deployment once: after a failure that may have been applied, the Deployments of the
     * commit and environment are searched for the payload's idempotency key before trying again.
     */
    async createDeployment(deployment) {
        return this.api.createOnce('deployments: write', () => this.deploymentWithKey(deployment.sha, deployment.environment, deployment.payload.idempotency_key), async () => {
            const { data } = await this.api.octokit.rest.repos.createDeployment({
                ...this.repository,
                ref: deployment.sha,
                environment: deployment.environment,
                auto_merge: false,
                required_contexts: [],
                production_environment: deployment.production,
                transient_environment: deployment.transient,
                description: truncate(deployment.description, DESCRIPTION_LIMIT),
                payload: deployment.payload,
            });
            if (!('id' in data))
                throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
            return data.id;
        });
    }
    /** GitHub lists the newest Deployments first: one made moments ago is on the first page. */
    async deploymentWithKey(sha, environment, key) {
        const { data } = await this.api.octokit.rest.repos.listDeployments({
            ...this.repository,
            sha,
            environment,
            per_page: 100,
        });
        return data.find((deployment) => payloadKey(deployment.payload) === key)?.id;
    }
    async setDeploymentStatus(id, state, description, logUrl, environmentUrl) {
        await this.api.call('deployments: write', () => this.api.octokit.rest.repos.createDeploymentStatus({
            ...this.repository,
            deployment_id: id,
            state,
            description: truncate(description, DESCRIPTION_LIMIT),
            log_url: logUrl,
            auto_inactive: true,
            ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        }));
    }
}
/** GitHub returns a payload as it was given: an object, or a JSON string. */
function payloadKey(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    return typeof value === 'object' && value !== null
        ? value.idempotency_key
        : undefined;
}
/** Redacts before it cuts: a cut through a secret would leave a prefix no redaction recognizes. */
function truncate(text, limit) {
    const clean = secretValues.redact(text);
    return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./src/report/reviewed-plan.ts




/**
 * A hash of the desired objects alone, normalized and masked as the plan digest hashes them, without
 * the planned actions: the same manifests give the same hash whatever the cluster holds. Next to the
 * plan digest in the PR comment, it lets apply tell which side changed since the review.
 */
function desiredDigest(changes, ignore = []) {
    const entries = changes
        .flatMap((change) => change.desired
        ? [
            {
                subject: change.subject,
                desired: sortKeys(maskSecret(withoutChecksum(normalize(change.desired, ignore)))),
            },
        ]
        : [])
        .sort((a, b) => a.subject.localeCompare(b.subject));
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}
/** Why the plan about to be applied is not the reviewed one, or undefined when it is. */
function reviewProblem(reviewed, app, current) {
    const { pull, marker } = reviewed;
    if (pull === undefined)
        return `no reviewed plan found for ${app} (the commit belongs to no pull request)`;
    if (!marker?.digest)
        return `no reviewed plan found for ${app} in pull request #${pull}${ignoredNote(reviewed)}`;
    if (marker.digest === current.digest)
        return undefined;
    const where = `in pull request #${pull} (at ${marker.sha.slice(0, 7)})`;
    if (!marker.desired)
        return `the plan differs from the one reviewed ${where}`;
    if (marker.desired !== current.desired)
        return `the manifests differ from the ones reviewed ${where}`;
    return `the manifests are the ones reviewed ${where}, but the planned changes differ: the cluster changed since the review, or prune is set differently`;
}
function ignoredNote({ ignoredAuthors, identity }) {
    if (ignoredAuthors.length === 0)
        return '';
    const comments = ignoredAuthors.length === 1 ? 'a comment' : 'comments';
    return ` (ignored ${comments} by ${ignoredAuthors.join(', ')}: only comments by ${identity}, the identity kubesync runs as, count)`;
}

;// CONCATENATED MODULE: ./src/report/pull-request.ts







/** `kubesync/<environment>`, or `kubesync/<app>` when there is no environment, unless the input says otherwise. */
function statusContextOf(settings, app) {
    return settings.github.statusContext || `kubesync/${settings.environment || app}`;
}
/** The commit status a plan sets: success whatever the diff (a plan is information), failure on invalid manifests. */
function planStatus(result) {
    if (!result.validation.valid)
        return { state: 'failure', description: `Invalid: ${result.validation.errors} validation errors` };
    if (!result.plan)
        return { state: 'success', description: `Unknown: ${result.unknownReason ?? 'not planned'}` };
    const counts = statusCounts(result.plan);
    return { state: 'success', description: `${result.plan.syncStatus}${counts ? `: ${counts}` : ''}` };
}
/**
 * On a pull request: the plan as one comment kept up to date, and the commit status of its head. On a
 * schedule (drift detection): the commit status of the checked-out commit. When GitHub cannot be
 * reached, each missing record is a warning; the plan is in the job summary all the same.
 */
async function recordPlan(settings, run, result, log) {
    if ((!run.pullRequest && run.eventName !== 'schedule') || !run.repository)
        return;
    if (!settings.github.token) {
        log.warning('no github-token: the plan is in the job summary only');
        return;
    }
    try {
        await writeRecords(new GitHubReporter(settings.github.token, run.repository, log.info, settings.requestTimeoutMs), settings, run, result, log);
    }
    catch (error) {
        // A pull request from a fork runs with a read-only token: the plan still stands in the job summary.
        if (!(run.pullRequest?.fromFork && isUserError(error)))
            throw error;
        log.warning(`pull request from a fork, so its token is read-only: ${error.message}. The plan is in the job summary`);
    }
}
async function writeRecords(github, settings, run, result, log) {
    const status = planStatus(result);
    const context = statusContextOf(settings, result.app);
    const warnings = [
        await tryRecord(`the commit status ${context}`, () => github.setStatus(run.sha, context, status.state, status.description, run.runUrl)),
    ];
    const pull = run.pullRequest;
    if (pull && settings.github.comment) {
        const body = renderPlanComment({
            app: result.app,
            environment: settings.environment,
            sha: run.sha,
            server: result.server,
            context: result.context,
            syncStatus: result.syncStatus,
            unknownReason: result.unknownReason,
            plan: result.plan,
            desiredDigest: result.plan && desiredDigest(result.plan.changes, settings.ignoreDifferences),
            findings: result.validation.findings,
            runUrl: run.runUrl,
            repositoryUrl: repositoryUrlOf(run.runUrl),
            prune: settings.apply.prune,
            requirePlanMatch: settings.deployment.requirePlanMatch,
        });
        warnings.push(await tryRecord(`the plan comment on pull request #${pull.number}`, async () => {
            const { outcome, ignored } = await github.upsertComment(pull.number, commentMarker(result.app, settings.environment), body);
            if (ignored.length > 0)
                log.info(`ignored ${ignored.length === 1 ? 'a comment' : 'comments'} by ${ignored.join(', ')} carrying kubesync's marker: only kubesync's own comment is edited`);
            log.info(`pull request #${pull.number}: comment ${outcome}`);
        }));
    }
    for (const warning of warnings)
        if (warning)
            log.warning(`${warning}; the plan is in the job summary`);
}

;// CONCATENATED MODULE: ./src/report/apply-records.ts






/**
 * What an apply leaves on GitHub: the commit status `kubesync/<environment>` going pending → success or
 * failure, and a GitHub Deployment for the commit going in_progress → success or failure. Before
 * anything is applied, the plan is compared with the one reviewed in the pull request the commit came
 * from (the stale-plan guard). Without a token or a repository every step is skipped. GitHub is not the
 * cluster: a record GitHub cannot take is a warning, and the deploy goes on, except that
 * require-plan-match cannot be satisfied without reading the reviewed plan.
 */
class ApplyRecords {
    settings;
    run;
    log;
    runAttempt;
    warnings = [];
    deploymentId;
    environmentUrl;
    github;
    app;
    idempotencyKey = newIdempotencyKey();
    constructor(settings, run, log, runAttempt = '1') {
        this.settings = settings;
        this.run = run;
        this.log = log;
        this.runAttempt = runAttempt;
        if (settings.github.token && run.repository)
            this.github = new GitHubReporter(settings.github.token, run.repository, log.info, settings.requestTimeoutMs);
    }
    get hooks() {
        return { started: (app) => this.started(app), planned: (plan) => this.planned(plan) };
    }
    get statusContext() {
        return statusContextOf(this.settings, this.app ?? '');
    }
    async started(app) {
        this.app = app;
        const github = this.github;
        if (!github)
            return;
        await this.record(`the commit status ${this.statusContext} (pending)`, () => github.setStatus(this.run.sha, this.statusContext, 'pending', 'Syncing…', this.run.runUrl));
    }
    async planned(plan) {
        const github = this.github;
        const app = this.app;
        if (!github || !app)
            return;
        await this.checkReviewedPlan(github, app, plan);
        if (this.settings.apply.dryRun)
            return;
        const environment = this.settings.environment || app;
        await this.record(`the GitHub Deployment for ${environment}`, async () => {
            // Kept the moment it exists: from here on, every way out gives it a final status.
            this.deploymentId = await github.createDeployment({
                sha: this.run.sha,
                environment,
                production: this.settings.deployment.production === 'auto'
                    ? environment === 'production'
                    : this.settings.deployment.production === 'true',
                transient: this.settings.deployment.transient,
                description: `kubesync apply of ${app}`,
                payload: {
                    app,
                    digest: plan.digest,
                    run: `${this.run.runUrl}/attempts/${this.runAttempt}`,
                    idempotency_key: this.idempotencyKey,
                },
            });
        });
        const id = this.deploymentId;
        if (id === undefined)
            return;
        await this.record(`the in_progress status of GitHub Deployment ${id}`, () => github.setDeploymentStatus(id, 'in_progress', 'Applying', this.run.runUrl));
    }
    /** On a push, the pull request the commit came from carries the reviewed plan's digest in its comment. */
    async checkReviewedPlan(github, app, plan) {
        if (this.run.eventName !== 'push')
            return;
        const requireMatch = this.settings.deployment.requirePlanMatch;
        let reviewed;
        try {
            reviewed = await this.reviewedPlan(github, app);
        }
        catch (error) {
            if (!isGitHubUnreachable(error))
                throw error;
            if (requireMatch) {
                throw new UserError(`require-plan-match needs GitHub's API to read the reviewed plan; it could not be reached: ${error.reason}. Nothing was applied`);
            }
            this.warn(`could not compare the plan with the reviewed one: ${error.message}`);
            return;
        }
        const problem = reviewProblem(reviewed, app, {
            digest: plan.digest,
            desired: desiredDigest(plan.changes, this.settings.ignoreDifferences),
        });
        if (!problem) {
            this.log.info(`the plan matches the one reviewed in pull request #${reviewed.pull}`);
            return;
        }
        if (requireMatch) {
            throw new UserError(`${problem}; require-plan-match is set, so nothing was applied. Re-run the plan on a pull request and merge it`);
        }
        this.warn(problem);
    }
    async reviewedPlan(github, app) {
        const [pull] = await github.pullRequestsOf(this.run.sha);
        if (pull === undefined)
            return { identity: '', ignoredAuthors: [] };
        const { ours, others } = await github.findComment(pull, commentMarker(app, this.settings.environment));
        const marker = ours ? readMarker(ours.body, app, this.settings.environment) : undefined;
        return { pull, marker, identity: await github.identity(), ignoredAuthors: others };
    }
    /**
     * The final statuses; `environment-url` is the input or https:// the Application's first domain.
     * The apply is over: what GitHub refuses or cannot take now is a warning.
     */
    async finish(result, error) {
        const github = this.github;
        if (!github || !this.app)
            return;
        const failed = !result || result.syncStatus === 'Failed';
        const reason = result?.problems[0] ?? (isUserError(error) ? error.message : 'kubesync failed; see the log');
        const description = failed
            ? `Failed: ${reason.split('\n')[0] ?? ''}`
            : result.dryRun
                ? `Dry run: ${result.syncStatus}`
                : 'Synced';
        const state = failed ? 'failure' : 'success';
        await this.record(`the commit status ${this.statusContext} (${state})`, () => github.setStatus(this.run.sha, this.statusContext, state, description, this.run.runUrl), true);
        const id = this.deploymentId;
        if (id === undefined)
            return;
        const domain = result?.validation.loaded.app?.spec.network?.domains?.[0];
        this.environmentUrl =
            this.settings.deployment.environmentUrl || (domain ? `https://${domain}` : undefined);
        const url = failed ? undefined : this.environmentUrl;
        await this.record(`the ${state} status of GitHub Deployment ${id}`, () => github.setDeploymentStatus(id, state, description, this.run.runUrl, url), true);
    }
    /** A record GitHub could not take is a warning. After the apply, so is a refusal. */
    async record(what, write, final = false) {
        try {
            const warning = await tryRecord(what, write);
            if (warning)
                this.warn(final ? warning : `${warning}; the deploy goes on without it`);
        }
        catch (error) {
            // After the apply, nothing GitHub answers may turn its outcome around or skip the next record.
            if (!final)
                throw error;
            this.warn(`could not record ${what} on GitHub: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    warn(message) {
        this.warnings.push(message);
        this.log.warning(message);
    }
}

;// CONCATENATED MODULE: ./src/report/summary.ts








/** At most this many findings are listed in the job summary; the annotations carry every one. */
const MAX_SUMMARY_FINDINGS = 200;
/** Findings as a table, at most MAX_SUMMARY_FINDINGS rows; the annotations carry every one. */
function findingsTable(findings) {
    const rows = findings
        .slice(0, MAX_SUMMARY_FINDINGS)
        .map((finding) => `| ${finding.severity} | \`${formatOrigin(finding.origin)}\` | ${escapeCell(finding.message)} |`);
    const more = findings.length > MAX_SUMMARY_FINDINGS
        ? ['', `…and ${findings.length - MAX_SUMMARY_FINDINGS} more; see the annotations.`]
        : [];
    return ['| severity | where | problem |', '| --- | --- | --- |', ...rows, ...more];
}
/** The job summary of `validate`, as GitHub-flavoured Markdown. */
function validationSummary(result, title) {
    const status = result.valid ? '✅ valid' : '❌ invalid';
    const lines = [
        `## ${escapeCell(title)}`,
        '',
        `${status}: ${result.loaded.resources.length} objects from ${result.loaded.files.length} files (${result.loaded.type}), ${result.errors} errors, ${result.warnings} warnings`,
        '',
    ];
    if (result.findings.length > 0) {
        lines.push(...findingsTable(result.findings));
        lines.push('');
    }
    return lines.join('\n');
}
/** GitHub refuses a step summary over 1 MiB; stay clear of it. */
const SUMMARY_LIMIT = 1_000_000;
/**
 * The job summary of plan and apply: status, counts, notes, every finding, every object with its key
 * change, and every diff as the PR comment shows it (the diff-file output keeps the plan's own).
 */
function planSummary(title, status, plan, notes, findings = []) {
    const listed = findingsOfPlan(findings, plan);
    // What the summary names reads as written when the action redacts it again.
    keepReportIdentifiers(plan, listed, [title]);
    const lines = [`## ${escapeCell(title)}`, '', `**${status}**${plan ? `: ${countsLine(plan)}` : ''}`, ''];
    for (const note of notes)
        lines.push(`- ${escapeCell(note)}`);
    if (notes.length > 0)
        lines.push('');
    if (listed.length > 0) {
        lines.push(...findingsTable(listed));
        lines.push('');
    }
    if (plan && plan.changes.length > 0) {
        lines.push('| object | action | key change |', '| --- | --- | --- |');
        for (const change of plan.changes) {
            const action = change.note || change.conflict ? escapeCell(changeLabel(change)) : change.action;
            lines.push(`| ${escapeCell(change.subject)} | ${action} | ${keyChanges(change).join('; ')} |`);
        }
        lines.push('');
    }
    const head = lines.join('\n');
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const diff = plan ? secretValues.redact(plan.changes.map(reviewDiff).join('')) : '';
    if (!diff)
        return head;
    const room = SUMMARY_LIMIT - head.length - 200;
    const shown = diff.length <= room ? diff : `${diff.slice(0, Math.max(0, room))}\n`;
    const note = diff.length <= room
        ? ''
        : `\n_The diff was cut at ${SUMMARY_LIMIT} characters, GitHub's job summary limit; the diff-file output has all of it._\n`;
    // A diff line of three backticks would end a three-backtick fence early; four cannot be closed by it.
    return `${head}\n\`\`\`\`diff\n${shown}\`\`\`\`\n${note}`;
}

;// CONCATENATED MODULE: ./src/trigger.ts
/** `command: auto` picks the command from the event that started the workflow (DESIGN.md, triggers). */
function commandForEvent(command, eventName) {
    if (command !== 'auto')
        return command;
    switch (eventName) {
        case 'push':
        case 'workflow_dispatch':
            return 'apply';
        case 'pull_request':
        case 'pull_request_target':
        case 'schedule':
        case undefined:
        case '':
            return 'plan';
        default:
            return 'validate';
    }
}
/** `refs/tags/v1.4.2` → `v1.4.2`: a release deploy takes its image tag from the git tag. */
function releaseTagOf(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

;// CONCATENATED MODULE: ./src/main.ts






















function runnerEnvironment(env = process.env) {
    return { workspace: env.GITHUB_WORKSPACE || process.cwd(), eventName: env.GITHUB_EVENT_NAME, env };
}
/** The action: inputs → command → outputs, with the one catch that turns any failure into setFailed. */
async function run(environment = runnerEnvironment(), signal) {
    lib_core/* info */.pq(versionLine());
    secretValues.onRegister = (value) => lib_core/* setSecret */.Pq(value);
    try {
        const runContext = readRunContext(environment.env);
        const read = readActionSettings((name) => lib_core/* getInput */.V4(name), environment.workspace, environment.env);
        secretValues.register(read.secrets.doppler.token);
        secretValues.register(read.github.token);
        // A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise.
        const settings = { ...read, imageTag: read.imageTag || (releaseTagOf(environment.env.GITHUB_REF) ?? '') };
        const command = commandForEvent(settings.command, environment.eventName);
        if (command === 'validate' || command === 'render') {
            const result = await lib_core/* group */.Os('validate', () => validateManifests(settings));
            reportValidation(result);
            await lib_core/* summary */.z.addRaw(secretValues.redact(validationSummary(result, 'kubesync validate'))).write();
            if (!result.valid)
                lib_core/* setFailed */.C1(`validation found ${result.errors} errors; see the annotations`);
            return;
        }
        if (command === 'rbac') {
            const result = await lib_core/* group */.Os('rbac', () => runRbac(settings));
            reportValidation(result.validation);
            lib_core/* info */.pq(result.yaml);
            await lib_core/* summary */.z.addRaw(secretValues.redact(rbacSummary(result))).write();
            if (!result.validation.valid)
                lib_core/* setFailed */.C1(`validation found ${result.validation.errors} errors; see the annotations`);
            return;
        }
        const provenance = await readProvenance(environment.env, environment.workspace);
        if (command === 'plan') {
            const result = explainFork(await runPlan(settings, provenance, actionLog, environment.env), runContext);
            reportValidation(result.validation);
            const notes = result.unknownReason ? [`status Unknown: ${result.unknownReason}`] : [];
            await reportPlanResult('plan', settings, result, notes);
            await recordPlan(settings, runContext, result, actionLog);
            if (!result.validation.valid) {
                lib_core/* setFailed */.C1(`validation found ${result.validation.errors} errors; see the annotations`);
            }
            else if (runContext.eventName === 'schedule' &&
                settings.deployment.selfHeal &&
                result.syncStatus === 'OutOfSync') {
                lib_core/* info */.pq('self-heal: the cluster drifted from this commit; applying it');
                // Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
                // healing means taking those fields back, as Argo CD's selfHeal does.
                const healing = { ...settings, apply: { ...settings.apply, forceConflicts: true } };
                await withCleanup(() => applyAndRecord(healing, runContext, provenance, environment.env, signal));
            }
            return;
        }
        await withCleanup(() => applyAndRecord(settings, runContext, provenance, environment.env, signal));
    }
    catch (error) {
        setOutput('sync-status', 'Failed');
        // A person can act on these messages; a stack trace is for kubesync's bugs only.
        lib_core/* setFailed */.C1(isUserError(error) || isGitHubUnreachable(error)
            ? error.message
            : error instanceof Error
                ? (error.stack ?? error.message)
                : String(error));
    }
}
async function applyAndRecord(settings, runContext, provenance, env, signal) {
    const records = new ApplyRecords(settings, runContext, actionLog, env.GITHUB_RUN_ATTEMPT || '1');
    let result;
    try {
        result = await runApply(settings, provenance, actionLog, env, { signal }, records.hooks);
    }
    catch (error) {
        await records
            .finish(undefined, error)
            .catch((recordError) => lib_core/* warning */.$e(`could not record the failure on GitHub: ${String(recordError)}`));
        throw error;
    }
    await records.finish(result);
    reportValidation(result.validation);
    await reportPlanResult('apply', settings, result, [...records.warnings, ...applyNotes(result)]);
    if (records.deploymentId !== undefined)
        setOutput('deployment-id', String(records.deploymentId));
    if (records.environmentUrl)
        setOutput('environment-url', records.environmentUrl);
    if (result.syncStatus === 'Failed')
        lib_core/* setFailed */.C1(`apply failed: ${result.problems[0] ?? 'see the log'}`);
}
function reportValidation(result) {
    for (const finding of result.findings) {
        const annotate = finding.severity === 'error' ? lib_core/* error */.z3 : lib_core/* warning */.$e;
        annotate(finding.message, {
            title: `kubesync ${finding.rule}`,
            file: finding.origin.file,
            startLine: finding.origin.line,
            startColumn: finding.origin.column,
        });
    }
    setOutput('valid', String(result.valid));
    setOutput('errors', String(result.errors));
    setOutput('warnings', String(result.warnings));
}
/** Outputs, diff file and job summary of plan and apply, which report the same shape of result. */
async function reportPlanResult(command, settings, result, notes) {
    for (const [name, value] of Object.entries(planOutputs(result.plan, result.syncStatus)))
        setOutput(name, value);
    if (result.plan)
        setOutput('diff-file', writeDiffFile(result.app, diffText(result.plan)));
    lib_core/* info */.pq(`${result.app}: ${result.syncStatus}`);
    const title = `kubesync ${command}: ${result.app}${settings.environment ? ` (${settings.environment})` : ''}`;
    await lib_core/* summary */.z
        .addRaw(secretValues.redact(planSummary(title, result.syncStatus, result.plan, notes, result.validation.findings)))
        .write();
}
/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result, runContext) {
    if (!runContext.pullRequest?.fromFork || !result.unknownReason?.startsWith('no cluster credentials'))
        return result;
    return {
        ...result,
        unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
    };
}
function applyNotes(result) {
    return [
        ...(result.dryRun ? ['dry-run: nothing was changed'] : []),
        ...result.problems,
        ...result.restored.map((line) => `rolled back: ${line}`),
        ...result.pruned.map((subject) => `pruned: ${subject}`),
    ];
}
/** The full diff, Secret values masked, in the runner's temp folder (outside the workspace). */
function writeDiffFile(app, diff) {
    const file = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `kubesync-${app}.diff`);
    (0,external_node_fs_.writeFileSync)(file, secretValues.redact(diff));
    return file;
}
/** Every output goes through redaction: GITHUB_OUTPUT is a file the runner's masking never sees. */
function setOutput(name, value) {
    lib_core/* setOutput */.uH(name, secretValues.redact(value));
}

;// CONCATENATED MODULE: ./src/secrets/guard-output.ts
const ADD_MASK = '::add-mask::';
/**
 * Redacts every write to stdout and stderr, whoever makes it (our log, @actions/core's annotations and
 * setFailed, a stack trace), so a secret that reaches a message by any path is still not printed. The
 * runner's `::add-mask::` command is the one line that must carry the value: the runner consumes it and
 * never shows it. Returns the unguarded write, for output the user asked to see (`render --show-secrets`).
 */
function guardOutput(stream, secrets) {
    const write = stream.write.bind(stream);
    const guarded = (chunk, ...rest) => {
        if (secrets.size === 0)
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        if (text.startsWith(ADD_MASK))
            return write(chunk, ...rest);
        return write(secrets.redact(text), ...rest);
    };
    stream.write = guarded;
    return (text) => write(text);
}

;// CONCATENATED MODULE: ./src/entry.ts





// Nothing this process prints may carry a secret value it has seen, whatever the path to the message.
const writeUnredacted = guardOutput(process.stdout, secretValues);
guardOutput(process.stderr, secretValues);
// One bundle is both the action and the CLI. The runner starts an action as `node dist/index.js` with
// no arguments; a person or a script always names a command (or --help).
const asCli = process.argv.length > 2 || process.env.GITHUB_ACTIONS !== 'true';
const signal = cancelOnSignals();
let finished = false;
// A promise that never settles would let Node exit quietly with the work half done: say so and fail.
process.on('beforeExit', () => {
    if (finished)
        return;
    finished = true;
    const message = 'kubesync stopped before it finished: a request never completed and nothing else was left to run. This is a bug; the lines above show how far it got';
    process.stderr.write(asCli ? `kubesync: ${message}\n` : `::error::${message}\n`);
    process.exitCode = asCli ? 2 : 1;
});
const work = asCli
    ? runCli(process.argv.slice(2), process.cwd(), process.env, writeUnredacted, signal).then((code) => {
        process.exitCode = code;
    })
    : run(runnerEnvironment(), signal);
void work
    .catch((error) => {
    // Only a bug gets here (every expected failure is reported by the command): one line and a stack.
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(asCli ? `kubesync: internal error: ${text}\n` : `::error::kubesync internal error: ${text}\n`);
    process.exitCode = asCli ? 2 : 1;
})
    .finally(() => {
    finished = true;
});


/***/ })

};

//# sourceMappingURL=325.index.js.map