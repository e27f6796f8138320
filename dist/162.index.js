export const id = 162;
export const ids = [162];
export const modules = {

/***/ 44987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ planAgainst),
  F: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/cluster/session.ts
var cluster_session = __webpack_require__(58266);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/plan/rejections.ts + 2 modules
var rejections = __webpack_require__(79819);
// EXTERNAL MODULE: ./src/plan/plan.ts + 3 modules
var plan_plan = __webpack_require__(15135);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/model/delivery.ts
var delivery = __webpack_require__(62441);
// EXTERNAL MODULE: ./src/progressive/plan-variants.ts
var plan_variants = __webpack_require__(72523);
// EXTERNAL MODULE: ./src/progressive/strategy.ts
var progressive_strategy = __webpack_require__(58058);
// EXTERNAL MODULE: ./src/progressive/metric-check.ts + 1 modules
var metric_check = __webpack_require__(45463);
// EXTERNAL MODULE: ./src/progressive/traffic.ts
var traffic = __webpack_require__(46);
// EXTERNAL MODULE: ./src/progressive/variant.ts
var variant = __webpack_require__(26098);
;// CONCATENATED MODULE: ./src/progressive/delivery-plan.ts








/**
 * The plan with how each canary or blue-green Deployment rolls out. A primary whose replicas a
 * running canary set aside conflicts with that canary's own write: not a conflict to refuse on, since
 * the rollout takes them back.
 */
async function withDelivery(client, plan, options) {
    const delivery = [];
    const changes = [];
    const canaries = new Set((0,plan_variants/* variantsInPlan */.t)(plan.changes)
        .filter(({ variant }) => variant === 'canary')
        .map(({ namespace, of }) => `${namespace ?? ''}/${of}`));
    for (const change of plan.changes) {
        const strategy = (0,progressive_strategy/* strategyOf */.xS)(change, options.strategy);
        const setAside = change.ref.kind === 'Deployment' && canaries.has(`${change.ref.namespace ?? ''}/${change.ref.name}`);
        changes.push(setAside && change.conflict
            ? { ...change, conflict: undefined, note: 'its replicas are set aside for the canary a run left' }
            : change);
        if (strategy === 'rolling')
            continue;
        const namespace = change.ref.namespace ?? '';
        const name = change.ref.name;
        checkMetricQuery(options.canary);
        if (strategy === 'canary' &&
            (options.canary.decision === 'promote' || options.canary.decision === 'abort'))
            if (!canaries.has(`${namespace}/${name}`))
                throw new errors/* UserError */.y(`${change.subject}: canary-decision: ${options.canary.decision}, but no canary of it is running; run with canary-decision: manual (or auto) first`);
        if (strategy === 'blue-green') {
            if (change.live)
                await refuseSharedServices(client, change, change.live);
            delivery.push({
                subject: change.subject,
                description: blueGreenDescription(name, options),
                creates: [`Deployment ${namespace}/${(0,variant/* variantName */.L$)(name, 'green')}`],
            });
            continue;
        }
        const services = change.live ? await (0,traffic/* servicesSelecting */.dj)(client, change.live) : [];
        const routed = [];
        for (const service of services)
            if ((await (0,traffic/* routesTo */.KB)(client, service)).length > 0)
                routed.push(service);
        delivery.push({
            subject: change.subject,
            description: canaryDescription(options.canary, routed.length > 0),
            creates: [
                `Deployment ${namespace}/${(0,variant/* variantName */.L$)(name, 'canary')}`,
                ...routed.map((service) => `Service ${namespace}/${(0,variant/* variantName */.L$)((0,model_resource/* nameOf */.Vb)(service) ?? '', 'canary')}`),
            ],
        });
    }
    return delivery.length > 0 || changes.some((change, index) => change !== plan.changes[index])
        ? { ...plan, changes, delivery }
        : plan;
}
function canaryDescription(options, routed) {
    const split = routed ? `${options.weight} % of the route's traffic` : `${options.weight} % of the replicas`;
    switch (options.decision) {
        case 'promote':
            return 'promote the canary an earlier run left';
        case 'abort':
            return 'abort the canary an earlier run left';
        case 'manual':
            return `canary at ${split}, then wait for canary-decision: promote or abort`;
        default:
            return `canary at ${split} for ${duration(options.analysisMs)}${metricWords(options)}, then promote automatically (abort on a failing sample)`;
    }
}
function blueGreenDescription(name, options) {
    const green = (0,variant/* variantName */.L$)(name, 'green');
    const analysed = options.canary.metricQuery ? `, analysed for ${duration(options.canary.analysisMs)}` : '';
    const keep = options.blueGreenKeepMs > 0 ? `; ${name}'s previous pods kept ${duration(options.blueGreenKeepMs)}` : '';
    return `blue-green: ${green} at full size; once it is ready${analysed} the Services switch to it${keep}; then ${name} takes the new template out of traffic, the Services switch back, and ${green} is removed`;
}
function metricWords(options) {
    if (!options.metricQuery)
        return ', ready with no restarts';
    const threshold = options.metricThreshold
        ? ` ${options.metricThreshold.bound === 'max' ? '≤' : '≥'} ${options.metricThreshold.value}`
        : '';
    return `, ready with no restarts and the metric${threshold} every ${duration(options.metricIntervalMs)}`;
}
function duration(ms) {
    if (ms % 3_600_000 === 0 && ms > 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0 && ms > 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/** A mistake in the metric inputs is found before anything is written, not in the middle of a rollout. */
function checkMetricQuery(options) {
    if (!options.metricQuery)
        return;
    (0,metric_check/* metricQueryFor */.eR)(options.metricQuery, { canary: '', primary: '' });
    if (!options.prometheusUrl)
        throw new errors/* UserError */.y('canary-metric-query needs canary-prometheus-url, the Prometheus to ask');
}
/**
 * Blue-green switches whole Services to the green pods: a Service that also selects another
 * Deployment's pods would lose them.
 */
async function refuseSharedServices(client, change, live) {
    const services = await (0,traffic/* servicesSelecting */.dj)(client, live);
    if (services.length === 0)
        return;
    const others = (await client.list('apps/v1', 'Deployment', { namespace: change.ref.namespace })).filter((deployment) => (0,model_resource/* nameOf */.Vb)(deployment) !== change.ref.name && (0,delivery/* deliveryVariantOf */.vW)(deployment)?.of !== change.ref.name);
    for (const service of services) {
        const selector = Object.entries((0,traffic/* selectorOf */.Bk)(service)).filter(([key]) => key !== delivery/* VARIANT_LABEL */.z);
        const shared = others.find((deployment) => selector.every(([key, value]) => (0,traffic/* podLabelsOf */.KP)(deployment)[key] === value));
        if (shared)
            throw new errors/* UserError */.y(`${change.subject}: blue-green switches Service ${change.ref.namespace ?? ''}/${(0,model_resource/* nameOf */.Vb)(service) ?? ''} to the new pods, but it also selects the pods of Deployment ${(0,model_resource/* nameOf */.Vb)(shared) ?? ''}, which would drop out of it; give ${change.ref.name} a Service of its own, or use strategy: canary`);
    }
}

// EXTERNAL MODULE: ./src/model/namespace.ts
var namespace = __webpack_require__(59622);
// EXTERNAL MODULE: ./src/manifests/sync-options.ts
var sync_options = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/cluster/describe-error.ts
var describe_error = __webpack_require__(40626);
// EXTERNAL MODULE: ./src/manifests/scope.ts
var scope = __webpack_require__(85818);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
// EXTERNAL MODULE: ./src/manifests/hook-annotations.ts
var hook_annotations = __webpack_require__(88048);
// EXTERNAL MODULE: ./src/manifests/hook-labels.ts
var hook_labels = __webpack_require__(74331);
;// CONCATENATED MODULE: ./src/plan/desired.ts









/**
 * Makes loaded objects what will be sent: the default namespace on namespaced kinds (as the cluster's
 * discovery says), the ApplySet member label, and provenance annotations. A kind the cluster does not
 * serve is an error at its line, unless a CRD in the same manifests defines it.
 */
async function prepareDesired(client, resources, options) {
    const scopes = new scope/* ScopeCatalog */.K(resources);
    const problems = [];
    const desired = [];
    for (const resource of resources) {
        const role = (0,hook_annotations/* syncRoleOf */.VR)(resource.object);
        if (role.role === 'skipped')
            continue;
        const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object) ?? '';
        const kind = (0,model_resource/* kindOf */.I)(resource.object) ?? '';
        let discovered;
        try {
            discovered = await client.resourceFor(apiVersion, kind);
        }
        catch (error) {
            throw (0,describe_error/* describeApiError */.g)(error, `discovery of ${apiVersion}`, resource.origin);
        }
        const crdScope = scopes.crdScopeOf(apiVersion, kind);
        if (!discovered && !crdScope) {
            problems.push(`${(0,origin/* formatOrigin */.cp)(resource.origin)}: the cluster does not serve ${kind} in ${apiVersion}; install its CRD first (or add it to these manifests), or check apiVersion and kind`);
            continue;
        }
        const namespaced = discovered ? discovered.namespaced : crdScope === 'Namespaced';
        const hook = role.role === 'hook' ? role.hook : undefined;
        desired.push({
            object: decorate(resource.object, namespaced, options, hook !== undefined),
            resource,
            awaitsCrd: !discovered,
            ...(hook ? { hook } : {}),
        });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.y(problems.join('\n'));
    // Creating namespaces is the workflow's to allow (create-namespace); an object's
    // argocd.argoproj.io/sync-options: CreateNamespace=true then asks for its own namespace too.
    if (options.createNamespace) {
        await addNamespace(client, desired, options);
        for (const namespace of (0,sync_options/* namespacesToCreate */.ys)(desired.map(({ object }) => object)))
            await addNamespace(client, desired, { ...options, namespace });
    }
    return desired;
}
function decorate(object, namespaced, options, hook) {
    const copy = structuredClone(object);
    const metadata = (0,model_resource/* isRecord */.u4)(copy.metadata) ? copy.metadata : {};
    if (namespaced)
        metadata.namespace =
            typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : options.namespace;
    else
        delete metadata.namespace;
    metadata.labels = {
        ...((0,model_resource/* isRecord */.u4)(metadata.labels) ? metadata.labels : {}),
        ...(hook ? (0,hook_labels/* hookLabels */.nD)({ ...copy, metadata }, options.inventory.id) : options.inventory.memberLabels()),
    };
    metadata.annotations = {
        ...((0,model_resource/* isRecord */.u4)(metadata.annotations) ? metadata.annotations : {}),
        'kubesync.io/commit': options.provenance.commit,
        'kubesync.io/run': options.provenance.run,
        'kubesync.io/ref': options.provenance.ref,
    };
    copy.metadata = metadata;
    return copy;
}
/** `create-namespace`: the target namespace, created when absent and never pruned (not a set member). */
async function addNamespace(client, desired, options) {
    if ((0,namespace/* declaresNamespace */.Lj)(desired, options.namespace))
        return;
    if (await client.get((0,namespace/* namespaceRef */.LB)(options.namespace)))
        return;
    const object = (0,namespace/* namespaceObject */.rE)(options.namespace);
    const origin = { file: 'input create-namespace', line: 1, column: 1 };
    desired.unshift({ object, resource: { object, origin, locate: () => origin }, awaitsCrd: false });
}

// EXTERNAL MODULE: ./src/plan/planned-hooks.ts
var planned_hooks = __webpack_require__(48692);
// EXTERNAL MODULE: ./src/secrets/diff-maskers.ts
var diff_maskers = __webpack_require__(2779);
// EXTERNAL MODULE: ./src/validate/api-versions.ts + 1 modules
var api_versions = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/app/commands/cluster-session.ts + 1 modules
var commands_cluster_session = __webpack_require__(70941);
// EXTERNAL MODULE: ./src/app/commands/validate-and-connect.ts + 1 modules
var validate_and_connect = __webpack_require__(9850);
// EXTERNAL MODULE: ./src/validate/validation-result.ts
var validation_result = __webpack_require__(72713);
// EXTERNAL MODULE: ./src/secrets/doppler-secret.ts
var doppler_secret = __webpack_require__(25150);
// EXTERNAL MODULE: ./src/secrets/secret-references.ts
var secret_references = __webpack_require__(38116);
// EXTERNAL MODULE: ./src/rbac/preflight.ts + 1 modules
var preflight = __webpack_require__(96796);
// EXTERNAL MODULE: ./src/app/commands/access-settings.ts
var access_settings = __webpack_require__(79742);
;// CONCATENATED MODULE: ./src/app/commands/plan.ts
















/** load → render → validate → connect → plan. Without credentials, stops after validate with status Unknown. */
async function runPlan(settings, provenance, runtime) {
    const { log } = runtime;
    const renderOnly = settings.planMode === 'render';
    const { validation, app, session } = await (0,validate_and_connect/* validateAndConnect */.q)(settings, renderOnly ? { ...runtime, connect: () => undefined } : runtime);
    if (!validation.valid) {
        return {
            app,
            validation,
            syncStatus: 'Unknown',
            unknownReason: (0,plural/* plural */.L)(validation.errors, 'validation error'),
            unknownCause: 'invalid',
        };
    }
    if (!session) {
        return {
            app,
            validation: (0,validation_result/* withFindings */.$)(validation, (0,api_versions/* noteUncheckedGroups */.h)(validation.loaded.resources)),
            syncStatus: 'Unknown',
            ...(renderOnly
                ? { unknownReason: 'plan-mode: render, so the cluster is not asked', unknownCause: 'render-mode' }
                : {
                    unknownReason: 'no cluster credentials (validated and rendered only)',
                    unknownCause: 'no-credentials',
                }),
        };
    }
    const { plan, findings, refused, state } = await log.group('plan', async () => {
        // Before the first request that may be refused, so that every missing permission shows at once.
        const resources = validation.loaded.resources;
        await (0,preflight/* checkRunAccess */.S)(session.client, (0,access_settings/* accessSettingsOf */.L)(settings), { app, resources, stage: 'plan', state: 'unknown' }, log);
        const state = await (0,cluster_session/* readInventory */.z)(session);
        const outcome = await planAgainst(session, settings, validation, provenance, state, 'plan', runtime, {
            accessChecked: true,
        });
        return { ...outcome, state };
    });
    const lastApplied = state?.lastCommit ? { commit: state.lastCommit, at: state.lastAppliedAt } : undefined;
    if (!plan) {
        return {
            app,
            validation: (0,validation_result/* withFindings */.$)(validation, findings),
            syncStatus: 'Unknown',
            unknownReason: refused,
            unknownCause: 'refused',
            server: session.client.server,
            context: session.context,
            lastApplied,
        };
    }
    return {
        app,
        validation: (0,validation_result/* withFindings */.$)(validation, findings),
        plan,
        syncStatus: plan.syncStatus,
        server: session.client.server,
        context: session.context,
        lastApplied,
    };
}
/**
 * Fills the Secrets whose values come from Doppler (fetched when there is a token), prepares every
 * object, checks the Secrets workloads read, and dry-runs everything against the cluster.
 */
async function planAgainst(session, settings, validation, provenance, state, purpose, runtime, options = {}) {
    const { client, inventory, fieldManager } = session;
    const { log } = runtime;
    if (!options.accessChecked) {
        const app = (0,commands_cluster_session/* appNameOf */.E)(settings, validation.loaded);
        const resources = validation.loaded.resources;
        await (0,preflight/* checkRunAccess */.S)(client, (0,access_settings/* accessSettingsOf */.L)(settings), { app, resources, stage: purpose, state }, log);
    }
    const resources = await (0,doppler_secret/* resolveSecretSources */.pv)(validation.loaded.resources, {
        doppler: runtime.doppler(settings),
        purpose,
        client,
        namespace: settings.namespace,
        log,
        secrets: runtime.secrets,
    });
    const desired = await prepareDesired(client, resources, {
        namespace: settings.namespace,
        createNamespace: settings.cluster.createNamespace,
        inventory,
        provenance,
    });
    // Returned, not logged: the edges print (or annotate) every finding once.
    const findings = await (0,secret_references/* checkSecretReferences */.n)(client, desired);
    try {
        // Hooks are created in their phases, not applied: they are neither dry-run nor set members.
        const resourcesToPlan = desired.filter((item) => !item.hook);
        const plan = await (0,plan_plan/* planChanges */.X)(client, resourcesToPlan, inventory, state, {
            ignoreDifferences: settings.ignoreDifferences,
            prune: settings.apply.prune,
            forceConflicts: settings.apply.forceConflicts,
            forceReplace: settings.apply.forceReplace,
            allowDestructive: settings.apply.allowDestructive,
            concurrency: settings.apply.concurrency,
            maskers: diff_maskers/* SECRET_MASKERS */.M,
            fieldManager,
            adoption: settings.apply.allowAdoption,
            targetNamespace: { name: settings.namespace, created: settings.cluster.createNamespace },
        });
        const delivered = await withDelivery(client, plan, settings.delivery);
        return { plan: (0,planned_hooks/* withHooks */.TK)(delivered, (0,planned_hooks/* plannedHooksOf */.Ym)(desired)), findings };
    }
    catch (error) {
        if (!(error instanceof rejections/* ServerRejection */.VI))
            throw error;
        const refused = `the API server refused ${error.objects} of ${(0,plural/* plural */.L)(desired.length, 'object')} in a dry run`;
        return { findings: [...findings, ...error.findings], refused };
    }
}


/***/ }),

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ validateAndConnect)
});

