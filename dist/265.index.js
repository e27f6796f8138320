export const id = 265;
export const ids = [265];
export const modules = {

/***/ 85265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// UNUSED EXPORTS: PROMOTION_LABEL, promotionBranch

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/sync/record.ts
var record = __webpack_require__(74110);
// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/manifests/load.ts + 10 modules
var load = __webpack_require__(53537);
// EXTERNAL MODULE: ./src/manifests/image-reference.ts
var image_reference = __webpack_require__(7499);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/promote/yaml-edit.ts


function readEditable(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Kubernetes tooling reads YAML 1.1, as parseYaml does.
    const document = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', lineCounter, keepSourceTokens: true });
    const [error] = document.errors;
    if (error) {
        const { line } = lineCounter.linePos(error.pos[0]);
        throw new model_errors/* UserError */.y(`${file}:${line}: ${error.message.split('\n')[0] ?? ''}; fix the YAML first`);
    }
    // A key's line is where the key is written, which for a map value is the line above the value's.
    const lineOf = (path) => {
        const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
        const last = path.at(-1);
        const pair = (0,dist/* isMap */.jh)(parent)
            ? parent.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === last)
            : undefined;
        const node = (pair?.key ?? document.getIn(path, true));
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    return { document, lineOf };
}
/**
 * Applies the edits and gives the file's new text. Replacing values that are already there changes
 * only those values' characters (quoting style kept), so every comment, blank line and indentation
 * stays as the author wrote it; adding or removing keys goes through the Document, which keeps the
 * comments too.
 */
function applyEdits(file, text, edits) {
    const { document } = readEditable(file, text);
    const replacements = edits.map((edit) => {
        const node = document.getIn(edit.path, true);
        return edit.value !== undefined && (0,dist/* isScalar */.jn)(node) && node.range ? { node, value: edit.value } : undefined;
    });
    if (replacements.every((replacement) => replacement !== undefined)) {
        let result = text;
        const ordered = [...replacements].sort((a, b) => (b.node.range?.[0] ?? 0) - (a.node.range?.[0] ?? 0));
        for (const { node, value } of ordered) {
            if (node.value === value)
                continue;
            const [start, end] = node.range ?? [0, 0];
            result = result.slice(0, start) + scalarText(value, node.type) + result.slice(end);
        }
        return result;
    }
    for (const edit of edits) {
        if (edit.value === undefined)
            document.deleteIn(edit.path);
        else
            setPath(document, edit.path, edit.value);
    }
    return documentText(document);
}
/**
 * Sets a value, making the maps on the way that are missing as plain YAML maps (the yaml package's
 * own would be a JavaScript Map, written `!!omap` under YAML 1.1).
 */
function setPath(document, path, value) {
    let depth = path.length - 1;
    while (depth > 0 && !document.hasIn(path.slice(0, depth)))
        depth--;
    const rest = path.slice(depth + 1);
    const nested = rest.reduceRight((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
    document.setIn(path.slice(0, depth + 1), rest.length > 0 ? document.createNode(nested) : value);
}
/** The edited Document as text: comments kept, long values never folded onto a second line. */
function documentText(document) {
    return document.toString({ lineWidth: 0 });
}
/** The value written in the style it replaces: quoted as it was, else plain when YAML reads it back as this string. */
function scalarText(value, style) {
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return JSON.stringify(value);
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return `'${value.replace(/'/g, "''")}'`;
    return (0,dist/* stringify */.As)(value, { version: '1.1', lineWidth: 0 }).trimEnd();
}

;// CONCATENATED MODULE: ./src/promote/app-overlay-edit.ts

/** `to`'s Application overlay with `spec.image` set to the promoted image (added when base holds it). */
function editAppOverlay(file, text, image) {
    return applyEdits(file, text, [{ path: ['spec', 'image'], value: image }]);
}

;// CONCATENATED MODULE: ./src/promote/environment-source.ts




const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Each environment keeps its version in a file of its own: `<manifest>/<environment>/pipeops.yaml`
 * over `<manifest>/base/`, the kustomization `<manifest>/<environment>/`, or a chart's
 * `<manifest>/values-<environment>.yaml`. Whether `file` exists is the caller's to check.
 */
function environmentSource(workspace, manifest, manifestType, environment) {
    const folder = manifestFolder(workspace, manifest);
    const at = (...parts) => external_node_path_default().join(workspace, folder, ...parts);
    const kind = manifestType === 'auto' ? detectKind(at, environment) : manifestType;
    switch (kind) {
        case 'app':
            return {
                kind,
                file: external_node_path_default().join(folder, environment, load/* APP_FILE */.xH),
                manifest: folder,
                valuesFiles: [],
            };
        case 'kustomize': {
            const name = KUSTOMIZATION_FILES.find((file) => (0,external_node_fs_.existsSync)(at(environment, file)));
            return {
                kind,
                file: external_node_path_default().join(folder, environment, name ?? KUSTOMIZATION_FILES[0] ?? ''),
                manifest: external_node_path_default().join(folder, environment),
                valuesFiles: [],
            };
        }
        case 'helm': {
            const name = [`values-${environment}.yaml`, `values-${environment}.yml`].find((file) => (0,external_node_fs_.existsSync)(at(file)));
            const file = external_node_path_default().join(folder, name ?? `values-${environment}.yaml`);
            return { kind, file, manifest: folder, valuesFiles: [file] };
        }
        default:
            throw new model_errors/* UserError */.y(`promote writes into ${environment}'s own source, and ${manifest} has none (${kind}): use environment overlays (<manifest>/<environment>/pipeops.yaml), a kustomization per environment (<manifest>/<environment>/kustomization.yaml) or a chart with values-<environment>.yaml`);
    }
}
/** The default `pipeops.yaml` means `manifests/` when the repository keeps its overlays there, as load does. */
function manifestFolder(workspace, manifest) {
    const normalized = external_node_path_default().normalize(manifest);
    if (normalized === load/* APP_FILE */.xH && !(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, load/* APP_FILE */.xH))) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, 'manifests', 'base', load/* APP_FILE */.xH)))
            return 'manifests';
    }
    return normalized;
}
function detectKind(at, environment) {
    if ((0,external_node_fs_.existsSync)(at('base', load/* APP_FILE */.xH)))
        return 'app';
    if ((0,external_node_fs_.existsSync)(at('Chart.yaml')))
        return 'helm';
    if (KUSTOMIZATION_FILES.some((file) => (0,external_node_fs_.existsSync)(at(environment, file))))
        return 'kustomize';
    return 'one source for every environment';
}

