export const id = 307;
export const ids = [307];
export const modules = {

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

/***/ 88048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VR: () => (/* binding */ syncRoleOf),
/* harmony export */   j5: () => (/* binding */ waveOf),
/* harmony export */   lC: () => (/* binding */ isHookObject)
/* harmony export */ });
/* unused harmony exports HOOK_ANNOTATION, HOOK_DELETE_POLICY_ANNOTATION, SYNC_WAVE_ANNOTATION, HELM_HOOK_ANNOTATION, HELM_HOOK_WEIGHT_ANNOTATION, HELM_HOOK_DELETE_POLICY_ANNOTATION, HOOK_PHASES */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';
const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
const HELM_HOOK_ANNOTATION = 'helm.sh/hook';
const HELM_HOOK_WEIGHT_ANNOTATION = 'helm.sh/hook-weight';
const HELM_HOOK_DELETE_POLICY_ANNOTATION = 'helm.sh/hook-delete-policy';
const HOOK_PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];
const HELM_PHASES = {
    'pre-install': 'PreSync',
    'pre-upgrade': 'PreSync',
    'post-install': 'PostSync',
    'post-upgrade': 'PostSync',
    // Argo CD treats Helm 2's crd-install like any CRD: an ordinary resource of the first stage.
    'crd-install': 'resource',
};
const HELM_TEST_HOOKS = new Set(['test', 'test-success', 'test-failure']);
const HELM_DELETE_POLICIES = {
    'before-hook-creation': 'BeforeHookCreation',
    'hook-succeeded': 'HookSucceeded',
    'hook-failed': 'HookFailed',
};
function integerAnnotation(object, name) {
    const value = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationOf */ .lW)(object, name);
    if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value))
        return undefined;
    return Number.parseInt(value, 10);
}
/** `argocd.argoproj.io/sync-wave`, default 0; for a Helm hook without it, `helm.sh/hook-weight`. */
function waveOf(object) {
    const wave = integerAnnotation(object, SYNC_WAVE_ANNOTATION);
    if (wave !== undefined)
        return wave;
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationOf */ .lW)(object, HELM_HOOK_ANNOTATION) !== undefined)
        return integerAnnotation(object, HELM_HOOK_WEIGHT_ANNOTATION) ?? 0;
    return 0;
}
/**
 * Argo CD's reading of an object's hook annotations: its own take precedence over Helm's, which map
 * pre-install/pre-upgrade to PreSync and post-install/post-upgrade to PostSync. Helm test hooks, hooks
 * that only run on delete or rollback, and `Skip` are never applied.
 */
function syncRoleOf(object) {
    const argo = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationList */ .G)(object, HOOK_ANNOTATION);
    if (argo && argo.length > 0) {
        if (argo.includes('Skip'))
            return { role: 'skipped', reason: `${HOOK_ANNOTATION}: Skip` };
        const phases = HOOK_PHASES.filter((phase) => argo.includes(phase));
        if (phases.length === 0)
            return { role: 'resource' };
        return { role: 'hook', hook: { phases, deletePolicies: deletePoliciesOf(object), wave: waveOf(object) } };
    }
    const helm = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationList */ .G)(object, HELM_HOOK_ANNOTATION);
    if (!helm || helm.length === 0)
        return { role: 'resource' };
    if (helm.some((hook) => HELM_TEST_HOOKS.has(hook)))
        return { role: 'skipped', reason: `a Helm test hook (${HELM_HOOK_ANNOTATION}: ${helm.join(',')})` };
    const mapped = helm.map((hook) => HELM_PHASES[hook]);
    if (mapped.includes('resource'))
        return { role: 'resource' };
    const phases = HOOK_PHASES.filter((phase) => mapped.includes(phase));
    if (phases.length === 0)
        return {
            role: 'skipped',
            reason: `a Helm hook that runs only on delete or rollback (${HELM_HOOK_ANNOTATION}: ${helm.join(',')})`,
        };
    return { role: 'hook', hook: { phases, deletePolicies: deletePoliciesOf(object), wave: waveOf(object) } };
}
/** A hook's delete policies; BeforeHookCreation when none is given, as in Argo CD. */
function deletePoliciesOf(object) {
    const argo = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationList */ .G)(object, HOOK_DELETE_POLICY_ANNOTATION) ?? [];
    const helm = ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationList */ .G)(object, HELM_HOOK_DELETE_POLICY_ANNOTATION) ?? []).map((policy) => HELM_DELETE_POLICIES[policy]);
    const policies = [...argo, ...helm].filter((policy) => policy === 'BeforeHookCreation' || policy === 'HookSucceeded' || policy === 'HookFailed');
    return policies.length > 0 ? [...new Set(policies)] : ['BeforeHookCreation'];
}
/** A hook may be named by `generateName`: each run creates a new object. */
function isHookObject(object) {
    return syncRoleOf(object).role === 'hook';
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ applyImageOverrides),
/* harmony export */   Mz: () => (/* binding */ containersOf)
/* harmony export */ });
/* unused harmony export CONTAINER_FIELDS */
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41300);
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60901);
/* harmony import */ var _image_override_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5340);
/* harmony import */ var _image_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7499);
/* harmony import */ var _pod_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85437);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27813);