// EXTERNAL MODULE: ./src/validate/counts.ts
var counts = __webpack_require__(20976);
// EXTERNAL MODULE: ./src/app/commands/cluster-session.ts + 1 modules
var cluster_session = __webpack_require__(70941);
// EXTERNAL MODULE: ./src/app/commands/validate.ts + 12 modules
var validate = __webpack_require__(81341);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./src/app/commands/heap-growth.ts

/**
 * Reading, validating and planning thousands of objects allocates far more than it keeps (a plan of
 * 10,000 objects keeps about 60 MB). Left alone, V8 sizes the heap for that churn: it doubles the young
 * generation up to 64 MB per semi-space and lets the old generation grow to up to four times what
 * survived its last full GC before collecting again, and all of it stays committed (peak RSS 400-480
 * MB at 10,000 objects, most of it garbage). Held, the young generation keeps the size it has when the
 * command starts, and the old generation is collected once it has grown by a quarter: a few more
 * scavenges and short full GCs (about a dozen at 10,000 objects, each a few ms), and the memory stays
 * near what is live. Set before the manifests are read, since parsing them is the first thing to grow
 * the heap. Any flag set at run time makes Node compile each built-in module loaded after it without
 * its code cache (some 20 ms for those the cluster connection loads), so `validate` and `render` never
 * set them. V8 reads both each time it would grow the heap.
 */
function holdHeapGrowth() {
    external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
    external_node_v8_default().setFlagsFromString('--heap-growing-percent=25');
}

;// CONCATENATED MODULE: ./src/app/commands/validate-and-connect.ts




/** validate (its log group says what it read and found) → the app's name → connect, when valid. */
async function validateAndConnect(settings, runtime) {
    holdHeapGrowth();
    const validation = await runtime.log.group('validate', async () => {
        const result = await (0,validate/* validateManifests */.T)(settings, runtime.secrets);
        const { loaded, errors, warnings } = result;
        const objects = loaded.resources.length;
        runtime.log.info((0,counts/* countLine */.Q)({ objects, files: loaded.files.length, source: loaded.type, errors, warnings }));
        return result;
    });
    const app = (0,cluster_session/* appNameOf */.E)(settings, validation.loaded);
    const session = validation.valid ? runtime.connect(settings, app) : undefined;
    return { validation, app, session };
}


/***/ }),

/***/ 82552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ recordPlan),
/* harmony export */   O9: () => (/* binding */ planCommentOf),
/* harmony export */   a$: () => (/* binding */ deploymentEnvironmentOf),
/* harmony export */   rM: () => (/* binding */ statusContextOf)
/* harmony export */ });
/* unused harmony export planStatus */
/* harmony import */ var _model_plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70247);
/* harmony import */ var _github_github_unavailable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29303);
/* harmony import */ var _github_comment_marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2429);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82163);
/* harmony import */ var _report_links_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83303);
/* harmony import */ var _report_plan_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38495);
/* harmony import */ var _reviewed_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18741);







/** `kubesync/<environment>`, or `kubesync/<app>` when there is no environment, unless the input says otherwise. */
function statusContextOf(settings, app) {
    const context = settings.github.statusContext || `kubesync/${settings.environment || app}`;
    // Without an environment the default already names the app; a given context does not.
    return settings.oneOfMany && (settings.environment || settings.github.statusContext)
        ? `${context}/${app}`
        : context;
}
/**
 * The environment of the GitHub Deployment: the app's own when it is one of several, because a new
 * Deployment's success marks the environment's earlier ones inactive.
 */
function deploymentEnvironmentOf(settings, app) {
    const environment = settings.environment || app;
    return settings.oneOfMany && settings.environment ? `${environment}/${app}` : environment;
}
/** The commit status a plan sets: success whatever the diff (a plan is information), failure on invalid manifests. */
function planStatus(result) {
    if (!result.validation.valid)
        return {
            state: 'failure',
            description: `Invalid: ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(result.validation.errors, 'validation error')}`,
        };
    if (!result.plan)
        return { state: 'success', description: `Unknown: ${result.unknownReason ?? 'not planned'}` };
    const counts = (0,_report_plan_text_js__WEBPACK_IMPORTED_MODULE_2__.statusCounts)(result.plan);
    if (result.rendered)
        return { state: 'success', description: `Rendered diff: ${counts || 'no changes'}` };
    return { state: 'success', description: `${result.plan.syncStatus}${counts ? `: ${counts}` : ''}` };
}
/**
 * On a pull request: the plan as one comment kept up to date, and the commit status of its head. On a
 * schedule (drift detection): the commit status of the checked-out commit. When GitHub cannot be
 * reached, each missing record is a warning; the plan is in the job summary all the same.
 */
async function recordPlan(settings, run, result, github, log, secrets) {
    if (!run.repository || !(run.pullRequest || ['schedule', 'merge_group'].includes(run.eventName)))
        return;
    if (!github) {
        log.warning('no github-token: the plan is in the job summary only');
        return;
    }
    try {
        await writeRecords(github, settings, run, result, log, secrets);
    }
    catch (error) {
        // A pull request from a fork runs with a read-only token: the plan still stands in the job summary.
        if (!(run.pullRequest?.fromFork && (0,_github_github_unavailable_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubUnavailable */ .Ww)(error) && error.kind === 'refused'))
            throw error;
        log.warning(`pull request from a fork, so its token is read-only: ${error.message}. The ${result.rendered ? 'rendered diff' : 'plan'} is in the job summary`);
    }
}
async function writeRecords(github, settings, run, result, log, secrets) {
    const status = planStatus(result);
    const context = statusContextOf(settings, result.app);
    const warnings = [
        await (0,_github_github_unavailable_js__WEBPACK_IMPORTED_MODULE_0__/* .tryRecord */ .Rj)(`the commit status ${context}`, () => github.records.setStatus(run.sha, context, status.state, status.description, run.runUrl)),
    ];
    const pull = run.pullRequest;
    if (pull && settings.github.comment) {
        const input = planCommentOf(settings, run, result);
        const bodies = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanComments */ .wL)(input, secrets, settings.github.maxComments);
        warnings.push(await (0,_github_github_unavailable_js__WEBPACK_IMPORTED_MODULE_0__/* .tryRecord */ .Rj)(`the plan comment on pull request #${pull.number}`, async () => {
            const { outcome, ignored } = await github.records.upsertComment(pull.number, (0,_github_comment_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .commentMarker */ .Ql)(result.app, settings.environment), bodies[0] ?? '');
            if (ignored.length > 0)
                log.info(`ignored ${ignored.length === 1 ? 'a comment' : 'comments'} by ${ignored.join(', ')} carrying kubesync's marker: only kubesync's own comment is edited`);
            log.info(`pull request #${pull.number}: comment ${outcome}`);
            await writeFurtherComments(github, pull.number, result.app, settings.environment, bodies.slice(1), log);
        }));
    }
    for (const warning of warnings)
        if (warning)
            log.warning(`${warning}; the plan is in the job summary`);
}
/**
 * The further comments of a plan after its first: each edited in place under its numbered marker, or
 * created; those a longer plan left, deleted.
 */
async function writeFurtherComments(github, pull, app, environment, bodies, log) {
    for (const [index, body] of bodies.entries()) {
        const part = index + 2;
        const { outcome } = await github.records.upsertComment(pull, (0,_github_comment_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .partMarker */ .Ai)(app, environment, part), body);
        log.info(`pull request #${pull}: comment ${part} ${outcome}`);
    }
    const stale = (await github.records.ourComments(pull, (0,_github_comment_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .partsPrefix */ .Tf)(app, environment))).filter((comment) => ((0,_github_comment_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .partOf */ .BU)(comment.body, app, environment) ?? 0) > bodies.length + 1);
    for (const comment of stale)
        await github.records.deleteComment(comment.id);
    if (stale.length > 0)
        log.info(`pull request #${pull}: deleted ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(stale.length, 'comment')} the plan no longer needs`);
}
/** What the plan comment shows of a plan made with these settings for this run. */
function planCommentOf(settings, run, result) {
    return {
        app: result.app,
        environment: settings.environment,
        sha: run.sha,
        server: result.server,
        context: result.context,
        syncStatus: result.syncStatus,
        unknownReason: result.unknownReason,
        plan: result.plan,
        // A rendered diff is no reviewed plan: its marker carries no digest for apply to match.
        desiredDigest: result.plan && !result.rendered ? (0,_reviewed_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredDigest */ .b)(result.plan, settings.ignoreDifferences) : undefined,
        findings: result.validation.findings,
        runUrl: run.runUrl,
        repositoryUrl: (0,_report_links_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryUrlOf */ .ZN)(run.runUrl),
        prune: settings.apply.prune,
        requirePlanMatch: settings.deployment.requirePlanMatch,
        destructiveApprovalLabel: settings.apply.destructiveApprovalLabel,
        rendered: result.rendered,
    };
}


/***/ }),

/***/ 18741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ desiredDigest),
/* harmony export */   g: () => (/* binding */ reviewProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13424);
/* harmony import */ var _secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25150);
/* harmony import */ var _secrets_mask_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40997);




/**
 * A hash of the desired objects alone, normalized and masked as the plan digest hashes them, without
 * the planned actions: the same manifests give the same hash whatever the cluster holds. Next to the
 * plan digest in the PR comment, it lets apply tell which side changed since the review.
 */
