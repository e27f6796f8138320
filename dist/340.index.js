export const id = 340;
export const ids = [340];
export const modules = {

/***/ 81328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ versionLine)
/* harmony export */ });
/* unused harmony export KUBERNETES_CLIENT_VERSION */
/* harmony import */ var _kubernetes_client_node_package_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4541);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52621);
// The Kubernetes client's package.json, read at build time: ncc inlines the JSON into the bundle, so the
// version printed is the one bundled, whatever is (or is not) installed next to it.


/** The version of `@kubernetes/client-node` inside this build. */
const KUBERNETES_CLIENT_VERSION = _kubernetes_client_node_package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE;
/**
 * What `kubesync --version` prints and the action logs first, e.g.
 * `kubesync 0.1.0 (@kubernetes/client-node 2.0.1, Node.js v24.21.0)`.
 */
function versionLine(nodeVersion = process.version) {
    return `kubesync ${_model_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x} (@kubernetes/client-node ${KUBERNETES_CLIENT_VERSION}, Node.js ${nodeVersion})`;
}


/***/ }),

/***/ 48825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ decodeKubeconfigInput),
/* harmony export */   jy: () => (/* binding */ contextNamespace),
/* harmony export */   li: () => (/* binding */ kubeconfigFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87206);




/**
 * The kubeconfig files kubectl would read: each one $KUBECONFIG lists that exists, else ~/.kube/config
 * when it exists. A $KUBECONFIG that names no existing file is a mistake worth naming: kubectl would
 * silently fall back to localhost:8080.
 */
function kubeconfigFiles(env) {
    if (env.KUBECONFIG) {
        const listed = env.KUBECONFIG.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).filter(Boolean);
        const existing = listed.filter((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
        if (existing.length === 0) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`KUBECONFIG names ${listed.join(', ')}, which does not exist; point it at a kubeconfig file, or unset it to use ~/.kube/config`);
        }
        return existing;
    }
    const home = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.HOME ?? '', '.kube', 'config');
    return env.HOME && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(home) ? [home] : [];
}
/** The input holds YAML or base64 of it (as a secret often does). The content itself is never echoed. */
function decodeKubeconfigInput(value) {
    const trimmed = value.trim();
    if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(trimmed))
        return trimmed;
    if (/^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
        if (/^(apiVersion|clusters|contexts|users|kind|current-context)\s*:/m.test(decoded))
            return decoded;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('input "kubeconfig" is neither kubeconfig YAML nor base64 of it; store the file content (e.g. `base64 -w0 ~/.kube/config`) in a secret and pass that');
}
/**
 * The namespace of the context in use (the `context` input, else current-context), as kubectl takes
 * it when no --namespace is given; undefined when it sets none or there is no kubeconfig. Read without
 * the Kubernetes client, so that `validate` and `render` stay quick; a kubeconfig it cannot read
 * is left to the connection to report.
 */
function contextNamespace(settings, env) {
    try {
        const documents = settings.kubeconfig.trim()
            ? [decodeKubeconfigInput(settings.kubeconfig)]
            : kubeconfigFiles(env).map((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        const configs = documents.map((text) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text) ?? {}));
        const current = settings.context || configs.map((config) => config['current-context']).find((name) => name);
        const context = configs
            .flatMap((config) => config.contexts ?? [])
            .find((entry) => entry.name === current)?.context;
        return typeof context?.namespace === 'string' && context.namespace ? context.namespace : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 60901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qB: () => (/* binding */ isApplicationLike),
  wO: () => (/* binding */ parseApplication),
  bX: () => (/* binding */ parseDopplerRef),
  ZA: () => (/* binding */ suggest)
});

// UNUSED EXPORTS: APP_API_VERSION, APP_KIND, applicationSchema

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/manifests/names.ts
var names = __webpack_require__(44830);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
;// CONCATENATED MODULE: ./src/manifests/quantity.ts
/**
 * A Kubernetes resource quantity (`500m`, `1.5`, `256Mi`, `1e3`), as the API server's parser accepts
 * it: a signed decimal number followed by a binary suffix, a decimal suffix or a decimal exponent.
 */
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
function isQuantity(value) {
    return QUANTITY.test(value);
}

;// CONCATENATED MODULE: ./src/manifests/app.ts






const APP_API_VERSION = 'pipeops.io/v1';
const APP_KIND = 'Application';
const DOPPLER_REF = /^doppler:\/\/([A-Za-z0-9_.-]+)\/([A-Za-z_][A-Za-z0-9_]*)$/;
const quantity = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .transform(String)
    .refine(isQuantity, { message: 'is not a Kubernetes quantity (e.g. 250m, 0.5, 512Mi, 1Gi)' });
