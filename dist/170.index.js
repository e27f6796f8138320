export const id = 170;
export const ids = [170];
export const modules = {

/***/ 9977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ appNameOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifests_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44830);


/** The app's name: the input, else the Application's, the Helm release, or the manifest folder's. */
function appNameOf(settings, loaded) {
    if (settings.app)
        return settings.app;
    if (loaded.app)
        return loaded.app.metadata.name;
    if (loaded.declaredName && !(0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_1__/* .dns1035LabelProblem */ .Ku)(loaded.declaredName))
        return loaded.declaredName;
    if (loaded.type === 'helm' && settings.helm.release)
        return settings.helm.release;
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(settings.workspace, settings.manifest)).replace(/\.ya?ml$/i, '');
    const name = base
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50);
    return name || 'app';
}


/***/ }),

/***/ 81341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ validateManifests)
});

// EXTERNAL MODULE: ./src/validate/validation-result.ts
var validation_result = __webpack_require__(72713);
// EXTERNAL MODULE: ./src/manifests/load.ts + 10 modules
var load = __webpack_require__(53537);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/manifests/image-reference.ts
var image_reference = __webpack_require__(7499);
;// CONCATENATED MODULE: ./src/manifests/image-inputs.ts


const SOURCE = {
    kubernetes: 'Kubernetes YAML',
    kustomize: 'a kustomization',
    helm: 'a Helm chart',
};
/**
 * `image` and `image-tag` set an Application's image. Given for another source they would change
 * nothing, and a release would deploy the old image without a word: each is an error pointing at
 * `images`, which works for every source.
 */
function imageInputsWithoutEffect(type, inputs, originOf) {
    if (type === 'app')
        return [];
    const source = SOURCE[type];
    const findings = [];
    if (inputs.image) {
        const { name } = (0,image_reference/* splitImage */.s5)(inputs.image);
        findings.push((0,finding/* errorAt */.Os)(originOf('image'), 'image-input-unused', `image sets the image of an Application only, and does nothing for ${source}: use images instead, e.g. \`images: ${inputs.image}\` (sets every ${name} container to it)`));
    }
    const takesTag = inputs.overrides.some((override) => !override.newTag && !override.digest);
    if (inputs.imageTag && !takesTag) {
        const example = inputs.overrides[0]?.name ?? 'ghcr.io/acme/web';
        findings.push((0,finding/* errorAt */.Os)(originOf('image-tag'), 'image-input-unused', `image-tag sets the tag of an Application's image, or of the images entries that name no tag or digest, and ${source} has neither: name the image in images, e.g. \`images: ${example}\` (its containers then run tag ${inputs.imageTag})`));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/manifests/image-overrides.ts
var image_overrides = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/app/events/trigger.ts
var trigger = __webpack_require__(46381);
;// CONCATENATED MODULE: ./src/app/commands/override-images.ts



/** Where an input's value is, for a finding about it (the inputs have no file of their own). */
function inputOrigin(name, line = 1) {
    return { file: `input ${name}`, line, column: 1 };
}
/**
 * The post-render step of input `images` (with image-tag for the entries that name no tag), and the
 * errors for `image` / `image-tag` given where they do nothing.
 */
function overrideImages(loaded, settings) {
    const overrides = settings.images;
    const unused = imageInputsWithoutEffect(loaded.type, { image: settings.image, imageTag: givenImageTag(settings), overrides }, (name) => inputOrigin(name));
    const applied = (0,image_overrides/* applyImageOverrides */.FY)(loaded.resources, {
        overrides,
        defaultTag: settings.imageTag,
        originOf: (override) => inputOrigin('images', override.line),
    });
    return {
        ...loaded,
        resources: applied.resources,
        findings: [...loaded.findings, ...unused, ...applied.findings],
    };
}
/**
 * image-tag as the user wrote it. The action fills it with the git tag on a tag push for every source
 * (run-apps.ts); that default does nothing for raw manifests without `images`, and must not fail their
 * release.
 */
function givenImageTag(settings) {
    return settings.imageTag === (0,trigger/* releaseTagOf */.n)(settings.revision.ref) ? '' : settings.imageTag;
}

// EXTERNAL MODULE: ./src/tools/git.ts
var git = __webpack_require__(90615);
// EXTERNAL MODULE: ./src/manifests/envsubst.ts
var envsubst = __webpack_require__(51392);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/manifests/substitute.ts
var substitute = __webpack_require__(11744);
// EXTERNAL MODULE: ./src/manifests/yaml.ts + 1 modules
var yaml = __webpack_require__(68488);
;// CONCATENATED MODULE: ./src/manifests/substitute-sources.ts





/**
 * The variables of `substitute-from` files, in order (a later file wins): a `.yaml`/`.yml` file holds
 * ConfigMaps and Secrets, as Flux's substituteFrom names them in the cluster; any other file is `.env`.
 */
async function readVariableFiles(workspace, files) {
    const variables = [];
    const findings = [];
    for (const file of files) {
        const absolute = await workspace.resolve(file, 'substitute-from');
        const relative = workspace.relative(absolute);
        const text = await workspace.readManifest(absolute);
        const read = /\.ya?ml$/i.test(file)
            ? parseVariableManifests(relative, text)
            : parseDotenv(relative, text);
        variables.push(...read.variables);
        findings.push(...read.findings);
    }
    return { variables, findings };
}
const ENV_LINE = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/;
/** `KEY=VALUE` lines, `#` comments and blank lines; a value may be quoted, and `export ` is allowed. */
function parseDotenv(file, text) {
    const variables = [];
    const findings = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const origin = { file, line: index + 1, column: line.length - line.trimStart().length + 1 };
        const match = ENV_LINE.exec(trimmed);
        if (!match) {
            findings.push((0,finding/* errorAt */.Os)(origin, 'substitute-from', `"${trimmed}" is not a KEY=VALUE line`));
            return;
        }
        const [, name = '', raw = ''] = match;
        const problem = nameProblem(name);
        if (problem)
            findings.push((0,finding/* errorAt */.Os)(origin, 'substitute-from', problem));
        else
            variables.push({ name, value: unquote(raw), origin, secret: false });
    });
    return { variables, findings };
}
function unquote(raw) {
    const value = raw.trim();
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
        return value.slice(1, -1);
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        return value
            .slice(1, -1)
            .replace(/\\([nrt"\\])/g, (_, escape) => escape === 'n' ? '\n' : escape === 'r' ? '\r' : escape === 't' ? '\t' : escape);
    }
    return value.replace(/\s+#.*$/, '');
}
/** The data of every ConfigMap and Secret in the file; a Secret's `data` is base64, its `stringData` not. */
function parseVariableManifests(file, text) {
    const parsed = (0,yaml/* parseYaml */.h)(file, text);
    const variables = [];
    const findings = [...parsed.findings];
    for (const { value, origins } of parsed.documents) {
        const kind = (0,model_resource/* isRecord */.u4)(value) ? (0,model_resource/* kindOf */.I)(value) : undefined;
        if (!(0,model_resource/* isRecord */.u4)(value) || (kind !== 'ConfigMap' && kind !== 'Secret')) {
            findings.push((0,finding/* errorAt */.Os)(origins.documentOrigin, 'substitute-from', `substitute-from reads ConfigMaps and Secrets (or a .env file), not ${kind ?? 'this document'}`));
            continue;
        }
        const secret = kind === 'Secret';
        for (const [field, base64] of [
            ['data', secret],
            ['stringData', false],
        ]) {
            const entries = value[field];
            if (!(0,model_resource/* isRecord */.u4)(entries))
                continue;
            for (const [name, encoded] of Object.entries(entries)) {
                const origin = origins.locate([field, name]);
                const problem = nameProblem(name) ??
                    (typeof encoded === 'string'
                        ? undefined
                        : `${(0,model_resource/* describeObject */.v8)(value)}: ${field}.${name} is not a string`);
                if (problem) {
                    findings.push((0,finding/* errorAt */.Os)(origin, 'substitute-from', problem));
                    continue;
                }
                const text = encoded;
                const decoded = base64 ? Buffer.from(text, 'base64').toString('utf8') : text;
                variables.push({ name, value: decoded, origin, secret });
            }
        }
    }
    return { variables, findings };
}
function nameProblem(name) {
    if (!envsubst/* VARIABLE_NAME */.n.test(name))
        return `"${name}" is not a variable name: use letters, digits and _, not starting with a digit`;
    if ((0,substitute/* isBuiltInName */.p$)(name))
        return `${name}: names starting with KUBESYNC_ are kubesync's built-ins`;
    return undefined;
}

// EXTERNAL MODULE: ./src/manifests/workspace.ts + 1 modules
var workspace = __webpack_require__(17687);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/app/commands/app-name.ts
var app_name = __webpack_require__(9977);
;// CONCATENATED MODULE: ./src/app/commands/substitute-variables.ts







/**
 * The post-render step of Flux-style substitution: variables from `substitute-from` files, then
 * `substitute`, then the built-ins. Without either input only `${KUBESYNC_...}` is substituted, so
 * manifests that never asked for substitution (a shell script's `${HOME}`) stay as written.
 */
async function substituteVariables(loaded, settings, secrets) {
    const { variables: given, files } = settings.substitution;
    const requested = given.length > 0 || files.length > 0;
    if (!requested && !mentions(loaded.resources, '${KUBESYNC_'))
        return loaded;
    const fromFiles = files.length > 0 ? await readVariableFiles(await workspace/* Workspace */.a.open(settings.workspace), files) : undefined;
    for (const { value, secret } of fromFiles?.variables ?? [])
        if (secret)
            secrets.register(value);
    const variables = new Map([
        ...(fromFiles?.variables ?? []).map(({ name, value }) => [name, value]),
        ...given,
        ...(await builtIns(loaded, settings)),
    ]);
    const substituted = (0,substitute/* substituteResources */.k0)(loaded.resources, {
        lookup: (name) => variables.get(name),
        inScope: requested ? () => true : substitute/* isBuiltInName */.p$,
    });
    return {
        ...loaded,
        resources: substituted.resources,
        findings: [
            ...loaded.findings,
            ...(fromFiles?.findings ?? []),
            ...shortSecretWarnings(fromFiles?.variables ?? []),
            ...substituted.findings,
        ],
    };
}
async function builtIns(loaded, settings) {
    // git runs only for a terminal's manifests that use the commit; in a workflow the runner names it.
    const sha = settings.revision.sha ??
        (mentions(loaded.resources, 'KUBESYNC_SHA')
            ? await (0,git/* gitOutput */.o)(settings.workspace, 'rev-parse', 'HEAD')
            : undefined);
    const ref = settings.revision.ref ??
        (mentions(loaded.resources, 'KUBESYNC_REF')
            ? await (0,git/* gitOutput */.o)(settings.workspace, 'symbolic-ref', '--quiet', 'HEAD')
            : undefined);
    const known = [
        ['KUBESYNC_APP', (0,app_name/* appNameOf */.E)(settings, loaded)],
        ['KUBESYNC_ENVIRONMENT', settings.environment],
        ['KUBESYNC_NAMESPACE', settings.namespace],
        ['KUBESYNC_SHA', sha],
        ['KUBESYNC_REF', ref],
    ];
    return known.filter((entry) => entry[1] !== undefined);
}
function mentions(resources, text) {
    return resources.some(({ object }) => JSON.stringify(object).includes(text));
}
/** A Secret's value too short to search for in text would be shown as written where it is substituted. */
function shortSecretWarnings(variables) {
    return variables
        .filter(({ secret, value }) => secret && value.length > 0 && value.length < redact/* MIN_REDACTED_LENGTH */.Pt)
        .map(({ name, origin }) => (0,finding/* warningAt */.MK)(origin, 'secret-value-too-short', `the value of ${name} is under ${redact/* MIN_REDACTED_LENGTH */.Pt} characters, too short to mask where it is substituted; use a longer value`));
}

;// CONCATENATED MODULE: ./src/app/commands/post-render.ts


/** The steps, in order: each sees what the one before left. */
const STEPS = [
    (loaded, settings, { secrets }) => substituteVariables(loaded, settings, secrets),
    overrideImages,
];
async function postRender(loaded, settings, context) {
    let current = loaded;
    for (const step of STEPS)
        current = await step(current, settings, context);
    return current;
}

// EXTERNAL MODULE: ./src/manifests/app.ts + 1 modules
var app = __webpack_require__(60901);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
;// CONCATENATED MODULE: ./src/validate/crd.ts




/**
 * The schemas of the CRDs among the resources, or undefined when there are none: the JSON Schema
 * validator is loaded only then, which keeps it out of most runs' start-up.
 */
async function customResourceSchemasOf(resources) {
    if (!resources.some(({ object }) => (0,model_resource/* kindOf */.I)(object) === 'CustomResourceDefinition'))
        return undefined;
    // ajv is CommonJS: Node and the bundle both give its module object as the default export.
    const { Ajv } = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))).default;
    return new CustomResourceSchemas(resources, new Ajv(CRD_VALIDATOR_OPTIONS));
}
/** Every error, no strict mode (CRD schemas carry Kubernetes' own keywords), formats left to the server. */
const CRD_VALIDATOR_OPTIONS = {
    allErrors: true,
    strict: false,
    validateFormats: false,
    verbose: true,
};
/**
 * Validates custom resources against the openAPIV3Schema of a CRD in the same manifests, with the
 * API server's structural-schema rules: unknown fields are errors unless the schema preserves them.
 */