;// CONCATENATED MODULE: ./src/promote/helm-values-edit.ts



/**
 * `to`'s values file with the promoted image at `key` (dotted, e.g. `image` or `image.tag`): a key
 * ending in `tag` takes the tag (and the digest, `1.3.0@sha256:…`, which the usual `repo:tag` template
 * renders as a pinned reference); any other key takes the whole reference.
 */
function editHelmValues(file, text, key, moves) {
    const path = key.split('.');
    const { document, lineOf } = readEditable(file, text);
    if (!document.hasIn(path))
        throw new model_errors/* UserError */.y(`${file}: there is no key ${key} (promote-values-key); name the key that holds the image, e.g. image or image.tag`);
    const location = `${file}:${lineOf(path) ?? 1}`;
    const current = document.getIn(path);
    if (typeof current === 'object' && current !== null)
        throw new model_errors/* UserError */.y(`${location}: ${key} is not a single value; name the key that holds the image or its tag`);
    const byTag = path.at(-1) === 'tag';
    const sibling = byTag ? document.getIn([...path.slice(0, -1), 'repository']) : current;
    const move = moveFor(moves, typeof sibling === 'string' ? (0,image_reference/* splitImage */.s5)(sibling).name : undefined, location, key);
    const { tag, digest } = (0,image_reference/* splitImage */.s5)(move.promoted);
    if (byTag && !tag)
        throw new model_errors/* UserError */.y(`${location}: ${move.promoted} has no tag to write into ${key}; give promote-values-key the key of the whole image reference`);
    const value = byTag ? `${tag ?? ''}${digest ? `@${digest}` : ''}` : (0,image_reference/* joinImage */.OJ)((0,image_reference/* splitImage */.s5)(move.promoted));
    return { text: applyEdits(file, text, [{ path, value }]), move };
}
/** The promoted image the key stands for: the one of its name, or the only one. */
function moveFor(moves, name, location, key) {
    const named = name ? moves.find((move) => move.name === name) : undefined;
    if (named)
        return named;
    const [only, second] = moves;
    if (only && !second)
        return only;
    throw new model_errors/* UserError */.y(`${location}: cannot tell which of ${moves.map((move) => move.name).join(', ')} ${key} holds; give it the whole image reference, or a repository key beside the tag`);
}

