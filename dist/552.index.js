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

// EXTERNAL MODULE: ./src/app/commands/plan.ts + 2 modules
var plan = __webpack_require__(44987);
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
    const podTemplateChanged = action === 'update' && (0,normalize/* templateOf */.kW)(before) !== (0,normalize/* templateOf */.kW)(after);
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
// EXTERNAL MODULE: ./src/app/records/drift-issue.ts + 1 modules
var drift_issue = __webpack_require__(96540);
;// CONCATENATED MODULE: ./src/app/plan-app.ts




/** A plan, with its commit status and pull request comment on GitHub, and the drift issue of a scheduled one. */
async function planAndRecord(settings, run, provenance, runtime) {
    const planned = await (0,plan/* runPlan */.F)(settings, provenance, runtime);
    const result = explainFork(await withRenderedDiff(planned, settings, run, runtime), run);
    await (0,plan_records/* recordPlan */.BJ)(settings, run, result, runtime.github, runtime.log, runtime.secrets);
    const { github, log, secrets } = runtime;
    const driftIssue = await (0,drift_issue/* recordDriftOfPlan */.t)({ settings, run, github, log }, result, secrets);
    return { result, driftIssue };
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


/***/ }),

/***/ 96540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ closeDriftAfterApply),
  t: () => (/* binding */ recordDriftOfPlan)
});

// EXTERNAL MODULE: ./src/github/github-unavailable.ts
var github_unavailable = __webpack_require__(29303);
// EXTERNAL MODULE: ./src/github/comment-marker.ts
var comment_marker = __webpack_require__(2429);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
// EXTERNAL MODULE: ./src/report/change-blocks.ts + 2 modules
var change_blocks = __webpack_require__(76990);
// EXTERNAL MODULE: ./src/report/identifiers.ts
var identifiers = __webpack_require__(25566);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(83303);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(82163);
// EXTERNAL MODULE: ./src/report/plan-overview.ts
var plan_overview = __webpack_require__(20507);
;// CONCATENATED MODULE: ./src/report/drift-issue.ts








/** `kubesync: web drifted in production`: the issue's title. */
function driftIssueTitle(app, environment) {
    return `kubesync: ${app} drifted${environment ? ` in ${environment}` : ''}`;
}
/**
 * The body of a drift issue: the hidden marker that finds it again, where and since which plan, the
 * overview and one diff per drifted object (the plan comment's renderers), and what ends it. Never
 * over GitHub's limit for an issue body; what does not fit points at the run's job summary.
 */
function renderDriftIssue(input, secrets) {
    (0,identifiers/* keepReportIdentifiers */.i)(secrets, input.plan, [], [input.app, input.environment, input.cluster]);
    const links = input.repositoryUrl
        ? { url: input.repositoryUrl, sha: input.sha }
        : undefined;
    const marker = `${(0,comment_marker/* driftIssueMarker */.T7)(input.app, input.environment)}\n`;
    const commit = (0,inline/* code */.aY)(input.sha.slice(0, 7));
    const where = input.cluster ? ` on ${(0,inline/* code */.aY)(input.cluster)}` : '';
    const head = [
        `### ${(0,markdown_escape/* escapeMarkdown */.F)(driftIssueTitle(input.app, input.environment))}`,
        '',
        `The cluster${where} no longer matches ${links ? (0,inline/* link */.nf)(commit, (0,report_links/* commitUrl */.Bg)(links)) : commit}, and nothing in git asked for the change: someone or something changed it in the cluster.`,
        '',
        `Last seen by the plan of ${(0,inline/* link */.nf)('this workflow run', input.runUrl)} at ${input.seenAt}. ${(0,plan_overview/* countsSentence */.KS)(input.plan)}.`,
        '',
        '',
    ].join('\n');
    const tail = [
        '',
        input.selfHeal
            ? '**Next:** self-heal is on: the scheduled run applies the commit, and this issue closes.'
            : `**Next:** apply the commit again (or set ${(0,inline/* code */.aY)('self-heal: true')}), or bring the change into git. This issue closes itself once a plan finds the app Synced.`,
        '',
    ].join('\n');
    const room = markdown/* COMMENT_LIMIT */.W$ - marker.length - head.length - tail.length;
    const [changes = ''] = (0,change_blocks/* renderChangePages */.V)(input.plan, input.runUrl, links, {
        first: room,
        next: room,
        count: 1,
    });
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const end = secrets.redact(tail);
    const limit = markdown/* COMMENT_LIMIT */.W$ - marker.length - end.length;
    let body = secrets.redact(head + changes);
    if (body.length > limit) {
        const note = `\n_The list was cut to fit an issue; the [job summary](${input.runUrl}) has all of it._\n`;
        body = body.slice(0, limit - note.length) + note;
    }
    return marker + body + end;
}
/** The comment that closes a drift issue: how the app came back in sync, and where. */
function driftResolvedComment(how, sha, runUrl) {
    const commit = (0,inline/* code */.aY)(sha.slice(0, 7));
    const what = {
        healed: `self-heal applied ${commit} again`,
        applied: `${commit} was applied`,
        synced: `the plan finds the cluster matching ${commit} again`,
    }[how];
    return `The app is Synced again: ${what} (${(0,inline/* link */.nf)('workflow run', runUrl)}). Closing.`;
}