class CustomResourceSchemas {
    ajv;
    schemas = new Map();
    constructor(resources, ajv) {
        this.ajv = ajv;
        for (const { object } of resources) {
            if ((0,model_resource/* kindOf */.I)(object) !== 'CustomResourceDefinition' || !(0,model_resource/* isRecord */.u4)(object.spec))
                continue;
            const { group, names, versions } = object.spec;
            if (typeof group !== 'string' ||
                !(0,model_resource/* isRecord */.u4)(names) ||
                typeof names.kind !== 'string' ||
                !Array.isArray(versions))
                continue;
            for (const version of versions) {
                if (!(0,model_resource/* isRecord */.u4)(version) || typeof version.name !== 'string' || !(0,model_resource/* isRecord */.u4)(version.schema))
                    continue;
                const openApi = version.schema.openAPIV3Schema;
                if (!(0,model_resource/* isRecord */.u4)(openApi))
                    continue;
                const schema = toJsonSchema(openApi, true);
                try {
                    this.schemas.set(`${group}/${version.name}/${names.kind}`, {
                        validate: this.ajv.compile(schema),
                        schema,
                    });
                }
                catch {
                    // A schema ajv cannot compile is left to the API server, which has the final word.
                }
            }
        }
    }
    check(resource) {
        const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object);
        const kind = (0,model_resource/* kindOf */.I)(resource.object);
        if (!apiVersion || !kind)
            return [];
        const entry = this.schemas.get(`${(0,model_resource/* groupOf */.F8)(apiVersion)}/${(0,model_resource/* versionOf */.E4)(apiVersion)}/${kind}`);
        if (!entry || entry.validate(resource.object))
            return [];
        return (entry.validate.errors ?? []).map((error) => toFinding(error, resource));
    }
}
function toFinding(error, resource) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (error.keyword === 'additionalProperties') {
        const field = String(error.params.additionalProperty);
        const known = Object.keys((0,model_resource/* isRecord */.u4)(error.parentSchema?.properties) ? error.parentSchema.properties : {});
        const suggestion = (0,app/* suggest */.ZA)(field, known);
        const childPath = [...path, field];
        return (0,finding/* errorAt */.Os)(resource.locate(childPath), 'unknown-field', `unknown field "${(0,origin/* formatPath */.jV)(childPath)}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
    const where = (0,origin/* formatPath */.jV)(path) || (0,model_resource/* kindOf */.I)(resource.object) || 'object';
    return (0,finding/* errorAt */.Os)(resource.locate(path), 'crd-schema', `${where} ${error.message ?? 'is invalid'} (CRD schema)`);
}
/** The CRD dialect of OpenAPI v3 as plain JSON Schema. */
function toJsonSchema(node, root = false) {
    const schema = {};
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-kubernetes-') || key === 'nullable')
            continue;
        if (key === 'properties' && (0,model_resource/* isRecord */.u4)(value)) {
            schema.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, (0,model_resource/* isRecord */.u4)(child) ? toJsonSchema(child) : child]));
        }
        else if (key === 'items' && (0,model_resource/* isRecord */.u4)(value)) {
            schema.items = toJsonSchema(value);
        }
        else if (key === 'additionalProperties' && (0,model_resource/* isRecord */.u4)(value)) {
            schema.additionalProperties = toJsonSchema(value);
        }
        else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
            schema[key] = value.map((child) => ((0,model_resource/* isRecord */.u4)(child) ? toJsonSchema(child) : child));
        }
        else if (key === 'not' && (0,model_resource/* isRecord */.u4)(value)) {
            schema.not = toJsonSchema(value);
        }
        else {
            schema[key] = value;
        }
    }
    if (node['x-kubernetes-int-or-string'] === true) {
        delete schema.type;
        schema.anyOf = [{ type: 'integer' }, { type: 'string' }];
    }
    if (node.nullable === true && typeof schema.type === 'string')
        schema.type = [schema.type, 'null'];
    const preservesUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
    const embedded = node['x-kubernetes-embedded-resource'] === true;
    if (embedded || root) {
        const properties = (0,model_resource/* isRecord */.u4)(schema.properties) ? schema.properties : {};
        // apiVersion, kind and metadata are checked by the API server's own rules, not the CRD's.
        schema.properties = { ...properties, apiVersion: {}, kind: {}, metadata: {} };
    }
    if ((0,model_resource/* isRecord */.u4)(schema.properties) && schema.additionalProperties === undefined && !preservesUnknown) {
        schema.additionalProperties = false;
    }
    return schema;
}

// EXTERNAL MODULE: ./src/manifests/scope.ts
var scope = __webpack_require__(85818);
// EXTERNAL MODULE: ./src/validate/api-versions.ts + 1 modules
var api_versions = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/validate/identity.ts
var identity = __webpack_require__(14158);
// EXTERNAL MODULE: ./src/manifests/pod-spec.ts
var pod_spec = __webpack_require__(85437);
;// CONCATENATED MODULE: ./src/validate/policy.ts



const CONTAINER_LISTS = ['initContainers', 'containers'];
/** Where to declare a container's requests and limits, in the terms of the source the objects came from. */
const RESOURCES_ADVICE = {
    app: 'set spec.resources (cpu, memory) in the Application',
    kubernetes: 'set resources.requests (cpu, memory) on the container',
    kustomize: 'set resources.requests (cpu, memory) on the container in its source file, or with a patch',
    helm: "set them through the chart's values (most charts read a resources value) or in the template",
};
function checkPolicy(resource, scopes, settings, source = 'kubernetes') {
    return [
        ...checkAllowedKinds(resource, settings.guardrails.allowedKinds),
        ...checkAllowedNamespaces(resource, scopes, settings),
        ...checkContainers(resource, settings.policy, source),
    ];
}
function checkAllowedKinds(resource, allowed) {
    const kind = (0,model_resource/* kindOf */.I)(resource.object);
    const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object);
    if (allowed.length === 0 || !kind || apiVersion === undefined)
        return [];
    const group = (0,model_resource/* groupOf */.F8)(apiVersion);
    const permitted = allowed.some((entry) => entry === kind || entry === `${group}/${kind}` || (group === '' && entry === `core/${kind}`));
    if (permitted)
        return [];
    return [
        (0,finding/* errorAt */.Os)(resource.locate(['kind']), 'allowed-kinds', `${kind} ${(0,model_resource/* nameOf */.Vb)(resource.object) ?? ''} is not an allowed kind (allowed-kinds: ${allowed.join(', ')}); remove it, or add ${group ? `${group}/` : ''}${kind} to allowed-kinds in the workflow`),
    ];
}
function checkAllowedNamespaces(resource, scopes, settings) {
    const allowed = settings.guardrails.allowedNamespaces;
    if (allowed.length === 0)
        return [];
    const kind = (0,model_resource/* kindOf */.I)(resource.object);
    const name = (0,model_resource/* nameOf */.Vb)(resource.object) ?? '';
    const namespace = kind === 'Namespace' ? name : scopes.effectiveNamespace(resource, settings.namespace);
    if (namespace === undefined || allowed.includes(namespace))
        return [];
    const explicit = kind !== 'Namespace' &&
        (0,model_resource/* isRecord */.u4)(resource.object.metadata) &&
        resource.object.metadata.namespace !== undefined;
    return [
        (0,finding/* errorAt */.Os)(resource.locate(kind === 'Namespace' ? ['metadata', 'name'] : ['metadata', explicit ? 'namespace' : 'name']), 'allowed-namespaces', kind === 'Namespace'
            ? `Namespace ${name} is not an allowed namespace (allowed-namespaces: ${allowed.join(', ')})`
            : `${kind ?? 'object'} ${name} would be in namespace "${namespace}", which is not allowed (allowed-namespaces: ${allowed.join(', ')})`),
    ];
}
function checkContainers(resource, policy, source) {
    const pod = (0,pod_spec/* podSpecOf */.q)(resource.object);
    if (!pod)
        return [];
    const { path: podSpecPath, spec: podSpec } = pod;
    const findings = [];
    for (const list of CONTAINER_LISTS) {
        const containers = podSpec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!(0,model_resource/* isRecord */.u4)(container))
                return;
            const path = [...podSpecPath, list, index];
            const label = `container "${String(container.name)}"`;
            const imageProblem = typeof container.image === 'string' ? unpinnedImageProblem(container.image) : undefined;
            if (imageProblem) {
                pushAt(findings, policy.pinnedImages, resource.locate([...path, 'image']), 'image-pinned', `${label}: ${imageProblem}`);
            }
            const resources = (0,model_resource/* isRecord */.u4)(container.resources) ? container.resources : {};
            if (!(0,model_resource/* isRecord */.u4)(resources.requests) && !(0,model_resource/* isRecord */.u4)(resources.limits)) {
                pushAt(findings, policy.resources, resource.locate([...path, 'resources']), 'resources-declared', `${label} declares no resource requests or limits, so the scheduler cannot place it well: ${RESOURCES_ADVICE[source]}`);
            }
        });
    }
    return findings;
}
/** Why an image reference is not pinned, or undefined when it is (`app:1.4.2`, `app@sha256:…`). */
function unpinnedImageProblem(image) {
    if (image.includes('@'))
        return undefined;
    const lastSegment = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastSegment.lastIndexOf(':');
    if (colon === -1)
        return `image "${image}" has no tag, so it means :latest; pin a version tag or a digest`;
    if (lastSegment.slice(colon + 1) === 'latest')
        return `image "${image}" uses :latest; pin a version tag or a digest`;
    return undefined;
}
function pushAt(findings, level, ...[origin, rule, message]) {
    if (level === 'off')
        return;
    findings.push({ severity: level, rule, message, origin });
}

// EXTERNAL MODULE: ./src/manifests/built-in-groups.ts
var built_in_groups = __webpack_require__(11457);
;// CONCATENATED MODULE: ./src/validate/kubernetes-schemas.json
const kubernetes_schemas_namespaceObject = /*#__PURE__*/JSON.parse('{"AdmissionregistrationV1ServiceReference":[["name","string"],["namespace","string"],["path","string"],["port","number","int32"]],"AdmissionregistrationV1WebhookClientConfig":[["caBundle","string","byte"],["service","AdmissionregistrationV1ServiceReference"],["url","string"]],"ApiextensionsV1ServiceReference":[["name","string"],["namespace","string"],["path","string"],["port","number","int32"]],"ApiextensionsV1WebhookClientConfig":[["caBundle","string","byte"],["service","ApiextensionsV1ServiceReference"],["url","string"]],"ApiregistrationV1ServiceReference":[["name","string"],["namespace","string"],["port","number","int32"]],"AuthenticationV1TokenRequest":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1TokenRequestSpec"],["status","V1TokenRequestStatus"]],"CoreV1EndpointPort":[["appProtocol","string"],["name","string"],["port","number","int32"],["protocol","string"]],"CoreV1Event":[["action","string"],["apiVersion","string"],["count","number","int32"],["eventTime","V1MicroTime","date-time-micro"],["firstTimestamp","Date","date-time"],["involvedObject","V1ObjectReference"],["kind","string"],["lastTimestamp","Date","date-time"],["message","string"],["metadata","V1ObjectMeta"],["reason","string"],["related","V1ObjectReference"],["reportingComponent","string"],["reportingInstance","string"],["series","CoreV1EventSeries"],["source","V1EventSource"],["type","string"]],"CoreV1EventList":[["apiVersion","string"],["items","Array<CoreV1Event>"],["kind","string"],["metadata","V1ListMeta"]],"CoreV1EventSeries":[["count","number","int32"],["lastObservedTime","V1MicroTime","date-time-micro"]],"CoreV1ResourceClaim":[["name","string"],["request","string"]],"DiscoveryV1EndpointPort":[["appProtocol","string"],["name","string"],["port","number","int32"],["protocol","string"]],"EventsV1Event":[["action","string"],["apiVersion","string"],["deprecatedCount","number","int32"],["deprecatedFirstTimestamp","Date","date-time"],["deprecatedLastTimestamp","Date","date-time"],["deprecatedSource","V1EventSource"],["eventTime","V1MicroTime","date-time-micro"],["kind","string"],["metadata","V1ObjectMeta"],["note","string"],["reason","string"],["regarding","V1ObjectReference"],["related","V1ObjectReference"],["reportingController","string"],["reportingInstance","string"],["series","EventsV1EventSeries"],["type","string"]],"EventsV1EventList":[["apiVersion","string"],["items","Array<EventsV1Event>"],["kind","string"],["metadata","V1ListMeta"]],"EventsV1EventSeries":[["count","number","int32"],["lastObservedTime","V1MicroTime","date-time-micro"]],"FlowcontrolV1Subject":[["group","V1GroupSubject"],["kind","string"],["serviceAccount","V1ServiceAccountSubject"],["user","V1UserSubject"]],"RbacV1Subject":[["apiGroup","string"],["kind","string"],["name","string"],["namespace","string"]],"ResourceV1ResourceClaim":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ResourceClaimSpec"],["status","V1ResourceClaimStatus"]],"StorageV1TokenRequest":[["audience","string"],["expirationSeconds","number","int64"]],"V1APIGroup":[["apiVersion","string"],["kind","string"],["name","string"],["preferredVersion","V1GroupVersionForDiscovery"],["serverAddressByClientCIDRs","Array<V1ServerAddressByClientCIDR>"],["versions","Array<V1GroupVersionForDiscovery>"]],"V1APIGroupList":[["apiVersion","string"],["groups","Array<V1APIGroup>"],["kind","string"]],"V1APIResource":[["categories","Array<string>"],["group","string"],["kind","string"],["name","string"],["namespaced","boolean"],["shortNames","Array<string>"],["singularName","string"],["storageVersionHash","string"],["verbs","Array<string>"],["version","string"]],"V1APIResourceList":[["apiVersion","string"],["groupVersion","string"],["kind","string"],["resources","Array<V1APIResource>"]],"V1APIService":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1APIServiceSpec"],["status","V1APIServiceStatus"]],"V1APIServiceCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1APIServiceList":[["apiVersion","string"],["items","Array<V1APIService>"],["kind","string"],["metadata","V1ListMeta"]],"V1APIServiceSpec":[["caBundle","string","byte"],["group","string"],["groupPriorityMinimum","number","int32"],["insecureSkipTLSVerify","boolean"],["service","ApiregistrationV1ServiceReference"],["version","string"],["versionPriority","number","int32"]],"V1APIServiceStatus":[["conditions","Array<V1APIServiceCondition>"]],"V1APIVersions":[["apiVersion","string"],["kind","string"],["serverAddressByClientCIDRs","Array<V1ServerAddressByClientCIDR>"],["versions","Array<string>"]],"V1AWSElasticBlockStoreVolumeSource":[["fsType","string"],["partition","number","int32"],["readOnly","boolean"],["volumeID","string"]],"V1Affinity":[["nodeAffinity","V1NodeAffinity"],["podAffinity","V1PodAffinity"],["podAntiAffinity","V1PodAntiAffinity"]],"V1AggregationRule":[["clusterRoleSelectors","Array<V1LabelSelector>"]],"V1AllocatedDeviceStatus":[["conditions","Array<V1Condition>"],["data","any"],["device","string"],["driver","string"],["networkData","V1NetworkDeviceData"],["pool","string"],["shareID","string"]],"V1AllocationResult":[["allocationTimestamp","Date","date-time"],["devices","V1DeviceAllocationResult"],["nodeSelector","V1NodeSelector"]],"V1AppArmorProfile":[["localhostProfile","string"],["type","string"]],"V1ApplyConfiguration":[["expression","string"]],"V1AttachedVolume":[["devicePath","string"],["name","string"]],"V1AuditAnnotation":[["key","string"],["valueExpression","string"]],"V1AzureDiskVolumeSource":[["cachingMode","string"],["diskName","string"],["diskURI","string"],["fsType","string"],["kind","string"],["readOnly","boolean"]],"V1AzureFilePersistentVolumeSource":[["readOnly","boolean"],["secretName","string"],["secretNamespace","string"],["shareName","string"]],"V1AzureFileVolumeSource":[["readOnly","boolean"],["secretName","string"],["shareName","string"]],"V1Binding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["target","V1ObjectReference"]],"V1BoundObjectReference":[["apiVersion","string"],["kind","string"],["name","string"],["uid","string"]],"V1CELDeviceSelector":[["expression","string"]],"V1CSIDriver":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1CSIDriverSpec"]],"V1CSIDriverList":[["apiVersion","string"],["items","Array<V1CSIDriver>"],["kind","string"],["metadata","V1ListMeta"]],"V1CSIDriverSpec":[["attachRequired","boolean"],["fsGroupPolicy","string"],["nodeAllocatableUpdatePeriodSeconds","number","int64"],["podInfoOnMount","boolean"],["preventPodSchedulingIfMissing","boolean"],["requiresRepublish","boolean"],["seLinuxMount","boolean"],["serviceAccountTokenInSecrets","boolean"],["storageCapacity","boolean"],["tokenRequests","Array<StorageV1TokenRequest>"],["volumeLifecycleModes","Array<string>"]],"V1CSINode":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1CSINodeSpec"]],"V1CSINodeDriver":[["allocatable","V1VolumeNodeResources"],["name","string"],["nodeID","string"],["topologyKeys","Array<string>"]],"V1CSINodeList":[["apiVersion","string"],["items","Array<V1CSINode>"],["kind","string"],["metadata","V1ListMeta"]],"V1CSINodeSpec":[["drivers","Array<V1CSINodeDriver>"]],"V1CSIPersistentVolumeSource":[["controllerExpandSecretRef","V1SecretReference"],["controllerPublishSecretRef","V1SecretReference"],["driver","string"],["fsType","string"],["nodeExpandSecretRef","V1SecretReference"],["nodePublishSecretRef","V1SecretReference"],["nodeStageSecretRef","V1SecretReference"],["readOnly","boolean"],["volumeAttributes","{ [key: string]: string; }"],["volumeHandle","string"]],"V1CSIStorageCapacity":[["apiVersion","string"],["capacity","string"],["kind","string"],["maximumVolumeSize","string"],["metadata","V1ObjectMeta"],["nodeTopology","V1LabelSelector"],["storageClassName","string"]],"V1CSIStorageCapacityList":[["apiVersion","string"],["items","Array<V1CSIStorageCapacity>"],["kind","string"],["metadata","V1ListMeta"]],"V1CSIVolumeSource":[["driver","string"],["fsType","string"],["nodePublishSecretRef","V1LocalObjectReference"],["readOnly","boolean"],["volumeAttributes","{ [key: string]: string; }"]],"V1Capabilities":[["add","Array<string>"],["drop","Array<string>"]],"V1CapacityRequestPolicy":[["default","string"],["validRange","V1CapacityRequestPolicyRange"],["validValues","Array<string>"]],"V1CapacityRequestPolicyRange":[["max","string"],["min","string"],["step","string"]],"V1CapacityRequirements":[["requests","{ [key: string]: string; }"]],"V1CephFSPersistentVolumeSource":[["monitors","Array<string>"],["path","string"],["readOnly","boolean"],["secretFile","string"],["secretRef","V1SecretReference"],["user","string"]],"V1CephFSVolumeSource":[["monitors","Array<string>"],["path","string"],["readOnly","boolean"],["secretFile","string"],["secretRef","V1LocalObjectReference"],["user","string"]],"V1CertificateSigningRequest":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1CertificateSigningRequestSpec"],["status","V1CertificateSigningRequestStatus"]],"V1CertificateSigningRequestCondition":[["lastTransitionTime","Date","date-time"],["lastUpdateTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1CertificateSigningRequestList":[["apiVersion","string"],["items","Array<V1CertificateSigningRequest>"],["kind","string"],["metadata","V1ListMeta"]],"V1CertificateSigningRequestSpec":[["expirationSeconds","number","int32"],["extra","{ [key: string]: Array<string>; }"],["groups","Array<string>"],["request","string","byte"],["signerName","string"],["uid","string"],["usages","Array<string>"],["username","string"]],"V1CertificateSigningRequestStatus":[["certificate","string","byte"],["conditions","Array<V1CertificateSigningRequestCondition>"]],"V1CinderPersistentVolumeSource":[["fsType","string"],["readOnly","boolean"],["secretRef","V1SecretReference"],["volumeID","string"]],"V1CinderVolumeSource":[["fsType","string"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"],["volumeID","string"]],"V1ClientIPConfig":[["timeoutSeconds","number","int32"]],"V1ClusterRole":[["aggregationRule","V1AggregationRule"],["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["rules","Array<V1PolicyRule>"]],"V1ClusterRoleBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["roleRef","V1RoleRef"],["subjects","Array<RbacV1Subject>"]],"V1ClusterRoleBindingList":[["apiVersion","string"],["items","Array<V1ClusterRoleBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1ClusterRoleList":[["apiVersion","string"],["items","Array<V1ClusterRole>"],["kind","string"],["metadata","V1ListMeta"]],"V1ClusterTrustBundleProjection":[["labelSelector","V1LabelSelector"],["name","string"],["optional","boolean"],["path","string"],["signerName","string"]],"V1ComponentCondition":[["error","string"],["message","string"],["status","string"],["type","string"]],"V1ComponentStatus":[["apiVersion","string"],["conditions","Array<V1ComponentCondition>"],["kind","string"],["metadata","V1ObjectMeta"]],"V1ComponentStatusList":[["apiVersion","string"],["items","Array<V1ComponentStatus>"],["kind","string"],["metadata","V1ListMeta"]],"V1Condition":[["lastTransitionTime","Date","date-time"],["message","string"],["observedGeneration","number","int64"],["reason","string"],["status","string"],["type","string"]],"V1ConfigMap":[["apiVersion","string"],["binaryData","{ [key: string]: string; }","byte"],["data","{ [key: string]: string; }"],["immutable","boolean"],["kind","string"],["metadata","V1ObjectMeta"]],"V1ConfigMapEnvSource":[["name","string"],["optional","boolean"]],"V1ConfigMapKeySelector":[["key","string"],["name","string"],["optional","boolean"]],"V1ConfigMapList":[["apiVersion","string"],["items","Array<V1ConfigMap>"],["kind","string"],["metadata","V1ListMeta"]],"V1ConfigMapNodeConfigSource":[["kubeletConfigKey","string"],["name","string"],["namespace","string"],["resourceVersion","string"],["uid","string"]],"V1ConfigMapProjection":[["items","Array<V1KeyToPath>"],["name","string"],["optional","boolean"]],"V1ConfigMapVolumeSource":[["defaultMode","number","int32"],["items","Array<V1KeyToPath>"],["name","string"],["optional","boolean"]],"V1Container":[["args","Array<string>"],["command","Array<string>"],["env","Array<V1EnvVar>"],["envFrom","Array<V1EnvFromSource>"],["image","string"],["imagePullPolicy","string"],["lifecycle","V1Lifecycle"],["livenessProbe","V1Probe"],["name","string"],["ports","Array<V1ContainerPort>"],["readinessProbe","V1Probe"],["resizePolicy","Array<V1ContainerResizePolicy>"],["resources","V1ResourceRequirements"],["restartPolicy","string"],["restartPolicyRules","Array<V1ContainerRestartRule>"],["securityContext","V1SecurityContext"],["startupProbe","V1Probe"],["stdin","boolean"],["stdinOnce","boolean"],["terminationMessagePath","string"],["terminationMessagePolicy","string"],["tty","boolean"],["volumeDevices","Array<V1VolumeDevice>"],["volumeMounts","Array<V1VolumeMount>"],["workingDir","string"]],"V1ContainerExtendedResourceRequest":[["containerName","string"],["requestName","string"],["resourceName","string"]],"V1ContainerImage":[["names","Array<string>"],["sizeBytes","number","int64"]],"V1ContainerPort":[["containerPort","number","int32"],["hostIP","string"],["hostPort","number","int32"],["name","string"],["protocol","string"]],"V1ContainerResizePolicy":[["resourceName","string"],["restartPolicy","string"]],"V1ContainerRestartRule":[["action","string"],["exitCodes","V1ContainerRestartRuleOnExitCodes"]],"V1ContainerRestartRuleOnExitCodes":[["operator","string"],["values","Array<number>","int32"]],"V1ContainerState":[["running","V1ContainerStateRunning"],["terminated","V1ContainerStateTerminated"],["waiting","V1ContainerStateWaiting"]],"V1ContainerStateRunning":[["startedAt","Date","date-time"]],"V1ContainerStateTerminated":[["containerID","string"],["exitCode","number","int32"],["finishedAt","Date","date-time"],["message","string"],["reason","string"],["signal","number","int32"],["startedAt","Date","date-time"]],"V1ContainerStateWaiting":[["message","string"],["reason","string"]],"V1ContainerStatus":[["allocatedResources","{ [key: string]: string; }"],["allocatedResourcesStatus","Array<V1ResourceStatus>"],["containerID","string"],["image","string"],["imageID","string"],["lastState","V1ContainerState"],["name","string"],["ready","boolean"],["resources","V1ResourceRequirements"],["restartCount","number","int32"],["started","boolean"],["state","V1ContainerState"],["stopSignal","string"],["user","V1ContainerUser"],["volumeMounts","Array<V1VolumeMountStatus>"]],"V1ContainerUser":[["linux","V1LinuxContainerUser"]],"V1ControllerRevision":[["apiVersion","string"],["data","any"],["kind","string"],["metadata","V1ObjectMeta"],["revision","number","int64"]],"V1ControllerRevisionList":[["apiVersion","string"],["items","Array<V1ControllerRevision>"],["kind","string"],["metadata","V1ListMeta"]],"V1Counter":[["value","string"]],"V1CounterSet":[["counters","{ [key: string]: V1Counter; }"],["name","string"]],"V1CronJob":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1CronJobSpec"],["status","V1CronJobStatus"]],"V1CronJobList":[["apiVersion","string"],["items","Array<V1CronJob>"],["kind","string"],["metadata","V1ListMeta"]],"V1CronJobSpec":[["concurrencyPolicy","string"],["failedJobsHistoryLimit","number","int32"],["jobTemplate","V1JobTemplateSpec"],["schedule","string"],["startingDeadlineSeconds","number","int64"],["successfulJobsHistoryLimit","number","int32"],["suspend","boolean"],["timeZone","string"]],"V1CronJobStatus":[["active","Array<V1ObjectReference>"],["lastScheduleTime","Date","date-time"],["lastSuccessfulTime","Date","date-time"]],"V1CrossVersionObjectReference":[["apiVersion","string"],["kind","string"],["name","string"]],"V1CustomResourceColumnDefinition":[["description","string"],["format","string"],["jsonPath","string"],["name","string"],["priority","number","int32"],["type","string"]],"V1CustomResourceConversion":[["strategy","string"],["webhook","V1WebhookConversion"]],"V1CustomResourceDefinition":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1CustomResourceDefinitionSpec"],["status","V1CustomResourceDefinitionStatus"]],"V1CustomResourceDefinitionCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["observedGeneration","number","int64"],["reason","string"],["status","string"],["type","string"]],"V1CustomResourceDefinitionList":[["apiVersion","string"],["items","Array<V1CustomResourceDefinition>"],["kind","string"],["metadata","V1ListMeta"]],"V1CustomResourceDefinitionNames":[["categories","Array<string>"],["kind","string"],["listKind","string"],["plural","string"],["shortNames","Array<string>"],["singular","string"]],"V1CustomResourceDefinitionSpec":[["conversion","V1CustomResourceConversion"],["group","string"],["names","V1CustomResourceDefinitionNames"],["preserveUnknownFields","boolean"],["scope","string"],["versions","Array<V1CustomResourceDefinitionVersion>"]],"V1CustomResourceDefinitionStatus":[["acceptedNames","V1CustomResourceDefinitionNames"],["conditions","Array<V1CustomResourceDefinitionCondition>"],["observedGeneration","number","int64"],["storedVersions","Array<string>"]],"V1CustomResourceDefinitionVersion":[["additionalPrinterColumns","Array<V1CustomResourceColumnDefinition>"],["deprecated","boolean"],["deprecationWarning","string"],["name","string"],["schema","V1CustomResourceValidation"],["selectableFields","Array<V1SelectableField>"],["served","boolean"],["storage","boolean"],["subresources","V1CustomResourceSubresources"]],"V1CustomResourceSubresourceScale":[["labelSelectorPath","string"],["specReplicasPath","string"],["statusReplicasPath","string"]],"V1CustomResourceSubresources":[["scale","V1CustomResourceSubresourceScale"],["status","any"]],"V1CustomResourceValidation":[["openAPIV3Schema","V1JSONSchemaProps"]],"V1DaemonEndpoint":[["Port","number","int32"]],"V1DaemonSet":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1DaemonSetSpec"],["status","V1DaemonSetStatus"]],"V1DaemonSetCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1DaemonSetList":[["apiVersion","string"],["items","Array<V1DaemonSet>"],["kind","string"],["metadata","V1ListMeta"]],"V1DaemonSetSpec":[["minReadySeconds","number","int32"],["revisionHistoryLimit","number","int32"],["selector","V1LabelSelector"],["template","V1PodTemplateSpec"],["updateStrategy","V1DaemonSetUpdateStrategy"]],"V1DaemonSetStatus":[["collisionCount","number","int32"],["conditions","Array<V1DaemonSetCondition>"],["currentNumberScheduled","number","int32"],["desiredNumberScheduled","number","int32"],["numberAvailable","number","int32"],["numberMisscheduled","number","int32"],["numberReady","number","int32"],["numberUnavailable","number","int32"],["observedGeneration","number","int64"],["updatedNumberScheduled","number","int32"]],"V1DaemonSetUpdateStrategy":[["rollingUpdate","V1RollingUpdateDaemonSet"],["type","string"]],"V1DeleteOptions":[["apiVersion","string"],["dryRun","Array<string>"],["gracePeriodSeconds","number","int64"],["ignoreStoreReadErrorWithClusterBreakingPotential","boolean"],["kind","string"],["orphanDependents","boolean"],["preconditions","V1Preconditions"],["propagationPolicy","string"]],"V1Deployment":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1DeploymentSpec"],["status","V1DeploymentStatus"]],"V1DeploymentCondition":[["lastTransitionTime","Date","date-time"],["lastUpdateTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1DeploymentList":[["apiVersion","string"],["items","Array<V1Deployment>"],["kind","string"],["metadata","V1ListMeta"]],"V1DeploymentSpec":[["minReadySeconds","number","int32"],["paused","boolean"],["progressDeadlineSeconds","number","int32"],["replicas","number","int32"],["revisionHistoryLimit","number","int32"],["selector","V1LabelSelector"],["strategy","V1DeploymentStrategy"],["template","V1PodTemplateSpec"]],"V1DeploymentStatus":[["availableReplicas","number","int32"],["collisionCount","number","int32"],["conditions","Array<V1DeploymentCondition>"],["observedGeneration","number","int64"],["readyReplicas","number","int32"],["replicas","number","int32"],["terminatingReplicas","number","int32"],["unavailableReplicas","number","int32"],["updatedReplicas","number","int32"]],"V1DeploymentStrategy":[["rollingUpdate","V1RollingUpdateDeployment"],["type","string"]],"V1Device":[["allNodes","boolean"],["allowMultipleAllocations","boolean"],["attributes","{ [key: string]: V1DeviceAttribute; }"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["bindsToNode","boolean"],["capacity","{ [key: string]: V1DeviceCapacity; }"],["consumesCounters","Array<V1DeviceCounterConsumption>"],["name","string"],["nodeAllocatableResourceMappings","{ [key: string]: V1NodeAllocatableResourceMapping; }"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["taints","Array<V1DeviceTaint>"]],"V1DeviceAllocationConfiguration":[["opaque","V1OpaqueDeviceConfiguration"],["requests","Array<string>"],["source","string"]],"V1DeviceAllocationResult":[["config","Array<V1DeviceAllocationConfiguration>"],["results","Array<V1DeviceRequestAllocationResult>"]],"V1DeviceAttribute":[["bool","boolean"],["bools","Array<boolean>"],["int","number","int64"],["ints","Array<number>","int64"],["string","string"],["strings","Array<string>"],["version","string"],["versions","Array<string>"]],"V1DeviceCapacity":[["requestPolicy","V1CapacityRequestPolicy"],["value","string"]],"V1DeviceClaim":[["config","Array<V1DeviceClaimConfiguration>"],["constraints","Array<V1DeviceConstraint>"],["requests","Array<V1DeviceRequest>"]],"V1DeviceClaimConfiguration":[["opaque","V1OpaqueDeviceConfiguration"],["requests","Array<string>"]],"V1DeviceClass":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1DeviceClassSpec"]],"V1DeviceClassConfiguration":[["opaque","V1OpaqueDeviceConfiguration"]],"V1DeviceClassList":[["apiVersion","string"],["items","Array<V1DeviceClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1DeviceClassSpec":[["config","Array<V1DeviceClassConfiguration>"],["extendedResourceName","string"],["selectors","Array<V1DeviceSelector>"]],"V1DeviceConstraint":[["distinctAttribute","string"],["matchAttribute","string"],["requests","Array<string>"]],"V1DeviceCounterConsumption":[["counterSet","string"],["counters","{ [key: string]: V1Counter; }"]],"V1DeviceRequest":[["exactly","V1ExactDeviceRequest"],["firstAvailable","Array<V1DeviceSubRequest>"],["name","string"]],"V1DeviceRequestAllocationResult":[["adminAccess","boolean"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["consumedCapacity","{ [key: string]: string; }"],["device","string"],["driver","string"],["pool","string"],["request","string"],["shareID","string"],["tolerations","Array<V1DeviceToleration>"]],"V1DeviceSelector":[["cel","V1CELDeviceSelector"]],"V1DeviceSubRequest":[["allocationMode","string"],["capacity","V1CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["name","string"],["selectors","Array<V1DeviceSelector>"],["tolerations","Array<V1DeviceToleration>"]],"V1DeviceTaint":[["effect","string"],["key","string"],["timeAdded","Date","date-time"],["value","string"]],"V1DeviceToleration":[["effect","string"],["key","string"],["operator","string"],["tolerationSeconds","number","int64"],["value","string"]],"V1DownwardAPIProjection":[["items","Array<V1DownwardAPIVolumeFile>"]],"V1DownwardAPIVolumeFile":[["fieldRef","V1ObjectFieldSelector"],["mode","number","int32"],["path","string"],["resourceFieldRef","V1ResourceFieldSelector"]],"V1DownwardAPIVolumeSource":[["defaultMode","number","int32"],["items","Array<V1DownwardAPIVolumeFile>"]],"V1EmptyDirVolumeSource":[["medium","string"],["sizeLimit","string"]],"V1Endpoint":[["addresses","Array<string>"],["conditions","V1EndpointConditions"],["deprecatedTopology","{ [key: string]: string; }"],["hints","V1EndpointHints"],["hostname","string"],["nodeName","string"],["targetRef","V1ObjectReference"],["zone","string"]],"V1EndpointAddress":[["hostname","string"],["ip","string"],["nodeName","string"],["targetRef","V1ObjectReference"]],"V1EndpointConditions":[["ready","boolean"],["serving","boolean"],["terminating","boolean"]],"V1EndpointHints":[["forNodes","Array<V1ForNode>"],["forZones","Array<V1ForZone>"]],"V1EndpointSlice":[["addressType","string"],["apiVersion","string"],["endpoints","Array<V1Endpoint>"],["kind","string"],["metadata","V1ObjectMeta"],["ports","Array<DiscoveryV1EndpointPort>"]],"V1EndpointSliceList":[["apiVersion","string"],["items","Array<V1EndpointSlice>"],["kind","string"],["metadata","V1ListMeta"]],"V1EndpointSubset":[["addresses","Array<V1EndpointAddress>"],["notReadyAddresses","Array<V1EndpointAddress>"],["ports","Array<CoreV1EndpointPort>"]],"V1Endpoints":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["subsets","Array<V1EndpointSubset>"]],"V1EndpointsList":[["apiVersion","string"],["items","Array<V1Endpoints>"],["kind","string"],["metadata","V1ListMeta"]],"V1EnvFromSource":[["configMapRef","V1ConfigMapEnvSource"],["prefix","string"],["secretRef","V1SecretEnvSource"]],"V1EnvVar":[["name","string"],["value","string"],["valueFrom","V1EnvVarSource"]],"V1EnvVarSource":[["configMapKeyRef","V1ConfigMapKeySelector"],["fieldRef","V1ObjectFieldSelector"],["fileKeyRef","V1FileKeySelector"],["resourceFieldRef","V1ResourceFieldSelector"],["secretKeyRef","V1SecretKeySelector"]],"V1EphemeralContainer":[["args","Array<string>"],["command","Array<string>"],["env","Array<V1EnvVar>"],["envFrom","Array<V1EnvFromSource>"],["image","string"],["imagePullPolicy","string"],["lifecycle","V1Lifecycle"],["livenessProbe","V1Probe"],["name","string"],["ports","Array<V1ContainerPort>"],["readinessProbe","V1Probe"],["resizePolicy","Array<V1ContainerResizePolicy>"],["resources","V1ResourceRequirements"],["restartPolicy","string"],["restartPolicyRules","Array<V1ContainerRestartRule>"],["securityContext","V1SecurityContext"],["startupProbe","V1Probe"],["stdin","boolean"],["stdinOnce","boolean"],["targetContainerName","string"],["terminationMessagePath","string"],["terminationMessagePolicy","string"],["tty","boolean"],["volumeDevices","Array<V1VolumeDevice>"],["volumeMounts","Array<V1VolumeMount>"],["workingDir","string"]],"V1EphemeralVolumeSource":[["volumeClaimTemplate","V1PersistentVolumeClaimTemplate"]],"V1EventSource":[["component","string"],["host","string"]],"V1Eviction":[["apiVersion","string"],["deleteOptions","V1DeleteOptions"],["kind","string"],["metadata","V1ObjectMeta"]],"V1ExactDeviceRequest":[["adminAccess","boolean"],["allocationMode","string"],["capacity","V1CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["selectors","Array<V1DeviceSelector>"],["tolerations","Array<V1DeviceToleration>"]],"V1ExecAction":[["command","Array<string>"]],"V1ExemptPriorityLevelConfiguration":[["lendablePercent","number","int32"],["nominalConcurrencyShares","number","int32"]],"V1ExpressionWarning":[["fieldRef","string"],["warning","string"]],"V1ExternalDocumentation":[["description","string"],["url","string"]],"V1FCVolumeSource":[["fsType","string"],["lun","number","int32"],["readOnly","boolean"],["targetWWNs","Array<string>"],["wwids","Array<string>"]],"V1FieldSelectorAttributes":[["rawSelector","string"],["requirements","Array<V1FieldSelectorRequirement>"]],"V1FieldSelectorRequirement":[["key","string"],["operator","string"],["values","Array<string>"]],"V1FileKeySelector":[["key","string"],["optional","boolean"],["path","string"],["volumeName","string"]],"V1FlexPersistentVolumeSource":[["driver","string"],["fsType","string"],["options","{ [key: string]: string; }"],["readOnly","boolean"],["secretRef","V1SecretReference"]],"V1FlexVolumeSource":[["driver","string"],["fsType","string"],["options","{ [key: string]: string; }"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"]],"V1FlockerVolumeSource":[["datasetName","string"],["datasetUUID","string"]],"V1FlowDistinguisherMethod":[["type","string"]],"V1FlowSchema":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1FlowSchemaSpec"],["status","V1FlowSchemaStatus"]],"V1FlowSchemaCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1FlowSchemaList":[["apiVersion","string"],["items","Array<V1FlowSchema>"],["kind","string"],["metadata","V1ListMeta"]],"V1FlowSchemaSpec":[["distinguisherMethod","V1FlowDistinguisherMethod"],["matchingPrecedence","number","int32"],["priorityLevelConfiguration","V1PriorityLevelConfigurationReference"],["rules","Array<V1PolicyRulesWithSubjects>"]],"V1FlowSchemaStatus":[["conditions","Array<V1FlowSchemaCondition>"]],"V1ForNode":[["name","string"]],"V1ForZone":[["name","string"]],"V1GCEPersistentDiskVolumeSource":[["fsType","string"],["partition","number","int32"],["pdName","string"],["readOnly","boolean"]],"V1GRPCAction":[["port","number","int32"],["service","string"]],"V1GitRepoVolumeSource":[["directory","string"],["repository","string"],["revision","string"]],"V1GlusterfsPersistentVolumeSource":[["endpoints","string"],["endpointsNamespace","string"],["path","string"],["readOnly","boolean"]],"V1GlusterfsVolumeSource":[["endpoints","string"],["path","string"],["readOnly","boolean"]],"V1GroupResource":[["group","string"],["resource","string"]],"V1GroupSubject":[["name","string"]],"V1GroupVersionForDiscovery":[["groupVersion","string"],["version","string"]],"V1HTTPGetAction":[["host","string"],["httpHeaders","Array<V1HTTPHeader>"],["path","string"],["port","IntOrString","int-or-string"],["scheme","string"]],"V1HTTPHeader":[["name","string"],["value","string"]],"V1HTTPIngressPath":[["backend","V1IngressBackend"],["path","string"],["pathType","string"]],"V1HTTPIngressRuleValue":[["paths","Array<V1HTTPIngressPath>"]],"V1HorizontalPodAutoscaler":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1HorizontalPodAutoscalerSpec"],["status","V1HorizontalPodAutoscalerStatus"]],"V1HorizontalPodAutoscalerList":[["apiVersion","string"],["items","Array<V1HorizontalPodAutoscaler>"],["kind","string"],["metadata","V1ListMeta"]],"V1HorizontalPodAutoscalerSpec":[["maxReplicas","number","int32"],["minReplicas","number","int32"],["scaleTargetRef","V1CrossVersionObjectReference"],["targetCPUUtilizationPercentage","number","int32"]],"V1HorizontalPodAutoscalerStatus":[["currentCPUUtilizationPercentage","number","int32"],["currentReplicas","number","int32"],["desiredReplicas","number","int32"],["lastScaleTime","Date","date-time"],["observedGeneration","number","int64"]],"V1HostAlias":[["hostnames","Array<string>"],["ip","string"]],"V1HostIP":[["ip","string"]],"V1HostPathVolumeSource":[["path","string"],["type","string"]],"V1IPAddress":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1IPAddressSpec"]],"V1IPAddressList":[["apiVersion","string"],["items","Array<V1IPAddress>"],["kind","string"],["metadata","V1ListMeta"]],"V1IPAddressSpec":[["parentRef","V1ParentReference"]],"V1IPBlock":[["cidr","string"],["except","Array<string>"]],"V1ISCSIPersistentVolumeSource":[["chapAuthDiscovery","boolean"],["chapAuthSession","boolean"],["fsType","string"],["initiatorName","string"],["iqn","string"],["iscsiInterface","string"],["lun","number","int32"],["portals","Array<string>"],["readOnly","boolean"],["secretRef","V1SecretReference"],["targetPortal","string"]],"V1ISCSIVolumeSource":[["chapAuthDiscovery","boolean"],["chapAuthSession","boolean"],["fsType","string"],["initiatorName","string"],["iqn","string"],["iscsiInterface","string"],["lun","number","int32"],["portals","Array<string>"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"],["targetPortal","string"]],"V1ImageVolumeSource":[["pullPolicy","string"],["reference","string"]],"V1ImageVolumeStatus":[["imageRef","string"]],"V1Ingress":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1IngressSpec"],["status","V1IngressStatus"]],"V1IngressBackend":[["resource","V1TypedLocalObjectReference"],["service","V1IngressServiceBackend"]],"V1IngressClass":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1IngressClassSpec"]],"V1IngressClassList":[["apiVersion","string"],["items","Array<V1IngressClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1IngressClassParametersReference":[["apiGroup","string"],["kind","string"],["name","string"],["namespace","string"],["scope","string"]],"V1IngressClassSpec":[["controller","string"],["parameters","V1IngressClassParametersReference"]],"V1IngressList":[["apiVersion","string"],["items","Array<V1Ingress>"],["kind","string"],["metadata","V1ListMeta"]],"V1IngressLoadBalancerIngress":[["hostname","string"],["ip","string"],["ports","Array<V1IngressPortStatus>"]],"V1IngressLoadBalancerStatus":[["ingress","Array<V1IngressLoadBalancerIngress>"]],"V1IngressPortStatus":[["error","string"],["port","number","int32"],["protocol","string"]],"V1IngressRule":[["host","string"],["http","V1HTTPIngressRuleValue"]],"V1IngressServiceBackend":[["name","string"],["port","V1ServiceBackendPort"]],"V1IngressSpec":[["defaultBackend","V1IngressBackend"],["ingressClassName","string"],["rules","Array<V1IngressRule>"],["tls","Array<V1IngressTLS>"]],"V1IngressStatus":[["loadBalancer","V1IngressLoadBalancerStatus"]],"V1IngressTLS":[["hosts","Array<string>"],["secretName","string"]],"V1JSONPatch":[["expression","string"]],"V1JSONSchemaProps":[["$ref","string"],["$schema","string"],["additionalItems","any"],["additionalProperties","any"],["allOf","Array<V1JSONSchemaProps>"],["anyOf","Array<V1JSONSchemaProps>"],["default","any"],["definitions","{ [key: string]: V1JSONSchemaProps; }"],["dependencies","{ [key: string]: any; }"],["description","string"],["enum","Array<any>"],["example","any"],["exclusiveMaximum","boolean"],["exclusiveMinimum","boolean"],["externalDocs","V1ExternalDocumentation"],["format","string"],["id","string"],["items","any"],["maxItems","number","int64"],["maxLength","number","int64"],["maxProperties","number","int64"],["maximum","number","double"],["minItems","number","int64"],["minLength","number","int64"],["minProperties","number","int64"],["minimum","number","double"],["multipleOf","number","double"],["not","V1JSONSchemaProps"],["nullable","boolean"],["oneOf","Array<V1JSONSchemaProps>"],["pattern","string"],["patternProperties","{ [key: string]: V1JSONSchemaProps; }"],["properties","{ [key: string]: V1JSONSchemaProps; }"],["required","Array<string>"],["title","string"],["type","string"],["uniqueItems","boolean"],["x-kubernetes-embedded-resource","boolean"],["x-kubernetes-int-or-string","boolean"],["x-kubernetes-list-map-keys","Array<string>"],["x-kubernetes-list-type","string"],["x-kubernetes-map-type","string"],["x-kubernetes-preserve-unknown-fields","boolean"],["x-kubernetes-validations","Array<V1ValidationRule>"]],"V1Job":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1JobSpec"],["status","V1JobStatus"]],"V1JobCondition":[["lastProbeTime","Date","date-time"],["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1JobList":[["apiVersion","string"],["items","Array<V1Job>"],["kind","string"],["metadata","V1ListMeta"]],"V1JobSpec":[["activeDeadlineSeconds","number","int64"],["backoffLimit","number","int32"],["backoffLimitPerIndex","number","int32"],["completionMode","string"],["completions","number","int32"],["managedBy","string"],["manualSelector","boolean"],["maxFailedIndexes","number","int32"],["parallelism","number","int32"],["podFailurePolicy","V1PodFailurePolicy"],["podReplacementPolicy","string"],["selector","V1LabelSelector"],["successPolicy","V1SuccessPolicy"],["suspend","boolean"],["template","V1PodTemplateSpec"],["ttlSecondsAfterFinished","number","int32"]],"V1JobStatus":[["active","number","int32"],["completedIndexes","string"],["completionTime","Date","date-time"],["conditions","Array<V1JobCondition>"],["failed","number","int32"],["failedIndexes","string"],["ready","number","int32"],["startTime","Date","date-time"],["succeeded","number","int32"],["terminating","number","int32"],["uncountedTerminatedPods","V1UncountedTerminatedPods"]],"V1JobTemplateSpec":[["metadata","V1ObjectMeta"],["spec","V1JobSpec"]],"V1KeyToPath":[["key","string"],["mode","number","int32"],["path","string"]],"V1LabelSelector":[["matchExpressions","Array<V1LabelSelectorRequirement>"],["matchLabels","{ [key: string]: string; }"]],"V1LabelSelectorAttributes":[["rawSelector","string"],["requirements","Array<V1LabelSelectorRequirement>"]],"V1LabelSelectorRequirement":[["key","string"],["operator","string"],["values","Array<string>"]],"V1Lease":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1LeaseSpec"]],"V1LeaseList":[["apiVersion","string"],["items","Array<V1Lease>"],["kind","string"],["metadata","V1ListMeta"]],"V1LeaseSpec":[["acquireTime","V1MicroTime","date-time-micro"],["holderIdentity","string"],["leaseDurationSeconds","number","int32"],["leaseTransitions","number","int32"],["preferredHolder","string"],["renewTime","V1MicroTime","date-time-micro"],["strategy","string"]],"V1Lifecycle":[["postStart","V1LifecycleHandler"],["preStop","V1LifecycleHandler"],["stopSignal","string"]],"V1LifecycleHandler":[["exec","V1ExecAction"],["httpGet","V1HTTPGetAction"],["sleep","V1SleepAction"],["tcpSocket","V1TCPSocketAction"]],"V1LimitRange":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1LimitRangeSpec"]],"V1LimitRangeItem":[["default","{ [key: string]: string; }"],["defaultRequest","{ [key: string]: string; }"],["max","{ [key: string]: string; }"],["maxLimitRequestRatio","{ [key: string]: string; }"],["min","{ [key: string]: string; }"],["type","string"]],"V1LimitRangeList":[["apiVersion","string"],["items","Array<V1LimitRange>"],["kind","string"],["metadata","V1ListMeta"]],"V1LimitRangeSpec":[["limits","Array<V1LimitRangeItem>"]],"V1LimitResponse":[["queuing","V1QueuingConfiguration"],["type","string"]],"V1LimitedPriorityLevelConfiguration":[["borrowingLimitPercent","number","int32"],["lendablePercent","number","int32"],["limitResponse","V1LimitResponse"],["nominalConcurrencyShares","number","int32"]],"V1LinuxContainerUser":[["gid","number","int64"],["supplementalGroups","Array<number>","int64"],["uid","number","int64"]],"V1ListMeta":[["continue","string"],["remainingItemCount","number","int64"],["resourceVersion","string"],["selfLink","string"],["shardInfo","V1ShardInfo"]],"V1LoadBalancerIngress":[["hostname","string"],["ip","string"],["ipMode","string"],["ports","Array<V1PortStatus>"]],"V1LoadBalancerStatus":[["ingress","Array<V1LoadBalancerIngress>"]],"V1LocalObjectReference":[["name","string"]],"V1LocalSubjectAccessReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1SubjectAccessReviewSpec"],["status","V1SubjectAccessReviewStatus"]],"V1LocalVolumeSource":[["fsType","string"],["path","string"]],"V1ManagedFieldsEntry":[["apiVersion","string"],["fieldsType","string"],["fieldsV1","any"],["manager","string"],["operation","string"],["subresource","string"],["time","Date","date-time"]],"V1MatchCondition":[["expression","string"],["name","string"]],"V1MatchResources":[["excludeResourceRules","Array<V1NamedRuleWithOperations>"],["matchPolicy","string"],["namespaceSelector","V1LabelSelector"],["objectSelector","V1LabelSelector"],["resourceRules","Array<V1NamedRuleWithOperations>"]],"V1ModifyVolumeStatus":[["status","string"],["targetVolumeAttributesClassName","string"]],"V1MutatingAdmissionPolicy":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1MutatingAdmissionPolicySpec"]],"V1MutatingAdmissionPolicyBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1MutatingAdmissionPolicyBindingSpec"]],"V1MutatingAdmissionPolicyBindingList":[["apiVersion","string"],["items","Array<V1MutatingAdmissionPolicyBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1MutatingAdmissionPolicyBindingSpec":[["matchResources","V1MatchResources"],["paramRef","V1ParamRef"],["policyName","string"]],"V1MutatingAdmissionPolicyList":[["apiVersion","string"],["items","Array<V1MutatingAdmissionPolicy>"],["kind","string"],["metadata","V1ListMeta"]],"V1MutatingAdmissionPolicySpec":[["failurePolicy","string"],["matchConditions","Array<V1MatchCondition>"],["matchConstraints","V1MatchResources"],["mutations","Array<V1Mutation>"],["paramKind","V1ParamKind"],["reinvocationPolicy","string"],["variables","Array<V1Variable>"]],"V1MutatingWebhook":[["admissionReviewVersions","Array<string>"],["clientConfig","AdmissionregistrationV1WebhookClientConfig"],["failurePolicy","string"],["matchConditions","Array<V1MatchCondition>"],["matchPolicy","string"],["name","string"],["namespaceSelector","V1LabelSelector"],["objectSelector","V1LabelSelector"],["reinvocationPolicy","string"],["rules","Array<V1RuleWithOperations>"],["sideEffects","string"],["timeoutSeconds","number","int32"]],"V1MutatingWebhookConfiguration":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["webhooks","Array<V1MutatingWebhook>"]],"V1MutatingWebhookConfigurationList":[["apiVersion","string"],["items","Array<V1MutatingWebhookConfiguration>"],["kind","string"],["metadata","V1ListMeta"]],"V1Mutation":[["applyConfiguration","V1ApplyConfiguration"],["jsonPatch","V1JSONPatch"],["patchType","string"]],"V1NFSVolumeSource":[["path","string"],["readOnly","boolean"],["server","string"]],"V1NamedRuleWithOperations":[["apiGroups","Array<string>"],["apiVersions","Array<string>"],["operations","Array<string>"],["resourceNames","Array<string>"],["resources","Array<string>"],["scope","string"]],"V1Namespace":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1NamespaceSpec"],["status","V1NamespaceStatus"]],"V1NamespaceCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1NamespaceList":[["apiVersion","string"],["items","Array<V1Namespace>"],["kind","string"],["metadata","V1ListMeta"]],"V1NamespaceSpec":[["finalizers","Array<string>"]],"V1NamespaceStatus":[["conditions","Array<V1NamespaceCondition>"],["phase","string"]],"V1NetworkDeviceData":[["hardwareAddress","string"],["interfaceName","string"],["ips","Array<string>"]],"V1NetworkPolicy":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1NetworkPolicySpec"]],"V1NetworkPolicyEgressRule":[["ports","Array<V1NetworkPolicyPort>"],["to","Array<V1NetworkPolicyPeer>"]],"V1NetworkPolicyIngressRule":[["from","Array<V1NetworkPolicyPeer>"],["ports","Array<V1NetworkPolicyPort>"]],"V1NetworkPolicyList":[["apiVersion","string"],["items","Array<V1NetworkPolicy>"],["kind","string"],["metadata","V1ListMeta"]],"V1NetworkPolicyPeer":[["ipBlock","V1IPBlock"],["namespaceSelector","V1LabelSelector"],["podSelector","V1LabelSelector"]],"V1NetworkPolicyPort":[["endPort","number","int32"],["port","IntOrString","int-or-string"],["protocol","string"]],"V1NetworkPolicySpec":[["egress","Array<V1NetworkPolicyEgressRule>"],["ingress","Array<V1NetworkPolicyIngressRule>"],["podSelector","V1LabelSelector"],["policyTypes","Array<string>"]],"V1Node":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1NodeSpec"],["status","V1NodeStatus"]],"V1NodeAddress":[["address","string"],["type","string"]],"V1NodeAffinity":[["preferredDuringSchedulingIgnoredDuringExecution","Array<V1PreferredSchedulingTerm>"],["requiredDuringSchedulingIgnoredDuringExecution","V1NodeSelector"]],"V1NodeAllocatableResourceClaimStatus":[["containers","Array<string>"],["resourceClaimName","string"],["resources","{ [key: string]: string; }"]],"V1NodeAllocatableResourceMapping":[["allocationMultiplier","string"],["capacityKey","string"]],"V1NodeCondition":[["lastHeartbeatTime","Date","date-time"],["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1NodeConfigSource":[["configMap","V1ConfigMapNodeConfigSource"]],"V1NodeConfigStatus":[["active","V1NodeConfigSource"],["assigned","V1NodeConfigSource"],["error","string"],["lastKnownGood","V1NodeConfigSource"]],"V1NodeDaemonEndpoints":[["kubeletEndpoint","V1DaemonEndpoint"]],"V1NodeFeatures":[["supplementalGroupsPolicy","boolean"]],"V1NodeList":[["apiVersion","string"],["items","Array<V1Node>"],["kind","string"],["metadata","V1ListMeta"]],"V1NodeRuntimeHandler":[["features","V1NodeRuntimeHandlerFeatures"],["name","string"]],"V1NodeRuntimeHandlerFeatures":[["recursiveReadOnlyMounts","boolean"],["userNamespaces","boolean"]],"V1NodeSelector":[["nodeSelectorTerms","Array<V1NodeSelectorTerm>"]],"V1NodeSelectorRequirement":[["key","string"],["operator","string"],["values","Array<string>"]],"V1NodeSelectorTerm":[["matchExpressions","Array<V1NodeSelectorRequirement>"],["matchFields","Array<V1NodeSelectorRequirement>"]],"V1NodeSpec":[["configSource","V1NodeConfigSource"],["externalID","string"],["podCIDR","string"],["podCIDRs","Array<string>"],["providerID","string"],["taints","Array<V1Taint>"],["unschedulable","boolean"]],"V1NodeStatus":[["addresses","Array<V1NodeAddress>"],["allocatable","{ [key: string]: string; }"],["capacity","{ [key: string]: string; }"],["conditions","Array<V1NodeCondition>"],["config","V1NodeConfigStatus"],["daemonEndpoints","V1NodeDaemonEndpoints"],["declaredFeatures","Array<string>"],["features","V1NodeFeatures"],["images","Array<V1ContainerImage>"],["nodeInfo","V1NodeSystemInfo"],["phase","string"],["runtimeHandlers","Array<V1NodeRuntimeHandler>"],["volumesAttached","Array<V1AttachedVolume>"],["volumesInUse","Array<string>"]],"V1NodeSwapStatus":[["capacity","number","int64"]],"V1NodeSystemInfo":[["architecture","string"],["bootID","string"],["containerRuntimeVersion","string"],["kernelVersion","string"],["kubeProxyVersion","string"],["kubeletVersion","string"],["machineID","string"],["operatingSystem","string"],["osImage","string"],["swap","V1NodeSwapStatus"],["systemUUID","string"]],"V1NonResourceAttributes":[["path","string"],["verb","string"]],"V1NonResourcePolicyRule":[["nonResourceURLs","Array<string>"],["verbs","Array<string>"]],"V1NonResourceRule":[["nonResourceURLs","Array<string>"],["verbs","Array<string>"]],"V1ObjectFieldSelector":[["apiVersion","string"],["fieldPath","string"]],"V1ObjectMeta":[["annotations","{ [key: string]: string; }"],["creationTimestamp","Date","date-time"],["deletionGracePeriodSeconds","number","int64"],["deletionTimestamp","Date","date-time"],["finalizers","Array<string>"],["generateName","string"],["generation","number","int64"],["labels","{ [key: string]: string; }"],["managedFields","Array<V1ManagedFieldsEntry>"],["name","string"],["namespace","string"],["ownerReferences","Array<V1OwnerReference>"],["resourceVersion","string"],["selfLink","string"],["uid","string"]],"V1ObjectReference":[["apiVersion","string"],["fieldPath","string"],["kind","string"],["name","string"],["namespace","string"],["resourceVersion","string"],["uid","string"]],"V1OpaqueDeviceConfiguration":[["driver","string"],["parameters","any"]],"V1Overhead":[["podFixed","{ [key: string]: string; }"]],"V1OwnerReference":[["apiVersion","string"],["blockOwnerDeletion","boolean"],["controller","boolean"],["kind","string"],["name","string"],["uid","string"]],"V1ParamKind":[["apiVersion","string"],["kind","string"]],"V1ParamRef":[["name","string"],["namespace","string"],["parameterNotFoundAction","string"],["selector","V1LabelSelector"]],"V1ParentReference":[["group","string"],["name","string"],["namespace","string"],["resource","string"]],"V1PersistentVolume":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1PersistentVolumeSpec"],["status","V1PersistentVolumeStatus"]],"V1PersistentVolumeClaim":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1PersistentVolumeClaimSpec"],["status","V1PersistentVolumeClaimStatus"]],"V1PersistentVolumeClaimCondition":[["lastProbeTime","Date","date-time"],["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1PersistentVolumeClaimList":[["apiVersion","string"],["items","Array<V1PersistentVolumeClaim>"],["kind","string"],["metadata","V1ListMeta"]],"V1PersistentVolumeClaimSpec":[["accessModes","Array<string>"],["dataSource","V1TypedLocalObjectReference"],["dataSourceRef","V1TypedObjectReference"],["resources","V1VolumeResourceRequirements"],["selector","V1LabelSelector"],["storageClassName","string"],["volumeAttributesClassName","string"],["volumeMode","string"],["volumeName","string"]],"V1PersistentVolumeClaimStatus":[["accessModes","Array<string>"],["allocatedResourceStatuses","{ [key: string]: string; }"],["allocatedResources","{ [key: string]: string; }"],["capacity","{ [key: string]: string; }"],["conditions","Array<V1PersistentVolumeClaimCondition>"],["currentVolumeAttributesClassName","string"],["modifyVolumeStatus","V1ModifyVolumeStatus"],["phase","string"]],"V1PersistentVolumeClaimTemplate":[["metadata","V1ObjectMeta"],["spec","V1PersistentVolumeClaimSpec"]],"V1PersistentVolumeClaimVolumeSource":[["claimName","string"],["readOnly","boolean"]],"V1PersistentVolumeList":[["apiVersion","string"],["items","Array<V1PersistentVolume>"],["kind","string"],["metadata","V1ListMeta"]],"V1PersistentVolumeSpec":[["accessModes","Array<string>"],["awsElasticBlockStore","V1AWSElasticBlockStoreVolumeSource"],["azureDisk","V1AzureDiskVolumeSource"],["azureFile","V1AzureFilePersistentVolumeSource"],["capacity","{ [key: string]: string; }"],["cephfs","V1CephFSPersistentVolumeSource"],["cinder","V1CinderPersistentVolumeSource"],["claimRef","V1ObjectReference"],["csi","V1CSIPersistentVolumeSource"],["fc","V1FCVolumeSource"],["flexVolume","V1FlexPersistentVolumeSource"],["flocker","V1FlockerVolumeSource"],["gcePersistentDisk","V1GCEPersistentDiskVolumeSource"],["glusterfs","V1GlusterfsPersistentVolumeSource"],["hostPath","V1HostPathVolumeSource"],["iscsi","V1ISCSIPersistentVolumeSource"],["local","V1LocalVolumeSource"],["mountOptions","Array<string>"],["nfs","V1NFSVolumeSource"],["nodeAffinity","V1VolumeNodeAffinity"],["persistentVolumeReclaimPolicy","string"],["photonPersistentDisk","V1PhotonPersistentDiskVolumeSource"],["portworxVolume","V1PortworxVolumeSource"],["quobyte","V1QuobyteVolumeSource"],["rbd","V1RBDPersistentVolumeSource"],["scaleIO","V1ScaleIOPersistentVolumeSource"],["storageClassName","string"],["storageos","V1StorageOSPersistentVolumeSource"],["volumeAttributesClassName","string"],["volumeMode","string"],["vsphereVolume","V1VsphereVirtualDiskVolumeSource"]],"V1PersistentVolumeStatus":[["lastPhaseTransitionTime","Date","date-time"],["message","string"],["phase","string"],["reason","string"]],"V1PhotonPersistentDiskVolumeSource":[["fsType","string"],["pdID","string"]],"V1Pod":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1PodSpec"],["status","V1PodStatus"]],"V1PodAffinity":[["preferredDuringSchedulingIgnoredDuringExecution","Array<V1WeightedPodAffinityTerm>"],["requiredDuringSchedulingIgnoredDuringExecution","Array<V1PodAffinityTerm>"]],"V1PodAffinityTerm":[["labelSelector","V1LabelSelector"],["matchLabelKeys","Array<string>"],["mismatchLabelKeys","Array<string>"],["namespaceSelector","V1LabelSelector"],["namespaces","Array<string>"],["topologyKey","string"]],"V1PodAntiAffinity":[["preferredDuringSchedulingIgnoredDuringExecution","Array<V1WeightedPodAffinityTerm>"],["requiredDuringSchedulingIgnoredDuringExecution","Array<V1PodAffinityTerm>"]],"V1PodCertificateProjection":[["certificateChainPath","string"],["credentialBundlePath","string"],["keyPath","string"],["keyType","string"],["maxExpirationSeconds","number","int32"],["signerName","string"],["userAnnotations","{ [key: string]: string; }"]],"V1PodCondition":[["lastProbeTime","Date","date-time"],["lastTransitionTime","Date","date-time"],["message","string"],["observedGeneration","number","int64"],["reason","string"],["status","string"],["type","string"]],"V1PodDNSConfig":[["nameservers","Array<string>"],["options","Array<V1PodDNSConfigOption>"],["searches","Array<string>"]],"V1PodDNSConfigOption":[["name","string"],["value","string"]],"V1PodDisruptionBudget":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1PodDisruptionBudgetSpec"],["status","V1PodDisruptionBudgetStatus"]],"V1PodDisruptionBudgetList":[["apiVersion","string"],["items","Array<V1PodDisruptionBudget>"],["kind","string"],["metadata","V1ListMeta"]],"V1PodDisruptionBudgetSpec":[["maxUnavailable","IntOrString","int-or-string"],["minAvailable","IntOrString","int-or-string"],["selector","V1LabelSelector"],["unhealthyPodEvictionPolicy","string"]],"V1PodDisruptionBudgetStatus":[["conditions","Array<V1Condition>"],["currentHealthy","number","int32"],["desiredHealthy","number","int32"],["disruptedPods","{ [key: string]: Date; }","date-time"],["disruptionsAllowed","number","int32"],["expectedPods","number","int32"],["observedGeneration","number","int64"]],"V1PodExtendedResourceClaimStatus":[["requestMappings","Array<V1ContainerExtendedResourceRequest>"],["resourceClaimName","string"]],"V1PodFailurePolicy":[["rules","Array<V1PodFailurePolicyRule>"]],"V1PodFailurePolicyOnExitCodesRequirement":[["containerName","string"],["operator","string"],["values","Array<number>","int32"]],"V1PodFailurePolicyOnPodConditionsPattern":[["status","string"],["type","string"]],"V1PodFailurePolicyRule":[["action","string"],["onExitCodes","V1PodFailurePolicyOnExitCodesRequirement"],["onPodConditions","Array<V1PodFailurePolicyOnPodConditionsPattern>"]],"V1PodIP":[["ip","string"]],"V1PodList":[["apiVersion","string"],["items","Array<V1Pod>"],["kind","string"],["metadata","V1ListMeta"]],"V1PodOS":[["name","string"]],"V1PodReadinessGate":[["conditionType","string"]],"V1PodResourceClaim":[["name","string"],["resourceClaimName","string"],["resourceClaimTemplateName","string"]],"V1PodResourceClaimStatus":[["name","string"],["resourceClaimName","string"]],"V1PodSchedulingGate":[["name","string"]],"V1PodSchedulingGroup":[["podGroupName","string"]],"V1PodSecurityContext":[["appArmorProfile","V1AppArmorProfile"],["fsGroup","number","int64"],["fsGroupChangePolicy","string"],["runAsGroup","number","int64"],["runAsNonRoot","boolean"],["runAsUser","number","int64"],["seLinuxChangePolicy","string"],["seLinuxOptions","V1SELinuxOptions"],["seccompProfile","V1SeccompProfile"],["supplementalGroups","Array<number>","int64"],["supplementalGroupsPolicy","string"],["sysctls","Array<V1Sysctl>"],["windowsOptions","V1WindowsSecurityContextOptions"]],"V1PodSpec":[["activeDeadlineSeconds","number","int64"],["affinity","V1Affinity"],["automountServiceAccountToken","boolean"],["containers","Array<V1Container>"],["dnsConfig","V1PodDNSConfig"],["dnsPolicy","string"],["enableServiceLinks","boolean"],["ephemeralContainers","Array<V1EphemeralContainer>"],["hostAliases","Array<V1HostAlias>"],["hostIPC","boolean"],["hostNetwork","boolean"],["hostPID","boolean"],["hostUsers","boolean"],["hostname","string"],["hostnameOverride","string"],["imagePullSecrets","Array<V1LocalObjectReference>"],["initContainers","Array<V1Container>"],["nodeName","string"],["nodeSelector","{ [key: string]: string; }"],["os","V1PodOS"],["overhead","{ [key: string]: string; }"],["preemptionPolicy","string"],["priority","number","int32"],["priorityClassName","string"],["readinessGates","Array<V1PodReadinessGate>"],["resourceClaims","Array<V1PodResourceClaim>"],["resources","V1ResourceRequirements"],["restartPolicy","string"],["runtimeClassName","string"],["schedulerName","string"],["schedulingGates","Array<V1PodSchedulingGate>"],["schedulingGroup","V1PodSchedulingGroup"],["securityContext","V1PodSecurityContext"],["serviceAccount","string"],["serviceAccountName","string"],["setHostnameAsFQDN","boolean"],["shareProcessNamespace","boolean"],["subdomain","string"],["terminationGracePeriodSeconds","number","int64"],["tolerations","Array<V1Toleration>"],["topologySpreadConstraints","Array<V1TopologySpreadConstraint>"],["volumes","Array<V1Volume>"]],"V1PodStatus":[["allocatedResources","{ [key: string]: string; }"],["conditions","Array<V1PodCondition>"],["containerStatuses","Array<V1ContainerStatus>"],["ephemeralContainerStatuses","Array<V1ContainerStatus>"],["extendedResourceClaimStatus","V1PodExtendedResourceClaimStatus"],["hostIP","string"],["hostIPs","Array<V1HostIP>"],["initContainerStatuses","Array<V1ContainerStatus>"],["message","string"],["nodeAllocatableResourceClaimStatuses","Array<V1NodeAllocatableResourceClaimStatus>"],["nominatedNodeName","string"],["observedGeneration","number","int64"],["phase","string"],["podIP","string"],["podIPs","Array<V1PodIP>"],["qosClass","string"],["reason","string"],["resize","string"],["resourceClaimStatuses","Array<V1PodResourceClaimStatus>"],["resources","V1ResourceRequirements"],["startTime","Date","date-time"]],"V1PodTemplate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["template","V1PodTemplateSpec"]],"V1PodTemplateList":[["apiVersion","string"],["items","Array<V1PodTemplate>"],["kind","string"],["metadata","V1ListMeta"]],"V1PodTemplateSpec":[["metadata","V1ObjectMeta"],["spec","V1PodSpec"]],"V1PolicyRule":[["apiGroups","Array<string>"],["nonResourceURLs","Array<string>"],["resourceNames","Array<string>"],["resources","Array<string>"],["verbs","Array<string>"]],"V1PolicyRulesWithSubjects":[["nonResourceRules","Array<V1NonResourcePolicyRule>"],["resourceRules","Array<V1ResourcePolicyRule>"],["subjects","Array<FlowcontrolV1Subject>"]],"V1PortStatus":[["error","string"],["port","number","int32"],["protocol","string"]],"V1PortworxVolumeSource":[["fsType","string"],["readOnly","boolean"],["volumeID","string"]],"V1Preconditions":[["resourceVersion","string"],["uid","string"]],"V1PreferredSchedulingTerm":[["preference","V1NodeSelectorTerm"],["weight","number","int32"]],"V1PriorityClass":[["apiVersion","string"],["description","string"],["globalDefault","boolean"],["kind","string"],["metadata","V1ObjectMeta"],["preemptionPolicy","string"],["value","number","int32"]],"V1PriorityClassList":[["apiVersion","string"],["items","Array<V1PriorityClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1PriorityLevelConfiguration":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1PriorityLevelConfigurationSpec"],["status","V1PriorityLevelConfigurationStatus"]],"V1PriorityLevelConfigurationCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1PriorityLevelConfigurationList":[["apiVersion","string"],["items","Array<V1PriorityLevelConfiguration>"],["kind","string"],["metadata","V1ListMeta"]],"V1PriorityLevelConfigurationReference":[["name","string"]],"V1PriorityLevelConfigurationSpec":[["exempt","V1ExemptPriorityLevelConfiguration"],["limited","V1LimitedPriorityLevelConfiguration"],["type","string"]],"V1PriorityLevelConfigurationStatus":[["conditions","Array<V1PriorityLevelConfigurationCondition>"]],"V1Probe":[["exec","V1ExecAction"],["failureThreshold","number","int32"],["grpc","V1GRPCAction"],["httpGet","V1HTTPGetAction"],["initialDelaySeconds","number","int32"],["periodSeconds","number","int32"],["successThreshold","number","int32"],["tcpSocket","V1TCPSocketAction"],["terminationGracePeriodSeconds","number","int64"],["timeoutSeconds","number","int32"]],"V1ProjectedVolumeSource":[["defaultMode","number","int32"],["sources","Array<V1VolumeProjection>"]],"V1QueuingConfiguration":[["handSize","number","int32"],["queueLengthLimit","number","int32"],["queues","number","int32"]],"V1QuobyteVolumeSource":[["group","string"],["readOnly","boolean"],["registry","string"],["tenant","string"],["user","string"],["volume","string"]],"V1RBDPersistentVolumeSource":[["fsType","string"],["image","string"],["keyring","string"],["monitors","Array<string>"],["pool","string"],["readOnly","boolean"],["secretRef","V1SecretReference"],["user","string"]],"V1RBDVolumeSource":[["fsType","string"],["image","string"],["keyring","string"],["monitors","Array<string>"],["pool","string"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"],["user","string"]],"V1ReplicaSet":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ReplicaSetSpec"],["status","V1ReplicaSetStatus"]],"V1ReplicaSetCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1ReplicaSetList":[["apiVersion","string"],["items","Array<V1ReplicaSet>"],["kind","string"],["metadata","V1ListMeta"]],"V1ReplicaSetSpec":[["minReadySeconds","number","int32"],["replicas","number","int32"],["selector","V1LabelSelector"],["template","V1PodTemplateSpec"]],"V1ReplicaSetStatus":[["availableReplicas","number","int32"],["conditions","Array<V1ReplicaSetCondition>"],["fullyLabeledReplicas","number","int32"],["observedGeneration","number","int64"],["readyReplicas","number","int32"],["replicas","number","int32"],["terminatingReplicas","number","int32"]],"V1ReplicationController":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ReplicationControllerSpec"],["status","V1ReplicationControllerStatus"]],"V1ReplicationControllerCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1ReplicationControllerList":[["apiVersion","string"],["items","Array<V1ReplicationController>"],["kind","string"],["metadata","V1ListMeta"]],"V1ReplicationControllerSpec":[["minReadySeconds","number","int32"],["replicas","number","int32"],["selector","{ [key: string]: string; }"],["template","V1PodTemplateSpec"]],"V1ReplicationControllerStatus":[["availableReplicas","number","int32"],["conditions","Array<V1ReplicationControllerCondition>"],["fullyLabeledReplicas","number","int32"],["observedGeneration","number","int64"],["readyReplicas","number","int32"],["replicas","number","int32"]],"V1ResourceAttributes":[["fieldSelector","V1FieldSelectorAttributes"],["group","string"],["labelSelector","V1LabelSelectorAttributes"],["name","string"],["namespace","string"],["resource","string"],["subresource","string"],["verb","string"],["version","string"]],"V1ResourceClaimConsumerReference":[["apiGroup","string"],["name","string"],["resource","string"],["uid","string"]],"V1ResourceClaimList":[["apiVersion","string"],["items","Array<ResourceV1ResourceClaim>"],["kind","string"],["metadata","V1ListMeta"]],"V1ResourceClaimSpec":[["devices","V1DeviceClaim"]],"V1ResourceClaimStatus":[["allocation","V1AllocationResult"],["devices","Array<V1AllocatedDeviceStatus>"],["reservedFor","Array<V1ResourceClaimConsumerReference>"]],"V1ResourceClaimTemplate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ResourceClaimTemplateSpec"]],"V1ResourceClaimTemplateList":[["apiVersion","string"],["items","Array<V1ResourceClaimTemplate>"],["kind","string"],["metadata","V1ListMeta"]],"V1ResourceClaimTemplateSpec":[["metadata","V1ObjectMeta"],["spec","V1ResourceClaimSpec"]],"V1ResourceFieldSelector":[["containerName","string"],["divisor","string"],["resource","string"]],"V1ResourceHealth":[["health","string"],["message","string"],["resourceID","string"]],"V1ResourcePolicyRule":[["apiGroups","Array<string>"],["clusterScope","boolean"],["namespaces","Array<string>"],["resources","Array<string>"],["verbs","Array<string>"]],"V1ResourcePool":[["generation","number","int64"],["name","string"],["resourceSliceCount","number","int64"]],"V1ResourceQuota":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ResourceQuotaSpec"],["status","V1ResourceQuotaStatus"]],"V1ResourceQuotaList":[["apiVersion","string"],["items","Array<V1ResourceQuota>"],["kind","string"],["metadata","V1ListMeta"]],"V1ResourceQuotaSpec":[["hard","{ [key: string]: string; }"],["scopeSelector","V1ScopeSelector"],["scopes","Array<string>"]],"V1ResourceQuotaStatus":[["hard","{ [key: string]: string; }"],["used","{ [key: string]: string; }"]],"V1ResourceRequirements":[["claims","Array<CoreV1ResourceClaim>"],["limits","{ [key: string]: string; }"],["requests","{ [key: string]: string; }"]],"V1ResourceRule":[["apiGroups","Array<string>"],["resourceNames","Array<string>"],["resources","Array<string>"],["verbs","Array<string>"]],"V1ResourceSlice":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ResourceSliceSpec"]],"V1ResourceSliceList":[["apiVersion","string"],["items","Array<V1ResourceSlice>"],["kind","string"],["metadata","V1ListMeta"]],"V1ResourceSliceSpec":[["allNodes","boolean"],["devices","Array<V1Device>"],["driver","string"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["perDeviceNodeSelection","boolean"],["pool","V1ResourcePool"],["sharedCounters","Array<V1CounterSet>"]],"V1ResourceStatus":[["name","string"],["resources","Array<V1ResourceHealth>"]],"V1Role":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["rules","Array<V1PolicyRule>"]],"V1RoleBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["roleRef","V1RoleRef"],["subjects","Array<RbacV1Subject>"]],"V1RoleBindingList":[["apiVersion","string"],["items","Array<V1RoleBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1RoleList":[["apiVersion","string"],["items","Array<V1Role>"],["kind","string"],["metadata","V1ListMeta"]],"V1RoleRef":[["apiGroup","string"],["kind","string"],["name","string"]],"V1RollingUpdateDaemonSet":[["maxSurge","IntOrString","int-or-string"],["maxUnavailable","IntOrString","int-or-string"]],"V1RollingUpdateDeployment":[["maxSurge","IntOrString","int-or-string"],["maxUnavailable","IntOrString","int-or-string"]],"V1RollingUpdateStatefulSetStrategy":[["maxUnavailable","IntOrString","int-or-string"],["partition","number","int32"]],"V1RuleWithOperations":[["apiGroups","Array<string>"],["apiVersions","Array<string>"],["operations","Array<string>"],["resources","Array<string>"],["scope","string"]],"V1RuntimeClass":[["apiVersion","string"],["handler","string"],["kind","string"],["metadata","V1ObjectMeta"],["overhead","V1Overhead"],["scheduling","V1Scheduling"]],"V1RuntimeClassList":[["apiVersion","string"],["items","Array<V1RuntimeClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1SELinuxOptions":[["level","string"],["role","string"],["type","string"],["user","string"]],"V1Scale":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ScaleSpec"],["status","V1ScaleStatus"]],"V1ScaleIOPersistentVolumeSource":[["fsType","string"],["gateway","string"],["protectionDomain","string"],["readOnly","boolean"],["secretRef","V1SecretReference"],["sslEnabled","boolean"],["storageMode","string"],["storagePool","string"],["system","string"],["volumeName","string"]],"V1ScaleIOVolumeSource":[["fsType","string"],["gateway","string"],["protectionDomain","string"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"],["sslEnabled","boolean"],["storageMode","string"],["storagePool","string"],["system","string"],["volumeName","string"]],"V1ScaleSpec":[["replicas","number","int32"]],"V1ScaleStatus":[["replicas","number","int32"],["selector","string"]],"V1Scheduling":[["nodeSelector","{ [key: string]: string; }"],["tolerations","Array<V1Toleration>"]],"V1ScopeSelector":[["matchExpressions","Array<V1ScopedResourceSelectorRequirement>"]],"V1ScopedResourceSelectorRequirement":[["operator","string"],["scopeName","string"],["values","Array<string>"]],"V1SeccompProfile":[["localhostProfile","string"],["type","string"]],"V1Secret":[["apiVersion","string"],["data","{ [key: string]: string; }","byte"],["immutable","boolean"],["kind","string"],["metadata","V1ObjectMeta"],["stringData","{ [key: string]: string; }"],["type","string"]],"V1SecretEnvSource":[["name","string"],["optional","boolean"]],"V1SecretKeySelector":[["key","string"],["name","string"],["optional","boolean"]],"V1SecretList":[["apiVersion","string"],["items","Array<V1Secret>"],["kind","string"],["metadata","V1ListMeta"]],"V1SecretProjection":[["items","Array<V1KeyToPath>"],["name","string"],["optional","boolean"]],"V1SecretReference":[["name","string"],["namespace","string"]],"V1SecretVolumeSource":[["defaultMode","number","int32"],["items","Array<V1KeyToPath>"],["optional","boolean"],["secretName","string"]],"V1SecurityContext":[["allowPrivilegeEscalation","boolean"],["appArmorProfile","V1AppArmorProfile"],["capabilities","V1Capabilities"],["privileged","boolean"],["procMount","string"],["readOnlyRootFilesystem","boolean"],["runAsGroup","number","int64"],["runAsNonRoot","boolean"],["runAsUser","number","int64"],["seLinuxOptions","V1SELinuxOptions"],["seccompProfile","V1SeccompProfile"],["windowsOptions","V1WindowsSecurityContextOptions"]],"V1SelectableField":[["jsonPath","string"]],"V1SelfSubjectAccessReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1SelfSubjectAccessReviewSpec"],["status","V1SubjectAccessReviewStatus"]],"V1SelfSubjectAccessReviewSpec":[["nonResourceAttributes","V1NonResourceAttributes"],["resourceAttributes","V1ResourceAttributes"]],"V1SelfSubjectReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["status","V1SelfSubjectReviewStatus"]],"V1SelfSubjectReviewStatus":[["userInfo","V1UserInfo"]],"V1SelfSubjectRulesReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1SelfSubjectRulesReviewSpec"],["status","V1SubjectRulesReviewStatus"]],"V1SelfSubjectRulesReviewSpec":[["namespace","string"]],"V1ServerAddressByClientCIDR":[["clientCIDR","string"],["serverAddress","string"]],"V1Service":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ServiceSpec"],["status","V1ServiceStatus"]],"V1ServiceAccount":[["apiVersion","string"],["automountServiceAccountToken","boolean"],["imagePullSecrets","Array<V1LocalObjectReference>"],["kind","string"],["metadata","V1ObjectMeta"],["secrets","Array<V1ObjectReference>"]],"V1ServiceAccountList":[["apiVersion","string"],["items","Array<V1ServiceAccount>"],["kind","string"],["metadata","V1ListMeta"]],"V1ServiceAccountSubject":[["name","string"],["namespace","string"]],"V1ServiceAccountTokenProjection":[["audience","string"],["expirationSeconds","number","int64"],["path","string"]],"V1ServiceBackendPort":[["name","string"],["number","number","int32"]],"V1ServiceCIDR":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ServiceCIDRSpec"],["status","V1ServiceCIDRStatus"]],"V1ServiceCIDRList":[["apiVersion","string"],["items","Array<V1ServiceCIDR>"],["kind","string"],["metadata","V1ListMeta"]],"V1ServiceCIDRSpec":[["cidrs","Array<string>"]],"V1ServiceCIDRStatus":[["conditions","Array<V1Condition>"]],"V1ServiceList":[["apiVersion","string"],["items","Array<V1Service>"],["kind","string"],["metadata","V1ListMeta"]],"V1ServicePort":[["appProtocol","string"],["name","string"],["nodePort","number","int32"],["port","number","int32"],["protocol","string"],["targetPort","IntOrString","int-or-string"]],"V1ServiceSpec":[["allocateLoadBalancerNodePorts","boolean"],["clusterIP","string"],["clusterIPs","Array<string>"],["externalIPs","Array<string>"],["externalName","string"],["externalTrafficPolicy","string"],["healthCheckNodePort","number","int32"],["internalTrafficPolicy","string"],["ipFamilies","Array<string>"],["ipFamilyPolicy","string"],["loadBalancerClass","string"],["loadBalancerIP","string"],["loadBalancerSourceRanges","Array<string>"],["ports","Array<V1ServicePort>"],["publishNotReadyAddresses","boolean"],["selector","{ [key: string]: string; }"],["sessionAffinity","string"],["sessionAffinityConfig","V1SessionAffinityConfig"],["trafficDistribution","string"],["type","string"]],"V1ServiceStatus":[["conditions","Array<V1Condition>"],["loadBalancer","V1LoadBalancerStatus"]],"V1SessionAffinityConfig":[["clientIP","V1ClientIPConfig"]],"V1ShardInfo":[["selector","string"]],"V1SleepAction":[["seconds","number","int64"]],"V1StatefulSet":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1StatefulSetSpec"],["status","V1StatefulSetStatus"]],"V1StatefulSetCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V1StatefulSetList":[["apiVersion","string"],["items","Array<V1StatefulSet>"],["kind","string"],["metadata","V1ListMeta"]],"V1StatefulSetOrdinals":[["start","number","int32"]],"V1StatefulSetPersistentVolumeClaimRetentionPolicy":[["whenDeleted","string"],["whenScaled","string"]],"V1StatefulSetSpec":[["minReadySeconds","number","int32"],["ordinals","V1StatefulSetOrdinals"],["persistentVolumeClaimRetentionPolicy","V1StatefulSetPersistentVolumeClaimRetentionPolicy"],["podManagementPolicy","string"],["replicas","number","int32"],["revisionHistoryLimit","number","int32"],["selector","V1LabelSelector"],["serviceName","string"],["template","V1PodTemplateSpec"],["updateStrategy","V1StatefulSetUpdateStrategy"],["volumeClaimTemplates","Array<V1PersistentVolumeClaim>"]],"V1StatefulSetStatus":[["availableReplicas","number","int32"],["collisionCount","number","int32"],["conditions","Array<V1StatefulSetCondition>"],["currentReplicas","number","int32"],["currentRevision","string"],["observedGeneration","number","int64"],["readyReplicas","number","int32"],["replicas","number","int32"],["updateRevision","string"],["updatedReplicas","number","int32"]],"V1StatefulSetUpdateStrategy":[["rollingUpdate","V1RollingUpdateStatefulSetStrategy"],["type","string"]],"V1Status":[["apiVersion","string"],["code","number","int32"],["details","V1StatusDetails"],["kind","string"],["message","string"],["metadata","V1ListMeta"],["reason","string"],["status","string"]],"V1StatusCause":[["field","string"],["message","string"],["reason","string"]],"V1StatusDetails":[["causes","Array<V1StatusCause>"],["group","string"],["kind","string"],["name","string"],["retryAfterSeconds","number","int32"],["uid","string"]],"V1StorageClass":[["allowVolumeExpansion","boolean"],["allowedTopologies","Array<V1TopologySelectorTerm>"],["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["mountOptions","Array<string>"],["parameters","{ [key: string]: string; }"],["provisioner","string"],["reclaimPolicy","string"],["volumeBindingMode","string"]],"V1StorageClassList":[["apiVersion","string"],["items","Array<V1StorageClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1StorageOSPersistentVolumeSource":[["fsType","string"],["readOnly","boolean"],["secretRef","V1ObjectReference"],["volumeName","string"],["volumeNamespace","string"]],"V1StorageOSVolumeSource":[["fsType","string"],["readOnly","boolean"],["secretRef","V1LocalObjectReference"],["volumeName","string"],["volumeNamespace","string"]],"V1SubjectAccessReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1SubjectAccessReviewSpec"],["status","V1SubjectAccessReviewStatus"]],"V1SubjectAccessReviewSpec":[["extra","{ [key: string]: Array<string>; }"],["groups","Array<string>"],["nonResourceAttributes","V1NonResourceAttributes"],["resourceAttributes","V1ResourceAttributes"],["uid","string"],["user","string"]],"V1SubjectAccessReviewStatus":[["allowed","boolean"],["denied","boolean"],["evaluationError","string"],["reason","string"]],"V1SubjectRulesReviewStatus":[["evaluationError","string"],["incomplete","boolean"],["nonResourceRules","Array<V1NonResourceRule>"],["resourceRules","Array<V1ResourceRule>"]],"V1SuccessPolicy":[["rules","Array<V1SuccessPolicyRule>"]],"V1SuccessPolicyRule":[["succeededCount","number","int32"],["succeededIndexes","string"]],"V1Sysctl":[["name","string"],["value","string"]],"V1TCPSocketAction":[["host","string"],["port","IntOrString","int-or-string"]],"V1Taint":[["effect","string"],["key","string"],["timeAdded","Date","date-time"],["value","string"]],"V1TokenRequestSpec":[["audiences","Array<string>"],["boundObjectRef","V1BoundObjectReference"],["expirationSeconds","number","int64"]],"V1TokenRequestStatus":[["expirationTimestamp","Date","date-time"],["token","string"]],"V1TokenReview":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1TokenReviewSpec"],["status","V1TokenReviewStatus"]],"V1TokenReviewSpec":[["audiences","Array<string>"],["token","string"]],"V1TokenReviewStatus":[["audiences","Array<string>"],["authenticated","boolean"],["error","string"],["user","V1UserInfo"]],"V1Toleration":[["effect","string"],["key","string"],["operator","string"],["tolerationSeconds","number","int64"],["value","string"]],"V1TopologySelectorLabelRequirement":[["key","string"],["values","Array<string>"]],"V1TopologySelectorTerm":[["matchLabelExpressions","Array<V1TopologySelectorLabelRequirement>"]],"V1TopologySpreadConstraint":[["labelSelector","V1LabelSelector"],["matchLabelKeys","Array<string>"],["maxSkew","number","int32"],["minDomains","number","int32"],["nodeAffinityPolicy","string"],["nodeTaintsPolicy","string"],["topologyKey","string"],["whenUnsatisfiable","string"]],"V1TypeChecking":[["expressionWarnings","Array<V1ExpressionWarning>"]],"V1TypedLocalObjectReference":[["apiGroup","string"],["kind","string"],["name","string"]],"V1TypedObjectReference":[["apiGroup","string"],["kind","string"],["name","string"],["namespace","string"]],"V1UncountedTerminatedPods":[["failed","Array<string>"],["succeeded","Array<string>"]],"V1UserInfo":[["extra","{ [key: string]: Array<string>; }"],["groups","Array<string>"],["uid","string"],["username","string"]],"V1UserSubject":[["name","string"]],"V1ValidatingAdmissionPolicy":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ValidatingAdmissionPolicySpec"],["status","V1ValidatingAdmissionPolicyStatus"]],"V1ValidatingAdmissionPolicyBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1ValidatingAdmissionPolicyBindingSpec"]],"V1ValidatingAdmissionPolicyBindingList":[["apiVersion","string"],["items","Array<V1ValidatingAdmissionPolicyBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1ValidatingAdmissionPolicyBindingSpec":[["matchResources","V1MatchResources"],["paramRef","V1ParamRef"],["policyName","string"],["validationActions","Array<string>"]],"V1ValidatingAdmissionPolicyList":[["apiVersion","string"],["items","Array<V1ValidatingAdmissionPolicy>"],["kind","string"],["metadata","V1ListMeta"]],"V1ValidatingAdmissionPolicySpec":[["auditAnnotations","Array<V1AuditAnnotation>"],["failurePolicy","string"],["matchConditions","Array<V1MatchCondition>"],["matchConstraints","V1MatchResources"],["paramKind","V1ParamKind"],["validations","Array<V1Validation>"],["variables","Array<V1Variable>"]],"V1ValidatingAdmissionPolicyStatus":[["conditions","Array<V1Condition>"],["observedGeneration","number","int64"],["typeChecking","V1TypeChecking"]],"V1ValidatingWebhook":[["admissionReviewVersions","Array<string>"],["clientConfig","AdmissionregistrationV1WebhookClientConfig"],["failurePolicy","string"],["matchConditions","Array<V1MatchCondition>"],["matchPolicy","string"],["name","string"],["namespaceSelector","V1LabelSelector"],["objectSelector","V1LabelSelector"],["rules","Array<V1RuleWithOperations>"],["sideEffects","string"],["timeoutSeconds","number","int32"]],"V1ValidatingWebhookConfiguration":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["webhooks","Array<V1ValidatingWebhook>"]],"V1ValidatingWebhookConfigurationList":[["apiVersion","string"],["items","Array<V1ValidatingWebhookConfiguration>"],["kind","string"],["metadata","V1ListMeta"]],"V1Validation":[["expression","string"],["message","string"],["messageExpression","string"],["reason","string"]],"V1ValidationRule":[["fieldPath","string"],["message","string"],["messageExpression","string"],["optionalOldSelf","boolean"],["reason","string"],["rule","string"]],"V1Variable":[["expression","string"],["name","string"]],"V1Volume":[["awsElasticBlockStore","V1AWSElasticBlockStoreVolumeSource"],["azureDisk","V1AzureDiskVolumeSource"],["azureFile","V1AzureFileVolumeSource"],["cephfs","V1CephFSVolumeSource"],["cinder","V1CinderVolumeSource"],["configMap","V1ConfigMapVolumeSource"],["csi","V1CSIVolumeSource"],["downwardAPI","V1DownwardAPIVolumeSource"],["emptyDir","V1EmptyDirVolumeSource"],["ephemeral","V1EphemeralVolumeSource"],["fc","V1FCVolumeSource"],["flexVolume","V1FlexVolumeSource"],["flocker","V1FlockerVolumeSource"],["gcePersistentDisk","V1GCEPersistentDiskVolumeSource"],["gitRepo","V1GitRepoVolumeSource"],["glusterfs","V1GlusterfsVolumeSource"],["hostPath","V1HostPathVolumeSource"],["image","V1ImageVolumeSource"],["iscsi","V1ISCSIVolumeSource"],["name","string"],["nfs","V1NFSVolumeSource"],["persistentVolumeClaim","V1PersistentVolumeClaimVolumeSource"],["photonPersistentDisk","V1PhotonPersistentDiskVolumeSource"],["portworxVolume","V1PortworxVolumeSource"],["projected","V1ProjectedVolumeSource"],["quobyte","V1QuobyteVolumeSource"],["rbd","V1RBDVolumeSource"],["scaleIO","V1ScaleIOVolumeSource"],["secret","V1SecretVolumeSource"],["storageos","V1StorageOSVolumeSource"],["vsphereVolume","V1VsphereVirtualDiskVolumeSource"]],"V1VolumeAttachment":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1VolumeAttachmentSpec"],["status","V1VolumeAttachmentStatus"]],"V1VolumeAttachmentList":[["apiVersion","string"],["items","Array<V1VolumeAttachment>"],["kind","string"],["metadata","V1ListMeta"]],"V1VolumeAttachmentSource":[["inlineVolumeSpec","V1PersistentVolumeSpec"],["persistentVolumeName","string"]],"V1VolumeAttachmentSpec":[["attacher","string"],["nodeName","string"],["source","V1VolumeAttachmentSource"]],"V1VolumeAttachmentStatus":[["attachError","V1VolumeError"],["attached","boolean"],["attachmentMetadata","{ [key: string]: string; }"],["detachError","V1VolumeError"]],"V1VolumeAttributesClass":[["apiVersion","string"],["driverName","string"],["kind","string"],["metadata","V1ObjectMeta"],["parameters","{ [key: string]: string; }"]],"V1VolumeAttributesClassList":[["apiVersion","string"],["items","Array<V1VolumeAttributesClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1VolumeDevice":[["devicePath","string"],["name","string"]],"V1VolumeError":[["errorCode","number","int32"],["message","string"],["time","Date","date-time"]],"V1VolumeMount":[["mountPath","string"],["mountPropagation","string"],["name","string"],["readOnly","boolean"],["recursiveReadOnly","string"],["subPath","string"],["subPathExpr","string"]],"V1VolumeMountStatus":[["mountPath","string"],["name","string"],["readOnly","boolean"],["recursiveReadOnly","string"],["volumeStatus","V1VolumeStatus"]],"V1VolumeNodeAffinity":[["required","V1NodeSelector"]],"V1VolumeNodeResources":[["count","number","int32"]],"V1VolumeProjection":[["clusterTrustBundle","V1ClusterTrustBundleProjection"],["configMap","V1ConfigMapProjection"],["downwardAPI","V1DownwardAPIProjection"],["podCertificate","V1PodCertificateProjection"],["secret","V1SecretProjection"],["serviceAccountToken","V1ServiceAccountTokenProjection"]],"V1VolumeResourceRequirements":[["limits","{ [key: string]: string; }"],["requests","{ [key: string]: string; }"]],"V1VolumeStatus":[["image","V1ImageVolumeStatus"]],"V1VsphereVirtualDiskVolumeSource":[["fsType","string"],["storagePolicyID","string"],["storagePolicyName","string"],["volumePath","string"]],"V1WatchEvent":[["object","any"],["type","string"]],"V1WebhookConversion":[["clientConfig","ApiextensionsV1WebhookClientConfig"],["conversionReviewVersions","Array<string>"]],"V1WeightedPodAffinityTerm":[["podAffinityTerm","V1PodAffinityTerm"],["weight","number","int32"]],"V1WindowsSecurityContextOptions":[["gmsaCredentialSpec","string"],["gmsaCredentialSpecName","string"],["hostProcess","boolean"],["runAsUserName","string"]],"V1alpha1ApplyConfiguration":[["expression","string"]],"V1alpha1ClusterTrustBundle":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha1ClusterTrustBundleSpec"]],"V1alpha1ClusterTrustBundleList":[["apiVersion","string"],["items","Array<V1alpha1ClusterTrustBundle>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha1ClusterTrustBundleSpec":[["signerName","string"],["trustBundle","string"]],"V1alpha1JSONPatch":[["expression","string"]],"V1alpha1MatchCondition":[["expression","string"],["name","string"]],"V1alpha1MatchResources":[["excludeResourceRules","Array<V1alpha1NamedRuleWithOperations>"],["matchPolicy","string"],["namespaceSelector","V1LabelSelector"],["objectSelector","V1LabelSelector"],["resourceRules","Array<V1alpha1NamedRuleWithOperations>"]],"V1alpha1MutatingAdmissionPolicy":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha1MutatingAdmissionPolicySpec"]],"V1alpha1MutatingAdmissionPolicyBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha1MutatingAdmissionPolicyBindingSpec"]],"V1alpha1MutatingAdmissionPolicyBindingList":[["apiVersion","string"],["items","Array<V1alpha1MutatingAdmissionPolicyBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha1MutatingAdmissionPolicyBindingSpec":[["matchResources","V1alpha1MatchResources"],["paramRef","V1alpha1ParamRef"],["policyName","string"]],"V1alpha1MutatingAdmissionPolicyList":[["apiVersion","string"],["items","Array<V1alpha1MutatingAdmissionPolicy>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha1MutatingAdmissionPolicySpec":[["failurePolicy","string"],["matchConditions","Array<V1alpha1MatchCondition>"],["matchConstraints","V1alpha1MatchResources"],["mutations","Array<V1alpha1Mutation>"],["paramKind","V1alpha1ParamKind"],["reinvocationPolicy","string"],["variables","Array<V1alpha1Variable>"]],"V1alpha1Mutation":[["applyConfiguration","V1alpha1ApplyConfiguration"],["jsonPatch","V1alpha1JSONPatch"],["patchType","string"]],"V1alpha1NamedRuleWithOperations":[["apiGroups","Array<string>"],["apiVersions","Array<string>"],["operations","Array<string>"],["resourceNames","Array<string>"],["resources","Array<string>"],["scope","string"]],"V1alpha1ParamKind":[["apiVersion","string"],["kind","string"]],"V1alpha1ParamRef":[["name","string"],["namespace","string"],["parameterNotFoundAction","string"],["selector","V1LabelSelector"]],"V1alpha1ServerStorageVersion":[["apiServerID","string"],["decodableVersions","Array<string>"],["encodingVersion","string"],["servedVersions","Array<string>"]],"V1alpha1StorageVersion":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","any"],["status","V1alpha1StorageVersionStatus"]],"V1alpha1StorageVersionCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["observedGeneration","number","int64"],["reason","string"],["status","string"],["type","string"]],"V1alpha1StorageVersionList":[["apiVersion","string"],["items","Array<V1alpha1StorageVersion>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha1StorageVersionStatus":[["commonEncodingVersion","string"],["conditions","Array<V1alpha1StorageVersionCondition>"],["storageVersions","Array<V1alpha1ServerStorageVersion>"]],"V1alpha1Variable":[["expression","string"],["name","string"]],"V1alpha2GangSchedulingPolicy":[["minCount","number","int32"]],"V1alpha2LeaseCandidate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha2LeaseCandidateSpec"]],"V1alpha2LeaseCandidateList":[["apiVersion","string"],["items","Array<V1alpha2LeaseCandidate>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha2LeaseCandidateSpec":[["binaryVersion","string"],["emulationVersion","string"],["leaseName","string"],["pingTime","V1MicroTime","date-time-micro"],["renewTime","V1MicroTime","date-time-micro"],["strategy","string"]],"V1alpha2PodGroup":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha2PodGroupSpec"],["status","V1alpha2PodGroupStatus"]],"V1alpha2PodGroupList":[["apiVersion","string"],["items","Array<V1alpha2PodGroup>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha2PodGroupResourceClaim":[["name","string"],["resourceClaimName","string"],["resourceClaimTemplateName","string"]],"V1alpha2PodGroupResourceClaimStatus":[["name","string"],["resourceClaimName","string"]],"V1alpha2PodGroupSchedulingConstraints":[["topology","Array<V1alpha2TopologyConstraint>"]],"V1alpha2PodGroupSchedulingPolicy":[["basic","any"],["gang","V1alpha2GangSchedulingPolicy"]],"V1alpha2PodGroupSpec":[["disruptionMode","string"],["podGroupTemplateRef","V1alpha2PodGroupTemplateReference"],["priority","number","int32"],["priorityClassName","string"],["resourceClaims","Array<V1alpha2PodGroupResourceClaim>"],["schedulingConstraints","V1alpha2PodGroupSchedulingConstraints"],["schedulingPolicy","V1alpha2PodGroupSchedulingPolicy"]],"V1alpha2PodGroupStatus":[["conditions","Array<V1Condition>"],["resourceClaimStatuses","Array<V1alpha2PodGroupResourceClaimStatus>"]],"V1alpha2PodGroupTemplate":[["disruptionMode","string"],["name","string"],["priority","number","int32"],["priorityClassName","string"],["resourceClaims","Array<V1alpha2PodGroupResourceClaim>"],["schedulingConstraints","V1alpha2PodGroupSchedulingConstraints"],["schedulingPolicy","V1alpha2PodGroupSchedulingPolicy"]],"V1alpha2PodGroupTemplateReference":[["workload","V1alpha2WorkloadPodGroupTemplateReference"]],"V1alpha2TopologyConstraint":[["key","string"]],"V1alpha2TypedLocalObjectReference":[["apiGroup","string"],["kind","string"],["name","string"]],"V1alpha2Workload":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha2WorkloadSpec"]],"V1alpha2WorkloadList":[["apiVersion","string"],["items","Array<V1alpha2Workload>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha2WorkloadPodGroupTemplateReference":[["podGroupTemplateName","string"],["workloadName","string"]],"V1alpha2WorkloadSpec":[["controllerRef","V1alpha2TypedLocalObjectReference"],["podGroupTemplates","Array<V1alpha2PodGroupTemplate>"]],"V1alpha3DeviceTaint":[["effect","string"],["key","string"],["timeAdded","Date","date-time"],["value","string"]],"V1alpha3DeviceTaintRule":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha3DeviceTaintRuleSpec"],["status","V1alpha3DeviceTaintRuleStatus"]],"V1alpha3DeviceTaintRuleList":[["apiVersion","string"],["items","Array<V1alpha3DeviceTaintRule>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha3DeviceTaintRuleSpec":[["deviceSelector","V1alpha3DeviceTaintSelector"],["taint","V1alpha3DeviceTaint"]],"V1alpha3DeviceTaintRuleStatus":[["conditions","Array<V1Condition>"]],"V1alpha3DeviceTaintSelector":[["device","string"],["driver","string"],["pool","string"]],"V1alpha3PoolStatus":[["allocatedDevices","number","int32"],["availableDevices","number","int32"],["driver","string"],["generation","number","int64"],["nodeName","string"],["poolName","string"],["resourceSliceCount","number","int32"],["totalDevices","number","int32"],["unavailableDevices","number","int32"],["validationError","string"]],"V1alpha3ResourcePoolStatusRequest":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1alpha3ResourcePoolStatusRequestSpec"],["status","V1alpha3ResourcePoolStatusRequestStatus"]],"V1alpha3ResourcePoolStatusRequestList":[["apiVersion","string"],["items","Array<V1alpha3ResourcePoolStatusRequest>"],["kind","string"],["metadata","V1ListMeta"]],"V1alpha3ResourcePoolStatusRequestSpec":[["driver","string"],["limit","number","int32"],["poolName","string"]],"V1alpha3ResourcePoolStatusRequestStatus":[["conditions","Array<V1Condition>"],["poolCount","number","int32"],["pools","Array<V1alpha3PoolStatus>"]],"V1beta1AllocatedDeviceStatus":[["conditions","Array<V1Condition>"],["data","any"],["device","string"],["driver","string"],["networkData","V1beta1NetworkDeviceData"],["pool","string"],["shareID","string"]],"V1beta1AllocationResult":[["allocationTimestamp","Date","date-time"],["devices","V1beta1DeviceAllocationResult"],["nodeSelector","V1NodeSelector"]],"V1beta1ApplyConfiguration":[["expression","string"]],"V1beta1BasicDevice":[["allNodes","boolean"],["allowMultipleAllocations","boolean"],["attributes","{ [key: string]: V1beta1DeviceAttribute; }"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["bindsToNode","boolean"],["capacity","{ [key: string]: V1beta1DeviceCapacity; }"],["consumesCounters","Array<V1beta1DeviceCounterConsumption>"],["nodeAllocatableResourceMappings","{ [key: string]: V1beta1NodeAllocatableResourceMapping; }"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["taints","Array<V1beta1DeviceTaint>"]],"V1beta1CELDeviceSelector":[["expression","string"]],"V1beta1CapacityRequestPolicy":[["default","string"],["validRange","V1beta1CapacityRequestPolicyRange"],["validValues","Array<string>"]],"V1beta1CapacityRequestPolicyRange":[["max","string"],["min","string"],["step","string"]],"V1beta1CapacityRequirements":[["requests","{ [key: string]: string; }"]],"V1beta1ClusterTrustBundle":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1ClusterTrustBundleSpec"]],"V1beta1ClusterTrustBundleList":[["apiVersion","string"],["items","Array<V1beta1ClusterTrustBundle>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1ClusterTrustBundleSpec":[["signerName","string"],["trustBundle","string"]],"V1beta1Counter":[["value","string"]],"V1beta1CounterSet":[["counters","{ [key: string]: V1beta1Counter; }"],["name","string"]],"V1beta1Device":[["basic","V1beta1BasicDevice"],["name","string"]],"V1beta1DeviceAllocationConfiguration":[["opaque","V1beta1OpaqueDeviceConfiguration"],["requests","Array<string>"],["source","string"]],"V1beta1DeviceAllocationResult":[["config","Array<V1beta1DeviceAllocationConfiguration>"],["results","Array<V1beta1DeviceRequestAllocationResult>"]],"V1beta1DeviceAttribute":[["bool","boolean"],["bools","Array<boolean>"],["int","number","int64"],["ints","Array<number>","int64"],["string","string"],["strings","Array<string>"],["version","string"],["versions","Array<string>"]],"V1beta1DeviceCapacity":[["requestPolicy","V1beta1CapacityRequestPolicy"],["value","string"]],"V1beta1DeviceClaim":[["config","Array<V1beta1DeviceClaimConfiguration>"],["constraints","Array<V1beta1DeviceConstraint>"],["requests","Array<V1beta1DeviceRequest>"]],"V1beta1DeviceClaimConfiguration":[["opaque","V1beta1OpaqueDeviceConfiguration"],["requests","Array<string>"]],"V1beta1DeviceClass":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1DeviceClassSpec"]],"V1beta1DeviceClassConfiguration":[["opaque","V1beta1OpaqueDeviceConfiguration"]],"V1beta1DeviceClassList":[["apiVersion","string"],["items","Array<V1beta1DeviceClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1DeviceClassSpec":[["config","Array<V1beta1DeviceClassConfiguration>"],["extendedResourceName","string"],["selectors","Array<V1beta1DeviceSelector>"]],"V1beta1DeviceConstraint":[["distinctAttribute","string"],["matchAttribute","string"],["requests","Array<string>"]],"V1beta1DeviceCounterConsumption":[["counterSet","string"],["counters","{ [key: string]: V1beta1Counter; }"]],"V1beta1DeviceRequest":[["adminAccess","boolean"],["allocationMode","string"],["capacity","V1beta1CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["firstAvailable","Array<V1beta1DeviceSubRequest>"],["name","string"],["selectors","Array<V1beta1DeviceSelector>"],["tolerations","Array<V1beta1DeviceToleration>"]],"V1beta1DeviceRequestAllocationResult":[["adminAccess","boolean"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["consumedCapacity","{ [key: string]: string; }"],["device","string"],["driver","string"],["pool","string"],["request","string"],["shareID","string"],["tolerations","Array<V1beta1DeviceToleration>"]],"V1beta1DeviceSelector":[["cel","V1beta1CELDeviceSelector"]],"V1beta1DeviceSubRequest":[["allocationMode","string"],["capacity","V1beta1CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["name","string"],["selectors","Array<V1beta1DeviceSelector>"],["tolerations","Array<V1beta1DeviceToleration>"]],"V1beta1DeviceTaint":[["effect","string"],["key","string"],["timeAdded","Date","date-time"],["value","string"]],"V1beta1DeviceToleration":[["effect","string"],["key","string"],["operator","string"],["tolerationSeconds","number","int64"],["value","string"]],"V1beta1IPAddress":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1IPAddressSpec"]],"V1beta1IPAddressList":[["apiVersion","string"],["items","Array<V1beta1IPAddress>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1IPAddressSpec":[["parentRef","V1beta1ParentReference"]],"V1beta1JSONPatch":[["expression","string"]],"V1beta1LeaseCandidate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1LeaseCandidateSpec"]],"V1beta1LeaseCandidateList":[["apiVersion","string"],["items","Array<V1beta1LeaseCandidate>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1LeaseCandidateSpec":[["binaryVersion","string"],["emulationVersion","string"],["leaseName","string"],["pingTime","V1MicroTime","date-time-micro"],["renewTime","V1MicroTime","date-time-micro"],["strategy","string"]],"V1beta1MatchCondition":[["expression","string"],["name","string"]],"V1beta1MatchResources":[["excludeResourceRules","Array<V1beta1NamedRuleWithOperations>"],["matchPolicy","string"],["namespaceSelector","V1LabelSelector"],["objectSelector","V1LabelSelector"],["resourceRules","Array<V1beta1NamedRuleWithOperations>"]],"V1beta1MutatingAdmissionPolicy":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1MutatingAdmissionPolicySpec"]],"V1beta1MutatingAdmissionPolicyBinding":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1MutatingAdmissionPolicyBindingSpec"]],"V1beta1MutatingAdmissionPolicyBindingList":[["apiVersion","string"],["items","Array<V1beta1MutatingAdmissionPolicyBinding>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1MutatingAdmissionPolicyBindingSpec":[["matchResources","V1beta1MatchResources"],["paramRef","V1beta1ParamRef"],["policyName","string"]],"V1beta1MutatingAdmissionPolicyList":[["apiVersion","string"],["items","Array<V1beta1MutatingAdmissionPolicy>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1MutatingAdmissionPolicySpec":[["failurePolicy","string"],["matchConditions","Array<V1beta1MatchCondition>"],["matchConstraints","V1beta1MatchResources"],["mutations","Array<V1beta1Mutation>"],["paramKind","V1beta1ParamKind"],["reinvocationPolicy","string"],["variables","Array<V1beta1Variable>"]],"V1beta1Mutation":[["applyConfiguration","V1beta1ApplyConfiguration"],["jsonPatch","V1beta1JSONPatch"],["patchType","string"]],"V1beta1NamedRuleWithOperations":[["apiGroups","Array<string>"],["apiVersions","Array<string>"],["operations","Array<string>"],["resourceNames","Array<string>"],["resources","Array<string>"],["scope","string"]],"V1beta1NetworkDeviceData":[["hardwareAddress","string"],["interfaceName","string"],["ips","Array<string>"]],"V1beta1NodeAllocatableResourceMapping":[["allocationMultiplier","string"],["capacityKey","string"]],"V1beta1OpaqueDeviceConfiguration":[["driver","string"],["parameters","any"]],"V1beta1ParamKind":[["apiVersion","string"],["kind","string"]],"V1beta1ParamRef":[["name","string"],["namespace","string"],["parameterNotFoundAction","string"],["selector","V1LabelSelector"]],"V1beta1ParentReference":[["group","string"],["name","string"],["namespace","string"],["resource","string"]],"V1beta1PodCertificateRequest":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1PodCertificateRequestSpec"],["status","V1beta1PodCertificateRequestStatus"]],"V1beta1PodCertificateRequestList":[["apiVersion","string"],["items","Array<V1beta1PodCertificateRequest>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1PodCertificateRequestSpec":[["maxExpirationSeconds","number","int32"],["nodeName","string"],["nodeUID","string"],["pkixPublicKey","string","byte"],["podName","string"],["podUID","string"],["proofOfPossession","string","byte"],["serviceAccountName","string"],["serviceAccountUID","string"],["signerName","string"],["stubPKCS10Request","string","byte"],["unverifiedUserAnnotations","{ [key: string]: string; }"]],"V1beta1PodCertificateRequestStatus":[["beginRefreshAt","Date","date-time"],["certificateChain","string"],["conditions","Array<V1Condition>"],["notAfter","Date","date-time"],["notBefore","Date","date-time"]],"V1beta1ResourceClaim":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1ResourceClaimSpec"],["status","V1beta1ResourceClaimStatus"]],"V1beta1ResourceClaimConsumerReference":[["apiGroup","string"],["name","string"],["resource","string"],["uid","string"]],"V1beta1ResourceClaimList":[["apiVersion","string"],["items","Array<V1beta1ResourceClaim>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1ResourceClaimSpec":[["devices","V1beta1DeviceClaim"]],"V1beta1ResourceClaimStatus":[["allocation","V1beta1AllocationResult"],["devices","Array<V1beta1AllocatedDeviceStatus>"],["reservedFor","Array<V1beta1ResourceClaimConsumerReference>"]],"V1beta1ResourceClaimTemplate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1ResourceClaimTemplateSpec"]],"V1beta1ResourceClaimTemplateList":[["apiVersion","string"],["items","Array<V1beta1ResourceClaimTemplate>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1ResourceClaimTemplateSpec":[["metadata","V1ObjectMeta"],["spec","V1beta1ResourceClaimSpec"]],"V1beta1ResourcePool":[["generation","number","int64"],["name","string"],["resourceSliceCount","number","int64"]],"V1beta1ResourceSlice":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1ResourceSliceSpec"]],"V1beta1ResourceSliceList":[["apiVersion","string"],["items","Array<V1beta1ResourceSlice>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1ResourceSliceSpec":[["allNodes","boolean"],["devices","Array<V1beta1Device>"],["driver","string"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["perDeviceNodeSelection","boolean"],["pool","V1beta1ResourcePool"],["sharedCounters","Array<V1beta1CounterSet>"]],"V1beta1ServiceCIDR":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1ServiceCIDRSpec"],["status","V1beta1ServiceCIDRStatus"]],"V1beta1ServiceCIDRList":[["apiVersion","string"],["items","Array<V1beta1ServiceCIDR>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1ServiceCIDRSpec":[["cidrs","Array<string>"]],"V1beta1ServiceCIDRStatus":[["conditions","Array<V1Condition>"]],"V1beta1StorageVersionMigration":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta1StorageVersionMigrationSpec"],["status","V1beta1StorageVersionMigrationStatus"]],"V1beta1StorageVersionMigrationList":[["apiVersion","string"],["items","Array<V1beta1StorageVersionMigration>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta1StorageVersionMigrationSpec":[["resource","V1GroupResource"]],"V1beta1StorageVersionMigrationStatus":[["conditions","Array<V1Condition>"],["resourceVersion","string"]],"V1beta1Variable":[["expression","string"],["name","string"]],"V1beta1VolumeAttributesClass":[["apiVersion","string"],["driverName","string"],["kind","string"],["metadata","V1ObjectMeta"],["parameters","{ [key: string]: string; }"]],"V1beta1VolumeAttributesClassList":[["apiVersion","string"],["items","Array<V1beta1VolumeAttributesClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2AllocatedDeviceStatus":[["conditions","Array<V1Condition>"],["data","any"],["device","string"],["driver","string"],["networkData","V1beta2NetworkDeviceData"],["pool","string"],["shareID","string"]],"V1beta2AllocationResult":[["allocationTimestamp","Date","date-time"],["devices","V1beta2DeviceAllocationResult"],["nodeSelector","V1NodeSelector"]],"V1beta2CELDeviceSelector":[["expression","string"]],"V1beta2CapacityRequestPolicy":[["default","string"],["validRange","V1beta2CapacityRequestPolicyRange"],["validValues","Array<string>"]],"V1beta2CapacityRequestPolicyRange":[["max","string"],["min","string"],["step","string"]],"V1beta2CapacityRequirements":[["requests","{ [key: string]: string; }"]],"V1beta2Counter":[["value","string"]],"V1beta2CounterSet":[["counters","{ [key: string]: V1beta2Counter; }"],["name","string"]],"V1beta2Device":[["allNodes","boolean"],["allowMultipleAllocations","boolean"],["attributes","{ [key: string]: V1beta2DeviceAttribute; }"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["bindsToNode","boolean"],["capacity","{ [key: string]: V1beta2DeviceCapacity; }"],["consumesCounters","Array<V1beta2DeviceCounterConsumption>"],["name","string"],["nodeAllocatableResourceMappings","{ [key: string]: V1beta2NodeAllocatableResourceMapping; }"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["taints","Array<V1beta2DeviceTaint>"]],"V1beta2DeviceAllocationConfiguration":[["opaque","V1beta2OpaqueDeviceConfiguration"],["requests","Array<string>"],["source","string"]],"V1beta2DeviceAllocationResult":[["config","Array<V1beta2DeviceAllocationConfiguration>"],["results","Array<V1beta2DeviceRequestAllocationResult>"]],"V1beta2DeviceAttribute":[["bool","boolean"],["bools","Array<boolean>"],["int","number","int64"],["ints","Array<number>","int64"],["string","string"],["strings","Array<string>"],["version","string"],["versions","Array<string>"]],"V1beta2DeviceCapacity":[["requestPolicy","V1beta2CapacityRequestPolicy"],["value","string"]],"V1beta2DeviceClaim":[["config","Array<V1beta2DeviceClaimConfiguration>"],["constraints","Array<V1beta2DeviceConstraint>"],["requests","Array<V1beta2DeviceRequest>"]],"V1beta2DeviceClaimConfiguration":[["opaque","V1beta2OpaqueDeviceConfiguration"],["requests","Array<string>"]],"V1beta2DeviceClass":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta2DeviceClassSpec"]],"V1beta2DeviceClassConfiguration":[["opaque","V1beta2OpaqueDeviceConfiguration"]],"V1beta2DeviceClassList":[["apiVersion","string"],["items","Array<V1beta2DeviceClass>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2DeviceClassSpec":[["config","Array<V1beta2DeviceClassConfiguration>"],["extendedResourceName","string"],["selectors","Array<V1beta2DeviceSelector>"]],"V1beta2DeviceConstraint":[["distinctAttribute","string"],["matchAttribute","string"],["requests","Array<string>"]],"V1beta2DeviceCounterConsumption":[["counterSet","string"],["counters","{ [key: string]: V1beta2Counter; }"]],"V1beta2DeviceRequest":[["exactly","V1beta2ExactDeviceRequest"],["firstAvailable","Array<V1beta2DeviceSubRequest>"],["name","string"]],"V1beta2DeviceRequestAllocationResult":[["adminAccess","boolean"],["bindingConditions","Array<string>"],["bindingFailureConditions","Array<string>"],["consumedCapacity","{ [key: string]: string; }"],["device","string"],["driver","string"],["pool","string"],["request","string"],["shareID","string"],["tolerations","Array<V1beta2DeviceToleration>"]],"V1beta2DeviceSelector":[["cel","V1beta2CELDeviceSelector"]],"V1beta2DeviceSubRequest":[["allocationMode","string"],["capacity","V1beta2CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["name","string"],["selectors","Array<V1beta2DeviceSelector>"],["tolerations","Array<V1beta2DeviceToleration>"]],"V1beta2DeviceTaint":[["effect","string"],["key","string"],["timeAdded","Date","date-time"],["value","string"]],"V1beta2DeviceTaintRule":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta2DeviceTaintRuleSpec"],["status","V1beta2DeviceTaintRuleStatus"]],"V1beta2DeviceTaintRuleList":[["apiVersion","string"],["items","Array<V1beta2DeviceTaintRule>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2DeviceTaintRuleSpec":[["deviceSelector","V1beta2DeviceTaintSelector"],["taint","V1beta2DeviceTaint"]],"V1beta2DeviceTaintRuleStatus":[["conditions","Array<V1Condition>"]],"V1beta2DeviceTaintSelector":[["device","string"],["driver","string"],["pool","string"]],"V1beta2DeviceToleration":[["effect","string"],["key","string"],["operator","string"],["tolerationSeconds","number","int64"],["value","string"]],"V1beta2ExactDeviceRequest":[["adminAccess","boolean"],["allocationMode","string"],["capacity","V1beta2CapacityRequirements"],["count","number","int64"],["deviceClassName","string"],["selectors","Array<V1beta2DeviceSelector>"],["tolerations","Array<V1beta2DeviceToleration>"]],"V1beta2NetworkDeviceData":[["hardwareAddress","string"],["interfaceName","string"],["ips","Array<string>"]],"V1beta2NodeAllocatableResourceMapping":[["allocationMultiplier","string"],["capacityKey","string"]],"V1beta2OpaqueDeviceConfiguration":[["driver","string"],["parameters","any"]],"V1beta2ResourceClaim":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta2ResourceClaimSpec"],["status","V1beta2ResourceClaimStatus"]],"V1beta2ResourceClaimConsumerReference":[["apiGroup","string"],["name","string"],["resource","string"],["uid","string"]],"V1beta2ResourceClaimList":[["apiVersion","string"],["items","Array<V1beta2ResourceClaim>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2ResourceClaimSpec":[["devices","V1beta2DeviceClaim"]],"V1beta2ResourceClaimStatus":[["allocation","V1beta2AllocationResult"],["devices","Array<V1beta2AllocatedDeviceStatus>"],["reservedFor","Array<V1beta2ResourceClaimConsumerReference>"]],"V1beta2ResourceClaimTemplate":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta2ResourceClaimTemplateSpec"]],"V1beta2ResourceClaimTemplateList":[["apiVersion","string"],["items","Array<V1beta2ResourceClaimTemplate>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2ResourceClaimTemplateSpec":[["metadata","V1ObjectMeta"],["spec","V1beta2ResourceClaimSpec"]],"V1beta2ResourcePool":[["generation","number","int64"],["name","string"],["resourceSliceCount","number","int64"]],"V1beta2ResourceSlice":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V1beta2ResourceSliceSpec"]],"V1beta2ResourceSliceList":[["apiVersion","string"],["items","Array<V1beta2ResourceSlice>"],["kind","string"],["metadata","V1ListMeta"]],"V1beta2ResourceSliceSpec":[["allNodes","boolean"],["devices","Array<V1beta2Device>"],["driver","string"],["nodeName","string"],["nodeSelector","V1NodeSelector"],["perDeviceNodeSelection","boolean"],["pool","V1beta2ResourcePool"],["sharedCounters","Array<V1beta2CounterSet>"]],"V2ContainerResourceMetricSource":[["container","string"],["name","string"],["target","V2MetricTarget"]],"V2ContainerResourceMetricStatus":[["container","string"],["current","V2MetricValueStatus"],["name","string"]],"V2CrossVersionObjectReference":[["apiVersion","string"],["kind","string"],["name","string"]],"V2ExternalMetricSource":[["metric","V2MetricIdentifier"],["target","V2MetricTarget"]],"V2ExternalMetricStatus":[["current","V2MetricValueStatus"],["metric","V2MetricIdentifier"]],"V2HPAScalingPolicy":[["periodSeconds","number","int32"],["type","string"],["value","number","int32"]],"V2HPAScalingRules":[["policies","Array<V2HPAScalingPolicy>"],["selectPolicy","string"],["stabilizationWindowSeconds","number","int32"],["tolerance","string"]],"V2HorizontalPodAutoscaler":[["apiVersion","string"],["kind","string"],["metadata","V1ObjectMeta"],["spec","V2HorizontalPodAutoscalerSpec"],["status","V2HorizontalPodAutoscalerStatus"]],"V2HorizontalPodAutoscalerBehavior":[["scaleDown","V2HPAScalingRules"],["scaleUp","V2HPAScalingRules"]],"V2HorizontalPodAutoscalerCondition":[["lastTransitionTime","Date","date-time"],["message","string"],["reason","string"],["status","string"],["type","string"]],"V2HorizontalPodAutoscalerList":[["apiVersion","string"],["items","Array<V2HorizontalPodAutoscaler>"],["kind","string"],["metadata","V1ListMeta"]],"V2HorizontalPodAutoscalerSpec":[["behavior","V2HorizontalPodAutoscalerBehavior"],["maxReplicas","number","int32"],["metrics","Array<V2MetricSpec>"],["minReplicas","number","int32"],["scaleTargetRef","V2CrossVersionObjectReference"]],"V2HorizontalPodAutoscalerStatus":[["conditions","Array<V2HorizontalPodAutoscalerCondition>"],["currentMetrics","Array<V2MetricStatus>"],["currentReplicas","number","int32"],["desiredReplicas","number","int32"],["lastScaleTime","Date","date-time"],["observedGeneration","number","int64"]],"V2MetricIdentifier":[["name","string"],["selector","V1LabelSelector"]],"V2MetricSpec":[["containerResource","V2ContainerResourceMetricSource"],["external","V2ExternalMetricSource"],["object","V2ObjectMetricSource"],["pods","V2PodsMetricSource"],["resource","V2ResourceMetricSource"],["type","string"]],"V2MetricStatus":[["containerResource","V2ContainerResourceMetricStatus"],["external","V2ExternalMetricStatus"],["object","V2ObjectMetricStatus"],["pods","V2PodsMetricStatus"],["resource","V2ResourceMetricStatus"],["type","string"]],"V2MetricTarget":[["averageUtilization","number","int32"],["averageValue","string"],["type","string"],["value","string"]],"V2MetricValueStatus":[["averageUtilization","number","int32"],["averageValue","string"],["value","string"]],"V2ObjectMetricSource":[["describedObject","V2CrossVersionObjectReference"],["metric","V2MetricIdentifier"],["target","V2MetricTarget"]],"V2ObjectMetricStatus":[["current","V2MetricValueStatus"],["describedObject","V2CrossVersionObjectReference"],["metric","V2MetricIdentifier"]],"V2PodsMetricSource":[["metric","V2MetricIdentifier"],["target","V2MetricTarget"]],"V2PodsMetricStatus":[["current","V2MetricValueStatus"],["metric","V2MetricIdentifier"]],"V2ResourceMetricSource":[["name","string"],["target","V2MetricTarget"]],"V2ResourceMetricStatus":[["current","V2MetricValueStatus"],["name","string"]],"VersionInfo":[["buildDate","string"],["compiler","string"],["emulationMajor","string"],["emulationMinor","string"],["gitCommit","string"],["gitTreeState","string"],["gitVersion","string"],["goVersion","string"],["major","string"],["minCompatibilityMajor","string"],["minCompatibilityMinor","string"],["minor","string"],["platform","string"]]}');
;// CONCATENATED MODULE: ./src/validate/schema.ts






const schemas = new Map(Object.entries(kubernetes_schemas_namespaceObject));
const modelCache = new Map();
function modelFor(typeName) {
    const cached = modelCache.get(typeName);
    if (cached)
        return cached;
    const attributes = schemas.get(typeName);
    if (!attributes)
        return undefined;
    const model = new Map(attributes.map(([name, type, format = '']) => [name, { type, format }]));
    modelCache.set(typeName, model);
    return model;
}
/** `apps/v1` `Deployment` → `V1Deployment`; `autoscaling/v2` → `V2…`; `v1beta1` → `V1beta1…`. */
function builtInModel(apiVersion, kind) {
    if (!built_in_groups/* BUILT_IN_GROUPS */.M.has((0,model_resource/* groupOf */.F8)(apiVersion)))
        return undefined;
    const version = (0,model_resource/* versionOf */.E4)(apiVersion);
    return modelFor(`${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`);
}
/**
 * Checks a built-in object offline against the Kubernetes OpenAPI model that client-node is generated
 * from (its tables, extracted at build time into kubernetes-schemas.json): unknown fields (with a "did
 * you mean") and wrong types, each at its own line. The API server would reject both (kubectl's fieldValidation=Strict); catching them here saves a round trip and
 * works on pull requests from forks, which have no cluster.
 */
function checkBuiltInSchema(resource) {
    const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object);
    const kind = (0,model_resource/* kindOf */.I)(resource.object);
    if (!apiVersion || !kind || !built_in_groups/* BUILT_IN_GROUPS */.M.has((0,model_resource/* groupOf */.F8)(apiVersion)))
        return [];
    const model = builtInModel(apiVersion, kind);
    if (!model) {
        return [
            (0,finding/* errorAt */.Os)(resource.locate(['apiVersion']), 'unknown-kind', `${apiVersion} has no kind ${kind}; check apiVersion and kind (e.g. kubectl api-resources)`),
        ];
    }
    const findings = [];
    checkObject(resource.object, model, [], resource, findings);
    return findings;
}
function checkObject(value, model, path, resource, findings) {
    for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        const attribute = model.get(key);
        if (!attribute) {
            const suggestion = (0,app/* suggest */.ZA)(key, [...model.keys()]);
            const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
            findings.push((0,finding/* errorAt */.Os)(resource.locate(childPath), 'unknown-field', `unknown field "${(0,origin/* formatPath */.jV)(childPath)}"${hint}`));
            continue;
        }
        if (child === null)
            continue;
        checkValue(child, attribute.type, attribute.format, childPath, resource, findings);
    }
}
function checkValue(value, type, format, path, resource, findings) {
    const wrongType = (expected) => findings.push((0,finding/* errorAt */.Os)(resource.locate(path), 'wrong-type', `${(0,origin/* formatPath */.jV)(path)} must be ${expected}, not ${describe(value, (0,model_resource/* kindOf */.I)(resource.object) !== 'Secret')}`));
    const array = /^Array<(.+)>$/.exec(type);
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
    if (array?.[1]) {
        if (!Array.isArray(value))
            return wrongType('a list');
        value.forEach((item, index) => {
            if (item !== null)
                checkValue(item, array[1] ?? '', '', [...path, index], resource, findings);
        });
    }
    else if (map?.[1]) {
        if (!(0,model_resource/* isRecord */.u4)(value))
            return wrongType('a map');
        for (const [key, item] of Object.entries(value)) {
            // Quantities (`cpu: 1`) are strings in the model, but the API server reads plain numbers too.
            if (map[1] === 'string' && typeof item === 'number')
                continue;
            if (item !== null)
                checkValue(item, map[1], '', [...path, key], resource, findings);
        }
    }
    else if (type === 'string' || type === 'Date') {
        // A string with a byte format is base64 (Secret data is a map of them, handled above).
        if (typeof value !== 'string')
            return wrongType(format === 'date-time' ? 'a timestamp string' : 'a string');
    }
    else if (type === 'number') {
        if (typeof value !== 'number')
            return wrongType(format.startsWith('int') ? 'an integer' : 'a number');
        if (format.startsWith('int') && !Number.isInteger(value))
            return wrongType('an integer');
    }
    else if (type === 'boolean') {
        if (typeof value !== 'boolean')
            return wrongType('true or false');
    }
    else if (type === 'IntOrString') {
        if (typeof value !== 'number' && typeof value !== 'string')
            return wrongType('an integer or a string');
    }
    else if (type !== 'any' && type !== 'object') {
        const model = modelFor(type);
        if (!model)
            return;
        if (!(0,model_resource/* isRecord */.u4)(value))
            return wrongType('a map');
        checkObject(value, model, path, resource, findings);
    }
}
function describe(value, showValue) {
    if (Array.isArray(value))
        return 'a list';
    if ((0,model_resource/* isRecord */.u4)(value))
        return 'a map';
    if (!showValue)
        return `a ${typeof value}`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/validate/sops.ts


/** SOPS writes this metadata next to the values it encrypted (`ENC[AES256_GCM,…]`). */
function isSopsEncrypted(object) {
    const sops = object.sops;
    return (0,model_resource/* isRecord */.u4)(sops) && ('mac' in sops || 'lastmodified' in sops || 'version' in sops);
}
/**
 * A SOPS-encrypted built-in object (a Secret, a ConfigMap) cannot be applied as it is in git: the API
 * server would refuse the `sops` field, or store ciphertext as the values. Flux decrypts these with a key
 * in the cluster; kubesync has no such key, so it says what to do instead. Custom resources that a
 * controller decrypts in the cluster (a SopsSecret, a SealedSecret) pass through untouched.
 */
function checkSopsEncrypted(resource) {
    const { object } = resource;
    if (!isSopsEncrypted(object) || (0,model_resource/* apiVersionOf */.uO)(object) !== 'v1')
        return [];
    return [
        (0,finding/* errorAt */.Os)(resource.locate(['sops']), 'sops-encrypted', `this ${(0,model_resource/* kindOf */.I)(object) ?? 'object'} is SOPS-encrypted, and kubesync applies manifests as they are in git with no key to decrypt them: decrypt it in a workflow step before kubesync (sops --decrypt --in-place <file>, with the key from a secret), or commit a SopsSecret or SealedSecret that a controller in the cluster decrypts`),
    ];
}

// EXTERNAL MODULE: ./src/manifests/sync-options.ts
var sync_options = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/manifests/wait-for.ts
var wait_for = __webpack_require__(33011);
;// CONCATENATED MODULE: ./src/validate/wait-for.ts



/** A `kubesync.io/wait-for` that does not read as `kubectl wait --for` would take it, on its line. */
function checkWaitFor(resource) {
    const parsed = (0,wait_for/* waitForOf */.aj)(resource.object);
    if (!parsed || !('problem' in parsed))
        return [];
    return [
        (0,finding/* errorAt */.Os)(resource.locate(['metadata', 'annotations', wait_for/* WAIT_FOR_ANNOTATION */.Cc]), 'wait-for', `${(0,model_resource/* describeObject */.v8)(resource.object)}: ${wait_for/* WAIT_FOR_ANNOTATION */.Cc}: ${parsed.problem}`),
    ];
}

;// CONCATENATED MODULE: ./src/validate/validate.ts









/**
 * Every offline check of the loaded objects, in one sorted list. Identity problems and SOPS encryption stop the other
 * checks for that object: a document without a kind has no schema to check against, and an encrypted
 * one no values to check. `source` words the advice for where the objects came from (an Application,
 * plain YAML, kustomize or Helm). Custom resources are checked against `customResources`, the CRDs of
 * the same manifests (customResourceSchemasOf).
 */
function validateResources(resources, settings, source = 'kubernetes', customResources) {
    const scopes = new scope/* ScopeCatalog */.K(resources);
    const findings = [];
    for (const resource of resources) {
        // An object kubesync cannot read as it is gets one finding saying why, not one per field.
        const unreadable = [...(0,identity/* checkIdentity */.Z0)(resource), ...checkSopsEncrypted(resource)];
        findings.push(...unreadable);
        if (unreadable.length > 0)
            continue;
        // A kind or version Kubernetes does not serve has no schema either: one finding, not the schema's too.
        // Argo CD's Validate=false skips the schema check for that object.
        const unserved = (0,api_versions/* checkApiVersion */.d)(resource);
        findings.push(...unserved);
        if (unserved.length === 0 && !(0,sync_options/* skipsValidation */.UL)(resource.object))
            findings.push(...checkBuiltInSchema(resource), ...(customResources?.check(resource) ?? []));
        findings.push(...checkPolicy(resource, scopes, settings, source), ...checkWaitFor(resource));
    }
    findings.push(...(0,identity/* checkDuplicates */.$T)(resources, scopes, settings.namespace));
    return (0,finding/* sortFindings */.Tc)(findings);
}

;// CONCATENATED MODULE: ./src/app/commands/validate.ts







/**
 * load → render → validate: everything that can be known without a cluster. The values of every Secret
 * in the manifests are registered for redaction before anything is reported. `offline`: no cluster
 * will check what validation cannot (custom resources of groups no CRD here defines), so say so.
 */
async function validateManifests(settings, secrets, { offline = false } = {}) {
    const loaded = await postRender(await (0,load/* loadManifests */.DD)(settings), settings, { secrets });
    for (const { object } of loaded.resources)
        (0,redact/* registerSecretData */.aI)(secrets, object);
    return (0,validation_result/* withFindings */.$)({ loaded, findings: [] }, [
        ...loaded.findings,
        ...validateResources(loaded.resources, settings, loaded.type, await customResourceSchemasOf(loaded.resources)),
        ...(offline ? (0,api_versions/* noteUncheckedGroups */.h)(loaded.resources) : []),
    ]);
}


/***/ }),

/***/ 11938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DISPATCH_COMMANDS)
/* harmony export */ });
/**
 * The event types of `repository_dispatch` that kubesync acts on, and the command each runs. A module
 * of its own, so that the CLI's render and validate, which read the trigger table, do not build the
 * payload's zod schema.
 */
const DISPATCH_COMMANDS = {
    'kubesync-sync': 'apply',
    'kubesync-plan': 'plan',
};


/***/ }),

/***/ 46381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ commandForEvent),
/* harmony export */   n: () => (/* binding */ releaseTagOf)
/* harmony export */ });
/* harmony import */ var _dispatch_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11938);

/** `command: auto` picks the command from the event that started the workflow (DESIGN.md, triggers). */
function commandForEvent(command, eventName, dispatchType) {
    if (command !== 'auto')
        return command;
    switch (eventName) {
        case 'push':
        case 'workflow_dispatch':
        case 'deployment':
            return 'apply';
        case 'repository_dispatch':
            return (dispatchType && _dispatch_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .DISPATCH_COMMANDS */ .W[dispatchType]) || 'validate';
        case 'pull_request':
        case 'pull_request_target':
        case 'merge_group':
        case 'schedule':
        case undefined:
        case '':
            return 'plan';
        default:
            return 'validate';
    }
}
/** `refs/tags/v1.4.2` → `v1.4.2`: a release deploy takes its image tag from the git tag. */
function releaseTagOf(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}


/***/ }),

/***/ 29170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ messageOf),
  runApp: () => (/* binding */ runApp)
});

// EXTERNAL MODULE: ./src/app/commands/validate.ts + 12 modules
var validate = __webpack_require__(81341);
// EXTERNAL MODULE: ./src/github/github-unavailable.ts
var github_unavailable = __webpack_require__(29303);
// EXTERNAL MODULE: ./src/model/deploy-windows.ts
var deploy_windows = __webpack_require__(11110);
;// CONCATENATED MODULE: ./src/app/deploy-window-gate.ts


/** The label on a merged pull request that lets its apply through outside the deploy windows. */
const OVERRIDE_WINDOW_LABEL = 'kubesync/override-window';
/** The workflow_dispatch input that does the same for a run started by hand. */
const OVERRIDE_WINDOW_INPUT = 'override-window';
/**
 * Whether an apply of the app may run now, under the workflow's deploy-windows: outside them only with
 * an override, which names the person. The clock is the runtime's, so tests fix it.
 */
async function deployWindowGate(settings, run, runtime) {
    const closed = windowsClosed(settings, runtime);
    if (!closed)
        return { kind: 'open' };
    const by = await overrideOf(run, runtime);
    return by ? { kind: 'overridden', by } : { kind: 'refused', message: `apply refused: ${closed}` };
}
/** Why the environment's windows are closed now, with the next opening; undefined while they are open. */
function windowsClosed(settings, runtime) {
    const windows = (0,deploy_windows/* windowsOf */.R5)(settings.deployment.windows, settings.environment);
    const verdict = (0,deploy_windows/* evaluateWindows */.NP)(windows, runtime.now?.() ?? new Date());
    if (verdict.allowed)
        return undefined;
    const target = settings.environment ? `environment ${settings.environment}` : 'this app';
    const zone = windows[0]?.timeZone ?? 'UTC';
    const next = verdict.nextOpening
        ? `the next opening is ${(0,deploy_windows/* formatOpening */.Gd)(verdict.nextOpening, zone)}`
        : 'no window opens within a year';
    return `${target} is outside its deploy windows (${verdict.reason}); ${next}. To deploy now, label the merged pull request ${OVERRIDE_WINDOW_LABEL}, or run the workflow by hand with the input ${OVERRIDE_WINDOW_INPUT}: true`;
}
/** Who let the apply through: the dispatch's sender, or the merger of a pull request carrying the label. */
async function overrideOf(run, runtime) {
    const who = run.sender ? `@${run.sender}` : 'an unnamed user';
    if (run.eventName === 'workflow_dispatch') {
        const value = run.workflowInputs?.[OVERRIDE_WINDOW_INPUT];
        return value === true || value === 'true'
            ? `${who} (workflow_dispatch input ${OVERRIDE_WINDOW_INPUT})`
            : undefined;
    }
    const github = run.repository ? runtime.github?.records : undefined;
    if (run.eventName !== 'push' || !github)
        return undefined;
    try {
        const pull = (await github.pullRequestsOf(run.sha)).find((candidate) => candidate.mergedAs === run.sha && candidate.labels.includes(OVERRIDE_WINDOW_LABEL));
        return pull ? `${who} (label ${OVERRIDE_WINDOW_LABEL} on pull request #${pull.number})` : undefined;
    }
    catch (error) {
        if (!(0,github_unavailable/* isGitHubUnavailable */.Ww)(error))
            throw error;
        runtime.log.warning(`${error.problem}: the merged pull request's labels could not be read, so no ${OVERRIDE_WINDOW_LABEL} was found; ${error.check}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/app/stack-trace.ts
var stack_trace = __webpack_require__(61063);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/app/run-app.ts





/**
 * The one switch over commands: runs one app and records it (the plan's comment and status, the
 * apply's statuses and Deployment), and says what it came to. A failure is an outcome too, so that
 * one app's failure never stops the others.
 */
async function runApp(command, settings, runtime, context) {
    const label = settings.app || settings.manifest;
    const { environment } = settings;
    try {
        switch (command) {
            case 'validate': {
                const validation = await (0,validate/* validateManifests */.T)(settings, runtime.secrets, { offline: true });
                return { kind: 'validated', label, environment, settings, validation };
            }
            case 'render': {
                const { renderManifests } = await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.bind(__webpack_require__, 25764));
                const result = await renderManifests(settings, runtime.secrets);
                return { kind: 'rendered', label, environment, settings, result };
            }
            case 'rbac': {
                const { runRbac } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(941), __webpack_require__.e(192), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 55908));
                const result = await runRbac(settings, runtime.secrets);
                return { kind: 'rbac', label, environment, settings, result };
            }
            case 'promote': {
                const { runPromote } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(788), __webpack_require__.e(941), __webpack_require__.e(495), __webpack_require__.e(192), __webpack_require__.e(162), __webpack_require__.e(265)]).then(__webpack_require__.bind(__webpack_require__, 85265));
                const result = await runPromote(settings, context.run, runtime);
                return { kind: 'promoted', label: result.app, environment: result.to, result };
            }
            case 'plan': {
                const [{ planAndRecord, shouldSelfHeal, healing }, { applyAndRecord }] = await Promise.all([
                    Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(788), __webpack_require__.e(941), __webpack_require__.e(495), __webpack_require__.e(192), __webpack_require__.e(162), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 65552)),
                    Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(788), __webpack_require__.e(941), __webpack_require__.e(495), __webpack_require__.e(192), __webpack_require__.e(162), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 53760)),
                ]);
                const provenance = await context.provenance(context.run);
                const { result, driftIssue } = await planAndRecord(settings, context.run, provenance, runtime);
                const closed = windowsClosed(settings, runtime);
                const refusal = closed && `an apply now would be refused: ${closed}`;
                if (refusal)
                    runtime.log.warning(refusal);
                if (refusal || !shouldSelfHeal(settings, context.run, result))
                    return { kind: 'planned', label: result.app, environment, settings, result, refusal, driftIssue };
                runtime.log.info('self-heal: the cluster drifted from this commit; applying it');
                const healed = await context.cancellation.withCleanup(() => applyAndRecord(healing(settings), provenance, runtime, context, undefined, { healing: true }));
                // A heal that failed leaves the drift issue the plan opened: the fleet view links it still.
                const recorded = { ...healed.recorded, driftIssue: healed.recorded.driftIssue ?? driftIssue };
                return { ...healed, recorded, healed: result };
            }
            case 'apply': {
                const gate = await deployWindowGate(settings, context.run, runtime);
                if (gate.kind === 'refused')
                    return { kind: 'failed', label, environment, message: gate.message };
                const windowOverride = gate.kind === 'overridden' ? gate.by : undefined;
                if (windowOverride)
                    runtime.log.warning(`outside the deploy windows: let through by ${windowOverride}`);
                const { applyAndRecord } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(788), __webpack_require__.e(941), __webpack_require__.e(495), __webpack_require__.e(192), __webpack_require__.e(162), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 53760));
                const provenance = await context.provenance(context.run);
                const applied = await context.cancellation.withCleanup(() => applyAndRecord(settings, provenance, runtime, context, windowOverride));
                return windowOverride ? { ...applied, windowOverride } : applied;
            }
        }
    }
    catch (error) {
        return { kind: 'failed', label, environment, message: messageOf(error) };
    }
}
/** A person can act on these messages; a stack trace is for kubesync's bugs only. */
function messageOf(error) {
    return (0,errors/* isUserError */.i)(error) || (0,github_unavailable/* isGitHubUnavailable */.Ww)(error) ? error.message : (0,stack_trace/* readableStack */.x)(error);
}


/***/ }),

/***/ 29303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ tryRecord),
/* harmony export */   Ww: () => (/* binding */ isGitHubUnavailable),
/* harmony export */   kx: () => (/* binding */ GitHubUnavailable),
/* harmony export */   pW: () => (/* binding */ permissionsCheck)
/* harmony export */ });
/* harmony import */ var _model_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70247);

// Free of Octokit: a command that never talks to GitHub (validate, render) still tells its failures apart.
/**
 * GitHub did not do what was asked: it could not be reached (DNS, TLS, connection, timeout), kept
 * failing (5xx past the retries), or refused the token (`refused`: 401, 403, 404 and other final
 * answers). The message is one line: what happened, and what to check.
 */
class GitHubUnavailable extends Error {
    problem;
    check;
    kind;
    permission;
    name = 'GitHubUnavailable';
    constructor(
    /** What happened: `GitHub's API at <url> could not be reached (getaddrinfo ENOTFOUND …)`. */
    problem, 
    /** What to check, starting with a verb: `check GITHUB_API_URL and the runner's network`. */
    check, kind, 
    /** The permission the token lacks, when GitHub answered 403 or 404. */
    permission) {
        super(`${problem}; ${check}`);
        this.problem = problem;
        this.check = check;
        this.kind = kind;
        this.permission = permission;
    }
}
/** What to do about a token that lacks these permissions. */
function permissionsCheck(permissions) {
    const quoted = permissions.map((permission) => `"${permission}"`);
    return `the github-token needs ${(0,_model_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .listed */ .K)(quoted)}: add ${quoted.length > 1 ? 'them' : 'it'} under permissions: in the workflow`;
}
function isGitHubUnavailable(error) {
    return error instanceof GitHubUnavailable;
}
/**
 * Runs one write of a record. When GitHub cannot be reached, the record is missing and nothing else:
 * the answer is a warning naming it, never a failure. A refusal is thrown on.
 */
async function tryRecord(what, write) {
    try {
        await write();
        return undefined;
    }
    catch (error) {
        if (!isGitHubUnavailable(error) || error.kind !== 'unreachable')
            throw error;
        return `could not record ${what} on GitHub: ${error.message}`;
    }
}


/***/ }),

/***/ 11457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ BUILT_IN_GROUPS)
/* harmony export */ });
/** The API groups whose kinds are built into Kubernetes (not served by a CRD). */
const BUILT_IN_GROUPS = new Set([
    '',
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'networking.k8s.io',
    'rbac.authorization.k8s.io',
    'storage.k8s.io',
    'scheduling.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'node.k8s.io',
    'certificates.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'admissionregistration.k8s.io',
    'flowcontrol.apiserver.k8s.io',
    'events.k8s.io',
    'resource.k8s.io',
]);