// EXTERNAL MODULE: ./src/promote/image-moves.ts
var image_moves = __webpack_require__(21870);
;// CONCATENATED MODULE: ./src/promote/kustomization-edit.ts




/**
 * `to`'s kustomization with each promoted image in its `images:`: the entry that renders the image's
 * name (its newName, else its name) gets the promoted newTag and digest, an image without an entry
 * gets one; every other entry and key is left as it is.
 */
function editKustomizationImages(file, text, moves) {
    const { document, lineOf } = readEditable(file, text);
    const images = document.get('images', true);
    if (images !== undefined && images !== null && !(0,dist/* isSeq */.oP)(images))
        throw new model_errors/* UserError */.y(`${file}:${lineOf(['images']) ?? 1}: images is not a list; kustomize expects one`);
    const entries = (0,dist/* isSeq */.oP)(images)
        ? images.items.map((item) => ((0,dist/* isMap */.jh)(item) ? item.toJSON() : {}))
        : [];
    const edits = [];
    const added = [];
    for (const move of moves) {
        const { tag, digest } = (0,image_reference/* splitImage */.s5)(move.promoted);
        const index = entries.findIndex((entry) => renderedName(entry) === move.name);
        if (index === -1) {
            added.push({ name: move.name, ...(tag ? { newTag: tag } : {}), ...(digest ? { digest } : {}) });
            continue;
        }
        edits.push({ path: ['images', index, 'newTag'], value: tag });
        edits.push({ path: ['images', index, 'digest'], value: digest });
    }
    // Removing a key that is not there is no edit: without this, a tag-only entry would be rewritten.
    const needed = edits.filter((edit) => edit.value !== undefined || document.hasIn(edit.path));
    if (added.length === 0)
        return needed.length === 0 ? text : applyEdits(file, text, needed);
    for (const edit of needed) {
        if (edit.value === undefined)
            document.deleteIn(edit.path);
        else
            setPath(document, edit.path, edit.value);
    }
    if ((0,dist/* isSeq */.oP)(images))
        for (const entry of added)
            images.add(document.createNode(entry));
    else
        document.set('images', document.createNode(added));
    return documentText(document);
}
function renderedName(entry) {
    const name = typeof entry.newName === 'string' ? entry.newName : entry.name;
    return typeof name === 'string' ? name : undefined;
}

;// CONCATENATED MODULE: ./src/app/commands/last-release.ts
/**
 * `from`'s images as its ApplySet parent recorded them at its last successful apply. The parent keeps
 * its record when an apply fails, so the newest GitHub Deployment, when there is one, names the last
 * apply tried: that is the commit whose status is checked.
 */
function releaseFromParent(state, from, parent, lastDeployment) {
    if (!state?.lastCommit)
        return {
            refused: `${from} has no apply recorded: its ApplySet parent Secret ${parent} ${state ? 'names no applied commit' : 'does not exist'}`,
        };
    if (!state.lastImages || state.lastImages.length === 0)
        return {
            refused: `${from}'s ApplySet parent Secret ${parent} records no images (an apply by an earlier kubesync, or no workloads); apply ${from} again, then promote`,
        };
    return {
        commit: lastDeployment?.sha ?? state.lastCommit,
        images: state.lastImages,
        imagesFrom: `its ApplySet parent Secret ${parent}`,
    };
}
/** Without `from`'s cluster: the newest Deployment names its last apply, its source in git the images. */
function releaseFromGit(lastDeployment, from, sourceImages, source) {
    if (!lastDeployment)
        return {
            refused: `${from} has no apply recorded: there is no GitHub Deployment for environment ${from} (and no credentials for its cluster, whose ApplySet parent records it)`,
        };
    if (sourceImages.length === 0)
        return { refused: `${source} (${from}'s source in git) runs no image` };
    return {
        commit: lastDeployment.sha,
        images: sourceImages,
        imagesFrom: `${source} (${from}'s source in git)`,
    };
}

;// CONCATENATED MODULE: ./src/promote/status-check.ts
/**
 * Why `from`'s last apply cannot be promoted, from the statuses of its commit (newest first, so the
 * first of the context is its state now); undefined when it succeeded.
 */