function desiredDigest(plan, ignore = []) {
    const desiredOf = (object) => (0,_plan_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .sortKeys */ .di)((0,_secrets_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)((0,_secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutChecksum */ .Kw)((0,_plan_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalize */ .S8)(object, ignore))));
    const entries = [
        ...plan.changes.flatMap((change) => change.desired ? [{ subject: change.subject, desired: desiredOf(change.desired) }] : []),
        // A hook runs code: one edited after the review is a different plan.
        ...(plan.hooks ?? []).map((hook) => ({
            subject: `hook ${hook.subject}`,
            desired: desiredOf(hook.object),
        })),
    ].sort((a, b) => a.subject.localeCompare(b.subject));
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(entries)).digest('hex')}`;
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


/***/ }),

/***/ 60885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ holdsLegacyFields),
/* harmony export */   KC: () => (/* binding */ migrateLegacyManager)
/* harmony export */ });
/* unused harmony export withLegacyRenamed */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34165);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36186);
/* harmony import */ var _managed_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69973);
/* harmony import */ var _model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63529);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27813);





/** A race with another writer is retried this many times; then the apply goes on and conflicts, if it must. */
const ATTEMPTS = 3;
/**
 * Whether this member of the app's set, or its parent, still has fields applied by the legacy manager
 * `kubesync`, which every app shared: they are the app's own, and move to its manager before it applies.
 */
function holdsLegacyFields(object, applySetId) {
    if (!object || !((0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .isMember */ .NB)(object, applySetId) || (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .labelOf */ .Wy)(object, _inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .ID_LABEL */ .X1) === applySetId))
        return false;
    return (0,_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .managedFieldsOf */ .YW)(object).some(isLegacyApply);
}
/**
 * The managed fields with the legacy manager's Apply entries renamed to `manager` (kubectl's
 * csaupgrade does the same for client-side apply): an entry `manager` already has for the same version
 * takes their fields, so that there is one entry per manager and version.
 */
function withLegacyRenamed(object, manager) {
    const entries = (0,_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .managedFieldsOf */ .YW)(object);
    const merged = [];
    for (const entry of entries) {
        const named = isLegacyApply(entry) ? { ...entry, manager } : entry;
        const same = merged.find((other) => other.manager === named.manager &&
            other.operation === named.operation &&
            other.apiVersion === named.apiVersion &&
            other.subresource === named.subresource);
        if (same && named.manager === manager)
            same.fieldsV1 = (0,_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .unionOf */ .Z6)(fieldSet(same.fieldsV1), fieldSet(named.fieldsV1));
        else
            merged.push({ ...named });
    }
    return merged;
}
/**
 * Moves the legacy manager's fields on a member of this app's set (or its parent) to the app's
 * manager: a merge patch of the managed fields alone, made on the resourceVersion read, so that a
 * change made meanwhile fails it (409) and the object is read again. Returns whether it wrote.
 */
async function migrateLegacyManager(client, ref, applySetId, manager) {
    for (let attempt = 1;; attempt++) {
        const current = await client.get(ref);
        if (!current || !holdsLegacyFields(current, applySetId))
            return false;
        const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataOf */ .Nk)(current);
        try {
            await client.replace({
                ...current,
                metadata: { ...metadata, managedFields: withLegacyRenamed(current, manager) },
            });
            return true;
        }
        catch (error) {
            if (!(error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W && error.status === 409) || attempt === ATTEMPTS)
                throw error;
        }
    }
}
function isLegacyApply(entry) {
    return entry.manager === _model_app_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_FIELD_MANAGER */ .jb && entry.operation === 'Apply' && !entry.subresource;
}
function fieldSet(value) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) ? value : {};
}


/***/ }),

/***/ 42045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ terminatingNamespace),
/* harmony export */   T: () => (/* binding */ readNamespaceState)
/* harmony export */ });
/* harmony import */ var _model_namespace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59622);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27813);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34165);
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40626);





async function readNamespaceState(client, name) {
    try {
        const namespace = await client.get((0,_model_namespace_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceRef */ .LB)(name));
        if (!namespace)
            return 'missing';
        const status = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(namespace.status) ? namespace.status : {};
        return status.phase === 'Terminating' ? 'terminating' : 'active';
    }
    catch (error) {
        if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 403)
            return 'unreadable';
        throw (0,_describe_error_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .g)(error, `Namespace ${name}`);
    }
}
/** Nothing can be created in a namespace being deleted; waiting would only end in a timeout. */
function terminatingNamespace(name) {
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`namespace ${name} is being deleted (Terminating): nothing can be created in it until it is gone. Wait until the deletion finishes (kubectl get namespace ${name}) and run again, or deploy to another namespace`);
}


/***/ }),

/***/ 58266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readInventory)
/* harmony export */ });
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40626);

/** What the app's ApplySet parent records; undefined before the first apply. */
function readInventory(session) {
    const { client, inventory } = session;
    return inventory.read(client).catch((error) => {
        throw (0,_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .g)(error, `reading the ApplySet parent Secret ${inventory.namespace}/${inventory.parentName}`);
    });
}


/***/ }),

/***/ 2429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ partMarker),
/* harmony export */   BU: () => (/* binding */ partOf),
/* harmony export */   B_: () => (/* binding */ markerLine),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   T7: () => (/* binding */ driftIssueMarker),
/* harmony export */   Tf: () => (/* binding */ partsPrefix),
/* harmony export */   aY: () => (/* binding */ partMarkerLine),
/* harmony export */   t2: () => (/* binding */ redactComment),
/* harmony export */   t7: () => (/* binding */ readMarker)
/* harmony export */ });
const MARKER_START = '<!-- kubesync:';
const MARKER_END = ' -->';
/** The hidden first line that identifies an app's comment and carries what apply compares against. */
function commentMarker(app, environment) {
    return `${MARKER_START}${app}:${environment || 'default'} `;
}
/**
 * The marker of a further comment of an app's plan, numbered from 2: `<!-- kubesync:web:production:part-2 `.
 * It never starts with `commentMarker`, so the first comment alone is the one apply reads.
 */
function partMarker(app, environment, part) {
    return `${partsPrefix(app, environment)}${part} `;
}
/** What the markers of every further comment of an app's plan start with. */
function partsPrefix(app, environment) {
    return `${MARKER_START}${app}:${environment || 'default'}:part-`;
}
/** The number of a further comment, read from its marker; undefined for any other body. */
function partOf(body, app, environment) {
    const prefix = partsPrefix(app, environment);
    if (!body.startsWith(prefix))
        return undefined;
    const number = /^(\d+) /.exec(body.slice(prefix.length))?.[1];
    return number === undefined ? undefined : Number(number);
}
/**
 * The hidden first line of an app's drift issue. It starts like a comment's marker, so that the
 * redaction of the body (redactComment) keeps it as it is.
 */
function driftIssueMarker(app, environment) {
    return `${MARKER_START}drift-issue:${app}:${environment || 'default'}${MARKER_END}`;
}
function markerLine(app, environment, data) {
    return `${commentMarker(app, environment)}${JSON.stringify(data)}${MARKER_END}`;
}
function partMarkerLine(app, environment, part, sha) {
    return `${partMarker(app, environment, part)}${JSON.stringify({ sha })}${MARKER_END}`;
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
function redactComment(body, secrets) {
    const end = body.indexOf(`${MARKER_END}\n`);
    if (!body.startsWith(MARKER_START) || end === -1 || body.slice(0, end).includes('\n'))
        return secrets.redact(body);
    const cut = end + MARKER_END.length + 1;
    return body.slice(0, cut) + secrets.redact(body.slice(cut));
}


/***/ }),

/***/ 74331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ HOOK_OF_LABEL),
/* harmony export */   Rl: () => (/* binding */ HOOK_ID_LABEL),
/* harmony export */   nD: () => (/* binding */ hookLabels),
/* harmony export */   qL: () => (/* binding */ hookIdOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);


/** The app (its ApplySet id) a hook object was created for. */
const HOOK_OF_LABEL = 'kubesync.io/hook-of';
/** Which hook of the manifests an object is, stable across runs even when it is named by generateName. */
const HOOK_ID_LABEL = 'kubesync.io/hook';
/**
 * The labels a hook carries instead of the ApplySet member label. The hook id is a hash because a
 * generateName (`migrate-`) is not a valid label value.
 */
function hookLabels(object, applySetId) {
    const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataOf */ .Nk)(object);
    const name = typeof metadata.name === 'string' && metadata.name ? metadata.name : metadata.generateName;
    const identity = `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(object) ?? ''}/${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .namespaceOf */ .N6)(object) ?? ''}/${String(name)}`;
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest('hex').slice(0, 20);
    return { [HOOK_OF_LABEL]: applySetId, [HOOK_ID_LABEL]: id };
}
function hookIdOf(object) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .labelOf */ .Wy)(object, HOOK_ID_LABEL);
}


/***/ }),

/***/ 58691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ bookkeepingOf),
/* harmony export */   h: () => (/* binding */ isBookkeepingField)
/* harmony export */ });
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13424);



/**
 * kubesync's bookkeeping on every object it applies: the ApplySet membership label and the commit,
 * run and ref annotations, in the server's conflict spelling (`.metadata.labels.<key>`).
 */
const BOOKKEEPING_FIELDS = new Set([
    `.metadata.labels.${_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr}`,
    ..._normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_ANNOTATIONS */ .r2.map((key) => `.metadata.annotations.${key}`),
]);
/** Whether a field a server-side apply conflicts on is kubesync's bookkeeping, which another app wrote. */
function isBookkeepingField(field) {
    return field !== undefined && BOOKKEEPING_FIELDS.has(field);
}
/**
 * Just the object's identity and kubesync's bookkeeping as the object declares it: applied with force,
 * it takes over what another kubesync app wrote there and nothing else, so that the object's own
 * fields still conflict as they must.
 */
function bookkeepingOf(object) {
    const { name, namespace, labels, annotations } = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object);
    const partOf = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(labels) ? labels[_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr] : undefined;
    const provenance = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(annotations)
        ? Object.fromEntries(_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_ANNOTATIONS */ .r2.flatMap((key) => (key in annotations ? [[key, annotations[key]]] : [])))
        : {};
    return {
        apiVersion: object.apiVersion,
        kind: object.kind,
        metadata: {
            name,
            ...(namespace === undefined ? {} : { namespace }),
            ...(partOf === undefined ? {} : { labels: { [_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr]: partOf } }),
            ...(Object.keys(provenance).length === 0 ? {} : { annotations: provenance }),
        },
    };
}


/***/ }),

/***/ 17023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ syncStatusOf),
/* harmony export */   x: () => (/* binding */ countChanges)
/* harmony export */ });
function countChanges(changes) {
    const counts = { create: 0, update: 0, delete: 0, unchanged: 0, orphan: 0, keep: 0 };
    for (const change of changes)
        counts[change.action]++;
    return counts;
}
/** As Argo CD: an object that requires pruning (an orphan) is out of sync; a kept one is not. */
function syncStatusOf(changes) {
    return changes.some((change) => change.action !== 'unchanged' && change.action !== 'keep')
        ? 'OutOfSync'
        : 'Synced';
}


/***/ }),

/***/ 11711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ unapprovedDestructive),
/* harmony export */   sC: () => (/* binding */ approveDestructive),
/* harmony export */   y8: () => (/* binding */ markDestructive)
/* harmony export */ });
/* unused harmony export destructiveReasons */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

/** Kinds whose removal loses data or everything under them (a CRD takes every custom resource along). */
const PRECIOUS_KINDS = new Set([
    'PersistentVolumeClaim',
    'PersistentVolume',
    'Namespace',
    'CustomResourceDefinition',
    'StatefulSet',
]);
const SCALED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/**
 * Why applying this change loses data or stops a workload: it prunes a PVC, PV, Namespace, CRD or
 * StatefulSet, replaces the object (delete, then create), scales a workload to 0 replicas, or removes
 * a StatefulSet's volumeClaimTemplate. Empty when it does none of these.
 */
function destructiveReasons(change) {
    const { kind } = change.ref;
    if (change.action === 'delete')
        return PRECIOUS_KINDS.has(kind) ? [`prunes the ${kind}`] : [];
    if (change.action !== 'update')
        return [];
    const reasons = [];
    if (change.replace)
        reasons.push(`replaces the ${kind} (deletes it and creates it again)`);
    if (SCALED_KINDS.has(kind) && replicasOf(change.desired) === 0 && replicasOf(change.live) !== 0)
        reasons.push('scales it to 0 replicas');
    if (kind === 'StatefulSet') {
        const kept = new Set(claimTemplatesOf(change.desired));
        const removed = claimTemplatesOf(change.live).filter((name) => !kept.has(name));
        if (removed.length > 0)
            reasons.push(`removes the volumeClaimTemplate ${removed.join(', ')}`);
    }
    return reasons;
}
/** The changes with their destructive reasons attached, approved when `approvedBy` names who did. */
function markDestructive(changes, approvedBy) {
    return changes.map((change) => {
        const reasons = destructiveReasons(change);
        if (reasons.length === 0)
            return change;
        return { ...change, destructive: approvedBy ? { reasons, approvedBy } : { reasons } };
    });
}
function unapprovedDestructive(changes) {
    return changes.filter((change) => change.destructive && !change.destructive.approvedBy);
}
/** The changes with every destructive one no one had approved approved by `approvedBy` (a pull request's label). */
function approveDestructive(changes, approvedBy) {
    return changes.map((change) => change.destructive && !change.destructive.approvedBy
        ? { ...change, destructive: { ...change.destructive, approvedBy } }
        : change);
}
/** spec.replicas; absent means the API default, 1. */
function replicasOf(object) {
    if (!object)
        return undefined;
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.spec) ? object.spec : {};
    return typeof spec.replicas === 'number' ? spec.replicas : 1;
}
function claimTemplatesOf(object) {
    const spec = object && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.spec) ? object.spec : {};
    const templates = Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [];
    return templates.flatMap((template) => {
        const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(template) && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(template.metadata) ? template.metadata : {};
        return typeof metadata.name === 'string' ? [metadata.name] : [];
    });
}


/***/ }),

/***/ 88256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ diffObjects)
/* harmony export */ });
/* unused harmony export wholeFilePatch */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37291);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13424);



const LIVE_SIDES = { before: 'live', after: 'desired' };
function toYaml(object) {
    return object ? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)((0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .sortKeys */ .di)(object), { lineWidth: 0 }) : '';
}
/**
 * A unified diff of two normalized objects as YAML with sorted keys, after each masker has hidden what
 * it hides. The file names say which side is which, as `kubectl diff` labels them
 * (live / desired), or as a rendered diff does (base / head).
 */
function diffObjects(subject, before, after, maskers, valueSources, sides = LIVE_SIDES) {
    let [maskedBefore, maskedAfter] = [before, after];
    for (const mask of maskers)
        [maskedBefore, maskedAfter] = mask(maskedBefore, maskedAfter, valueSources);
    const oldName = before ? `${sides.before}/${subject}` : '/dev/null';
    const newName = after ? `${sides.after}/${subject}` : '/dev/null';
    const [oldText, newText] = [toYaml(maskedBefore), toYaml(maskedAfter)];
    const whole = wholeFilePatch(oldName, newName, oldText, newText);
    if (whole !== undefined)
        return whole;
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .createTwoFilesPatch */ .ss)(oldName, newName, oldText, newText, '', '', { context: 3 });
    // The first line is a row of "=" that carries no information.
    return patch.replace(/^=+\n/, '');
}
/**
 * The patch of a created or deleted object, every line added or removed, written as jsdiff writes it
 * but without running the diff: a plan of new objects has hundreds of them.
 */
function wholeFilePatch(oldName, newName, oldText, newText) {
    if ((oldText === '') === (newText === ''))
        return undefined;
    const text = oldText || newText;
    const lines = text.split('\n');
    const endsWithNewline = text.endsWith('\n');
    if (endsWithNewline)
        lines.pop();
    const sign = oldText ? '-' : '+';
    const range = oldText ? `-1,${lines.length} +0,0` : `-0,0 +1,${lines.length}`;
    const body = lines.map((line) => `${sign}${line}\n`).join('');
    const noNewline = endsWithNewline ? '' : '\\ No newline at end of file\n';
    return `--- ${oldName}\n+++ ${newName}\n@@ ${range} @@\n${body}${noNewline}`;
}


/***/ }),

/***/ 51745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ identity),
/* harmony export */   KS: () => (/* binding */ versionedIdentity),
/* harmony export */   eY: () => (/* binding */ readLiveState)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);
/* harmony import */ var _model_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97278);


/** Group, kind, namespace and name: the same object whatever version it is written in. */
function identity(object) {
    const ref = (0,_model_object_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H)(object);
    return `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
/** The same with the version: a member listed in another version than the one desired is read again. */
function versionedIdentity(object) {
    return `${(0,_model_object_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H)(object).apiVersion}/${identity(object)}`;
}
/**
 * The live state of the desired objects in as few requests and round trips as it takes: the ApplySet's
 * members come listed already; the others that share a kind and namespace with another are read with
 * one LIST (paged) instead of a GET each. Kinds the members' lists cover are read once those lists are
 * in, for the desired objects not among them; the rest are read meanwhile. An object alone in its kind
 * and namespace is left to its own GET, as is every object of a LIST that failed (the GET then says why).
 */
async function readLiveState(client, desired, sources) {
    const known = new Map();
    const groups = new Map();
    for (const { object, awaitsCrd } of desired) {
        if (awaitsCrd)
            continue;
        const { apiVersion, kind, namespace } = (0,_model_object_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H)(object);
        // A LIST of Secrets would read (and register for redaction) every Secret of the namespace.
        if (kind === 'Secret' && apiVersion === 'v1')
            continue;
        const key = `${apiVersion}/${kind}/${namespace ?? ''}`;
        const group = groups.get(key) ?? { apiVersion, kind, namespace, ids: [] };
        group.ids.push(versionedIdentity(object));
        groups.set(key, group);
    }
    const listGroup = async (group) => {
        const listed = await sources
            .limit(() => client.list(group.apiVersion, group.kind, { namespace: group.namespace }))
            .catch(() => undefined);
        if (!listed)
            return;
        const byId = new Map(listed.map((object) => [versionedIdentity(object), object]));
        for (const id of group.ids)
            known.set(id, byId.get(id));
    };
    const membersById = sources.members.then((members) => new Map(members.map((member) => [versionedIdentity(member), member])));
    const afterMembers = async (group) => {
        const listed = await membersById;
        const unlisted = group.ids.filter((id) => !listed.has(id));
        if (unlisted.length > 1)
            await listGroup({ ...group, ids: unlisted });
    };
    const [members] = await Promise.all([
        membersById,
        ...[...groups.values()].map((group) => sources.membersListed((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .groupOf */ .F8)(group.apiVersion), group.kind, group.namespace)
            ? afterMembers(group)
            : group.ids.length > 1
                ? listGroup(group)
                : undefined),
    ]);
    for (const [id, member] of members)
        known.set(id, member);
    return known;
}


/***/ }),

/***/ 92739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ compareObjects),
/* harmony export */   j: () => (/* binding */ isFirstStage)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

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
    const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object);
    return kind === 'Namespace' || kind === 'CustomResourceDefinition';
}
function rank(object) {
    const index = KIND_ORDER.indexOf((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) ?? '');
    return index === -1 ? KIND_ORDER.length : index;
}
/** A stable order: by kind rank, then kind, namespace and name. */
function compareObjects(a, b) {
    return (rank(a) - rank(b) ||
        ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(a) ?? '').localeCompare((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(b) ?? '') ||
        ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(a) ?? '').localeCompare((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(b) ?? '') ||
        ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(a) ?? '').localeCompare((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(b) ?? ''));
}


/***/ }),

/***/ 59742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zb: () => (/* binding */ unnamedSetsOf),
/* harmony export */   bR: () => (/* binding */ markOwned),
/* harmony export */   l1: () => (/* binding */ ADOPT_ANNOTATION),
/* harmony export */   qJ: () => (/* binding */ unadoptedOwned)
/* harmony export */ });
/* unused harmony export ownerOf */
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69973);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63529);




const ADOPT_ANNOTATION = 'kubesync.io/adopt';
const HELM_RELEASE_NAME = 'meta.helm.sh/release-name';
const HELM_RELEASE_NAMESPACE = 'meta.helm.sh/release-namespace';
const ARGOCD_TRACKING_ID = 'argocd.argoproj.io/tracking-id';
const INSTANCE_LABEL = 'app.kubernetes.io/instance';
const FLUX_OWNERS = [
    { prefix: 'kustomize.toolkit.fluxcd.io', kind: 'Kustomization' },
    { prefix: 'helm.toolkit.fluxcd.io', kind: 'HelmRelease' },
];
/**
 * Who else owns this live object, by the markers each tool leaves: another ApplySet's membership
 * label (named as the kubesync app whose field manager proves it), a Flux Kustomization or
 * HelmRelease's labels, Argo CD's tracking annotation, a Helm release's annotations (as Helm itself
 * decides ownership), and Argo CD's default tracking label last, on an object Argo CD wrote. Undefined for a member of this set and
 * for an object nothing claims.
 */
function ownerOf(live, ownSetId, known = new Map()) {
    const partOf = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(live, _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr);
    if (partOf === ownSetId)
        return undefined;
    if (partOf)
        return applySetOwner(live, partOf, known);
    for (const { prefix, kind } of FLUX_OWNERS) {
        const name = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(live, `${prefix}/name`);
        if (name)
            return `the Flux ${kind} ${qualified((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(live, `${prefix}/namespace`), name)}`;
    }
    const trackingId = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(live, ARGOCD_TRACKING_ID);
    // `<app>:<group>/<kind>:<namespace>/<name>`; an app outside Argo CD's namespace is `<namespace>_<app>`.
    if (trackingId)
        return `the Argo CD application ${trackingId.split(':')[0] ?? trackingId}`;
    const release = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(live, HELM_RELEASE_NAME);
    if (release)
        return `the Helm release ${qualified((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(live, HELM_RELEASE_NAMESPACE), release)}`;
    // The recommended label alone is in most manifests (and in `helm template | kubectl apply` output):
    // it is Argo CD's tracking only when Argo CD wrote the object.
    const instance = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(live, INSTANCE_LABEL);
    if (instance && writtenByArgoCd(live))
        return `the Argo CD application ${instance} (its tracking label ${INSTANCE_LABEL})`;
    return undefined;
}
/** Argo CD's controller among the object's field managers (`argocd-controller`, `argocd-application-controller`). */
function writtenByArgoCd(live) {
    return (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .managersOf */ .iC)(live).some((manager) => manager.startsWith('argocd'));
}
/**
 * The changes with each live object someone else owns marked with its owner, and allowed when the
 * workflow allows adoption: always (`true`), or for objects the manifests annotate
 * `kubesync.io/adopt: "true"` (`annotated`; the annotation alone, without the workflow, allows nothing).
 */