/***/ }),

/***/ 64306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ lstat),
/* harmony export */   Cy: () => (/* binding */ readdir),
/* harmony export */   Kz: () => (/* binding */ realpath),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   jV: () => (/* binding */ mkdtemp),
/* harmony export */   rm: () => (/* binding */ rm)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The file calls that reading manifests makes, as node:fs/promises names them. The reads (lstat,
 * readdir, readFile, realpath, stat) run synchronously and hand their answer over as a promise:
 * manifests are a few small files, and each asynchronous call would be a round trip through libuv's
 * thread pool (whose threads the first one starts), which costs `kubesync render` more start-up than
 * the reads themselves. While they run, nothing else does: with several apps, another app's requests
 * wait for them, as they would for its parsing. node:fs/promises itself would load nine more built-in modules (its file handles
 * bring readline along). realpath is the native one, as in node:fs/promises.
 */
const lstat = (file) => settled(() => node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(file));
const readdir = (folder) => settled(() => node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(folder));
const readFile = (file, encoding) => settled(() => node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, encoding));
const realpath = (file) => settled(() => node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(file));
const stat = (file) => settled(() => node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file));
// Writes and the temporary folder of kustomize's wrapper: rare, and left to the thread pool.
const mkdtemp = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdtemp));
const rm = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().rm));
const writeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFile));
/** A synchronous call as a promise: what it returns resolves it, what it throws rejects it. */
function settled(call) {
    return new Promise((resolve) => resolve(call()));
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

/***/ 19247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ findValues),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   UK: () => (/* binding */ JsonPathError),
/* harmony export */   i8: () => (/* binding */ parseKubeJsonPath)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