const app_name = schemas/* string */.YjP().superRefine((value, context) => {
    const problem = (0,names/* dns1035LabelProblem */.Ku)(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});
const envVar = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/, {
        message: "must start with a letter, '_', '-' or '.', and contain only letters, digits, '_', '-' and '.'",
    }),
    value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).transform(String).optional(),
    valueFrom: schemas/* union */.KCZ([
        schemas/* string */.YjP()
            .regex(DOPPLER_REF, { message: 'must be doppler://<config>/<NAME> or {secretRef: {name, key}}' }),
        schemas/* strictObject */.rej({ secretRef: schemas/* strictObject */.rej({ name: schemas/* string */.YjP().min(1), key: schemas/* string */.YjP().min(1) }) }),
    ])
        .optional(),
})
    .refine((env) => (env.value === undefined) !== (env.valueFrom === undefined), {
    message: 'set exactly one of value or valueFrom',
});
const autoscale = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(false),
    minReplicas: schemas/* int */.Whr().min(1).optional(),
    maxReplicas: schemas/* int */.Whr().min(1).optional(),
    targetCPU: schemas/* int */.Whr().min(1).max(100).optional(),
})
    .superRefine((value, context) => {
    if (!value.enabled)
        return;
    if (value.maxReplicas === undefined) {
        context.addIssue({
            code: 'custom',
            path: ['maxReplicas'],
            message: 'is required when autoscale is enabled',
        });
    }
    else if (value.minReplicas !== undefined && value.minReplicas > value.maxReplicas) {
        context.addIssue({
            code: 'custom',
            path: ['minReplicas'],
            message: 'must not be greater than maxReplicas',
        });
    }
});
const applicationSchema = schemas/* strictObject */.rej({
    apiVersion: schemas/* literal */.euz(APP_API_VERSION),
    kind: schemas/* literal */.euz(APP_KIND),
    metadata: schemas/* strictObject */.rej({
        name: app_name,
        labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    }),
    spec: schemas/* strictObject */.rej({
        image: schemas/* string */.YjP().min(1).optional(),
        build: schemas/* strictObject */.rej({
            framework: schemas/* string */.YjP().optional(),
            builder: schemas/* enum */.k5n(['nixpacks', 'dockerfile', 'buildpack']).optional(),
            dockerfile: schemas/* string */.YjP().optional(),
            context: schemas/* string */.YjP().optional(),
            args: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).optional(),
        })
            .optional(),
        deploy: schemas/* strictObject */.rej({
            replicas: schemas/* int */.Whr().min(0).optional(),
            strategy: schemas/* enum */.k5n(['rolling', 'recreate']).optional(),
        })
            .optional(),
        env: schemas/* array */.YOg(envVar).optional(),
        resources: schemas/* strictObject */.rej({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
        autoscale: autoscale.optional(),
        network: schemas/* strictObject */.rej({
            port: schemas/* int */.Whr().min(1).max(65535).optional(),
            public: schemas/* boolean */.zMY().optional(),
            domains: schemas/* array */.YOg(schemas/* string */.YjP().refine(names/* isHostname */.Kq, { message: 'is not a valid host name (e.g. app.example.com)' }))
                .optional(),
        })
            .optional(),
    })
        .default({}),
});
/**
 * A document meant as an Application even when misspelled: any kind and version of the pipeops.io
 * group (`pipeops.io/v2`, `kind: Aplication`, `apiVersion: pipeops/v1`). It is then checked as one and its mistakes are named, rather
 * than passed through as an unknown custom resource.
 */
function isApplicationLike(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { apiVersion } = value;
    return typeof apiVersion === 'string' && /^pipeops(\.io)?(\/|$)/.test(apiVersion);
}
function parseDopplerRef(ref) {
    const match = DOPPLER_REF.exec(ref);
    return match ? { config: match[1] ?? '', name: match[2] ?? '' } : undefined;
}
/** Checks an Application document; every problem becomes a finding at the line of its field. */
function parseApplication(value, origins) {
    const result = applicationSchema.safeParse(value);
    if (result.success)
        return { app: result.data, findings: [] };
    const findings = result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const path = [...issue.path, key];
                return (0,finding/* errorAt */.Os)(origins.locate(path), 'unknown-field', unknownFieldMessage(path));
            });
        }
        const path = issue.path;
        const field = (0,origin/* formatPath */.jV)(path) || 'document';
        const input = valueAt(value, path);
        return [(0,finding/* errorAt */.Os)(origins.locate(path), 'app-schema', `${field}: ${describeIssue(issue, path, input)}`)];
    });
    return { findings };
}
/** zod leaves the offending value out of its issues; it is read from the document instead. */
function valueAt(value, path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
function describeIssue(issue, path, input) {
    if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
        return 'is required';
    if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'apiVersion')
        return `${JSON.stringify(input)} is not a supported version; use ${APP_API_VERSION}`;
    if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'kind') {
        const hint = typeof input === 'string' && suggest(input, [APP_KIND]) ? 'did you mean' : 'it must be';
        return `${JSON.stringify(input)} is not a kubesync kind; ${hint} ${JSON.stringify(APP_KIND)}${hint === 'did you mean' ? '?' : ''}`;
    }
    if (issue.code === 'invalid_value' && issue.values.length === 1)
        return `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`;
    if (issue.code === 'invalid_value')
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    if (issue.code === 'invalid_type')
        return `expected ${describeExpected(issue.expected, input)}, got ${describeValue(input)}`;
    if (issue.code === 'invalid_union') {
        const expected = issue.errors.flatMap((branch) => branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
            ? [describeExpected(branch[0].expected, input)]
            : []);
        if (expected.length === issue.errors.length && expected.length > 0)
            return `expected ${[...new Set(expected)].join(' or ')}, got ${describeValue(input)}`;
    }
    return issue.message.replace(/^Invalid input: /, '');
}
const EXPECTED = {
    number: 'a number',
    int: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a map',
    record: 'a map',
    array: 'a list',
};
function describeExpected(expected, input) {
    if (expected === 'int' && typeof input === 'number')
        return 'a whole number';
    return EXPECTED[expected] ?? expected;
}
/** A scalar as written (long strings cut), a collection by its shape. */
function describeValue(input) {
    if (Array.isArray(input))
        return 'a list';
    if (input === null)
        return 'null';
    if (typeof input === 'object')
        return 'a map';
    if (typeof input === 'string')
        return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
    if (typeof input === 'number' || typeof input === 'boolean')
        return String(input);
    return typeof input;
}
function unknownFieldMessage(path) {
    const key = String(path[path.length - 1]);
    const known = knownKeysAt(applicationSchema, path.slice(0, -1));
    const suggestion = suggest(key, known);
    const hint = suggestion
        ? `did you mean "${suggestion}"?`
        : known.length > 0
            ? `known fields here: ${known.join(', ')}`
            : 'remove it';
    return `unknown field "${(0,origin/* formatPath */.jV)(path)}": ${hint}`;
}
/** The nearest known name to a misspelled one, when it is near enough to be the likely intent. */
function suggest(key, known) {
    if (known.length === 0)
        return undefined;
    const candidate = (0,mod/* closest */.kp)(key, [...known]);
    const lowerMatch = known.find((name) => name.toLowerCase() === key.toLowerCase());
    if (lowerMatch)
        return lowerMatch;
    return (0,mod/* distance */.Io)(key, candidate) <= Math.max(2, Math.floor(key.length / 3)) ? candidate : undefined;
}
/** The field names an object schema allows at `path`, found by walking the zod schema. */
function knownKeysAt(schema, path) {
    const inner = unwrap(schema);
    if (path.length === 0)
        return inner instanceof schemas/* ZodObject */.bvH ? Object.keys(inner.shape) : [];
    const [head, ...rest] = path;
    if (inner instanceof schemas/* ZodObject */.bvH && typeof head === 'string') {
        const child = inner.shape[head];
        return child ? knownKeysAt(child, rest) : [];
    }
    if (inner instanceof schemas/* ZodArray */.naA)
        return knownKeysAt(inner.element, rest);
    return [];
}
function unwrap(schema) {
    if (schema instanceof schemas/* ZodOptional */.IiU || schema instanceof schemas/* ZodDefault */.XiL || schema instanceof schemas/* ZodNullable */.l1C) {
        return unwrap(schema.unwrap());
    }
    if (schema instanceof schemas/* ZodPipe */.utH)
        return unwrap(schema.in);
    return schema;
}


/***/ }),

/***/ 51392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ expand),
/* harmony export */   n: () => (/* binding */ VARIABLE_NAME)
/* harmony export */ });
/**
 * Flux's variable substitution in one string (its envsubst fork): `${NAME}`, `${NAME:=default}` and
 * `${NAME:-default}` (the default when NAME is unset or empty), `${NAME=default}` and `${NAME-default}`
 * (only when unset), defaults that hold substitutions themselves, and `$${...}` for a literal `${...}`.
 * `$NAME` without braces is left alone, as Flux leaves it, so shell scripts keep their variables.
 */
/** A name Flux accepts for a variable. */
const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
const EXPRESSION = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:=|:-|=|-)([\s\S]*))?$/;
const LEADING_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
/**
 * Expands every `${...}` whose variable name `inScope` accepts; any other one, escaped or not, is left
 * exactly as written (so substitution can be limited to kubesync's built-ins).
 */
function expand(text, lookup, inScope = () => true) {
    const problems = [];
    const result = expandInto(text, lookup, inScope, problems);
    return { text: result, problems };
}
function expandInto(text, lookup, inScope, problems) {
    let result = '';
    let at = 0;
    while (at < text.length) {
        const start = text.indexOf('${', at);
        if (start === -1)
            break;
        const escaped = start > at && text[start - 1] === '$';
        const end = closingBrace(text, start + 2);
        const name = LEADING_NAME.exec(text.slice(start + 2))?.[0] ?? '';
        if (!inScope(name)) {
            result += text.slice(at, end === -1 ? text.length : end + 1);
            at = end === -1 ? text.length : end + 1;
            continue;
        }
        if (end === -1) {
            if (escaped) {
                result += text.slice(at, start - 1) + text.slice(start);
            }
            else {
                problems.push({
                    expression: text.slice(start),
                    message: 'has no closing }; close it, or write $${ to keep it as written',
                });
                result += text.slice(at);
            }
            at = text.length;
            break;
        }
        const expression = text.slice(start, end + 1);
        result += escaped
            ? text.slice(at, start - 1) + expression
            : text.slice(at, start) + evaluate(expression, lookup, inScope, problems);
        at = end + 1;
    }
    return result + text.slice(at);
}
/** The index of the `}` that closes the `${` opened just before `from`, or -1. */
function closingBrace(text, from) {
    let depth = 1;
    for (let index = from; index < text.length; index++) {
        if (text.startsWith('${', index)) {
            depth++;
            index++;
        }
        else if (text[index] === '}' && --depth === 0) {
            return index;
        }
    }
    return -1;
}
function evaluate(expression, lookup, inScope, problems) {
    const match = EXPRESSION.exec(expression.slice(2, -1));
    if (!match) {
        problems.push({
            expression,
            message: 'is not a substitution kubesync understands: write ${NAME}, ${NAME:=default}, or $${...} to keep it as written',
        });
        return expression;
    }
    const [, name = '', operator, fallback = ''] = match;
    const value = lookup(name);
    const useDefault = operator === ':=' || operator === ':-'
        ? value === undefined || value === ''
        : operator !== undefined && value === undefined;
    if (useDefault)
        return expandInto(fallback, lookup, inScope, problems);
    if (value !== undefined)
        return value;
    problems.push({
        expression,
        message: `is not defined: set ${name} in substitute or substitute-from, give a default (\${${name}:=value}), or write $\${${name}} to keep it as written`,
    });
    return expression;
}


/***/ }),

/***/ 5340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ parseImageOverride),
/* harmony export */   _t: () => (/* binding */ withDefaultTag),
/* harmony export */   kI: () => (/* binding */ overrideImage)
/* harmony export */ });
/* harmony import */ var _image_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7499);

