export const id = 405;
export const ids = [405];
export const modules = {

/***/ 76405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  maskInRunnerLog: () => (/* binding */ maskInRunnerLog),
  run: () => (/* binding */ run),
  runnerEnvironment: () => (/* binding */ runnerEnvironment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/settings/value-schemas.ts
var value_schemas = __webpack_require__(30573);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/manifests/names.ts
var names = __webpack_require__(44830);
// EXTERNAL MODULE: ./src/model/origin.ts
var model_origin = __webpack_require__(51579);
// EXTERNAL MODULE: ./src/manifests/yaml.ts + 1 modules
var yaml = __webpack_require__(68488);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/manifests/app.ts + 1 modules
var app = __webpack_require__(60901);
;// CONCATENATED MODULE: ./src/app/apps/repository-inputs.ts



/** Content inputs that still only the step sets: they choose the apps, or say how the step runs. */
const STEP_ONLY_CONTENT = new Set(['manifest', 'app']);
const LEVELS = ['off', 'warning', 'error'];
/** The input's value as the step's raw inputs would carry it. */
function asInputText(value) {
    return Array.isArray(value) ? value.join('\n') : String(value);
}
/**
 * Why a repository file may not set this input to this value, or undefined when it may. The workflow
 * is policy and the repository is content: a policy input belongs in the workflow, except a guardrail
 * the repository narrows (a smaller allow-list, a stricter level) within what the step allows.
 */
function repositoryInputProblem(name, value, step) {
    const definition = inputs/* INPUTS */.mc[name];
    if (!definition) {
        const near = (0,app/* suggest */.ZA)(name, Object.keys(inputs/* INPUTS */.mc));
        return `is not an input of kubesync${near ? `; did you mean ${near}?` : ''}`;
    }
    if (STEP_ONLY_CONTENT.has(name))
        return 'is set by the step or by the app entry, not per app; remove it here';
    if (definition.trust === 'content')
        return undefined;
    const workflowText = step[name]?.trim() || definition.default;
    if (definition.narrows === 'subset')
        return subsetProblem(name, asInputText(value), workflowText);
    if (definition.narrows === 'stricter')
        return typeof value === 'boolean'
            ? `is ${value}, not a level: quote it ("off"), since YAML reads a bare off or no as false`
            : stricterProblem(name, asInputText(value), workflowText);
    return `is a policy input, which only the workflow sets (credentials, targets, guardrails and every allow-, require- and force- switch); set it in the kubesync step's \`with:\` or remove it here`;
}
function subsetProblem(name, repositoryText, workflowText) {
    const wanted = value_schemas/* list */.p_.parse(repositoryText);
    const allowed = value_schemas/* list */.p_.parse(workflowText);
    if (wanted.length === 0)
        return `is empty, which allows everything; a repository file may only narrow the guardrail ${name}: list what this app needs, or remove it here`;
    if (allowed.length === 0)
        return undefined;
    const beyond = wanted.filter((item) => !allowed.includes(item));
    if (beyond.length === 0)
        return undefined;
    return `allows ${beyond.join(', ')}, which the workflow's ${name} (${allowed.join(', ')}) does not; a repository file may only narrow a guardrail: remove ${beyond.length === 1 ? 'it' : 'them'} here, or widen ${name} in the workflow`;
}
function stricterProblem(name, repositoryText, workflowText) {
    const wanted = value_schemas/* policyLevel */.z2.safeParse(repositoryText.trim());
    if (!wanted.success)
        return `must be one of ${LEVELS.join(', ')} (got ${JSON.stringify(repositoryText)})`;
    const workflow = value_schemas/* policyLevel */.z2.safeParse(workflowText.trim());
    if (!workflow.success)
        return undefined; // the step's own input is refused with its own error
    if (LEVELS.indexOf(wanted.data) >= LEVELS.indexOf(workflow.data))
        return undefined;
    return `is ${wanted.data}, weaker than the workflow's ${workflow.data}; a repository file may only make ${name} stricter: remove it here, or change it in the workflow`;
}

;// CONCATENATED MODULE: ./src/app/apps/app-config.ts









/** The file at the repository root that lists a monorepo's apps. */
const APPS_FILE = 'kubesync.yaml';
const dnsLabel = schemas/* string */.YjP().superRefine((value, context) => {
    const problem = (0,names/* dns1123LabelProblem */.Om)(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});
/** Input name → value, as a step's `with:` gives them; a list is one entry per line. */
const inputValues = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* array */.YOg(schemas/* string */.YjP())]));
const environmentSchema = schemas/* strictObject */.rej({
    namespace: schemas/* string */.YjP().min(1).optional(),
    context: schemas/* string */.YjP().min(1).optional(),
    'kubeconfig-env': schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
        message: 'must name an environment variable, e.g. KUBECONFIG_STAGING',
    })
        .optional(),
    inputs: inputValues.optional(),
})
    .nullable()
    .transform((value) => value ?? {});
const appSchema = schemas/* strictObject */.rej({
    name: dnsLabel,
    manifest: schemas/* string */.YjP().min(1),
    'manifest-type': schemas/* enum */.k5n(['auto', 'app', 'kubernetes', 'kustomize', 'helm']).optional(),
    /** More paths (files, folders, globs) whose change counts as the app's, for changed-only. */
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    inputs: inputValues.optional(),
    environments: schemas/* record */.g1P(dnsLabel, environmentSchema).optional(),
    /** Apps applied, and ready, before this one; a failed one skips it. Orders apps, never widens anything. */
    needs: schemas/* array */.YOg(dnsLabel).optional(),
});
const configSchema = schemas/* strictObject */.rej({ apps: schemas/* array */.YOg(appSchema).min(1) });
/**
 * Reads kubesync.yaml, or one UserError naming the file, line and fix of every problem in it. The file
 * is the repository's: it may set content inputs and narrow the step's guardrails, and pick only the
 * kubeconfig variables and contexts the step (the workflow) lists.
 */
function readAppsConfig(workspace, step) {
    const file = APPS_FILE;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(workspace, file), 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`${file} could not be read: ${error.message}`);
    }
    const { documents, findings } = (0,yaml/* parseYaml */.h)(file, text);
    if (findings.length > 0)
        throw new errors/* UserError */.y(findings.map((finding) => `${(0,model_origin/* formatOrigin */.cp)(finding.origin)}: ${finding.message}`).join('\n'));
    const [document] = documents;
    if (!document || documents.length > 1)
        throw new errors/* UserError */.y(`${file}: write one YAML document with a list of apps under \`apps:\``);
    const parsed = configSchema.safeParse(document.value);
    const problems = parsed.success
        ? [
            ...duplicateNames(parsed.data).map(({ index, name }) => ({
                path: ['apps', index, 'name'],
                message: `"${name}" names an earlier app too; each app needs its own name`,
            })),
            ...needsProblems(parsed.data),
            ...trustProblems(parsed.data, step),
        ]
        : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    if (problems.length > 0 || !parsed.success) {
        const lines = problems.map(({ path: at, message }) => {
            const origin = document.origins.locate(at.filter((part) => typeof part !== 'symbol'));
            const field = (0,model_origin/* formatPath */.jV)(at.filter((part) => typeof part !== 'symbol'));
            return `${(0,model_origin/* formatOrigin */.cp)(origin)}: ${field ? `${field}: ` : ''}${message}`;
        });
        throw new errors/* UserError */.y(`${file} is not a valid list of apps:\n${lines.join('\n')}`);
    }
    return parsed.data;
}
function duplicateNames(config) {
    const seen = new Set();
    return config.apps.flatMap(({ name }, index) => {
        if (!seen.has(name)) {
            seen.add(name);
            return [];
        }
        return [{ index, name }];
    });
}
/** A need that names no app, and every cycle, on the entry of `needs` that closes it. */
function needsProblems(config) {
    const index = new Map(config.apps.map((app, at) => [app.name, at]));
    const problems = [];
    config.apps.forEach((app, at) => (app.needs ?? []).forEach((need, entry) => {
        if (!index.has(need))
            problems.push({
                path: ['apps', at, 'needs', entry],
                message: `"${need}" names no app of ${APPS_FILE} (its apps: ${config.apps.map(({ name }) => name).join(', ')})`,
            });
    }));
    // Depth-first from each app; a need met again on the path closes a cycle.
    const done = new Set();
    const visit = (name, path) => {
        if (done.has(name))
            return;
        const at = index.get(name);
        if (at === undefined)
            return;
        (config.apps[at]?.needs ?? []).forEach((need, entry) => {
            const start = path.indexOf(need);
            if (need === name || start !== -1) {
                const cycle = [...path.slice(start === -1 ? path.length : start), name, need];
                problems.push({
                    path: ['apps', at, 'needs', entry],
                    message: `needs form a cycle (${cycle.join(' → ')}), so no app can go first; remove one of these needs`,
                });
                return;
            }
            visit(need, [...path, name]);
        });
        done.add(name);
    };
    for (const app of config.apps)
        visit(app.name, []);
    return problems;
}
/**
 * What the file sets that only the workflow may, or beyond what the workflow allows: in every app, and
 * in the environments this step runs.
 */
function trustProblems(config, step) {
    const problems = [];
    // The environments this step runs in: the others are checked by the steps that run them.
    const promoting = step.command?.trim() === 'promote';
    const used = new Set((promoting ? [step.to, step.from] : [step.environment]).map((name) => name?.trim() ?? ''));
    const inputsAt = (at, inputs) => {
        for (const [name, value] of Object.entries(inputs ?? {})) {
            const message = repositoryInputProblem(name, value, step);
            if (message)
                problems.push({ path: [...at, 'inputs', name], message });
        }
    };
    config.apps.forEach((app, index) => {
        inputsAt(['apps', index], app.inputs);
        for (const [name, environment] of Object.entries(app.environments ?? {})) {
            if (!used.has(name))
                continue;
            const at = ['apps', index, 'environments', name];
            inputsAt(at, environment.inputs);
            const target = (field, input) => {
                const value = environment[field];
                if (value === undefined || value_schemas/* list */.p_.parse(step[input] ?? '').includes(value))
                    return;
                problems.push({
                    path: [...at, field],
                    message: `names ${value}, which the workflow does not list in its ${input} input; only the workflow chooses clusters: add ${value} to ${input} in the kubesync step's \`with:\`, or remove ${field} here`,
                });
            };
            target('kubeconfig-env', 'app-kubeconfig-env');
            target('context', 'app-contexts');
        }
    });
    return problems;
}

;// CONCATENATED MODULE: ./src/app/apps/app-list.ts