class JsonPathError extends Error {
}
const SUPPORTED = 'kubesync reads fields (.status.phase), quoted keys ([\'app.kubernetes.io/name\']), [index], [*] and filters ([?(@.type=="Ready")])';
/** Parses a path as `kubectl wait --for=jsonpath=` takes it; throws a JsonPathError saying what is wrong. */
function parseKubeJsonPath(text) {
    const relaxed = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(text.trim());
    const inner = relaxed?.[1] ?? relaxed?.[2];
    if (inner === undefined)
        throw new JsonPathError(`"${text}" is not a path: write it as {.status.phase} (one pair of braces around fields joined by dots)`);
    const reader = new Reader(`.${inner}`);
    const steps = reader.steps();
    if (!reader.done())
        throw new JsonPathError(`unexpected "${reader.rest()}" in ${text}; ${SUPPORTED}`);
    return { text, steps };
}
class Reader {
    source;
    at = 0;
    constructor(source) {
        this.source = source;
    }
    done() {
        return this.at >= this.source.length;
    }
    rest() {
        return this.source.slice(this.at);
    }
    /** Steps until the end, or until a character that cannot start one (`)` or an operator in a filter). */
    steps() {
        const steps = [];
        for (;;) {
            const next = this.source[this.at];
            if (next === '.') {
                if (this.source[this.at + 1] === '.')
                    throw new JsonPathError(`recursive descent (..) is not supported; ${SUPPORTED}`);
                this.at += 1;
                if (this.source[this.at] === '*')
                    throw new JsonPathError(`.* is not supported: write [*]`);
                steps.push({ step: 'field', name: this.fieldName() });
            }
            else if (next === '[') {
                steps.push(this.bracket());
            }
            else {
                return steps;
            }
        }
    }
    fieldName() {
        let name = '';
        while (!this.done()) {
            const char = this.source[this.at];
            if (char === '\\' && this.source[this.at + 1] === '.') {
                name += '.';
                this.at += 2;
                continue;
            }
            if ('.[](){}=!<>,\'" \t'.includes(char))
                break;
            name += char;
            this.at += 1;
        }
        if (name === '')
            throw new JsonPathError(`a field name is missing at "${this.rest()}"`);
        return name;
    }
    bracket() {
        const close = this.closingBracket();
        const body = this.source.slice(this.at + 1, close).trim();
        const inside = new Reader(body);
        this.at = close + 1;
        if (body === '*')
            return { step: 'all' };
        if (/^-?\d+$/.test(body))
            return { step: 'index', index: Number(body) };
        const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(body);
        if (quoted)
            return { step: 'field', name: quoted[1] ?? quoted[2] ?? '' };
        if (body.startsWith('?(') && body.endsWith(')'))
            return { step: 'filter', filter: inside.filter() };
        if (body.includes(':'))
            throw new JsonPathError(`slices ([${body}]) are not supported; ${SUPPORTED}`);
        if (body.includes(','))
            throw new JsonPathError(`unions ([${body}]) are not supported; ${SUPPORTED}`);
        throw new JsonPathError(`[${body}] is not supported; ${SUPPORTED}`);
    }
    /** The `]` closing the `[` at the cursor, skipping brackets and quotes inside a filter. */
    closingBracket() {
        let depth = 0;
        let quote;
        for (let index = this.at; index < this.source.length; index += 1) {
            const char = this.source[index];
            if (quote) {
                if (char === quote)
                    quote = undefined;
            }
            else if (char === '"' || char === "'")
                quote = char;
            else if (char === '[')
                depth += 1;
            else if (char === ']' && --depth === 0)
                return index;
        }
        throw new JsonPathError(`a [ is not closed in "${this.source.slice(this.at)}"`);
    }
    /** `?(@.type == "Ready")`, the reader positioned at `?`. */
    filter() {
        const body = this.source.slice(2, -1).trim();
        if (!body.startsWith('@'))
            throw new JsonPathError(`a filter starts with @ (the element), as [?(@.type=="Ready")]: "${body}"`);
        const reader = new Reader(body.slice(1));
        const path = reader.steps();
        const rest = reader.rest().trim();
        if (rest === '')
            return { path };
        const comparison = /^(==|!=|<=|>=|<|>)\s*(.+)$/.exec(rest);
        if (!comparison)
            throw new JsonPathError(`the filter [?(${body})] compares with ==, !=, <, <=, > or >=, as [?(@.type=="Ready")]`);
        return {
            path,
            operator: comparison[1],
            literal: literalOf(comparison[2].trim(), body),
        };
    }
}
function literalOf(text, filter) {
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);
    if (quoted)
        return quoted[1] ?? quoted[2] ?? '';
    if (/^-?\d+(\.\d+)?$/.test(text))
        return Number(text);
    if (text === 'true' || text === 'false')
        return text === 'true';
    throw new JsonPathError(`the filter [?(${filter})] compares with ${text}: quote a string ("Ready"), or give a number or true/false`);
}
/** The values a path finds in an object; a missing field finds nothing (kubectl's AllowMissingKeys). */
function findValues(path, root) {
    const steps = 'steps' in path ? path.steps : path;
    let values = [root];
    for (const step of steps)
        values = values.flatMap((value) => apply(step, value));
    return values;
}
function apply(step, value) {
    switch (step.step) {
        case 'field':
            return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) && step.name in value ? [value[step.name]] : [];
        case 'index': {
            if (!Array.isArray(value))
                return [];
            const index = step.index < 0 ? value.length + step.index : step.index;
            return index >= 0 && index < value.length ? [value[index]] : [];
        }
        case 'all':
            if (Array.isArray(value))
                return value;
            return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? Object.keys(value).map((key) => value[key]) : [];
        case 'filter':
            return Array.isArray(value) ? value.filter((element) => matches(step.filter, element)) : [];
    }
}
function matches(filter, element) {
    const found = findValues(filter.path, element);
    if (filter.operator === undefined)
        return found.length > 0;
    return found.some((value) => compare(value, filter.operator, filter.literal));
}
function compare(value, operator, literal) {
    if (operator === '==' || operator === '!=') {
        const equal = typeof value === typeof literal && value === literal;
        return operator === '==' ? equal : !equal;
    }
    if (typeof value !== 'number' || typeof literal !== 'number')
        return false;
    if (operator === '<')
        return value < literal;
    if (operator === '<=')
        return value <= literal;
    if (operator === '>')
        return value > literal;
    return value >= literal;
}
/** A found value as kubectl prints it for the comparison (Go's %v of a JSON scalar). */
function formatValue(value) {
    if (value === null)
        return '<nil>';
    return typeof value === 'string' ? value : String(value);
}