function statusRefusal(statuses, context, sha, from) {
    const commit = sha.slice(0, 7);
    const status = statuses.find((entry) => entry.context === context);
    if (!status)
        return `${from}'s last apply (commit ${commit}) has no commit status ${context}; only an apply that succeeded is promoted`;
    const said = status.description ? `: ${status.description}` : '';
    if (status.state === 'success')
        return undefined;
    if (status.state === 'pending')
        return `${from}'s last apply (commit ${commit}) has not finished (${context} is pending${said}); promote once it has succeeded`;
    return `${from}'s last apply (commit ${commit}) did not succeed (${context} is ${status.state}${said}); fix ${from} first`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(82163);
// EXTERNAL MODULE: ./src/model/markdown-escape.ts
var markdown_escape = __webpack_require__(52654);
// EXTERNAL MODULE: ./src/report/inline.ts
var inline = __webpack_require__(28837);
;// CONCATENATED MODULE: ./src/report/promotion-body.ts




/** GitHub caps a title at 256 characters. */
const TITLE_LIMIT = 256;
/** `Promote web to production: web 1.2.0 → 1.3.0`. */
function promotionTitle(app, to, moves) {
    const title = `Promote ${app} to ${to}: ${moves.filter(image_moves/* isChange */.Xb).map(image_moves/* shortChange */.H5).join(', ')}`;
    return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}
/** The images a promotion moves, one row each: what `to` runs now, and after the merge. */
function promotionImageTable(to, moves) {
    return [
        `| image | ${(0,markdown_escape/* escapeMarkdown */.F)(to)} now | after merge |`,
        '| --- | --- | --- |',
        ...moves.map((move) => `| ${(0,inline/* code */.aY)(move.name)} | ${(0,inline/* code */.aY)(move.current)} | ${(0,image_moves/* isChange */.Xb)(move) ? (0,inline/* code */.aY)(move.promoted) : 'unchanged'} |`),
    ];
}
/** The promotion pull request's body: where the images come from, the table, the file edited, the plan. */
function promotionBody(input, secrets) {
    const head = [
        `### Promote ${(0,inline/* code */.aY)(input.app)} from ${(0,inline/* code */.aY)(input.from)} to ${(0,inline/* code */.aY)(input.to)}`,
        '',
        `${(0,markdown_escape/* escapeMarkdown */.F)(input.from)} last applied ${(0,inline/* code */.aY)(input.fromCommit.slice(0, 7))}, and ${(0,inline/* code */.aY)(input.statusContext)} says it succeeded. Its images, read from ${input.imagesFrom}:`,
        '',
        ...promotionImageTable(input.to, input.moves),
        '',
        `This pull request writes them into ${(0,inline/* code */.aY)(input.editedFile)}; merging it applies them to ${(0,markdown_escape/* escapeMarkdown */.F)(input.to)}.`,
        '',
    ].join('\n');
    const tail = '\n_Opened by kubesync promote; a later promotion to the same environment updates it._\n';
    const plan = 'markdown' in input.plan
        ? `<details><summary>Plan of ${(0,markdown_escape/* escapeMarkdown */.F)(input.to)} with this change</summary>\n\n${input.plan.markdown}\n</details>\n`
        : `_${(0,markdown_escape/* escapeMarkdown */.F)(input.plan.note)}_\n`;
    const body = secrets.redact(head + plan + tail);
    if (body.length <= markdown/* COMMENT_LIMIT */.W$)
        return body;
    const short = `_The plan of ${(0,markdown_escape/* escapeMarkdown */.F)(input.to)} is too long for this description: the pull request's plan comment has it._\n`;
    return secrets.redact(head + short + tail);
}

// EXTERNAL MODULE: ./src/app/records/plan-records.ts
var plan_records = __webpack_require__(82552);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/app/commands/app-name.ts
var app_name = __webpack_require__(9977);
// EXTERNAL MODULE: ./src/cluster/session.ts
var cluster_session = __webpack_require__(58266);
// EXTERNAL MODULE: ./src/app/commands/plan.ts + 2 modules
var plan = __webpack_require__(44987);
;// CONCATENATED MODULE: ./src/app/promote-app.ts






















const PROMOTION_LABEL = 'kubesync/promotion';
/** What one app's promotion did: the pull request it opened or updated, or why it refused. */
/** The branch a promotion of an app to an environment is written on; one pull request each. */
function promotionBranch(app, to) {
    return `kubesync/promote/${app}/${to}`;
}
/**
 * One app's promotion: read what `from` runs (its ApplySet parent, else its source in git), refuse
 * unless its last apply succeeded, write those images into `to`'s source, and open or update the
 * pull request from `kubesync/promote/<app>/<to>`. Nothing is written on refusal or error.
 */
async function runPromote(settings, run, runtime) {
    const { from, to } = environmentsOf(settings);
    const toSource = sourceOf(settings, to);
    requireFile(settings, toSource, to);
    const toSettings = settingsFor(settings, toSource, to);
    const toLoaded = await renderSource(toSettings);
    const app = (0,app_name/* appNameOf */.E)(toSettings, toLoaded);
    const fromSettings = fromSettingsOf(settings, sourceOf(settings, from), from);
    // The name of `from`'s apply: the same rule, on `from`'s manifest path.
    const fromApp = (0,app_name/* appNameOf */.E)(fromSettings, toLoaded);
    const github = promotionGitHub(run, runtime);
    const base = { app, from, to, images: [] };
    const release = await lastRelease(fromSettings, fromApp, github, runtime);
    if ('refused' in release)
        return { ...base, refused: release.refused };
    const statusContext = (0,plan_records/* statusContextOf */.rM)(fromSettings, fromApp);
    const notSucceeded = statusRefusal(await github.statusesOf(release.commit), statusContext, release.commit, from);
    if (notSucceeded)
        return { ...base, fromCommit: release.commit, refused: notSucceeded };
    const toImages = (0,record/* imagesOf */.IC)(toLoaded.resources.map((resource) => resource.object));
    const candidates = (0,image_moves/* imageMoves */.A3)(release.images, toImages);
    if (candidates.length === 0)
        return {
            ...base,
            fromCommit: release.commit,
            refused: `${from} runs no image that ${to}'s source runs (${from}: ${release.images.join(', ')}; ${to}: ${toImages.join(', ') || 'none'})`,
        };
    const text = await (0,promises_.readFile)(external_node_path_default().join(settings.workspace, toSource.file), 'utf8');
    const edit = editSource(toSource, text, candidates, settings, toLoaded);
    const result = { ...base, images: edit.moves, fromCommit: release.commit, editedFile: toSource.file };
    if (!edit.moves.some(image_moves/* isChange */.Xb) || edit.text === text) {
        runtime.log.info(`${to} already runs ${from}'s images: nothing to promote`);
        return result;
    }
    const title = promotionTitle(app, to, edit.moves);
    const plan = await planWithEdit(toSettings, app, toSource.file, edit.text, run, runtime);
    const body = promotionBody({
        app,
        from,
        to,
        fromCommit: release.commit,
        statusContext,
        imagesFrom: release.imagesFrom,
        moves: edit.moves,
        editedFile: toSource.file,
        plan,
    }, runtime.secrets);
    const branch = promotionBranch(app, to);
    const baseBranch = await github.baseBranch(settings.revision.ref);
    const file = toSource.file.split((external_node_path_default()).sep).join('/');
    await github.writeBranch(branch, run.sha, [{ path: file, text: edit.text }], title);
    runtime.log.info(`${branch}: ${file} holds ${from}'s images`);
    const pullRequest = await github.upsertPullRequest({
        branch,
        base: baseBranch,
        title,
        body,
        label: PROMOTION_LABEL,
    });
    runtime.log.info(`pull request #${pullRequest.number} ${pullRequest.created ? 'opened' : 'updated'}: ${pullRequest.url}`);
    return { ...result, pullRequest };
}
function environmentsOf(settings) {
    const { from, to } = settings.promotion;
    if (!from || !to)
        throw new model_errors/* UserError */.y('promote needs the inputs from and to: the environment whose images move on (e.g. staging) and the one they move to (e.g. production)');
    if (from === to)
        throw new model_errors/* UserError */.y(`promote: from and to are both ${from}; name two environments`);
    return { from, to };
}
function sourceOf(settings, environment) {
    return environmentSource(settings.workspace, settings.manifest, settings.manifestType, environment);
}
function requireFile(settings, source, environment) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(settings.workspace, source.file)))
        return;
    const holds = { app: 'its overlay of base', kustomize: 'its kustomization', helm: 'its values' }[source.kind];
    throw new model_errors/* UserError */.y(`${source.file} does not exist: it is ${environment}'s own source (${holds}), where promote writes the images; create it, or check the inputs manifest and from/to`);
}
/** The settings that render one environment's own source. */
function settingsFor(settings, source, environment) {
    return {
        ...settings,
        environment,
        manifest: source.manifest,
        helm: { ...settings.helm, valuesFiles: [...settings.helm.valuesFiles, ...source.valuesFiles] },
    };
}
/** `from`'s source, and its cluster: the from-* inputs, each falling back to the step's own. */
function fromSettingsOf(settings, source, from) {
    const { fromKubeconfig, fromContext, fromNamespace } = settings.promotion;
    return {
        ...settingsFor(settings, source, from),
        cluster: {
            ...settings.cluster,
            kubeconfig: fromKubeconfig || settings.cluster.kubeconfig,
            context: fromContext || settings.cluster.context,
        },
        namespace: fromNamespace || settings.namespace,
    };
}
async function renderSource(settings) {
    const loaded = await (0,load/* loadManifests */.DD)(settings);
    const errors = loaded.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0)
        throw new model_errors/* UserError */.y(`${settings.environment}'s source does not render, so its images are unknown:\n${errors.map(finding/* formatFinding */.tf).join('\n')}`);
    return loaded;
}
function promotionGitHub(run, runtime) {
    if (!runtime.github)
        throw new model_errors/* UserError */.y('promote reads commit statuses and opens a pull request: it needs github-token and the repository (GITHUB_REPOSITORY)');
    if (!run.sha)
        throw new model_errors/* UserError */.y('promote needs the commit the workflow checked out (GITHUB_SHA)');
    return runtime.github.promotions;
}
/** What `from` runs: from its cluster when there are credentials for it, else from its source in git. */
async function lastRelease(fromSettings, fromApp, github, runtime) {
    const from = fromSettings.environment;
    const lastDeployment = await github.lastDeployment((0,plan_records/* deploymentEnvironmentOf */.a$)(fromSettings, fromApp), fromApp);
    const session = runtime.connect(fromSettings, fromApp);
    if (session) {
        const { inventory } = session;
        const state = await (0,cluster_session/* readInventory */.z)(session);
        return releaseFromParent(state, from, `${inventory.namespace}/${inventory.parentName}`, lastDeployment);
    }
    runtime.log.info(`no credentials for ${from}'s cluster: reading its images from its source in git`);
    const checkedOut = fromSettings.revision.sha;
    if (lastDeployment && checkedOut && lastDeployment.sha !== checkedOut)
        runtime.log.warning(`${from} last applied ${lastDeployment.sha.slice(0, 7)}, but the checkout is ${checkedOut.slice(0, 7)}: the images are read from the checkout; give from-kubeconfig to read what ${from} runs`);
    const source = sourceOf(fromSettings, from);
    requireFile(fromSettings, source, from);
    const loaded = await renderSource(fromSettings);
    const images = (0,record/* imagesOf */.IC)(loaded.resources.map((resource) => resource.object));
    return releaseFromGit(lastDeployment, from, images, source.file);
}
/** `to`'s file with the images written in, and the images it sets. */
function editSource(source, text, moves, settings, toLoaded) {
    switch (source.kind) {
        case 'app': {
            const appImage = settings.image || toLoaded.app?.spec.image;
            const name = appImage ? (0,image_reference/* splitImage */.s5)(appImage).name : undefined;
            const move = moves.find((candidate) => candidate.name === name) ?? moves[0];
            if (!move)
                return { text, moves: [] };
            return { text: editAppOverlay(source.file, text, move.promoted), moves: [move] };
        }
        case 'kustomize':
            return { text: editKustomizationImages(source.file, text, moves), moves };
        case 'helm': {
            const key = settings.promotion.valuesKey;
            if (!key)
                throw new model_errors/* UserError */.y(`promote, Helm chart: set promote-values-key to the key of ${source.file} that holds the image (e.g. image or image.tag)`);
            const edited = editHelmValues(source.file, text, key, moves);
            return { text: edited.text, moves: [edited.move] };
        }
    }
}
/**
 * The plan of `to` as the pull request would leave it, when there are credentials for `to`: planned
 * from a copy of the checkout with the edit in it. A plan that cannot be made is a note, not a failure:
 * the pull request's own plan comment follows.
 */
