export const id = 359;
export const ids = [359];
export const modules = {

/***/ 52359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: PLAN_NOT_COMPARED

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/manifests/app.ts + 1 modules
var app = __webpack_require__(60901);
// EXTERNAL MODULE: ./src/settings/parse-settings.ts
var parse_settings = __webpack_require__(42482);
;// CONCATENATED MODULE: ./src/cli/cli-args.ts








const CLI_COMMANDS = {
    validate: 'check the manifests offline; exit 1 on any error',
    render: 'print the rendered Kubernetes YAML (Secret values masked)',
    plan: 'diff against the live cluster; exit 0 in sync, 1 with changes, 2 on error (as kubectl diff), 3 when no cluster could be compared',
    apply: 'apply to the cluster, wait until healthy, prune; exit 0 synced, 2 on failure',
    rbac: 'print the Role and ClusterRole the deploying identity needs, for kubectl apply -f -',
};
const COMMAND_NAMES = Object.keys(CLI_COMMANDS);
/** Other names of a command, as a kubectl user types them. */
const ALIASES = { diff: 'plan' };
/** Flags that name files: given in a terminal, relative to the current folder. */
const PATH_FLAGS = [inputs/* SETTINGS */.yy.helm.valuesFiles.name, inputs/* SETTINGS */.yy.substitution.files.name];
/** The flags of the CLI: every input a terminal can give (not the workflow-only ones), but the positional. */
const FLAGS = inputs/* INPUT_DEFINITIONS */.Y_.map(({ definition }) => definition).filter((definition) => definition.surface !== 'action' && definition.name !== inputs/* SETTINGS */.yy.manifest.name);
/** `kubesync <command> [manifest] [flags]`: the same settings as the action, from a terminal. */
function parseCliArgs(argv, cwd, env = {}) {
    const parsed = parseFlags(argv);
    const values = parsed.values;
    const [typed, manifest, ...extra] = parsed.positionals;
    const command = typed !== undefined && Object.hasOwn(ALIASES, typed) ? ALIASES[typed] : typed;
    if (values.version)
        return { kind: 'version' };
    if (command !== undefined && !isCommand(command))
        throw unknownCommand(command);
    if (values.help || command === undefined)
        return { kind: 'help', text: cliHelp(command) };
    if (extra.length > 0)
        throw new errors/* UserError */.y(`unexpected arguments: ${extra.join(' ')}; give one manifest path`);
    if (manifest !== undefined && values[inputs/* SETTINGS */.yy.manifest.name] !== undefined)
        throw new errors/* UserError */.y('give the manifest either as an argument or as -f/--manifest');
    const manifestFlag = values[inputs/* SETTINGS */.yy.manifest.name];
    const manifestPath = manifest ?? (typeof manifestFlag === 'string' ? manifestFlag : undefined);
    const repository = repositoryOf(external_node_path_default().resolve(cwd, manifestPath ?? inputs/* SETTINGS */.yy.manifest.default), cwd);
    const raw = { [inputs/* SETTINGS */.yy.command.name]: command };
    for (const definition of FLAGS) {
        const value = values[definition.name];
        if (value === undefined)
            continue;
        const given = Array.isArray(value) ? value : [String(value)];
        raw[definition.name] = (PATH_FLAGS.includes(definition.name)
            ? given.map((file) => inRepository(external_node_path_default().resolve(cwd, file), repository))
            : given).join('\n');
    }
    if (manifestPath !== undefined)
        raw[inputs/* SETTINGS */.yy.manifest.name] = inRepository(external_node_path_default().resolve(cwd, manifestPath), repository);
    const kubeconfig = raw[inputs/* SETTINGS */.yy.cluster.kubeconfig.name];
    if (kubeconfig)
        raw[inputs/* SETTINGS */.yy.cluster.kubeconfig.name] = readKubeconfigFile(external_node_path_default().resolve(cwd, kubeconfig));
    return { kind: 'run', settings: (0,parse_settings/* parseSettings */.P)(raw, { workspace: repository, env }) };
}
/**
 * The repository a manifest belongs to, which bounds what kubesync reads: the git work tree around it;
 * outside git, the current folder when the manifest is in it, else the manifest's own folder.
 */
function repositoryOf(manifest, cwd) {
    const near = (0,external_node_fs_.existsSync)(manifest) && (0,external_node_fs_.statSync)(manifest).isDirectory() ? manifest : external_node_path_default().dirname(manifest);
    const folder = (0,external_node_fs_.existsSync)(near) ? near : cwd;
    const git = (0,external_node_child_process_.spawnSync)('git', ['-C', folder, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' });
    const top = git.status === 0 ? git.stdout.trim() : '';
    if (top)
        return top;
    return isInside(manifest, cwd) ? realPath(cwd) : realPath(folder);
}
/** A path as the settings take it: relative to the repository, or absolute when it lies outside (refused later). */
function inRepository(file, repository) {
    // git names the work tree by its real path (/private/var/… for /var/… on macOS).
    const real = realPath(file);
    return isInside(real, repository) ? external_node_path_default().relative(repository, real) || '.' : file;
}
/** The real path of a file, or of the deepest folder of it that exists, with the rest appended. */
function realPath(file) {
    if ((0,external_node_fs_.existsSync)(file))
        return (0,external_node_fs_.realpathSync)(file);
    const parent = external_node_path_default().dirname(file);
    return parent === file ? file : external_node_path_default().join(realPath(parent), external_node_path_default().basename(file));
}
function isInside(file, folder) {
    const relative = external_node_path_default().relative(folder, file);
    return !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
function parseFlags(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            allowNegative: true,
            options: {
                ...Object.fromEntries([...FLAGS, inputs/* SETTINGS */.yy.manifest].map((definition) => [
                    definition.name,
                    {
                        type: isSwitch(definition) ? 'boolean' : 'string',
                        ...(definition.short ? { short: definition.short } : {}),
                        ...(definition.repeatable ? { multiple: true } : {}),
                    },
                ])),
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        throw flagError(error);
    }
}
/** Node's parseArgs messages speak of its API; say what to type instead. */
function flagError(error) {
    const flag = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const name = flag.replace(/^-+(no-)?/, '');
        const near = (0,app/* suggest */.ZA)(name, [...FLAGS, inputs/* SETTINGS */.yy.manifest].map((definition) => definition.name));
        const hint = near ? `did you mean --${near}? ` : '';
        return new errors/* UserError */.y(`unknown flag ${flag}; ${hint}kubesync --help lists the flags`);
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        // The flag reads `--wait` or `-n, --namespace <value>`: the long name is the last --word.
        const name = /--([\w-]+)(?!.*--)/.exec(flag)?.[1] ?? '';
        const definition = FLAGS.find((candidate) => candidate.name === name);
        if (definition && !isSwitch(definition))
            return new errors/* UserError */.y(`--${definition.name} needs a value`);
        if (definition)
            return new errors/* UserError */.y(`--${definition.name} is a switch and takes no value`);
    }
    return new errors/* UserError */.y(`${error.message.split('.')[0] ?? error.message}; kubesync --help lists the flags`);
}
function isCommand(name) {
    return COMMAND_NAMES.includes(name);
}
function unknownCommand(name) {
    if (name === 'promote')
        return new errors/* UserError */.y('promote runs in a workflow: it commits through the GitHub API and opens a pull request; use the action with command: promote');
    const near = (0,app/* suggest */.ZA)(name, COMMAND_NAMES);
    return new errors/* UserError */.y(`unknown command "${name}"; ${near ? `did you mean ${near}? ` : ''}the commands are ${COMMAND_NAMES.join(', ')}`);
}
function readKubeconfigFile(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        throw new errors/* UserError */.y(`--kubeconfig ${file}: ${reason}; give the path of a kubeconfig file, as to kubectl`);
    }
}
/**
 * Inputs that take true or false are plain switches in the CLI: `--prune`, `--no-wait`. One whose only
 * other value is its default (`auto`) is a switch too, absent meaning kubesync decides: `--color`.
 */
function isSwitch(definition) {
    const values = valuesOf(definition);
    if (!values)
        return false;
    const lower = values.map((value) => value.toLowerCase());
    return (lower.includes('true') &&
        lower.includes('false') &&
        values.every((value, index) => ['true', 'false'].includes(lower[index] ?? '') || value === definition.default));
}
/** The values an input takes when they are a fixed set (an enum), else undefined. */
function valuesOf(definition) {
    const values = definition.schema._zod.values;
    return values ? [...values].map(String) : undefined;
}
const FLAG_COLUMN = 34;
/** The usage text: every command and flag, or with a command, the flags that command reads. */
function cliHelp(command) {
    const forCommand = command !== undefined && isCommand(command) ? command : undefined;
    const flags = FLAGS.filter((definition) => !forCommand || definition.commands.includes(forCommand));
    const usage = forCommand
        ? [`Usage: kubesync ${forCommand} [manifest] [flags]`, '', `${forCommand}: ${CLI_COMMANDS[forCommand]}`]
        : [
            'Usage: kubesync <command> [manifest] [flags]',
            '',
            'Commands:',
            ...COMMAND_NAMES.map((name) => row(`  ${name}`, CLI_COMMANDS[name])),
            ...Object.entries(ALIASES).map(([alias, name]) => row(`  ${alias}`, `the same as ${name}, as kubectl ${alias}`)),
            '',
            'kubesync <command> --help shows the flags that command reads.',
        ];
    return [
        'kubesync: push-based GitOps for Kubernetes',
        '',
        ...usage,
        '',
        `manifest defaults to ${inputs/* SETTINGS */.yy.manifest.default}. Flags (the action's inputs of the same name):`,
        ...flags.map((definition) => row(flagLabel(definition), describe(definition))),
        row('  -h, --help', 'this help'),
        row('  --version', 'the version of kubesync, its Kubernetes client and Node.js'),
        '',
    ].join('\n');
}
function flagLabel(definition) {
    const short = definition.short ? `-${definition.short}, ` : '';
    if (isSwitch(definition))
        return `  ${short}--${definition.name}, --no-${definition.name}`;
    const valueName = definition.cli?.valueName ?? valuesOf(definition)?.join('|') ?? 'value';
    return `  ${short}--${definition.name} <${valueName}>`;
}
function describe(definition) {
    const text = definition.cli?.description ?? definition.description;
    const repeat = definition.repeatable ? ' Repeat the flag for more.' : '';
    return definition.default && !isSwitch(definition)
        ? `${text}${repeat} (default: ${definition.default})`
        : `${text}${repeat}`;
}
/** A label and its text; a label too long for the column gets the text on its own line. */
function row(label, text) {
    return label.length < FLAG_COLUMN - 1
        ? `${label.padEnd(FLAG_COLUMN)}${text}`
        : `${label}\n${' '.repeat(FLAG_COLUMN)}${text}`;
}

;// CONCATENATED MODULE: ./src/cli/flag-wording.ts

/** The inputs a terminal gives as flags, by name. */
const flag_wording_FLAGS = new Set(inputs/* INPUT_DEFINITIONS */.Y_.map(({ definition }) => definition).flatMap((definition) => definition.surface === 'action' ? [] : [definition.name]));
const flag = (name, value) => value === undefined || value === 'true'
    ? `--${name}`
    : value === 'false'
        ? `--no-${name}`
        : `--${name} ${value}`;
/**
 * Messages name a setting as a workflow sets it (`set create-namespace: true`, `the kubeconfig input`,
 * `add X to allowed-kinds in the workflow`); in a terminal the same setting is a flag
 * (`pass --create-namespace`, `--kubeconfig`). Only names of the CLI's flags are reworded.
 */
function inFlagWords(text) {
    return text
        .replace(/\bset ([a-z][a-z-]*): ([^\s,;)`]+)(?: in the workflow\b)?/g, (phrase, name, value) => (flag_wording_FLAGS.has(name) ? `pass ${flag(name, value)}` : phrase))
        .replace(/\b(?:the )?([a-z][a-z-]*) input\b/g, (phrase, name) => flag_wording_FLAGS.has(name) ? flag(name, undefined) : phrase)
        .replace(/\binput "([a-z][a-z-]*)"/g, (phrase, name) => flag_wording_FLAGS.has(name) ? flag(name, undefined) : phrase)
        .replace(/\bto ([a-z][a-z-]*) in the workflow\b/g, (phrase, name) => flag_wording_FLAGS.has(name) ? `to --${name}` : phrase);
}
/** A log whose lines speak of flags, for the terminal. */
function flagWordedLog(log) {
    return {
        info: (line) => log.info(inFlagWords(line)),
        warning: (line) => log.warning(inFlagWords(line)),
        group: (name, run) => log.group(name, run),
        ...(log.status ? { status: log.status } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/terminal-log.ts
/** Back to the start of the line, and the line cleared. */
const CLEAR_LINE = '\r\u001b[K';
/**
 * The CLI's log on a stream. On a terminal it has a status line too, rewritten in place (a wait's
 * progress), which every other line clears first so that the two never mix.
 */
function terminalLogOn(stream) {
    let showing = false;
    const write = (text) => {
        if (showing)
            stream.write(CLEAR_LINE);
        showing = false;
        stream.write(text);
    };
    const log = {
        info: (line) => write(`${line}\n`),
        warning: (line) => write(`warning: ${line}\n`),
        group: async (name, run) => {
            write(`── ${name}\n`);
            return run();
        },
    };
    if (!stream.isTTY)
        return log;
    return {
        ...log,
        status: (line) => {
            // One line: longer than the terminal is wide, it would wrap and \r would rewrite only its end.
            const width = Math.max(20, (stream.columns ?? 80) - 1);
            stream.write(`${CLEAR_LINE}${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
            showing = true;
        },
    };
}
/** The CLI logs to stderr, so stdout stays the diff or the YAML a script may pipe on. */
const terminalLog = terminalLogOn(process.stderr);

// EXTERNAL MODULE: ./src/model/finding.ts
var model_finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/validate/counts.ts
var counts = __webpack_require__(20976);
// EXTERNAL MODULE: ./src/app/version-info.ts
var version_info = __webpack_require__(81328);
// EXTERNAL MODULE: ./src/app/stack-trace.ts
var stack_trace = __webpack_require__(61063);
;// CONCATENATED MODULE: ./src/cli/run-cli.ts








/**
 * The same commands from a terminal. Exit codes follow `kubectl diff`: 0 fine and in sync, 1 problems
 * found or changes planned, 2 failure. Results go to stdout, progress and findings to stderr. Each
 * command loads only the code it runs: `validate` never loads the cluster client.
 */
async function runCli(argv, terminal) {
    try {
        const request = parseCliArgs(argv, terminal.cwd, terminal.env);
        if (request.kind === 'version') {
            process.stdout.write(`${(0,version_info/* versionLine */.b)()}\n`);
            return 0;
        }
        if (request.kind === 'help') {
            process.stdout.write(request.text);
            return 0;
        }
        const { settings } = request;
        terminal.secrets.register(settings.secrets.doppler.token);
        return await runCommand(settings, terminal);
    }
    catch (error) {
        process.stderr.write(`kubesync: ${(0,errors/* isUserError */.i)(error) ? inFlagWords(error.message) : (0,stack_trace/* readableStack */.x)(error)}\n`);
        return 2;
    }
}
async function runCommand(settings, terminal) {
    if (settings.command === 'promote')
        // parseCliArgs refuses it; the settings type still lists every command.
        throw new errors/* UserError */.y('promote runs in a workflow; use the action with command: promote');
    const command = settings.command === 'auto' ? 'plan' : settings.command;
    const { runApp } = await __webpack_require__.e(/* import() */ 170).then(__webpack_require__.bind(__webpack_require__, 29170));
    const outcome = await runApp(command, settings, await runtimeOf(command, terminal), {
        // A terminal is no workflow run: nothing is recorded on GitHub.
        run: { eventName: 'cli', runUrl: '', sha: '' },
        provenance: () => readProvenanceOf(terminal, settings.workspace),
        cancellation: terminal.cancellation,
    });
    return printOutcome(outcome, settings, terminal);
}
async function printOutcome(outcome, settings, terminal) {
    const { secrets } = terminal;
    switch (outcome.kind) {
        case 'skipped':
        case 'promoted':
            // Only events skip an app, and only the action promotes.
            return 0;
        case 'failed':
            process.stderr.write(`kubesync: ${inFlagWords(outcome.message)}\n`);
            return 2;
        case 'validated': {
            const result = outcome.validation;
            if (settings.output !== 'text') {
                const [{ validationJson }, { outputDocument }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 813).then(__webpack_require__.bind(__webpack_require__, 92813)),
                    __webpack_require__.e(/* import() */ 598).then(__webpack_require__.bind(__webpack_require__, 9598)),
                ]);
                printFindings(result.findings, process.stderr);
                process.stdout.write(outputDocument(validationJson(result), settings.output));
                return result.valid ? 0 : 1;
            }
            printFindings(result.findings, process.stdout);
            const { errors, warnings } = result;
            process.stdout.write(`${(0,counts/* countLine */.Q)({ objects: result.loaded.resources.length, errors, warnings })}\n`);
            return result.valid ? 0 : 1;
        }
        case 'rendered': {
            const { result } = outcome;
            const { renderNotes } = await __webpack_require__.e(/* import() */ 180).then(__webpack_require__.bind(__webpack_require__, 56180));
            printFindings(result.validation.findings, process.stderr);
            for (const note of renderNotes(result))
                process.stderr.write(`${note}\n`);
            // The rendered objects are YAML already: -o yaml prints them as they are.
            let text = result.yaml;
            if (settings.output === 'json') {
                const [{ renderJson }, { jsonDocument }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 123).then(__webpack_require__.bind(__webpack_require__, 70123)),
                    __webpack_require__.e(/* import() */ 598).then(__webpack_require__.bind(__webpack_require__, 9598)),
                ]);
                text = jsonDocument(renderJson(result));
            }
            // --show-secrets asks for the values on this terminal; everything else stays redacted.
            if (settings.showSecrets)
                terminal.writeUnredacted(text);
            else
                process.stdout.write(text);
            return result.validation.valid ? 0 : 1;
        }
        case 'planned': {
            const { result } = outcome;
            printFindings(result.validation.findings, process.stderr);
            const exitCode = planExitCode(result.validation.valid, result.plan?.syncStatus);
            if (settings.output !== 'text') {
                const [{ planJson }, { outputDocument }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 34).then(__webpack_require__.bind(__webpack_require__, 16034)),
                    __webpack_require__.e(/* import() */ 598).then(__webpack_require__.bind(__webpack_require__, 9598)),
                ]);
                process.stdout.write(outputDocument(planJson(result, secrets), settings.output));
                return exitCode;
            }
            if (!result.validation.valid)
                return exitCode;
            if (!result.plan) {
                process.stdout.write(`${result.app}: Unknown: ${result.unknownReason ?? ''}; ${result.validation.loaded.resources.length} objects rendered and valid (kubesync render shows them)\n`);
                return exitCode;
            }
            process.stdout.write(await planText(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`, settings, terminal));
            return exitCode;
        }
        case 'rbac': {
            const { result } = outcome;
            printFindings(result.validation.findings, process.stderr);
            process.stdout.write(result.yaml);
            return result.validation.valid ? 0 : 1;
        }
        case 'applied': {
            const { result } = outcome;
            printFindings(result.validation.findings, process.stderr);
            // What was applied, one line per object; the diffs are plan's (kubesync diff).
            if (result.plan)
                process.stdout.write(await planText(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`, settings, terminal, { diffs: false }));
            for (const line of result.restored)
                process.stdout.write(`rolled back: ${line}\n`);
            for (const subject of result.pruned)
                process.stdout.write(`pruned: ${subject}\n`);
            for (const problem of result.problems)
                process.stderr.write(`error: ${inFlagWords(problem)}\n`);
            process.stdout.write(`${result.app}: ${result.dryRun ? 'dry run, nothing changed: ' : ''}${result.syncStatus}\n`);
            return result.syncStatus === 'Failed' ? 2 : 0;
        }
    }
}
/**
 * As `kubectl diff`: 0 in sync, 1 changes planned, 2 an error; and 3 when no cluster could be
 * compared (no credentials), which a script must not read as "in sync".
 */