/***/ }),

/***/ 53537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xH: () => (/* binding */ APP_FILE),
  DD: () => (/* binding */ loadManifests),
  Rd: () => (/* binding */ withTag)
});

// EXTERNAL MODULE: ./src/manifests/image-reference.ts
var image_reference = __webpack_require__(7499);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/manifests/app.ts + 1 modules
var manifests_app = __webpack_require__(60901);
// EXTERNAL MODULE: ./src/model/resource.ts
var resource = __webpack_require__(27813);
;// CONCATENATED MODULE: ./src/manifests/app-render.ts


const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const NAME_LABEL = 'app.kubernetes.io/name';
/** The Secret that holds an app's Doppler-sourced values, one key per environment variable. */
function dopplerSecretName(appName) {
    return `${appName}-doppler`;
}
/**
 * Renders an Application to the Kubernetes objects that run it. Each object locates its fields back in
 * the Application file, so a finding on a rendered Deployment points at the line of pipeops.yaml.
 */
function renderApplication(app, origins, options) {
    const { name } = app.metadata;
    const spec = app.spec;
    const labels = { [NAME_LABEL]: name, [MANAGED_BY_LABEL]: 'kubesync', ...app.metadata.labels };
    const metadata = { name, labels };
    const port = spec.network?.port;
    const autoscaled = spec.autoscale?.enabled === true;
    const resources = [];
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
            // With an HPA the replica count belongs to it; kubesync setting it too would undo every scale.
            ...(autoscaled ? {} : { replicas: spec.deploy?.replicas ?? 1 }),
            selector: { matchLabels: { [NAME_LABEL]: name } },
            strategy: { type: spec.deploy?.strategy === 'recreate' ? 'Recreate' : 'RollingUpdate' },
            template: {
                metadata: { labels: { ...app.metadata.labels, [NAME_LABEL]: name } },
                spec: {
                    containers: [
                        {
                            name,
                            image: options.image,
                            ...(port ? { ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }] } : {}),
                            ...(spec.env?.length ? { env: spec.env.map((env) => renderEnvVar(env, name)) } : {}),
                            ...renderResources(spec.resources),
                        },
                    ],
                },
            },
        },
    };
    const container = ['spec', 'template', 'spec', 'containers', 0];
    resources.push((0,resource/* resourceAt */.eE)(deployment, locator(origins, [
        [
            [...container, 'image'],
            ['spec', 'image'],
        ],
        [
            [...container, 'env'],
            ['spec', 'env'],
        ],
        [
            [...container, 'resources'],
            ['spec', 'resources'],
        ],
        [
            [...container, 'ports'],
            ['spec', 'network', 'port'],
        ],
        [
            ['spec', 'replicas'],
            ['spec', 'deploy', 'replicas'],
        ],
        [
            ['spec', 'strategy'],
            ['spec', 'deploy', 'strategy'],
        ],
    ])));
    const dopplerSecret = renderDopplerSecret(app, origins, metadata);
    if (dopplerSecret)
        resources.push(dopplerSecret);
    if (port) {
        const service = {
            apiVersion: 'v1',
            kind: 'Service',
            metadata,
            spec: {
                type: 'ClusterIP',
                selector: { [NAME_LABEL]: name },
                ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }],
            },
        };
        resources.push((0,resource/* resourceAt */.eE)(service, locator(origins, [[['spec'], ['spec', 'network', 'port']]])));
    }
    if (autoscaled && spec.autoscale) {
        const { minReplicas, maxReplicas, targetCPU } = spec.autoscale;
        const hpa = {
            apiVersion: 'autoscaling/v2',
            kind: 'HorizontalPodAutoscaler',
            metadata,
            spec: {
                scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
                minReplicas: minReplicas ?? spec.deploy?.replicas ?? 1,
                maxReplicas,
                metrics: [
                    {
                        type: 'Resource',
                        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: targetCPU ?? 80 } },
                    },
                ],
            },
        };
        resources.push((0,resource/* resourceAt */.eE)(hpa, locator(origins, [[['spec'], ['spec', 'autoscale']]])));
    }
    const domains = spec.network?.domains ?? [];
    if (spec.network?.public && port && domains.length > 0) {
        const ingress = {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'Ingress',
            metadata,
            spec: {
                ...(options.ingressClass ? { ingressClassName: options.ingressClass } : {}),
                tls: domains.map((host) => ({ hosts: [host], secretName: tlsSecretName(name, host) })),
                rules: domains.map((host) => ({
                    host,
                    http: {
                        paths: [
                            { path: '/', pathType: 'Prefix', backend: { service: { name, port: { name: 'http' } } } },
                        ],
                    },
                })),
            },
        };
        resources.push((0,resource/* resourceAt */.eE)(ingress, locator(origins, [
            [
                ['spec', 'rules'],
                ['spec', 'network', 'domains'],
            ],
            [
                ['spec', 'tls'],
                ['spec', 'network', 'domains'],
            ],
            [['spec'], ['spec', 'network']],
        ])));
    }
    return resources;
}
/**
 * The Secret the Doppler-sourced variables read, without data: its values are fetched at apply time,
 * and only `valueSources` says where each comes from.
 */