const DEFAULT_MANIFEST = 'pipeops.yaml';
const GLOB = /[*?[{]/;
/**
 * Which apps the step runs: one (the `manifest` input names one path), every path of a list or glob in
 * `manifest`, or every app of kubesync.yaml (only when `manifest` names it: a file that merely appears
 * in the repository never changes what the workflow runs) that has the step's environment.
 */
function selectApps(inputs, workspace, env) {
    const manifest = inputs.manifest?.trim() || DEFAULT_MANIFEST;
    if (manifest === APPS_FILE)
        return appsOfConfig(inputs, workspace, env);
    if (manifest === DEFAULT_MANIFEST &&
        !(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, DEFAULT_MANIFEST)) &&
        (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, APPS_FILE)))
        throw new errors/* UserError */.y(`${DEFAULT_MANIFEST} does not exist, but ${APPS_FILE} does: to run the apps it lists, set manifest: ${APPS_FILE} in the workflow (kubesync reads it only when the workflow names it)`);
    const patterns = value_schemas/* lines */.Mn.parse(manifest);
    if (patterns.length === 1 && !GLOB.test(manifest))
        return { kind: 'one' };
    if (inputs.app?.trim())
        throw new errors/* UserError */.y(`input "app" names one app, but "manifest" lists several; leave "app" empty (each app is named from its manifest) or list the apps in ${APPS_FILE}`);
    const paths = [...new Set(patterns.flatMap((pattern) => expand(pattern, workspace)))];
    return {
        kind: 'many',
        apps: paths.map((manifestPath) => ({
            label: manifestPath,
            inputs: { ...inputs, manifest: manifestPath },
            paths: [
                appFolderOf(manifestPath),
                ...value_schemas/* lines */.Mn.parse(inputs['substitute-from'] ?? ''),
                ...value_schemas/* lines */.Mn.parse(inputs['helm-values'] ?? ''),
            ],
            withoutCredentials: false,
            needs: [],
        })),
        skipped: [],
    };
}
function expand(pattern, workspace) {
    if (!GLOB.test(pattern))
        return [pattern];
    const matches = (0,external_node_fs_.globSync)(pattern, { cwd: workspace }).sort();
    if (matches.length === 0)
        throw new errors/* UserError */.y(`input "manifest": ${pattern} matches nothing in the repository; fix the glob`);
    return matches;
}
function appsOfConfig(inputs, workspace, env) {
    const config = readAppsConfig(workspace, inputs);
    // A promotion runs each app in `to`, reading `from`'s cluster from its entry.
    const promoting = inputs.command?.trim() === 'promote';
    const environment = (promoting ? inputs.to : inputs.environment)?.trim() ?? '';
    const apps = [];
    const skipped = [];
    for (const app of config.apps) {
        const environments = app.environments;
        const settingsOfEnvironment = environment && environments ? environments[environment] : {};
        if (!settingsOfEnvironment) {
            skipped.push({
                label: app.name,
                reason: `${APPS_FILE} gives it no environment "${environment}" (it has ${Object.keys(environments ?? {}).join(', ')})`,
            });
            continue;
        }
        const from = promoting ? environments?.[inputs.from?.trim() ?? ''] : undefined;
        apps.push(appOfEntry(app, settingsOfEnvironment, from ? { ...inputs, ...fromInputs(from, env) } : inputs, env));
    }
    return { kind: 'many', apps, skipped };
}
function appOfEntry(app, environment, step, env) {
    const kubeconfigVariable = environment['kubeconfig-env'];
    const kubeconfig = kubeconfigVariable ? env[kubeconfigVariable]?.trim() : undefined;
    const inputs = {
        ...step,
        ...asInputs(app.inputs),
        ...asInputs(environment.inputs),
        app: app.name,
        manifest: app.manifest,
        ...(app['manifest-type'] ? { 'manifest-type': app['manifest-type'] } : {}),
        ...(environment.namespace ? { namespace: environment.namespace } : {}),
        ...(environment.context ? { context: environment.context } : {}),
        ...(kubeconfig ? { kubeconfig } : {}),
    };
    return {
        label: app.name,
        inputs,
        paths: [
            appFolderOf(app.manifest),
            ...(app.paths ?? []),
            ...value_schemas/* lines */.Mn.parse(inputs['substitute-from'] ?? ''),
            ...value_schemas/* lines */.Mn.parse(inputs['helm-values'] ?? ''),
        ],
        withoutCredentials: kubeconfigVariable !== undefined && !kubeconfig,
        needs: app.needs ?? [],
    };
}
/** The from-* inputs of a promotion, from `from`'s entry. */
function fromInputs(from, env) {
    const kubeconfigVariable = from['kubeconfig-env'];
    const kubeconfig = kubeconfigVariable ? env[kubeconfigVariable]?.trim() : undefined;
    return {
        ...(from.namespace ? { 'from-namespace': from.namespace } : {}),
        ...(from.context ? { 'from-context': from.context } : {}),
        ...(kubeconfig ? { 'from-kubeconfig': kubeconfig } : {}),
    };
}
/** An Application file's overlays live beside it, so its folder is the app's. */
function appFolderOf(manifest) {
    return external_node_path_default().basename(manifest) === DEFAULT_MANIFEST ? external_node_path_default().dirname(manifest) : manifest;
}
function asInputs(values) {
    return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, asInputText(value)]));
}

// EXTERNAL MODULE: ./src/app/commands/runtime.ts + 2 modules
var commands_runtime = __webpack_require__(58969);
;// CONCATENATED MODULE: ./src/app/events/github-event.ts

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
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const deployment = eventName === 'deployment' ? deploymentOf(event.deployment) : undefined;
    return {
        eventName,
        repository: owner && repo ? { owner, repo } : undefined,
        runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
        sha: pull?.head?.sha ?? event.merge_group?.head_sha ?? deployment?.sha ?? env.GITHUB_SHA ?? '',
        pullRequest: pull?.number !== undefined
            ? { number: pull.number, fromFork: pull.head?.repo?.full_name !== pull.base?.repo?.full_name }
            : undefined,
        dispatch: eventName === 'repository_dispatch'
            ? { type: event.action ?? '', payload: event.client_payload }
            : undefined,
        deployment,
        changes: changesOf(eventName, event),
        ...(event.sender?.login ? { sender: event.sender.login } : {}),
        ...(eventName === 'workflow_dispatch' && typeof event.inputs === 'object' && event.inputs
            ? { workflowInputs: event.inputs }
            : {}),
    };
}
/** A push of a new branch has no before (all zeros): there is nothing to compare with. */
function changesOf(eventName, event) {
    const pull = event.pull_request;
    if (pull?.base?.sha && pull.head?.sha)
        return { base: pull.base.sha, head: pull.head.sha, sinceMergeBase: true };
    const group = event.merge_group;
    if (group?.base_sha && group.head_sha)
        return { base: group.base_sha, head: group.head_sha, sinceMergeBase: false };
    if (eventName === 'push' && event.before && event.after && !/^0+$/.test(event.before))
        return { base: event.before, head: event.after, sinceMergeBase: false };
    return undefined;
}
function deploymentOf(deployment) {
    if (typeof deployment?.id !== 'number' || !deployment.sha)
        return undefined;
    const payload = deployment.payload;
    return {
        id: deployment.id,
        environment: deployment.environment ?? '',
        sha: deployment.sha,
        ...(typeof payload?.app === 'string' && payload.app ? { app: payload.app } : {}),
    };
}

// EXTERNAL MODULE: ./src/tools/git.ts
var tools_git = __webpack_require__(90615);
// EXTERNAL MODULE: ./src/app/run-app.ts + 1 modules
var run_app = __webpack_require__(29170);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./src/app/app-outcome.ts
/** Whether the app fails the run: it failed to run, its manifests are invalid, its apply failed, or its promotion was refused. */
function hasFailed(outcome) {
    switch (outcome.kind) {
        case 'failed':
            return true;
        case 'applied':
            return outcome.result.syncStatus === 'Failed';
        case 'validated':
            return !outcome.validation.valid;
        case 'rendered':
        case 'rbac':
        case 'planned':
            return !outcome.result.validation.valid;
        case 'promoted':
            return Boolean(outcome.result.refused);
        case 'skipped':
            return false;
    }
}
function validationOf(outcome) {
    switch (outcome.kind) {
        case 'validated':
            return outcome.validation;
        case 'rendered':
        case 'rbac':
        case 'planned':
        case 'applied':
            return outcome.result.validation;
        default:
            return undefined;
    }
}
function planOf(outcome) {
    return outcome.kind === 'planned' || outcome.kind === 'applied' ? outcome.result.plan : undefined;
}

;// CONCATENATED MODULE: ./src/app/app-order.ts

/**
 * The apps in the order `needs` gives, as the summary shows it: each step's apps run at once, and a
 * step starts when the apps it needs are done, e.g. "db, operators → api → web". Undefined when no app
 * of the step needs another. Needs naming an app this step does not run (another environment,
 * changed-only) are not waited for.
 */
function needsOrder(apps) {
    const labels = new Set(apps.map((app) => app.label));
    const needsOf = (app) => app.needs.filter((need) => labels.has(need));
    if (!apps.some((app) => needsOf(app).length > 0))
        return undefined;
    const depth = new Map();
    const byLabel = new Map(apps.map((app) => [app.label, app]));
    // kubesync.yaml has no cycles (app-config refuses them), so this ends.
    const depthOf = (app) => {
        const known = depth.get(app.label);
        if (known !== undefined)
            return known;
        const needs = needsOf(app).flatMap((need) => byLabel.get(need) ?? []);
        const value = needs.length === 0 ? 0 : 1 + Math.max(...needs.map(depthOf));
        depth.set(app.label, value);
        return value;
    };
    const steps = [];
    for (const app of apps)
        (steps[depthOf(app)] ??= []).push(app.label);
    return steps.map((step) => step.join(', ')).join(' → ');
}
/**
 * Starts every app once the apps it needs are done: with `waitForNeeds` (apply), an app whose need
 * failed, was refused, is not ready, or was itself skipped for one of these, is skipped, and the reason
 * names the app that failed; without it (plan: plans do not depend on each other), every app starts at
 * once. Apps that need nothing start at once; `start` limits how many run together. One promise per
 * app, in the apps' order.
 */