function markOwned(changes, ownSetId, adoption, known = new Map()) {
    return changes.map((change) => {
        if (!change.live || !change.desired)
            return change;
        const owner = ownerOf(change.live, ownSetId, known);
        if (!owner)
            return change;
        const adoptedBy = adoptionOf(change.desired, adoption);
        return { ...change, owned: adoptedBy ? { owner, adoptedBy } : { owner } };
    });
}
function unadoptedOwned(changes) {
    return changes.filter((change) => change.owned && !change.owned.adoptedBy);
}
function adoptionOf(desired, adoption) {
    if (adoption === 'true')
        return 'allow-adoption: true';
    if (adoption === 'annotated' && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(desired, ADOPT_ANNOTATION) === 'true')
        return `allow-adoption: annotated and ${ADOPT_ANNOTATION}: "true"`;
    return undefined;
}
/**
 * The other ApplySets of desired objects' live forms that no field manager names: an older kubesync
 * applied their members as `kubesync`, so only their parent Secrets can say which app they are.
 */
function unnamedSetsOf(changes, ownSetId) {
    const sets = new Map();
    for (const change of changes) {
        const id = change.live && change.desired ? (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(change.live, _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr) : undefined;
        const namespace = change.ref.namespace;
        if (!id || id === ownSetId || !namespace || appNamedByManagers(change.live ?? {}, id))
            continue;
        sets.set(`${id}/${namespace}`, { id, namespace });
    }
    return [...sets.values()];
}
/**
 * The kubesync app of another ApplySet, when one of the object's field managers is an app's whose
 * parent Secret has exactly that id, or its parent Secret was found; otherwise the set by its id.
 */
function applySetOwner(live, id, known) {
    const app = appNamedByManagers(live, id) ?? known.get(id);
    if (app)
        return `the kubesync app ${app.app} in namespace ${app.namespace}`;
    return `another ApplySet (${_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr}: ${id})`;
}
function appNamedByManagers(live, id) {
    for (const manager of (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .managersOf */ .iC)(live)) {
        const app = (0,_model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .appOfFieldManager */ .y3)(manager);
        if (app && (0,_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .applySetId */ .A3)((0,_model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .appIdentity */ ._L)(app.app, app.namespace).parentName, app.namespace, 'Secret', '') === id)
            return app;
    }
    return undefined;
}
function qualified(namespace, name) {
    return namespace ? `${namespace}/${name}` : name;
}


/***/ }),

/***/ 15135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ REPLACE_ANNOTATION),
  X: () => (/* binding */ planChanges)
});

// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/model/object.ts
var model_object = __webpack_require__(97278);
// EXTERNAL MODULE: ./src/model/delivery.ts
var delivery = __webpack_require__(62441);
// EXTERNAL MODULE: ./src/cluster/describe-error.ts
var describe_error = __webpack_require__(40626);
// EXTERNAL MODULE: ./src/manifests/sync-options.ts
var sync_options = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/cluster/inventory.ts
var cluster_inventory = __webpack_require__(36186);
// EXTERNAL MODULE: ./src/plan/bookkeeping.ts
var bookkeeping = __webpack_require__(58691);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/cluster/api-error.ts
var api_error = __webpack_require__(34165);
// EXTERNAL MODULE: ./src/cluster/namespace-state.ts
var namespace_state = __webpack_require__(42045);
// EXTERNAL MODULE: ./src/plan/change.ts
var change = __webpack_require__(17023);
// EXTERNAL MODULE: ./src/plan/diff.ts
var plan_diff = __webpack_require__(88256);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/secrets/doppler-secret.ts
var doppler_secret = __webpack_require__(25150);
// EXTERNAL MODULE: ./src/secrets/mask.ts
var mask = __webpack_require__(40997);
// EXTERNAL MODULE: ./src/plan/normalize.ts
var normalize = __webpack_require__(13424);
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
            ? (0,normalize/* sortKeys */.di)((0,mask/* maskSecret */.$l)((0,doppler_secret/* withoutChecksum */.Kw)((0,normalize/* normalize */.S8)(change.desired, ignore))))
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
    if (!(error instanceof api_error/* KubeApiError */.W) || error.status !== 422)
        return undefined;
    const immutable = (text) => IMMUTABLE.some((pattern) => pattern.test(text));
    if (error.causes.length === 0)
        return immutable(error.apiMessage) ? ['spec'] : undefined;
    // Any other invalid field is an error to fix, which a replacement would not cure.
    if (!error.causes.every((cause) => immutable(cause.message ?? '')))
        return undefined;
    return [...new Set(error.causes.map((cause) => cause.field ?? 'spec'))];
}

// EXTERNAL MODULE: ./src/plan/destructive.ts
var destructive = __webpack_require__(11711);
// EXTERNAL MODULE: ./src/plan/rejections.ts + 2 modules
var rejections = __webpack_require__(79819);
// EXTERNAL MODULE: ./src/plan/order.ts
var order = __webpack_require__(92739);
// EXTERNAL MODULE: ./src/cluster/managed-fields.ts
var managed_fields = __webpack_require__(69973);
;// CONCATENATED MODULE: ./src/plan/no-op-apply.ts



/**
 * Whether server-side applying `desired` as `manager` would leave `live` as it is, told from the live
 * object alone, so that the plan can skip that object's dry run. It holds only when the manager's last
 * apply (its managedFields entry) covers exactly the fields `desired` sets, in the same version, and
 * every one of them already has the desired value: then the apply sets nothing new, drops nothing
 * it set before, and cannot conflict. Provenance annotations, which change every run and no diff
 * shows, count by their presence alone.
 *
 * Anything it cannot prove answers false and the object is dry-run as before: an atomic value must be
 * equal as a whole (its earlier fields cannot be told from the server's defaults), a keyed list must
 * hold our items alone in our order, and a value the server writes in its own form (`cpu: 0.5` stored
 * as `500m`) or a null differs.
 */
function applyChangesNothing(desired, live, manager) {
    const applied = (0,managed_fields/* appliedFieldsOf */.ij)(live, manager);
    if (!applied || applied.apiVersion !== desired.apiVersion || live.apiVersion !== desired.apiVersion)
        return false;
    if (desired.kind !== live.kind)
        return false;
    const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = desired;
    const liveMetadata = (0,model_resource/* metadataOf */.Nk)(live);
    if (!(0,model_resource/* isRecord */.u4)(metadata) || typeof metadata.name !== 'string')
        return false;
    const { name, namespace, ...ownMetadata } = metadata;
    if (name !== liveMetadata.name || namespace !== liveMetadata.namespace)
        return false;
    const comparable = { ...rest, metadata: withLiveProvenance(ownMetadata, liveMetadata) };
    if (Object.keys(ownMetadata).length === 0)
        delete comparable.metadata;
    return sameMap(comparable, { ...live, metadata: liveMetadata }, applied.fields);
}
/** The provenance annotations with the live values: present or absent, they never make a change. */
function withLiveProvenance(metadata, liveMetadata) {
    if (!(0,model_resource/* isRecord */.u4)(metadata.annotations))
        return metadata;
    const liveAnnotations = (0,model_resource/* isRecord */.u4)(liveMetadata.annotations) ? liveMetadata.annotations : {};
    const annotations = { ...metadata.annotations };
    for (const name of normalize/* PROVENANCE_ANNOTATIONS */.r2) {
        if (name in annotations && name in liveAnnotations)
            annotations[name] = liveAnnotations[name];
    }
    return { ...metadata, annotations };
}
/** The children of a field-set node, without `.` (the item itself). */
function childKeys(fields) {
    return Object.keys(fields).filter((key) => key !== '.');
}
function sameValue(desired, live, fields) {
    if (childKeys(fields).length === 0)
        return equalWhole(desired, live);
    if (Array.isArray(desired))
        return sameList(desired, live, fields);
    if ((0,model_resource/* isRecord */.u4)(desired))
        return sameMap(desired, live, fields);
    return false;
}
/** A map set field by field: exactly the fields we own, each with its value. */
function sameMap(desired, live, fields) {
    if (!(0,model_resource/* isRecord */.u4)(live))
        return false;
    const owned = childKeys(fields);
    const names = Object.keys(desired);
    if (owned.length !== names.length)
        return false;
    return names.every((name) => {
        const child = fields[`f:${name}`];
        return child !== undefined && sameValue(desired[name], live[name], child);
    });
}
/**
 * A list merged by keys (`k:`) or a set (`v:`): the live list holds exactly our items, in our order,
 * so that applying neither adds, drops nor moves one.
 */
function sameList(desired, live, fields) {
    if (!Array.isArray(live) || live.length !== desired.length)
        return false;
    const liveItems = live;
    const owned = childKeys(fields);
    if (owned.length !== desired.length)
        return false;
    if (owned.every((key) => key.startsWith('v:')))
        return desired.every((item, index) => `v:${JSON.stringify(item)}` in fields && liveItems[index] === item);
    if (!owned.every((key) => key.startsWith('k:')))
        return false;
    const keyed = owned.map((key) => ({ keys: parseKeys(key.slice(2)), fields: fields[key] ?? {} }));
    return desired.every((item, index) => {
        const liveItem = liveItems[index];
        if (!(0,model_resource/* isRecord */.u4)(item) || !(0,model_resource/* isRecord */.u4)(liveItem))
            return false;
        const match = keyed.find(({ keys }) => keys !== undefined && keysMatch(keys, item, liveItem));
        return match !== undefined && sameMap(item, liveItem, match.fields);
    });
}
/**
 * The live item carries every key value (the server's defaults included, as `protocol: TCP`), and
 * each key the desired item writes has that value.
 */
function keysMatch(keys, item, liveItem) {
    return Object.entries(keys).every(([name, value]) => equalWhole(liveItem[name], value) && (!(name in item) || equalWhole(item[name], value)));
}
function parseKeys(text) {
    try {
        const keys = JSON.parse(text);
        return (0,model_resource/* isRecord */.u4)(keys) ? keys : undefined;
    }
    catch {
        return undefined;
    }
}
/** Deep equality as JSON sees it, whatever the order of a map's keys; a null is never proven. */
function equalWhole(a, b) {
    if (a === null || b === null)
        return false;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((item, index) => equalWhole(item, b[index]));
    if ((0,model_resource/* isRecord */.u4)(a)) {
        if (!(0,model_resource/* isRecord */.u4)(b))
            return false;
        const keys = Object.keys(a);
        return (keys.length === Object.keys(b).length && keys.every((key) => key in b && equalWhole(a[key], b[key])));
    }
    return a === b;
}

// EXTERNAL MODULE: ./src/model/app-identity.ts
var app_identity = __webpack_require__(63529);
// EXTERNAL MODULE: ./src/cluster/legacy-manager.ts
var legacy_manager = __webpack_require__(60885);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
// EXTERNAL MODULE: ./src/plan/live-state.ts
var live_state = __webpack_require__(51745);
;// CONCATENATED MODULE: ./src/plan/plan.ts


























/**
 * What applying would do, asked of the API server itself: each desired object is server-side applied
 * with dryRun=All (so defaults, admission and conflicts are real) and compared with the live object,
 * both normalized; an object whose managed fields prove that applying it changes nothing is unchanged
 * without asking. Members of the app's ApplySet that are no longer desired become deletes (with
 * prune) or orphans, or keeps when their annotations say never to prune them. Every dry-run failure is
 * collected; any failure fails the plan.
 */
async function planChanges(client, desired, inventory, state, options) {
    const limit = (0,p_limit/* default */.A)(options.concurrency);
    const failures = [];
    // The set's members, listed once per kind and namespace: the live state of most desired objects
    // (one LIST instead of a GET each), and what prune would delete.
    const membersRead = state ? inventory.members(client, state, limit) : Promise.resolve([]);
    const [namespaces, known, members] = await Promise.all([
        readNamespaces(client, desired, limit),
        (0,live_state/* readLiveState */.eY)(client, desired, {
            members: membersRead,
            membersListed: (group, kind, namespace) => state !== undefined && (0,cluster_inventory/* membersListed */.FY)(state, group, kind, namespace),
            limit,
        }),
        membersRead,
    ]);
    const planned = await Promise.all(desired.map((item) => limit(async () => {
        try {
            return await planOne(client, item, namespaces, known, inventory.id, options);
        }
        catch (error) {
            failures.push({ error, item });
            return undefined;
        }
    })));
    if (failures.length > 0)
        throw planFailure(failures, desired.length, options.targetNamespace);
    const found = planned.filter((change) => change !== undefined);
    if (state)
        found.push(...plannedRemovals(desired, members, options));
    const otherSets = await knownSetsOf(client, found, inventory.id, limit);
    const changes = (0,destructive/* markDestructive */.y8)((0,ownership/* markOwned */.bR)(found, inventory.id, options.adoption, otherSets), options.allowDestructive ? 'allow-destructive: true' : undefined);
    changes.sort((a, b) => (0,order/* compareObjects */.G)(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
    return {
        changes,
        counts: (0,change/* countChanges */.x)(changes),
        syncStatus: (0,change/* syncStatusOf */.D)(changes),
        digest: planDigest(changes, options.ignoreDifferences),
    };
}
/** The apps of other ApplySets whose members' field managers do not name them, by their parents. */
async function knownSetsOf(client, changes, ownSetId, limit) {
    const found = await Promise.all((0,ownership/* unnamedSetsOf */.Zb)(changes, ownSetId).map(({ id, namespace }) => limit(async () => {
        const app = await (0,cluster_inventory/* kubesyncAppOfSet */.x)(client, id, namespace);
        return app ? [[id, { app, namespace }]] : [];
    })));
    return new Map(found.flat());
}
/**
 * Refusals of the objects as written become findings on their lines; anything else (credentials, a
 * missing namespace, the network) is an error naming each object.
 */
function planFailure(failures, total, targetNamespace) {
    // create-namespace creates the target namespace, and those objects ask for with CreateNamespace=true.
    const creatable = (object) => (namespace) => !targetNamespace.created &&
        (namespace === targetNamespace.name || (0,sync_options/* namespacesToCreate */.ys)([object]).includes(namespace));
    if (failures.every(({ error }) => (0,rejections/* isContentRejection */.zJ)(error))) {
        const findings = failures.flatMap(({ error, item }) => (0,rejections/* rejectionFindings */.AI)(error, item.object, item.resource));
        return new rejections/* ServerRejection */.VI(findings, failures.length, total);
    }
    const messages = failures.map(({ error, item }) => (0,describe_error/* describeApiError */.g)(error, (0,model_resource/* describeObject */.v8)(item.object), item.resource.origin, {
        creatable: creatable(item.object),
    }).message);
    return new errors/* UserError */.y(`the API server refused ${failures.length} of ${(0,plural/* plural */.L)(total, 'object')} in a dry run; nothing was applied:\n${messages.map((message) => `  ${message}`).join('\n')}`);
}
/**
 * Reads every namespace the objects land in. One being deleted fails the plan at once: nothing can be
 * created in it, and waiting would only end in a timeout.
 */
async function readNamespaces(client, desired, limit) {
    const declared = new Set(desired.filter(({ object }) => object.kind === 'Namespace').map(({ object }) => (0,model_object/* refOf */.H)(object).name));
    const used = new Set(desired.flatMap(({ object }) => (0,model_resource/* namespaceOf */.N6)(object) ?? []));
    const states = await Promise.all([...used].map((name) => limit(async () => ({ name, state: await (0,namespace_state/* readNamespaceState */.T)(client, name) }))));
    const terminating = states.find(({ state }) => state === 'terminating');
    if (terminating)
        throw (0,namespace_state/* terminatingNamespace */.M)(terminating.name);
    const pending = states.filter(({ name, state }) => state === 'missing' && declared.has(name));
    return { pending: new Set(pending.map(({ name }) => name)) };
}
async function planOne(client, item, namespaces, known, applySetId, options) {
    const { resource } = item;
    const ref = (0,model_object/* refOf */.H)(item.object);
    const subject = (0,model_resource/* describeObject */.v8)(item.object);
    const id = (0,live_state/* versionedIdentity */.KS)(item.object);
    // Not read in bulk: alone of its kind and namespace, so asked for by name.
    const live = item.awaitsCrd ? undefined : known.has(id) ? known.get(id) : await client.get(ref);
    const object = live ? (0,normalize/* withIgnoredFieldsFromLive */.o0)(item.object, live, options.ignoreDifferences) : item.object;
    const base = { subject, ref, origin: resource.origin, desired: object, live };
    const compare = (after, extra) => {
        const before = live ? (0,normalize/* normalize */.S8)(live, options.ignoreDifferences) : undefined;
        const normalized = (0,normalize/* normalize */.S8)(after, options.ignoreDifferences);
        const action = !live ? 'create' : (0,normalize/* sameObject */.Qr)(before, normalized) ? 'unchanged' : 'update';
        const diff = action === 'unchanged'
            ? ''
            : (0,plan_diff/* diffObjects */.w)(subject, before, normalized, options.maskers, resource.valueSources);
        const podTemplateChanged = action === 'update' && (0,normalize/* templateOf */.kW)(before) !== (0,normalize/* templateOf */.kW)(normalized);
        return { ...base, action, diff, ...(podTemplateChanged ? { podTemplateChanged } : {}), ...extra };
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
    // A member whose fields the legacy manager still holds: apply moves them to the app's manager first,
    // so a dry run as the legacy manager sees what that apply does (a field dropped is removed).
    const fieldManager = (0,legacy_manager/* holdsLegacyFields */.$0)(live, applySetId) ? app_identity/* LEGACY_FIELD_MANAGER */.jb : options.fieldManager;
    // Proven from the live object's managed fields: its dry run could only answer the object itself.
    if (live && applyChangesNothing(object, live, fieldManager))
        return compare(live, {});
    try {
        return compare(await client.apply(object, { dryRun: true, force: options.forceConflicts, fieldManager }), {});
    }
    catch (error) {
        if (error instanceof api_error/* KubeApiError */.W && error.status === 409 && !options.forceConflicts) {
            // Only kubesync's bookkeeping, which another app wrote: the object is another owner's, which
            // ownership reports (and apply, when allowed to adopt it, takes the bookkeeping over alone).
            if (conflictsOnlyOnBookkeeping(error))
                return compare(await client.apply(object, { dryRun: true, force: true, fieldManager }), {});
            // Another tool changed fields we set (drift, e.g. kubectl scale): show what applying would
            // change, as a forced dry run sees it, and carry the conflict for apply to refuse on.
            const conflict = (0,describe_error/* describeApiError */.g)(error, subject, resource.origin).message;
            return compare(await client.apply(object, { dryRun: true, force: true, fieldManager }), { conflict });
        }
        const fields = live ? immutableFields(error) : undefined;
        // A refusal says which verb is missing only with what was known: whether the object existed.
        if (!fields && error instanceof api_error/* KubeApiError */.W && error.status === 403)
            throw (0,describe_error/* describeApiError */.g)(error, subject, resource.origin, { exists: live !== undefined });
        if (!fields)
            throw error;
        const allowed = options.forceReplace || replaceAnnotated(object) || (0,sync_options/* replaceRequested */.P9)(object);
        return compare(object, {
            replace: { fields, allowed },
            note: `replace required: ${fields.join(', ')} ${fields.length > 1 ? 'are' : 'is'} immutable; ${allowed ? 'apply deletes the object and creates it again' : `apply refuses unless force-replace: true, the annotation ${REPLACE_ANNOTATION}: "true" or ${sync_options/* SYNC_OPTIONS_ANNOTATION */.XV}: Replace=true`}`,
        });
    }
}
const REPLACE_ANNOTATION = 'kubesync.io/replace';
function conflictsOnlyOnBookkeeping(error) {
    const conflicts = error.causes.filter((cause) => cause.reason === 'FieldManagerConflict');
    return conflicts.length > 0 && conflicts.every((cause) => (0,bookkeeping/* isBookkeepingField */.h)(cause.field));
}
function replaceAnnotated(object) {
    return (0,model_resource/* annotationOf */.lW)(object, REPLACE_ANNOTATION) === 'true';
}
function plannedRemovals(desired, members, options) {
    const wanted = new Set(desired.map(({ object }) => (0,live_state/* identity */.D_)(object)));
    return members
        .filter((member) => !wanted.has((0,live_state/* identity */.D_)(member)))
        .map((member) => {
        const subject = (0,model_resource/* describeObject */.v8)(member);
        const variant = (0,delivery/* deliveryVariantOf */.vW)(member);
        const keptFor = (0,sync_options/* keptBy */.mA)(member);
        const note = variant
            ? `the ${variant.variant} of ${variant.of}: its rollout finishes or removes it`
            : keptFor && `never pruned (${keptFor})`;
        if (note)
            return { subject, ref: (0,model_object/* refOf */.H)(member), action: 'keep', diff: '', live: member, note };
        return {
            subject,
            ref: (0,model_object/* refOf */.H)(member),
            action: options.prune ? 'delete' : 'orphan',
            diff: options.prune ? (0,plan_diff/* diffObjects */.w)(subject, (0,normalize/* normalize */.S8)(member), undefined, options.maskers) : '',
            live: member,
        };
    });
}


/***/ }),

/***/ 79819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VI: () => (/* binding */ ServerRejection),
  zJ: () => (/* binding */ isContentRejection),
  AI: () => (/* binding */ rejectionFindings)
});

