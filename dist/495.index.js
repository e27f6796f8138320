export const id = 495;
export const ids = [495];
export const modules = {

/***/ 40626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeApiError)
/* harmony export */ });
/* unused harmony export requestAttributes */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _rule_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62564);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34165);



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
    if (!(error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W))
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
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${subject}: ${message}`, origin);
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
    const rule = (0,_rule_text_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleText */ .Y)({
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

/***/ 62564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ruleText)
/* harmony export */ });
/** `{apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"]}`: one rule, as YAML flow. */
function ruleText(rule) {
    const list = (values) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
    return `{apiGroups: ${list(rule.apiGroups)}, resources: ${list(rule.resources)}, verbs: ${list(rule.verbs)}}`;
}


/***/ }),

/***/ 62754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ imageChangesOf)
/* harmony export */ });
/* harmony import */ var _manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9867);

/** The image of each container that the plan's creates and updates change, in plan order. */
function imageChangesOf(changes) {
    return changes.flatMap((change) => {
        if ((change.action !== 'create' && change.action !== 'update') || !change.desired)
            return [];
        const before = imagesByContainer(change.live);
        return [...imagesByContainer(change.desired)].flatMap(([container, to]) => {
            const from = before.get(container);
            return from === to ? [] : [{ subject: change.subject, container, ...(from ? { from } : {}), to }];
        });
    });
}
function imagesByContainer(object) {
    const images = new Map();
    for (const container of object ? (0,_manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_0__/* .containersOf */ .Mz)(object) : [])
        if (typeof container.name === 'string' && typeof container.image === 'string')
            images.set(container.name, container.image);
    return images;
}


/***/ }),

/***/ 13424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ sameObject),
/* harmony export */   S8: () => (/* binding */ normalize),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   kW: () => (/* binding */ templateOf),
/* harmony export */   o0: () => (/* binding */ withIgnoredFieldsFromLive),
/* harmony export */   r2: () => (/* binding */ PROVENANCE_ANNOTATIONS)
/* harmony export */ });
/* unused harmony export removePointer */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

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
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.metadata)) {
        const metadata = { ...object.metadata };
        for (const field of SERVER_METADATA)
            delete metadata[field];
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metadata.annotations)) {
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
    return (rule.kind === (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) &&
        rule.group === (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .apiVersionOf */ .uO)(object) ?? '') &&
        (rule.name === undefined || rule.name === (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(object)) &&
        (rule.namespace === undefined || rule.namespace === (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(object)));
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
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value[token] : undefined;
}
function pointerValue(object, pointer) {
    return pointerTokens(pointer).reduce(child, object);
}
/** Sets the value an RFC 6901 JSON pointer names, making the maps on the way. */
function setPointer(object, pointer, value) {
    const tokens = pointerTokens(pointer);
    let current = object;
    for (const token of tokens.slice(0, -1)) {
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) && current[token] === undefined)
            current[token] = {};
        current = child(current, token);
    }
    const last = tokens[tokens.length - 1];
    if (last === undefined)
        return;
    if (Array.isArray(current) && /^\d+$/.test(last))
        current[Number(last)] = value;
    else if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current))
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
    else if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current))
        delete current[last];
}
/** Keys sorted at every level, so that key order never shows up in a diff or a digest. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
function sameObject(a, b) {
    return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
/** A workload's pod template, as comparable text; undefined for objects without one. */
function templateOf(object) {
    const template = object?.spec?.template;
    return template === undefined ? undefined : JSON.stringify(template);
}


/***/ }),

/***/ 71729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ withoutOwnMetadata),
/* harmony export */   Gj: () => (/* binding */ OWN_ANNOTATIONS),
/* harmony export */   N9: () => (/* binding */ OWN_LABELS)
/* harmony export */ });
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85437);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27813);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13424);
/* harmony import */ var _secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25150);