const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._/:-]*$/;
/** Parses one entry, or says what is wrong with it. */
function parseImageOverride(text, line) {
    const equals = text.indexOf('=');
    const matched = equals === -1 ? text : text.slice(0, equals);
    const target = (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(equals === -1 ? text : text.slice(equals + 1));
    if (equals !== -1) {
        const written = (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(matched);
        if (written.tag !== undefined || written.digest !== undefined)
            return {
                problem: `the image to match, left of "=", is written without tag or digest (${written.name})`,
            };
    }
    const name = equals === -1 ? target.name : matched;
    const problem = nameProblem(name) ??
        (equals === -1 ? undefined : nameProblem(target.name, 'new name')) ??
        partProblem(target);
    if (problem)
        return { problem };
    return {
        override: {
            text,
            line,
            name,
            ...(equals === -1 ? {} : { newName: target.name }),
            ...(target.tag === undefined ? {} : { newTag: target.tag }),
            ...(target.digest === undefined ? {} : { digest: target.digest }),
        },
    };
}
function nameProblem(name, what = 'image name') {
    if (name === '')
        return `the ${what} is empty`;
    if (!NAME_PATTERN.test(name) || name.endsWith('/') || name.includes('//'))
        return `${JSON.stringify(name)} is not an ${what}`;
    return undefined;
}
function partProblem({ tag, digest }) {
    if (tag !== undefined && !_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PATTERN */ .A0.test(tag))
        return `${JSON.stringify(tag)} is not a tag (letters, digits, _ . -, at most 128)`;
    if (digest !== undefined && !_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DIGEST_PATTERN */ .WA.test(digest))
        return `${JSON.stringify(digest)} is not a digest (sha256: and 64 hex digits)`;
    return undefined;
}
/** The override with `tag` as its new tag when it names neither tag nor digest. */
function withDefaultTag(override, tag) {
    if (!tag || override.newTag !== undefined || override.digest !== undefined)
        return override;
    return { ...override, newTag: tag };
}
/**
 * The image `override` turns `image` into, as kustomize's image transformer does: a new name keeps the
 * tag and digest; a new tag drops the digest, a new digest the tag.
 */
function overrideImage(image, override) {
    const current = (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .splitImage */ .s5)(image);
    const name = override.newName ?? current.name;
    if (override.newTag !== undefined || override.digest !== undefined)
        return (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .joinImage */ .OJ)({ name, tag: override.newTag, digest: override.digest });
    return (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .joinImage */ .OJ)({ ...current, name });
}


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   OJ: () => (/* binding */ joinImage),
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   s5: () => (/* binding */ splitImage)
/* harmony export */ });
const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
/** `ghcr.io/acme/web:1.0@sha256:…` → name, tag and digest; a registry's port is part of the name. */
function splitImage(image) {
    const at = image.indexOf('@');
    const digest = at === -1 ? undefined : image.slice(at + 1);
    const rest = at === -1 ? image : image.slice(0, at);
    const colon = rest.lastIndexOf(':');
    const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
    return {
        name: tag === undefined ? rest : rest.slice(0, colon),
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
    };
}
function joinImage({ name, tag, digest }) {
    return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}


/***/ }),

/***/ 44830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ isHostname),
/* harmony export */   Ku: () => (/* binding */ dns1035LabelProblem),
/* harmony export */   Om: () => (/* binding */ dns1123LabelProblem),
/* harmony export */   _G: () => (/* binding */ dns1123SubdomainProblem),
/* harmony export */   iF: () => (/* binding */ pathSegmentProblem)
/* harmony export */ });
/** Name rules of the Kubernetes API (k8s.io/apimachinery/pkg/util/validation). */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Returns why `name` is not a DNS-1123 label (namespaces, most label-like names), or undefined. */
function dns1123LabelProblem(name) {
    if (name.length > 63)
        return 'must be no more than 63 characters';
    if (!DNS1123_LABEL.test(name)) {
        return "must consist of lower case alphanumeric characters or '-', and start and end with an alphanumeric character";
    }
    return undefined;
}
/** Services and Applications: a DNS-1035 label, which also cannot start with a digit. */
function dns1035LabelProblem(name) {
    if (name.length > 63)
        return 'must be no more than 63 characters';
    if (!DNS1035_LABEL.test(name)) {
        return "must consist of lower case alphanumeric characters or '-', start with a letter and end with an alphanumeric character";
    }
    return undefined;
}
function dns1123SubdomainProblem(name) {
    if (name.length > 253)
        return 'must be no more than 253 characters';
    if (!DNS1123_SUBDOMAIN.test(name)) {
        return "must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character";
    }
    return undefined;
}
/** RBAC objects only need to be a valid path segment (`system:controller:x` is fine). */
function pathSegmentProblem(name) {
    if (name === '.' || name === '..')
        return `may not be '${name}'`;
    if (/[/%]/.test(name))
        return "may not contain '/' or '%'";
    return undefined;
}
const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;
/** An Ingress host: a DNS name with at least one dot, optionally a leading `*.` wildcard. */
function isHostname(value) {
    return value.length <= 253 && HOSTNAME.test(value);
}


/***/ }),

/***/ 11744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k0: () => (/* binding */ substituteResources),
/* harmony export */   p$: () => (/* binding */ isBuiltInName)
/* harmony export */ });
/* unused harmony exports SUBSTITUTE_OPT_OUT, BUILT_IN_PREFIX */
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41300);
/* harmony import */ var _envsubst_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51392);
/* harmony import */ var _model_origin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51579);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27813);




/** Flux's opt-out, as an annotation or a label: `kustomize.toolkit.fluxcd.io/substitute: disabled`. */
const SUBSTITUTE_OPT_OUT = 'kustomize.toolkit.fluxcd.io/substitute';
/** The names kubesync defines itself (KUBESYNC_APP, KUBESYNC_SHA, ...); no input may define one. */
const BUILT_IN_PREFIX = 'KUBESYNC_';
function isBuiltInName(name) {
    return name.startsWith(BUILT_IN_PREFIX);
}
/**
 * Substitutes variables in the string values (never the keys) of every object that does not opt out.
 * A variable that is not defined and has no default is an error at the field that uses it, as in
 * Flux's strict mode; the field keeps the text as written.
 */
function substituteResources(resources, options) {
    const findings = [];
    const result = resources.map((resource) => {
        if (optsOut(resource.object))
            return resource;
        const object = substituteValue(resource.object, [], options, (path, message) => findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(resource.locate(path), 'substitute-undefined', `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .describeObject */ .v8)(resource.object)}: ${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(path)}: ${message}`)));
        return object === resource.object ? resource : { ...resource, object };
    });
    return { resources: result, findings };
}
function optsOut(object) {
    const { annotations, labels } = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataOf */ .Nk)(object);
    return [annotations, labels].some((map) => (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(map) && map[SUBSTITUTE_OPT_OUT] === 'disabled');
}
/** The value with substitutions made; the same value (not a copy) when nothing in it changed. */
function substituteValue(value, path, options, report) {
    if (typeof value === 'string') {
        if (!value.includes('${'))
            return value;
        const { text, problems } = (0,_envsubst_js__WEBPACK_IMPORTED_MODULE_3__/* .expand */ .f)(value, options.lookup, options.inScope);
        for (const problem of problems)
            report(path, `${problem.expression} ${problem.message}`);
        return text;
    }
    if (Array.isArray(value)) {
        const items = value.map((item, index) => substituteValue(item, [...path, index], options, report));
        return items.every((item, index) => item === value[index]) ? value : items;
    }
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value)) {
        let changed = false;
        const entries = Object.entries(value).map(([key, item]) => {
            const substituted = substituteValue(item, [...path, key], options, report);
            changed ||= substituted !== item;
            return [key, substituted];
        });
        return changed ? Object.fromEntries(entries) : value;
    }
    return value;
}


/***/ }),

/***/ 11110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ formatOpening),
/* harmony export */   Lk: () => (/* binding */ scheduleProblem),
/* harmony export */   Ln: () => (/* binding */ timeZoneProblem),
/* harmony export */   NP: () => (/* binding */ evaluateWindows),
/* harmony export */   R5: () => (/* binding */ windowsOf)
/* harmony export */ });
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55814);

/** A year of openings and closings is searched for the next opening; past that, none is named. */
const HORIZON_MS = 366 * 24 * 3_600_000;
const MAX_STEPS = 10_000;
/** The cron schedule, or the reason it is not one (five fields, as Argo CD reads them). */
function scheduleProblem(schedule, timeZone) {
    try {
        cronOf(schedule, timeZone).nextRun(new Date(0));
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
function timeZoneProblem(timeZone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone });
        return undefined;
    }
    catch {
        return `"${timeZone}" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York`;
    }
}
function cronOf(schedule, timeZone) {
    return new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(schedule, { timezone: timeZone, mode: '5-part', paused: true });
}
/** The windows that rule an environment. */
function windowsOf(windows, environment) {
    return windows.filter((window) => window.environments.length === 0 ||
        window.environments.some((pattern) => pattern === '*' || pattern === environment));
}
/**
 * The start of the window's occurrence open at `at`, if one is: the first time the schedule fires
 * after `at` less the duration is at or before `at` (as Argo CD computes it).
 */