function runInNeedsOrder(apps, waitForNeeds, start, skip) {
    if (!waitForNeeds)
        return apps.map(start);
    const byLabel = new Map(apps.map((app) => [app.label, app]));
    const runs = new Map();
    /** Why an app was skipped for its needs, by its label: its dependents are skipped for the same. */
    const skippedFor = new Map();
    const runOf = (app) => {
        const known = runs.get(app.label);
        if (known)
            return known;
        const needs = app.needs.flatMap((need) => byLabel.get(need) ?? []);
        const run = Promise.all(needs.map(runOf)).then((done) => {
            for (const [at, { outcome }] of done.entries()) {
                const need = needs[at]?.label ?? '';
                const reason = skippedFor.get(need) ?? (hasFailed(outcome) ? `because ${need} failed` : notReady(need, outcome));
                if (reason) {
                    skippedFor.set(app.label, reason);
                    return skip(app, reason);
                }
            }
            return start(app);
        });
        runs.set(app.label, run);
        return run;
    };
    return apps.map(runOf);
}
/** An apply that did not fail yet left its app short of Synced: a canary waiting for its decision. */
function notReady(need, outcome) {
    if (outcome.kind !== 'applied')
        return undefined;
    const { waiting, syncStatus, dryRun } = outcome.result;
    if (waiting)
        return `because ${need} is not ready (${waiting})`;
    if (syncStatus !== 'Synced' && !dryRun)
        return `because ${need} is not ready (${syncStatus})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/app/apps/changed-apps.ts


/** `git diff --name-only` of the range; unknown (every app runs) when git cannot tell. */
async function changedFiles(range, git) {
    if (!range)
        return { known: false, why: 'this event names no range of commits' };
    const spec = `${range.base}${range.sinceMergeBase ? '...' : '..'}${range.head}`;
    const output = await git('diff', '--name-only', '--no-renames', spec);
    if (output === undefined)
        return {
            known: false,
            why: `git could not compare ${range.base.slice(0, 12)} with ${range.head.slice(0, 12)} (check out with fetch-depth: 0)`,
        };
    return { known: true, files: output.split('\n').filter(Boolean) };
}
/** Whether a changed file is one of the app's, or kubesync.yaml, which may change any app. */
function isAppChanged(app, files) {
    return files.some((file) => file === APPS_FILE || app.paths.some((owned) => isUnder(normalize(file), normalize(owned))));
}
function isUnder(file, owned) {
    if (owned === '' || owned === '.')
        return true;
    if (/[*?[{]/.test(owned))
        return external_node_path_default().matchesGlob(file, owned) || external_node_path_default().matchesGlob(file, `${owned}/**`);
    return file === owned || file.startsWith(`${owned}/`);
}
function normalize(file) {
    return external_node_path_default().posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\/|\/$/g, '');
}

;// CONCATENATED MODULE: ./src/app/buffered-log.ts
/**
 * A log kept until its app is done, so that apps running at once print one after the other instead
 * of interleaved. A group becomes a heading: the runner's groups do not nest.
 */
class BufferedLog {
    entries = [];
    info = (line) => {
        this.entries.push({ kind: 'info', line });
    };
    warning = (line) => {
        this.entries.push({ kind: 'warning', line });
    };
    group = (name, run) => {
        this.entries.push({ kind: 'info', line: `── ${name}` });
        return run();
    };
    replay(to) {
        for (const entry of this.entries)
            to[entry.kind](entry.line);
    }
}

// EXTERNAL MODULE: ./src/app/events/dispatch-commands.ts
var dispatch_commands = __webpack_require__(11938);
;// CONCATENATED MODULE: ./src/app/events/dispatch-payload.ts



const label = (what) => schemas/* string */.YjP().superRefine((value, context) => {
    const problem = (0,names/* dns1123LabelProblem */.Om)(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
});
/** A commit sha (7 to 40 hex digits) or a tag name as git allows it, never an option or a path. */
const ref = schemas/* string */.YjP()
    .regex(/^(?:[0-9a-f]{7,40}|[A-Za-z0-9][\w.-]{0,127})$/, {
    message: 'must be a commit sha or a tag name, e.g. v1.4.2',
})
    .refine((value) => !value.includes('..'), { message: 'must be a commit sha or a tag name' });
/** An image reference as `images` takes it: letters, digits and . _ - / : @ = only. */
const dispatch_payload_image = schemas/* string */.YjP().regex(/^[\w.\-/:@=]+$/, { message: 'is not an image reference' });
/**
 * What a webhook may choose: the app, the environment, the commit or tag, and image overrides. Never
 * a manifest path or credentials: those stay in the workflow file, under review.
 */
const dispatchPayload = schemas/* strictObject */.rej({
    app: label('app').optional(),
    environment: label('environment').optional(),
    ref: ref.optional(),
    images: schemas/* union */.KCZ([schemas/* array */.YOg(dispatch_payload_image), dispatch_payload_image.transform((value) => [value])]).optional(),
});
const DISPATCH_FIELDS = Object.keys(dispatchPayload.shape);
/** `client_payload`, checked field by field; any problem is one UserError naming each bad field. */
function parseDispatchPayload(payload) {
    const result = dispatchPayload.safeParse(payload ?? {});
    if (result.success)
        return result.data;
    const problems = result.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys')
            return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; the fields are ${DISPATCH_FIELDS.join(', ')}`;
        const field = issue.path.join('.') || 'client_payload';
        return `${field}: ${issue.message}`;
    });
    throw new errors/* UserError */.y(`repository_dispatch client_payload: ${problems.join('; ')}. Nothing was applied`);
}

;// CONCATENATED MODULE: ./src/app/events/event-target.ts




/**
 * The app, environment and commit a `repository_dispatch` or `deployment` event names. A step set up
 * for another app or environment leaves the event to the step that is (one workflow, many apps). A
 * webhook never chooses a manifest path or credentials, and its commit must be the one checked out.
 */
async function targetOfEvent(run, settings, git) {
    if (run.dispatch && dispatch_commands/* DISPATCH_COMMANDS */.W[run.dispatch.type]) {
        const payload = parseDispatchPayload(run.dispatch.payload);
        const chosen = choose(settings, payload.app, payload.environment, 'client_payload');
        if (chosen.kind === 'skip')
            return chosen;
        const sha = payload.ref ? await checkedOut(payload, git) : run.sha;
        const images = payload.images ? withPayloadImages(chosen.settings.images, payload.images) : undefined;
        return {
            kind: 'run',
            settings: { ...chosen.settings, ...(images ? { images } : {}) },
            run: { ...run, sha },
        };
    }
    if (run.deployment) {
        const { app, environment } = run.deployment;
        const chosen = choose(settings, app, environment || undefined, 'the GitHub Deployment');
        return chosen.kind === 'skip' ? chosen : { kind: 'run', settings: chosen.settings, run };
    }
    return { kind: 'run', settings, run };
}
/**
 * An event selects a step by the app and environment it names; it never sets them. Taking a name from a
 * payload would let a webhook apply (and prune) one app's manifests under another app's ApplySet, or
 * an overlay with another environment's credentials.
 */
function choose(settings, app, environment, source) {
    for (const [what, named, own] of [
        ['app', app, settings.app],
        ['environment', environment, settings.environment],
    ]) {
        if (!named || named === own)
            continue;
        const step = own ? `this step deploys ${own}` : `this step sets no ${what} input to match it`;
        return { kind: 'skip', reason: `${source} names ${what} ${named}; ${step}` };
    }
    return { kind: 'run', settings };
}
/**
 * The step's `images` with the payload's on top: an entry for the same image replaces the step's (a
 * registry webhook deploying the tag it just pushed over the step's `images: ghcr.io/acme/web`).
 */
function withPayloadImages(step, payload) {
    const parsed = value_schemas/* imageOverrides */.Z5.safeParse(payload.join('\n'));
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
        throw new errors/* UserError */.y(`repository_dispatch client_payload.images: ${problems}. Nothing was applied`);
    }
    const names = new Set(parsed.data.map((override) => override.name));
    return [...step.filter((override) => !names.has(override.name)), ...parsed.data];
}
/** The commit `ref` names, which must be the one the workflow checked out: kubesync deploys the checkout. */
async function checkedOut(payload, git) {
    const ref = payload.ref ?? '';
    const [wanted, head] = await Promise.all([
        git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`),
        git('rev-parse', 'HEAD'),
    ]);
    if (!wanted) {
        throw new errors/* UserError */.y(`repository_dispatch client_payload.ref ${ref} is no commit or tag of the checkout; fetch it (actions/checkout with fetch-depth: 0) or send a commit sha. Nothing was applied`);
    }
    if (wanted !== head) {
        throw new errors/* UserError */.y(`repository_dispatch client_payload.ref ${ref} is ${wanted.slice(0, 7)}, but the checkout is at ${(head ?? 'unknown').slice(0, 7)}; check it out first (actions/checkout with ref: \${{ github.event.client_payload.ref }}). Nothing was applied`);
    }
    return wanted;
}

// EXTERNAL MODULE: ./src/app/events/trigger.ts
var trigger = __webpack_require__(46381);
// EXTERNAL MODULE: ./src/app/provenance.ts
var provenance = __webpack_require__(76564);
// EXTERNAL MODULE: ./src/model/plural.ts
var plural = __webpack_require__(70247);
// EXTERNAL MODULE: ./src/settings/parse-settings.ts
var parse_settings = __webpack_require__(42482);
;// CONCATENATED MODULE: ./src/app/run-apps.ts











/**
 * Every app of the step, 1..N, each through runApp with its own settings, lock, ApplySet, comment,
 * status and Deployment, `app-concurrency` at a time. One app's failure is its own outcome; the
 * others still plan and apply, but an apply skips the apps that `needs` the failed one. With several apps each app's log is printed, in a group, when it is
 * done, so apps running at once never mix their lines.
 */
async function runApps(selection, step, context) {
    const { environment, event, runtime } = context;
    const command = (0,trigger/* commandForEvent */.V)(step.command, environment.eventName, event.dispatch?.type);
    if (selection.kind === 'one') {
        const outcome = await runOneApp(step, undefined, command, runtime, context);
        logThrottling(runtime);
        return { command, single: true, outcomes: [outcome], notes: [] };
    }
    if (command === 'rbac')
        throw new errors/* UserError */.y('rbac prints the roles of one app; give `manifest` the path of that one app');
    const { apps, skipped, notes } = await changedOnly(selection, step, context);
    const order = needsOrder(apps);
    if (order)
        notes.push(`order: ${order}`);
    for (const note of notes)
        runtime.log.info(note);
    const limit = (0,p_limit/* default */.A)(step.apps.concurrency);
    // An app waits for its needs outside the limit, so waiting never holds a place another app could run in.
    const runs = runInNeedsOrder(apps, command === 'apply', (app) => limit(() => runAppOfMany(app, command, context)), (app, reason) => {
        const log = new BufferedLog();
        log.info(`skipped ${reason}`);
        return { outcome: { kind: 'skipped', label: app.label, reason }, log };
    });
    // Printed in order as each is done, so a slow first app holds the others' logs back, never mixes them.
    const outcomes = [];
    for (const pending of runs) {
        const { outcome, log } = await pending;
        await runtime.log.group(`${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}`, () => Promise.resolve(log.replay(runtime.log)));
        outcomes.push(outcome);
    }
    logThrottling(runtime);
    return { command, single: false, outcomes: [...outcomes, ...skipped], notes };
}
/** Once, at the end: each API server that asked the run to slow down, so that someone can tune it. */
function logThrottling(runtime) {
    for (const { server, times, lowestLimit } of runtime.throttling?.() ?? []) {
        runtime.log.info(`the API server ${server} asked kubesync to slow down ${(0,plural/* plural */.L)(times, 'time')} (429); kubesync retried after its Retry-After and sent fewer requests at once (down to ${lowestLimit}); a lower input "concurrency" asks less of it`);
    }
}
async function runAppOfMany(app, command, context) {
    const log = new BufferedLog();
    const { environment, runtime } = context;
    // Its own log comes when it is done; this line shows it started, should it never finish.
    runtime.log.info(`${app.label}: started`);
    const appRuntime = {
        ...runtime,
        log,
        connect: app.withoutCredentials ? () => undefined : runtime.connect,
    };
    let settings;
    try {
        settings = { ...(0,parse_settings/* parseSettings */.P)(app.inputs, environment), oneOfMany: true };
    }
    catch (error) {
        const message = (0,run_app/* messageOf */.b)(error);
        log.warning(message);
        return { outcome: { kind: 'failed', label: app.label, message }, log };
    }
    const outcome = await runOneApp(settings, app.label, command, appRuntime, context);
    if (outcome.kind === 'failed')
        log.warning(outcome.message);
    return { outcome, log };
}
/** One app's settings, for the commit the event names (or skipped: the event is another step's). */
async function runOneApp(parsed, label, command, runtime, context) {
    const settings = withReleaseTag(parsed, context.environment.env);
    runtime.secrets.register(settings.secrets.doppler.token);
    const appLabel = label ?? (settings.app || settings.manifest);
    let target;
    try {
        target = await targetOfEvent(context.event, settings, context.git);
    }
    catch (error) {
        return { kind: 'failed', label: appLabel, environment: settings.environment, message: (0,run_app/* messageOf */.b)(error) };
    }
    if (target.kind === 'skip')
        return { kind: 'skipped', label: appLabel, reason: target.reason };
    return (0,run_app.runApp)(command, target.settings, runtime, {
        run: target.run,
        provenance: (run) => provenanceOf(run, context.environment),
        cancellation: context.cancellation,
    });
}
/** changed-only: the apps of which a file changed run; the others are skipped, and the note says why. */
async function changedOnly(selection, step, context) {
    const skipped = selection.skipped.map(({ label, reason }) => ({
        kind: 'skipped',
        label,
        reason,
    }));
    if (!step.apps.changedOnly)
        return { apps: selection.apps, skipped, notes: [] };
    const changed = await changedFiles(context.event.changes, context.git);
    if (!changed.known)
        return { apps: selection.apps, skipped, notes: [`changed-only: ${changed.why}; every app runs`] };
    const apps = selection.apps.filter((app) => isAppChanged(app, changed.files));
    for (const app of selection.apps.filter((app) => !isAppChanged(app, changed.files)))
        skipped.push({ kind: 'skipped', label: app.label, reason: 'no file of it changed' });
    const note = `changed-only: ${(0,plural/* plural */.L)(apps.length, 'app')} changed, ${selection.apps.length - apps.length} skipped (${(0,plural/* plural */.L)(changed.files.length, 'file')} changed)`;
    return { apps, skipped, notes: [note] };
}
/** A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise. */
function withReleaseTag(settings, env) {
    return { ...settings, imageTag: settings.imageTag || ((0,trigger/* releaseTagOf */.n)(env.GITHUB_REF) ?? '') };
}
/** The commit deployed is the one the event names (a dispatch's ref), which the checkout holds. */
function provenanceOf(run, environment) {
    return (0,provenance.readProvenance)(run.dispatch ? { ...environment.env, GITHUB_SHA: run.sha } : environment.env, environment.workspace);
}

