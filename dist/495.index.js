export const id = 495;
export const ids = [495];
export const modules = {

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
/* harmony import */ var _apply_waves_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67398);


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
    const waved = changed.some((change) => (0,_apply_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(change) !== 0);
    if (hooks.length === 0 && !waved)
        return [];
    const lines = [];
    const phase = (name) => {
        for (const hook of hooks.filter((candidate) => candidate.spec.phases.includes(name)))
            lines.push(`${WHEN[name]}: ${hook.subject} (hook, wave ${hook.spec.wave})`);
    };
    phase('PreSync');
    for (const change of [...changed].sort((a, b) => (0,_apply_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(a) - (0,_apply_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(b)))
        lines.push(`wave ${(0,_apply_waves_js__WEBPACK_IMPORTED_MODULE_1__/* .waveOfChange */ .N)(change)}: ${change.subject} (${change.action})`);
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
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18516);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85437);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28837);
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70247);
/* harmony import */ var _own_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68970);




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
            if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(container) && typeof container.name === 'string')
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
    const after = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(desired.spec) ? desired.spec.replicas : undefined;
    const before = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(live.spec) ? live.spec.replicas : undefined;
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
            if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(item) && typeof item.name === 'string')
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
    const kind = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(desired);
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
        if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data))
            for (const [key, value] of Object.entries(data))
                entries.set(`${field}/${key}`, value);
    }
    return entries;
}
/** Decoded values: stringData is written over data, as the server does. */
function secretData(object) {
    const entries = new Map();
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.data))
        for (const [key, value] of Object.entries(object.data))
            entries.set(key, typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : value);
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.stringData))
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
        if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) || !(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(old)) {
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
    const own = field === 'labels' ? _own_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_LABELS */ .N9 : field === 'annotations' ? _own_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_ANNOTATIONS */ .Gj : undefined;
    if (!own || !(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value))
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !own.includes(key)));
}
/** Whether `live` has every field `desired` sets, with the same value (lists item by item). */
function covers(live, desired) {
    if (Array.isArray(desired))
        return (Array.isArray(live) &&
            live.length === desired.length &&
            desired.every((item, index) => covers(live[index], item)));
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(desired))
        return (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(live) && Object.entries(desired).every(([key, value]) => covers(live[key], value));
    return live === desired;
}


/***/ }),

/***/ 68970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ withoutOwnMetadata),
/* harmony export */   Gj: () => (/* binding */ OWN_ANNOTATIONS),
/* harmony export */   N9: () => (/* binding */ OWN_LABELS)
/* harmony export */ });
/* harmony import */ var _cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36186);
/* harmony import */ var _manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85437);
/* harmony import */ var _manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18516);
/* harmony import */ var _plan_normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13424);
/* harmony import */ var _secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25150);





/** The labels and annotations kubesync writes on every object it applies, whatever the manifests say. */
const OWN_LABELS = [_cluster_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .PART_OF_LABEL */ .vr];
const OWN_ANNOTATIONS = [
    ..._plan_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVENANCE_ANNOTATIONS */ .r2,
    'kubectl.kubernetes.io/last-applied-configuration',
];
/**
 * A copy without kubesync's own labels and annotations (the ApplySet label, the commit, run and ref,
 * the Doppler checksum on a pod template): a reviewer of a new or deleted object reads what the
 * manifests say, and the comment says once that kubesync adds these.
 */
function withoutOwnMetadata(object) {
    const copy = (0,_secrets_doppler_secret_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutChecksum */ .Kw)(object);
    if ((0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(copy.metadata)) {
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
    if (!(0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(map))
        return;
    for (const key of keys)
        delete map[key];
    if (Object.keys(map).length === 0)
        delete metadata[field];
}
function templateMetadata(object) {
    let current = object;
    for (const part of (0,_manifests_pod_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .podSpecPathOf */ .D)(object)?.slice(0, -1) ?? [])
        current = (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current) ? current[part] : undefined;
    return current !== object && (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current) && (0,_manifests_resource_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(current.metadata) ? current.metadata : undefined;
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
/* harmony import */ var _validate_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93043);
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
        lines.push((0,_validate_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .formatFinding */ .tf)(warning));
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


/***/ })

};

//# sourceMappingURL=495.index.js.map