function renderDopplerSecret(app, origins, metadata) {
    const sources = {};
    const lines = [];
    (app.spec.env ?? []).forEach((env, index) => {
        if (typeof env.valueFrom !== 'string' || !(0,manifests_app/* parseDopplerRef */.bX)(env.valueFrom))
            return;
        sources[env.name] = env.valueFrom;
        lines.push([
            ['data', env.name],
            ['spec', 'env', index, 'valueFrom'],
        ]);
    });
    if (lines.length === 0)
        return undefined;
    const secret = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { ...metadata, name: dopplerSecretName(app.metadata.name) },
        type: 'Opaque',
    };
    return {
        ...(0,resource/* resourceAt */.eE)(secret, locator(origins, [...lines, [['data'], ['spec', 'env']]])),
        valueSources: sources,
    };
}
function renderEnvVar(env, appName) {
    if (env.value !== undefined)
        return { name: env.name, value: env.value };
    if (typeof env.valueFrom === 'string' && (0,manifests_app/* parseDopplerRef */.bX)(env.valueFrom)) {
        return {
            name: env.name,
            valueFrom: { secretKeyRef: { name: dopplerSecretName(appName), key: env.name } },
        };
    }
    if (typeof env.valueFrom === 'object') {
        const { name, key } = env.valueFrom.secretRef;
        return { name: env.name, valueFrom: { secretKeyRef: { name, key } } };
    }
    return { name: env.name };
}
function renderResources(resources) {
    if (!resources || (resources.cpu === undefined && resources.memory === undefined))
        return {};
    const amounts = {};
    if (resources.cpu !== undefined)
        amounts.cpu = resources.cpu;
    if (resources.memory !== undefined)
        amounts.memory = resources.memory;
    return { resources: { requests: { ...amounts }, limits: { ...amounts } } };
}
/** One TLS Secret per host, named after the app and the host so that hosts never share a certificate. */
function tlsSecretName(appName, host) {
    const slug = host.replace(/^\*\./, 'wildcard.').replace(/[^a-z0-9.-]/g, '-');
    return `${appName}-${slug}-tls`.slice(0, 253).replace(/[.-]+$/, '');
}
/**
 * Maps a rendered object's field paths to the Application's, longest prefix first, so that e.g.
 * `spec.template.spec.containers[0].env[2]` points at `spec.env[2]` in pipeops.yaml.
 */
function locator(origins, mapping) {
    const sorted = [...mapping].sort((a, b) => b[0].length - a[0].length);
    return (path) => {
        for (const [rendered, source] of sorted) {
            if (rendered.every((part, index) => String(path[index]) === String(part))) {
                return origins.locate([...source, ...path.slice(rendered.length)]);
            }
        }
        return origins.locate(['metadata', 'name']);
    };
}

// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
;// CONCATENATED MODULE: ./src/manifests/overlay.ts


/**
 * Lays an environment's document over the base one: maps merge key by key, lists and scalars replace,
 * and `null` removes a key. Each value keeps the origin of the file it came from, so a finding on a
 * merged field points into base or into the environment file, wherever the value was written.
 */
function mergeOverlay(base, overlay) {
    const origins = new origin/* OriginMap */.dV(base.origins.documentOrigin);
    for (const [path, origin] of base.origins.entriesUnder([]))
        origins.set(path, origin);
    const replace = (value, path) => {
        origins.deleteUnder(path);
        for (const [subPath, origin] of overlay.origins.entriesUnder(path))
            origins.set([...path, ...subPath], origin);
        return value;
    };
    const merge = (under, over, path) => {
        if (!(0,resource/* isRecord */.u4)(under) || !(0,resource/* isRecord */.u4)(over))
            return replace(over, path);
        const merged = { ...under };
        for (const [key, value] of Object.entries(over)) {
            const childPath = [...path, key];
            if (value === null) {
                delete merged[key];
                origins.deleteUnder(childPath);
            }
            else {
                merged[key] = key in under ? merge(under[key], value, childPath) : replace(value, childPath);
            }
        }
        return merged;
    };
    return { value: merge(base.value, overlay.value, []), origins, index: base.index };
}

// EXTERNAL MODULE: ./src/manifests/yaml.ts + 1 modules
var yaml = __webpack_require__(68488);
;// CONCATENATED MODULE: ./src/manifests/kustomization-sources.ts






const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Refuses a kustomization that would make kustomize read outside the repository: a path that climbs
 * out or goes into .git (kustomize builds a base anywhere on disk), a remote base the workflow does not
 * allow, or `helmCharts` (kustomize would run helm with arguments the kustomization chooses). Local
 * bases and components are checked the same way, recursively. Every problem is named at its line.
 */
async function checkKustomizationSources(workspace, folder, options) {
    const problems = [];
    const visited = new Set();
    const pending = [folder];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
        if (visited.has(current))
            continue;
        visited.add(current);
        const file = KUSTOMIZATION_FILES.map((name) => external_node_path_default().join(current, name)).find((name) => (0,external_node_fs_.existsSync)(name));
        if (!file)
            continue;
        const relativeFile = workspace.relative(file);
        const [document] = (0,yaml/* parseYaml */.h)(relativeFile, await workspace.readManifest(file)).documents;
        if (!document || !(0,resource/* isRecord */.u4)(document.value))
            continue;
        const at = (field) => (0,origin/* formatOrigin */.cp)(document.origins.locate(field));
        if ('helmCharts' in document.value) {
            problems.push(`${at(['helmCharts'])}: helmCharts needs kustomize's --enable-helm, which kubesync does not pass (kustomize would run helm with the release name and arguments this file chooses); render the chart as an app of its own, with manifest: set to the chart's folder`);
        }
        for (const named of namedPaths(document.value)) {
            const problem = problemOf(workspace, current, named, options);
            if (problem)
                problems.push(`${at(named.field)}: ${(0,origin/* formatPath */.jV)(named.field)} "${named.value}" ${problem}`);
            else if (named.kind === 'base') {
                const absolute = external_node_path_default().resolve(current, named.value);
                if ((0,external_node_fs_.existsSync)(absolute) && (0,external_node_fs_.statSync)(absolute).isDirectory())
                    pending.push(absolute);
            }
        }
    }
    if (problems.length > 0)
        throw new errors/* UserError */.y(problems.join('\n'));
}
function problemOf(workspace, folder, named, options) {
    const absolute = external_node_path_default().resolve(folder, named.value);
    const local = (0,external_node_fs_.existsSync)(absolute);
    if (named.kind === 'base' && !local && isRemote(named.value)) {
        return options.allowRemoteSources
            ? undefined
            : 'is a remote source; kubesync renders only what the repository holds unless the workflow allows remote sources. Vendor it into the repository, or set allow-remote-sources: true in the workflow';
    }
    if (!workspace.contains(absolute)) {
        return `leaves the repository (${absolute}); kustomize would read it. Give a path inside the repository`;
    }
    if (workspace.isInGitFolder(absolute)) {
        return "is in the repository's .git folder, which holds the checkout's credentials; give a path outside it";
    }
    return undefined;
}
/**
 * A resource kustomize fetches rather than reads: a URL, a git address, or (as kustomize reads a path
 * that does not exist on disk) one that starts with a host name such as github.com/owner/repo.
 */
function isRemote(value) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^git(::|@)/.test(value))
        return true;
    const [first = ''] = value.split('/');
    return first.includes('.') && first !== '.' && first !== '..' && value.includes('/');
}
/** Every path a kustomization names, with the field it is written in. */
function namedPaths(kustomization) {
    const found = [];
    const add = (field, value, kind) => {
        // An entry holding YAML (an inline patch or plugin configuration) names no file.
        if (typeof value === 'string' && value.trim() && !value.includes('\n'))
            found.push({ field, value, kind });
    };
    const each = (key, kind) => listOf(kustomization[key]).forEach((value, index) => add([key, index], value, kind));
    for (const key of ['resources', 'bases', 'components', 'generators', 'transformers', 'validators']) {
        each(key, 'base');
    }
    for (const key of ['crds', 'configurations', 'patchesStrategicMerge'])
        each(key, 'file');
    for (const key of ['patches', 'patchesJson6902', 'replacements']) {
        listOf(kustomization[key]).forEach((entry, index) => {
            if ((0,resource/* isRecord */.u4)(entry))
                add([key, index, 'path'], entry.path, 'file');
        });
    }
    for (const key of ['configMapGenerator', 'secretGenerator']) {
        listOf(kustomization[key]).forEach((entry, index) => {
            if (!(0,resource/* isRecord */.u4)(entry))
                return;
            listOf(entry.files).forEach((file, fileIndex) => 
            // `key=path` names the key in the generated object, then the file.
            add([key, index, 'files', fileIndex], typeof file === 'string' ? file.replace(/^[^=]*=/, '') : file, 'file'));
            listOf(entry.envs).forEach((env, envIndex) => add([key, index, 'envs', envIndex], env, 'file'));
            add([key, index, 'env'], entry.env, 'file');
        });
    }
    if ((0,resource/* isRecord */.u4)(kustomization.openapi))
        add(['openapi', 'path'], kustomization.openapi.path, 'file');
    if ((0,resource/* isRecord */.u4)(kustomization.helmGlobals)) {
        add(['helmGlobals', 'chartHome'], kustomization.helmGlobals.chartHome, 'file');
    }
    return found;
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/manifests/file-system.ts
var file_system = __webpack_require__(64306);
;// CONCATENATED MODULE: ./src/manifests/kustomize-origins.ts






/** The annotation kustomize's `buildMetadata: [originAnnotations]` writes: the file an object came from. */
const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
/**
 * A kustomization in a temporary folder whose only resource is the user's kustomization, with origin
 * annotations turned on: the user's files stay untouched and the output is the same objects, each
 * annotated with the file it came from (relative to the wrapper's folder).
 */
async function writeOriginWrapper(folder) {
    const dir = await (0,file_system/* realpath */.Kz)(await (0,file_system/* mkdtemp */.jV)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'kubesync-kustomize-')));
    // kustomize refuses absolute paths to a base; a relative one from the temporary folder is fine.
    const base = external_node_path_default().relative(dir, folder).split((external_node_path_default()).sep).join('/');
    await (0,file_system/* writeFile */._h)(external_node_path_default().join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbuildMetadata: [originAnnotations]\nresources:\n  - ${JSON.stringify(base)}\n`);
    return { dir, remove: () => (0,file_system.rm)(dir, { recursive: true, force: true }) };
}
function readOriginAnnotation(object) {
    const text = (0,resource/* annotationOf */.lW)(object, ORIGIN_ANNOTATION);
    if (text === undefined)
        return undefined;
    try {
        const value = (0,dist/* parse */.qg)(text);
        return (0,resource/* isRecord */.u4)(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Removes the origin annotation, which is kubesync's bookkeeping and must not reach the cluster. */
function stripOriginAnnotation(object) {
    const metadata = (0,resource/* metadataOf */.Nk)(object);
    if (!(0,resource/* isRecord */.u4)(metadata.annotations))
        return;
    delete metadata.annotations[ORIGIN_ANNOTATION];
    if (Object.keys(metadata.annotations).length === 0)
        delete metadata.annotations;
}
/**
 * Points rendered objects back at their source files: the document in `path:` that declares the same
 * kind and (before a namePrefix or nameSuffix) name, field by field; a generated ConfigMap or Secret at
 * its generator entry in the kustomization. Anything else (a remote base) stays at `fallback`.
 */
class KustomizeOrigins {
    workspace;
    buildRoot;
    fallback;
    files = new Map();
    constructor(workspace, 
    /** The folder the origin annotations' paths are relative to: the root of the build. */
    buildRoot, fallback) {
        this.workspace = workspace;
        this.buildRoot = buildRoot;
        this.fallback = fallback;
    }
    async resourceOf(object) {
        const annotation = readOriginAnnotation(object);
        const located = annotation ? await this.locate(object, annotation) : undefined;
        const locate = located ?? (() => this.fallback);
        return { object, origin: locate([]), locate };
    }
    async locate(object, annotation) {
        if (annotation.path) {
            const documents = await this.documentsOf(annotation.path);
            const source = sourceDocument(documents, object);
            if (source)
                return (fieldPath) => source.origins.locate(fieldPath);
            const [first] = documents;
            return first ? () => ({ ...first.origins.documentOrigin, line: 1, column: 1 }) : undefined;
        }
        if (annotation.configuredIn) {
            const [kustomization] = await this.documentsOf(annotation.configuredIn);
            if (!kustomization)
                return undefined;
            const entry = generatorEntry(kustomization, annotation.configuredBy?.kind, (0,resource/* nameOf */.Vb)(object) ?? '');
            return () => kustomization.origins.locate(entry);
        }
        return undefined;
    }
    documentsOf(relativeToBuild) {
        const absolute = external_node_path_default().resolve(this.buildRoot, relativeToBuild);
        let documents = this.files.get(absolute);
        if (!documents) {
            documents = this.read(absolute);
            this.files.set(absolute, documents);
        }
        return documents;
    }
    async read(absolute) {
        if (!this.workspace.contains(absolute))
            return [];
        try {
            const text = await this.workspace.readManifest(absolute);
            return (0,yaml/* parseYaml */.h)(this.workspace.relative(absolute), text).documents;
        }
        catch {
            return [];
        }
    }
}
/** The source document of a rendered object: the one of its kind whose name the rendered name contains. */
function sourceDocument(documents, object) {
    const kind = (0,resource/* kindOf */.I)(object);
    const sameKind = documents.filter((document) => (0,resource/* isRecord */.u4)(document.value) && (0,resource/* kindOf */.I)(document.value) === kind);
    if (sameKind.length <= 1)
        return sameKind[0];
    const rendered = (0,resource/* nameOf */.Vb)(object) ?? '';
    return longestNameMatch(sameKind, rendered, (document) => (0,resource/* nameOf */.Vb)(document.value));
}
/** `configMapGenerator[2]` for a ConfigMap generated by the third entry of that list. */
function generatorEntry(kustomization, generatorKind, rendered) {
    const key = generatorKind ? generatorKind.charAt(0).toLowerCase() + generatorKind.slice(1) : '';
    const value = (0,resource/* isRecord */.u4)(kustomization.value) ? kustomization.value[key] : undefined;
    if (!Array.isArray(value))
        return key ? [key] : [];
    const entries = value.map((entry, index) => ({ entry, index }));
    const match = longestNameMatch(entries, rendered, ({ entry }) => (0,resource/* isRecord */.u4)(entry) && typeof entry.name === 'string' ? entry.name : undefined);
    return match ? [key, match.index] : [key];
}
function longestNameMatch(candidates, rendered, nameOfCandidate) {
    let best;
    let bestLength = -1;
    for (const candidate of candidates) {
        const name = nameOfCandidate(candidate);
        if (name === undefined || !rendered.includes(name))
            continue;
        if (name.length > bestLength)
            [best, bestLength] = [candidate, name.length];
    }
    return best;
}

;// CONCATENATED MODULE: ./src/manifests/tool-warnings.ts

/** Lines about the machine rather than the manifests (helm reading a group-readable kubeconfig). */
const MACHINE_NOISE = [/Kubernetes configuration file is (group|world)-readable/i];
/**
 * What kustomize or helm printed on stderr while succeeding (`# Warning: 'bases' is deprecated…`), one
 * warning per distinct line, at the file the tool was given, or at the field a message quotes.
 */
function toolWarnings(stderr, tool, origin, locateField = () => undefined) {
    const lines = stderr
        .split(/\r?\n/)
        .map(messageOf)
        .filter((line) => !!line && !MACHINE_NOISE.some((noise) => noise.test(line)));
    return [...new Set(lines)].map((line) => {
        const quoted = /'([A-Za-z][\w.]*)'/.exec(line)?.[1];
        const at = (quoted && locateField(quoted)) || origin;
        return (0,finding/* warningAt */.MK)(at, `${tool}-warning`, `${tool}: ${line}`);
    });
}
const STRUCTURED = /^(?:time=\S+\s+)?level=(\w+)\s+msg=("(?:[^"\\]|\\.)*"|\S+)(.*)$/;
/**
 * The message of one stderr line: kustomize's `# Warning: …`, helm 3's `WARNING: …`, helm 4's
 * structured `level=WARN msg="…"`; undefined for a blank line or a structured line below warning level.
 */
function messageOf(raw) {
    const line = raw.trim();
    const structured = STRUCTURED.exec(line);
    if (structured) {
        const [, level = '', message = '', rest = ''] = structured;
        if (!/^(warn|warning|error)$/i.test(level))
            return undefined;
        const text = message.startsWith('"') ? JSON.parse(message) : message;
        return rest.trim() ? `${text} (${rest.trim()})` : text;
    }
    return line.replace(/^#\s*/, '').replace(/^(warning|warn)\s*:\s*/i, '') || undefined;
}

// EXTERNAL MODULE: ./src/tools/exec-tool.ts
var exec_tool = __webpack_require__(94389);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/tools/tool-environment.ts



/**
 * The only variables of the step's environment helm and kustomize see. An allow-list: the step holds
 * the GitHub token, INPUT_* (a kubeconfig among them), ACTIONS_* and RUNNER_* tokens, Doppler's token and
 * cloud credentials, and a chart or kustomization must reach none of them.
 */
const PASSED = ['PATH', 'LANG', 'LC_ALL', 'TZ'];
/** A proxy may carry credentials in its URL: it is passed on only when the tool may use the network. */
const PASSED_WITH_NETWORK = [
    'HTTPS_PROXY',
    'HTTP_PROXY',
    'NO_PROXY',
    'https_proxy',
    'http_proxy',
    'no_proxy',
];
/**
 * A minimal environment for one run of a render tool: the passed variables, and a fresh, empty home,
 * helm cache/config/data folders and plugin folders, so neither the runner's ~/.kube, ~/.docker,
 * ~/.config nor any installed helm or kustomize plugin is within the tool's reach.
 */
function toolEnvironment(options) {
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'kubesync-tool-')));
    const folder = (name) => {
        const absolute = external_node_path_default().join(dir, name);
        (0,external_node_fs_.mkdirSync)(absolute);
        return absolute;
    };
    const env = {};
    for (const name of [...PASSED, ...(options.network ? PASSED_WITH_NETWORK : [])]) {
        const value = process.env[name];
        if (value !== undefined)
            env[name] = value;
    }
    const [cache, config, data] = [folder('cache'), folder('config'), folder('data')];
    Object.assign(env, {
        HOME: folder('home'),
        XDG_CACHE_HOME: cache,
        XDG_CONFIG_HOME: config,
        XDG_DATA_HOME: data,
        HELM_CACHE_HOME: external_node_path_default().join(cache, 'helm'),
        HELM_CONFIG_HOME: external_node_path_default().join(config, 'helm'),
        HELM_DATA_HOME: external_node_path_default().join(data, 'helm'),
        HELM_PLUGINS: folder('helm-plugins'),
        KUSTOMIZE_PLUGIN_HOME: folder('kustomize-plugins'),
    });
    return { env, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/tools/render-tool.ts



/**
 * What helm or kustomize may write to stdout (and to stderr) for one source: far above any real
 * chart's render (a few MB at most), low enough that a hostile one cannot exhaust the runner's memory.
 */
const MAX_TOOL_OUTPUT_BYTES = 64 * 1024 * 1024;
/**
 * Runs helm or kustomize on repository content: arguments as an argv array (no shell), a minimal
 * environment with a fresh home (toolEnvironment), and output bounded by MAX_TOOL_OUTPUT_BYTES.
 */
function runRenderTool(tool, args, options) {
    const { env, remove } = toolEnvironment(options);
    const limit = `${MAX_TOOL_OUTPUT_BYTES / 1024 / 1024} MiB`;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(tool, args, { env, maxBuffer: MAX_TOOL_OUTPUT_BYTES, encoding: 'buffer', windowsHide: true }, (error, stdout, stderr) => {
            remove();
            const output = { stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') };
            if (!error)
                return resolve({ exitCode: 0, ...output });
            if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                const message = `${options.description} wrote more than ${limit} of output and was stopped; no chart or kustomization renders that much for one app: split it into several apps`;
                return reject(new errors/* UserError */.y(message));
            }
            if (typeof error.code === 'number')
                return resolve({ exitCode: error.code, ...output });
            // Killed by a signal: no exit code of its own.
            if (error.signal) {
                return resolve({
                    exitCode: 128,
                    ...output,
                    stderr: `${output.stderr}\n(stopped by ${error.signal})`,
                });
            }
            reject(new Error(`${options.description} could not run: ${error.message}`, { cause: error }));
        });
    });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/manifests/chart-archives.ts






/** What one chart archive may unpack to: Helm's own limit for a chart (MaxDecompressedChartSize). */
const MAX_CHART_ARCHIVE_BYTES = 100 * 1024 * 1024;
/** How deep archives may nest (a dependency's own charts/*.tgz); deeper is refused, no chart needs it. */
const MAX_NESTING = 4;
/**
 * Checks every chart archive helm would load for `chart` (each `charts/*.tgz`, in the chart and in its
 * unpacked dependencies) before helm reads it: a decompression bomb, a link entry, or an entry whose
 * path leaves the archive is refused, naming the archive. The check streams; nothing is unpacked.
 */
