export const id = 537;
export const ids = [537];
export const modules = {

/***/ 61063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readableStack)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);




/** A frame's location: `file:///…/dist/123.index.js:10:5` or `/…/dist/index.js:10:5`. */
const LOCATION = /(file:\/\/[^\s()]+|\/[^\s():]+\.js):(\d+):(\d+)/g;
/**
 * A bug's stack with every frame in the bundle mapped back to its src/*.ts line. The source maps are
 * read only here, when a bug is reported: turning Node's source-map support on for the whole run would
 * read and parse every chunk's map at start-up.
 */
function readableStack(error) {
    if (!(error instanceof Error))
        return String(error);
    const stack = error.stack ?? `${error.name}: ${error.message}`;
    const maps = new Map();
    return stack.replace(LOCATION, (whole, location, line, column) => {
        const file = location.startsWith('file://') ? (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(location) : location;
        if (!maps.has(file))
            maps.set(file, sourceMapOf(file));
        const origin = maps.get(file)?.findOrigin(Number(line), Number(column));
        if (!origin || !('fileName' in origin))
            return whole;
        const source = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), origin.fileName.replace(/^webpack:\/\/[^/]*\//, ''));
        return `${source}:${origin.lineNumber}:${origin.columnNumber}`;
    });
}
function sourceMapOf(file) {
    try {
        return new node_module__WEBPACK_IMPORTED_MODULE_1__.SourceMap(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${file}.map`, 'utf8')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 10537:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/model/cancel.ts
var cancel = __webpack_require__(61987);
;// CONCATENATED MODULE: ./src/secrets/guard-output.ts
const ADD_MASK = '::add-mask::';
/**
 * Redacts every write to stdout and stderr, whoever makes it (our log, @actions/core's annotations and
 * setFailed, a stack trace), so a secret that reaches a message by any path is still not printed. The
 * runner's `::add-mask::` command is the one line that must carry the value: the runner consumes it and
 * never shows it. Returns the unguarded write, for output the user asked to see (`render --show-secrets`).
 */
function guardOutput(stream, secrets) {
    const write = stream.write.bind(stream);
    const guarded = (chunk, ...rest) => {
        if (secrets.size === 0)
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        if (text.startsWith(ADD_MASK))
            return write(chunk, ...rest);
        return write(secrets.redact(text), ...rest);
    };
    stream.write = guarded;
    return (text) => write(text);
}

// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/app/stack-trace.ts
var stack_trace = __webpack_require__(61063);
;// CONCATENATED MODULE: ./src/entry.ts




// One bundle is both the action and the CLI. The runner starts an action as `node dist/index.js` with
// no arguments; a person or a script always names a command (or --help).
const asCli = process.argv.length > 2 || process.env.GITHUB_ACTIONS !== 'true';
const cancellation = (0,cancel/* cancelOnSignals */.dJ)();
let finished = false;
// A promise that never settles would let Node exit quietly with the work half done: say so and fail.
process.on('beforeExit', () => {
    if (finished)
        return;
    finished = true;
    const message = 'kubesync stopped before it finished: a request never completed and nothing else was left to run. This is a bug; the lines above show how far it got';
    process.stderr.write(asCli ? `kubesync: ${message}\n` : `::error::${message}\n`);
    process.exitCode = asCli ? 2 : 1;
});
/** The CLI, or the action; each loads only its own code. */
async function start() {
    if (asCli) {
        // Nothing this process prints may carry a secret value it has seen, whatever the path to the message.
        const secrets = new redact/* SecretValues */.jQ();
        const writeUnredacted = guardOutput(process.stdout, secrets);
        guardOutput(process.stderr, secrets);
        const { runCli } = await Promise.all(/* import() */[__webpack_require__.e(433), __webpack_require__.e(340), __webpack_require__.e(359)]).then(__webpack_require__.bind(__webpack_require__, 52359));
        const terminal = { cwd: process.cwd(), env: process.env, secrets, writeUnredacted, cancellation };
        process.exitCode = await runCli(process.argv.slice(2), terminal);
        return;
    }
    const { maskInRunnerLog, run, runnerEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(788), __webpack_require__.e(433), __webpack_require__.e(955), __webpack_require__.e(791), __webpack_require__.e(941), __webpack_require__.e(495), __webpack_require__.e(192), __webpack_require__.e(170), __webpack_require__.e(340), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 76405));
    const secrets = new redact/* SecretValues */.jQ(maskInRunnerLog);
    guardOutput(process.stdout, secrets);
    guardOutput(process.stderr, secrets);
    await run(runnerEnvironment(process.env, process.cwd()), secrets, cancellation);
}
void start()
    .catch((error) => {
    // Only a bug gets here (every expected failure is reported by the command): one line and a stack.
    const text = (0,stack_trace/* readableStack */.x)(error);
    process.stderr.write(asCli ? `kubesync: internal error: ${text}\n` : `::error::kubesync internal error: ${text}\n`);
    process.exitCode = asCli ? 2 : 1;
})
    .finally(() => {
    finished = true;
});


/***/ }),

/***/ 61987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ cancellation),
/* harmony export */   dJ: () => (/* binding */ cancelOnSignals),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);


/** The run was cancelled (the runner's SIGINT/SIGTERM, or Ctrl-C): a reason to stop, not a bug. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    signalName;
    constructor(signalName) {
        super(`cancelled (${signalName})`);
        this.signalName = signalName;
    }
}
/** Why the run must stop, or undefined while it may go on. */
function cancellation(signal) {
    if (!signal?.aborted)
        return undefined;
    return signal.reason instanceof CancelledError ? signal.reason : new CancelledError(String(signal.reason));
}
/** Waits `ms`, or less when the run is cancelled meanwhile; never throws. */
async function pause(ms, signal) {
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}
/**
 * Turns SIGINT and SIGTERM (a cancelled workflow: the runner sends them before SIGKILL) into an
 * aborted signal, so an apply stops starting work and cleans up: releases the lock, records the
 * outcome. With nothing to clean up (a plan, a render), or on a second signal, the process ends at once.
 */
function cancelOnSignals() {
    const controller = new AbortController();
    let cleanupsUnderWay = 0;
    const onSignal = (name) => {
        if (controller.signal.aborted || cleanupsUnderWay === 0)
            process.exit(name === 'SIGINT' ? 130 : 143);
        controller.abort(new CancelledError(name));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        withCleanup: async (work) => {
            cleanupsUnderWay++;
            try {
                return await work();
            }
            finally {
                cleanupsUnderWay--;
            }
        },
    };
}


/***/ }),

/***/ 87206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51579);

/**
 * A problem the user can fix: a bad manifest, a bad input, missing credentials or a missing tool.
 * Anything that is not a UserError is a bug in kubesync and keeps its stack trace.
 */
class UserError extends Error {
    origin;
    name = 'UserError';
    constructor(message, origin) {
        super(origin ? `${(0,_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOrigin */ .cp)(origin)}: ${message}` : message);
        this.origin = origin;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 41300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   MK: () => (/* binding */ warningAt),
/* harmony export */   Os: () => (/* binding */ errorAt),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   tf: () => (/* binding */ formatFinding)
/* harmony export */ });
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51579);

function errorAt(origin, rule, message) {
    return { severity: 'error', rule, message, origin };
}
function warningAt(origin, rule, message) {
    return { severity: 'warning', rule, message, origin };
}
/** `file:line:col: error: message [rule]`, the way compilers print, so editors can jump to it. */
function formatFinding(finding) {
    return `${(0,_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOrigin */ .cp)(finding.origin)}: ${finding.severity}: ${finding.message} [${finding.rule}]`;
}
function countFindings(findings) {
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    return { errors, warnings: findings.length - errors };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => a.origin.file.localeCompare(b.origin.file) ||
        a.origin.line - b.origin.line ||
        a.origin.column - b.origin.column ||
        a.message.localeCompare(b.message));
}


/***/ }),

/***/ 52654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/** Escapes text for a Markdown table cell or inline position in the PR comment. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}
/** Escapes text for a cell of the job summary's tables. */
function escapeCell(text) {
    return text.replace(/[|\\`*_<>[\]]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}


/***/ }),

