export const id = 801;
export const ids = [801];
export const modules = {

/***/ 40626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeApiError)
/* harmony export */ });
/* unused harmony export requestAttributes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _rbac_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52407);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34165);



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
    if (!(error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W))
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
            message = describeNotFound(error, context);
            break;
        case 409:
            message = describeConflict(error);
            break;
        default:
            message = `${error.apiMessage || error.reason} (${error.status} ${error.reason})`;
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${subject}: ${message}`, origin);
}
/** A missing namespace says how to create it: create-namespace only where it would help. */
function describeNotFound(error, context) {
    const missing = /namespaces "([^"]+)" not found/.exec(error.apiMessage)?.[1];
    if (missing === undefined)
        return error.apiMessage;
    const createHelps = context.creatable?.(missing) ?? true;
    return `${error.apiMessage}: add the Namespace to the manifests${createHelps ? ' or set create-namespace: true' : ''}`;
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
    const rule = (0,_rbac_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleText */ .Y3)({
        apiGroups: [attributes.group],
        resources: [attributes.resource],
        verbs: [attributes.verb],
    });
    return `the credentials cannot ${attributes.verb} ${resource} ${where}; add to ${role}: ${rule} (the deploying identity's RBAC: kubesync rbac prints all it needs, see docs/rbac.md)`;
}
function describeConflict(error) {
    const conflicts = error.causes.filter((cause) => cause.reason === 'FieldManagerConflict');
    if (conflicts.length === 0)
        return error.apiMessage;
    const fields = conflicts.map((cause) => `${cause.field ?? '?'} (owned by ${cause.message?.replace(/^conflict with /, '') ?? 'another manager'})`);
    return `server-side apply conflict: ${fields.join(', ')}. Another tool manages these fields with a different value. Remove them from the manifest, change them with that tool, or set force-conflicts: true to make kubesync take them over (it then owns them and overwrites the other tool's value)`;
}


/***/ }),

/***/ 59622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ namespaceRef),
/* harmony export */   Lj: () => (/* binding */ declaresNamespace),
/* harmony export */   rE: () => (/* binding */ namespaceObject)
/* harmony export */ });
function namespaceRef(name) {
    return { apiVersion: 'v1', kind: 'Namespace', name };
}
function namespaceObject(name) {
    return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}
/** Whether the manifests themselves declare this Namespace. */
function declaresNamespace(objects, name) {
    return objects.some(({ object }) => object.kind === 'Namespace' && object.metadata?.name === name);
}


/***/ }),

/***/ 13424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ sameObject),
/* harmony export */   S8: () => (/* binding */ normalize),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   o0: () => (/* binding */ withIgnoredFieldsFromLive),
/* harmony export */   r2: () => (/* binding */ PROVENANCE_ANNOTATIONS)
/* harmony export */ });
/* unused harmony export removePointer */
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18516);

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
    // What is left out is left out before the copy: managedFields are often the larger half of an object.
    const { status: _status, ...kept } = object;
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.metadata)) {
        const metadata = { ...object.metadata };
        for (const field of SERVER_METADATA)
            delete metadata[field];
        if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metadata.annotations)) {
            const annotations = { ...metadata.annotations };
            for (const annotation of NOISY_ANNOTATIONS)
                delete annotations[annotation];
            if (Object.keys(annotations).length === 0)
                delete metadata.annotations;
            else
                metadata.annotations = annotations;
        }
        kept.metadata = metadata;
    }
    const copy = structuredClone(kept);
    for (const rule of ignore) {
        if (!ruleMatches(rule, object))
            continue;
        for (const pointer of rule.jsonPointers)
            removePointer(copy, pointer);
    }
    return copy;
}
function ruleMatches(rule, object) {
    return (rule.kind === (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) &&
        rule.group === (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .apiVersionOf */ .uO)(object) ?? '') &&
        (rule.name === undefined || rule.name === (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(object)) &&
        (rule.namespace === undefined || rule.namespace === (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(object)));
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
    return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value[token] : undefined;
}
function pointerValue(object, pointer) {
    return pointerTokens(pointer).reduce(child, object);
}
/** Sets the value an RFC 6901 JSON pointer names, making the maps on the way. */
function setPointer(object, pointer, value) {
    const tokens = pointerTokens(pointer);
    let current = object;
    for (const token of tokens.slice(0, -1)) {
        if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) && current[token] === undefined)
            current[token] = {};
        current = child(current, token);
    }
    const last = tokens[tokens.length - 1];
    if (last === undefined)
        return;
    if (Array.isArray(current) && /^\d+$/.test(last))
        current[Number(last)] = value;
    else if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current))
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
    else if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current))
        delete current[last];
}
/** Keys sorted at every level, so that key order never shows up in a diff or a digest. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
function sameObject(a, b) {
    return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}


/***/ }),