/** The labels and annotations kubesync writes on every object it applies, whatever the manifests say. */
const OWN_LABELS = [_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr];
const OWN_ANNOTATIONS = [
    ..._normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVENANCE_ANNOTATIONS */ .r2,
    'kubectl.kubernetes.io/last-applied-configuration',
];
/**
 * A copy without kubesync's own labels and annotations (the ApplySet label, the commit, run and ref,
 * the Doppler checksum on a pod template): a reviewer of a new or deleted object reads what the
 * manifests say, and the comment says once that kubesync adds these.
 */
function withoutOwnMetadata(object) {
    const copy = (0,_secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutChecksum */ .Kw)(object);
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(copy.metadata)) {
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
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(map))
        return;
    for (const key of keys)
        delete map[key];
    if (Object.keys(map).length === 0)
        delete metadata[field];
}
function templateMetadata(object) {
    let current = object;
    for (const part of (0,_manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .podSpecPathOf */ .D)(object)?.slice(0, -1) ?? [])
        current = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current) ? current[part] : undefined;
    return current !== object && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current) && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current.metadata) ? current.metadata : undefined;
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
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13424);



function plannedHooksOf(desired) {
    return desired.flatMap(({ object, resource, hook }) => hook ? [{ subject: hookSubject(object), object, origin: resource.origin, spec: hook }] : []);
}
function hookSubject(object) {
    const { name, generateName } = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object);
    if (typeof name === 'string' && name)
        return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object);
    const named = { ...object, metadata: { ...(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object), name: `${String(generateName)}*` } };
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(named);
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

/***/ 76199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ sharedNotes),
/* harmony export */   dD: () => (/* binding */ sharedNoteLines),
/* harmony export */   pG: () => (/* binding */ changeLabel)
/* harmony export */ });
const WORDS = { orphan: 'would be orphaned', keep: 'kept' };
/**
 * `update; replace required: spec.selector is immutable; …`: the action and what a reviewer must know.
 * A note in `shared` is said once for all the objects that carry it (`sharedNoteLines`), not here.
 */
function changeLabel(change, shared = new Set()) {
    const parts = [WORDS[change.action] ?? change.action];
    if (change.owned)
        parts.push(`managed by ${change.owned.owner}${change.owned.adoptedBy ? `, taken over (${change.owned.adoptedBy})` : ', apply refuses to take it over unless allow-adoption permits'}`);
    if (change.destructive)
        parts.push(`destructive: ${change.destructive.reasons.join(', ')}`);
    if (change.conflict)
        parts.push('conflicts with another field manager, needs force-conflicts');
    if (change.note && !shared.has(change.note))
        parts.push(change.note);
    return parts.join('; ');
}
/** Notes several changes carry (e.g. their namespace is created by this apply), each with its count. */
function sharedNotes(changes) {
    const counts = new Map();
    for (const { note } of changes)
        if (note)
            counts.set(note, (counts.get(note) ?? 0) + 1);
    return new Map([...counts].filter(([, count]) => count > 1));
}
/** `35 objects: planned from the manifest: …`, once per shared note. */
function sharedNoteLines(shared) {
    return [...shared].map(([note, count]) => `${count} objects: ${note}`);
}


/***/ }),

/***/ 64266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ deliveryMarkdown),
/* harmony export */   _P: () => (/* binding */ deliveryText)
/* harmony export */ });
/* unused harmony export deliveryLines */
/** Each canary or blue-green rollout of the plan: how it goes, and what it creates while it runs. */
function deliveryLines(plan) {
    return (plan?.delivery ?? []).map((step) => `${step.subject}: ${step.description}${step.creates.length > 0 ? `; creates ${step.creates.join(', ')} while it runs` : ''}`);
}
/** The section as text (the plan on a terminal, the diff file): `#` lines, which patch tools skip. */
function deliveryText(plan) {
    const lines = deliveryLines(plan);
    if (lines.length === 0)
        return '';
    return `# Progressive delivery:\n${lines.map((line) => `#   ${line}\n`).join('')}`;
}
/** The section as Markdown, for the job summary and the PR comment. */
function deliveryMarkdown(plan, escape) {
    const lines = deliveryLines(plan);
    if (lines.length === 0)
        return '';
    return `**Progressive delivery**:\n\n${lines.map((line) => `- ${escape(line)}\n`).join('')}\n`;
}


