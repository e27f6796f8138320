export const id = 552;
export const ids = [552];
export const modules = {

/***/ 65552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  healing: () => (/* binding */ healing),
  planAndRecord: () => (/* binding */ planAndRecord),
  shouldSelfHeal: () => (/* binding */ shouldSelfHeal)
});

// EXTERNAL MODULE: ./src/app/commands/plan.ts + 3 modules
var plan = __webpack_require__(64422);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/manifests/load.ts + 10 modules
var load = __webpack_require__(53537);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/model/object.ts
var model_object = __webpack_require__(97278);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/manifests/hook-annotations.ts
var hook_annotations = __webpack_require__(88048);
// EXTERNAL MODULE: ./src/manifests/scope.ts
var scope = __webpack_require__(85818);
// EXTERNAL MODULE: ./src/manifests/sync-options.ts
var sync_options = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/plan/change.ts
var change = __webpack_require__(17023);
// EXTERNAL MODULE: ./src/plan/diff.ts
var plan_diff = __webpack_require__(88256);
// EXTERNAL MODULE: ./src/plan/live-state.ts
var live_state = __webpack_require__(51745);
// EXTERNAL MODULE: ./src/plan/normalize.ts
var normalize = __webpack_require__(13424);
// EXTERNAL MODULE: ./src/plan/order.ts
var order = __webpack_require__(92739);
// EXTERNAL MODULE: ./src/plan/planned-hooks.ts
var planned_hooks = __webpack_require__(48692);
;// CONCATENATED MODULE: ./src/plan/rendered-diff.ts











const SIDES = { before: 'base', after: 'head' };
/**
 * A plan of the rendered manifests alone, with no cluster: the base commit's objects stand where a
 * live plan has the cluster's, the head's are the desired ones, both normalized and masked as a live
 * plan does. Its digest is empty: it is no reviewed plan for apply to compare with.
 */