// UNUSED EXPORTS: SERVER_REJECTED_RULE

// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/cluster/api-error.ts
var api_error = __webpack_require__(34165);
// EXTERNAL MODULE: ./src/cluster/describe-error.ts
var describe_error = __webpack_require__(40626);
;// CONCATENATED MODULE: ./src/cluster/newer-fields.ts
const NEWER_FIELDS = [
    {
        field: /(?:^|\.)initContainers\[[^\]]*\]\.restartPolicy$/,
        feature: 'a native sidecar container (an init container with restartPolicy: Always)',
        since: '1.29',
    },
    {
        field: /x-kubernetes-validations\[.*\]\.(?:fieldPath|reason)$/,
        feature: "a CEL rule's fieldPath or reason",
        since: '1.28',
    },
    {
        field: /x-kubernetes-validations\[.*\]\.messageExpression$/,
        feature: "a CEL rule's messageExpression",
        since: '1.27',
    },
    // Beta and on by default in 1.31, GA in 1.33.
    { field: /(?:^|\.)spec\.successPolicy(?:$|\.)/, feature: "a Job's successPolicy", since: '1.31' },
];
const UNKNOWN_FIELD = /field not declared in schema|unknown field/;
/** What to tell the user about an unknown field that a newer release serves; undefined for any other. */
function newerFieldHint(field, message) {
    if (!UNKNOWN_FIELD.test(message))
        return undefined;
    const known = NEWER_FIELDS.find((entry) => entry.field.test(field.replace(/^\./, '')));
    return (known &&
        `${known.feature} needs Kubernetes ${known.since} or later, and this cluster's API server does not know the field: upgrade the cluster or leave the field out`);
}

// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
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
            : (0,model_resource/* isRecord */.u4)(node) && Object.hasOwn(node, inside)
                ? inside
                : undefined;
        if (step === undefined)
            return NOT_FOUND;
        return within(step, resolve(childOf(node, step), rest.slice(end + 1), isSentValue));
    }
    if ((0,model_resource/* isRecord */.u4)(node)) {
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
    const entries = Array.isArray(node) ? [...node.entries()] : (0,model_resource/* isRecord */.u4)(node) ? Object.entries(node) : [];
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
    return (0,model_resource/* isRecord */.u4)(node) ? node[step] : undefined;
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
    const matches = (item, missingMatches) => (0,model_resource/* isRecord */.u4)(item) &&
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

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/finding.ts
var model_finding = __webpack_require__(41300);
;// CONCATENATED MODULE: ./src/plan/rejections.ts








const SERVER_REJECTED_RULE = 'server-rejected';
/**
 * The API server refused objects of the manifests in a dry run. Each refusal is a finding on the line
 * of the field it names (the object's first line when it names none), reported like validate's.
 */
class ServerRejection extends errors/* UserError */.y {
    findings;
    objects;
    constructor(findings, objects, total) {
        super(`the API server refused ${objects} of ${(0,plural/* plural */.L)(total, 'object')} in a dry run; nothing was applied:\n${findings.map((finding) => `  ${(0,model_finding/* formatFinding */.tf)(finding)}`).join('\n')}`);
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
    if (!(error instanceof api_error/* KubeApiError */.W))
        return false;
    if (error.status === 400 || error.status === 422)
        return true;
    return error.status === 500 && /failed to create typed patch object/.test(error.apiMessage);
}
function rejectionFindings(error, object, resource) {
    const subject = (0,model_resource/* describeObject */.v8)(object);
    const fields = rejectedFields(error, object);
    if (fields.length === 0) {
        const described = (0,describe_error/* describeApiError */.g)(error, subject);
        return [
            (0,model_finding/* errorAt */.Os)(resource.origin, SERVER_REJECTED_RULE, `${described.message}; the API server refused it`),
        ];
    }
    return fields.map((field) => {
        const hint = newerFieldHint(field.field, field.message);
        return (0,model_finding/* errorAt */.Os)(resource.locate(field.path), SERVER_REJECTED_RULE, `${subject}: the API server refused it: ${field.message.startsWith(`${field.field}: `) ? field.message : `${field.field.replace(/^\./, '')}: ${field.message}`}${hint ? `; ${hint}` : ''}`);
    });
}


/***/ }),

/***/ 23475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reviewDiff)
/* harmony export */ });
/* unused harmony export appliedFields */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37291);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69973);
/* harmony import */ var _model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63529);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27813);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13424);
/* harmony import */ var _secrets_mask_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40997);
/* harmony import */ var _own_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71729);








/**
 * The diff a reviewer reads. A new object without kubesync's own labels and annotations; a deleted one
 * as the fields kubesync applied to it (its `managedFields` entry), without what the server defaulted
 * or set; an update as planned. Data in, text out: the plan's diff stays the record (the diff-file).
 */
function reviewDiff(change) {
    if (change.action === 'create')
        return createdDiff(change) ?? change.diff;
    if (change.action === 'delete' && change.live)
        return patch(fileName(change, '---', 'live'), '/dev/null', appliedFields(change.live), undefined);
    return change.diff;
}
/**
 * The object as kubesync applied it: identity plus the fields of its kubesync Apply entries, Secret
 * values masked. An object with no such entry (applied before kubesync tracked it) shows its live
 * state without server-maintained fields.
 */
function appliedFields(live) {
    const fields = kubesyncManagersOf(live).reduce((union, manager) => (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .unionOf */ .Z6)(union, (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedFields */ .zu)(live, manager)), {});
    if (Object.keys(fields).length === 0)
        return (0,_secrets_mask_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$l)((0,_own_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutOwnMetadata */ .Gi)((0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalize */ .S8)(live)));
    const { name, namespace } = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_6__/* .metadataOf */ .Nk)(live);
    const extracted = (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .extractFields */ .RP)(live, fields);
    const applied = {
        apiVersion: live.apiVersion,
        kind: live.kind,
        ...extracted,
        metadata: {
            name,
            ...(namespace === undefined ? {} : { namespace }),
            ...((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(extracted.metadata) ? extracted.metadata : {}),
        },
    };
    return (0,_secrets_mask_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$l)((0,_own_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutOwnMetadata */ .Gi)(applied));
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
        object = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(added.map((line) => line.slice(1)).join('\n'));
    }
    catch {
        return undefined;
    }
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(object))
        return undefined;
    return patch('/dev/null', fileName(change, '+++', 'desired'), undefined, (0,_own_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutOwnMetadata */ .Gi)(object));
}
/** The name the plan's own diff gives a side (`live/…`, or `base/…` in a rendered diff), kept as it was. */
function fileName(change, header, side) {
    const line = change.diff.split('\n').find((text) => text.startsWith(`${header} `));
    return line ? line.slice(header.length + 1) : `${side}/${change.subject}`;
}
function patch(oldName, newName, before, after) {
    const yaml = (object) => object ? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)((0,_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .sortKeys */ .di)(object), { lineWidth: 0 }) : '';
    return (0,diff__WEBPACK_IMPORTED_MODULE_7__/* .createTwoFilesPatch */ .ss)(oldName, newName, yaml(before), yaml(after), '', '', { context: 3 }).replace(/^=+\n/, '');
}
/**
 * The field managers of kubesync apps on a member being pruned: its app's own (`kubesync/<namespace>/<app>`)
 * and the legacy `kubesync` of an older apply. A renderer sees only the change, not which app planned it.
 */
function kubesyncManagersOf(live) {
    return (0,_cluster_managed_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .managersOf */ .iC)(live).filter((manager) => manager === _model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .LEGACY_FIELD_MANAGER */ .jb || manager.startsWith(`${_model_app_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .LEGACY_FIELD_MANAGER */ .jb}/`));
}


/***/ }),

/***/ 45463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eR: () => (/* binding */ metricQueryFor),
  hj: () => (/* binding */ podMatchers),
  rO: () => (/* binding */ sampleMetric)
});

// UNUSED EXPORTS: metricSample

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/deadline.ts
var deadline = __webpack_require__(18293);
// EXTERNAL MODULE: ./src/model/retry.ts
var retry = __webpack_require__(93371);
;// CONCATENATED MODULE: ./src/progressive/prometheus.ts