const CONTAINER_FIELDS = ['initContainers', 'containers', 'ephemeralContainers'];
/**
 * The resources with every container image an override matches replaced, as kustomize's `images`
 * does, and an error for each override that matched no container.
 */
function applyImageOverrides(resources, options) {
    const overrides = options.overrides.map((override) => (0,_image_override_js__WEBPACK_IMPORTED_MODULE_2__/* .withDefaultTag */ ._t)(override, options.defaultTag));
    const matched = new Set();
    const present = new Set();
    const result = resources.map((resource) => {
        if (overrides.length === 0 || !(0,_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .podSpecOf */ .q)(resource.object))
            return resource;
        const object = structuredClone(resource.object);
        let changed = false;
        for (const container of containersOf(object)) {
            const image = container.image;
            if (typeof image !== 'string')
                continue;
            const name = (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .splitImage */ .s5)(image).name;
            present.add(name);
            const override = overrides.find((candidate) => candidate.name === name);
            if (!override)
                continue;
            matched.add(override);
            const replaced = (0,_image_override_js__WEBPACK_IMPORTED_MODULE_2__/* .overrideImage */ .kI)(image, override);
            if (replaced === image)
                continue;
            container.image = replaced;
            changed = true;
        }
        return changed ? { ...resource, object } : resource;
    });
    const findings = resources.length === 0
        ? []
        : overrides
            .filter((override) => !matched.has(override))
            .map((override) => (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .errorAt */ .Os)(options.originOf(override), 'image-unmatched', unmatchedMessage(override, [...present])));
    return { resources: result, findings };
}
/** Every container of a workload's pod template (or a Pod), init and ephemeral ones included. */
function containersOf(object) {
    const spec = (0,_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .podSpecOf */ .q)(object)?.spec;
    if (!spec)
        return [];
    return CONTAINER_FIELDS.flatMap((field) => {
        const list = spec[field];
        return Array.isArray(list) ? list.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4) : [];
    });
}
function unmatchedMessage(override, present) {
    const names = [...new Set(present)].sort();
    const written = `images entry ${JSON.stringify(override.text)}`;
    if (names.length === 0)
        return `${written} matches no container: no workload here runs an image`;
    const guess = nearestName(override.name, names);
    const hint = guess ? `did you mean ${guess}? ` : '';
    return `${written} matches no container (an entry names the image without tag or digest): ${hint}images here: ${names.join(', ')}`;
}
/** A misspelling, or the same image written with or without its registry (`nginx`, `docker.io/library/nginx`). */
function nearestName(name, names) {
    const lastPart = (image) => image.slice(image.lastIndexOf('/') + 1);
    return (0,_app_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .ZA)(name, names) ?? names.find((candidate) => lastPart(candidate) === lastPart(name));
}


/***/ }),

/***/ 85437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ podSpecPathOf),
/* harmony export */   q: () => (/* binding */ podSpecOf)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

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
    return POD_SPEC_PATHS[(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) ?? ''];
}
/** The pod spec of a workload (or a Pod), with the path it is at. */
function podSpecOf(object) {
    const path = podSpecPathOf(object);
    if (!path)
        return undefined;
    let current = object;
    for (const part of path) {
        if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current))
            return undefined;
        current = current[part];
    }
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) ? { path, spec: current } : undefined;
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


/***/ })

};

//# sourceMappingURL=307.index.js.map