function renderedDiffPlan(base, head, options) {
    const baseObjects = placed(base, options.namespace);
    const headObjects = placed(head, options.namespace);
    const before = new Map(baseObjects.map((entry) => [(0,live_state/* identity */.D_)(entry.object), entry]));
    const wanted = new Set();
    const changes = [];
    const hooks = [];
    for (const { object, resource } of headObjects) {
        const role = (0,hook_annotations/* syncRoleOf */.VR)(object);
        if (role.role === 'hook') {
            hooks.push(...(0,planned_hooks/* plannedHooksOf */.Ym)([{ object, resource, awaitsCrd: false, hook: role.hook }]));
            continue;
        }
        const id = (0,live_state/* identity */.D_)(object);
        wanted.add(id);
        changes.push(compare(object, resource, before.get(id)?.object, options));
    }
    for (const { object } of baseObjects)
        if ((0,hook_annotations/* syncRoleOf */.VR)(object).role !== 'hook' && !wanted.has((0,live_state/* identity */.D_)(object)))
            changes.push(removal(object, options));
    changes.sort((a, b) => (0,order/* compareObjects */.G)(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
    return {
        changes,
        counts: (0,change/* countChanges */.x)(changes),
        syncStatus: (0,change/* syncStatusOf */.D)(changes),
        digest: '',
        hooks,
    };
}
/** The objects as apply would send them, in their namespaces; Helm test hooks and the like left out. */
function placed(resources, namespace) {
    const scopes = new scope/* ScopeCatalog */.K(resources);
    return resources
        .filter(({ object }) => (0,hook_annotations/* syncRoleOf */.VR)(object).role !== 'skipped')
        .map((resource) => ({ object: (0,scope/* inNamespace */.d)(resource, scopes, namespace), resource }));
}
function compare(object, resource, baseObject, options) {
    const subject = (0,model_resource/* describeObject */.v8)(object);
    const after = (0,normalize/* normalize */.S8)(object, options.ignoreDifferences);
    const before = baseObject && (0,normalize/* normalize */.S8)(baseObject, options.ignoreDifferences);
    const action = !before ? 'create' : (0,normalize/* sameObject */.Qr)(before, after) ? 'unchanged' : 'update';
    const diff = action === 'unchanged'
        ? ''
        : (0,plan_diff/* diffObjects */.w)(subject, before, after, options.maskers, resource.valueSources, SIDES);
    const sides = { subject, ref: (0,model_object/* refOf */.H)(object), origin: resource.origin, desired: object, live: baseObject };
    const podTemplateChanged = action === 'update' && templateOf(before) !== templateOf(after);
    return { ...sides, action, diff, ...(podTemplateChanged ? { podTemplateChanged } : {}) };
}
function removal(object, options) {
    const subject = (0,model_resource/* describeObject */.v8)(object);
    const keptFor = (0,sync_options/* keptBy */.mA)(object);
    if (keptFor)
        return {
            subject,
            ref: (0,model_object/* refOf */.H)(object),
            action: 'keep',
            diff: '',
            live: object,
            note: `never pruned (${keptFor})`,
        };
    if (!options.prune)
        return { subject, ref: (0,model_object/* refOf */.H)(object), action: 'orphan', diff: '', live: object };
    const diff = (0,plan_diff/* diffObjects */.w)(subject, (0,normalize/* normalize */.S8)(object, options.ignoreDifferences), undefined, options.maskers, undefined, SIDES);
    return { subject, ref: (0,model_object/* refOf */.H)(object), action: 'delete', diff, live: object };
}
function templateOf(object) {
    const template = object?.spec?.template;
    return template === undefined ? undefined : JSON.stringify(template);
}

// EXTERNAL MODULE: ./src/secrets/diff-maskers.ts
var diff_maskers = __webpack_require__(2779);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/tools/git-tree.ts




/**
 * Writes the files of `commit` (symlinks as symlinks, as a checkout would) into a new folder outside
 * the workspace, through an index of its own: the workspace's checkout, index and HEAD stay as they
 * are. A commit the clone does not have (a shallow checkout) is an error saying what to set.
 */
async function checkoutCommitTree(workspace, commit) {
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'kubesync-base-')));
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    try {
        const root = external_node_path_default().join(dir, 'tree');
        (0,external_node_fs_.mkdirSync)(root);
        const env = { GIT_INDEX_FILE: external_node_path_default().join(dir, 'index') };
        const short = commit.slice(0, 12);
        if ((await git(workspace, ['cat-file', '-e', `${commit}^{commit}`], env)).exitCode !== 0)
            throw new errors/* UserError */.y(await missingCommit(workspace, short));
        for (const args of [
            ['read-tree', commit],
            ['checkout-index', '--all', '--force', `--prefix=${root}/`],
        ]) {
            const result = await git(workspace, args, env);
            if (result.exitCode !== 0)
                throw new errors/* UserError */.y(`git ${args[0]} of the base commit ${short} failed: ${result.stderr.trim()}`);
        }
        return { root, remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}
/** Why the commit cannot be read, and what to set: a shallow clone is the usual reason. */
async function missingCommit(workspace, short) {
    const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository'], {});
    const cannot = `so its manifests cannot be rendered`;
    if (shallow.exitCode !== 0)
        return `the workspace is not a git repository, ${cannot} from the base commit ${short}: check the repository out with actions/checkout and fetch-depth: 0`;
    const why = shallow.stdout.trim() === 'true' ? 'the clone is too shallow' : 'the clone does not have it';
    return `the base commit ${short} is not in the checkout, ${cannot}: ${why}. Set fetch-depth: 0 on actions/checkout`;
}
async function git(workspace, args, env) {
    // Loaded when first needed: only a rendered diff reads another commit's files.
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955));
    return getExecOutput('git', ['-C', workspace, ...args], {
        silent: true,
        ignoreReturnCode: true,
        env: { ...process.env, ...env },
    });
}

// EXTERNAL MODULE: ./src/app/commands/validate.ts + 12 modules
var validate = __webpack_require__(81341);
;// CONCATENATED MODULE: ./src/app/commands/rendered-diff.ts