/***/ 48692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TK: () => (/* binding */ withHooks),
/* harmony export */   Ym: () => (/* binding */ plannedHooksOf),
/* harmony export */   uj: () => (/* binding */ hooksOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18516);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13424);



function plannedHooksOf(desired) {
    return desired.flatMap(({ object, resource, hook }) => hook ? [{ subject: hookSubject(object), object, origin: resource.origin, spec: hook }] : []);
}
function hookSubject(object) {
    const { name, generateName } = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object);
    if (typeof name === 'string' && name)
        return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object);
    const named = { ...object, metadata: { ...(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object), name: `${String(generateName)}*` } };
    return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(named);
}
function withHooks(plan, hooks) {
    if (hooks.length === 0)
        return { ...plan, hooks };
    // The plan digest covers the hooks too: a hook edited after the review is another plan.
    const hooked = hooks.map((hook) => ({ subject: hook.subject, object: (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .sortKeys */ .di)((0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalize */ .S8)(hook.object)) }));
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(plan.digest).update(JSON.stringify(hooked)).digest('hex')}`;
    return { ...plan, hooks, digest };
}
/** The hooks a plan carries; none for a plan made without them. */
function hooksOf(plan) {
    return plan.hooks ?? [];
}


/***/ }),

/***/ 12697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gj: () => (/* binding */ accessNeeds),
/* harmony export */   hU: () => (/* binding */ VERBS),
/* harmony export */   hi: () => (/* binding */ roleNamespaceOf)
/* harmony export */ });
/* harmony import */ var _model_app_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63529);
/* harmony import */ var _model_namespace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59622);


const VERBS = ['get', 'list', 'create', 'patch', 'update', 'delete'];
const CORE_NAMESPACES = { group: '', resource: 'namespaces', namespaced: false };
const SECRETS = { group: '', resource: 'secrets', namespaced: true };
const LEASES = { group: 'coordination.k8s.io', resource: 'leases', namespaced: true };
/**
 * Every request a run makes that RBAC decides on, derived from what the run does (see docs/rbac.md).
 * Discovery and SelfSubjectAccessReviews are left out: every authenticated user may
 * make them.
 */
function accessNeeds(run) {
    const needs = [];
    const apply = run.stage === 'apply';
    const { parentName, leaseName } = (0,_model_app_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .appIdentity */ ._L)(run.app, run.namespace);
    const parent = `the ApplySet parent Secret ${run.namespace}/${parentName}`;
    const parentRef = { apiVersion: 'v1', kind: 'Secret', namespace: run.namespace, name: parentName };
    const onParent = (verb, purpose, whenMissing) => needs.push({ ...on(SECRETS, run.namespace, parentName), verb, subject: parent, purpose, whenMissing });
    onParent('get', 'reading the ApplySet parent');
    if (apply) {
        onParent('patch', 'recording the apply');
        if (run.parentExists !== true)
            onParent('create', 'recording the first apply', run.parentExists === undefined ? parentRef : undefined);
        const lease = `the lock Lease ${run.namespace}/${leaseName}`;
        for (const verb of ['get', 'create', 'update', 'delete'])
            needs.push({
                ...on(LEASES, run.namespace, leaseName),
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
        const ref = (0,_model_namespace_js__WEBPACK_IMPORTED_MODULE_1__/* .namespaceRef */ .LB)(run.namespace);
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
    if (apply && (run.progressive || objects.some((object) => object.rollsOutProgressively)))
        needs.push(...rolloutNeeds(objects));
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
const PODS = { group: '', resource: 'pods', namespaced: true };
const SERVICES = { group: '', resource: 'services', namespaced: true };
const DEPLOYMENTS = { group: 'apps', resource: 'deployments', namespaced: true };
const HTTP_ROUTES = {
    group: 'gateway.networking.k8s.io',
    resource: 'httproutes',
    namespaced: true,
};
/**
 * A canary or blue-green rollout in each namespace with Deployments: it creates and deletes the
 * variant Deployments (and a canary's Services), reads the canary's pods, switches Services and
 * splits routes.
 */
function rolloutNeeds(objects) {
    const namespaces = unique(objects.flatMap((object) => object.group === 'apps' && object.resource === 'deployments' && object.ref.namespace
        ? [object.ref.namespace]
        : []));
    return namespaces.flatMap((namespace) => {
        const need = (kind, verb, purpose, optional = false) => ({
            ...on(kind, namespace),
            verb,
            subject: `the rollouts in ${namespace}`,
            purpose,
            ...(optional ? { optional } : {}),
        });
        return [
            need(DEPLOYMENTS, 'create', 'canary and green Deployments'),
            need(DEPLOYMENTS, 'patch', 'canary and green Deployments'),
            need(DEPLOYMENTS, 'update', 'scaling the primary for a canary'),
            need(DEPLOYMENTS, 'delete', 'removing the canary or green'),
            need(PODS, 'list', 'the canary analysis'),
            need(SERVICES, 'list', 'the Services of a Deployment'),
            need(SERVICES, 'get', 'blue-green switch'),
            need(SERVICES, 'create', "a canary's Service for a route"),
            need(SERVICES, 'update', 'blue-green switch'),
            need(SERVICES, 'patch', "a canary's Service for a route"),
            need(SERVICES, 'delete', "removing a canary's Service"),
            need(HTTP_ROUTES, 'list', 'routes to weigh a canary by', true),
            need(HTTP_ROUTES, 'update', 'a route that is not in the manifests', true),
        ];
    });
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


/***/ }),

/***/ 52407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ ruleText),
/* harmony export */   ZI: () => (/* binding */ rolesFor),
/* harmony export */   dE: () => (/* binding */ rbacManifests),
/* harmony export */   kp: () => (/* binding */ roleOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12697);


/**
 * The fewest rules that grant every need: one Role per namespace and one ClusterRole, each rule one
 * API group with the resources that need the same verbs. Rules that are only optional come last.
 */
function rolesFor(needs) {
    // An optional need the ClusterRole grants anyway (reading a Namespace) needs no rule of its own.
    const clusterWide = new Set(needs
        .filter((need) => (0,_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .roleNamespaceOf */ .hi)(need) === undefined)
        .map((need) => `${need.verb} ${need.group} ${need.resource}`));
    const scopes = new Map();
    for (const need of needs) {
        if (need.optional && clusterWide.has(`${need.verb} ${need.group} ${need.resource}`))
            continue;
        const key = (0,_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .roleNamespaceOf */ .hi)(need) ?? '';
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
        const ordered = _needs_js__WEBPACK_IMPORTED_MODULE_1__/* .VERBS */ .hU.filter((verb) => verbs.has(verb));
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
    const namespace = (0,_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .roleNamespaceOf */ .hi)(need);
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
        const document = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({
            apiVersion: RBAC_API,
            kind: role.namespace ? 'Role' : 'ClusterRole',
            metadata,
            rules: role.rules.map(({ apiGroups, resources, verbs }) => ({ apiGroups, resources, verbs })),
        });
        const rules = document.get('rules');
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(rules))
            commentRules(rules, role.rules);
        documents.push(document);
    }
    const account = options.serviceAccount;
    if (account) {
        const subjects = [{ kind: 'ServiceAccount', name: account.name, namespace: account.namespace }];
        for (const role of roles) {
            documents.push(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({
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
        if (!rule || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            return;
        item.commentBefore = ` ${rule.why}`;
        for (const key of ['apiGroups', 'resources', 'verbs']) {
            const list = item.get(key, true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list))
                list.flow = true;
        }
    });
}


/***/ }),

/***/ 25150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ requireDopplerToken),
/* harmony export */   Kw: () => (/* binding */ withoutChecksum),
/* harmony export */   iJ: () => (/* binding */ maskChecksumPair),
/* harmony export */   pv: () => (/* binding */ resolveSecretSources)
/* harmony export */ });
/* unused harmony exports CHECKSUM_ANNOTATION, dopplerReferencesOf, fetchDopplerValues, checksumOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cluster_describe_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40626);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _manifests_app_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60901);
/* harmony import */ var _manifests_origin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64942);
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18516);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85437);
/* harmony import */ var _pod_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35142);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40997);









/** On the pod template of every workload that reads the Doppler Secret: a rotated value rolls the pods. */
const CHECKSUM_ANNOTATION = 'kubesync.io/doppler-checksum';
function dopplerReferencesOf(resource) {
    return Object.entries(resource.valueSources ?? {}).flatMap(([key, source]) => {
        const ref = (0,_manifests_app_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDopplerRef */ .bX)(source);
        return ref ? [{ key, ...ref, origin: resource.locate(['data', key]) }] : [];
    });
}
function describeReference(ref) {
    return `env ${ref.key} (doppler://${ref.config}/${ref.name}, ${(0,_manifests_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOrigin */ .cp)(ref.origin)})`;
}
/**
 * Fetches every referenced value, one request per config, and registers each with the masking the
 * moment it is read. A name the config lacks is an error naming the variable, its line and the path.
 */