const PLAN_NOT_COMPARED = 3;
function planExitCode(valid, syncStatus) {
    if (!valid)
        return 2;
    if (syncStatus === undefined)
        return PLAN_NOT_COMPARED;
    return syncStatus === 'OutOfSync' ? 1 : 0;
}
async function readProvenanceOf(terminal, workspace) {
    const { readProvenance } = await __webpack_require__.e(/* import() */ 564).then(__webpack_require__.bind(__webpack_require__, 76564));
    return readProvenance(terminal.env, workspace);
}
/** Commands that never reach a cluster do not load its client. */
async function runtimeOf(command, terminal) {
    const log = flagWordedLog(terminalLog);
    if (command === 'plan' || command === 'apply') {
        const { liveRuntime } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(941), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 58969));
        return liveRuntime(log, terminal.env, terminal.secrets);
    }
    return {
        log,
        env: terminal.env,
        secrets: terminal.secrets,
        connect: () => undefined,
        doppler: () => undefined,
    };
}
/** The plan as text, its diff coloured when stdout is a terminal or --color says so. */
async function planText(plan, header, settings, terminal, options = { diffs: true }) {
    const [{ formatPlan }, { shouldColor }, { colorDiff }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(495), __webpack_require__.e(307)]).then(__webpack_require__.bind(__webpack_require__, 38495)),
        __webpack_require__.e(/* import() */ 473).then(__webpack_require__.bind(__webpack_require__, 27473)),
        __webpack_require__.e(/* import() */ 114).then(__webpack_require__.bind(__webpack_require__, 83114)),
    ]);
    const paint = shouldColor(settings.color, process.stdout, terminal.env) ? colorDiff : undefined;
    return formatPlan(plan, header, terminal.secrets, paint, options.diffs);
}
function printFindings(findings, stream) {
    for (const finding of findings)
        stream.write(`${inFlagWords((0,model_finding/* formatFinding */.tf)(finding))}\n`);
}


/***/ })

};

//# sourceMappingURL=359.index.js.map