/***/ 51579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cp: () => (/* binding */ formatOrigin),
/* harmony export */   dV: () => (/* binding */ OriginMap),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* unused harmony export pathKey */
function formatOrigin(origin) {
    return `${origin.file}:${origin.line}:${origin.column}`;
}
function pathKey(path) {
    return path.map(String).join('\u0000');
}
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
/**
 * The origin of every value in a document, keyed by its path. A path with no entry of its own takes
 * the origin of its nearest ancestor, so a finding on a field that is missing points at its parent.
 */
class OriginMap {
    documentOrigin;
    origins = new Map();
    constructor(documentOrigin) {
        this.documentOrigin = documentOrigin;
    }
    set(path, origin) {
        this.origins.set(pathKey(path), origin);
    }
    locate(path) {
        for (let length = path.length; length > 0; length--) {
            const origin = this.origins.get(pathKey(path.slice(0, length)));
            if (origin)
                return origin;
        }
        return this.origins.get(pathKey([])) ?? this.documentOrigin;
    }
    /** Entries under `prefix`, with the prefix removed, for merging overlays. */
    entriesUnder(prefix) {
        const key = pathKey(prefix);
        const result = [];
        for (const [entryKey, origin] of this.origins) {
            if (prefix.length === 0 || entryKey === key || entryKey.startsWith(key + '\u0000')) {
                const parts = entryKey === '' ? [] : entryKey.split('\u0000');
                result.push([parts.slice(prefix.length), origin]);
            }
        }
        return result;
    }
    deleteUnder(prefix) {
        for (const [entryPath] of this.entriesUnder(prefix)) {
            this.origins.delete(pathKey([...prefix, ...entryPath]));
        }
    }
}