/***/ }),

/***/ 35049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ hooksAndWavesText),
/* harmony export */   n0: () => (/* binding */ hooksAndWavesMarkdown)
/* harmony export */ });
/* unused harmony export hooksAndWavesLines */
/* harmony import */ var _plan_planned_hooks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48692);
/* harmony import */ var _sync_waves_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51825);


const WHEN = {
    PreSync: 'before the resources (PreSync)',
    Sync: 'with the resources (Sync)',
    PostSync: 'after they are healthy (PostSync)',
    SyncFail: 'if the sync fails (SyncFail)',
};
/**
 * What the sync runs around the resources, as plain lines: each hook phase with its hooks, and the
 * wave of each changed object. Empty when there are no hooks and every change is in wave 0.
 */
function hooksAndWavesLines(plan) {
    const hooks = (0,_plan_planned_hooks_js__WEBPACK_IMPORTED_MODULE_0__/* .hooksOf */ .uj)(plan);
    const changed = plan.changes.filter((change) => change.action === 'create' || change.action === 'update');
    const waved = changed.some((change) => (0,_sync_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(change) !== 0);
    if (hooks.length === 0 && !waved)
        return [];
    const lines = [];
    const phase = (name) => {
        for (const hook of hooks.filter((candidate) => candidate.spec.phases.includes(name)))
            lines.push(`${WHEN[name]}: ${hook.subject} (hook, wave ${hook.spec.wave})`);
    };
    phase('PreSync');
    for (const change of [...changed].sort((a, b) => (0,_sync_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(a) - (0,_sync_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(b)))
        lines.push(`wave ${(0,_sync_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(change)}: ${change.subject} (${change.action})`);
    phase('Sync');
    phase('PostSync');
    phase('SyncFail');
    return lines;
}
/** The section as text (the plan on a terminal, the diff file): `#` lines, which patch tools skip. */
function hooksAndWavesText(plan) {
    const lines = hooksAndWavesLines(plan);
    if (lines.length === 0)
        return '';
    return `# Hooks and waves, in the order the sync runs them:\n${lines.map((line) => `#   ${line}\n`).join('')}`;
}
/** The section as Markdown, for the job summary and the PR comment. */
function hooksAndWavesMarkdown(plan, escape) {
    const lines = plan ? hooksAndWavesLines(plan) : [];
    if (lines.length === 0)
        return '';
    return `**Hooks and waves**, in the order the sync runs them:\n\n${lines.map((line) => `- ${escape(line)}\n`).join('')}\n`;
}


/***/ }),

/***/ 25566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ keepReportIdentifiers),
/* harmony export */   j: () => (/* binding */ findingsOfPlan)
/* harmony export */ });
/* harmony import */ var _secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34200);

/**
 * Tells the redaction every name a report of this plan prints (kinds, names, namespaces, labels, file
 * paths, and `extra`: the app, the environment, the cluster), so that no redaction of the report, here
 * or later (the Octokit hook, the job summary, the log), rewrites one of them.
 */
function keepReportIdentifiers(secrets, plan, findings, extra = []) {
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
                for (const name of (0,_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiersOf */ .Sd)(object))
                    names.add(name);
        const { kind, namespace, name } = change.ref;
        for (const part of [kind, namespace, name, change.subject])
            if (part)
                names.add(part);
    }
    secrets.keepIdentifiers(names);
}
/**
 * The findings a plan report shows: those given, and a warning for each Secret value in the plan too
 * short to be redacted from text (once, whoever else reported it).
 */
function findingsOfPlan(findings, plan) {
    const short = (0,_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .shortValueFindings */ .s1)((plan?.changes ?? []).flatMap((change) => change.desired ? [{ object: change.desired, origin: change.origin }] : []));
    const key = (finding) => `${finding.rule}\u0000${finding.origin.file}:${finding.origin.line}\u0000${finding.message}`;
    const known = new Set(findings.map(key));
    return [...findings, ...short.filter((finding) => !known.has(key(finding)))];
}