// EXTERNAL MODULE: ./src/app/version-info.ts
var version_info = __webpack_require__(81328);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/model/retry.ts
var retry = __webpack_require__(93371);
// EXTERNAL MODULE: ./src/github/comment-marker.ts
var comment_marker = __webpack_require__(2429);
// EXTERNAL MODULE: ./src/github/github-unavailable.ts
var github_unavailable = __webpack_require__(29303);
;// CONCATENATED MODULE: ./src/github/github-api.ts





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
/** The `request-timeout` default: a request that hangs is aborted, and retried like a dropped one. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * The one place kubesync talks to GitHub's API. There is a single retry layer, ours (Octokit's retry
 * plugin would repeat a create whose answer was lost after GitHub applied it); the throttling plugin
 * still waits out rate limits.
 */
class GitHubApi {
    secrets;
    log;
    requestTimeoutMs;
    octokit;
    unreachable = false;
    constructor(token, secrets, log = () => undefined, requestTimeoutMs = REQUEST_TIMEOUT_MS, 
    /** GITHUB_API_URL, read by the entry; github.com's when unset. */
    baseUrl) {
        this.secrets = secrets;
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
            ...(baseUrl ? { baseUrl } : {}),
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
                options.body = (0,comment_marker/* redactComment */.t2)(options.body, this.secrets);
            if (typeof options.description === 'string')
                options.description = this.secrets.redact(options.description);
        });
    }
    /** Where the API is: GITHUB_API_URL, or github.com's. */
    get url() {
        return this.octokit.request.endpoint.DEFAULTS.baseUrl;
    }
    /**
     * A read, or a write that may be repeated (an edit, a status): retried while the failure is
     * transient. Any failure of GitHub's is a GitHubUnavailable naming what to check.
     */
    async call(permission, request) {
        try {
            return await this.retried(request);
        }
        catch (error) {
            throw this.unavailable(error, permission) ?? error;
        }
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
            return await (0,retry/* withRetry */.bD)(request, classifyGitHubFailure, policy, (reason, waitMs) => this.log(`GitHub: ${reason}; retrying in ${Math.round(waitMs)} ms`));
        }
        catch (error) {
            // Once GitHub has failed past one retry budget, later calls of the run try once each.
            if (classifyGitHubFailure(error).retry)
                this.unreachable = true;
            throw error;
        }
    }
    /** The failure as what happened and what to check; undefined for one that is not GitHub's (a bug). */
    unavailable(error, permission) {
        const api = `GitHub's API at ${this.url}`;
        const network = (0,retry/* networkFailureOf */.i2)(error);
        const status = statusOf(error);
        const answered = status !== undefined && error.response !== undefined;
        const detail = describeFailure(error, this.secrets);
        if (timedOut(error)) {
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} did not answer within request-timeout (${this.requestTimeoutMs} ms)`, "check GITHUB_API_URL and the runner's network, or raise request-timeout", 'unreachable');
        }
        if (network?.certificate) {
            const named = detail.includes(network.code) ? detail : `${detail}, ${network.code}`;
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} could not be reached: its TLS certificate was not accepted (${named})`, 'check GITHUB_API_URL, and for a server with its own certificate authority, NODE_EXTRA_CA_CERTS', 'unreachable');
        }
        // Octokit reports any request that got no answer as a 500 without a response (a bad URL too).
        if (network || (!answered && status !== undefined) || (!answered && classifyGitHubFailure(error).retry)) {
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} could not be reached (${detail})`, "check GITHUB_API_URL and the runner's network", 'unreachable');
        }
        if (!answered)
            return undefined;
        if (status === 401) {
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} did not accept the github-token (${detail})`, `check the github-token: it is wrong, expired or for another server (it needs "${permission}")`, 'refused');
        }
        if (status === 403 || status === 404) {
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} refused the request (${detail})`, (0,github_unavailable/* permissionsCheck */.pW)([permission]), 'refused', permission);
        }
        if (classifyGitHubFailure(error).retry) {
            return new github_unavailable/* GitHubUnavailable */.kx(`${api} kept failing (${detail})`, 'GitHub may be having an outage: see https://www.githubstatus.com', 'unreachable');
        }
        return new github_unavailable/* GitHubUnavailable */.kx(`${api} refused the request (${detail})`, 'see its message', 'refused');
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Octokit reports a connection that failed as a 500 without a response: that is a network error. */
function classifyGitHubFailure(error) {
    const failure = error;
    const status = statusOf(error);
    if (status === undefined || !failure?.response)
        return (0,retry/* classifyHttpFailure */.ZZ)(error, undefined);
    return (0,retry/* classifyHttpFailure */.ZZ)(error, {
        status,
        retryAfter: failure.response.headers?.['retry-after'],
        reason: `${status} ${failure.message ?? ''}`.trim(),
    });
}
/** The request-timeout's abort, however deep Octokit wrapped it. */
function timedOut(error) {
    return (0,retry/* errorChain */.eB)(error).some(({ name }) => name === 'TimeoutError');
}
function describeFailure(error, secrets) {
    const failure = error;
    const message = failure?.message ?? String(error);
    const text = failure?.response && failure.status !== undefined ? `${failure.status} ${message}` : message;
    // One line: a warning or an error is a single line of the log.
    return secrets.redact(text.replace(/\s+/g, ' ').trim());
}

;// CONCATENATED MODULE: ./src/github/github-rest.ts

/** GitHub limits a commit status description to 140 characters. */
const DESCRIPTION_LIMIT = 140;
/**
 * Who writes with the default GITHUB_TOKEN. GitHub may refuse to name a token's identity; then
 * kubesync assumes this one, never anything a pull request's author could choose.
 */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Every GitHub REST call kubesync makes: the PR comment, commit statuses and deployments, through
 * GitHubApi (retries, refusals that name the permission). Creates are made once even when GitHub
 * fails mid-request; only comments written by the token's own identity count as kubesync's.
 */
class RestRecords {
    api;
    repository;
    secrets;
    identityLookup;
    constructor(api, repository, secrets) {
        this.api = api;
        this.repository = repository;
        this.secrets = secrets;
    }
    /**
     * The login kubesync writes as. GraphQL's `viewer` names the owner of a personal token and the bot
     * of a GitHub App installation token alike (REST `GET /user` refuses the latter).
     */
    identity() {
        this.identityLookup ??= this.api
            .call('metadata: read', () => this.api.octokit.graphql('query { viewer { login } }'))
            .then((answer) => answer.viewer.login, (error) => {
            // A token GitHub will not name (it refuses, or answers with an error) writes as the bot.
            if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error) || error.kind === 'refused')
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
    /** kubesync's own comments on a pull request whose body starts with `prefix`, oldest first. */
    async ourComments(issueNumber, prefix) {
        return this.api.call('pull-requests: read', async () => {
            const identity = await this.identity();
            const comments = await this.commentsOf(issueNumber);
            return comments
                .filter((comment) => comment.user?.login === identity && comment.body?.startsWith(prefix))
                .map((comment) => ({ id: comment.id, body: comment.body ?? '' }));
        });
    }
    /** Deletes one of kubesync's own comments; one already gone (deleted by a person, or a retry) is no error. */
    async deleteComment(id) {
        await this.api.call('pull-requests: write', async () => {
            try {
                await this.api.octokit.rest.issues.deleteComment({ ...this.repository, comment_id: id });
            }
            catch (error) {
                // The token could write the plan's comments: a 404 here is a comment already gone.
                if (error.status !== 404)
                    throw error;
            }
        });
    }
    /** Every page of the pull request's comments. */
    commentsOf(issueNumber) {
        return this.api.octokit.paginate(this.api.octokit.rest.issues.listComments, {
            ...this.repository,
            issue_number: issueNumber,
            per_page: 100,
        });
    }
    /** Every page of the pull request's comments, searched for those that start with the marker. */
    async markedComments(issueNumber, marker) {
        const identity = await this.identity();
        const comments = await this.commentsOf(issueNumber);
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
            description: truncate(description, DESCRIPTION_LIMIT, this.secrets),
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
            return data.map((pull) => ({
                number: pull.number,
                // Merged as this very commit (a merge, squash or rebase), not merely containing it.
                mergedAs: pull.merged_at ? (pull.merge_commit_sha ?? undefined) : undefined,
                labels: pull.labels.map((label) => label.name),
            }));
        });
    }
    /** How `head` stands to `base` in the repository's history (the compare API's status). */
    async compareCommits(base, head) {
        return this.api.call('contents: read', async () => {
            const { data } = await this.api.octokit.rest.repos.compareCommitsWithBasehead({
                ...this.repository,
                basehead: `${base}...${head}`,
                // Only the status is read: one commit of the list, not every one between them.
                per_page: 1,
            });
            return data.status;
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
                description: truncate(deployment.description, DESCRIPTION_LIMIT, this.secrets),
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
        return data.find((deployment) => payloadField(deployment.payload, 'idempotency_key') === key)?.id;
    }
    async setDeploymentStatus(id, state, description, logUrl, environmentUrl) {
        await this.api.call('deployments: write', () => this.api.octokit.rest.repos.createDeploymentStatus({
            ...this.repository,
            deployment_id: id,
            state,
            description: truncate(description, DESCRIPTION_LIMIT, this.secrets),
            log_url: logUrl,
            auto_inactive: true,
            ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        }));
    }
}
/** A field of a Deployment's payload, which GitHub returns as it was given: an object, or a JSON string. */
function payloadField(payload, field) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    return typeof value === 'object' && value !== null ? value[field] : undefined;
}
/** Redacts before it cuts: a cut through a secret would leave a prefix no redaction recognizes. */
function truncate(text, limit, secrets) {
    const clean = secrets.redact(text);
    return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./src/github/promotion-github.ts

/**
 * What a promotion asks of GitHub and writes there: the last apply of `from` (its Deployments and
 * commit statuses), and the commit, branch and pull request that carry the edit of `to`. The commit is
 * made with the git data API, so the runner needs no push rights of its own. Creates are made once
 * even when an answer is lost (GitHubApi.createOnce).
 */
class RestPromotions {
    api;
    repository;
    constructor(api, repository) {
        this.api = api;
        this.repository = repository;
    }
    /** The commit's statuses, newest first. */
    statusesOf(sha) {
        return this.api.call('statuses: read', async () => {
            const { data } = await this.api.octokit.rest.repos.listCommitStatusesForRef({
                ...this.repository,
                ref: sha,
                per_page: 100,
            });
            return data.map(({ context, state, description }) => ({ context, state, description }));
        });
    }
    /** The newest Deployment of the environment made for this app (or naming no app). */
    lastDeployment(environment, app) {
        return this.api.call('deployments: read', async () => {
            const { data } = await this.api.octokit.rest.repos.listDeployments({
                ...this.repository,
                environment,
                per_page: 100,
            });
            const found = data.find((deployment) => [undefined, app].includes(payloadApp(deployment.payload)));
            return found && { id: found.id, sha: found.sha };
        });
    }
    /** The branch a pull request goes into: the one the workflow ran on, else the repository's default. */
    async baseBranch(ref) {
        if (ref?.startsWith('refs/heads/'))
            return ref.slice('refs/heads/'.length);
        return this.api.call('contents: read', async () => {
            const { data } = await this.api.octokit.rest.repos.get({ ...this.repository });
            return data.default_branch;
        });
    }
    /**
     * Points `branch` at a commit holding `files` on top of `parent`. The branch is kubesync's own:
     * an earlier promotion's commit there is replaced, not built upon. A branch that already holds
     * exactly this is left as it is.
     */
    async writeBranch(branch, parent, files, message) {
        const { octokit } = this.api;
        const baseTree = await this.api.call('contents: read', async () => {
            const { data } = await octokit.rest.git.getCommit({ ...this.repository, commit_sha: parent });
            return data.tree.sha;
        });
        const tree = await this.api.call('contents: write', async () => {
            const { data } = await octokit.rest.git.createTree({
                ...this.repository,
                base_tree: baseTree,
                tree: files.map((file) => ({ path: file.path, mode: '100644', type: 'blob', content: file.text })),
            });
            return data.sha;
        });
        const head = await this.branchHead(branch);
        if (head) {
            const current = await this.api.call('contents: read', async () => {
                const { data } = await octokit.rest.git.getCommit({ ...this.repository, commit_sha: head });
                return data;
            });
            if (current.tree.sha === tree && current.parents[0]?.sha === parent)
                return head;
        }
        // A commit is named by its content: a repeated create makes at worst an unreachable twin.
        const commit = await this.api.call('contents: write', async () => {
            const { data } = await octokit.rest.git.createCommit({
                ...this.repository,
                message,
                tree,
                parents: [parent],
            });
            return data.sha;
        });
        if (head) {
            await this.api.call('contents: write', () => octokit.rest.git.updateRef({ ...this.repository, ref: `heads/${branch}`, sha: commit, force: true }));
        }
        else {
            await this.api.createOnce('contents: write', async () => ((await this.branchHead(branch)) === commit ? commit : undefined), () => octokit.rest.git
                .createRef({ ...this.repository, ref: `refs/heads/${branch}`, sha: commit })
                .then(() => commit));
        }
        return commit;
    }
    /** Updates the open pull request from `branch`, or opens it; then labels it. */
    async upsertPullRequest(pull) {
        const { octokit } = this.api;
        const open = await this.api.call('pull-requests: read', () => this.openPullRequest(pull.branch));
        let result;
        if (open) {
            await this.api.call('pull-requests: write', () => octokit.rest.pulls.update({
                ...this.repository,
                pull_number: open.number,
                title: pull.title,
                body: pull.body,
            }));
            result = { ...open, created: false };
        }
        else {
            const created = await this.api.createOnce('pull-requests: write', () => this.openPullRequest(pull.branch), async () => {
                const { data } = await octokit.rest.pulls.create({
                    ...this.repository,
                    head: pull.branch,
                    base: pull.base,
                    title: pull.title,
                    body: pull.body,
                });
                return { number: data.number, url: data.html_url };
            });
            result = { ...created, created: true };
        }
        await this.api.call('pull-requests: write', () => octokit.rest.issues.addLabels({
            ...this.repository,
            issue_number: result.number,
            labels: [pull.label],
        }));
        return result;
    }
    async openPullRequest(branch) {
        const { data } = await this.api.octokit.rest.pulls.list({
            ...this.repository,
            head: `${this.repository.owner}:${branch}`,
            state: 'open',
            per_page: 10,
        });
        const [found] = data;
        return found && { number: found.number, url: found.html_url };
    }
    /** The branch's commit; undefined when there is no such branch. */
    branchHead(branch) {
        return this.api.call('contents: read', () => this.api.octokit.rest.git.getRef({ ...this.repository, ref: `heads/${branch}` }).then(({ data }) => data.object.sha, (error) => {
            if (error.status === 404)
                return undefined;
            throw error;
        }));
    }
}
/** The app a Deployment's payload names (kubesync writes one). */
function payloadApp(payload) {
    const app = payloadField(payload, 'app');
    return typeof app === 'string' && app ? app : undefined;
}

;// CONCATENATED MODULE: ./src/github/issues-github.ts
/** Every call of a drift issue needs this permission (reading the issues included, on a private repository). */
const PERMISSION = 'issues: write';
/**
 * The drift issues on GitHub: found among the open issues carrying the label, by the marker their body
 * starts with and by their author, kubesync's own identity (an issue anybody else wrote with the marker
 * is never edited or closed). A create whose answer was lost is looked up again before it is retried.
 */
class RestIssues {
    api;
    repository;
    identity;
    constructor(api, repository, identity) {
        this.api = api;
        this.repository = repository;
        this.identity = identity;
    }
    findOpenIssue(label, marker) {
        return this.api.call(PERMISSION, () => this.openIssueWith(label, marker));
    }
    async openIssueWith(label, marker) {
        const identity = await this.identity();
        const issues = await this.api.octokit.paginate(this.api.octokit.rest.issues.listForRepo, {
            ...this.repository,
            labels: label,
            state: 'open',
            per_page: 100,
        });
        // The list holds pull requests too; only an issue of kubesync's own counts.
        const found = issues.find((issue) => !issue.pull_request && issue.user?.login === identity && issue.body?.startsWith(marker));
        return found && { number: found.number, url: found.html_url, body: found.body ?? '' };
    }
    createIssue(issue) {
        return this.api.createOnce(PERMISSION, () => this.openIssueWith(issue.label, issue.marker), async () => {
            const { data } = await this.api.octokit.rest.issues.create({
                ...this.repository,
                title: issue.title,
                body: issue.body,
                labels: [issue.label],
            });
            return { number: data.number, url: data.html_url, body: data.body ?? '' };
        });
    }
    async updateIssue(number, body) {
        await this.api.call(PERMISSION, () => this.api.octokit.rest.issues.update({ ...this.repository, issue_number: number, body }));
    }
    /** The comment first, so that a close that fails leaves the issue open with the reason said once. */
    async closeIssue(number, comment) {
        await this.api.call(PERMISSION, () => this.api.octokit.rest.issues.createComment({ ...this.repository, issue_number: number, body: comment }));
        await this.api.call(PERMISSION, () => this.api.octokit.rest.issues.update({
            ...this.repository,
            issue_number: number,
            state: 'closed',
            state_reason: 'completed',
        }));
    }
}

;// CONCATENATED MODULE: ./src/github/connect-github.ts




/** GitHub over its REST API, with one client (retries, throttling, redaction) for every call of the run. */
function connectGitHub(connection) {
    const api = new GitHubApi(connection.token, connection.secrets, connection.log, connection.requestTimeoutMs, connection.apiUrl);
    const records = new RestRecords(api, connection.repository, connection.secrets);
    return {
        repository: connection.repository,
        records,
        promotions: new RestPromotions(api, connection.repository),
        issues: new RestIssues(api, connection.repository, () => records.identity()),
    };
}

;// CONCATENATED MODULE: ./src/action/action-log.ts

/** The runner's log, with its collapsible groups. */
const actionLog = {
    info: (line) => core/* info */.pq(line),
    warning: (line) => core/* warning */.$e(line),
    group: (name, run) => core/* group */.Os(name, run),
};

// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(38495);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
;// CONCATENATED MODULE: ./src/report/failure-report-markdown.ts

/** The longest a line of a container's log is shown in the summary. */
const LOG_LINE_LIMIT = 300;
/**
 * For the job summary: a table of each object and the reason it did not become ready, then each
 * report's details, folded.
 */
function failureReportsMarkdown(reports) {
    if (reports.length === 0)
        return '';
    const lines = ['### Why it failed', '', '| object | reason |', '| --- | --- |'];
    for (const report of reports)
        lines.push(`| ${(0,markdown_escape/* escapeCell */.k)(report.subject)} | ${(0,markdown_escape/* escapeCell */.k)(report.reason)} |`);
    lines.push('');
    for (const report of reports) {
        lines.push(`<details><summary>${(0,markdown_escape/* escapeMarkdown */.F)(report.subject)}</summary>`, '');
        if (report.status !== report.reason)
            lines.push(`- wait: ${(0,markdown_escape/* escapeMarkdown */.F)(report.status)}`);
        for (const detail of report.details)
            lines.push(`- ${(0,markdown_escape/* escapeMarkdown */.F)(detail)}`);
        lines.push('');
        if (report.events.length > 0) {
            lines.push('| last seen | object | reason | message | count |', '| --- | --- | --- | --- | --- |');
            for (const event of report.events)
                lines.push(`| ${event.age} ago | ${(0,markdown_escape/* escapeCell */.k)(event.object)} | ${(0,markdown_escape/* escapeCell */.k)(event.reason)} | ${(0,markdown_escape/* escapeCell */.k)(event.message)} | ${event.count} |`);
            lines.push('');
        }
        if (report.log) {
            const { pod, container, previous } = report.log;
            lines.push(`Last lines of the log of ${(0,markdown_escape/* escapeMarkdown */.F)(`${pod}/${container}`)}${previous ? ' (previous run)' : ''}:`, '');
            // Four backticks: a line of three in the log cannot end the block early.
            lines.push('````text', ...report.log.lines.map((line) => line.slice(0, LOG_LINE_LIMIT)), '````', '');
        }
        lines.push('</details>', '');
    }
    return lines.join('\n');
}
/** The `failure` output: each report as JSON, for a later step to read. */
function failureReportsJson(reports) {
    return reports.length === 0 ? '' : JSON.stringify(reports);
}

// EXTERNAL MODULE: ./src/validate/counts.ts
var counts = __webpack_require__(20976);
// EXTERNAL MODULE: ./src/report/delivery-lines.ts
var delivery_lines = __webpack_require__(64266);
// EXTERNAL MODULE: ./src/report/hooks-and-waves.ts
var hooks_and_waves = __webpack_require__(35049);
// EXTERNAL MODULE: ./src/plan/image-changes.ts
var image_changes = __webpack_require__(62754);
// EXTERNAL MODULE: ./src/report/change-label.ts
var change_label = __webpack_require__(76199);
// EXTERNAL MODULE: ./src/report/image-table.ts
var image_table = __webpack_require__(48998);
// EXTERNAL MODULE: ./src/report/identifiers.ts
var identifiers = __webpack_require__(25566);
// EXTERNAL MODULE: ./src/report/key-change.ts
var key_change = __webpack_require__(51870);
// EXTERNAL MODULE: ./src/plan/review-diff.ts
var review_diff = __webpack_require__(23475);
// EXTERNAL MODULE: ./src/report/cut-lines.ts
var cut_lines = __webpack_require__(63576);
;// CONCATENATED MODULE: ./src/report/summary.ts














/** At most this many findings are listed in the job summary; the annotations carry every one. */
const MAX_SUMMARY_FINDINGS = 200;
/** Findings as a table, at most MAX_SUMMARY_FINDINGS rows; the annotations carry every one. */
function findingsTable(findings) {
    const rows = findings
        .slice(0, MAX_SUMMARY_FINDINGS)
        .map((finding) => `| ${finding.severity} | \`${(0,model_origin/* formatOrigin */.cp)(finding.origin)}\` | ${(0,markdown_escape/* escapeCell */.k)(finding.message)} |`);
    const more = findings.length > MAX_SUMMARY_FINDINGS
        ? ['', `…and ${findings.length - MAX_SUMMARY_FINDINGS} more; see the annotations.`]
        : [];
    return ['| severity | where | problem |', '| --- | --- | --- |', ...rows, ...more];
}
/** The job summary of `validate`, as GitHub-flavoured Markdown. */
function validationSummary(result, title) {
    const status = result.valid ? '✅ valid' : '❌ invalid';
    const lines = [
        `## ${(0,markdown_escape/* escapeCell */.k)(title)}`,
        '',
        `${status}: ${(0,counts/* countLine */.Q)({ objects: result.loaded.resources.length, files: result.loaded.files.length, source: result.loaded.type, errors: result.errors, warnings: result.warnings })}`,
        '',
    ];
    if (result.findings.length > 0) {
        lines.push(...findingsTable(result.findings));
        lines.push('');
    }
    return lines.join('\n');
}
/** GitHub drops a step summary over 1 MiB (1,048,576 bytes) whole; stay clear of it, in UTF-8 bytes. */
const SUMMARY_LIMIT = 1_000_000;
/**
 * The job summary of plan and apply: status, counts, notes, every finding, every object with its key
 * change, and every diff as the PR comment shows it (the diff-file output keeps the plan's own).
 */