async function fetchDopplerValues(refs, doppler, secrets) {
    const configs = [...new Set(refs.map((ref) => ref.config))].sort();
    const downloaded = new Map(await Promise.all(configs.map(async (config) => [config, await doppler.download(config)])));
    const values = new Map();
    const problems = [];
    for (const ref of refs) {
        const value = downloaded.get(ref.config)?.[ref.name];
        if (value === undefined) {
            problems.push(`${(0,_manifests_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOrigin */ .cp)(ref.origin)}: env ${ref.key}: doppler://${ref.config}/${ref.name} does not exist: Doppler config "${ref.config}" has no secret named ${ref.name}; add it in Doppler or fix the reference`);
            continue;
        }
        secrets.register(value);
        values.set(ref.key, value);
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${problems.join('\n')}\nNothing was applied.`);
    return values;
}
/** Apply never writes a Secret without its values: without a token it refuses, naming each variable. */
function requireDopplerToken(resources, hasToken) {
    refuseWithoutToken(resources.flatMap(dopplerReferencesOf), hasToken);
}
function refuseWithoutToken(refs, hasToken) {
    if (hasToken || refs.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${refs.length} environment variables come from Doppler and applying needs their values: set the doppler-token input to a Doppler service token stored as a secret. From Doppler: ${refs.map(describeReference).join(', ')}. Nothing was applied.`);
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
    const fetched = resolution.doppler
        ? await fetchDopplerValues(refs, resolution.doppler, resolution.secrets)
        : undefined;
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
        checksums.set((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .nameOf */ .Vb)(resource.object) ?? '', checksumOf(data));
    }
    return resources.map((resource) => filled.get(resource) ?? withChecksums(resource, checksums));
}
async function liveValues(secret, resolution) {
    const name = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .nameOf */ .Vb)(secret) ?? '';
    const namespace = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .namespaceOf */ .N6)(secret) ?? resolution.namespace;
    let live;
    try {
        live = await resolution.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace });
    }
    catch (error) {
        throw (0,_cluster_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .g)(error, `Secret ${namespace}/${name}`);
    }
    const data = live && (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(live.data) ? live.data : {};
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}
function withChecksums(resource, checksums) {
    const read = [
        ...new Set((0,_pod_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .podSecretUses */ .e)(resource.object)
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
        ...((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(metadata.annotations) ? metadata.annotations : {}),
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
        return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(annotations) ? annotations[CHECKSUM_ANNOTATION] : undefined;
    };
    const old = checksumIn(before);
    const next = checksumIn(after);
    const changed = old !== undefined && next !== undefined && old !== next;
    const masked = (object, side) => {
        if (!object || (side === 'before' ? old : next) === undefined)
            return object;
        const copy = structuredClone(object);
        const annotations = podTemplateMetadata(copy)?.annotations;
        annotations[CHECKSUM_ANNOTATION] = changed ? `${_mask_js__WEBPACK_IMPORTED_MODULE_8__/* .MASK */ .v5} (${side})` : _mask_js__WEBPACK_IMPORTED_MODULE_8__/* .MASK */ .v5;
        return copy;
    };
    return [masked(before, 'before'), masked(after, 'after')];
}
/** A copy without the checksum: the plan digest leaves it out, as a plan without a token cannot know it. */
function withoutChecksum(object) {
    const copy = structuredClone(object);
    const annotations = podTemplateMetadata(copy)?.annotations;
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(annotations))
        delete annotations[CHECKSUM_ANNOTATION];
    return copy;
}
/** The metadata of a workload's pod template (created when absent and asked to); never a bare Pod's. */
function podTemplateMetadata(object, create = false) {
    const specPath = (0,_manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .podSpecPathOf */ .D)(object);
    if (!specPath || specPath.length < 2)
        return undefined;
    let template = object;
    for (const part of specPath.slice(0, -1)) {
        const next = template[part];
        if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(next))
            return undefined;
        template = next;
    }
    if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(template.metadata) && create)
        template.metadata = {};
    return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(template.metadata) ? template.metadata : undefined;
}


/***/ }),

/***/ 35142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ podSecretUses)
/* harmony export */ });
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18516);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85437);


function records(value) {
    return Array.isArray(value) ? value.filter(_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4) : [];
}
/** Every Secret a workload's pods read, from env, envFrom and volumes of every (init) container. */
function podSecretUses(object) {
    const pod = (0,_manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .podSpecOf */ .q)(object);
    if (!pod)
        return [];
    const { path: specPath, spec } = pod;
    const uses = [];
    for (const field of ['initContainers', 'containers']) {
        records(spec[field]).forEach((container, index) => {
            const containerPath = [...specPath, field, index];
            (Array.isArray(container.env) ? container.env : []).forEach((env, envIndex) => {
                const ref = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(env) && (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(env.valueFrom) ? env.valueFrom.secretKeyRef : undefined;
                if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string')
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
                const ref = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(source) ? source.secretRef : undefined;
                if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(ref) || typeof ref.name !== 'string')
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
        const secret = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(volume) ? volume.secret : undefined;
        if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(secret) || typeof secret.secretName !== 'string')
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


/***/ })

};

//# sourceMappingURL=801.index.js.map