/** A query Prometheus could not answer with one number: what went wrong, for a failing sample. */
class PrometheusError extends Error {
    name = 'PrometheusError';
}
/** An HTTP answer other than 200, kept for the retry policy. */
class PrometheusHttpError extends PrometheusError {
    status;
    retryAfter;
    constructor(status, retryAfter, message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
/** A sample every few seconds: a retry or two rides out a blip without stalling the analysis. */
const PROMETHEUS_RETRY = {
    maxAttempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 2_000,
    maxElapsedMs: 15_000,
};
/**
 * The value of an instant query (`GET <base>/api/v1/query`): a scalar, or a vector of exactly one
 * series. NaN and ±Inf come back as numbers for the caller to judge. Anything else (an error, no data,
 * several series, Prometheus unreachable) throws a PrometheusError whose message names neither the
 * URL's credentials nor, for a query error, anything but Prometheus's own text. Credentials in the
 * URL are sent as Basic auth. Retried on 429, 5xx, timeouts and dropped connections.
 */
async function queryPrometheus(baseUrl, query, options = {}) {
    const { url, authorization, shown } = requestTarget(baseUrl, query);
    const timeoutMs = options.requestTimeoutMs ?? 10_000;
    const attempt = () => (0,deadline/* withDeadline */.N)(timeoutMs, `Prometheus at ${shown}`, async (deadline) => {
        const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
        const response = await fetch(url, {
            headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
            signal,
        });
        return prometheus_valueOf(response.status, response.headers.get('retry-after'), await response.text());
    });
    try {
        return await (0,retry/* withCountedRetry */.pm)(`Prometheus at ${shown}`, attempt, classifyPrometheusFailure, options.retry ?? PROMETHEUS_RETRY, options.onRetry);
    }
    catch (error) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        if (error instanceof PrometheusError)
            throw error;
        if ((0,retry/* isTransientNetworkError */.l)(error)) {
            throw new PrometheusError(error.name === 'TimeoutError'
                ? `Prometheus at ${shown} gave no complete answer within ${timeoutMs} ms`
                : `could not reach Prometheus at ${shown}: ${networkCause(error)}`);
        }
        throw error;
    }
}
/** `connect ECONNREFUSED 127.0.0.1:9090` rather than fetch's bare `fetch failed`. */
function networkCause(error) {
    const { cause } = error;
    return cause instanceof Error && cause.message ? cause.message : error.message;
}
/** The URL to fetch (fetch refuses one with credentials), its Authorization, and the URL to print. */
function requestTarget(baseUrl, query) {
    const url = new URL(baseUrl);
    const authorization = url.username || url.password
        ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
        : undefined;
    url.username = '';
    url.password = '';
    const shown = url.href.replace(/\/+$/, '');
    // Appended, not resolved: a proxy's path prefix (https://proxy/prometheus) must stay.
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
    url.searchParams.set('query', query);
    return { url, authorization, shown };
}
function classifyPrometheusFailure(error) {
    return (0,retry/* classifyHttpFailure */.ZZ)(error, error instanceof PrometheusHttpError
        ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} from Prometheus` }
        : undefined);
}
function prometheus_valueOf(status, retryAfter, text) {
    const answer = parseAnswer(text);
    if (answer?.status === 'error') {
        const kind = typeof answer.errorType === 'string' ? ` (${answer.errorType})` : '';
        const said = typeof answer.error === 'string' ? answer.error : 'no reason given';
        throw new PrometheusHttpError(status, retryAfter, `Prometheus refused the query${kind}: ${said}`);
    }
    if (status !== 200) {
        const excerpt = text.trim().slice(0, 200);
        throw new PrometheusHttpError(status, retryAfter, `Prometheus answered ${status}${excerpt ? `: ${excerpt}` : ''}`);
    }
    if (answer?.status !== 'success' || !answer.data) {
        throw new PrometheusError('the answer is not a Prometheus query result; check that canary-prometheus-url is the base URL of the Prometheus API');
    }
    return resultValue(answer.data.resultType, answer.data.result);
}
function parseAnswer(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function resultValue(resultType, result) {
    if (resultType === 'scalar')
        return sampleValue(result);
    if (resultType !== 'vector') {
        throw new PrometheusError(`the query returned a ${String(resultType)}, not one number; write an instant query (no [range] at the end)`);
    }
    const series = Array.isArray(result) ? result : [];
    if (series.length === 0) {
        throw new PrometheusError('the query returned no data: a canary that gets no requests cannot be judged; check the query and that traffic reaches the canary');
    }
    if (series.length > 1) {
        const named = series.slice(0, 3).map((one) => labelsOf(one.metric));
        throw new PrometheusError(`the query returned ${series.length} series (${named.join(', ')}${series.length > 3 ? ', …' : ''}); it must return one: aggregate it, e.g. wrap it in sum()`);
    }
    return sampleValue(series[0]?.value);
}
/** `[<unix time>, "<value>"]`, the value spelled as Go prints floats: NaN, +Inf, -Inf. */
function sampleValue(pair) {
    const text = Array.isArray(pair) ? pair[1] : undefined;
    if (text === 'NaN')
        return Number.NaN;
    if (text === '+Inf' || text === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (text === '-Inf')
        return Number.NEGATIVE_INFINITY;
    const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
    if (Number.isNaN(value))
        throw new PrometheusError(`the answer holds no number: ${JSON.stringify(pair)}`);
    return value;
}
function labelsOf(metric) {
    const entries = Object.entries(metric ?? {});
    return `{${entries.map(([name, value]) => `${name}="${value}"`).join(',')}}`;
}

;// CONCATENATED MODULE: ./src/progressive/metric-check.ts


const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;
/**
 * The query with `{{canary}}` and `{{primary}}` (spaces inside the braces allowed) replaced by the
 * matchers of their pods. Any other placeholder is a mistake in canary-metric-query: refused, as
 * Prometheus would only answer with a parse error.
 */
function metricQueryFor(template, selectors) {
    return template.replace(PLACEHOLDER, (placeholder, name) => {
        if (name === 'canary')
            return selectors.canary;
        if (name === 'primary')
            return selectors.primary;
        throw new errors/* UserError */.y(`canary-metric-query holds ${placeholder}; the placeholders are {{canary}} and {{primary}}`);
    });
}
/**
 * `namespace="shop",pod=~"web-[a-z0-9]+-[a-z0-9]+"`: the pods of a Deployment, named
 * `<deployment>-<pod-template-hash>-<suffix>`. Prometheus anchors the regex, so the pods of `web` never
 * match those of `web-canary`. (A Deployment name past 47 characters has its pod names cut short by
 * the API server; those pods are not matched.)
 */
function podMatchers(namespace, deploymentName) {
    return `namespace="${namespace}",pod=~"${deploymentName.replaceAll('.', '[.]')}-[a-z0-9]+-[a-z0-9]+"`;
}
/**
 * The metric half of a sample: a value within its threshold passes (`metric 0.012 ≤ 0.05`), one past
 * it fails naming the bound (`metric 0.2 > 0.05 (the maximum)`), NaN, ±Inf and a query that could not
 * be answered fail. Without a threshold any finite value passes.
 */
function metricSample(result, threshold, label = 'metric') {
    if (result instanceof Error)
        return { ok: false, description: `${label}: ${result.message}` };
    if (Number.isNaN(result)) {
        // What an error ratio gives when no requests came: 0/0.
        return { ok: false, description: `${label} NaN is not a number (a ratio of zero requests is 0/0)` };
    }
    if (!Number.isFinite(result)) {
        return { ok: false, description: `${label} ${result > 0 ? '+Inf' : '-Inf'} is not a finite number` };
    }
    if (!threshold)
        return { ok: true, description: `${label} ${formatNumber(result)}` };
    const [value, bound] = formatPair(result, threshold.value);
    if (threshold.bound === 'max') {
        return result <= threshold.value
            ? { ok: true, description: `${label} ${value} ≤ ${bound}` }
            : { ok: false, description: `${label} ${value} > ${bound} (the maximum)` };
    }
    return result >= threshold.value
        ? { ok: true, description: `${label} ${value} ≥ ${bound}` }
        : { ok: false, description: `${label} ${value} < ${bound} (the minimum)` };
}
/**
 * Queries Prometheus and judges the value: a failing sample, never an exception, when Prometheus
 * cannot answer, since a canary nobody can measure must not pass.
 */
async function sampleMetric(check, options = {}) {
    let result;
    try {
        result = await queryPrometheus(check.prometheusUrl, check.query, options);
    }
    catch (error) {
        if (!(error instanceof PrometheusError))
            throw error;
        result = error;
    }
    return metricSample(result, check.threshold, check.label);
}
/** The bound as written; the value to four significant digits, more when needed to tell it from the bound. */
function formatPair(value, bound) {
    const shownBound = String(bound);
    for (let digits = 4; digits <= 17; digits++) {
        const shown = formatNumber(value, digits);
        if (value === bound || shown !== shownBound)
            return [shown, shownBound];
    }
    return [String(value), String(bound)];
}
function formatNumber(value, digits = 4) {
    return String(Number(value.toPrecision(digits)));
}


/***/ }),

/***/ 72523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ variantsInPlan)
/* harmony export */ });
/* harmony import */ var _model_delivery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62441);

/** What earlier runs left of their rollouts: the plan's kept members that are variants. */
function variantsInPlan(changes) {
    return changes.flatMap((change) => {
        const variant = change.action === 'keep' && change.live ? (0,_model_delivery_js__WEBPACK_IMPORTED_MODULE_0__/* .deliveryVariantOf */ .vW)(change.live) : undefined;
        return variant && change.live
            ? [{ ...variant, namespace: change.ref.namespace, object: change.live }]
            : [];
    });
}


/***/ }),

/***/ 58058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ canaryReplicas),
/* harmony export */   xS: () => (/* binding */ strategyOf)
/* harmony export */ });
/* unused harmony export STRATEGIES */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _model_origin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51579);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);
/* harmony import */ var _model_delivery_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62441);
/* harmony import */ var _variant_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26098);





const STRATEGIES = ['rolling', 'canary', 'blue-green'];
/**
 * The strategy a change rolls out with: the Deployment's `kubesync.io/strategy` annotation, else the
 * input. Only an update of a Deployment's pod template has an old version to compare the new one
 * with; anything else (a new Deployment, a change of replicas, a replacement) is applied as it is.
 */
function strategyOf(change, fallback) {
    if (change.ref.kind !== 'Deployment' || change.ref.apiVersion !== 'apps/v1' || !change.desired)
        return 'rolling';
    const annotated = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .annotationOf */ .lW)(change.desired, _model_delivery_js__WEBPACK_IMPORTED_MODULE_2__/* .STRATEGY_ANNOTATION */ .A$)?.trim();
    if (annotated !== undefined && !STRATEGIES.includes(annotated)) {
        const where = change.origin ? `${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOrigin */ .cp)(change.origin)}: ` : '';
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where}${change.subject}: ${_model_delivery_js__WEBPACK_IMPORTED_MODULE_2__/* .STRATEGY_ANNOTATION */ .A$} is "${annotated}"; write rolling, canary or blue-green`);
    }
    const strategy = annotated ?? fallback;
    // Scaled to 0, it runs nothing to compare the new template with, and a canary would start a pod.
    const scaledToZero = (0,_variant_js__WEBPACK_IMPORTED_MODULE_4__/* .hasReplicas */ .uH)(change.desired) && (0,_variant_js__WEBPACK_IMPORTED_MODULE_4__/* .replicasOf */ .N4)(change.desired) === 0;
    return change.action === 'update' && change.podTemplateChanged && !change.replace && !scaledToZero
        ? strategy
        : 'rolling';
}
/** The canary's share of `total` replicas: at least one, and never all of them while the primary has more than one. */
function canaryReplicas(total, weight) {
    return Math.min(Math.max(1, Math.round((total * weight) / 100)), Math.max(1, total));
}


/***/ }),

/***/ 46:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ selectorOf),
/* harmony export */   KB: () => (/* binding */ routesTo),
/* harmony export */   KP: () => (/* binding */ podLabelsOf),
/* harmony export */   T1: () => (/* binding */ withCanaryWeight),
/* harmony export */   dj: () => (/* binding */ servicesSelecting),
/* harmony export */   jq: () => (/* binding */ updateObject),
/* harmony export */   vQ: () => (/* binding */ withoutCanary)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);
/* harmony import */ var _model_delivery_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62441);
/* harmony import */ var _model_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97278);



/** The Services in the Deployment's namespace whose selector picks its pods. */
async function servicesSelecting(client, deployment) {
    const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(deployment);
    const podLabels = podLabelsOf(deployment);
    const services = await client.list('v1', 'Service', { namespace });
    return services.filter((service) => {
        // A Service a blue-green switched to the green pods still serves this Deployment.
        const pairs = Object.entries(selectorOf(service)).filter(([key]) => key !== _model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z);
        return pairs.length > 0 && pairs.every(([key, value]) => podLabels[key] === value);
    });
}
function selectorOf(service) {
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(service.spec) ? service.spec : {};
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec.selector) ? spec.selector : {};
}
const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** The Gateway API HTTPRoutes that send traffic to the Service, when the cluster serves HTTPRoutes. */
async function routesTo(client, service) {
    const version = await client.preferredVersion(GATEWAY_GROUP);
    if (!version)
        return [];
    const apiVersion = `${GATEWAY_GROUP}/${version}`;
    if (!(await client.resourceFor(apiVersion, 'HTTPRoute')))
        return [];
    const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(service);
    const name = String((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataOf */ .Nk)(service).name);
    const routes = await client.list(apiVersion, 'HTTPRoute', { namespace });
    return routes.filter((route) => backendRefsOf(route).some((ref) => refersTo(ref, route, name, namespace)));
}
function rulesOf(route) {
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(route.spec) ? route.spec : {};
    return Array.isArray(spec.rules) ? spec.rules.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
}
function backendRefsOf(route) {
    return rulesOf(route).flatMap((rule) => Array.isArray(rule.backendRefs) ? rule.backendRefs.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : []);
}
function refersTo(ref, route, name, namespace) {
    return ((ref.kind ?? 'Service') === 'Service' &&
        (ref.group ?? '') === '' &&
        ref.name === name &&
        (ref.namespace ?? (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(route)) === namespace);
}
/**
 * The route with each rule that sends to `service` split by weight: `100 - weight` to it, `weight`
 * to `canary` (on the same port). Idempotent: a rule that already has the canary gets its weights set.
 */
function withCanaryWeight(route, service, canary, weight) {
    const copy = structuredClone(route);
    const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(route);
    for (const rule of rulesOf(copy)) {
        const refs = Array.isArray(rule.backendRefs) ? rule.backendRefs.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
        const primary = refs.find((ref) => refersTo(ref, copy, service, namespace));
        if (!primary)
            continue;
        primary.weight = 100 - weight;
        const existing = refs.find((ref) => refersTo(ref, copy, canary, namespace));
        if (existing)
            existing.weight = weight;
        else
            refs.push({ ...primary, name: canary, weight });
        rule.backendRefs = refs;
    }
    return copy;
}
/** The route without the canary's backends, and the primary's backends without the weight it set. */
function withoutCanary(route, service, canary) {
    const copy = structuredClone(route);
    const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(route);
    for (const rule of rulesOf(copy)) {
        if (!Array.isArray(rule.backendRefs))
            continue;
        const refs = rule.backendRefs.filter(_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4).filter((ref) => !refersTo(ref, copy, canary, namespace));
        for (const ref of refs.filter((candidate) => refersTo(candidate, copy, service, namespace)))
            delete ref.weight;
        rule.backendRefs = refs;
    }
    return copy;
}
/**
 * Reads the object afresh, changes it and writes it back whole (PUT), again when someone wrote it in
 * between (409): the traffic switches of a rollout change one field of an object others may own.
 * `change` answers undefined when the object already is as wanted: then nothing is written.
 */
async function updateObject(client, object, change) {
    for (let attempt = 1;; attempt++) {
        const live = await client.get((0,_model_object_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H)(object));
        if (!live)
            return undefined;
        const changed = change(live);
        if (!changed)
            return undefined;
        try {
            return await client.replace(changed);
        }
        catch (error) {
            if (attempt >= 3 || error.status !== 409)
                throw error;
        }
    }
}
/** The labels a Deployment's pods carry. */
function podLabelsOf(deployment) {
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(deployment.spec) ? deployment.spec : {};
    const template = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec.template) ? spec.template : {};
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(template.metadata) && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(template.metadata.labels) ? template.metadata.labels : {};
}


/***/ }),

/***/ 26098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ variantDeployment),
/* harmony export */   Fu: () => (/* binding */ variantService),
/* harmony export */   L$: () => (/* binding */ variantName),
/* harmony export */   N4: () => (/* binding */ replicasOf),
/* harmony export */   uH: () => (/* binding */ hasReplicas),
/* harmony export */   wT: () => (/* binding */ desiredReplicas)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);
/* harmony import */ var _model_delivery_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62441);


/** `web` → `web-canary`, `web-green`. */
function variantName(name, variant) {
    return `${name}-${variant}`;
}
/**
 * The Deployment that runs `desired`'s new pod template beside the primary: its own name, the variant
 * label in its selector and on its pods (so its ReplicaSets never adopt the primary's pods, while a
 * Service selecting the primary's labels selects its pods too), and `replicas` of them. It keeps
 * desired's labels, so it is a member of the app's ApplySet while it exists.
 */
function variantDeployment(desired, variant, replicas, annotations = {}) {
    const copy = structuredClone(desired);
    const name = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(desired) ?? '';
    const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataOf */ .Nk)(copy);
    metadata.name = variantName(name, variant);
    metadata.labels = { ...labels(metadata.labels), [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .DELIVERY_OF_LABEL */ .k]: name, [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z]: variant };
    metadata.annotations = { ...labels(metadata.annotations), ...annotations };
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(copy.spec) ? copy.spec : (copy.spec = {});
    spec.replicas = replicas;
    const selector = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec.selector) ? spec.selector : (spec.selector = {});
    selector.matchLabels = { ...labels(selector.matchLabels), [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z]: variant };
    const template = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec.template) ? spec.template : (spec.template = {});
    const templateMetadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(template.metadata) ? template.metadata : (template.metadata = {});
    templateMetadata.labels = { ...labels(templateMetadata.labels), [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z]: variant };
    return copy;
}
/**
 * A Service for the canary's pods alone, for a route to weigh against the primary's Service: the
 * same ports, the variant label added to the selector.
 */
function variantService(service, of, variant) {
    const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataOf */ .Nk)(service);
    const spec = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(service.spec) ? service.spec : {};
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name: variantName(String(metadata.name), variant),
            namespace: metadata.namespace,
            labels: { ...labels(metadata.labels), [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .DELIVERY_OF_LABEL */ .k]: of, [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z]: variant },
        },
        spec: {
            ports: spec.ports,
            selector: { ...labels(spec.selector), [_model_delivery_js__WEBPACK_IMPORTED_MODULE_1__/* .VARIANT_LABEL */ .z]: variant },
        },
    };
}
/** The replicas the Deployment is to run: its manifest's, else what it runs now (an HPA's). */
function desiredReplicas(desired, live) {
    return hasReplicas(desired) ? replicasOf(desired) : replicasOf(live);
}
function hasReplicas(deployment) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(deployment.spec) && typeof deployment.spec.replicas === 'number';
}
function replicasOf(deployment) {
    const replicas = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(deployment.spec) ? deployment.spec.replicas : undefined;
    return typeof replicas === 'number' ? replicas : 1;
}
function labels(value) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value : {};
}


/***/ }),

/***/ 96796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkRunAccess)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
// EXTERNAL MODULE: ./src/cluster/rule-text.ts
var rule_text = __webpack_require__(62564);
// EXTERNAL MODULE: ./src/rbac/rules.ts
var rbac_rules = __webpack_require__(52407);
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
        const key = JSON.stringify([need.verb, need.group, need.resource, need.namespace ?? '', (0,rbac_rules/* roleOf */.kp)(need)]);
        rules.set(key, [...(rules.get(key) ?? []), need]);
    }
    const lines = [...rules.values()].map((needs) => {
        const [first] = needs;
        const others = [...new Set(needs.slice(1).map((need) => need.subject))].filter((subject) => subject !== first.subject);
        const also = others.length === 0
            ? ''
            : `; also for ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`;
        const rule = (0,rule_text/* ruleText */.Y)({ apiGroups: [first.group], resources: [first.resource], verbs: [first.verb] });
        return `${first.origin ? `${(0,origin/* formatOrigin */.cp)(first.origin)}: ` : ''}${first.subject}: the credentials cannot ${first.verb} ${resourceLabel(first)} ${scopeLabel(first)} (${first.purpose}${also}); add to ${(0,rbac_rules/* roleOf */.kp)(first)}: ${rule}`;
    });
    const count = `${lines.length} permission${lines.length === 1 ? '' : 's'}`;
    return new errors/* UserError */.y(`the credentials lack ${count} that this ${stage} needs, so nothing was ${stage === 'plan' ? 'planned' : 'applied'}; add ${lines.length === 1 ? 'this rule' : 'these rules'} to the RBAC of the deploying identity (kubesync rbac prints the whole Role and ClusterRole; see docs/rbac.md):\n${lines.map((line) => `  ${line}`).join('\n')}`);
}