/***/ }),

/***/ 48998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ imageChangesText),
/* harmony export */   w: () => (/* binding */ imageChangesMarkdown)
/* harmony export */ });
/* harmony import */ var _model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52654);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28837);


/** Rows listed one by one; the rest are counted, so the table stays short above the diffs. */
const MAX_ROWS = 20;
/**
 * The image changes as the lines of a Markdown table (object, container, from → to) and a blank line,
 * for the PR comment and the job summary; none when no image changes.
 */
function imageChangesMarkdown(changes) {
    if (changes.length === 0)
        return [];
    const rows = changes
        .slice(0, MAX_ROWS)
        .map((change) => `| ${(0,_model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(change.subject)} | ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(change.container)} | ${change.from ? (0,_inline_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(change.from) : 'new'} → ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(change.to)} |`);
    const more = changes.length > MAX_ROWS ? ['', `_…and ${changes.length - MAX_ROWS} more._`] : [];
    return ['| object | container | image |', '| --- | --- | --- |', ...rows, ...more, ''];
}
/** The image changes as lines for a terminal or a log; empty when no image changes. */
function imageChangesText(changes) {
    if (changes.length === 0)
        return [];
    return [
        'images:',
        ...changes.map((change) => `  ${change.subject} ${change.container}: ${change.from ?? 'new'} → ${change.to}`),
        '',
    ];
}


/***/ }),

/***/ 28837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
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
function link(text, url) {
    return `[${text.replace(/[\\[\]|]/g, (character) => `\\${character}`)}](${url})`;
}



/***/ }),

/***/ 51870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ keyChanges)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85437);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28837);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70247);
/* harmony import */ var _plan_own_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71729);




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
    const spec = (0,_manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .podSpecOf */ .q)(object)?.spec;
    const containers = new Map();
    for (const field of ['initContainers', 'containers']) {
        const list = spec?.[field];
        if (!Array.isArray(list))
            continue;
        for (const container of list)
            if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(container) && typeof container.name === 'string')
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
        changes.push(typeof old === 'string' ? `${(0,_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(old)} → ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(image)}` : (0,_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(image));
    }
    if (changes.length === 0)
        return [];
    const more = changes.length > MAX_IMAGES ? [`and ${changes.length - MAX_IMAGES} more`] : [];
    return [`image ${[...changes.slice(0, MAX_IMAGES), ...more].join(', ')}`];
}
function replicaChange(live, desired) {
    const after = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(desired.spec) ? desired.spec.replicas : undefined;
    const before = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(live.spec) ? live.spec.replicas : undefined;
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
    return count > 0 ? [(0,_inline_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(count, 'env value')] : [];
}
function byName(list) {
    const entries = new Map();
    if (Array.isArray(list))
        for (const item of list)
            if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(item) && typeof item.name === 'string')
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
    const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(desired);
    if (kind === 'ConfigMap') {
        const count = changedEntries(configMapData(live), configMapData(desired));
        return count > 0 ? [(0,_inline_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(count, 'data key')] : [];
    }
    if (kind === 'Secret') {
        const count = changedEntries(secretData(live), secretData(desired));
        return count > 0 ? [(0,_inline_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(count, 'Secret value')] : [];
    }
    return [];
}
function configMapData(object) {
    const entries = new Map();
    for (const field of ['data', 'binaryData']) {
        const data = object[field];
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data))
            for (const [key, value] of Object.entries(data))
                entries.set(`${field}/${key}`, value);
    }
    return entries;
}
/** Decoded values: stringData is written over data, as the server does. */
function secretData(object) {
    const entries = new Map();
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.data))
        for (const [key, value] of Object.entries(object.data))
            entries.set(key, typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : value);
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.stringData))
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
        if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(old)) {
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
    return [[...paths.slice(0, MAX_FIELDS).map(_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY), ...more].join(', ')];
}
/** kubesync's own labels and annotations change with every commit: never a reviewer's concern. */
function withoutOwnKeys(field, value) {
    const own = field === 'labels' ? _plan_own_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_LABELS */ .N9 : field === 'annotations' ? _plan_own_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_ANNOTATIONS */ .Gj : undefined;
    if (!own || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value))
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !own.includes(key)));
}
/** Whether `live` has every field `desired` sets, with the same value (lists item by item). */
function covers(live, desired) {
    if (Array.isArray(desired))
        return (Array.isArray(live) &&
            live.length === desired.length &&
            desired.every((item, index) => covers(live[index], item)));
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(desired))
        return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(live) && Object.entries(desired).every(([key, value]) => covers(live[key], value));
    return live === desired;
}