function openSince(window, at) {
    const start = cronOf(window.schedule, window.timeZone).nextRun(new Date(at.getTime() - window.durationMs));
    return start && start.getTime() <= at.getTime() ? start : undefined;
}
function isAllowedAt(windows, at) {
    if (windows.some((window) => window.kind === 'deny' && openSince(window, at)))
        return false;
    const allows = windows.filter((window) => window.kind === 'allow');
    return allows.length === 0 || allows.some((window) => openSince(window, at));
}
/**
 * Argo CD's rule: no windows, always allowed; an open deny window refuses, whatever else is open; with
 * allow windows, only inside one of them. `windows` are the environment's (windowsOf).
 */
function evaluateWindows(windows, now) {
    if (isAllowedAt(windows, now))
        return { allowed: true };
    const deny = windows.find((window) => window.kind === 'deny' && openSince(window, now));
    const reason = deny
        ? `the deny window "${deny.schedule}" (${deny.timeZone}) is open`
        : 'no allow window is open';
    return { allowed: false, reason, nextOpening: nextOpening(windows, now) };
}
/** The next moment the verdict can change: an allow window opening, or an open deny window closing. */
function nextChange(windows, after) {
    const times = windows.flatMap((window) => {
        if (window.kind === 'allow')
            return [cronOf(window.schedule, window.timeZone).nextRun(after)];
        const since = openSince(window, after);
        return since ? [new Date(since.getTime() + window.durationMs)] : [];
    });
    const valid = times.filter((time) => time !== null && time.getTime() > after.getTime());
    return valid.length > 0 ? new Date(Math.min(...valid.map((time) => time.getTime()))) : undefined;
}
function nextOpening(windows, now) {
    let at = now;
    for (let step = 0; step < MAX_STEPS && at; step++) {
        at = nextChange(windows, at);
        if (!at || at.getTime() - now.getTime() > HORIZON_MS)
            return undefined;
        if (isAllowedAt(windows, at))
            return at;
    }
    return undefined;
}
/** 2026-12-07 09:00 UTC, and the same moment in the windows' own time zone when that is another. */
function formatOpening(at, timeZone) {
    const utc = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    if (timeZone === 'UTC')
        return utc;
    const local = new Intl.DateTimeFormat('sv-SE', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
    }).format(at);
    return `${utc} (${local} ${timeZone})`;
}


/***/ }),

/***/ 70247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listed),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `1 object`, `2 objects`: a count and its noun, in English. */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}
/** `a`, `a and b`, `a, b and c`: items as an English list. */
function listed(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}


/***/ }),

/***/ 52621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** kubesync's version, recorded as the ApplySet tooling. Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 96748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ nest),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   Vc: () => (/* binding */ inputsOf),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/** What kubesync can be asked to do; `auto` picks from the event that started the workflow. */
const COMMANDS = ['auto', 'validate', 'render', 'plan', 'apply', 'rbac', 'promote'];
function input(name, definition) {
    return { kind: 'input', name, surface: 'both', ...definition };
}
function isInput(entry) {
    return entry.kind === 'input';
}
/** Every input of a table in the order written, each with the path where its value lands. */
function inputsOf(table, at = []) {
    return Object.entries(table).flatMap(([key, entry]) => isInput(entry) ? [{ definition: entry, path: [...at, key] }] : inputsOf(entry, [...at, key]));
}
/** Puts each value where the table says (`['apply', 'prune']` → `{apply: {prune}}`). */
function nest(values) {
    const root = {};
    for (const { path, value } of values) {
        let node = root;
        for (const key of path.slice(0, -1))
            node = (node[key] ??= {});
        node[path[path.length - 1] ?? ''] = value;
    }
    return root;
}


/***/ }),

/***/ 97428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   Y_: () => (/* binding */ INPUT_DEFINITIONS),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _cluster_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48825);
/* harmony import */ var _input_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96748);
/* harmony import */ var _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30573);




// Each schema parses once or a few times a run: zod's JIT (parsers compiled with new Function) costs
// more at start-up than it saves.
zod__WEBPACK_IMPORTED_MODULE_2__/* .config */ .$W({ jitless: true });

const ALL = ['validate', 'render', 'plan', 'apply', 'rbac', 'promote'];
const CLUSTER = ['plan', 'apply'];
const CLUSTER_AND_RBAC = ['plan', 'apply', 'rbac'];
/** Inputs promote reads too: it plans `to` and reads `from`'s cluster and GitHub. */
const CLUSTER_AND_PROMOTE = ['plan', 'apply', 'promote'];
const APPLY = ['apply'];
const PROMOTE = ['promote'];
const MANY_APPS = ['validate', 'plan', 'apply', 'promote'];
/**
 * Every input of the action, which is also every flag of the CLI, in the shape of the Settings it
 * fills. action.yml is generated from it (`npm run generate`), and so are the CLI's flags and help.
 * Adding an input is one entry here.
 */