// EXTERNAL MODULE: ./src/rbac/needs.ts
var needs = __webpack_require__(12697);
// EXTERNAL MODULE: ./src/rbac/resources.ts
var resources = __webpack_require__(58065);
;// CONCATENATED MODULE: ./src/rbac/preflight.ts





/**
 * Before a plan or apply touches anything: asks the API server whether the credentials may make every
 * request the run will make, and throws one UserError listing every missing rule. Permissions
 * kubesync can do without are logged. When the server cannot answer, the run carries on and any
 * refusal comes as the request's own error.
 */
async function checkRunAccess(client, settings, run, log) {
    let description;
    try {
        const { objects, secretReads } = await (0,resources/* describeManifests */.kg)(run.resources, settings.namespace, (0,resources/* discoveryNamer */.KO)(client, run.resources), async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind)) !== undefined);
        const state = run.state === 'unknown' ? undefined : run.state;
        description = {
            stage: run.stage,
            app: run.app,
            namespace: settings.namespace,
            prune: settings.prune,
            rollback: settings.rollback,
            createNamespace: settings.createNamespace,
            progressive: settings.progressive,
            objects,
            secretReads,
            recorded: state ? await (0,resources/* recordedKindsOf */.Zu)(client, state) : undefined,
            parentExists: run.state === 'unknown' ? undefined : run.state !== undefined,
        };
    }
    catch (error) {
        log.info(`permissions not checked up front: ${error.message}`);
        return;
    }
    const check = await checkAccess(client, (0,needs/* accessNeeds */.gj)(description), settings.concurrency);
    if (check.unchecked) {
        log.info(`permissions not checked up front (the access reviews failed: ${check.unchecked})`);
        return;
    }
    for (const need of check.optional) {
        const rule = (0,rule_text/* ruleText */.Y)({ apiGroups: [need.group], resources: [need.resource], verbs: [need.verb] });
        log.info(`${need.subject}: the credentials cannot ${need.verb} ${resourceLabel(need)} (${need.purpose}); kubesync carries on without it. To let it tell, add to ${(0,rbac_rules/* roleOf */.kp)(need)}: ${rule}`);
    }
    if (check.missing.length > 0)
        throw accessRefusal(check.missing, run.stage);
}


/***/ }),

/***/ 76990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ renderChangePages)
});

// EXTERNAL MODULE: ./src/model/resource.ts
var resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/report/change-label.ts
var change_label = __webpack_require__(76199);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(83303);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
// EXTERNAL MODULE: ./src/plan/own-metadata.ts
var own_metadata = __webpack_require__(71729);
// EXTERNAL MODULE: ./src/report/plan-overview.ts
var plan_overview = __webpack_require__(20507);
// EXTERNAL MODULE: ./src/plan/review-diff.ts
var review_diff = __webpack_require__(23475);
;// CONCATENATED MODULE: ./src/report/compact-overview.ts



/** The columns of the counts table, in the overview's order. */
const ACTIONS = ['update', 'delete', 'create', 'orphan', 'keep'];
const ACTION_HEADINGS = {
    update: 'update',
    delete: 'delete',
    create: 'create',
    orphan: 'left behind',
    keep: 'kept',
    unchanged: 'unchanged',
};
/** How many of the largest changes the compact overview names. */
const LARGEST = 10;
/**
 * The overview when the table of every changed object does not fit a comment: the counts by kind and
 * action, then the largest changes by lines of diff. `diffLines` gives each change's.
 */
function compactOverview(changes, diffLines) {
    const actions = ACTIONS.filter((action) => changes.some((change) => change.action === action));
    const byKind = new Map();
    for (const change of changes) {
        const counts = byKind.get(change.ref.kind) ?? new Map();
        counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
        byKind.set(change.ref.kind, counts);
    }
    const kinds = [...byKind.keys()].sort((a, b) => a.localeCompare(b));
    const counts = [
        `| kind | ${actions.map((action) => ACTION_HEADINGS[action]).join(' | ')} |`,
        `| --- |${' ---: |'.repeat(actions.length)}`,
        ...kinds.map((kind) => {
            const row = byKind.get(kind);
            return `| ${(0,markdown_escape/* escapeMarkdown */.F)(kind)} | ${actions.map((action) => row?.get(action) ?? 0).join(' | ')} |`;
        }),
    ];
    const largest = [...changes]
        .map((change, index) => ({ change, index, lines: diffLines(change) }))
        .filter((entry) => entry.lines > 0)
        .sort((a, b) => b.lines - a.lines || a.index - b.index)
        .slice(0, LARGEST);
    const largestTable = largest.length
        ? [
            '',
            `The largest ${largest.length === 1 ? 'change' : `${largest.length} changes`}:`,
            '',
            '| kind | namespace/name | action | diff |',
            '| --- | --- | --- | ---: |',
            ...largest.map(({ change, lines }) => {
                const { kind, namespace, name } = change.ref;
                return `| ${(0,markdown_escape/* escapeMarkdown */.F)(kind)} | ${(0,inline/* code */.aY)(namespace ? `${namespace}/${name}` : name)} | ${(0,plan_overview/* shortAction */.Rt)(change)} | ${(0,plural/* plural */.L)(lines, 'line')} |`;
            }),
        ]
        : [];
    const intro = `${(0,plural/* plural */.L)(changes.length, 'object')} change, too many for one table; each is named below, with its diff or in the list of those whose diff is in the diff file.`;
    return `${[intro, '', ...counts, ...largestTable].join('\n')}\n\n`;
}

// EXTERNAL MODULE: ./src/report/cut-lines.ts
var cut_lines = __webpack_require__(63576);
;// CONCATENATED MODULE: ./src/report/pack-pages.ts

/**
 * Lays `items` out in order over pages of the given capacities, each page taking items while they fit.
 * Undefined when they do not all fit, unless `cut`: then the items that fit are kept and the last
 * page counts the others (its capacity must leave room for that line).
 */
function packPages(capacities, items, cut) {
    const pages = [''];
    for (const [index, item] of items.entries()) {
        const page = pages.length - 1;
        if ((pages[page] ?? '').length + item.length <= (capacities[page] ?? 0)) {
            pages[page] += item;
            continue;
        }
        if (page + 1 < capacities.length && item.length <= (capacities[page + 1] ?? 0)) {
            pages.push(item);
            continue;
        }
        if (!cut)
            return undefined;
        pages[page] +=
            `_…and ${(0,plural/* plural */.L)(items.length - index, 'more entry', 'more entries')}: the job summary lists every object._\n\n`;
        return pages;
    }
    return pages;
}

;// CONCATENATED MODULE: ./src/report/change-blocks.ts











/** The overview table may take this share of the first comment; past it, the counts stand in for it. */
const OVERVIEW_SHARE = 0.4;
/** One object's diff may take this share of a comment: the others' diffs still get room. */
const BLOCK_SHARE = 0.5;
/** Room kept in each comment for the notes that close it. */
const NOTE_ROOM = 600;
/**
 * The changes of a plan, split over at most `rooms.count` comments: first the overview (the table of
 * every changed object, or when it does not fit the counts by kind and action and the largest changes),
 * then one collapsible block per object with its diff, in the overview's order, as many as fit. The
 * objects whose diff fits nowhere are counted (the table names them) or listed by name, pointing at the
 * job summary and the diff file. Every page is within its room; the first is never empty.
 */
function renderChangePages(plan, runUrl, links, rooms) {
    const changed = (0,plan_overview/* changedObjects */.vb)(plan);
    const shared = (0,change_label/* sharedNotes */.LX)(changed);
    const said = new Set(shared.keys());
    const notes = (0,change_label/* sharedNoteLines */.dD)(shared)
        .map((line) => `- ${(0,markdown_escape/* escapeMarkdown */.F)(line)}\n`)
        .join('');
    const entries = changed.map((change) => ({ change, diff: (0,review_diff/* reviewDiff */.a)(change) }));
    const table = (0,plan_overview/* overviewTable */.Uc)(changed);
    const named = notes.length + table.length <= rooms.first * OVERVIEW_SHARE;
    const lineCounts = new Map(entries.map((entry) => [entry.change, lineCount(entry.diff)]));
    const overview = `${notes}${notes ? '\n' : ''}${named ? table : compactOverview(changed, (change) => lineCounts.get(change) ?? 0)}`;
    const footnote = changed.some((change) => change.action !== 'update') ? OWN_METADATA_NOTE : '';
    const withDiff = entries.filter((entry) => entry.diff);
    const diffIndex = new Map(withDiff.map((entry, index) => [entry, index]));
    const blockRoom = Math.floor(Math.min(rooms.count > 1 ? rooms.next : rooms.first, rooms.first) * BLOCK_SHARE);
    const blocks = withDiff.map((entry) => renderBlock(entry, runUrl, links, said, blockRoom));
    const capacities = [
        rooms.first - overview.length - footnote.length - NOTE_ROOM,
        ...Array.from({ length: rooms.count - 1 }, () => rooms.next - NOTE_ROOM),
    ];
    const pagesWith = (shown, cut) => {
        const rest = withDiff.length - shown;
        const left = named
            ? []
            : entries
                .filter((entry) => (diffIndex.get(entry) ?? shown) >= shown)
                .map((entry) => nameLine(entry, said));
        const restNote = rest > 0 || left.length > 0
            ? [
                `${rest > 0 ? `_${(0,plural/* plural */.L)(rest, 'more diff')} did not fit in ${(0,plural/* plural */.L)(rooms.count, 'comment')}: see the ${(0,inline/* link */.nf)('job summary', runUrl)} and the diff file (the ${(0,inline/* code */.aY)('diff-file')} output, uploaded as an artifact of the ${(0,inline/* link */.nf)('workflow run', runUrl)})._` : ''}${left.length > 0 ? `${rest > 0 ? '\n\n' : ''}Also in this plan:` : ''}\n\n`,
            ]
            : [];
        return packPages(capacities, [...blocks.slice(0, shown), ...restNote, ...left], cut);
    };
    // The most diffs, in order, that fit with the names of the others.
    let low = 0;
    let high = blocks.length;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (pagesWith(middle, false))
            low = middle;
        else
            high = middle - 1;
    }
    const packed = pagesWith(low, false) ?? pagesWith(0, true) ?? [''];
    const pages = packed.map((page, index) => (index === 0 ? `${overview}${page}${footnote}` : page));
    if (pages.length > 1)
        pages[0] += `_The diffs go on in ${(0,plural/* plural */.L)(pages.length - 1, 'more comment')} below._\n\n`;
    return pages;
}
function lineCount(diff) {
    return diff ? diff.trimEnd().split('\n').length : 0;
}
const OWN_METADATA_NOTE = `<sub>kubesync adds ${own_metadata/* OWN_LABELS */.N9.map(inline/* code */.aY).join(', ')} (label) and ${own_metadata/* OWN_ANNOTATIONS */.Gj.slice(0, 3).map(inline/* code */.aY).join(', ')} (annotations) to every object it applies; they are left out of the diffs of new and deleted objects.</sub>\n\n`;
/** `- `Deployment shop/web` (update, its diff in the diff file)`: an object named without its diff. */
function nameLine({ change, diff }, said) {
    const { kind, namespace, name } = change.ref;
    const what = `${(0,markdown_escape/* escapeMarkdown */.F)((0,change_label/* changeLabel */.pG)(change, said))}${diff ? ', diff in the diff file' : ''}`;
    return `- ${(0,markdown_escape/* escapeMarkdown */.F)(kind)} ${(0,inline/* code */.aY)(namespace ? `${namespace}/${name}` : name)} (${what})\n`;
}
/** One object's collapsible diff; a diff longer than `room` is cut after a whole line, with a note. */
function renderBlock({ change, diff }, runUrl, links, said, room) {
    const summary = `${(0,inline/* escapeHtml */.ZD)(change.subject)} (${(0,inline/* escapeHtml */.ZD)((0,change_label/* changeLabel */.pG)(change, said))})`;
    const intro = change.action === 'delete' ? `${deletedIntro(change, links)}\n\n` : '';
    const open = `<details><summary>${summary}</summary>\n\n${intro}\`\`\`\`diff\n`;
    const close = '````\n\n</details>\n\n';
    const text = diff.endsWith('\n') ? diff : `${diff}\n`;
    if (open.length + text.length + close.length <= room)
        return `${open}${text}${close}`;
    const noteRoom = 300;
    const cut = (0,cut_lines/* cutLines */.EQ)(text, Math.max(0, room - open.length - close.length - noteRoom));
    const note = `\n_Diff cut after ${cut.shownLines} of ${(0,plural/* plural */.L)(cut.totalLines, 'line')} to fit the comment; the ${(0,inline/* link */.nf)('job summary', runUrl)} and the diff file (the ${(0,inline/* code */.aY)('diff-file')} output) have all of it._\n\n`;
    return `${open}${cut.text}\`\`\`\`\n${note}</details>\n\n`;
}
/** Who the deleted object is, and what of it the diff shows. */
function deletedIntro(change, links) {
    const { apiVersion, kind, namespace, name } = change.ref;
    const annotations = (0,resource/* metadataOf */.Nk)(change.live ?? {}).annotations;
    const sha = (0,resource/* isRecord */.u4)(annotations) ? annotations['kubesync.io/commit'] : undefined;
    const from = typeof sha === 'string' && sha
        ? `, last applied from ${links ? (0,inline/* link */.nf)((0,inline/* code */.aY)(sha.slice(0, 7)), (0,report_links/* commitUrl */.Bg)({ ...links, sha })) : (0,inline/* code */.aY)(sha.slice(0, 7))}`
        : '';
    return `${(0,inline/* code */.aY)(apiVersion)} ${kind} ${(0,inline/* code */.aY)(namespace ? `${namespace}/${name}` : name)}${from}. Prune deletes it; below, the fields kubesync applied to it (server defaults left out).`;
}


/***/ }),

/***/ 63576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ cutLines),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony export characters */
const characters = (text) => text.length;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * The first lines of `text` that fit in `room`, whole: a cut never falls inside a line, so never inside
 * a multi-byte character or a masked value either. A first line longer than `room` leaves nothing.
 */
function cutLines(text, room, measure = characters) {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    let size = 0;
    let shown = 0;
    for (const line of lines) {
        const next = measure(line) + 1;
        if (size + next > room)
            break;
        size += next;
        shown++;
    }
    const kept = lines.slice(0, shown);
    return { text: kept.map((line) => `${line}\n`).join(''), shownLines: shown, totalLines: lines.length };
}


/***/ }),

/***/ 83303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   MK: () => (/* binding */ fileLineUrl),
/* harmony export */   ZN: () => (/* binding */ repositoryUrlOf)
/* harmony export */ });
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


/***/ }),

/***/ 82163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* binding */ COMMENT_LIMIT),
  zk: () => (/* binding */ renderPlanComment),
  wL: () => (/* binding */ renderPlanComments)
});

// UNUSED EXPORTS: COMMENT_ROOM

