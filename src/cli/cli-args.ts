import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../model/errors.js';
import type { Settings } from '../settings/inputs.js';
import { INPUT_DEFINITIONS, SETTINGS } from '../settings/inputs.js';
import { suggest } from '../manifests/app.js';
import type { InputDefinition, ResolvedCommand } from '../settings/input-table.js';
import { parseSettings } from '../settings/parse-settings.js';

export type CliRequest =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly settings: Settings };

/** promote writes through GitHub's API to a pull request: it is the workflow's alone. */
type CliCommand = Exclude<ResolvedCommand, 'promote'>;

const CLI_COMMANDS: Readonly<Record<CliCommand, string>> = {
  validate: 'check the manifests offline; exit 1 on any error',
  render: 'print the rendered Kubernetes YAML (Secret values masked)',
  plan: 'diff against the live cluster; exit 0 in sync, 1 with changes, 2 on error (as kubectl diff), 3 when no cluster could be compared',
  apply: 'apply to the cluster, wait until healthy, prune; exit 0 synced, 2 on failure',
  rbac: 'print the Role and ClusterRole the deploying identity needs, for kubectl apply -f -',
};
const COMMAND_NAMES = Object.keys(CLI_COMMANDS) as CliCommand[];

/** Other names of a command, as a kubectl user types them. */
const ALIASES: Readonly<Record<string, CliCommand>> = { diff: 'plan' };

/** Flags that name files: given in a terminal, relative to the current folder. */
const PATH_FLAGS = [SETTINGS.helm.valuesFiles.name, SETTINGS.substitution.files.name];

/** The flags of the CLI: every input a terminal can give (not the workflow-only ones), but the positional. */
const FLAGS = INPUT_DEFINITIONS.map(({ definition }) => definition).filter(
  (definition) => definition.surface !== 'action' && definition.name !== SETTINGS.manifest.name,
);