function planSummary(secrets, title, status, plan, notes, findings = [], limit = SUMMARY_LIMIT, failures = []) {
    const listed = (0,identifiers/* findingsOfPlan */.j)(findings, plan);
    // What the summary names reads as written when the action redacts it again.
    (0,identifiers/* keepReportIdentifiers */.i)(secrets, plan, listed, [title]);
    const lines = [`## ${(0,markdown_escape/* escapeCell */.k)(title)}`, '', `**${status}**${plan ? `: ${(0,plan_text.countsLine)(plan)}` : ''}`, ''];
    for (const note of notes)
        lines.push(`- ${(0,markdown_escape/* escapeCell */.k)(note)}`);
    if (notes.length > 0)
        lines.push('');
    const why = failureReportsMarkdown(failures);
    if (why)
        lines.push(why);
    if (listed.length > 0) {
        lines.push(...findingsTable(listed));
        lines.push('');
    }
    if (plan)
        lines.push(...(0,image_table/* imageChangesMarkdown */.w)((0,image_changes/* imageChangesOf */.i)(plan.changes)));
    if (plan && plan.changes.length > 0) {
        const shared = (0,change_label/* sharedNotes */.LX)(plan.changes);
        for (const line of (0,change_label/* sharedNoteLines */.dD)(shared))
            lines.push(`- ${(0,markdown_escape/* escapeCell */.k)(line)}`);
        if (shared.size > 0)
            lines.push('');
        const said = new Set(shared.keys());
        lines.push('| object | action | key change |', '| --- | --- | --- |');
        for (const change of plan.changes) {
            const label = (0,change_label/* changeLabel */.pG)(change, said);
            const action = label !== change.action ? (0,markdown_escape/* escapeCell */.k)(label) : change.action;
            lines.push(`| ${(0,markdown_escape/* escapeCell */.k)(change.subject)} | ${action} | ${(0,key_change/* keyChanges */.L)(change).join('; ')} |`);
        }
        lines.push('');
    }
    const order = (0,hooks_and_waves/* hooksAndWavesMarkdown */.n0)(plan, markdown_escape/* escapeMarkdown */.F) + (0,delivery_lines/* deliveryMarkdown */.Qh)(plan, markdown_escape/* escapeMarkdown */.F);
    if (order)
        lines.push(order);
    const head = lines.join('\n');
    // Redacted before it may be cut, so that a cut never leaves part of a secret.
    const diffs = plan ? plan.changes.map((change) => secrets.redact((0,review_diff/* reviewDiff */.a)(change))).filter(Boolean) : [];
    if (diffs.length === 0)
        return head;
    const room = limit - (0,cut_lines/* utf8Bytes */.dy)(head) - 600;
    const shown = [];
    let size = 0;
    let cut = false;
    for (const diff of diffs) {
        const bytes = (0,cut_lines/* utf8Bytes */.dy)(diff);
        if (size + bytes > room) {
            // The first diff that does not fit fills the rest of the room, whole lines only.
            const lines = (0,cut_lines/* cutLines */.EQ)(diff, room - size, cut_lines/* utf8Bytes */.dy);
            if (lines.shownLines > 0)
                shown.push(lines.text);
            cut = lines.shownLines > 0;
            break;
        }
        shown.push(diff);
        size += bytes;
    }
    const whole = shown.length - (cut ? 1 : 0);
    const note = whole === diffs.length
        ? ''
        : `\n_The diffs of ${whole} of ${diffs.length} objects are above${cut ? ', and the first lines of the next' : ''}, to keep within GitHub's 1 MiB job summary limit; the diff-file output has all of them._\n`;
    // A diff line of three backticks would end a three-backtick fence early; four cannot be closed by it.
    return `${head}\n\`\`\`\`diff\n${shown.join('')}\`\`\`\`\n${note}`;
}
/** The job summary of a run that stopped before it had a result: what went wrong, as said. */
function failureSummary(message) {
    // Four backticks: a line of three in the message cannot end the block early.
    return `## kubesync failed\n\n\`\`\`\`text\n${message}\n\`\`\`\`\n`;
}