async function planWithEdit(toSettings, app, file, text, run, runtime) {
    const to = toSettings.environment;
    if (!runtime.connect(toSettings, app))
        return { note: `No credentials for ${to} in this step: the plan comes as this pull request's comment.` };
    const copy = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'kubesync-promote-'));
    try {
        await (0,promises_.cp)(toSettings.workspace, copy, {
            recursive: true,
            filter: (source) => external_node_path_default().basename(source) !== '.git',
        });
        await (0,promises_.writeFile)(external_node_path_default().join(copy, file), text);
        const provenance = { commit: run.sha, run: run.runUrl, ref: toSettings.revision.ref ?? '' };
        const result = await runtime.log.group(`plan of ${to}`, () => (0,plan/* runPlan */.F)({ ...toSettings, workspace: copy }, provenance, runtime));
        const comment = (0,markdown/* renderPlanComment */.zk)((0,plan_records/* planCommentOf */.O9)(toSettings, run, result), runtime.secrets);
        // The first line is the marker that finds a plan comment; this is not one.
        return { markdown: comment.slice(comment.indexOf('\n') + 1) };
    }
    catch (error) {
        if (!(0,model_errors/* isUserError */.i)(error))
            throw error;
        return { note: `The plan of ${to} could not be made: ${error.message}` };
    }
    finally {
        await (0,promises_.rm)(copy, { recursive: true, force: true });
    }
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