/***/ }),

/***/ 27813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   G: () => (/* binding */ annotationList),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Nk: () => (/* binding */ metadataOf),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   Wy: () => (/* binding */ labelOf),
/* harmony export */   eE: () => (/* binding */ resourceAt),
/* harmony export */   lW: () => (/* binding */ annotationOf),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uO: () => (/* binding */ apiVersionOf),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(value) {
    return typeof value === 'string' ? value : undefined;
}
function apiVersionOf(object) {
    return stringField(object.apiVersion);
}
function kindOf(object) {
    return stringField(object.kind);
}
function metadataOf(object) {
    return isRecord(object.metadata) ? object.metadata : {};
}
/** A string-valued annotation of the object, or undefined when it has none (or not a string). */
function annotationOf(object, name) {
    return stringField(fieldOf(metadataOf(object).annotations, name));
}
/** A string-valued label of the object, or undefined. */
function labelOf(object, name) {
    return stringField(fieldOf(metadataOf(object).labels, name));
}
/** A comma-separated annotation (`Prune=false,Replace=true`), entries trimmed; undefined when absent. */
function annotationList(object, name) {
    return annotationOf(object, name)
        ?.split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
}
function fieldOf(map, key) {
    return isRecord(map) ? map[key] : undefined;
}
function nameOf(object) {
    return stringField(metadataOf(object).name);
}
function namespaceOf(object) {
    return stringField(metadataOf(object).namespace);
}
/** The API group of `apps/v1` is `apps`; of `v1` it is the core group, spelled ''. */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
function versionOf(apiVersion) {
    return apiVersion.slice(apiVersion.indexOf('/') + 1);
}
/** `Deployment web` or `Deployment shop/web`, as people and kubectl write it. */
function describeObject(object) {
    const namespace = namespaceOf(object);
    const name = nameOf(object) ?? '<no name>';
    return `${kindOf(object) ?? '<no kind>'} ${namespace ? `${namespace}/` : ''}${name}`;
}
/** Resources built by kubesync itself (from an Application) point every field at one origin map. */
function resourceAt(object, locate) {
    return { object, origin: locate([]), locate };
}


/***/ }),

/***/ 40997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   pI: () => (/* binding */ maskSecretPair),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

const MASK = '***';
const SECRET_FIELDS = ['data', 'stringData'];
/** What a masked value reads as: `***`, or where it comes from when it is fetched at apply time. */
function maskFor(key, sources) {
    const source = sources?.[key];
    return source ? `from ${source}` : MASK;
}
/**
 * A copy of a Secret with every data and stringData value replaced by `***`, as `kubectl diff` shows it;
 * a value fetched at apply time shows where from (`from doppler://production/DATABASE_URL`).
 */