/** `kubesync <command> [manifest] [flags]`: the same settings as the action, from a terminal. */
export function parseCliArgs(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRequest {
  const parsed = parseFlags(argv);
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const [typed, manifest, ...extra] = parsed.positionals;
  const command = typed !== undefined && Object.hasOwn(ALIASES, typed) ? ALIASES[typed] : typed;
  if (values.version) return { kind: 'version' };
  if (command !== undefined && !isCommand(command)) throw unknownCommand(command);
  if (values.help || command === undefined) return { kind: 'help', text: cliHelp(command) };
  if (extra.length > 0)
    throw new UserError(`unexpected arguments: ${extra.join(' ')}; give one manifest path`);
  if (manifest !== undefined && values[SETTINGS.manifest.name] !== undefined)
    throw new UserError('give the manifest either as an argument or as -f/--manifest');
  const manifestFlag = values[SETTINGS.manifest.name];
  const manifestPath = manifest ?? (typeof manifestFlag === 'string' ? manifestFlag : undefined);
  const repository = repositoryOf(path.resolve(cwd, manifestPath ?? SETTINGS.manifest.default), cwd);
  const raw: Record<string, string> = { [SETTINGS.command.name]: command };
  for (const definition of FLAGS) {
    const value = values[definition.name];
    if (value === undefined) continue;
    const given = Array.isArray(value) ? value : [String(value)];
    raw[definition.name] = (
      PATH_FLAGS.includes(definition.name)
        ? given.map((file) => inRepository(path.resolve(cwd, file), repository))
        : given
    ).join('\n');
  }
  if (manifestPath !== undefined)
    raw[SETTINGS.manifest.name] = inRepository(path.resolve(cwd, manifestPath), repository);
  const kubeconfig = raw[SETTINGS.cluster.kubeconfig.name];
  if (kubeconfig) raw[SETTINGS.cluster.kubeconfig.name] = readKubeconfigFile(path.resolve(cwd, kubeconfig));
  return { kind: 'run', settings: parseSettings(raw, { workspace: repository, env }) };
}

/**
 * The repository a manifest belongs to, which bounds what kubesync reads: the git work tree around it;
 * outside git, the current folder when the manifest is in it, else the manifest's own folder.
 */
function repositoryOf(manifest: string, cwd: string): string {
  const near = existsSync(manifest) && statSync(manifest).isDirectory() ? manifest : path.dirname(manifest);
  const folder = existsSync(near) ? near : cwd;
  const git = spawnSync('git', ['-C', folder, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  const top = git.status === 0 ? git.stdout.trim() : '';
  if (top) return top;
  return isInside(manifest, cwd) ? realPath(cwd) : realPath(folder);
}

/** A path as the settings take it: relative to the repository, or absolute when it lies outside (refused later). */
function inRepository(file: string, repository: string): string {
  // git names the work tree by its real path (/private/var/… for /var/… on macOS).
  const real = realPath(file);
  return isInside(real, repository) ? path.relative(repository, real) || '.' : file;
}

/** The real path of a file, or of the deepest folder of it that exists, with the rest appended. */
function realPath(file: string): string {
  if (existsSync(file)) return realpathSync(file);
  const parent = path.dirname(file);
  return parent === file ? file : path.join(realPath(parent), path.basename(file));
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      allowNegative: true,
      options: {
        ...Object.fromEntries(
          [...FLAGS, SETTINGS.manifest].map((definition) => [
            definition.name,
            {
              type: isSwitch(definition) ? ('boolean' as const) : ('string' as const),
              ...(definition.short ? { short: definition.short } : {}),
              ...(definition.repeatable ? { multiple: true } : {}),
            },
          ]),
        ),
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw flagError(error as Error & { code?: string });
  }
}

/** Node's parseArgs messages speak of its API; say what to type instead. */
function flagError(error: Error & { code?: string }): UserError {
  const flag = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = flag.replace(/^-+(no-)?/, '');
    const near = suggest(
      name,
      [...FLAGS, SETTINGS.manifest].map((definition) => definition.name),
    );
    const hint = near ? `did you mean --${near}? ` : '';
    return new UserError(`unknown flag ${flag}; ${hint}kubesync --help lists the flags`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // The flag reads `--wait` or `-n, --namespace <value>`: the long name is the last --word.
    const name = /--([\w-]+)(?!.*--)/.exec(flag)?.[1] ?? '';
    const definition = FLAGS.find((candidate) => candidate.name === name);
    if (definition && !isSwitch(definition)) return new UserError(`--${definition.name} needs a value`);
    if (definition) return new UserError(`--${definition.name} is a switch and takes no value`);
  }
  return new UserError(`${error.message.split('.')[0] ?? error.message}; kubesync --help lists the flags`);
}

function isCommand(name: string): name is CliCommand {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

function unknownCommand(name: string): UserError {
  if (name === 'promote')
    return new UserError(
      'promote runs in a workflow: it commits through the GitHub API and opens a pull request; use the action with command: promote',
    );
  const near = suggest(name, COMMAND_NAMES);
  return new UserError(
    `unknown command "${name}"; ${near ? `did you mean ${near}? ` : ''}the commands are ${COMMAND_NAMES.join(', ')}`,
  );
}

function readKubeconfigFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`--kubeconfig ${file}: ${reason}; give the path of a kubeconfig file, as to kubectl`);
  }
}

/**
 * Inputs that take true or false are plain switches in the CLI: `--prune`, `--no-wait`. One whose only
 * other value is its default (`auto`) is a switch too, absent meaning kubesync decides: `--color`.
 */
function isSwitch(definition: InputDefinition): boolean {
  const values = valuesOf(definition);
  if (!values) return false;
  const lower = values.map((value) => value.toLowerCase());
  return (
    lower.includes('true') &&
    lower.includes('false') &&
    values.every(
      (value, index) => ['true', 'false'].includes(lower[index] ?? '') || value === definition.default,
    )
  );
}

/** The values an input takes when they are a fixed set (an enum), else undefined. */
function valuesOf(definition: InputDefinition): string[] | undefined {
  const values = definition.schema._zod.values;
  return values ? [...values].map(String) : undefined;
}

const FLAG_COLUMN = 34;

/** The usage text: every command and flag, or with a command, the flags that command reads. */
export function cliHelp(command?: string): string {
  const forCommand = command !== undefined && isCommand(command) ? command : undefined;
  const flags = FLAGS.filter((definition) => !forCommand || definition.commands.includes(forCommand));
  const usage = forCommand
    ? [`Usage: kubesync ${forCommand} [manifest] [flags]`, '', `${forCommand}: ${CLI_COMMANDS[forCommand]}`]
    : [
        'Usage: kubesync <command> [manifest] [flags]',
        '',
        'Commands:',
        ...COMMAND_NAMES.map((name) => row(`  ${name}`, CLI_COMMANDS[name])),
        ...Object.entries(ALIASES).map(([alias, name]) =>
          row(`  ${alias}`, `the same as ${name}, as kubectl ${alias}`),
        ),
        '',
        'kubesync <command> --help shows the flags that command reads.',
      ];
  return [
    'kubesync: push-based GitOps for Kubernetes',
    '',
    ...usage,
    '',
    `manifest defaults to ${SETTINGS.manifest.default}. Flags (the action's inputs of the same name):`,
    ...flags.map((definition) => row(flagLabel(definition), describe(definition))),
    row('  -h, --help', 'this help'),
    row('  --version', 'the version of kubesync, its Kubernetes client and Node.js'),
    '',
  ].join('\n');
}

function flagLabel(definition: InputDefinition): string {
  const short = definition.short ? `-${definition.short}, ` : '';
  if (isSwitch(definition)) return `  ${short}--${definition.name}, --no-${definition.name}`;
  const valueName = definition.cli?.valueName ?? valuesOf(definition)?.join('|') ?? 'value';
  return `  ${short}--${definition.name} <${valueName}>`;
}

function describe(definition: InputDefinition): string {
  const text = definition.cli?.description ?? definition.description;
  const repeat = definition.repeatable ? ' Repeat the flag for more.' : '';
  return definition.default && !isSwitch(definition)
    ? `${text}${repeat} (default: ${definition.default})`
    : `${text}${repeat}`;
}

/** A label and its text; a label too long for the column gets the text on its own line. */
function row(label: string, text: string): string {
  return label.length < FLAG_COLUMN - 1
    ? `${label.padEnd(FLAG_COLUMN)}${text}`
    : `${label}\n${' '.repeat(FLAG_COLUMN)}${text}`;
}