async function checkChartArchives(workspace, chart) {
    const archives = chartArchives(chart);
    if (archives.length === 0)
        return;
    // Loaded when a chart has archives: most charts have none, and other sources never need it.
    const { extract } = await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 56118, 19));
    for (const archive of archives) {
        const problem = await archiveProblem(extract, (0,external_node_fs_.createReadStream)(archive), 0);
        if (problem) {
            throw new errors/* UserError */.y(`${workspace.relative(archive)} ${problem}; helm would load it. Rebuild it with helm package (or helm dependency build) and commit the result`);
        }
    }
}
/** The .tgz files in `charts/` folders under `chart`. */
function chartArchives(chart) {
    const found = [];
    const folders = [chart];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })) {
            const absolute = external_node_path_default().join(folder, entry.name);
            if (entry.isDirectory())
                folders.push(absolute);
            else if (external_node_path_default().basename(folder) === 'charts' && /\.tgz$/i.test(entry.name))
                found.push(absolute);
        }
    }
    return found.sort();
}
/** Why a gzipped tar stream must not reach helm, or undefined. */
async function archiveProblem(extract, input, depth) {
    let unpacked = 0;
    let problem;
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const entries = extract();
    // pipeline reports the first error; tar-stream's streams (the extractor and the entry being read)
    // emit it once more after pipeline has let go of them, which would be an uncaught exception.
    entries.on('error', ignore);
    gunzip.on('data', (chunk) => {
        unpacked += chunk.length;
        if (unpacked > MAX_CHART_ARCHIVE_BYTES && !problem) {
            problem = `unpacks to more than ${MAX_CHART_ARCHIVE_BYTES / 1024 / 1024} MiB, a decompression bomb or no chart`;
            gunzip.destroy(new ArchiveRefused());
        }
    });
    entries.on('entry', (header, stream, next) => {
        stream.on('error', ignore);
        const refuse = (reason) => {
            problem ??= `holds ${header.name}, ${reason}`;
            entries.destroy(new ArchiveRefused());
        };
        if (header.type === 'symlink')
            return refuse(`a symlink to ${header.linkname}`);
        if (header.type === 'link')
            return refuse(`a hard link to ${header.linkname}`);
        if (header.type !== 'file' && header.type !== 'directory' && header.type !== 'contiguous-file') {
            return refuse(`a ${header.type}, which no chart holds`);
        }
        if (external_node_path_default().posix.isAbsolute(header.name) || header.name.split(/[\\/]/).includes('..')) {
            return refuse('a path that leaves the archive');
        }
        // helm loads a dependency's own charts/*.tgz as well, in memory.
        if (/(^|\/)charts\/[^/]+\.tgz$/i.test(header.name)) {
            if (depth + 1 >= MAX_NESTING)
                return refuse(`an archive nested more than ${MAX_NESTING} deep`);
            archiveProblem(extract, external_node_stream_.Readable.from(stream), depth + 1).then((nested) => (nested ? refuse(`an archive that ${nested}`) : next()), (error) => entries.destroy(error));
            return;
        }
        stream.on('end', () => next());
        stream.resume();
    });
    try {
        await (0,promises_.pipeline)(input, gunzip, entries);
    }
    catch (error) {
        if (!(error instanceof ArchiveRefused) && !problem)
            return `is not a gzipped tar archive (${error.message})`;
    }
    return problem;
}
class ArchiveRefused extends Error {
}
function ignore() { }

;// CONCATENATED MODULE: ./src/manifests/chart-dependencies.ts






/**
 * Refuses a chart whose Chart.yaml points a dependency at a local folder (`repository: file://...`)
 * outside the repository or in its .git folder. Remote dependencies are never fetched: kubesync runs
 * `helm template` without --dependency-update, so helm renders only what charts/ holds.
 */
async function checkChartDependencies(workspace, chart) {
    const file = external_node_path_default().join(chart, 'Chart.yaml');
    if (!(0,external_node_fs_.existsSync)(file))
        return;
    const [document] = (0,yaml/* parseYaml */.h)(workspace.relative(file), await workspace.readManifest(file)).documents;
    const dependencies = (0,resource/* isRecord */.u4)(document?.value) ? document.value.dependencies : undefined;
    if (!document || !Array.isArray(dependencies))
        return;
    const problems = [];
    dependencies.forEach((dependency, index) => {
        const repository = (0,resource/* isRecord */.u4)(dependency) ? dependency.repository : undefined;
        if (typeof repository !== 'string' || !repository.startsWith('file://'))
            return;
        const absolute = external_node_path_default().resolve(chart, repository.slice('file://'.length));
        const field = ['dependencies', index, 'repository'];
        const at = `${(0,origin/* formatOrigin */.cp)(document.origins.locate(field))}: dependencies[${index}].repository "${repository}"`;
        if (!workspace.contains(absolute)) {
            problems.push(`${at} leaves the repository (${absolute}); give a chart folder inside the repository`);
        }
        else if (workspace.isInGitFolder(absolute)) {
            problems.push(`${at} is in the repository's .git folder; give a chart folder outside it`);
        }
    });
    if (problems.length > 0)
        throw new errors/* UserError */.y(problems.join('\n'));
}

;// CONCATENATED MODULE: ./src/manifests/render.ts












const INSTALL_HINTS = {
    kustomize: 'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl, which embeds it; both are on GitHub-hosted runners',
    helm: 'install helm (https://helm.sh/docs/intro/install/, or the azure/setup-helm action); it is on GitHub-hosted runners',
};
/**
 * `kustomize build <dir>`, or `kubectl kustomize <dir>` where only kubectl is installed. The build goes
 * through a wrapper that turns on kustomize's origin annotations, so each object points at the file
 * (and line) it came from; the annotation is removed before anything else sees the objects.
 *
 * Nothing runs until the repository's symlinks and the kustomization's paths are known to stay inside
 * the repository. kustomize runs with its defaults that matter here: the RootOnly load restrictor, and
 * neither --enable-alpha-plugins, --enable-exec nor --enable-helm, so a kustomization runs no program.
 */
async function renderKustomize(workspace, folder, options) {
    workspace.refuseLinksLeaving('kustomize', folder);
    await checkKustomizationSources(workspace, folder, options);
    const kustomize = await (0,exec_tool/* findTool */.SG)('kustomize');
    const kubectl = kustomize ? '' : await (0,exec_tool/* findTool */.SG)('kubectl');
    if (!kustomize && !kubectl) {
        throw new errors/* UserError */.y(`${workspace.relative(folder)} is a kustomization, but neither kustomize nor kubectl was found on PATH: ${INSTALL_HINTS.kustomize}`);
    }
    const description = `kustomize build ${workspace.relative(folder)}`;
    const run = { description, network: options.allowRemoteSources };
    const build = (dir) => kustomize
        ? runRenderTool(kustomize, ['build', dir], run)
        : runRenderTool(kubectl, ['kustomize', dir], run);
    const kustomizationFile = KUSTOMIZATION_FILES.map((name) => external_node_path_default().join(folder, name)).find((file) => (0,external_node_fs_.existsSync)(file));
    const origin = { file: workspace.relative(kustomizationFile ?? folder), line: 1, column: 1 };
    const kustomization = kustomizationFile
        ? (0,yaml/* parseYaml */.h)(origin.file, await workspace.readManifest(kustomizationFile)).documents[0]
        : undefined;
    // A kustomization that asks for origin annotations itself keeps them, with the paths it expects.
    const userWantsOrigins = JSON.stringify(kustomization?.value ?? {}).includes('originAnnotations');
    let result;
    let buildRoot = folder;
    if (userWantsOrigins) {
        result = await build(folder);
    }
    else {
        const wrapper = await writeOriginWrapper(folder);
        try {
            result = await build(wrapper.dir);
            buildRoot = wrapper.dir;
            result = { ...result, stderr: result.stderr.split(wrapper.dir).join(workspace.relative(folder)) };
        }
        finally {
            await wrapper.remove();
        }
        // A kustomize too old for buildMetadata (before 4.5.4) fails the wrapper; the plain build says
        // whether the user's kustomization itself is at fault.
        if (result.exitCode !== 0)
            [result, buildRoot] = [await build(folder), folder];
    }
    (0,exec_tool/* failUnlessSucceeded */.ay)(result, description);
    const origins = new KustomizeOrigins(workspace, buildRoot, origin);
    const parsed = (0,yaml/* parseYaml */.h)(origin.file, result.stdout);
    const resources = [];
    for (const document of parsed.documents) {
        if (!(0,resource/* isRecord */.u4)(document.value))
            continue;
        resources.push(await origins.resourceOf(document.value));
        if (!userWantsOrigins)
            stripOriginAnnotation(document.value);
    }
    const findings = [
        ...parsed.findings.map((finding) => ({ ...finding, origin })),
        ...toolWarnings(result.stderr, 'kustomize', origin, (field) => (0,resource/* isRecord */.u4)(kustomization?.value) && field in kustomization.value
            ? kustomization.origins.locate([field])
            : undefined),
    ];
    return { resources, findings };
}
/**
 * `helm template`; each object points at the chart template it came from (helm's `# Source:` line).
 * Before helm runs, the repository's symlinks, the chart's local dependencies and its archives are
 * checked to stay inside the repository. helm fetches nothing (no --dependency-update) and runs no
 * post-renderer; every value is one argv element joined to its flag, and `--` ends the flags before the
 * release name, so no input can become a flag.
 */
async function renderHelm(workspace, chart, options) {
    workspace.refuseLinksLeaving('helm', chart);
    await checkChartDependencies(workspace, chart);
    await checkChartArchives(workspace, chart);
    const helm = await (0,exec_tool/* findTool */.SG)('helm');
    if (!helm) {
        throw new errors/* UserError */.y(`${workspace.relative(chart)} is a Helm chart, but helm was not found on PATH: ${INSTALL_HINTS.helm}`);
    }
    const release = options.release || options.app || releaseNameOf(external_node_path_default().basename(chart));
    const args = ['template', `--namespace=${options.namespace}`];
    for (const file of await valuesFilesOf(workspace, chart, options))
        args.push(`--values=${await workspace.resolve(file, 'helm values file')}`);
    for (const value of options.setValues)
        args.push(`--set=${value}`);
    args.push('--', release, chart);
    const description = `helm template ${workspace.relative(chart)}`;
    const result = await runRenderTool(helm, args, { description, network: false });
    (0,exec_tool/* failUnlessSucceeded */.ay)(result, description);
    const chartOrigin = {
        file: workspace.relative(external_node_path_default().join(chart, 'Chart.yaml')),
        line: 1,
        column: 1,
    };
    const chartParent = external_node_path_default().dirname(chart);
    const rendered = parseToolOutput(result.stdout, chartOrigin, (source) => {
        // `# Source: <chart-name>/templates/x.yaml`: the chart name is the chart folder as helm sees it.
        const relative = source.split('/').slice(1).join('/');
        const file = relative ? external_node_path_default().join(chart, relative) : undefined;
        return file && (0,external_node_fs_.existsSync)(file) && workspace.contains(file)
            ? { file: workspace.relative(file), line: 1, column: 1 }
            : {
                ...chartOrigin,
                file: source
                    ? `${workspace.relative(chartParent)}/${source}`.replace(/^\.\//, '')
                    : chartOrigin.file,
            };
    });
    return {
        ...rendered,
        findings: [...rendered.findings, ...toolWarnings(result.stderr, 'helm', chartOrigin)],
    };
}
/**
 * The values files helm reads besides the chart's values.yaml: the environment's
 * `values-<environment>.yaml` in the chart folder when there is one, then `helm-values` in order (a
 * later file wins).
 */
async function valuesFilesOf(workspace, chart, options) {
    const files = [...options.valuesFiles];
    if (!options.environment)
        return files;
    const own = workspace.relative(external_node_path_default().join(chart, `values-${options.environment}.yaml`));
    const listed = await Promise.all(files.map((file) => workspace.resolve(file, 'helm values file')));
    const ownPath = external_node_path_default().join(workspace.root, own);
    if (!(0,external_node_fs_.existsSync)(ownPath) || listed.includes(ownPath))
        return files;
    return [own, ...files];
}
/** A folder name as a Helm release name: lower-case letters, digits and dashes, at most 53 characters. */
function releaseNameOf(folderName) {
    const name = folderName
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 53)
        .replace(/-+$/, '');
    return name || 'release';
}
function parseToolOutput(output, toolOrigin, originOfSource) {
    const parsed = (0,yaml/* parseYaml */.h)(toolOrigin.file, output);
    const resources = [];
    for (const document of parsed.documents) {
        if (typeof document.value !== 'object' || Array.isArray(document.value))
            continue;
        const origin = originOfSource(sourceComment(document.comment));
        resources.push((0,resource/* resourceAt */.eE)(document.value, () => origin));
    }
    // A tool's output lines mean nothing to the user; its problems are reported at the tool's input file.
    const findings = parsed.findings.map((finding) => ({ ...finding, origin: toolOrigin }));
    return { resources, findings };
}
function sourceComment(comment) {
    return /^ ?Source: (.+)$/m.exec(comment ?? '')?.[1]?.trim() ?? '';
}

// EXTERNAL MODULE: ./src/manifests/workspace.ts + 1 modules
var manifests_workspace = __webpack_require__(17687);
;// CONCATENATED MODULE: ./src/manifests/load.ts













const APP_FILE = 'pipeops.yaml';
async function loadManifests(settings) {
    const workspace = await manifests_workspace/* Workspace */.a.open(settings.workspace);
    const target = await resolveManifest(workspace, settings.manifest);
    const type = settings.manifestType === 'auto' ? await detectType(workspace, target) : settings.manifestType;
    switch (type) {
        case 'app':
            return loadApp(workspace, target, settings);
        case 'kubernetes':
            return loadKubernetes(workspace, target);
        case 'kustomize': {
            const rendered = await renderKustomize(workspace, folderOf(workspace, target, 'kustomize'), {
                allowRemoteSources: settings.guardrails.allowRemoteSources,
            });
            return { type, ...rendered, files: filesRendered(rendered.resources) };
        }
        case 'helm': {
            const rendered = await renderHelm(workspace, folderOf(workspace, target, 'helm'), {
                ...settings.helm,
                namespace: settings.namespace,
                app: settings.app,
                environment: settings.environment,
            });
            return { type, ...rendered, files: filesRendered(rendered.resources) };
        }
    }
}
/**
 * The default `pipeops.yaml` falls back to `manifests/`, the overlay layout, when the repository
 * keeps its Application there.
 */
async function resolveManifest(workspace, manifest) {
    if (manifest === APP_FILE && !(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace.root, APP_FILE))) {
        const overlays = external_node_path_default().join(workspace.root, 'manifests', 'base', APP_FILE);
        if ((0,external_node_fs_.existsSync)(overlays))
            return workspace.resolve('manifests', 'manifest');
    }
    return workspace.resolve(manifest, 'manifest');
}
async function detectType(workspace, target) {
    if ((0,external_node_fs_.statSync)(target).isDirectory()) {
        if (KUSTOMIZATION_FILES.some((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(target, name))))
            return 'kustomize';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(target, 'Chart.yaml')))
            return 'helm';
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(target, APP_FILE)) || (0,external_node_fs_.existsSync)(external_node_path_default().join(target, 'base', APP_FILE)))
            return 'app';
        return 'kubernetes';
    }
    const parsed = (0,yaml/* parseYaml */.h)(workspace.relative(target), await workspace.readManifest(target));
    return parsed.documents.some((document) => (0,manifests_app/* isApplicationLike */.qB)(document.value)) ? 'app' : 'kubernetes';
}
function folderOf(workspace, target, type) {
    if ((0,external_node_fs_.statSync)(target).isDirectory())
        return target;
    throw new errors/* UserError */.y(`manifest-type ${type} needs a folder, but ${workspace.relative(target)} is a file`);
}
async function loadKubernetes(workspace, target) {
    const files = (0,external_node_fs_.statSync)(target).isDirectory() ? await workspace.listYamlFiles(target) : [target];
    const resources = [];
    const findings = [];
    for (const file of files) {
        const parsed = (0,yaml/* parseYaml */.h)(workspace.relative(file), await workspace.readManifest(file));
        findings.push(...parsed.findings);
        for (const document of parsed.documents) {
            if (!(0,resource/* isRecord */.u4)(document.value)) {
                findings.push((0,finding/* errorAt */.Os)(document.origins.documentOrigin, 'not-an-object', 'document is not a Kubernetes object (a YAML mapping)'));
            }
            else if ((0,manifests_app/* isApplicationLike */.qB)(document.value)) {
                findings.push((0,finding/* errorAt */.Os)(document.origins.documentOrigin, 'mixed-manifest', `a pipeops.io/v1 Application cannot be mixed with Kubernetes YAML; give its file as its own manifest`));
            }
            else {
                resources.push(...expandList(document));
            }
        }
    }
    if (files.length === 0)
        throw new errors/* UserError */.y(`${workspace.relative(target)} holds no .yaml or .yml files`);
    return { type: 'kubernetes', resources, findings, files: files.map((file) => workspace.relative(file)) };
}
/** A `kind: List` (what `kubectl get -o yaml` writes) stands for its items. */
function expandList(document) {
    const object = document.value;
    const { origins } = document;
    if ((0,resource/* kindOf */.I)(object) === 'List' && Array.isArray(object.items)) {
        return object.items.flatMap((item, index) => {
            if (!(0,resource/* isRecord */.u4)(item))
                return [];
            const locate = (fieldPath) => origins.locate(['items', index, ...fieldPath]);
            return [{ object: item, origin: locate([]), locate }];
        });
    }
    return [{ object, origin: origins.documentOrigin, locate: (fieldPath) => origins.locate(fieldPath) }];
}
async function loadApp(workspace, target, settings) {
    const { documents, findings, files } = await readAppDocuments(workspace, target, settings.environment);
    if (!documents)
        return { type: 'app', resources: [], findings, files };
    const { app, findings: appFindings } = (0,manifests_app/* parseApplication */.wO)(documents.value, documents.origins);
    findings.push(...appFindings);
    const metadata = (0,resource/* isRecord */.u4)(documents.value) && (0,resource/* isRecord */.u4)(documents.value.metadata) ? documents.value.metadata : {};
    const declaredName = typeof metadata.name === 'string' ? metadata.name : undefined;
    if (!app)
        return { type: 'app', resources: [], findings, files, declaredName };
    const named = settings.image || app.spec.image;
    const image = named && settings.imageTag ? withTag(named, settings.imageTag) : named;
    if (!image) {
        findings.push((0,finding/* errorAt */.Os)(documents.origins.locate(['spec']), 'image-missing', `Application ${app.metadata.name} has no image: set spec.image, or the action's image input (--image in the CLI)`));
        return { type: 'app', resources: [], findings, files, app };
    }
    const resources = renderApplication(app, documents.origins, {
        image,
        ingressClass: settings.ingressClass || undefined,
    });
    return { type: 'app', resources, findings, files, app };
}
/** The Application document: a single file, or base + environment overlay merged. */
async function readAppDocuments(workspace, target, environment) {
    const isFolder = (0,external_node_fs_.statSync)(target).isDirectory();
    const baseFile = isFolder ? external_node_path_default().join(target, 'base', APP_FILE) : undefined;
    if (baseFile && (0,external_node_fs_.existsSync)(baseFile)) {
        const base = await readSingleDocument(workspace, baseFile);
        if (!environment)
            return { ...base, files: [workspace.relative(baseFile)] };
        const overlayFile = external_node_path_default().join(target, environment, APP_FILE);
        if (!(0,external_node_fs_.existsSync)(overlayFile)) {
            throw new errors/* UserError */.y(`no overlay for environment "${environment}": ${workspace.relative(overlayFile)} does not exist (environments here: ${listEnvironments(target).join(', ') || 'none'})`);
        }
        const overlay = await readSingleDocument(workspace, overlayFile);
        const findings = [...base.findings, ...overlay.findings];
        const files = [workspace.relative(baseFile), workspace.relative(overlayFile)];
        if (!base.documents || !overlay.documents)
            return { findings, files };
        return { documents: mergeOverlay(base.documents, overlay.documents), findings, files };
    }
    const file = isFolder ? external_node_path_default().join(target, APP_FILE) : target;
    const single = await readSingleDocument(workspace, file);
    if (single.documents)
        refuseLoneOverlay(workspace, file, single.documents.value);
    return { ...single, files: [workspace.relative(file)] };
}
/**
 * `<folder>/production/pipeops.yaml` beside `<folder>/base/pipeops.yaml` is an overlay: given alone it
 * lacks what base declares, and every finding would be a symptom of that.
 */
function refuseLoneOverlay(workspace, file, value) {
    const environmentFolder = external_node_path_default().dirname(file);
    const environment = external_node_path_default().basename(environmentFolder);
    const layout = external_node_path_default().dirname(environmentFolder);
    const base = external_node_path_default().join(layout, 'base', APP_FILE);
    if (environment === 'base' || external_node_path_default().basename(file) !== APP_FILE || !(0,external_node_fs_.existsSync)(base))
        return;
    if ((0,resource/* isRecord */.u4)(value) && value.apiVersion !== undefined && value.kind !== undefined)
        return;
    const folder = workspace.relative(layout);
    throw new errors/* UserError */.y(`${workspace.relative(file)} is an overlay of ${workspace.relative(base)}, not a whole Application: use \`${folder} --environment ${environment}\` (in a workflow, manifest: ${folder} and environment: ${environment})`);
}
async function readSingleDocument(workspace, file) {
    const relative = workspace.relative(file);
    const parsed = (0,yaml/* parseYaml */.h)(relative, await workspace.readManifest(await workspace.resolve(relative, 'manifest')));
    if (parsed.findings.length > 0)
        return { findings: parsed.findings };
    const [first, second] = parsed.documents;
    if (!first)
        throw new errors/* UserError */.y(`${relative} is empty; it must hold one pipeops.io/v1 Application`);
    if (second) {
        return {
            findings: [
                (0,finding/* errorAt */.Os)(second.origins.documentOrigin, 'app-documents', `${relative} must hold exactly one Application document`),
            ],
        };
    }
    return { documents: first, findings: [] };
}
function listEnvironments(folder) {
    return readdirNames(folder).filter((name) => name !== 'base' && (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, name, APP_FILE)));
}
function readdirNames(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder).sort();
    }
    catch {
        return [];
    }
}
/** `ghcr.io/acme/web:1.0.0` with tag `v2` is `ghcr.io/acme/web:v2`; a digest or tag is replaced. */
function withTag(image, tag) {
    return (0,image_reference/* joinImage */.OJ)({ name: (0,image_reference/* splitImage */.s5)(image).name, tag });
}
/** The files a tool's objects came from (each object's origin), each once, in order. */
function filesRendered(resources) {
    return [...new Set(resources.map((resource) => resource.origin.file))].sort();
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

/***/ 85818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ScopeCatalog),
/* harmony export */   d: () => (/* binding */ inNamespace)
/* harmony export */ });
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

/** Built-in kinds that live outside namespaces, by `group/kind` (core group spelled ''). */
const CLUSTER_SCOPED_BUILT_INS = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'scheduling.k8s.io/PriorityClass',
    'node.k8s.io/RuntimeClass',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
]);
/**
 * Which kinds are cluster-scoped, known offline: the built-in ones plus the kinds of CRDs in the same
 * manifests. A live cluster's discovery has the final word at plan time.
 */
class ScopeCatalog {
    /** `group/Kind` of each kind a CRD in the manifests defines, with its scope. */
    crdKinds = new Map();
    constructor(resources) {
        for (const { object } of resources) {
            if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(object) !== 'CustomResourceDefinition' || !(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.spec))
                continue;
            const { group, scope, names } = object.spec;
            if (typeof group === 'string' && (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(names) && typeof names.kind === 'string') {
                this.crdKinds.set(`${group}/${names.kind}`, scope === 'Cluster' ? 'Cluster' : 'Namespaced');
            }
        }
    }
    /** The scope of a kind defined by a CRD in the same manifests; undefined for any other kind. */
    crdScopeOf(apiVersion, kind) {
        return this.crdKinds.get(`${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)(apiVersion)}/${kind}`);
    }
    isClusterScoped(apiVersion, kind) {
        const key = `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .groupOf */ .F8)(apiVersion)}/${kind}`;
        return CLUSTER_SCOPED_BUILT_INS.has(key) || this.crdKinds.get(key) === 'Cluster';
    }
    /** The namespace an object lands in: its own, else the default one; none for cluster-scoped kinds. */
    effectiveNamespace(resource, defaultNamespace) {
        const apiVersion = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .apiVersionOf */ .uO)(resource.object) ?? '';
        const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(resource.object) ?? '';
        if (this.isClusterScoped(apiVersion, kind))
            return undefined;
        const metadata = resource.object.metadata;
        const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metadata) ? metadata.namespace : undefined;
        return typeof namespace === 'string' && namespace !== '' ? namespace : defaultNamespace;
    }
}
/**
 * The object with the namespace apply gives it: its own, else the default one for namespaced kinds
 * (as far as they are known offline); cluster-scoped kinds are left without one.
 */
function inNamespace(resource, scopes, defaultNamespace) {
    const namespace = scopes.effectiveNamespace(resource, defaultNamespace);
    const { object } = resource;
    const metadata = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(object.metadata) ? object.metadata : {};
    if (namespace === undefined || metadata.namespace === namespace)
        return object;
    // The name first, then the namespace, as kubectl prints objects.
    const { name, ...rest } = metadata;
    return { ...object, metadata: { ...(name === undefined ? {} : { name }), namespace, ...rest } };
}


/***/ }),

/***/ 47508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ replaceRequested),
/* harmony export */   UL: () => (/* binding */ skipsValidation),
/* harmony export */   XV: () => (/* binding */ SYNC_OPTIONS_ANNOTATION),
/* harmony export */   mA: () => (/* binding */ keptBy),
/* harmony export */   ys: () => (/* binding */ namespacesToCreate)
/* harmony export */ });
/* unused harmony exports COMPARE_OPTIONS_ANNOTATION, RESOURCE_POLICY_ANNOTATION, hasSyncOption */
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);

const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
const COMPARE_OPTIONS_ANNOTATION = 'argocd.argoproj.io/compare-options';
const RESOURCE_POLICY_ANNOTATION = 'helm.sh/resource-policy';
/** Argo CD's comma-separated list, `Prune=false,Replace=true`, as written (whitespace trimmed). */
function listOf(object, annotation) {
    return (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationList */ .G)(object, annotation) ?? [];
}
/** Whether the object's `argocd.argoproj.io/sync-options` holds `name=value` (Argo CD matches exactly). */
function hasSyncOption(object, option) {
    return listOf(object, SYNC_OPTIONS_ANNOTATION).includes(option);
}
/**
 * The annotation that keeps an ApplySet member out of a prune, as its reason (`helm.sh/resource-policy:
 * keep`), or undefined. Read from the live object: a member no longer desired has only that.
 */
function keptBy(object) {
    for (const option of ['Prune=false', 'Delete=false'])
        if (hasSyncOption(object, option))
            return `${SYNC_OPTIONS_ANNOTATION}: ${option}`;
    if (listOf(object, COMPARE_OPTIONS_ANNOTATION).includes('IgnoreExtraneous'))
        return `${COMPARE_OPTIONS_ANNOTATION}: IgnoreExtraneous`;
    if ((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationOf */ .lW)(object, RESOURCE_POLICY_ANNOTATION)?.trim() === 'keep')
        return `${RESOURCE_POLICY_ANNOTATION}: keep`;
    return undefined;
}
/** `Replace=true`: an update the server refuses in place (an immutable field) deletes and re-creates it. */
function replaceRequested(object) {
    return hasSyncOption(object, 'Replace=true');
}
/**
 * `Validate=false`: kubesync's offline schema check skips the object. The API server still validates
 * it strictly (its own field validation), as it would any object.
 */
function skipsValidation(object) {
    return hasSyncOption(object, 'Validate=false');
}
/**
 * The namespaces objects ask to be created with `CreateNamespace=true`: each is created when absent,
 * as create-namespace does for the target namespace.
 */
function namespacesToCreate(objects) {
    const names = objects.flatMap((object) => {
        const namespace = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(object);
        return hasSyncOption(object, 'CreateNamespace=true') && namespace ? [namespace] : [];
    });
    return [...new Set(names)];
}


/***/ }),

/***/ 33011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ WAIT_FOR_ANNOTATION),
/* harmony export */   aj: () => (/* binding */ waitForOf)
/* harmony export */ });
/* unused harmony export parseWaitFor */
/* harmony import */ var _kube_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19247);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27813);


/** What ready means for one object, in `kubectl wait --for` syntax; `;` joins several that must all hold. */
const WAIT_FOR_ANNOTATION = 'kubesync.io/wait-for';
const SYNTAX = 'write condition=<type>[=<status>], jsonpath={<path>}[=<value>] or delete (as kubectl wait --for takes them), several joined by ";", or none';
/** The annotation's reading, or undefined when the object has none. */
function waitForOf(object) {
    const text = object ? (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationOf */ .lW)(object, WAIT_FOR_ANNOTATION) : undefined;
    return text === undefined ? undefined : parseWaitFor(text);
}
/** Far above any real expression; it bounds the work of reading one the repository wrote. */
const MAX_LENGTH = 2048;
function parseWaitFor(text) {
    if (text.length > MAX_LENGTH)
        return {
            problem: `${WAIT_FOR_ANNOTATION} is ${text.length} characters long, more than the ${MAX_LENGTH} kubesync reads: shorten it`,
        };
    const parts = splitOutsideQuotes(text)
        .map((part) => part.trim())
        .filter((part) => part !== '');
    if (parts.length === 0)
        return { problem: `${WAIT_FOR_ANNOTATION} is empty: ${SYNTAX}` };
    const lowered = parts.map((part) => part.toLowerCase());
    if (lowered.includes('none')) {
        return parts.length === 1
            ? { waitFor: { kind: 'none' } }
            : { problem: `"none" means no wait, so it stands alone: remove it, or remove the others` };
    }
    if (lowered.includes('delete')) {
        return parts.length === 1
            ? { waitFor: { kind: 'delete' } }
            : { problem: `"delete" waits until the object is gone, when nothing else can hold: write it alone` };
    }
    const clauses = [];
    for (const part of parts) {
        const clause = parseClause(part);
        if ('problem' in clause)
            return clause;
        clauses.push(clause);
    }
    return { waitFor: { kind: 'all', clauses } };
}
function parseClause(text) {
    if (text.startsWith('--for'))
        return { problem: `write "${text.replace(/^--for[= ]/, '')}" without --for` };
    if (text.startsWith('condition='))
        return parseCondition(text);
    if (text.startsWith('jsonpath='))
        return parseJsonPathClause(text);
    return { problem: `"${text}" is not a wait expression: ${SYNTAX}` };
}
/** kubectl: the first `=` after the type starts the status, True by default. */
function parseCondition(text) {
    const rest = text.slice('condition='.length);
    const equals = rest.indexOf('=');
    const type = (equals === -1 ? rest : rest.slice(0, equals)).trim();
    const status = equals === -1 ? 'True' : rest.slice(equals + 1).trim();
    if (type === '')
        return { problem: `"${text}" names no condition: write condition=Ready` };
    if (!/^[A-Za-z0-9_./-]+$/.test(type))
        return { problem: `"${type}" in "${text}" is not a condition type: write condition=Ready` };
    if (!['true', 'false', 'unknown'].includes(status.toLowerCase()))
        return {
            problem: `a condition's status is True, False or Unknown, not "${status}": write condition=${type} (True) or condition=${type}=False`,
        };
    return { kind: 'condition', text, type, status };
}
/** kubectl splits on a single `=` (`==` belongs to a filter); the value may be quoted. */
function parseJsonPathClause(text) {
    const pieces = splitOnSingleEquals(text.slice('jsonpath='.length));
    if (pieces.length > 2)
        return {
            problem: `"${text}" has more than one "=": write jsonpath={.status.phase}=Running (use == only inside a filter)`,
        };
    const [expression = '', rawValue] = pieces;
    if (/^['"]/.test(expression.trim()))
        return {
            problem: `"${text}" quotes the path as a shell would: an annotation needs no quotes, write jsonpath=${expression.trim().replace(/^['"]|['"]$/g, '')}${rawValue === undefined ? '' : `=${rawValue}`}`,
        };
    let path;
    try {
        path = (0,_kube_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKubeJsonPath */ .i8)(expression);
    }
    catch (error) {
        if (error instanceof _kube_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonPathError */ .UK)
            return { problem: `${error.message} (in "${text}")` };
        throw error;
    }
    if (rawValue === undefined)
        return { kind: 'jsonpath', text, path };
    const value = rawValue.trim().replace(/^['"]+|['"]+$/g, '');
    if (value === '')
        return {
            problem: `"${text}" has no value after "=": write jsonpath=${expression}=<value>, or leave out "=" to wait until the field is set`,
        };
    return { kind: 'jsonpath', text, path, value };
}
function splitOnSingleEquals(input) {
    const output = [];
    let element = '';
    for (let index = 0; index < input.length; index += 1) {
        if (input[index] === '=') {
            if (input[index + 1] === '=') {
                element += '==';
                index += 1;
                continue;
            }
            // `!=`, `<=` and `>=` belong to a filter too.
            if (['!', '<', '>'].includes(element.at(-1) ?? '')) {
                element += '=';
                continue;
            }
            output.push(element);
            element = '';
            continue;
        }
        element += input[index];
    }
    return [...output, element];
}
/** `;` separates expressions, except inside a quoted filter value. */
function splitOutsideQuotes(text) {
    const parts = [];
    let current = '';
    let quote;
    for (const char of text) {
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === ';') {
            parts.push(current);
            current = '';
            continue;
        }
        current += char;
    }
    return [...parts, current];
}


/***/ }),

/***/ 17687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ Workspace)
});

// UNUSED EXPORTS: MAX_MANIFEST_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/manifests/file-system.ts
var file_system = __webpack_require__(64306);
;// CONCATENATED MODULE: ./src/manifests/repository-links.ts


/**
 * Every symlink under `root` (its own .git folder aside) whose target, followed all the way, is outside
 * `root` or inside its .git folder (the checkout's credentials live in .git/config), in path order. A
 * link that dangles is judged by where its target would be. This is Argo CD's rule
 * (CheckOutOfBoundsSymlinks, after CVE-2022-24904 and CVE-2022-31036): the whole repository is checked
 * before any tool runs, so nothing a tool follows, whatever the path it takes, can lead out.
 */