function maskSecret(object, sources) {
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) !== 'Secret')
        return object;
    const masked = { ...object };
    for (const field of SECRET_FIELDS) {
        const values = object[field];
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(values))
            masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, maskFor(key, sources)]));
    }
    if (sources && Object.keys(sources).length > 0) {
        const data = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(masked.data) ? masked.data : {};
        masked.data = {
            ...data,
            ...Object.fromEntries(Object.keys(sources).map((key) => [key, maskFor(key, sources)])),
        };
    }
    return masked;
}
/**
 * Both sides of a Secret diff with values masked, so the diff still says which keys changed: a changed
 * value shows as `*** (before)` / `*** (after)`, an unchanged one as `***` (the kubectl/Flux convention).
 */
function maskSecretPair(before, after, sources) {
    const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(after ?? before ?? {});
    if (kind !== 'Secret')
        return [before, after];
    const maskedBefore = before ? { ...before } : undefined;
    const maskedAfter = after ? { ...after } : undefined;
    for (const field of SECRET_FIELDS) {
        const old = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(before?.[field]) ? before[field] : {};
        const next = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(after?.[field]) ? after[field] : {};
        const label = (key, side) => key in old && key in next && old[key] !== next[key]
            ? `${maskFor(key, sources)} (${side})`
            : maskFor(key, sources);
        if (maskedBefore && before && field in before) {
            maskedBefore[field] = Object.fromEntries(Object.keys(old).map((key) => [key, label(key, 'before')]));
        }
        if (maskedAfter && after && field in after) {
            maskedAfter[field] = Object.fromEntries(Object.keys(next).map((key) => [key, label(key, 'after')]));
        }
    }
    return [maskedBefore, maskedAfter];
}


/***/ }),

/***/ 34200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ MIN_REDACTED_LENGTH),
/* harmony export */   Sd: () => (/* binding */ identifiersOf),
/* harmony export */   aI: () => (/* binding */ registerSecretData),
/* harmony export */   c: () => (/* binding */ registerSecretsIn),
/* harmony export */   jQ: () => (/* binding */ SecretValues),
/* harmony export */   s1: () => (/* binding */ shortValueFindings)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52654);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41300);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40997);




/**
 * Values shorter than this are never searched for in text, and never registered with the runner's
 * masking: a short value ("shop", "admin") is also part of names and words, and replacing it everywhere
 * garbles them while hiding little. Secret data is masked structurally (diffs, render) whatever its
 * length, and a shorter Secret value gets a warning instead (`shortValueFindings`).
 */
const MIN_REDACTED_LENGTH = 8;
/**
 * The secret values this run has seen (Doppler values, Secret data from the manifests and the cluster,
 * tokens), and every text form they could leak in: as written, line by line, base64, URL-encoded,
 * JSON-escaped and Markdown-escaped. Everything kubesync writes outside the cluster passes through
 * `redact`. Next to them it keeps identifiers (kinds, names, namespaces, labels, file paths): a value
 * found inside one of those is left as written, since the name shows it anyway.
 */