const SETTINGS = {
    command: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('command', {
        trust: 'policy',
        description: 'What to do: validate, plan, apply, promote (open a pull request that moves the images `from` runs into `to`), or rbac (the minimal Role and ClusterRole, in the job summary); auto picks from the event (pull_request → plan, push / tag / workflow_dispatch → apply, schedule → plan).',
        default: 'auto',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMANDS */ .Lo),
        commands: ALL,
        surface: 'action',
    }),
    manifest: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('manifest', {
        trust: 'content',
        description: 'Path, relative to the repository root, of the desired state: a pipeops.yaml Application, a folder holding base/ and <environment>/ overlays, a folder or file of Kubernetes YAML, a kustomization folder or a Helm chart. Several apps: one path per line, a glob (services/*), or a kubesync.yaml listing the apps (used when this is left at its default and the repository root has one).',
        default: 'pipeops.yaml',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        commands: ALL,
        short: 'f',
    }),
    manifestType: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('manifest-type', {
        trust: 'content',
        description: 'How to read `manifest`: auto, app, kubernetes, kustomize or helm. auto decides from what is there.',
        default: 'auto',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'app', 'kubernetes', 'kustomize', 'helm']),
        commands: ALL,
    }),
    build: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('build', {
        trust: 'policy',
        description: "apply: first build the Application's image with the builder spec.build names (dockerfile, nixpacks or buildpack), push it tagged image-tag or the commit sha, and deploy the pushed digest. Log in to the registry in an earlier step.",
        default: 'false',
        schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
        commands: APPLY,
    }),
    environment: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('environment', {
        trust: 'policy',
        description: 'Target environment, e.g. staging or production. Selects the overlay <manifest>/<environment>/pipeops.yaml.',
        default: '',
        schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)('environment'),
        commands: ALL,
    }),
    image: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('image', {
        trust: 'content',
        description: 'Container image for an Application; wins over spec.image. Pin a tag or digest.',
        default: '',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        commands: ALL,
    }),
    imageTag: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('image-tag', {
        trust: 'content',
        description: 'Tag for the Application image (replaces the tag of image / spec.image). On a push of a tag it defaults to the tag name.',
        default: '',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^$|^[\w][\w.-]{0,127}$/, { message: 'is not a valid image tag' }),
        commands: ALL,
    }),
    images: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('images', {
        trust: 'content',
        description: "Image overrides for every source, one per line, in kustomize's forms: name=newName, name:newTag, name=newName:newTag, name@sha256:<digest>, name=newName@sha256:<digest>, or name alone to take image-tag. name is the image without tag or digest; it applies to every container, init and ephemeral container of the workloads, and an entry that matches none is an error.",
        default: '',
        schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOverrides */ .Z5,
        commands: ALL,
        repeatable: true,
    }),
    namespace: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('namespace', {
        trust: 'content',
        description: "Namespace for namespaced objects that do not set one. Empty uses the kubeconfig context's namespace, as kubectl does, else default.",
        default: '',
        fallback: (raw, env) => (0,_cluster_kubeconfig_files_js__WEBPACK_IMPORTED_MODULE_0__/* .contextNamespace */ .jy)({ kubeconfig: raw.kubeconfig ?? '', context: raw.context ?? '' }, env) ?? 'default',
        schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)('namespace').pipe(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)),
        commands: ALL,
        short: 'n',
    }),
    ingressClass: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('ingress-class', {
        trust: 'content',
        description: 'ingressClassName of the Ingress rendered for a public Application; empty uses the cluster default.',
        default: '',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        commands: ALL,
    }),
    substitution: {
        variables: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('substitute', {
            trust: 'content',
            description: "Variables for Flux-style substitution in the rendered objects' string values, one NAME=VALUE per line: ${NAME}, ${NAME:=default}, and $${NAME} for a literal ${NAME}. Given this or substitute-from, an undefined variable without a default is an error; without either, only the built-ins KUBESYNC_APP, KUBESYNC_ENVIRONMENT, KUBESYNC_NAMESPACE, KUBESYNC_SHA and KUBESYNC_REF are substituted. An object annotated kustomize.toolkit.fluxcd.io/substitute: disabled is left as written.",
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .variableAssignments */ .z7,
            commands: ALL,
            repeatable: true,
        }),
        files: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('substitute-from', {
            trust: 'content',
            description: "Files of variables for substitution, one per line, relative to the repository root: a .yaml/.yml file of ConfigMaps and Secrets (as Flux's substituteFrom; Secret values are masked wherever shown), or a .env file of NAME=VALUE lines. A later file wins; substitute wins over all.",
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn,
            commands: ALL,
            repeatable: true,
        }),
    },
    helm: {
        release: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('helm-release', {
            trust: 'content',
            description: 'Release name for `helm template`; defaults to the app name (input `app`), else the chart folder name.',
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: ALL,
        }),
        valuesFiles: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('helm-values', {
            trust: 'content',
            description: "Values files for `helm template`, one per line, relative to the repository root; with `environment`, the chart's own values-<environment>.yaml comes first when there is one.",
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn,
            commands: ALL,
            repeatable: true,
        }),
        setValues: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('helm-set', {
            trust: 'content',
            description: 'Values for `helm template --set`, one `key=value` per line.',
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn,
            commands: ALL,
            repeatable: true,
        }),
    },
    guardrails: {
        allowedNamespaces: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allowed-namespaces', {
            trust: 'policy',
            narrows: 'subset',
            description: 'Guardrail: comma- or newline-separated namespaces objects may land in; anything else is an error. Empty allows all.',
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_,
            commands: ALL,
            repeatable: true,
        }),
        allowedKinds: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allowed-kinds', {
            trust: 'policy',
            narrows: 'subset',
            description: 'Guardrail: comma- or newline-separated kinds (Kind or group/Kind) the manifests may contain; anything else is an error. Empty allows all.',
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_,
            commands: ALL,
            repeatable: true,
        }),
        allowRemoteSources: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allow-remote-sources', {
            trust: 'policy',
            description: 'Let kustomize fetch remote bases and resources (URLs, github.com/..., git::...) that a kustomization names. Off: such a kustomization is refused, naming the line, and helm and kustomize render only what the repository holds.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: ALL,
        }),
    },
    policy: {
        pinnedImages: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('policy-pinned-images', {
            trust: 'policy',
            narrows: 'stricter',
            description: 'Images must carry a tag other than latest, or a digest: warning, error or off.',
            default: 'warning',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .policyLevel */ .z2,
            commands: ALL,
        }),
        resources: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('policy-resources', {
            trust: 'policy',
            narrows: 'stricter',
            description: 'Containers must declare resource requests or limits: warning, error or off.',
            default: 'warning',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .policyLevel */ .z2,
            commands: ALL,
        }),
    },
    app: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('app', {
        trust: 'content',
        description: 'Name of the app: names the ApplySet, the lock and the PR comment. Defaults to the Application name, the Helm release, or the manifest folder name.',
        default: '',
        schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)('app'),
        commands: [...CLUSTER_AND_RBAC, 'promote'],
    }),
    cluster: {
        kubeconfig: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('kubeconfig', {
            trust: 'policy',
            description: 'Kubeconfig file content, as YAML or base64 of it (store it in a secret). Empty uses $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: CLUSTER_AND_PROMOTE,
            cli: {
                description: 'Path of the kubeconfig file, as kubectl --kubeconfig; without it $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
                valueName: 'file',
            },
        }),
        context: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('context', {
            trust: 'policy',
            description: 'Kubeconfig context to use; empty uses the current context.',
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: CLUSTER_AND_PROMOTE,
        }),
        createNamespace: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('create-namespace', {
            trust: 'policy',
            description: 'Create `namespace` when it does not exist (it is never pruned).',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER_AND_RBAC,
        }),
    },
    requestTimeoutMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('request-timeout', {
        trust: 'content',
        description: 'Deadline of each request to the Kubernetes, GitHub and Doppler APIs, from connecting to the last byte of the answer; a request past it is aborted and retried like a dropped connection.',
        default: '30s',
        schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
        commands: CLUSTER_AND_PROMOTE,
    }),
    planMode: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('plan-mode', {
        trust: 'policy',
        description: "How a pull request is planned: live (a dry run against the cluster; without credentials, as in a fork's pull request, the rendered diff instead) or render (never ask the cluster: the diff of the manifests rendered at the pull request's base and at its head; needs the base commit, so actions/checkout with fetch-depth: 0).",
        default: 'live',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['live', 'render']),
        commands: ['plan'],
        surface: 'action',
    }),
    ignoreDifferences: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('ignore-differences', {
        trust: 'content',
        description: "YAML list of fields to leave out of the diff, in Argo CD's form: [{group, kind, name?, namespace?, jsonPointers: [/spec/replicas]}].",
        default: '',
        schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ignoreDifferences */ .zn,
        commands: CLUSTER,
    }),
    apply: {
        prune: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('prune', {
            trust: 'content',
            description: 'Delete objects this app applied before that are no longer in the manifests. Without it they are listed as orphaned.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER_AND_RBAC,
        }),
        prunePropagation: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('prune-propagation', {
            trust: 'content',
            description: 'Deletion propagation for pruned objects: Background, Foreground or Orphan.',
            default: 'Background',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['Background', 'Foreground', 'Orphan']),
            commands: APPLY,
        }),
        forceConflicts: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('force-conflicts', {
            trust: 'policy',
            description: 'Take over fields another field manager owns (server-side apply force) instead of failing with a conflict.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER,
        }),
        forceReplace: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('force-replace', {
            trust: 'policy',
            description: 'Replace (delete, then create) objects whose update changes a field the API server never changes in place, such as a Job template or a Deployment selector. Without it such an apply fails before changing anything; the annotation kubesync.io/replace: "true" allows it for one object.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER,
        }),
        allowDestructive: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allow-destructive', {
            trust: 'policy',
            description: 'Apply destructive changes: pruning a PersistentVolumeClaim, PersistentVolume, Namespace, CustomResourceDefinition or StatefulSet, replacing any object, scaling a workload to 0 replicas, removing a volumeClaimTemplate. Without it (or the destructive-approval-label on the merged pull request) apply refuses them before changing anything.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
        }),
        allowAdoption: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allow-adoption', {
            trust: 'policy',
            description: 'Take over live objects that another owner claims: another kubesync app or ApplySet (its applyset.kubernetes.io/part-of label), a Helm release (meta.helm.sh/release-name, app.kubernetes.io/managed-by: Helm), an Argo CD application (argocd.argoproj.io/tracking-id, app.kubernetes.io/instance) or a Flux Kustomization or HelmRelease (their kustomize.toolkit.fluxcd.io/ and helm.toolkit.fluxcd.io/ labels). false: the plan marks them owned and apply refuses before changing anything. annotated: only objects whose manifest carries the annotation kubesync.io/adopt: "true" are taken over (the annotation does nothing unless the workflow says annotated). true: every such object is taken over. Objects nothing claims are always adopted. Taking an object over does not take its fields: fields another field manager set still conflict unless force-conflicts is set.',
            default: 'false',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['false', 'annotated', 'true']),
            commands: CLUSTER,
        }),
        destructiveApprovalLabel: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('destructive-approval-label', {
            trust: 'policy',
            description: 'Label on the merged pull request of the pushed commit that approves its destructive changes, as allow-destructive does.',
            default: 'kubesync/allow-destructive',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
            commands: APPLY,
            surface: 'action',
        }),
        concurrency: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('concurrency', {
            trust: 'policy',
            description: 'The most API requests kubesync makes at once to one cluster while planning and applying, across all the apps of the step that use the same credentials. When the API server answers 429 (Too Many Requests), kubesync waits its Retry-After and sends fewer at once, coming back up as it answers again.',
            default: '32',
            schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(1, 64),
            commands: CLUSTER,
        }),
        wait: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('wait', {
            trust: 'content',
            description: 'After applying, wait until the changed objects are ready (rollouts complete, Jobs done, PVCs bound).',
            default: 'true',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
        }),
        timeoutMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('timeout', {
            trust: 'content',
            description: 'How long to wait for readiness, e.g. 90s, 5m, 1h.',
            default: '5m',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
            commands: APPLY,
        }),
        rollback: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('rollback', {
            trust: 'content',
            description: 'When the wait fails, restore the objects this apply changed to their previous state and delete the ones it created.',
            default: 'true',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: ['apply', 'rbac'],
        }),
        lockTimeoutMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('lock-timeout', {
            trust: 'content',
            description: 'How long to wait for another apply of the same app to finish before failing.',
            default: '5m',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
            commands: APPLY,
        }),
        allowOlder: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allow-older', {
            trust: 'policy',
            description: 'Allow applying a commit that is not a descendant of the last applied one in git history: an older commit (a deliberate rollback) or one on a diverged history.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
        }),
        dryRun: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('dry-run', {
            trust: 'policy',
            description: 'apply behaves as plan: nothing is changed in the cluster.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
        }),
    },
    github: {
        token: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('github-token', {
            trust: 'policy',
            description: 'Token for the pull request comment and commit statuses; needs pull-requests: write and statuses: write (promote: contents: write, pull-requests: write, statuses: read, deployments: read).',
            default: '${{ github.token }}',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .githubToken */ .bU,
            commands: CLUSTER_AND_PROMOTE,
            surface: 'action',
        }),
        comment: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('comment', {
            trust: 'policy',
            description: 'On pull requests, keep one comment per app and environment with the plan up to date.',
            default: 'true',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: ['plan'],
            surface: 'action',
        }),
        maxComments: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('max-comments', {
            trust: 'policy',
            description: 'How many comments a plan may take on a pull request; the diffs that do not fit are in the job summary and the diff-file output.',
            default: '10',
            schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(1, 50),
            commands: ['plan'],
            surface: 'action',
        }),
        statusContext: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('status-context', {
            trust: 'policy',
            description: 'Context of the commit status; defaults to kubesync/<environment>, or kubesync/<app> without one.',
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: CLUSTER_AND_PROMOTE,
            surface: 'action',
        }),
        driftIssue: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('drift-issue', {
            trust: 'policy',
            description: 'When a scheduled or dispatched plan finds drift (OutOfSync with no change in git), open one issue per app and environment with what drifted, keep it up to date while the drift lasts, and close it once the app is Synced again. Needs issues: write.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER,
            surface: 'action',
        }),
        driftIssueLabel: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('drift-issue-label', {
            trust: 'policy',
            description: 'The label of drift issues: kubesync finds its open drift issue by it.',
            default: 'kubesync/drift',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
            commands: CLUSTER,
            surface: 'action',
        }),
    },
    deployment: {
        environmentUrl: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('environment-url', {
            trust: 'policy',
            description: "URL of the deployed environment for the GitHub Deployment; defaults to https:// and the Application's first domain.",
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(''), zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5()]),
            commands: APPLY,
            surface: 'action',
        }),
        production: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('production-environment', {
            trust: 'policy',
            description: 'Mark the GitHub Deployment as production: true, false, or auto (when the environment is named production).',
            default: 'auto',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'true', 'false']),
            commands: APPLY,
            surface: 'action',
        }),
        transient: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('transient-environment', {
            trust: 'policy',
            description: 'Mark the GitHub Deployment as transient (e.g. a preview environment).',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
            surface: 'action',
        }),
        requirePlanMatch: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('require-plan-match', {
            trust: 'policy',
            description: "Refuse to apply when the plan differs from the one in the merged pull request's comment, instead of only warning.",
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: APPLY,
            surface: 'action',
        }),
        windows: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('deploy-windows', {
            trust: 'policy',
            description: 'When apply may run, as a YAML list of Argo CD sync windows: {kind: allow|deny, schedule: <cron>, duration: 1h, timeZone: Europe/Berlin, environments: [production]}. With allow windows, apply runs only inside one; an open deny window refuses, whatever else is open; no windows (the default): always. Outside, apply refuses before changing anything and names the next opening; plan says it would. The label kubesync/override-window on the merged pull request, or the workflow_dispatch input override-window: true, lets a person through, and the records name them.',
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .deployWindows */ .Jj,
            commands: CLUSTER,
            surface: 'action',
        }),
        selfHeal: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('self-heal', {
            trust: 'policy',
            description: 'On schedule, apply when the plan finds drift (OutOfSync), taking back fields others changed (force-conflicts), instead of only reporting it.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: ['plan'],
            surface: 'action',
        }),
    },
    secrets: {
        doppler: {
            token: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('doppler-token', {
                trust: 'policy',
                description: 'Doppler service token (store it as a secret) for env values written doppler://<config>/<NAME>; empty reads $DOPPLER_TOKEN. Apply needs it; plan uses it to tell whether values changed.',
                default: '',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
                commands: CLUSTER,
                fallback: (_raw, env) => env.DOPPLER_TOKEN,
            }),
            project: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('doppler-project', {
                trust: 'policy',
                description: 'Doppler project, for a personal or service-account token; a service token already names its project.',
                default: '',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
                commands: CLUSTER,
            }),
            apiUrl: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('doppler-api-url', {
                trust: 'policy',
                description: "Base URL of Doppler's API, for a proxy or a test server.",
                default: 'https://api.doppler.com',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5({ protocol: /^https?$/ }),
                commands: CLUSTER,
            }),
        },
        allowMissing: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('allow-missing-secrets', {
            trust: 'policy',
            description: 'Apply even when a Secret or key that a workload references (secretKeyRef, envFrom, volumes) is not in the cluster or the manifests; plan warns either way.',
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: CLUSTER,
        }),
    },
    delivery: {
        strategy: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('strategy', {
            trust: 'content',
            description: 'How a changed Deployment rolls out: rolling (one rolling update), canary (a copy at canary-weight percent, analysed, then promoted or aborted) or blue-green (a second Deployment at full size, traffic switched once it is ready). The annotation kubesync.io/strategy on one Deployment wins.',
            default: 'rolling',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['rolling', 'canary', 'blue-green']),
            commands: CLUSTER,
        }),
        canary: {
            weight: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-weight', {
                trust: 'content',
                description: "canary: percent of the Deployment's replicas (at least 1) that run the new template, the primary scaled down by as many; with a Gateway API HTTPRoute to the Service, the route's weight.",
                default: '20',
                schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(1, 99),
                commands: CLUSTER,
            }),
            analysisMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-analysis', {
                trust: 'content',
                description: 'canary: how long the canary must stay healthy before it is promoted, e.g. 2m.',
                default: '2m',
                schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
                commands: CLUSTER,
            }),
            metricQuery: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-metric-query', {
                trust: 'content',
                description: 'canary: a PromQL query that must stay within canary-metric-threshold at every sample; {{canary}} and {{primary}} stand for the label matchers of their pods (namespace and pod), e.g. sum(rate(http_requests_total{ {{canary}},code=~"5.." }[1m])).',
                default: '',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
                commands: CLUSTER,
            }),
            prometheusUrl: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-prometheus-url', {
                trust: 'policy',
                description: 'canary: base URL of the Prometheus API the metric query is sent to.',
                default: '',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(''), zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5({ protocol: /^https?$/ })]),
                commands: CLUSTER,
            }),
            metricThreshold: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-metric-threshold', {
                trust: 'content',
                description: "canary: the bound of the query's value: a number is a maximum (0.05); write >= 0.99 for a minimum.",
                default: '',
                schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .metricThreshold */ .mq,
                commands: CLUSTER,
            }),
            metricIntervalMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-metric-interval', {
                trust: 'content',
                description: 'canary: time between two samples of the analysis.',
                default: '30s',
                schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
                commands: CLUSTER,
            }),
            decision: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('canary-decision', {
                trust: 'policy',
                description: 'canary: auto promotes when the analysis passes and aborts when it fails; manual leaves the canary running and reports it; promote or abort finishes a canary an earlier run left (a workflow_dispatch input).',
                default: 'auto',
                schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'manual', 'promote', 'abort']),
                commands: CLUSTER,
            }),
        },
        blueGreenKeepMs: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('blue-green-keep', {
            trust: 'content',
            description: 'blue-green: how long the previous pods keep running after the traffic switched to the green ones, before the Deployment takes the new template, e.g. 10m (a quick way back meanwhile); 0s goes on at once.',
            default: '0s',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0,
            commands: CLUSTER,
        }),
    },
    apps: {
        changedOnly: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('changed-only', {
            trust: 'policy',
            description: "With several apps (a manifest list, a glob or kubesync.yaml): only the apps whose files changed in the pull request or push (git diff of the event's range; check out with fetch-depth: 0); the others are listed as skipped.",
            default: 'false',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
            commands: MANY_APPS,
            surface: 'action',
        }),
        kubeconfigVariables: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('app-kubeconfig-env', {
            trust: 'policy',
            description: "With kubesync.yaml: the environment variables (comma- or newline-separated) its environments may name in kubeconfig-env, each set in the step's env from a secret holding a kubeconfig. kubesync.yaml cannot name any other; empty: every app uses the step's kubeconfig.",
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_,
            commands: MANY_APPS,
        }),
        contexts: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('app-contexts', {
            trust: 'policy',
            description: "With kubesync.yaml: the kubeconfig contexts (comma- or newline-separated) its environments may name in context; empty: every app uses the step's context.",
            default: '',
            schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_,
            commands: MANY_APPS,
        }),
        concurrency: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('app-concurrency', {
            trust: 'policy',
            description: 'With several apps: how many are planned or applied at once. Apps on one cluster share its connection and the `concurrency` bound, so more apps at once overlap their waits without asking more of the API server.',
            default: '10',
            schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(1, 32),
            commands: MANY_APPS,
        }),
    },
    promotion: {
        from: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('from', {
            trust: 'policy',
            description: 'promote: the environment whose images move on, e.g. staging. Its last apply must have succeeded (commit status kubesync/<from>).',
            default: '',
            schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)('from'),
            commands: PROMOTE,
            surface: 'action',
        }),
        to: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('to', {
            trust: 'policy',
            description: "promote: the environment the images move to, e.g. production. kubesync writes them into its source on the branch kubesync/promote/<app>/<to> and opens (or updates) the pull request; the step's kubeconfig, context and namespace, when given, plan it for the pull request's body.",
            default: '',
            schema: (0,_value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)('to'),
            commands: PROMOTE,
            surface: 'action',
        }),
        valuesKey: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('promote-values-key', {
            trust: 'content',
            description: "promote, Helm chart: the dotted key of `to`'s values file (helm-values) that holds the image, e.g. image (a whole reference) or image.tag (the tag only).",
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: PROMOTE,
            surface: 'action',
        }),
        fromKubeconfig: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('from-kubeconfig', {
            trust: 'policy',
            description: "promote: kubeconfig (content or base64) of `from`'s cluster, to read the images its last apply recorded; empty uses `kubeconfig`. Without any, the images are read from `from`'s source in git.",
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: PROMOTE,
            surface: 'action',
        }),
        fromContext: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('from-context', {
            trust: 'policy',
            description: "promote: kubeconfig context of `from`'s cluster; empty uses `context`.",
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: PROMOTE,
            surface: 'action',
        }),
        fromNamespace: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('from-namespace', {
            trust: 'policy',
            description: 'promote: namespace `from` is applied to; empty uses `namespace`.',
            default: '',
            schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            commands: PROMOTE,
            surface: 'action',
        }),
    },
    // CLI only.
    showSecrets: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('show-secrets', {
        trust: 'policy',
        description: 'render: print Secret values instead of masking them.',
        default: 'false',
        schema: _value_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM,
        commands: ['render'],
        surface: 'cli',
    }),
    serviceAccount: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('service-account', {
        trust: 'policy',
        description: 'rbac: also bind the roles to this ServiceAccount, written <namespace>/<name>.',
        default: '',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        commands: ['rbac'],
        surface: 'cli',
    }),
    output: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('output', {
        trust: 'policy',
        description: 'validate, render, plan: the result as text, or as one JSON or YAML document for scripts (findings stay on stderr).',
        default: 'text',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['text', 'json', 'yaml']),
        commands: ['validate', 'render', 'plan'],
        surface: 'cli',
        short: 'o',
    }),
    color: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('color', {
        trust: 'policy',
        description: 'plan, apply: colour the diff. By default only when stdout is a terminal and NO_COLOR is unset.',
        // auto leaves it to the terminal (undefined); --color and --no-color decide.
        default: 'auto',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'true', 'false'])
            .transform((value) => (value === 'auto' ? undefined : value === 'true')),
        commands: ['plan', 'apply'],
        surface: 'cli',
    }),
};
const INPUT_DEFINITIONS = (0,_input_table_js__WEBPACK_IMPORTED_MODULE_3__/* .inputsOf */ .Vc)(SETTINGS);
/** The action's inputs (every input but the CLI-only ones), by name, in the table's order. */
const INPUTS = Object.fromEntries(INPUT_DEFINITIONS.filter(({ definition }) => definition.surface !== 'cli').map(({ definition }) => [
    definition.name,
    definition,
]));
const INPUT_NAMES = Object.keys(INPUTS);
/** Every output of the action, and the commands that set it. */
const OUTPUTS = {
    valid: { description: 'true when validation found no errors, else false.', commands: ALL },
    errors: { description: 'Number of validation errors.', commands: ALL },
    warnings: { description: 'Number of validation warnings.', commands: ALL },
    'sync-status': {
        description: 'Synced, OutOfSync, Failed or Unknown (no cluster credentials, or invalid manifests).',
        commands: CLUSTER,
    },
    'has-changes': {
        description: 'true when the plan found objects to create, update or delete.',
        commands: CLUSTER,
    },
    added: { description: 'Number of objects the plan creates.', commands: CLUSTER },
    changed: { description: 'Number of objects the plan updates.', commands: CLUSTER },
    deleted: { description: 'Number of objects the plan deletes (prune).', commands: CLUSTER },
    destructive: {
        description: 'Number of destructive changes in the plan (a PVC, PV, Namespace, CRD or StatefulSet pruned, an object replaced, a workload scaled to 0, a volumeClaimTemplate removed).',
        commands: CLUSTER,
    },
    'plan-digest': {
        description: 'sha256 of the plan: the same manifests against the same cluster state give the same digest.',
        commands: CLUSTER,
    },
    'deployment-id': { description: 'Id of the GitHub Deployment an apply created.', commands: APPLY },
    image: {
        description: 'The image build: true built and pushed, pinned by digest (ghcr.io/acme/web@sha256:…).',
        commands: APPLY,
    },
    'environment-url': {
        description: 'URL of the deployed environment, as recorded on the GitHub Deployment.',
        commands: APPLY,
    },
    apps: {
        description: 'With several apps: a JSON list of each app with its environment, status, counts and, where there is one, its Deployment id, URL or promotion pull request.',
        commands: MANY_APPS,
    },
    fleet: {
        description: 'The fleet view as JSON: each app × environment of the step with its status, what this run did (result), the commit applied in the cluster with its time and age in seconds (commit, appliedAt, ageSeconds), and its drift issue (driftIssue, driftIssueState).',
        commands: CLUSTER,
    },
    'pull-request': {
        description: 'promote: the URL of the promotion pull request it opened or updated.',
        commands: PROMOTE,
    },
    'diff-file': {
        description: 'Path of a file holding the full diff (Secret values masked).',
        commands: CLUSTER,
    },
    failure: {
        description: 'When objects did not become ready: a JSON list of why, one entry per object (subject, reason, status, details, events, log), most telling line first (with several apps, those of every app); empty otherwise.',
        commands: APPLY,
    },
};