function findLinksLeaving(root) {
    const gitFolder = external_node_path_default().join(root, '.git');
    const inside = (absolute) => {
        const relative = external_node_path_default().relative(root, absolute);
        return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
    };
    const found = [];
    const folders = [root];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        for (const entry of external_node_fs_default().readdirSync(folder, { withFileTypes: true })) {
            const absolute = external_node_path_default().join(folder, entry.name);
            if (entry.isDirectory()) {
                if (absolute !== gitFolder)
                    folders.push(absolute);
            }
            else if (entry.isSymbolicLink()) {
                const target = external_node_fs_default().readlinkSync(absolute);
                const resolved = followed(absolute, target);
                if (!inside(resolved))
                    found.push({ link: absolute, target, where: 'outside' });
                else if (resolved === gitFolder || resolved.startsWith(gitFolder + (external_node_path_default()).sep)) {
                    found.push({ link: absolute, target, where: 'git' });
                }
            }
        }
    }
    return found.sort((a, b) => (a.link < b.link ? -1 : a.link > b.link ? 1 : 0));
}
/** Where a link leads: its real path, or for a dangling link, where its target would be. */
function followed(link, target) {
    try {
        return external_node_fs_default().realpathSync.native(link);
    }
    catch {
        return external_node_path_default().resolve(external_node_fs_default().realpathSync.native(external_node_path_default().dirname(link)), target);
    }
}

;// CONCATENATED MODULE: ./src/manifests/workspace.ts





/** Files above this size are refused rather than parsed: no manifest is that big, an attack might be. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/**
 * The folder kubesync may read: the checked-out repository. Every manifest path is resolved inside it
 * and refused when it leaves it, through `..`, an absolute path or a symlink pointing outside.
 */
class Workspace {
    root;
    /** One per root and process, so that the repository's symlinks are walked once per run, not per app. */
    static opened = new Map();
    linksLeaving;
    constructor(root) {
        this.root = root;
    }
    static async open(root) {
        let real;
        try {
            real = await (0,file_system/* realpath */.Kz)(root);
        }
        catch {
            throw new errors/* UserError */.y(`the workspace ${root} does not exist; run actions/checkout before kubesync`);
        }
        let workspace = Workspace.opened.get(real);
        if (!workspace) {
            workspace = new Workspace(real);
            Workspace.opened.set(real, workspace);
        }
        return workspace;
    }
    /**
     * Refuses to let `tool` render `source` while any symlink in the repository leads outside it or into
     * its .git folder: helm and kustomize follow links wherever they lead, so a chart's `files/token ->
     * /proc/self/environ` would put the step's environment into the render. The whole repository is
     * checked, once, because a tool reaches files beyond its folder (bases, values files).
     */
    refuseLinksLeaving(tool, source) {
        this.linksLeaving ??= findLinksLeaving(this.root);
        if (this.linksLeaving.length === 0)
            return;
        const lines = this.linksLeaving.map(({ link, target, where }) => {
            const reads = isWithin(source, link) ? 'would read it' : 'could follow it';
            const place = where === 'git' ? "inside the repository's .git folder" : 'outside the repository';
            return `${this.relative(link)} is a symlink to ${target}, ${place}; ${tool} ${reads}.`;
        });
        const fix = lines.length === 1
            ? "Replace the link with the file's content or remove it"
            : "Replace each link with its file's content or remove it";
        throw new errors/* UserError */.y(`${lines.join('\n')}${lines.length === 1 ? ' ' : '\n'}${fix}.`);
    }
    /** The absolute path of a user-given path, after checking that it and its target stay inside. */
    async resolve(userPath, what) {
        if (external_node_path_default().isAbsolute(userPath)) {
            throw new errors/* UserError */.y(`${what} "${userPath}" is an absolute path; give a path relative to the repository root`);
        }
        const joined = external_node_path_default().resolve(this.root, userPath);
        if (!this.contains(joined)) {
            throw new errors/* UserError */.y(`${what} "${userPath}" leaves the repository; give a path inside it`);
        }
        if (this.isInGitFolder(joined)) {
            throw new errors/* UserError */.y(`${what} "${userPath}" is in the repository's .git folder; give a path outside it`);
        }
        let real;
        try {
            real = await (0,file_system/* realpath */.Kz)(joined);
        }
        catch {
            throw new errors/* UserError */.y(`${what} "${userPath}" does not exist in the repository`);
        }
        if (!this.contains(real) || this.isInGitFolder(real)) {
            const place = this.contains(real) ? "inside the repository's .git folder" : 'outside the repository';
            throw new errors/* UserError */.y(`${what} "${userPath}" is a symlink to ${real}, ${place}; refusing to read it`);
        }
        return real;
    }
    relative(absolute) {
        return external_node_path_default().relative(this.root, absolute).split((external_node_path_default()).sep).join('/') || '.';
    }
    contains(absolute) {
        return isWithin(this.root, absolute);
    }
    /** Whether a path is in the repository's .git folder, where the checkout keeps its credentials. */
    isInGitFolder(absolute) {
        return isWithin(external_node_path_default().join(this.root, '.git'), absolute);
    }
    async readManifest(absolute) {
        const info = await (0,file_system/* stat */.dJ)(absolute);
        if (info.size > MAX_MANIFEST_BYTES) {
            throw new errors/* UserError */.y(`${this.relative(absolute)} is ${info.size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit for a manifest; split it`);
        }
        return (0,file_system/* readFile */.TA)(absolute, 'utf8');
    }
    /** Every `.yaml`/`.yml` file under a folder, recursively, in a stable (sorted) order. */
    async listYamlFiles(folder, visited = new Set()) {
        const files = [];
        const realFolder = await (0,file_system/* realpath */.Kz)(folder);
        // A symlinked folder pointing at its own ancestor would otherwise be walked forever.
        if (visited.has(realFolder))
            return files;
        visited.add(realFolder);
        const entries = (await (0,file_system/* readdir */.Cy)(folder)).sort();
        for (const entry of entries) {
            if (entry.startsWith('.'))
                continue;
            const absolute = external_node_path_default().join(folder, entry);
            const info = await (0,file_system/* lstat */.$1)(absolute);
            let target = absolute;
            if (info.isSymbolicLink()) {
                const real = await (0,file_system/* realpath */.Kz)(absolute).catch(() => undefined);
                target = real ?? external_node_path_default().resolve(folder, (0,external_node_fs_.readlinkSync)(absolute));
                if (!this.contains(target) || this.isInGitFolder(target)) {
                    const place = this.contains(target)
                        ? "inside the repository's .git folder"
                        : 'outside the repository';
                    throw new errors/* UserError */.y(`${this.relative(absolute)} is a symlink to ${target}, ${place}; refusing to read it. Replace the link with the file's content or remove it`);
                }
                if (!real) {
                    throw new errors/* UserError */.y(`${this.relative(absolute)} is a symlink to ${target}, which does not exist`);
                }
            }
            const targetInfo = await (0,file_system/* stat */.dJ)(target);
            if (targetInfo.isDirectory())
                files.push(...(await this.listYamlFiles(absolute, visited)));
            else if (/\.ya?ml$/i.test(entry))
                files.push(absolute);
        }
        return files;
    }
}
/** Whether `absolute` is `folder` or below it. */
function isWithin(folder, absolute) {
    const relative = external_node_path_default().relative(folder, absolute);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}


/***/ }),

/***/ 68488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/model/origin.ts
var origin = __webpack_require__(51579);
;// CONCATENATED MODULE: ./src/manifests/yaml-errors.ts
/**
 * The yaml library reports some mistakes where its parser noticed them, not where they are: a line
 * indented too deep is reported on the line above (and twice, as two errors over the same text), and
 * an unclosed quote at the end of the file. This moves each to the line at fault and keeps one per
 * mistake.
 */
function syntaxMistakes(errors, text) {
    const mistakes = [];
    let coveredUntil = -1;
    for (const error of errors) {
        const [start, end] = error.pos;
        // A second error over text an earlier one covers is the same mistake seen again.
        if (start < coveredUntil)
            continue;
        coveredUntil = Math.max(end, start + 1);
        mistakes.push(located(error, text));
    }
    return mistakes;
}
function located(error, text) {
    const [start, end] = error.pos;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
        const lineBreak = text.indexOf('\n', start);
        if (lineBreak !== -1 && lineBreak < Math.max(end, start + 1) + 1) {
            const offset = firstNonBlank(text, lineBreak + 1);
            return {
                offset,
                code: error.code,
                message: 'this line is indented deeper than the line above, so YAML reads it as part of that value: indent it like the keys beside it, or quote the value above',
            };
        }
    }
    if (error.code === 'MISSING_CHAR' && /closing ["']?quote/.test(firstLine)) {
        const quote = firstLine.includes("'") ? "'" : '"';
        const opening = openingQuote(text, start, quote);
        if (opening !== undefined)
            return {
                offset: opening,
                code: error.code,
                message: `this quoted value is never closed: add the closing ${quote} at its end`,
            };
    }
    return { offset: start, code: error.code, message: firstLine };
}
function firstNonBlank(text, from) {
    let offset = from;
    while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t'))
        offset++;
    return offset;
}
/**
 * The quote that opened a scalar left open at `end`: past it there is no other quote of its kind (a
 * closed one would have ended the scalar), so it is the last one before `end`, not counting `\"`
 * inside a double-quoted value or `''` inside a single-quoted one.
 */
function openingQuote(text, end, quote) {
    for (let offset = Math.min(end, text.length) - 1; offset >= 0; offset--) {
        if (text[offset] !== quote)
            continue;
        if (quote === '"' && text[offset - 1] === '\\')
            continue;
        // 'it''s': a doubled quote inside a single-quoted value
        if (quote === "'" && text[offset - 1] === "'") {
            offset--;
            continue;
        }
        return offset;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifests/yaml.ts




/** Aliases expanded beyond this are refused, like a billion-laughs document would need. */
const MAX_ALIAS_COUNT = 100;
/**
 * The YAML 1.1 float pattern matches a lone `.` (so `context: .` became NaN); go-yaml, which kubectl
 * uses, reads it as a string. Floats must contain a digit here too.
 */
function kubernetesTags(tags) {
    return tags.map((tag) => {
        if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:float' || !tag.test?.test('.'))
            return tag;
        return { ...tag, test: new RegExp(`^(?=.*[0-9])${tag.test.source.replace(/^\^/, '')}`) };
    });
}
/**
 * Parses every document of a YAML file. Kubernetes tooling reads YAML 1.1 (`yes` is a boolean, `0755`
 * is octal), so we do too, or a file mode or an env value would mean something other than kubectl reads.
 */
function parseYaml(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const originAt = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const documents = [];
    const findings = [];
    // parseAllDocuments would hold every document's syntax tree at once (hundreds of MB for a file of
    // 10,000 objects); composed one at a time, each tree is dropped once its values and origins are taken.
    const composer = new dist/* Composer */.Dk({ version: '1.1', customTags: kubernetesTags, uniqueKeys: true });
    let index = -1;
    for (const doc of composer.compose(new dist/* Parser */.iX(lineCounter.addNewLine).parse(text))) {
        index++;
        const problems = [...doc.errors];
        for (const mistake of syntaxMistakes(problems, text)) {
            const rule = mistake.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
            findings.push((0,finding/* errorAt */.Os)(originAt(mistake.offset), rule, mistake.message));
        }
        if (problems.length > 0 || doc.contents === null)
            continue;
        const documentOrigin = originAt(doc.contents.range?.[0] ?? 0);
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            const message = error instanceof ReferenceError
                ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); expand them or split the document`
                : String(error);
            findings.push((0,finding/* errorAt */.Os)(documentOrigin, 'yaml-aliases', message));
            continue;
        }
        if (value === null || value === undefined)
            continue;
        const origins = new origin/* OriginMap */.dV(documentOrigin);
        origins.set([], documentOrigin);
        recordOrigins(doc.contents, [], origins, originAt);
        documents.push({
            value,
            origins,
            index,
            comment: doc.commentBefore ?? doc.contents.commentBefore ?? undefined,
        });
    }
    return { documents, findings };
}
/** Records the origin of every field and list item below `node`; the caller records `node` itself. */
function recordOrigins(node, path, origins, originAt) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const childPath = [...path, String(pair.key.value)];
            // A field is shown where its key is written, which is where a reader looks for it.
            if (pair.key.range)
                origins.set(childPath, originAt(pair.key.range[0]));
            if (pair.value)
                recordOrigins(pair.value, childPath, origins, originAt);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => {
            const itemNode = item;
            if (itemNode.range)
                origins.set([...path, index], originAt(itemNode.range[0]));
            recordOrigins(itemNode, [...path, index], origins, originAt);
        });
    }
}


/***/ }),

/***/ 94389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ findTool),
/* harmony export */   ay: () => (/* binding */ failUnlessSucceeded),
/* harmony export */   wc: () => (/* binding */ execTool)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);

/** The path of an installed tool, as `which` finds it on PATH; empty when there is none. */
async function findTool(tool) {
    // Loaded when first needed: an Application or plain YAML runs no tool.
    const { which } = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 88701));
    return which(tool, false);
}
/** Runs an installed tool (its path as `which` found it) without echoing its command line. */
async function execTool(tool, args, options = {}) {
    const { onLine } = options;
    // Loaded when a tool first runs: an Application or plain YAML needs none.
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955));
    return getExecOutput(tool, args, {
        silent: true,
        ignoreReturnCode: true,
        ...(onLine ? { listeners: { stdline: onLine, errline: onLine } } : {}),
    });
}
/**
 * The command line may carry --set values that are secrets: it is never echoed, and errors name only
 * what was run. `output` is what the tool said, its stderr unless the caller kept something better.
 */
function failUnlessSucceeded(result, description, output = result.stderr) {
    if (result.exitCode === 0)
        return;
    const lastLines = output.trim().split('\n').slice(-20).join('\n');
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${description} failed (exit code ${result.exitCode}):\n${lastLines}\nFix the error above and run again.`);
}


/***/ }),

/***/ 90615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitOutput)
/* harmony export */ });
/** `git -C <workspace> <args>`'s output, trimmed; undefined when git fails or is not there. */
async function gitOutput(workspace, ...args) {
    try {
        // Loaded when first needed: most commands never run git, and start-up is what a user waits for.
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 955).then(__webpack_require__.bind(__webpack_require__, 41955));
        const result = await getExecOutput('git', ['-C', workspace, ...args], {
            silent: true,
            ignoreReturnCode: true,
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ checkApiVersion),
  h: () => (/* binding */ noteUncheckedGroups)
});

// EXTERNAL MODULE: ./src/manifests/app.ts + 1 modules
var app = __webpack_require__(60901);
// EXTERNAL MODULE: ./src/manifests/built-in-groups.ts
var built_in_groups = __webpack_require__(11457);
// EXTERNAL MODULE: ./src/model/resource.ts
var model_resource = __webpack_require__(27813);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
;// CONCATENATED MODULE: ./src/validate/kubernetes-apis.ts
/**
 * The kinds each built-in API version serves, alpha and beta versions included (a cluster may turn them
 * on), as in the OpenAPI of the Kubernetes release that @kubernetes/client-node is generated from, and the API versions Kubernetes has removed, with what replaced them:
 * the Kubernetes deprecated API migration guide, as kubent and pluto read it. Read-only create APIs
 * (TokenReview, SubjectAccessReview) are left out: they are never applied from git.
 */
const SERVED_KINDS = {
    v1: [
        'Binding',
        'ComponentStatus',
        'ConfigMap',
        'Endpoints',
        'Event',
        'LimitRange',
        'Namespace',
        'Node',
        'PersistentVolume',
        'PersistentVolumeClaim',
        'Pod',
        'PodTemplate',
        'ReplicationController',
        'ResourceQuota',
        'Secret',
        'Service',
        'ServiceAccount',
    ],
    'apps/v1': ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
    'batch/v1': ['CronJob', 'Job'],
    'autoscaling/v1': ['HorizontalPodAutoscaler', 'Scale'],
    'autoscaling/v2': ['HorizontalPodAutoscaler'],
    'policy/v1': ['Eviction', 'PodDisruptionBudget'],
    'networking.k8s.io/v1': ['IPAddress', 'Ingress', 'IngressClass', 'NetworkPolicy', 'ServiceCIDR'],
    'networking.k8s.io/v1beta1': ['IPAddress', 'ServiceCIDR'],
    'rbac.authorization.k8s.io/v1': ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    'storage.k8s.io/v1': [
        'CSIDriver',
        'CSINode',
        'CSIStorageCapacity',
        'StorageClass',
        'VolumeAttachment',
        'VolumeAttributesClass',
    ],
    'storage.k8s.io/v1beta1': ['VolumeAttributesClass'],
    'scheduling.k8s.io/v1': ['PriorityClass'],
    'scheduling.k8s.io/v1alpha2': ['PodGroup', 'Workload'],
    'coordination.k8s.io/v1': ['Lease'],
    'coordination.k8s.io/v1beta1': ['LeaseCandidate'],
    'coordination.k8s.io/v1alpha2': ['LeaseCandidate'],
    'discovery.k8s.io/v1': ['EndpointSlice'],
    'node.k8s.io/v1': ['RuntimeClass'],
    'certificates.k8s.io/v1': ['CertificateSigningRequest'],
    'certificates.k8s.io/v1beta1': ['ClusterTrustBundle', 'PodCertificateRequest'],
    'certificates.k8s.io/v1alpha1': ['ClusterTrustBundle'],
    'apiextensions.k8s.io/v1': ['CustomResourceDefinition'],
    'apiregistration.k8s.io/v1': ['APIService'],
    'admissionregistration.k8s.io/v1': [
        'MutatingWebhookConfiguration',
        'ValidatingAdmissionPolicy',
        'ValidatingAdmissionPolicyBinding',
        'ValidatingWebhookConfiguration',
    ],
    'admissionregistration.k8s.io/v1beta1': ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    'admissionregistration.k8s.io/v1alpha1': ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    'flowcontrol.apiserver.k8s.io/v1': ['FlowSchema', 'PriorityLevelConfiguration'],
    'events.k8s.io/v1': ['Event'],
    'resource.k8s.io/v1': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
    'resource.k8s.io/v1beta2': [
        'DeviceClass',
        'DeviceTaintRule',
        'ResourceClaim',
        'ResourceClaimTemplate',
        'ResourceSlice',
    ],
    'resource.k8s.io/v1beta1': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
    'resource.k8s.io/v1alpha3': ['DeviceTaintRule'],
};
const PSP_GONE = {
    instead: 'PodSecurityPolicy is gone from Kubernetes; use Pod Security Admission (pod-security.kubernetes.io labels on the namespace) or a policy engine such as Kyverno or Gatekeeper',
};
/** Removed API versions, by `apiVersion` and then kind; `*` stands for every kind of that version. */
const REMOVED_APIS = {
    'extensions/v1beta1': {
        Deployment: { removedIn: '1.16', replacement: 'apps/v1' },
        DaemonSet: { removedIn: '1.16', replacement: 'apps/v1' },
        ReplicaSet: { removedIn: '1.16', replacement: 'apps/v1' },
        NetworkPolicy: { removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
        PodSecurityPolicy: { removedIn: '1.16', ...PSP_GONE },
        Ingress: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
        '*': { removedIn: '1.22' },
    },
    'apps/v1beta1': { '*': { removedIn: '1.16', replacement: 'apps/v1' } },
    'apps/v1beta2': { '*': { removedIn: '1.16', replacement: 'apps/v1' } },
    'networking.k8s.io/v1beta1': {
        Ingress: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
        IngressClass: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
    },
    'rbac.authorization.k8s.io/v1beta1': {
        '*': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
    },
    'apiextensions.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' } },
    'apiregistration.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' } },
    'admissionregistration.k8s.io/v1beta1': {
        MutatingWebhookConfiguration: { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
        ValidatingWebhookConfiguration: { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
    },
    'certificates.k8s.io/v1beta1': {
        CertificateSigningRequest: { removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
    },
    'coordination.k8s.io/v1beta1': { Lease: { removedIn: '1.22', replacement: 'coordination.k8s.io/v1' } },
    'scheduling.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' } },
    'storage.k8s.io/v1beta1': {
        CSIDriver: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
        CSINode: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
        StorageClass: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
        VolumeAttachment: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
        CSIStorageCapacity: { removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
    },
    'batch/v1beta1': { '*': { removedIn: '1.25', replacement: 'batch/v1' } },
    'batch/v2alpha1': { '*': { removedIn: '1.21', replacement: 'batch/v1' } },
    'discovery.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'discovery.k8s.io/v1' } },
    'events.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'events.k8s.io/v1' } },
    'node.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'node.k8s.io/v1' } },
    'policy/v1beta1': {
        PodDisruptionBudget: { removedIn: '1.25', replacement: 'policy/v1' },
        PodSecurityPolicy: { removedIn: '1.25', ...PSP_GONE },
    },
    'autoscaling/v2beta1': { '*': { removedIn: '1.25', replacement: 'autoscaling/v2' } },
    'autoscaling/v2beta2': { '*': { removedIn: '1.26', replacement: 'autoscaling/v2' } },
    'flowcontrol.apiserver.k8s.io/v1beta1': {
        '*': { removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
    },
    'flowcontrol.apiserver.k8s.io/v1beta2': {
        '*': { removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
    },
    'flowcontrol.apiserver.k8s.io/v1beta3': {
        '*': { removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
    },
};
/** Groups Kubernetes no longer serves at all; their kinds moved to the groups named in REMOVED_APIS. */
const REMOVED_GROUPS = new Set(['extensions']);
function removedApi(apiVersion, kind) {
    const byKind = REMOVED_APIS[apiVersion];
    return byKind?.[kind] ?? byKind?.['*'];
}

;// CONCATENATED MODULE: ./src/validate/api-versions.ts





/** Built-in groups whose kinds are only ever created by clients, never applied from git: not checked. */
const UNLISTED_BUILT_IN_GROUPS = new Set([
    'authentication.k8s.io',
    'authorization.k8s.io',
    'storagemigration.k8s.io',
    'internal.apiserver.k8s.io',
]);
let servedVersions;
/**
 * Every served apiVersion of each kind, the preferred one first (GA before beta before alpha). Only
 * the messages about a wrong apiVersion or kind read it, so it is built when the first one does.
 */
function servedVersionsOfKind() {
    if (servedVersions)
        return servedVersions;
    const byKind = new Map();
    for (const apiVersion of Object.keys(SERVED_KINDS).sort(byPreference)) {
        for (const kind of SERVED_KINDS[apiVersion] ?? []) {
            const versions = byKind.get(kind);
            if (versions)
                versions.push(apiVersion);
            else
                byKind.set(kind, [apiVersion]);
        }
    }
    servedVersions = byKind;
    return byKind;
}
function preferredVersionOf(kind) {
    return servedVersionsOfKind().get(kind)?.[0];
}
/**
 * Whether a built-in object names an apiVersion and kind that Kubernetes serves. A removed API says
 * what replaced it and in which release it went; a misspelled kind or version gets a "did you mean".
 * Objects of other groups (custom resources) are not judged here.
 */
function checkApiVersion(resource) {
    const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object);
    const kind = (0,model_resource/* kindOf */.I)(resource.object);
    if (!apiVersion || !kind)
        return [];
    const group = (0,model_resource/* groupOf */.F8)(apiVersion);
    if (!built_in_groups/* BUILT_IN_GROUPS */.M.has(group) && !REMOVED_GROUPS.has(group))
        return [];
    const removed = removedApi(apiVersion, kind);
    if (removed) {
        return [
            (0,finding/* errorAt */.Os)(resource.locate(['apiVersion']), 'removed-api', removedMessage(apiVersion, kind, removed)),
        ];
    }
    const served = SERVED_KINDS[apiVersion];
    if (served?.includes(kind))
        return [];
    if (served) {
        return [(0,finding/* errorAt */.Os)(resource.locate(['kind']), 'unknown-kind', unknownKindMessage(apiVersion, kind, served))];
    }
    return [
        (0,finding/* errorAt */.Os)(resource.locate(['apiVersion']), 'unknown-api-version', unknownVersionMessage(apiVersion, kind)),
    ];
}
function removedMessage(apiVersion, kind, removed) {
    const gone = `${apiVersion} ${kind} was removed in Kubernetes ${removed.removedIn}`;
    if (removed.replacement) {
        return `${gone}; use apiVersion: ${removed.replacement} (the Kubernetes deprecated API migration guide lists the fields that changed)`;
    }
    if (removed.instead)
        return `${gone}, with no replacement: ${removed.instead}`;
    const elsewhere = preferredVersionOf(kind);
    return elsewhere ? `${gone}; use apiVersion: ${elsewhere}` : gone;
}
function unknownKindMessage(apiVersion, kind, served) {
    const missing = `${apiVersion} has no kind ${kind}`;
    const elsewhere = preferredVersionOf(kind);
    if (elsewhere)
        return `${missing}; ${kind} is in ${elsewhere}: use apiVersion: ${elsewhere}`;
    const near = (0,app/* suggest */.ZA)(kind, served);
    if (near)
        return `${missing}; did you mean ${near}?`;
    const farther = (0,app/* suggest */.ZA)(kind, [...servedVersionsOfKind().keys()]);
    const farVersion = farther ? preferredVersionOf(farther) : undefined;
    if (farther && farVersion)
        return `${missing}; did you mean ${farther} (apiVersion: ${farVersion})?`;
    return `${missing} (its kinds: ${served.join(', ')}); for a custom resource, use the group its CRD defines`;
}
function unknownVersionMessage(apiVersion, kind) {
    const group = (0,model_resource/* groupOf */.F8)(apiVersion);
    const missing = `${apiVersion} is not an API version Kubernetes serves`;
    const versions = servedVersionsOfKind().get(kind);
    const sameGroup = versions?.find((candidate) => (0,model_resource/* groupOf */.F8)(candidate) === group);
    const preferred = sameGroup ?? versions?.[0];
    if (preferred)
        return `${missing}; ${kind} is served as ${preferred}: use apiVersion: ${preferred}`;
    const nearKind = (0,app/* suggest */.ZA)(kind, [...servedVersionsOfKind().keys()]);
    const nearVersion = nearKind ? preferredVersionOf(nearKind) : undefined;
    if (nearKind && nearVersion)
        return `${missing}, and has no kind ${kind}; did you mean ${nearKind} (apiVersion: ${nearVersion})?`;
    const groupVersions = Object.keys(SERVED_KINDS).filter((candidate) => (0,model_resource/* groupOf */.F8)(candidate) === group);
    return `${missing}${groupVersions.length > 0 ? ` (versions of ${group || 'the core group'}: ${groupVersions.join(', ')})` : ''}`;
}
/**
 * One note per API group that is neither built in nor defined by a CRD in the manifests: its objects
 * are custom resources whose CRD must already be in the cluster, and nothing offline can check them.
 * For runs that reach no cluster (validate, a fork's plan); a dry run against the cluster checks them.
 */
function noteUncheckedGroups(resources) {
    const definedGroups = new Set(resources.flatMap(({ object }) => (0,model_resource/* kindOf */.I)(object) === 'CustomResourceDefinition' &&
        (0,model_resource/* isRecord */.u4)(object.spec) &&
        typeof object.spec.group === 'string'
        ? [object.spec.group]
        : []));
    const byGroup = new Map();
    for (const resource of resources) {
        const apiVersion = (0,model_resource/* apiVersionOf */.uO)(resource.object);
        if (!apiVersion || !(0,model_resource/* kindOf */.I)(resource.object))
            continue;
        const group = (0,model_resource/* groupOf */.F8)(apiVersion);
        if (built_in_groups/* BUILT_IN_GROUPS */.M.has(group) || REMOVED_GROUPS.has(group) || UNLISTED_BUILT_IN_GROUPS.has(group))
            continue;
        if (definedGroups.has(group))
            continue;
        byGroup.set(group, [...(byGroup.get(group) ?? []), resource]);
    }
    return [...byGroup].map(([group, members]) => {
        const [first] = members;
        const kinds = [...new Set(members.map(({ object }) => (0,model_resource/* kindOf */.I)(object) ?? ''))].sort().join(', ');
        return (0,finding/* warningAt */.MK)(first.locate(['apiVersion']), 'custom-resource', `${group} is not a built-in Kubernetes API group and no CustomResourceDefinition in these manifests defines it, so its ${members.length === 1 ? 'object' : `${members.length} objects`} (${kinds}) cannot be checked offline; the cluster must have the CRD, and plan checks them against it`);
    });
}
/**
 * `v1` before `v2beta1` before `v1alpha1`; a higher number first within a level; then by group, in
 * code-point order (localeCompare would load ICU's collator at start-up for ASCII names).
 */
function byPreference(a, b) {
    return rank((0,model_resource/* versionOf */.E4)(b)) - rank((0,model_resource/* versionOf */.E4)(a)) || (a < b ? -1 : a > b ? 1 : 0);
}
function rank(version) {
    const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
    if (!match)
        return 0;
    const level = match[2] === 'alpha' ? 1 : match[2] === 'beta' ? 2 : 3;
    return level * 1_000_000 + Number(match[1]) * 1000 + Number(match[3] ?? 0);
}


/***/ }),

/***/ 14158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ checkDuplicates),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   v9: () => (/* binding */ RBAC_KINDS)
/* harmony export */ });
/* harmony import */ var _manifests_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44830);
/* harmony import */ var _model_resource_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27813);
/* harmony import */ var _model_origin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51579);
/* harmony import */ var _manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88048);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41300);





/** The kinds of RBAC, whose names are path segments and whose creation the API server guards. */
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
const LABEL_NAMED_KINDS = new Set(['Namespace']);
const DNS1035_NAMED_KINDS = new Set(['Service']);
/** Whether an object is well formed enough to be identified: apiVersion, kind and a valid name. */
function checkIdentity(resource) {
    const { object } = resource;
    const findings = [];
    const missing = (field, path) => findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(resource.locate(path), 'required-field', `${field} is required`));
    if (typeof object.apiVersion !== 'string' || object.apiVersion === '')
        missing('apiVersion', ['apiVersion']);
    if (typeof object.kind !== 'string' || object.kind === '')
        missing('kind', ['kind']);
    if (!(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(object.metadata)) {
        missing('metadata', ['metadata']);
        return findings;
    }
    const { name, generateName, namespace } = object.metadata;
    // A hook is created, not applied, so each run may name it anew.
    const generated = typeof generateName === 'string' && generateName !== '' && (0,_manifests_hook_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .isHookObject */ .lC)(object);
    if ((typeof name !== 'string' || name === '') && !generated) {
        const hint = typeof generateName === 'string' ? ' (generateName cannot be applied declaratively; set a name)' : '';
        findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(resource.locate(['metadata']), 'required-field', `metadata.name is required${hint}`));
    }
    else if (typeof name === 'string' && name !== '') {
        const problem = nameProblem((0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object) ?? '', name);
        if (problem) {
            findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(resource.locate(['metadata', 'name']), 'invalid-name', `metadata.name "${name}" ${problem}`));
        }
    }
    if (namespace !== undefined) {
        const problem = typeof namespace === 'string' ? (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_3__/* .dns1123LabelProblem */ .Om)(namespace) : 'must be a string';
        if (problem) {
            findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(resource.locate(['metadata', 'namespace']), 'invalid-name', typeof namespace === 'string'
                ? `metadata.namespace "${namespace}" ${problem}`
                : `metadata.namespace ${problem}`));
        }
    }
    return findings;
}
function nameProblem(kind, name) {
    if (RBAC_KINDS.has(kind))
        return (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_3__/* .pathSegmentProblem */ .iF)(name);
    if (LABEL_NAMED_KINDS.has(kind))
        return (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_3__/* .dns1123LabelProblem */ .Om)(name);
    if (DNS1035_NAMED_KINDS.has(kind))
        return (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_3__/* .dns1035LabelProblem */ .Ku)(name);
    return (0,_manifests_names_js__WEBPACK_IMPORTED_MODULE_3__/* .dns1123SubdomainProblem */ ._G)(name);
}
/** Two documents describing the same object would fight each other on every apply. */
function checkDuplicates(resources, scopes, namespace) {
    const seen = new Map();
    const findings = [];
    for (const resource of resources) {
        const { object } = resource;
        const apiVersion = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .apiVersionOf */ .uO)(object);
        const kind = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(object);
        const name = (0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataOf */ .Nk)(object).name;
        if (!apiVersion || !kind || typeof name !== 'string')
            continue;
        const key = `${(0,_model_resource_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(apiVersion)}/${kind}/${scopes.effectiveNamespace(resource, namespace) ?? ''}/${name}`;
        const first = seen.get(key);
        if (first) {
            findings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(resource.locate(['metadata', 'name']), 'duplicate-object', `${kind} ${name} is also defined at ${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOrigin */ .cp)(first.origin)}; keep one of them`));
        }
        else {
            seen.set(key, resource);
        }
    }
    return findings;
}


/***/ }),

/***/ 72713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ withFindings)
/* harmony export */ });
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41300);

/** The result with more findings, e.g. what planning against the cluster found. */
function withFindings(result, more) {
    const findings = (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)([...result.findings, ...more]);
    const { errors, warnings } = (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    return { loaded: result.loaded, findings, errors, warnings, valid: errors === 0 };
}


/***/ })

};

//# sourceMappingURL=170.index.js.map