class SecretValues {
    onRegister;
    forms = new Set();
    sorted = [];
    identifiers = new Set();
    /** `onRegister` is called once per new value; the action registers it with the runner's masking. */
    constructor(onRegister = () => undefined) {
        this.onRegister = onRegister;
    }
    register(value) {
        const lines = value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line.length >= MIN_REDACTED_LENGTH);
        const candidates = value.length >= MIN_REDACTED_LENGTH ? [value, ...lines] : lines;
        let added = false;
        for (const candidate of new Set(candidates)) {
            for (const form of encodingsOf(candidate)) {
                if (this.forms.has(form))
                    continue;
                this.forms.add(form);
                added = true;
            }
        }
        if (!added)
            return;
        // Longest first, so a value that contains another is replaced whole.
        this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
        // The runner masks each line it prints, so a multi-line value is registered line by line as well.
        for (const candidate of new Set(candidates))
            this.onRegister(candidate);
    }
    /** Names that redaction leaves as written wherever they appear. Shorter ones cannot hold a value. */
    keepIdentifiers(names) {
        for (const name of names)
            if (name.length >= MIN_REDACTED_LENGTH)
                this.identifiers.add(name);
    }
    redact(text) {
        let result = text;
        for (const form of this.sorted) {
            if (!result.includes(form))
                continue;
            const covering = [...this.identifiers].filter((name) => name.includes(form));
            result = covering.length === 0 ? result.split(form).join(_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5) : replaceOutside(result, form, covering);
        }
        return result;
    }
    /** A deep copy of a JSON-like value with every string redacted. */
    redactDeep(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((item) => this.redactDeep(item));
        if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.redactDeep(item)]));
        }
        return value;
    }
    get size() {
        return this.forms.size;
    }
}
/** Replaces each occurrence of `form` that does not lie inside an occurrence of one of `names`. */
function replaceOutside(text, form, names) {
    let result = '';
    let from = 0;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        if (at < from || insideName(text, at, form, names))
            continue;
        result += text.slice(from, at) + _mask_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5;
        from = at + form.length;
    }
    return result + text.slice(from);
}
function insideName(text, at, form, names) {
    for (const name of names) {
        for (let offset = name.indexOf(form); offset !== -1; offset = name.indexOf(form, offset + 1)) {
            if (at >= offset && text.startsWith(name, at - offset))
                return true;
        }
    }
    return false;
}
function encodingsOf(value) {
    const base64 = Buffer.from(value, 'utf8').toString('base64');
    const uri = encodeURIComponent(value);
    return [
        value,
        base64,
        base64.replace(/=+$/, ''),
        Buffer.from(value, 'utf8').toString('base64url'),
        uri,
        uri.replace(/%20/g, '+'),
        JSON.stringify(value).slice(1, -1),
        // Messages reach the PR comment and the job summary Markdown-escaped.
        (0,_model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(value),
        (0,_model_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .k)(value),
    ].filter((form) => form.length >= MIN_REDACTED_LENGTH);
}
/** What an object is called: kind, name, namespace, `Kind namespace/name`, and its labels' keys and values. */
function identifiersOf(object) {
    const labels = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object).labels;
    const names = [(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object), (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(object), (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(object), (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)];
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(object))
        names.push(`${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .namespaceOf */ .N6)(object)}/${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .nameOf */ .Vb)(object) ?? ''}`);
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(labels))
        for (const [key, value] of Object.entries(labels))
            names.push(key, typeof value === 'string' ? value : '');
    return names.filter((name) => Boolean(name));
}
/** A Secret's values: data decoded from base64, then stringData (which the server merges over data). */
function secretEntries(object) {
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) !== 'Secret')
        return [];
    const entries = [];
    for (const [field, encoded] of [
        ['data', true],
        ['stringData', false],
    ]) {
        const values = object[field];
        if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(values))
            continue;
        for (const [key, value] of Object.entries(values)) {
            if (typeof value !== 'string')
                continue;
            entries.push([key, encoded ? Buffer.from(value, 'base64').toString('utf8') : value]);
        }
    }
    return entries;
}
/**
 * Registers an object the manifests hold: the values of a Secret (data decoded from base64, and
 * stringData) to redact, and, for every kind, its identifiers to keep as written.
 */
function registerSecretData(secrets, object) {
    secrets.keepIdentifiers(identifiersOf(object));
    for (const [, value] of secretEntries(object))
        secrets.register(value);
}
/**
 * Registers every object in an API answer, a single object or a list (whose items carry no kind):
 * Secrets' values to redact, and every object's identifiers to keep.
 */
function registerSecretsIn(secrets, body) {
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(body))
        return;
    const { kind, items } = body;
    if (typeof kind !== 'string')
        return;
    if (!kind.endsWith('List') || !Array.isArray(items)) {
        registerSecretData(secrets, body);
        return;
    }
    const itemKind = kind.slice(0, -'List'.length);
    for (const item of items)
        if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(item))
            registerSecretData(secrets, { ...item, kind: itemKind });
}
/**
 * One warning per Secret value too short to be searched for in text: structurally masked in the
 * Secret, but shown as written wherever else it appears (a ConfigMap, an env value, a message).
 */
function shortValueFindings(objects) {
    const findings = [];
    for (const { object, origin } of objects) {
        if (!origin)
            continue;
        const keys = new Set(secretEntries(object)
            .filter(([, value]) => value.length > 0 && value.length < MIN_REDACTED_LENGTH)
            .map(([key]) => key));
        for (const key of keys) {
            findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .warningAt */ .MK)(origin, 'secret-value-too-short', `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object)}: the value of ${key} is under ${MIN_REDACTED_LENGTH} characters, too short to mask outside the Secret; use a longer value`));
        }
    }
    return findings;
}


/***/ })

};

//# sourceMappingURL=537.index.js.map