/***/ }),

/***/ 42482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSettings),
/* harmony export */   U: () => (/* binding */ readActionInputs)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97428);
/* harmony import */ var _input_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96748);



/**
 * Turns raw input text into Settings, each input through its schema (an unset one takes its default,
 * or its environment variable when the table names one), or one UserError naming every bad input.
 */
function parseSettings(raw, context) {
    const problems = [];
    const values = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFINITIONS */ .Y_.map(({ definition, path }) => {
        const given = raw[definition.name]?.trim() || definition.fallback?.(raw, context.env ?? {})?.trim();
        const text = given || definition.default;
        const result = definition.schema.safeParse(text);
        if (!result.success) {
            for (const issue of result.error.issues) {
                const message = issue.code === 'invalid_value'
                    ? `must be one of ${issue.values.map(String).join(', ')} (got ${JSON.stringify(text)})`
                    : issue.message;
                problems.push(`input "${definition.name}": ${message}`);
            }
        }
        return { path, value: result.data };
    });
    if (problems.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(problems.join('; '));
    const { GITHUB_SHA: sha, GITHUB_REF: ref } = context.env ?? {};
    const revision = { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}) };
    return { ...(0,_input_table_js__WEBPACK_IMPORTED_MODULE_2__/* .nest */ .$I)(values), workspace: context.workspace, revision };
}
/** The action's side: reads each input once through the given reader (core.getInput in production). */
function readActionInputs(getInput) {
    const raw = {};
    for (const name of _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh)
        raw[name] = getInput(name);
    return raw;
}