/***/ }),

/***/ 38495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countsLine: () => (/* binding */ countsLine),
/* harmony export */   diffText: () => (/* binding */ diffText),
/* harmony export */   formatPlan: () => (/* binding */ formatPlan),
/* harmony export */   planOutputs: () => (/* binding */ planOutputs),
/* harmony export */   statusCounts: () => (/* binding */ statusCounts)
/* harmony export */ });
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41300);
/* harmony import */ var _plan_image_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62754);
/* harmony import */ var _change_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76199);
/* harmony import */ var _image_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48998);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25566);
/* harmony import */ var _key_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51870);
/* harmony import */ var _delivery_lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64266);
/* harmony import */ var _hooks_and_waves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35049);








const SYMBOL = {
    create: '+',
    update: '~',
    delete: '-',
    unchanged: '=',
    orphan: '?',
    keep: '=',
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
    if (counts.keep > 0)
        parts.push(`${counts.keep} kept (never pruned)`);
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
        counts.keep > 0 && `${counts.keep} kept`,
    ];
    return parts.filter(Boolean).join(', ');
}
/**
 * The plan as a terminal or a log shows it: warnings on Secret values too short to redact, one line per
 * object with its key change, then the diffs, through `paintDiff` (colour on a terminal). Without
 * `withDiffs` it is what an apply did, one line per object, as `kubectl apply` says it; plan shows diffs.
 */