/***/ 74110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   M8: () => (/* binding */ recordIntent),
/* harmony export */   rN: () => (/* binding */ recordCommit)
/* harmony export */ });
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _cluster_legacy_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60885);
/* harmony import */ var _manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9867);



/**
 * Before the first write, the parent records the union of the old and the new kinds, so that a run
 * interrupted midway can still prune. It keeps the last applied commit until this one succeeds: a
 * failed apply must not erase the record that refuses older commits.
 */
async function recordIntent(client, inventory, plan, state, fieldManager) {
    await takeOverLegacyParent(client, inventory, state, fieldManager);
    const newMembers = plan.changes.flatMap((change) => change.desired && (0,_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .isMember */ .NB)(change.desired, inventory.id) ? [change.desired] : []);
    const oldMembers = plan.changes.flatMap((change) => change.live && change.action !== 'create' ? [change.live] : []);
    const lastApplied = state?.lastCommit
        ? {
            sha: state.lastCommit,
            digest: state.lastDigest ?? '',
            images: state.lastImages,
            at: state.lastAppliedAt,
        }
        : undefined;
    await client.apply(inventory.parent([...newMembers, ...oldMembers], lastApplied), { force: true });
}
/**
 * Records the applied commit and exactly the kinds/namespaces still in the set: orphans, kept members
 * and members whose prune failed stay members, so the next run sees them (and prunes them again).
 */