/***/ }),

/***/ 30573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ deployWindows),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   Z5: () => (/* binding */ imageOverrides),
/* harmony export */   bU: () => (/* binding */ githubToken),
/* harmony export */   mq: () => (/* binding */ metricThreshold),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   z2: () => (/* binding */ policyLevel),
/* harmony export */   z7: () => (/* binding */ variableAssignments),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zn: () => (/* binding */ ignoreDifferences)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _manifests_image_override_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5340);
/* harmony import */ var _manifests_envsubst_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51392);
/* harmony import */ var _manifests_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44830);
/* harmony import */ var _manifests_substitute_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11744);
/* harmony import */ var _model_deploy_windows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11110);







/** The zod schemas that turn an input's text into its typed value. */
/** Comma- or newline-separated items. */
const list = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text) => text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== ''));
/** One item per line. */
const lines = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text) => text
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== ''));
const policyLevel = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['warning', 'error', 'off']);
/** true/false as YAML 1.2 core writes them (GitHub's own boolean inputs accept the same). */
const boolean = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
    .transform((value) => value.toLowerCase() === 'true');
/** `90s`, `5m`, `1h`, `500ms` → milliseconds. A bare number is refused: 5 could mean seconds or minutes. */
const duration = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
    const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
    if (!match) {
        const hint = /^\d+$/.test(text.trim()) ? `; give a unit, e.g. ${text.trim()}s or ${text.trim()}m` : '';
        context.addIssue({
            code: 'custom',
            message: `"${text}" is not a duration${hint || '; write e.g. 90s, 5m or 1h'}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
    return Number(match[1]) * unit;
});
/** A whole number within bounds, said in words a person reads. */
const wholeNumber = (min, max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
    const value = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
        context.addIssue({
            code: 'custom',
            message: `must be a whole number from ${min} to ${max} (got ${JSON.stringify(text)})`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return value;
});
/** Built when ignore-differences is given, not at every start-up. */
const ignoreRules = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    group: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default(''),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    jsonPointers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\//, { message: 'a JSON pointer starts with /' })).min(1),
}));
/**
 * An input holding YAML, read by `schema`: a YAML error, or the schema's first issue (`every`: each
 * of them), is the input's error.
 */
function yamlInput(schema, issues) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
        if (!text.trim())
            return [];
        let parsed;
        try {
            parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        }
        catch (error) {
            context.addIssue({
                code: 'custom',
                message: `is not YAML: ${error.message.split('\n')[0] ?? ''}`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        const result = schema().safeParse(parsed);
        if (!result.success) {
            const reported = issues === 'every' ? result.error.issues : result.error.issues.slice(0, 1);
            for (const issue of reported)
                context.addIssue({ code: 'custom', message: `[${issue.path.join('.')}] ${issue.message}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return result.data;
    });
}
/** Argo CD's ignoreDifferences, written as a YAML list. */
const ignoreDifferences = yamlInput(ignoreRules, 'first');
/** A DNS-1123 label (a namespace, an app name), or empty. */
const label = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((value, context) => {
    const problem = value === '' ? undefined : (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_4__/* .dns1123LabelProblem */ .Om)(value);
    if (problem)
        context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
});
/** The action.yml default `${{ github.token }}` is an expression the runner expands; unexpanded it is none. */
const githubToken = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value) => (value.startsWith('${{') ? '' : value));
/** kustomize's `images`, one entry per line; a bad entry is named with its line. */
const imageOverrides = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
    const overrides = [];
    text.split('\n').forEach((raw, index) => {
        const entry = raw.trim();
        if (!entry)
            return;
        const parsed = (0,_manifests_image_override_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageOverride */ .Lj)(entry, index + 1);
        if ('problem' in parsed) {
            context.addIssue({ code: 'custom', message: `line ${index + 1} (${entry}): ${parsed.problem}` });
            return;
        }
        const earlier = overrides.find((override) => override.name === parsed.override.name);
        if (earlier) {
            context.addIssue({
                code: 'custom',
                message: `line ${index + 1} (${entry}): line ${earlier.line} already overrides ${earlier.name}`,
            });
            return;
        }
        overrides.push(parsed.override);
    });
    return overrides;
});
/**
 * `NAME=VALUE` lines (the `substitute` input) → [name, value] pairs in order; a later line wins. Names
 * are Flux's variable names, and KUBESYNC_ ones are kubesync's own.
 */