function formatPlan(plan, header, secrets, paintDiff = (diff) => diff, withDiffs = true) {
    const lines = [`${header}: ${plan.syncStatus}: ${countsLine(plan)}`, ''];
    const warnings = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .findingsOfPlan */ .j)([], plan);
    (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .keepReportIdentifiers */ .i)(secrets, plan, warnings, [header]);
    for (const warning of warnings)
        lines.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .formatFinding */ .tf)(warning));
    if (warnings.length > 0)
        lines.push('');
    lines.push(...(0,_image_table_js__WEBPACK_IMPORTED_MODULE_6__/* .imageChangesText */ .M)((0,_plan_image_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .imageChangesOf */ .i)(plan.changes)));
    const shared = (0,_change_label_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNotes */ .LX)(plan.changes);
    lines.push(...(0,_change_label_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNoteLines */ .dD)(shared));
    const said = new Set(shared.keys());
    for (const change of plan.changes) {
        const key = (0,_key_change_js__WEBPACK_IMPORTED_MODULE_2__/* .keyChanges */ .L)(change).join('; ').replace(/`/g, '');
        lines.push(`${SYMBOL[change.action]} ${change.subject} (${(0,_change_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLabel */ .pG)(change, said)})${key ? `: ${key}` : ''}`);
    }
    const order = (0,_hooks_and_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .hooksAndWavesText */ .HN)(plan) + (0,_delivery_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .deliveryText */ ._P)(plan);
    if (order)
        lines.push('', order.trimEnd());
    const diffs = withDiffs ? changeDiffs(plan) : '';
    return `${lines.join('\n')}\n${diffs ? `\n${paintDiff(diffs)}` : ''}`;
}
/** Every change's diff, in plan order, after the hooks and waves: the content of the `diff-file` output. */
function diffText(plan) {
    return (0,_hooks_and_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .hooksAndWavesText */ .HN)(plan) + (0,_delivery_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .deliveryText */ ._P)(plan) + changeDiffs(plan);
}
function changeDiffs(plan) {
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
        destructive: String(plan?.changes.filter((change) => change.destructive).length ?? 0),
        'plan-digest': plan?.digest ?? '',
    };
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
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87206);
/* harmony import */ var _manifests_app_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60901);
/* harmony import */ var _model_origin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51579);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27813);
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
    return `env ${ref.key} (doppler://${ref.config}/${ref.name}, ${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOrigin */ .cp)(ref.origin)})`;
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
            problems.push(`${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOrigin */ .cp)(ref.origin)}: env ${ref.key}: doppler://${ref.config}/${ref.name} does not exist: Doppler config "${ref.config}" has no secret named ${ref.name}; add it in Doppler or fix the reference`);
            continue;
        }
        secrets.register(value);
        values.set(ref.key, value);
    }
    if (problems.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${problems.join('\n')}\nNothing was applied.`);
    return values;
}
/** Apply never writes a Secret without its values: without a token it refuses, naming each variable. */
function requireDopplerToken(resources, hasToken) {
    refuseWithoutToken(resources.flatMap(dopplerReferencesOf), hasToken);
}
function refuseWithoutToken(refs, hasToken) {
    if (hasToken || refs.length === 0)
        return;
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${refs.length} environment variables come from Doppler and applying needs their values: set the doppler-token input to a Doppler service token stored as a secret. From Doppler: ${refs.map(describeReference).join(', ')}. Nothing was applied.`);
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
        checksums.set((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .nameOf */ .Vb)(resource.object) ?? '', checksumOf(data));
    }
    return resources.map((resource) => filled.get(resource) ?? withChecksums(resource, checksums));
}
async function liveValues(secret, resolution) {
    const name = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .nameOf */ .Vb)(secret) ?? '';
    const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .namespaceOf */ .N6)(secret) ?? resolution.namespace;
    let live;
    try {
        live = await resolution.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace });
    }
    catch (error) {
        throw (0,_cluster_describe_error_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiError */ .g)(error, `Secret ${namespace}/${name}`);
    }
    const data = live && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(live.data) ? live.data : {};
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
        ...((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(metadata.annotations) ? metadata.annotations : {}),
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
        return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(annotations) ? annotations[CHECKSUM_ANNOTATION] : undefined;
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
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(annotations))
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
        if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(next))
            return undefined;
        template = next;
    }
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(template.metadata) && create)
        template.metadata = {};
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(template.metadata) ? template.metadata : undefined;
}


/***/ }),

/***/ 35142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ podSecretUses)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85437);


function records(value) {
    return Array.isArray(value) ? value.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4) : [];
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
                const ref = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(env) && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(env.valueFrom) ? env.valueFrom.secretKeyRef : undefined;
                if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string')
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
                const ref = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(source) ? source.secretRef : undefined;
                if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(ref) || typeof ref.name !== 'string')
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
        const secret = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(volume) ? volume.secret : undefined;
        if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(secret) || typeof secret.secretName !== 'string')
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


/***/ }),

/***/ 51825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ waveOfChange),
/* harmony export */   g: () => (/* binding */ wavesOf)
/* harmony export */ });
/* harmony import */ var _manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88048);

/** The changes to apply, grouped by `argocd.argoproj.io/sync-wave`, lowest wave first. */
function wavesOf(changes, extraWaves = []) {
    const toApply = changes.filter((change) => change.action === 'create' || change.action === 'update');
    const numbers = new Set([...toApply.map((change) => (0,_manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .waveOf */ .j5)(change.desired ?? {})), ...extraWaves]);
    return [...numbers]
        .sort((a, b) => a - b)
        .map((wave) => ({ wave, changes: toApply.filter((change) => (0,_manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .waveOf */ .j5)(change.desired ?? {}) === wave) }));
}
/** The wave a planned change is applied (or, for a prune, deleted) in. */
function waveOfChange(change) {
    return (0,_manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .waveOf */ .j5)(change.desired ?? change.live ?? {});
}


/***/ })

};

//# sourceMappingURL=495.index.js.map