// EXTERNAL MODULE: ./src/report/change-blocks.ts + 2 modules
var change_blocks = __webpack_require__(76990);
// EXTERNAL MODULE: ./src/report/cut-lines.ts
var cut_lines = __webpack_require__(63576);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
// EXTERNAL MODULE: ./src/report/delivery-lines.ts
var delivery_lines = __webpack_require__(64266);
// EXTERNAL MODULE: ./src/report/hooks-and-waves.ts
var hooks_and_waves = __webpack_require__(35049);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(83303);
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
    const rules = (0,plural/* plural */.L)(warnings.length, 'rule');
    lines.push(`<details><summary>⚠️ ${(0,plural/* plural */.L)(warningCount, 'warning')} (${rules})</summary>`, '', ...table(warnings, links), '', '</details>');
    return `${lines.join('\n')}\n\n`;
}
function table(groups, links) {
    return [
        '| | rule | count | finding | where |',
        '| --- | --- | ---: | --- | --- |',
        ...groups.map((group) => {
            const [first] = group.findings;
            const more = group.findings.length - 1;
            const message = `${(0,markdown_escape/* escapeMarkdown */.F)(first?.message ?? '')}${more > 0 ? ` (and ${more} more like it)` : ''}`;
            const icon = group.severity === 'error' ? '❌' : '⚠️';
            return `| ${icon} | ${(0,inline/* code */.aY)(group.rule)} | ${group.findings.length} | ${message} | ${places(group.findings, links)} |`;
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
        const url = links ? (0,report_links/* fileLineUrl */.MK)(links, origin) : undefined;
        seen.set(text, url ? (0,inline/* link */.nf)(text, url) : (0,markdown_escape/* escapeMarkdown */.F)(text));
    }
    const shown = [...seen.values()].slice(0, MAX_PLACES).join(', ');
    return seen.size > MAX_PLACES ? `${shown} and ${seen.size - MAX_PLACES} more` : shown;
}

// EXTERNAL MODULE: ./src/report/identifiers.ts
var identifiers = __webpack_require__(25566);
// EXTERNAL MODULE: ./src/plan/image-changes.ts
var image_changes = __webpack_require__(62754);
// EXTERNAL MODULE: ./src/report/image-table.ts
var image_table = __webpack_require__(48998);
// EXTERNAL MODULE: ./src/report/plan-overview.ts
var plan_overview = __webpack_require__(20507);
// EXTERNAL MODULE: ./src/plan/destructive.ts
var plan_destructive = __webpack_require__(11711);
;// CONCATENATED MODULE: ./src/report/destructive-warning.ts



/** Changes named one per line; the rest are counted, so the warning never crowds out the diffs. */
const MAX_LISTED = 20;
/**
 * The section a PR comment opens with when the plan holds destructive changes: a GitHub warning alert
 * naming each one and why, and how to approve them (apply refuses them otherwise). Empty when none.
 */
function destructiveWarningMarkdown(plan, approvalLabel) {
    const destructive = plan?.changes.filter((change) => change.destructive) ?? [];
    if (destructive.length === 0)
        return '';
    const unapproved = (0,plan_destructive/* unapprovedDestructive */.Dc)(destructive).length;
    const approval = unapproved === 0
        ? 'Approved; merging applies them.'
        : `Merging does not apply them unless approved: add the label ${approvalLabel ? (0,inline/* code */.aY)(approvalLabel) : `that ${(0,inline/* code */.aY)('destructive-approval-label')} names`} to this pull request before merging, or run the apply with ${(0,inline/* code */.aY)('allow-destructive: true')}.`;
    const lines = [
        '> [!WARNING]',
        `> **${(0,plural/* plural */.L)(destructive.length, 'destructive change')}**: data or running workloads may be lost. ${approval}`,
        '>',
        ...destructive.slice(0, MAX_LISTED).map((change) => `> - ${describe(change)}`),
    ];
    if (destructive.length > MAX_LISTED)
        lines.push(`> - …and ${destructive.length - MAX_LISTED} more`);
    return `${lines.join('\n')}\n\n`;
}
function describe(change) {
    const reasons = change.destructive?.reasons ?? [];
    const approved = change.destructive?.approvedBy
        ? ` (approved by ${(0,markdown_escape/* escapeMarkdown */.F)(change.destructive.approvedBy)})`
        : '';
    return `${(0,markdown_escape/* escapeMarkdown */.F)(change.subject)}: ${reasons.map(markdown_escape/* escapeMarkdown */.F).join('; ')}${approved}`;
}

// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
;// CONCATENATED MODULE: ./src/report/ownership-warning.ts



/** Objects named one per line; the rest are counted, so the warning never crowds out the diffs. */
const ownership_warning_MAX_LISTED = 20;
/**
 * The section a PR comment opens with when the plan would take over objects another owner manages
 * (another app, a Helm release, an Argo CD application): a GitHub caution alert naming each one and
 * its owner, and what allows it (apply refuses them otherwise). Empty when none.
 */
function ownershipWarningMarkdown(plan) {
    const owned = plan?.changes.filter((change) => change.owned) ?? [];
    if (owned.length === 0)
        return '';
    const refused = (0,ownership/* unadoptedOwned */.qJ)(owned).length;
    const verdict = refused === 0
        ? 'The workflow allows taking them over; merging does.'
        : `Merging does not apply them: apply refuses to take them over unless the workflow sets ${(0,inline/* code */.aY)('allow-adoption: true')}, or ${(0,inline/* code */.aY)('allow-adoption: annotated')} with the annotation ${(0,inline/* code */.aY)(`${ownership/* ADOPT_ANNOTATION */.l1}: "true"`)} on the object.`;
    const lines = [
        '> [!CAUTION]',
        `> **${(0,plural/* plural */.L)(owned.length, 'object')} managed by another owner**. ${verdict}`,
        '>',
        ...owned.slice(0, ownership_warning_MAX_LISTED).map((change) => `> - ${ownership_warning_describe(change)}`),
    ];
    if (owned.length > ownership_warning_MAX_LISTED)
        lines.push(`> - …and ${owned.length - ownership_warning_MAX_LISTED} more`);
    return `${lines.join('\n')}\n\n`;
}
function ownership_warning_describe(change) {
    const adopted = change.owned?.adoptedBy ? ` (taken over: ${(0,markdown_escape/* escapeMarkdown */.F)(change.owned.adoptedBy)})` : '';
    return `${(0,markdown_escape/* escapeMarkdown */.F)(change.subject)}: managed by ${(0,markdown_escape/* escapeMarkdown */.F)(change.owned?.owner ?? '')}${adopted}`;
}

// EXTERNAL MODULE: ./src/github/comment-marker.ts
var comment_marker = __webpack_require__(2429);
;// CONCATENATED MODULE: ./src/report/markdown.ts















/** GitHub refuses issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/**
 * What each comment aims at: a safe margin below GitHub's limit, for what redaction and the closing
 * lines add after the pages are laid out.
 */
const COMMENT_ROOM = COMMENT_LIMIT - 1_536;
/** Room for the heading of a further comment (its marker aside). */
const PART_HEAD_ROOM = 400;
/** The first comment of a plan: see `renderPlanComments`. */
function renderPlanComment(input, secrets) {
    return renderPlanComments(input, secrets, 1)[0] ?? '';
}
/**
 * The pull request comments for one app and environment, at most `maxComments`. The first is for a
 * reviewer to take in at a glance: where and what, the findings by rule (warnings folded), the overview
 * of the changed objects, one collapsible diff per object, and what merging does next; the diffs that do
 * not fit go on in the further comments, each with a numbered marker of its own. Deterministic, and
 * every comment within GitHub's limit (see `renderChangePages`).
 */
function renderPlanComments(input, secrets, maxComments) {
    const findings = (0,identifiers/* findingsOfPlan */.j)(input.findings, input.plan);
    // What the comment names reads as written, here and when the Octokit hook redacts it again.
    (0,identifiers/* keepReportIdentifiers */.i)(secrets, input.plan, findings, [
        input.app,
        input.environment,
        input.context,
        input.server,
    ]);
    const links = input.repositoryUrl
        ? { url: input.repositoryUrl, sha: input.sha }
        : undefined;
    // The marker goes on after redaction, so that it stays findable.
    const marker = `${(0,comment_marker/* markerLine */.B_)(input.app, input.environment, {
        digest: input.plan?.digest ?? '',
        desired: input.desiredDigest ?? '',
        sha: input.sha,
    })}\n`;
    const images = (0,image_table/* imageChangesMarkdown */.w)((0,image_changes/* imageChangesOf */.i)(input.plan?.changes ?? []))
        .map((line) => `${line}\n`)
        .join('');
    const order = (0,hooks_and_waves/* hooksAndWavesMarkdown */.n0)(input.plan, markdown_escape/* escapeMarkdown */.F) + (0,delivery_lines/* deliveryMarkdown */.Qh)(input.plan, markdown_escape/* escapeMarkdown */.F);
    const warning = ownershipWarningMarkdown(input.plan) +
        destructiveWarningMarkdown(input.plan, input.destructiveApprovalLabel);
    const head = `${warning}${renderHead(input, links)}${renderFindings(findings, links)}${images}${order}`;
    const tail = (0,plan_overview/* nextSteps */.Zn)(input.plan, !findings.some((finding) => finding.severity === 'error'), input);
    const rooms = {
        first: Math.max(0, COMMENT_ROOM - marker.length - head.length - tail.length),
        next: COMMENT_ROOM -
            (0,comment_marker/* partMarkerLine */.aY)(input.app, input.environment, maxComments, input.sha).length -
            PART_HEAD_ROOM,
        count: Math.max(1, maxComments),
    };
    const pages = input.plan ? (0,change_blocks/* renderChangePages */.V)(input.plan, input.runUrl, links, rooms) : [''];
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const end = secrets.redact(`\n${tail}`);
    const first = marker +
        fitComment(secrets.redact(head + (pages[0] ?? '')), COMMENT_LIMIT - marker.length - end.length, input.runUrl) +
        end;
    const rest = pages.slice(1).map((page, index) => {
        const part = index + 2;
        const environment = input.environment ? ` → ${(0,inline/* code */.aY)(input.environment)}` : '';
        const heading = `### kubesync plan: ${(0,inline/* code */.aY)(input.app)}${environment}, part ${part} of ${pages.length}\n\n`;
        const line = `${(0,comment_marker/* partMarkerLine */.aY)(input.app, input.environment, part, input.sha)}\n`;
        return line + fitComment(secrets.redact(heading + page), COMMENT_LIMIT - line.length, input.runUrl);
    });
    return [first, ...rest];
}
/** A body within `limit`, cut after a whole line with a note if redaction made it longer than planned. */
function fitComment(body, limit, runUrl) {
    if (body.length <= limit)
        return body;
    const note = `\n_The list was cut to fit a comment; the [job summary](${runUrl}) has all of it._\n`;
    return (0,cut_lines/* cutLines */.EQ)(body, limit - note.length).text + note;
}
function renderHead(input, links) {
    const environment = input.environment ? ` → ${(0,inline/* code */.aY)(input.environment)}` : '';
    const title = `### kubesync ${input.rendered ? 'rendered diff' : 'plan'}: ${(0,inline/* code */.aY)(input.app)}${environment}`;
    const cluster = input.context || input.server;
    const commit = (0,inline/* code */.aY)(input.sha.slice(0, 7));
    const where = [
        `**${input.syncStatus}**`,
        cluster ? ` on ${(0,inline/* code */.aY)(cluster)}` : '',
        ` for ${links ? (0,inline/* link */.nf)(commit, (0,report_links/* commitUrl */.Bg)(links)) : commit}`,
        ` · ${(0,inline/* link */.nf)('workflow run', input.runUrl)}`,
    ].join('');
    const lines = [title, '', where, ''];
    if (input.unknownReason)
        lines.push(`Status Unknown: ${(0,markdown_escape/* escapeMarkdown */.F)(input.unknownReason)}.`, '');
    const plan = input.plan;
    if (input.rendered)
        lines.push(renderedSentence(input.rendered.base, links), '');
    if (plan?.syncStatus === 'Synced')
        lines.push(input.rendered
            ? 'No changes: the manifests render the same at both commits.'
            : 'No changes: the cluster matches this commit.', '');
    if (plan)
        lines.push(`${(0,plan_overview/* countsSentence */.KS)(plan)}.`, '');
    return `${lines.join('\n')}\n`;
}
/** What a rendered diff is, and what it is not. */
function renderedSentence(base, links) {
    const commit = (0,inline/* code */.aY)(base.slice(0, 7));
    const baseCommit = links ? (0,inline/* link */.nf)(commit, (0,report_links/* commitUrl */.Bg)({ ...links, sha: base })) : commit;
    return `A diff of the rendered manifests between the base commit ${baseCommit} and this commit, not the cluster's answer: no cluster was asked. Merging still plans against the cluster before it applies.`;
}


/***/ }),

/***/ 20507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ countsSentence),
/* harmony export */   Rt: () => (/* binding */ shortAction),
/* harmony export */   Uc: () => (/* binding */ overviewTable),
/* harmony export */   Zn: () => (/* binding */ nextSteps),
/* harmony export */   vb: () => (/* binding */ changedObjects)
/* harmony export */ });
/* unused harmony export nameObjects */
/* harmony import */ var _model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52654);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28837);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70247);
/* harmony import */ var _key_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51870);



/** The order rows are listed in: what changes running objects first, then what is new, then what stays. */
const ACTION_ORDER = {
    update: 0,
    delete: 1,
    create: 2,
    orphan: 3,
    keep: 4,
    unchanged: 5,
};
/** Objects named in one sentence; the rest are counted. */
const MAX_NAMED = 5;
/** What the plan does to an object, in a word or two: `create`, `replace`, `delete`, `left behind`. */
function shortAction(change) {
    if (change.action === 'orphan')
        return 'left behind';
    if (change.action === 'keep')
        return 'kept';
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
        counts.keep > 0 && `${counts.keep} kept (never pruned)`,
    ];
    return parts.filter(Boolean).join(', ');
}
/** One table of every changed object: kind, namespace/name, action and the key change. */
function overviewTable(changes) {
    if (changes.length === 0)
        return '';
    const lines = ['| kind | namespace/name | action | key change |', '| --- | --- | --- | --- |'];
    for (const change of changes) {
        const { kind, namespace, name } = change.ref;
        lines.push(`| ${(0,_model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(kind)} | ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(namespace ? `${namespace}/${name}` : name)} | ${shortAction(change)} | ${(0,_key_change_js__WEBPACK_IMPORTED_MODULE_0__/* .keyChanges */ .L)(change).join('; ')} |`);
    }
    return `${lines.join('\n')}\n\n`;
}
/** `Deployment shop/a, Service shop/a and 3 more`. */
function nameObjects(changes) {
    const named = changes.slice(0, MAX_NAMED).map((change) => (0,_model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(change.subject));
    const more = changes.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/** The last lines: what merging does, and what it leaves behind or refuses. */
function nextSteps(plan, valid, settings) {
    if (!valid)
        return '**Next:** fix the errors above; nothing is applied while one stands.\n';
    const target = settings.environment ? (0,_inline_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(settings.environment) : 'the cluster';
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
        lines.push(`The apply refuses ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(refused.length, 'object')} as it stands: ${nameObjects(refused)} (see above).`);
    const deleted = plan.changes.filter((change) => change.action === 'delete');
    if (deleted.length > 0)
        lines.push(`Prune is on: it deletes ${nameObjects(deleted)}.`);
    const orphans = plan.changes.filter((change) => change.action === 'orphan');
    if (orphans.length > 0)
        lines.push(`Prune is off: ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(orphans.length, 'object')} will be left behind: ${nameObjects(orphans)}. Set ${(0,_inline_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)('prune: true')} to delete them.`);
    return `${lines.join('\n\n')}\n`;
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SECRET_MASKERS)
/* harmony export */ });
/* harmony import */ var _doppler_secret_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25150);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40997);


/** What every diff kubesync shows hides: Secret values, then the checksum of Doppler values. */
const SECRET_MASKERS = [_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecretPair */ .pI, _doppler_secret_js__WEBPACK_IMPORTED_MODULE_0__/* .maskChecksumPair */ .iJ];


/***/ }),

/***/ 38116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ MISSING_SECRET_RULE),
/* harmony export */   n: () => (/* binding */ checkSecretReferences)
/* harmony export */ });
/* harmony import */ var _cluster_describe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40626);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41300);
/* harmony import */ var _pod_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35142);




const MISSING_SECRET_RULE = 'secret-ref';
function keysOf(secret, valueSources) {
    const keys = new Set(Object.keys(valueSources ?? {}));
    for (const field of ['data', 'stringData']) {
        const values = secret[field];
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(values))
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
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) === 'Secret')
            applied.set(`${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(object) ?? ''}/${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(object) ?? ''}`, keysOf(object, resource.valueSources));
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
                throw (0,_cluster_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApiError */ .g)(error, `Secret ${id}, which a workload reads`);
            });
            live.set(id, keys);
        }
        return keys;
    };
    const findings = [];
    for (const { object, resource } of desired) {
        const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(object) ?? 'default';
        for (const use of (0,_pod_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .podSecretUses */ .e)(object)) {
            if (use.optional)
                continue;
            const id = `${namespace}/${use.secret}`;
            const keys = applied.get(id) ?? (await liveKeys(namespace, use.secret));
            const where = `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) ?? ''} ${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(object) ?? ''} ${use.via}`;
            const origin = resource.locate(use.path);
            if (!keys) {
                findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .warningAt */ .MK)(origin, MISSING_SECRET_RULE, `${where} reads Secret ${id}, which is neither in the cluster nor in these manifests; its pods will not start until it exists`));
                continue;
            }
            for (const key of use.keys.filter((key) => !keys.has(key))) {
                findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .warningAt */ .MK)(origin, MISSING_SECRET_RULE, `${where} reads key "${key}" of Secret ${id}, which has no such key; its pods will not start until it does`));
            }
        }
    }
    return findings;
}


/***/ })

};

//# sourceMappingURL=162.index.js.map