;// CONCATENATED MODULE: ./src/action/outcome-notes.ts
/** The lines under a plan's or an apply's summary: what GitHub did not take, a dry run, problems, rollbacks and prunes. */
function outcomeNotes(outcome) {
    if (outcome.kind === 'planned') {
        const { unknownReason, rendered } = outcome.result;
        return [
            ...(outcome.refusal ? [outcome.refusal] : []),
            ...(rendered ? [renderedNote(rendered.base)] : []),
            ...(unknownReason ? [`status Unknown: ${unknownReason}`] : []),
        ];
    }
    const { result, recorded } = outcome;
    return [
        ...(outcome.windowOverride ? [`deploy window overridden by ${outcome.windowOverride}`] : []),
        ...recorded.warnings,
        ...(result.dryRun ? ['dry-run: nothing was changed'] : []),
        ...(result.notes ?? []),
        ...result.problems,
        ...result.restored.map((line) => `rolled back: ${line}`),
        ...result.pruned.map((subject) => `pruned: ${subject}`),
    ];
}
/** What a rendered diff is, and what it is not, for the summary and the step's log. */
function renderedNote(base) {
    return `rendered diff: the manifests rendered at the base commit ${base.slice(0, 7)} against this commit's, not the cluster's answer (no cluster was asked)`;
}
/** The title of a plan's or an apply's section: a plan made without the cluster says it is a rendered diff. */
function planTitle(command, app, environment, rendered) {
    const what = rendered ? 'rendered diff' : command;
    return `kubesync ${what}: ${app}${environment ? ` (${environment})` : ''}`;
}

;// CONCATENATED MODULE: ./src/action/action-report.ts







/** The outputs of a run that did not get as far as setting them. */
const NOTHING_DONE = {
    valid: 'false',
    errors: '0',
    warnings: '0',
    'sync-status': 'Unknown',
    'has-changes': 'false',
    added: '0',
    changed: '0',
    deleted: '0',
    destructive: '0',
    'plan-digest': '',
    'deployment-id': '',
    image: '',
    'environment-url': '',
    'pull-request': '',
    apps: '[]',
    fleet: '[]',
    'diff-file': '',
    failure: '',
};
/**
 * What the action leaves in the workflow run: annotations, outputs, the job summary and the diff file.
 * Everything passes through redaction: GITHUB_OUTPUT and the summary are files the runner's masking
 * never sees.
 */
class ActionReport {
    secrets;
    tempDir;
    outputsSet = new Set();
    summaryWritten = false;
    constructor(secrets, 
    /** The runner's temp folder, outside the workspace. */
    tempDir) {
        this.secrets = secrets;
        this.tempDir = tempDir;
    }
    output(name, value) {
        this.outputsSet.add(name);
        core/* setOutput */.uH(name, this.secrets.redact(value));
    }
    async summary(markdown) {
        this.summaryWritten = true;
        await core/* summary */.z.addRaw(this.secrets.redact(markdown)).write();
    }
    /**
     * A run that stopped before it had a result (a bad input, a missing manifest, helm not installed):
     * the summary says why, and the outputs say failed, so `outputs.errors` is never empty.
     */
    async failed(message) {
        this.output('sync-status', 'Failed');
        if (!this.outputsSet.has('valid')) {
            this.output('valid', 'false');
            this.output('errors', '1');
            this.output('warnings', '0');
        }
        if (!this.summaryWritten)
            await this.summary(failureSummary(message));
    }
    /** Every output is set on every path: what a run did not reach reads as nothing done. */
    setUnsetOutputs() {
        for (const [name, value] of Object.entries(NOTHING_DONE))
            if (!this.outputsSet.has(name))
                this.output(name, value);
    }
    /** Each finding as an annotation on its file and line, and the counts as outputs. */
    validation(result) {
        this.annotate(result);
        this.output('valid', String(result.valid));
        this.output('errors', String(result.errors));
        this.output('warnings', String(result.warnings));
    }
    /** Each finding as an annotation on its file and line. */
    annotate(result) {
        for (const finding of result.findings) {
            const annotate = finding.severity === 'error' ? core/* error */.z3 : core/* warning */.$e;
            annotate(finding.message, {
                title: `kubesync ${finding.rule}`,
                file: finding.origin.file,
                startLine: finding.origin.line,
                startColumn: finding.origin.column,
            });
        }
    }
    /** Outputs, diff file and job summary of plan and apply, which report the same shape of result. */
    async planResult(command, settings, result, notes) {
        for (const [name, value] of Object.entries((0,plan_text.planOutputs)(result.plan, result.syncStatus)))
            this.output(name, value);
        if (result.plan)
            this.output('diff-file', this.diffFile(result.app, (0,plan_text.diffText)(result.plan)));
        if (result.plan)
            await this.diffInLog(result.plan);
        core/* info */.pq(`${result.app}: ${result.syncStatus}`);
        const title = planTitle(command, result.app, settings.environment, result.rendered !== undefined);
        const { plan, syncStatus, validation } = result;
        await this.summary(planSummary(this.secrets, title, syncStatus, plan, notes, validation.findings, undefined, result.failures));
    }
    /** The full diff in the log too, folded away, as `kubectl diff` would print it. */
    async diffInLog(plan) {
        const diff = (0,plan_text.diffText)(plan);
        if (diff)
            await core/* group */.Os('diff', () => Promise.resolve(core/* info */.pq(diff)));
    }
    /** Writes the full diff, Secret values masked, and gives the file's path. */
    diffFile(app, diff) {
        const file = external_node_path_default().join(this.tempDir, `kubesync-${app}.diff`);
        (0,external_node_fs_.writeFileSync)(file, this.secrets.redact(diff));
        return file;
    }
}

// EXTERNAL MODULE: ./src/app/commands/rbac.ts
var rbac = __webpack_require__(55908);
// EXTERNAL MODULE: ./src/promote/image-moves.ts
var image_moves = __webpack_require__(21870);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
;// CONCATENATED MODULE: ./src/report/promotion-summary.ts