;// CONCATENATED MODULE: ./src/app/records/drift-issue.ts




/** The events that plan the default branch's head with no change in git: what they find OutOfSync is drift. */
const DRIFT_EVENTS = ['schedule', 'workflow_dispatch', 'repository_dispatch'];
/**
 * After a plan: drift found by a scheduled or dispatched plan opens the app's drift issue, or brings
 * the open one up to date; a plan that finds the app Synced closes it. Nothing happens unless
 * drift-issue is on, or on a pull request. GitHub's failures are warnings: the plan stands without.
 */
async function recordDriftOfPlan(target, result, secrets) {
    const { settings, run } = target;
    const plan = result.plan;
    if (!plan || !DRIFT_EVENTS.includes(run.eventName) || run.pullRequest)
        return undefined;
    const github = githubFor({ ...target, app: result.app });
    if (!github)
        return undefined;
    const marker = (0,comment_marker/* driftIssueMarker */.T7)(result.app, settings.environment);
    const label = settings.github.driftIssueLabel;
    return guarded({ ...target, app: result.app }, async () => {
        const open = await github.issues.findOpenIssue(label, marker);
        if (plan.syncStatus === 'Synced') {
            if (!open)
                return undefined;
            await github.issues.closeIssue(open.number, driftResolvedComment('synced', run.sha, run.runUrl));
            target.log.info(`drift issue #${open.number} closed: ${result.app} is Synced again`);
            return { number: open.number, url: open.url, state: 'closed' };
        }
        const body = renderDriftIssue({
            app: result.app,
            environment: settings.environment,
            sha: run.sha,
            cluster: result.context || result.server,
            plan,
            runUrl: run.runUrl,
            repositoryUrl: (0,report_links/* repositoryUrlOf */.ZN)(run.runUrl),
            seenAt: new Date().toISOString(),
            selfHeal: settings.deployment.selfHeal && run.eventName === 'schedule',
        }, secrets);
        if (open) {
            await github.issues.updateIssue(open.number, body);
            target.log.info(`drift issue #${open.number} updated: ${result.app} still drifts`);
            return { number: open.number, url: open.url, state: 'open' };
        }
        const title = driftIssueTitle(result.app, settings.environment);
        const created = await github.issues.createIssue({ title, body, label, marker });
        target.log.warning(`${result.app} drifted from git: drift issue #${created.number} opened (${created.url})`);
        return { number: created.number, url: created.url, state: 'open' };
    });
}
/**
 * After an apply that left the app Synced (self-heal, or the commit applied again), its open drift
 * issue is closed with a comment saying how.
 */
async function closeDriftAfterApply(target, synced, healed) {
    const github = githubFor(target);
    if (!github || !synced)
        return undefined;
    const { run, settings } = target;
    return guarded(target, async () => {
        const open = await github.issues.findOpenIssue(settings.github.driftIssueLabel, (0,comment_marker/* driftIssueMarker */.T7)(target.app, settings.environment));
        if (!open)
            return undefined;
        const comment = driftResolvedComment(healed ? 'healed' : 'applied', run.sha, run.runUrl);
        await github.issues.closeIssue(open.number, comment);
        target.log.info(`drift issue #${open.number} closed: ${target.app} is Synced again`);
        return { number: open.number, url: open.url, state: 'closed' };
    });
}
function githubFor(target) {
    if (!target.settings.github.driftIssue || !target.run.repository)
        return undefined;
    if (!target.github)
        target.log.warning('drift-issue is on but there is no github-token: no drift issue');
    return target.github;
}
/** What GitHub does not do is a warning naming what to check (the permission it refused): never a failure. */
async function guarded(target, record) {
    try {
        return await record();
    }
    catch (error) {
        if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
            throw error;
        target.log.warning(`could not record the drift issue of ${target.app} on GitHub: ${error.message}`);
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=552.index.js.map