async function recordCommit(client, inventory, plan, state, provenance, fieldManager, notPruned = []) {
    // Everything kubesync applies is a member, except a Namespace made by create-namespace (never pruned).
    const remaining = new Set(notPruned);
    const members = plan.changes
        .map((change) => change.desired ??
        (change.action === 'orphan' || change.action === 'keep' || remaining.has(change)
            ? change.live
            : undefined))
        .filter((object) => object !== undefined && (0,_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .isMember */ .NB)(object, inventory.id));
    if (!state && members.length === 0)
        return;
    const applied = plan.changes.flatMap((change) => (change.desired ? [change.desired] : []));
    const commit = {
        sha: provenance.commit,
        digest: plan.digest,
        images: imagesOf(applied),
        at: new Date().toISOString(),
    };
    await takeOverLegacyParent(client, inventory, state, fieldManager);
    await client.apply(inventory.parent(members, commit), { force: true });
}
/** An older kubesync's parent: its fields move to the app's manager, so that one it stops writing goes. */
async function takeOverLegacyParent(client, inventory, state, fieldManager) {
    if (state?.legacyParent)
        await (0,_cluster_legacy_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .migrateLegacyManager */ .KC)(client, inventory.parentRef, inventory.id, fieldManager);
}
/** The images the objects' containers run (init and ephemeral ones too), each once, sorted. */
function imagesOf(objects) {
    const images = objects.flatMap((object) => (0,_manifests_image_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .containersOf */ .Mz)(object).flatMap((container) => typeof container.image === 'string' && container.image ? [container.image] : []));
    return [...new Set(images)].sort();
}


/***/ })

};

//# sourceMappingURL=265.index.js.map