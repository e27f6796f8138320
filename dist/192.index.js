export const id = 192;
export const ids = [192];
export const modules = {

/***/ 79742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ accessSettingsOf)
/* harmony export */ });
/** What of the settings decides the permissions a run needs (kubesync rbac and the preflight check). */
function accessSettingsOf(settings) {
    return {
        namespace: settings.namespace,
        prune: settings.apply.prune,
        rollback: settings.apply.rollback,
        createNamespace: settings.cluster.createNamespace,
        concurrency: settings.apply.concurrency,
        progressive: settings.delivery.strategy !== 'rolling',
    };
}


/***/ }),

/***/ 62441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ STRATEGY_ANNOTATION),
/* harmony export */   k: () => (/* binding */ DELIVERY_OF_LABEL),
/* harmony export */   rl: () => (/* binding */ PRIMARY_REPLICAS_ANNOTATION),
/* harmony export */   vW: () => (/* binding */ deliveryVariantOf),
/* harmony export */   z: () => (/* binding */ VARIANT_LABEL)
/* harmony export */ });
/** On a Deployment: `rolling`, `canary` or `blue-green`, winning over the strategy input. */
const STRATEGY_ANNOTATION = 'kubesync.io/strategy';
/** On a canary or green Deployment (and its Service): the name of the Deployment it stands in for. */
const DELIVERY_OF_LABEL = 'kubesync.io/delivery-of';
/** On a variant, its selector and its pods: `canary` or `green`, which tells them from the primary's. */
const VARIANT_LABEL = 'kubesync.io/variant';
/** On a canary: the primary's replicas before it was scaled down for the canary, restored on abort. */
const PRIMARY_REPLICAS_ANNOTATION = 'kubesync.io/primary-replicas';
/** The Deployment a canary or green object stands in for, when it is one. */
function deliveryVariantOf(object) {
    const metadata = object.metadata;
    const of = metadata?.labels?.[DELIVERY_OF_LABEL];
    const variant = metadata?.labels?.[VARIANT_LABEL];
    if (typeof of !== 'string' || (variant !== 'canary' && variant !== 'green'))
        return undefined;
    return { of, variant };
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

/***/ 58065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ discoveryNamer),
/* harmony export */   Zu: () => (/* binding */ recordedKindsOf),
/* harmony export */   kg: () => (/* binding */ describeManifests),
/* harmony export */   x3: () => (/* binding */ offlineNamer)
/* harmony export */ });
/* unused harmony export pluralOf */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _model_delivery_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62441);
/* harmony import */ var _manifests_scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85818);
/* harmony import */ var _secrets_pod_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35142);




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
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) !== 'CustomResourceDefinition' || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.spec))
            continue;
        const { group, scope, names: crd } = object.spec;
        if (typeof group !== 'string' || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(crd) || typeof crd.kind !== 'string')
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
    const scopes = new _manifests_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .ScopeCatalog */ .K(resources);
    return (apiVersion, kind) => Promise.resolve(crds.get(`${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(apiVersion)}/${kind}`) ?? {
        group: (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(apiVersion),
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
            return { group: (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(apiVersion), resource: discovered.plural, namespaced: discovered.namespaced };
        return crds.get(`${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(apiVersion)}/${kind}`);
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
        const apiVersion = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .apiVersionOf */ .uO)(resource.object) ?? '';
        const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(resource.object) ?? '';
        const name = await nameOfKind(apiVersion, kind);
        if (!name)
            continue;
        const objectNamespace = name.namespaced ? ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(resource.object) ?? namespace) : undefined;
        const object = {
            ...name,
            ref: {
                apiVersion,
                kind,
                name: (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(resource.object) ?? '',
                ...(objectNamespace ? { namespace: objectNamespace } : {}),
            },
            origin: resource.origin,
            awaitsCrd: !(await served(apiVersion, kind)),
            ...(rollsOutProgressively(resource.object) ? { rollsOutProgressively: true } : {}),
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
        for (const use of (0,_secrets_pod_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .podSecretUses */ .e)(resource.object)) {
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
function rollsOutProgressively(object) {
    const strategy = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) === 'Deployment' ? (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(object, _model_delivery_js__WEBPACK_IMPORTED_MODULE_3__/* .STRATEGY_ANNOTATION */ .A$) : undefined;
    return strategy === 'canary' || strategy === 'blue-green';
}


/***/ }),

/***/ 52407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};

//# sourceMappingURL=192.index.js.map