const variableAssignments = lines.transform((items, context) => {
    const pairs = [];
    for (const item of items) {
        const equals = item.indexOf('=');
        const name = equals === -1 ? '' : item.slice(0, equals).trim();
        if (equals === -1 || !_manifests_envsubst_js__WEBPACK_IMPORTED_MODULE_6__/* .VARIABLE_NAME */ .n.test(name)) {
            context.addIssue({
                code: 'custom',
                message: `"${item}" is not NAME=VALUE (a name of letters, digits and _, not starting with a digit)`,
            });
        }
        else if ((0,_manifests_substitute_js__WEBPACK_IMPORTED_MODULE_7__/* .isBuiltInName */ .p$)(name)) {
            context.addIssue({ code: 'custom', message: `${name}: names starting with KUBESYNC_ are built-ins` });
        }
        else {
            pairs.push([name, item.slice(equals + 1).trim()]);
        }
    }
    return pairs;
});
/** A canary metric's bound: `0.05` or `<= 0.05` is a maximum, `>= 0.99` a minimum; empty is none. */
const metricThreshold = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    const match = /^(<=|>=)?\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/i.exec(trimmed);
    if (!match) {
        context.addIssue({
            code: 'custom',
            message: `"${text}" is not a threshold; write a number (a maximum, e.g. 0.05) or >= 0.99 (a minimum)`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return { bound: match[1] === '>=' ? 'min' : 'max', value: Number(match[2]) };
});
/** Go's durations as Argo CD's windows write them: 1h, 30m, 1h30m, 90s. */
const windowDuration = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((text, context) => {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
    const [, hours = '0', minutes = '0', seconds = '0'] = match ?? [];
    const ms = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
    if (!match || ms === 0) {
        context.addIssue({ code: 'custom', message: `"${text}" is not a duration; write e.g. 1h, 30m or 2h30m` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return ms;
});
/** Built when deploy-windows is given, not at every start-up. */
const windowList = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['allow', 'deny']),
    schedule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((schedule, context) => {
        const problem = (0,_model_deploy_windows_js__WEBPACK_IMPORTED_MODULE_1__/* .scheduleProblem */ .Lk)(schedule, 'UTC');
        if (problem)
            context.addIssue({
                code: 'custom',
                message: `"${schedule}" is not a cron schedule of five fields (minute hour day-of-month month day-of-week): ${problem}`,
            });
    }),
    duration: windowDuration,
    timeZone: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .default('UTC')
        .superRefine((zone, context) => {
        const problem = (0,_model_deploy_windows_js__WEBPACK_IMPORTED_MODULE_1__/* .timeZoneProblem */ .Ln)(zone);
        if (problem)
            context.addIssue({ code: 'custom', message: problem });
    }),
    environments: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default([]),
})
    .transform(({ duration, ...window }) => ({ ...window, durationMs: duration })));
/** Argo CD's sync windows, written as a YAML list (deploy-windows). */
const deployWindows = yamlInput(windowList, 'every');


/***/ }),

/***/ 20976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ countLine)
/* harmony export */ });
/* harmony import */ var _model_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70247);

/** What a tool read its files through, for the count line. */
const TOOL_SOURCES = {
    kustomize: { source: 'kustomization', file: 'file' },
    helm: { source: 'chart', file: 'template' },
};
/**
 * `3 objects from 2 files (kubernetes), 1 error, 0 warnings`, or `from 1 kustomization, 4 files`: what
 * validation saw and found, in English.
 */
function countLine(counts) {
    const objects = (0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(counts.objects, 'object');
    const tool = counts.source ? TOOL_SOURCES[counts.source] : undefined;
    const files = counts.files === undefined
        ? ''
        : tool
            ? ` from 1 ${tool.source}, ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(counts.files, tool.file)}`
            : ` from ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(counts.files, 'file')}${counts.source ? ` (${counts.source})` : ''}`;
    return `${objects}${files}, ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(counts.errors, 'error')}, ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(counts.warnings, 'warning')}`;
}


/***/ })

};

//# sourceMappingURL=340.index.js.map