/**
 * A pull request planned without the cluster (no credentials, or `plan-mode: render`) gets the diff
 * of its manifests rendered at the base commit and at the head instead. The base is read from git
 * history into a folder outside the workspace and rendered exactly as the head is: the same sandbox,
 * the same refusals, for it is as untrusted. When the base cannot be rendered, the reason says why.
 */
async function withRenderedDiff(result, settings, run, runtime) {
    const cause = result.unknownCause;
    const base = run.changes?.base;
    if (!result.validation.valid || !run.pullRequest || !base)
        return result;
    if (cause !== 'no-credentials' && cause !== 'render-mode')
        return result;
    const { log } = runtime;
    try {
        const resources = await log.group(`render the base commit ${base.slice(0, 7)}`, async () => {
            const rendered = await renderBase(settings, base, runtime);
            log.info(rendered
                ? `${(0,plural/* plural */.L)(rendered.length, 'object')} at the base commit`
                : 'the app is not at the base commit: every object is new');
            return rendered ?? [];
        });
        const plan = renderedDiffPlan(resources, result.validation.loaded.resources, {
            namespace: settings.namespace,
            ignoreDifferences: settings.ignoreDifferences,
            maskers: diff_maskers/* SECRET_MASKERS */.M,
            prune: settings.apply.prune,
        });
        return { ...result, plan, rendered: { base } };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.i)(error))
            throw error;
        log.warning(`no rendered diff: ${error.message}`);
        return { ...result, unknownReason: `${result.unknownReason ?? ''}; no rendered diff: ${error.message}` };
    }
}
/** The objects the app renders at the base commit; undefined when the app is not there yet. */
async function renderBase(settings, base, runtime) {
    const tree = await checkoutCommitTree(settings.workspace, base);
    try {
        if (!manifestExists(tree.root, settings.manifest))
            return undefined;
        const baseSettings = {
            ...settings,
            workspace: tree.root,
            revision: { ...settings.revision, sha: base },
        };
        // Its Secrets' values are registered for redaction too; its findings are the base's, not this change's.
        const validation = await (0,validate/* validateManifests */.T)(baseSettings, runtime.secrets, { offline: true });
        return validation.loaded.resources;
    }
    finally {
        tree.remove();
    }
}
/**
 * Whether the manifest path is in the tree at all, a symlink included (it is refused when rendered,
 * as at the head); the default pipeops.yaml may live in manifests/base/, as loading allows.
 */
function manifestExists(root, manifest) {
    const exists = (...parts) => (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, ...parts), { throwIfNoEntry: false }) !== undefined;
    return exists(manifest) || (manifest === load/* APP_FILE */.xH && exists('manifests', 'base', load/* APP_FILE */.xH));
}

// EXTERNAL MODULE: ./src/app/records/plan-records.ts
var plan_records = __webpack_require__(82552);
;// CONCATENATED MODULE: ./src/app/plan-app.ts



/** A plan, with its commit status and pull request comment on GitHub. */
async function planAndRecord(settings, run, provenance, runtime) {
    const planned = await (0,plan/* runPlan */.F)(settings, provenance, runtime);
    const result = explainFork(await withRenderedDiff(planned, settings, run, runtime), run);
    await (0,plan_records/* recordPlan */.BJ)(settings, run, result, runtime.github, runtime.log, runtime.secrets);
    return result;
}
/** Drift found by a scheduled plan, to be applied when self-heal is on. */
function shouldSelfHeal(settings, run, result) {
    return (result.validation.valid &&
        run.eventName === 'schedule' &&
        settings.deployment.selfHeal &&
        result.syncStatus === 'OutOfSync');
}
/**
 * Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
 * healing means taking those fields back, as Argo CD's selfHeal does.
 */
function healing(settings) {
    return { ...settings, apply: { ...settings.apply, forceConflicts: true } };
}
/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result, run) {
    if (!run.pullRequest?.fromFork || result.unknownCause !== 'no-credentials')
        return result;
    return {
        ...result,
        unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
    };
}


/***/ })

};

//# sourceMappingURL=552.index.js.map