/** The job summary of `promote`: one row per app, what it moved and where, or why it did not. */
function promotionSummary(results) {
    const rows = results.map((result) => {
        const changes = result.images.filter(image_moves/* isChange */.Xb).map(image_moves/* shortChange */.H5).join(', ');
        const outcome = result.refused
            ? `❌ refused: ${(0,markdown_escape/* escapeCell */.k)(result.refused)}`
            : result.pullRequest
                ? `${(0,inline/* link */.nf)(`#${result.pullRequest.number}`, result.pullRequest.url)} ${result.pullRequest.created ? 'opened' : 'updated'}`
                : `✅ ${(0,markdown_escape/* escapeCell */.k)(result.to)} already runs ${(0,markdown_escape/* escapeCell */.k)(result.from)}'s images`;
        return `| ${(0,inline/* code */.aY)(result.app)} | ${(0,markdown_escape/* escapeCell */.k)(result.from)} → ${(0,markdown_escape/* escapeCell */.k)(result.to)} | ${changes ? (0,markdown_escape/* escapeCell */.k)(changes) : '–'} | ${outcome} |`;
    });
    return [
        '## kubesync promote',
        '',
        '| app | promotion | images | pull request |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/action/app-status.ts

/** One word for what became of an app: its sync status, or Skipped, Failed, Valid, Invalid, Refused, Promoted. */
function app_status_statusOf(outcome) {
    switch (outcome.kind) {
        case 'skipped':
            return 'Skipped';
        case 'failed':
            return 'Failed';
        case 'validated':
        case 'rendered':
        case 'rbac':
            return validationOf(outcome)?.valid ? 'Valid' : 'Invalid';
        case 'promoted':
            return outcome.result.refused ? 'Refused' : 'Promoted';
        default:
            return outcome.result.syncStatus;
    }
}

;// CONCATENATED MODULE: ./src/action/fleet-view.ts

/** The fleet: every app × environment of the step, in the order they ran. */
function fleetRows(outcomes) {
    return outcomes.map((outcome) => ({
        app: outcome.label,
        environment: outcome.environment ?? '',
        status: app_status_statusOf(outcome),
        result: resultOf(outcome),
        applied: appliedOf(outcome),
        driftIssue: driftIssueOf(outcome),
        window: windowOf(outcome),
    }));
}
/** The `fleet` output: the rows as JSON, with the age in seconds as of `now` where the time is known. */
function fleetJson(rows, now) {
    return JSON.stringify(rows.map((row) => ({
        app: row.app,
        environment: row.environment,
        status: row.status,
        result: row.result,
        ...(row.applied
            ? {
                commit: row.applied.commit,
                ...(row.applied.at
                    ? { appliedAt: row.applied.at, ageSeconds: ageSecondsOf(row.applied.at, now) }
                    : {}),
            }
            : {}),
        ...(row.driftIssue ? { driftIssue: row.driftIssue.url, driftIssueState: row.driftIssue.state } : {}),
        ...(row.window ? { window: row.window } : {}),
    })));
}
/** `3 min`, `5 h`, `2 d`: how long ago, in the largest whole unit. */
function ageText(at, now) {
    const seconds = ageSecondsOf(at, now);
    if (seconds < 60)
        return 'just now';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    return `${Math.floor(hours / 24)} d`;
}
function ageSecondsOf(at, now) {
    return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 1000));
}
function resultOf(outcome) {
    switch (outcome.kind) {
        case 'planned':
            return 'planned';
        case 'applied':
            if (outcome.result.syncStatus === 'Failed')
                return 'failed';
            if (outcome.result.dryRun)
                return 'dry run';
            return outcome.healed ? 'healed' : 'applied';
        case 'failed':
            return 'failed';
        case 'skipped':
            return 'skipped';
        default:
            return 'other';
    }
}
/** An apply that ended Synced left its own commit; otherwise what the plan read from the parent. */
function appliedOf(outcome) {
    if (outcome.kind === 'planned')
        return outcome.result.lastApplied;
    if (outcome.kind === 'applied')
        return outcome.lastApplied ?? outcome.healed?.lastApplied;
    return undefined;
}
function driftIssueOf(outcome) {
    if (outcome.kind === 'planned')
        return outcome.driftIssue;
    if (outcome.kind === 'applied')
        return outcome.recorded.driftIssue;
    return undefined;
}
function windowOf(outcome) {
    if (outcome.kind === 'planned')
        return outcome.refusal || undefined;
    if (outcome.kind === 'applied' && outcome.windowOverride)
        return `outside the deploy windows: let through by ${outcome.windowOverride}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/apps-summary.ts











/** Worst first: one failed app fails the step, one drifted app makes it OutOfSync. */
const STATUS_ORDER = ['Failed', 'OutOfSync', 'Unknown', 'Synced'];
/** The step's outputs over all apps: sums, the worst status, and every app in `apps` as JSON. */
function appsOutputs(outcomes) {
    const ran = outcomes.filter((outcome) => outcome.kind !== 'skipped');
    const validations = ran.map(validationOf);
    const failedEarly = ran.filter((outcome) => outcome.kind === 'failed').length;
    const plans = ran.map(planOf).filter((plan) => plan !== undefined);
    const statuses = ran.map(app_status_statusOf).filter((status) => STATUS_ORDER.includes(status));
    const sum = (count) => String(plans.reduce((total, plan) => total + count(plan), 0));
    return {
        valid: String(failedEarly === 0 && validations.every((validation) => validation?.valid !== false)),
        errors: String(failedEarly + validations.reduce((total, validation) => total + (validation?.errors ?? 0), 0)),
        warnings: String(validations.reduce((total, validation) => total + (validation?.warnings ?? 0), 0)),
        'sync-status': STATUS_ORDER.find((status) => statuses.includes(status)) ?? 'Unknown',
        'has-changes': String(plans.some((plan) => plan.syncStatus === 'OutOfSync')),
        added: sum((plan) => plan.counts.create),
        changed: sum((plan) => plan.counts.update),
        deleted: sum((plan) => plan.counts.delete),
        destructive: sum((plan) => plan.changes.filter((change) => change.destructive).length),
        'plan-digest': plans.length === ran.length && ran.length > 0 ? digestOf(ran) : '',
        apps: JSON.stringify(outcomes.map(appJson)),
        // Every app's reports in one list: each names its object, and the apps output names the app.
        failure: failureReportsJson(ran.flatMap((outcome) => (outcome.kind === 'applied' ? (outcome.result.failures ?? []) : []))),
    };
}
function digestOf(outcomes) {
    const lines = outcomes.map((outcome) => `${outcome.label} ${outcome.environment ?? ''} ${planOf(outcome)?.digest ?? ''}`);
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(lines.sort().join('\n')).digest('hex')}`;
}
function appJson(outcome) {
    const plan = planOf(outcome);
    return {
        app: outcome.label,
        environment: outcome.environment ?? '',
        status: app_status_statusOf(outcome),
        ...(plan ? { added: plan.counts.create, changed: plan.counts.update, deleted: plan.counts.delete } : {}),
        ...(outcome.kind === 'skipped' ? { reason: outcome.reason } : {}),
        ...(outcome.kind === 'failed' ? { reason: outcome.message } : {}),
        ...(outcome.kind === 'applied' && outcome.recorded.deploymentId !== undefined
            ? { deploymentId: outcome.recorded.deploymentId }
            : {}),
        ...(outcome.kind === 'applied' && outcome.recorded.environmentUrl
            ? { environmentUrl: outcome.recorded.environmentUrl }
            : {}),
        ...(outcome.kind === 'promoted' && outcome.result.pullRequest
            ? { pullRequest: outcome.result.pullRequest.url }
            : {}),
    };
}
/** Every app's diff in one file, each under a line naming it. */
function appsDiff(outcomes) {
    return outcomes
        .flatMap((outcome) => {
        const plan = planOf(outcome);
        const diff = plan ? (0,plan_text.diffText)(plan) : '';
        return diff
            ? [`# ${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}\n${diff}`]
            : [];
    })
        .join('\n');
}
/** The table of apps may take this share of GitHub's limit; each app's section shares the rest. */
const TABLE_SHARE = 0.5;
/**
 * The job summary: one table of every app (for plan and apply, the fleet view: what runs where, since
 * when, and its drift issue), then each app's own section. Never over GitHub's limit: rows and sections
 * that do not fit are counted, pointing at the `apps` and `fleet` outputs.
 */
function appsSummary(command, outcomes, notes, secrets, now = new Date()) {
    const environments = [...new Set(outcomes.map((outcome) => outcome.environment).filter(Boolean))];
    const fleet = command === 'plan' || command === 'apply';
    const rows = fleetRows(outcomes);
    // The deploy windows' column only when they had a say about some app.
    const windows = rows.some((row) => row.window);
    const head = [
        `## kubesync ${command}: ${(0,plural/* plural */.L)(outcomes.length, 'app')}${environments.length === 1 ? ` (${environments[0]})` : ''}`,
        '',
        ...notes.map((note) => `- ${(0,markdown_escape/* escapeCell */.k)(note)}`),
        ...(notes.length > 0 ? [''] : []),
        fleet
            ? `| app | environment | status | changes | applied | drift issue |${windows ? ' window |' : ''} notes |`
            : '| app | environment | status | changes | notes |',
        fleet
            ? `| --- | --- | --- | --- | --- | --- |${windows ? ' --- |' : ''} --- |`
            : '| --- | --- | --- | --- | --- |',
    ].join('\n');
    const lines = outcomes.map((outcome, index) => {
        const plan = planOf(outcome);
        const changes = plan ? `+${plan.counts.create} ~${plan.counts.update} -${plan.counts.delete}` : '';
        const row = rows[index];
        const windowCell = windows ? ` ${(0,markdown_escape/* escapeCell */.k)(row?.window ?? '')} |` : '';
        const fleetCells = fleet && row ? ` ${appliedCell(row, now)} | ${driftIssueCell(row)} |${windowCell}` : '';
        return `| ${(0,markdown_escape/* escapeCell */.k)(outcome.label)} | ${(0,markdown_escape/* escapeCell */.k)(outcome.environment ?? '')} | ${app_status_statusOf(outcome)} | ${changes} |${fleetCells} ${(0,markdown_escape/* escapeCell */.k)(noteOf(outcome))} |`;
    });
    const table = `${head}\n${fitLines(lines, Math.floor(SUMMARY_LIMIT * TABLE_SHARE) - head.length, 'app')}\n`;
    // Each app's section gets an equal share of the rest, so one big diff cannot crowd out the others.
    const share = Math.floor((SUMMARY_LIMIT - table.length) / Math.max(1, outcomes.length + 1));
    const sections = outcomes.flatMap((outcome) => {
        const title = `kubesync ${command}: ${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}`;
        switch (outcome.kind) {
            case 'validated':
                return [validationSummary(outcome.validation, title)];
            case 'rendered':
            case 'rbac':
                return [validationSummary(outcome.result.validation, title)];
            case 'planned':
            case 'applied':
                return [
                    planSummary(secrets, planTitle(command, outcome.label, outcome.environment, outcome.kind === 'planned' && outcome.result.rendered !== undefined), outcome.result.syncStatus, outcome.result.plan, outcomeNotes(outcome), outcome.result.validation.findings, share, outcome.kind === 'applied' ? outcome.result.failures : undefined),
                ];
            default:
                return [];
        }
    });
    const promoted = outcomes.flatMap((outcome) => (outcome.kind === 'promoted' ? [outcome.result] : []));
    if (promoted.length > 0)
        sections.push(promotionSummary(promoted));
    return [table, ...fitSections(sections, SUMMARY_LIMIT - table.length)].join('\n');
}
/** The lines that fit in `room`, in order; the others counted in a last line. */
function fitLines(lines, room, what) {
    const kept = [];
    let used = 0;
    for (const [index, line] of lines.entries()) {
        if (used + line.length + 200 > room) {
            const left = lines.length - index;
            return [
                ...kept,
                '',
                `_${(0,plural/* plural */.L)(left, `more ${what}`)} left out to keep within GitHub's job summary limit: the apps and fleet outputs list every app._`,
            ].join('\n');
        }
        kept.push(line);
        used += line.length + 1;
    }
    return kept.join('\n');
}
/** The sections that fit in `room`, in order (a plan's section may hold more than its share of objects). */
function fitSections(sections, room) {
    const kept = [];
    let used = 0;
    for (const [index, section] of sections.entries()) {
        if (used + section.length + 300 > room) {
            kept.push(`_${(0,plural/* plural */.L)(sections.length - index, 'more section')} left out to keep within GitHub's job summary limit; the diff-file output has every diff._\n`);
            break;
        }
        kept.push(section);
        used += section.length + 1;
    }
    return kept;
}
/** `` `0123456` · 3 h ``: the commit running in the cluster, and how long ago it was applied. */
function appliedCell(row, now) {
    if (!row.applied)
        return '';
    const commit = `\`${row.applied.commit.slice(0, 7)}\``;
    return row.applied.at ? `${commit} · ${ageText(row.applied.at, now)}` : commit;
}
function driftIssueCell(row) {
    const issue = row.driftIssue;
    return issue ? `[#${issue.number}](${issue.url}) ${issue.state}` : '';
}
function noteOf(outcome) {
    switch (outcome.kind) {
        case 'skipped':
            return outcome.reason;
        case 'failed':
            return outcome.message;
        case 'validated':
        case 'rendered':
        case 'rbac': {
            const validation = validationOf(outcome);
            return `${(0,plural/* plural */.L)(validation?.errors ?? 0, 'error')}, ${(0,plural/* plural */.L)(validation?.warnings ?? 0, 'warning')}`;
        }
        case 'planned':
        case 'applied':
            return outcomeNotes(outcome)[0] ?? '';
        case 'promoted':
            return outcome.result.refused ?? outcome.result.pullRequest?.url ?? '';
    }
}

;// CONCATENATED MODULE: ./src/action/report-apps.ts










/**
 * What the step leaves in the workflow run: one app named by `manifest` is reported as that app alone
 * (its outputs, its summary), a list of apps as one table and each app's section.
 */
async function reportApps(apps, report, secrets) {
    const [only] = apps.outcomes;
    if (apps.command === 'plan' || apps.command === 'apply')
        report.output('fleet', fleetJson(fleetRows(apps.outcomes), new Date()));
    if (apps.single && only)
        await reportOneApp(only, report);
    else
        await reportManyApps(apps, report, secrets);
}
async function reportOneApp(outcome, report) {
    const invalid = (errors) => core/* setFailed */.C1(`validation found ${(0,plural/* plural */.L)(errors, 'error')}; see the annotations`);
    switch (outcome.kind) {
        case 'skipped':
            core/* notice */.lm(`${outcome.reason}: this step leaves it to the step that does`);
            return;
        case 'failed':
            core/* setFailed */.C1(outcome.message);
            await report.failed(outcome.message);
            return;
        case 'validated':
        case 'rendered': {
            const validation = validationOf(outcome);
            if (!validation)
                return;
            await core/* group */.Os('validate', () => Promise.resolve(report.validation(validation)));
            await report.summary(validationSummary(validation, 'kubesync validate'));
            if (!validation.valid)
                invalid(validation.errors);
            return;
        }
        case 'rbac':
            await core/* group */.Os('rbac', () => {
                report.validation(outcome.result.validation);
                core/* info */.pq(outcome.result.yaml);
                return Promise.resolve();
            });
            await report.summary((0,rbac/* rbacSummary */.x)(outcome.result));
            if (!outcome.result.validation.valid)
                invalid(outcome.result.validation.errors);
            return;
        case 'promoted':
            if (outcome.result.pullRequest)
                report.output('pull-request', outcome.result.pullRequest.url);
            await report.summary(promotionSummary([outcome.result]));
            if (outcome.result.refused)
                core/* setFailed */.C1(`promotion refused: ${outcome.result.refused}`);
            return;
        case 'planned': {
            const { result, settings } = outcome;
            report.validation(result.validation);
            // The step stays green (a fork's pull request has no secrets), but a missing or misnamed
            // kubeconfig secret must not pass unseen.
            if (result.validation.valid && result.unknownReason)
                core/* warning */.$e(result.rendered
                    ? `no plan against the cluster (${result.unknownReason}); the rendered diff between the base commit ${result.rendered.base.slice(0, 7)} and this commit is in the job summary${settings.github.comment ? ' and, when the token may comment, the pull request comment' : ''}`
                    : `plan not made: ${result.unknownReason}`);
            await report.planResult('plan', settings, result, outcomeNotes(outcome));
            if (!result.validation.valid)
                invalid(result.validation.errors);
            return;
        }
        case 'applied': {
            const { result, settings, recorded, healed } = outcome;
            if (healed) {
                report.validation(healed.validation);
                await report.planResult('plan', settings, healed, []);
            }
            report.validation(result.validation);
            await report.planResult('apply', settings, result, outcomeNotes(outcome));
            if (result.image)
                report.output('image', result.image);
            if (recorded.deploymentId !== undefined)
                report.output('deployment-id', String(recorded.deploymentId));
            if (recorded.environmentUrl)
                report.output('environment-url', recorded.environmentUrl);
            if (result.failures)
                report.output('failure', failureReportsJson(result.failures));
            if (result.syncStatus === 'Failed')
                core/* setFailed */.C1(`apply failed: ${result.problems[0] ?? 'see the log'}`);
            return;
        }
    }
}
async function reportManyApps(apps, report, secrets) {
    const { outcomes } = apps;
    for (const outcome of outcomes) {
        const validation = validationOf(outcome);
        if (validation)
            report.annotate(validation);
    }
    for (const [name, value] of Object.entries(appsOutputs(outcomes)))
        report.output(name, value);
    const diff = appsDiff(outcomes);
    if (diff)
        report.output('diff-file', report.diffFile('apps', diff));
    await report.summary(appsSummary(apps.command, outcomes, apps.notes, secrets));
    const failed = outcomes.filter(hasFailed);
    if (failed.length > 0)
        core/* setFailed */.C1(`${(0,plural/* plural */.L)(failed.length, 'app')} of ${outcomes.length} failed: ${failed.map((outcome) => outcome.label).join(', ')}; see the summary`);
}

;// CONCATENATED MODULE: ./src/action/run-action.ts














function runnerEnvironment(env, cwd) {
    return { workspace: env.GITHUB_WORKSPACE || cwd, eventName: env.GITHUB_EVENT_NAME, env };
}
/** The action tells the runner each secret value it meets, so the runner masks it in the log too. */
function maskInRunnerLog(value) {
    core/* setSecret */.Pq(value);
}
/**
 * The action: inputs → apps → outputs, with the one catch that turns any failure into setFailed.
 * GitHub is connected here, from the token and GITHUB_API_URL; tests connect an in-memory one.
 */
async function run(environment, secrets, cancellation, connect = connectGitHub, now = () => new Date()) {
    core/* info */.pq((0,version_info/* versionLine */.b)());
    const report = new ActionReport(secrets, environment.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    try {
        const inputs = (0,parse_settings/* readActionInputs */.U)((name) => core/* getInput */.V4(name));
        const step = (0,parse_settings/* parseSettings */.P)(inputs, { workspace: environment.workspace, env: environment.env });
        secrets.register(step.secrets.doppler.token);
        secrets.register(step.github.token);
        const event = readRunContext(environment.env);
        const { repository } = event;
        const github = step.github.token && repository
            ? connect({
                token: step.github.token,
                apiUrl: environment.env.GITHUB_API_URL,
                repository,
                secrets,
                log: actionLog.info,
                requestTimeoutMs: step.requestTimeoutMs,
            })
            : undefined;
        const runtime = { ...(0,commands_runtime.liveRuntime)(actionLog, environment.env, secrets), github, now };
        const git = (...args) => (0,tools_git/* gitOutput */.o)(environment.workspace, ...args);
        const selection = selectApps(inputs, environment.workspace, environment.env);
        const apps = await runApps(selection, step, { environment, event, runtime, cancellation, git });
        await reportApps(apps, report, secrets);
    }
    catch (error) {
        const message = (0,run_app/* messageOf */.b)(error);
        core/* setFailed */.C1(message);
        await report.failed(message);
    }
    finally {
        report.setUnsetOutputs();
    }
}


/***/ }),

/***/ 55908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRbac: () => (/* binding */ runRbac),
/* harmony export */   x: () => (/* binding */ rbacSummary)
/* harmony export */ });
/* harmony import */ var _model_plural_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(70247);
/* harmony import */ var _manifests_built_in_groups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11457);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/* harmony import */ var _manifests_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44830);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27813);
/* harmony import */ var _rbac_needs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12697);
/* harmony import */ var _access_settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79742);
/* harmony import */ var _rbac_resources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58065);
/* harmony import */ var _rbac_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52407);
/* harmony import */ var _cluster_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70941);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81341);
/* harmony import */ var _validate_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14158);












/**
 * The least the deploying identity needs to plan and apply these manifests with these settings: a Role
 * per namespace and a ClusterRole, worked out offline from the rendered objects (no cluster needed),
 * with bindings to a ServiceAccount when one is given.
 */
async function runRbac(settings, secrets) {
    const serviceAccount = parseServiceAccount(settings.serviceAccount);
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validateManifests */ .T)(settings, secrets, { offline: true });
    const app = (0,_cluster_session_js__WEBPACK_IMPORTED_MODULE_5__/* .appNameOf */ .E)(settings, validation.loaded);
    if (!validation.valid)
        return { app, validation, roles: [], yaml: '' };
    const { resources } = validation.loaded;
    const { objects, secretReads } = await (0,_rbac_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .describeManifests */ .kg)(resources, settings.namespace, (0,_rbac_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .offlineNamer */ .x3)(resources));
    const roles = (0,_rbac_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .rolesFor */ .ZI)((0,_rbac_needs_js__WEBPACK_IMPORTED_MODULE_2__/* .accessNeeds */ .gj)({ stage: 'apply', app, ...(0,_access_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .accessSettingsOf */ .L)(settings), objects, secretReads }));
    const crdGroups = new Set(resources.flatMap(({ object }) => object.kind === 'CustomResourceDefinition' &&
        (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(object.spec) &&
        typeof object.spec.group === 'string'
        ? [object.spec.group]
        : []));
    const guessed = [
        ...new Set(objects
            .filter(({ group }) => !_manifests_built_in_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILT_IN_GROUPS */ .M.has(group) && !crdGroups.has(group))
            .map(({ ref }) => `${ref.kind} (${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_9__/* .groupOf */ .F8)(ref.apiVersion)})`)),
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
        ...(objects.some(({ ref }) => _validate_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .RBAC_KINDS */ .v9.has(ref.kind))
            ? [
                'The manifests hold RBAC objects: the API server lets an identity create a Role or ClusterRole only',
                'with every permission it grants (or the escalate verb), and bind one only with bind.',
            ]
            : []),
    ];
    return { app, validation, roles, yaml: (0,_rbac_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .rbacManifests */ .dE)(roles, { app, header, serviceAccount }) };
}
/** `<namespace>/<name>` of `--service-account`; undefined when not given. */
function parseServiceAccount(value) {
    if (!value)
        return undefined;
    const [namespace = '', name = '', ...rest] = value.split('/');
    const problem = rest.length > 0 || !namespace || !name
        ? 'is not <namespace>/<name>'
        : ((0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_10__/* .dns1123LabelProblem */ .Om)(namespace) ?? (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_10__/* .dns1123SubdomainProblem */ ._G)(name));
    if (problem)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--service-account "${value}" ${problem}, e.g. --service-account shop/deployer`);
    return { namespace, name };
}
/** The job summary of `command: rbac`: what to apply, as a YAML block. */
function rbacSummary(result) {
    const title = `### kubesync rbac: ${result.app}`;
    if (!result.validation.valid)
        return `${title}\n\nValidation found ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .L)(result.validation.errors, 'error')}; see the annotations.\n`;
    return `${title}\n\nThe Roles and ClusterRole the deploying identity needs for these manifests and settings. Apply them with \`kubectl apply -f -\`, and bind them to the identity in the kubeconfig.\n\n\`\`\`yaml\n${result.yaml}\`\`\`\n`;
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

/***/ 76564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readProvenance: () => (/* binding */ readProvenance)
/* harmony export */ });
/* harmony import */ var _tools_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90615);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);


/** Which commit and run this is: from the runner's environment in a workflow, from git in a terminal. */
async function readProvenance(env, workspace) {
    const git = (...args) => (0,_tools_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOutput */ .o)(workspace, ...args);
    const commit = env.GITHUB_SHA || (await git('rev-parse', 'HEAD')) || 'unknown';
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : `cli:${node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username}@${node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname()}`;
    const ref = env.GITHUB_REF || (await git('rev-parse', '--abbrev-ref', 'HEAD')) || 'unknown';
    return {
        commit,
        run,
        ref,
        ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    };
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

/***/ 21870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ imageMoves),
/* harmony export */   H5: () => (/* binding */ shortChange),
/* harmony export */   Xb: () => (/* binding */ isChange)
/* harmony export */ });
/* unused harmony export versionOf */
/* harmony import */ var _manifests_image_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7499);

/**
 * For each image `to` runs, the reference `from` runs under the same name. Images only one side runs
 * are left alone: a promotion moves versions, it does not add or remove containers.
 */
function imageMoves(fromImages, toImages) {
    const fromByName = new Map();
    for (const image of fromImages) {
        const { name } = (0,_manifests_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(image);
        if (!fromByName.has(name))
            fromByName.set(name, image);
    }
    const moves = new Map();
    for (const current of toImages) {
        const { name } = (0,_manifests_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(current);
        const promoted = fromByName.get(name);
        if (promoted && !moves.has(name))
            moves.set(name, { name, current, promoted });
    }
    return [...moves.values()];
}
function isChange(move) {
    return move.current !== move.promoted;
}
/** `web 1.2.0 → 1.3.0`: the image's last path segment and its versions, for a title. */
function shortChange(move) {
    const short = move.name.slice(move.name.lastIndexOf('/') + 1);
    return `${short} ${versionOf(move.current)} → ${versionOf(move.promoted)}`;
}
/** The tag, else the digest cut to 12 hex digits, else `latest` (what an untagged image means). */
function versionOf(image) {
    const { tag, digest } = (0,_manifests_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(image);
    if (tag)
        return tag;
    if (digest)
        return digest.replace(/^sha256:/, '@').slice(0, 13);
    return 'latest';
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


/***/ })

};

//# sourceMappingURL=405.index.js.map