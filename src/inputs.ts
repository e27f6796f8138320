import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from './errors.js';
import { dns1123LabelProblem } from './manifests/names.js';

/**
 * Every input of the action, which is also every flag of the CLI (`--manifest-type` for
 * `manifest-type`). action.yml and the README tables are kept in step with this list by a test.
 */
export const INPUTS = {
  command: {
    default: 'auto',
    description:
      'What to do: validate, plan, apply, or rbac (the minimal Role and ClusterRole, in the job summary); auto picks from the event (pull_request → plan, push / tag / workflow_dispatch → apply, schedule → plan).',
  },
  manifest: {
    default: 'pipeops.yaml',
    description:
      'Path, relative to the repository root, of the desired state: a pipeops.yaml Application, a folder holding base/ and <environment>/ overlays, a folder or file of Kubernetes YAML, a kustomization folder or a Helm chart.',
  },
  'manifest-type': {
    default: 'auto',
    description:
      'How to read `manifest`: auto, app, kubernetes, kustomize or helm. auto decides from what is there.',
  },
  environment: {
    default: '',
    description:
      'Target environment, e.g. staging or production. Selects the overlay <manifest>/<environment>/pipeops.yaml.',
  },
  image: {
    default: '',
    description: 'Container image for an Application; wins over spec.image. Pin a tag or digest.',
  },
  namespace: {
    default: 'default',
    description: 'Namespace for namespaced objects that do not set one.',
  },
  'ingress-class': {
    default: '',
    description:
      'ingressClassName of the Ingress rendered for a public Application; empty uses the cluster default.',
  },
  'helm-release': {
    default: '',
    description: 'Release name for `helm template`; defaults to the chart folder name.',
  },
  'helm-values': {
    default: '',
    description: 'Values files for `helm template`, one per line, relative to the repository root.',
  },
  'helm-set': {
    default: '',
    description: 'Values for `helm template --set`, one `key=value` per line.',
  },
  'allowed-namespaces': {
    default: '',
    description:
      'Guardrail: comma- or newline-separated namespaces objects may land in; anything else is an error. Empty allows all.',
  },
  'allowed-kinds': {
    default: '',
    description:
      'Guardrail: comma- or newline-separated kinds (Kind or group/Kind) the manifests may contain; anything else is an error. Empty allows all.',
  },
  'policy-pinned-images': {
    default: 'warning',
    description: 'Images must carry a tag other than latest, or a digest: warning, error or off.',
  },
  'policy-resources': {
    default: 'warning',
    description: 'Containers must declare resource requests or limits: warning, error or off.',
  },
  app: {
    default: '',
    description:
      'Name of the app: names the ApplySet, the lock and the PR comment. Defaults to the Application name, the Helm release, or the manifest folder name.',
  },
  kubeconfig: {
    default: '',
    description:
      'Kubeconfig file content, as YAML or base64 of it (store it in a secret). Empty uses $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
  },
  context: {
    default: '',
    description: 'Kubeconfig context to use; empty uses the current context.',
  },
  'create-namespace': {
    default: 'false',
    description: 'Create `namespace` when it does not exist (it is never pruned).',
  },
  'ignore-differences': {
    default: '',
    description:
      "YAML list of fields to leave out of the diff, in Argo CD's form: [{group, kind, name?, namespace?, jsonPointers: [/spec/replicas]}].",
  },
  prune: {
    default: 'false',
    description:
      'Delete objects this app applied before that are no longer in the manifests. Without it they are listed as orphaned.',
  },
  'prune-propagation': {
    default: 'Background',
    description: 'Deletion propagation for pruned objects: Background, Foreground or Orphan.',
  },
  'force-conflicts': {
    default: 'false',
    description:
      'Take over fields another field manager owns (server-side apply force) instead of failing with a conflict.',
  },
  'force-replace': {
    default: 'false',
    description:
      'Replace (delete, then create) objects whose update changes a field the API server never changes in place, such as a Job template or a Deployment selector. Without it such an apply fails before changing anything; the annotation kubesync.io/replace: "true" allows it for one object.',
  },
  concurrency: {
    default: '8',
    description: 'How many API requests kubesync makes at once while planning and applying.',
  },
  wait: {
    default: 'true',
    description:
      'After applying, wait until the changed objects are ready (rollouts complete, Jobs done, PVCs bound).',
  },
  timeout: {
    default: '5m',
    description: 'How long to wait for readiness, e.g. 90s, 5m, 1h.',
  },
  rollback: {
    default: 'true',
    description:
      'When the wait fails, restore the objects this apply changed to their previous state and delete the ones it created.',
  },
  'lock-timeout': {
    default: '5m',
    description: 'How long to wait for another apply of the same app to finish before failing.',
  },
  'request-timeout': {
    default: '30s',
    description:
      'Deadline of each request to the Kubernetes, GitHub and Doppler APIs, from connecting to the last byte of the answer; a request past it is aborted and retried like a dropped connection.',
  },
  'allow-older': {
    default: 'false',
    description: 'Allow applying a commit older than the one last applied (a deliberate rollback).',
  },
  'dry-run': {
    default: 'false',
    description: 'apply behaves as plan: nothing is changed in the cluster.',
  },
  'github-token': {
    default: '${{ github.token }}',
    description:
      'Token for the pull request comment and commit statuses; needs pull-requests: write and statuses: write.',
  },
  comment: {
    default: 'true',
    description: 'On pull requests, keep one comment per app and environment with the plan up to date.',
  },
  'status-context': {
    default: '',
    description:
      'Context of the commit status; defaults to kubesync/<environment>, or kubesync/<app> without one.',
  },
  'image-tag': {
    default: '',
    description:
      'Tag for the Application image (replaces the tag of image / spec.image). On a push of a tag it defaults to the tag name.',
  },
  'environment-url': {
    default: '',
    description:
      "URL of the deployed environment for the GitHub Deployment; defaults to https:// and the Application's first domain.",
  },
  'production-environment': {
    default: 'auto',
    description:
      'Mark the GitHub Deployment as production: true, false, or auto (when the environment is named production).',
  },
  'transient-environment': {
    default: 'false',
    description: 'Mark the GitHub Deployment as transient (e.g. a preview environment).',
  },
  'require-plan-match': {
    default: 'false',
    description:
      "Refuse to apply when the plan differs from the one in the merged pull request's comment, instead of only warning.",
  },
  'doppler-token': {
    default: '',
    description:
      'Doppler service token (store it as a secret) for env values written doppler://<config>/<NAME>; empty reads $DOPPLER_TOKEN. Apply needs it; plan uses it to tell whether values changed.',
  },
  'doppler-project': {
    default: '',
    description:
      'Doppler project, for a personal or service-account token; a service token already names its project.',
  },
  'doppler-api-url': {
    default: 'https://api.doppler.com',
    description: "Base URL of Doppler's API, for a proxy or a test server.",
  },
  'allow-missing-secrets': {
    default: 'false',
    description:
      'Apply even when a Secret or key that a workload references (secretKeyRef, envFrom, volumes) is not in the cluster or the manifests; plan warns either way.',
  },
  'self-heal': {
    default: 'false',
    description:
      'On schedule, apply when the plan finds drift (OutOfSync), taking back fields others changed (force-conflicts), instead of only reporting it.',
  },
} as const satisfies Record<string, { default: string; description: string }>;

export type InputName = keyof typeof INPUTS;
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

/** What kubesync can be asked to do. `render` exists only in the CLI. */
export const COMMANDS = ['auto', 'validate', 'render', 'plan', 'apply', 'rbac'] as const;
export type Command = (typeof COMMANDS)[number];

const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);
const lines = z.string().transform((text) =>
  text
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);
const policyLevel = z.enum(['warning', 'error', 'off']);
const boolean = z
  .enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
  .transform((value) => value.toLowerCase() === 'true');
const duration = z.string().transform((text, context) => {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) {
    context.addIssue({ code: 'custom', message: `"${text}" is not a duration; write e.g. 90s, 5m or 1h` });
    return z.NEVER;
  }
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
  return Number(match[1]) * unit;
});
const ignoreRule = z.strictObject({
  group: z.string().default(''),
  kind: z.string().min(1),
  name: z.string().optional(),
  namespace: z.string().optional(),
  jsonPointers: z.array(z.string().regex(/^\//, { message: 'a JSON pointer starts with /' })).min(1),
});
export type IgnoreRule = z.infer<typeof ignoreRule>;
const ignoreDifferences = z.string().transform((text, context) => {
  if (!text.trim()) return [];
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `is not YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
    });
    return z.NEVER;
  }
  const result = z.array(ignoreRule).safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    context.addIssue({
      code: 'custom',
      message: `[${issue?.path.join('.') ?? ''}] ${issue?.message ?? 'is invalid'}`,
    });
    return z.NEVER;
  }
  return result.data;
});
const label = (what: string) =>
  z.string().superRefine((value, context) => {
    const problem = value === '' ? undefined : dns1123LabelProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
  });

const settingsSchema = z.object({
  command: z.enum(COMMANDS),
  manifest: z.string().min(1),
  'manifest-type': z.enum(['auto', 'app', 'kubernetes', 'kustomize', 'helm']),
  environment: label('environment'),
  image: z.string(),
  namespace: label('namespace').pipe(z.string().min(1)),
  'ingress-class': z.string(),
  'helm-release': z.string(),
  'helm-values': lines,
  'helm-set': lines,
  'allowed-namespaces': list,
  'allowed-kinds': list,
  'policy-pinned-images': policyLevel,
  'policy-resources': policyLevel,
  app: label('app'),
  kubeconfig: z.string(),
  context: z.string(),
  'create-namespace': boolean,
  'ignore-differences': ignoreDifferences,
  prune: boolean,
  'prune-propagation': z.enum(['Background', 'Foreground', 'Orphan']),
  'force-conflicts': boolean,
  'force-replace': boolean,
  concurrency: z.coerce.number().int().min(1).max(64),
  wait: boolean,
  timeout: duration,
  rollback: boolean,
  'lock-timeout': duration,
  'request-timeout': duration,
  'allow-older': boolean,
  'dry-run': boolean,
  'github-token': z.string(),
  comment: boolean,
  'status-context': z.string(),
  'image-tag': z.string().regex(/^$|^[\w][\w.-]{0,127}$/, { message: 'is not a valid image tag' }),
  'environment-url': z.union([z.literal(''), z.url()]),
  'production-environment': z.enum(['auto', 'true', 'false']),
  'transient-environment': boolean,
  'require-plan-match': boolean,
  'self-heal': boolean,
  'doppler-token': z.string(),
  'doppler-project': z.string(),
  'doppler-api-url': z.url({ protocol: /^https?$/ }),
  'allow-missing-secrets': boolean,
});

export type PolicyLevel = z.infer<typeof policyLevel>;

/** The one typed view of the inputs that every command reads. */
export interface Settings {
  readonly command: Command;
  readonly manifest: string;
  readonly manifestType: 'auto' | 'app' | 'kubernetes' | 'kustomize' | 'helm';
  readonly environment: string;
  readonly image: string;
  readonly namespace: string;
  readonly ingressClass: string;
  readonly helm: { readonly release: string; readonly valuesFiles: string[]; readonly setValues: string[] };
  readonly guardrails: { readonly allowedNamespaces: string[]; readonly allowedKinds: string[] };
  readonly policy: { readonly pinnedImages: PolicyLevel; readonly resources: PolicyLevel };
  readonly app: string;
  /** Deadline of each API request, whole answer included. */
  readonly requestTimeoutMs: number;
  readonly cluster: {
    readonly kubeconfig: string;
    readonly context: string;
    readonly createNamespace: boolean;
  };
  readonly ignoreDifferences: IgnoreRule[];
  readonly apply: {
    readonly prune: boolean;
    readonly prunePropagation: 'Background' | 'Foreground' | 'Orphan';
    readonly forceConflicts: boolean;
    readonly forceReplace: boolean;
    readonly concurrency: number;
    readonly wait: boolean;
    readonly timeoutMs: number;
    readonly rollback: boolean;
    readonly lockTimeoutMs: number;
    readonly allowOlder: boolean;
    readonly dryRun: boolean;
  };
  readonly github: { readonly token: string; readonly comment: boolean; readonly statusContext: string };
  readonly imageTag: string;
  readonly deployment: {
    readonly environmentUrl: string;
    readonly production: 'auto' | 'true' | 'false';
    readonly transient: boolean;
    readonly requirePlanMatch: boolean;
    readonly selfHeal: boolean;
  };
  /** The repository checkout every manifest path is resolved in. */
  readonly workspace: string;
  readonly secrets: {
    readonly doppler: { readonly token: string; readonly project: string; readonly apiUrl: string };
    readonly allowMissing: boolean;
  };
  /** CLI only: print Secret values instead of masking them. */
  readonly showSecrets: boolean;
  /** CLI only: `rbac --service-account <namespace>/<name>` binds the roles it prints to it; '' for none. */
  readonly serviceAccount: string;
}

export type RawInputs = Partial<Record<InputName, string>>;

/** Turns raw input strings (empty = unset) into Settings, or a UserError naming the bad input. */
export function parseSettings(
  raw: RawInputs,
  context: { workspace: string; showSecrets?: boolean; serviceAccount?: string; env?: NodeJS.ProcessEnv },
): Settings {
  const withDefaults = Object.fromEntries(
    INPUT_NAMES.map((name) => {
      const value = raw[name]?.trim() ?? '';
      return [name, value === '' ? INPUTS[name].default : value];
    }),
  );
  const result = settingsSchema.safeParse(withDefaults);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const given = JSON.stringify(withDefaults[name]);
      const message =
        issue.code === 'invalid_value'
          ? `must be one of ${issue.values.map(String).join(', ')} (got ${given})`
          : issue.message;
      return `input "${name}": ${message}`;
    });
    throw new UserError(problems.join('; '));
  }
  const inputs = result.data;
  return {
    command: inputs.command,
    manifest: inputs.manifest,
    manifestType: inputs['manifest-type'],
    environment: inputs.environment,
    image: inputs.image,
    namespace: inputs.namespace,
    ingressClass: inputs['ingress-class'],
    helm: {
      release: inputs['helm-release'],
      valuesFiles: inputs['helm-values'],
      setValues: inputs['helm-set'],
    },
    guardrails: { allowedNamespaces: inputs['allowed-namespaces'], allowedKinds: inputs['allowed-kinds'] },
    policy: { pinnedImages: inputs['policy-pinned-images'], resources: inputs['policy-resources'] },
    app: inputs.app,
    requestTimeoutMs: inputs['request-timeout'],
    cluster: {
      kubeconfig: inputs.kubeconfig,
      context: inputs.context,
      createNamespace: inputs['create-namespace'],
    },
    ignoreDifferences: inputs['ignore-differences'],
    apply: {
      prune: inputs.prune,
      prunePropagation: inputs['prune-propagation'],
      forceConflicts: inputs['force-conflicts'],
      forceReplace: inputs['force-replace'],
      concurrency: inputs.concurrency,
      wait: inputs.wait,
      timeoutMs: inputs.timeout,
      rollback: inputs.rollback,
      lockTimeoutMs: inputs['lock-timeout'],
      allowOlder: inputs['allow-older'],
      dryRun: inputs['dry-run'],
    },
    github: {
      // The action.yml default is an expression the runner expands; anywhere else it means "none".
      token: inputs['github-token'].startsWith('${{') ? '' : inputs['github-token'],
      comment: inputs.comment,
      statusContext: inputs['status-context'],
    },
    imageTag: inputs['image-tag'],
    deployment: {
      environmentUrl: inputs['environment-url'],
      production: inputs['production-environment'],
      transient: inputs['transient-environment'],
      requirePlanMatch: inputs['require-plan-match'],
      selfHeal: inputs['self-heal'],
    },
    secrets: {
      doppler: {
        token: inputs['doppler-token'] || (context.env?.DOPPLER_TOKEN ?? '').trim(),
        project: inputs['doppler-project'],
        apiUrl: inputs['doppler-api-url'],
      },
      allowMissing: inputs['allow-missing-secrets'],
    },
    workspace: context.workspace,
    showSecrets: context.showSecrets ?? false,
    serviceAccount: context.serviceAccount ?? '',
  };
}

/** The action's side: reads each input once through the given reader (core.getInput in production). */
export function readActionSettings(
  getInput: (name: string) => string,
  workspace: string,
  env: NodeJS.ProcessEnv = {},
): Settings {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) raw[name] = getInput(name);
  return parseSettings(raw, { workspace, env });
}

export type CliRequest = { kind: 'help'; text: string } | { kind: 'run'; settings: Settings };

/** The CLI's side: `kubesync <command> [manifest] [--input-name value ...]`, same names as the action. */
export function parseCliArgs(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      allowNegative: true,
      options: {
        ...Object.fromEntries(
          INPUT_NAMES.map((name) => [
            name,
            { type: isSwitch(name) ? ('boolean' as const) : ('string' as const) },
          ]),
        ),
        'show-secrets': { type: 'boolean' },
        'service-account': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}; run kubesync --help for the flags`);
  }
  const positionals = parsed.positionals;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help || positionals.length === 0) return { kind: 'help', text: cliHelp() };
  const [command, manifest, ...extra] = positionals;
  if (extra.length > 0)
    throw new UserError(`unexpected arguments: ${extra.join(' ')}; give one manifest path`);
  const raw: RawInputs = { command };
  for (const name of INPUT_NAMES) {
    const value = values[name];
    if (typeof value === 'string') raw[name] = value;
    if (typeof value === 'boolean') raw[name] = String(value);
  }
  if (manifest !== undefined) {
    if (raw.manifest !== undefined)
      throw new UserError('give the manifest either as an argument or as --manifest');
    raw.manifest = path.isAbsolute(manifest) ? path.relative(cwd, manifest) || '.' : manifest;
  }
  return {
    kind: 'run',
    settings: parseSettings(raw, {
      workspace: cwd,
      showSecrets: values['show-secrets'] === true,
      serviceAccount: typeof values['service-account'] === 'string' ? values['service-account'] : '',
      env,
    }),
  };
}

/** Inputs that are true/false are plain switches in the CLI: `--prune`, `--no-wait`. */
function isSwitch(name: InputName): boolean {
  const value: string = INPUTS[name].default;
  return value === 'true' || value === 'false';
}

export function cliHelp(): string {
  const flags = INPUT_NAMES.filter((name) => name !== 'command' && name !== 'manifest').map((name) => {
    const flag = isSwitch(name) ? `  --${name}, --no-${name}` : `  --${name} <value>`;
    return `${flag.padEnd(40)}${wrapDescription(INPUTS[name].description, INPUTS[name].default)}`;
  });
  return [
    'kubesync: push-based GitOps for Kubernetes',
    '',
    'Usage: kubesync <command> [manifest] [flags]',
    '',
    'Commands:',
    '  validate    check the manifests offline; exit 1 on any error',
    '  render      print the rendered Kubernetes YAML (Secret values masked)',
    '  plan        diff against the live cluster; exit 0 in sync, 1 with changes, 2 on error (as kubectl diff)',
    '  apply       apply to the cluster, wait until healthy, prune; exit 0 synced, 2 on failure',
    '  rbac        print the Role and ClusterRole the deploying identity needs, for kubectl apply -f -',
    '',
    `manifest defaults to ${INPUTS.manifest.default}. Flags mirror the action's inputs:`,
    ...flags,
    `${'  --show-secrets'.padEnd(40)}render: print Secret values instead of masking them`,
    `${'  --service-account <namespace>/<name>'.padEnd(40)}rbac: also bind the roles to this ServiceAccount`,
    `${'  -h, --help'.padEnd(40)}this help`,
    '',
  ].join('\n');
}

function wrapDescription(description: string, defaultValue: string): string {
  return defaultValue ? `${description} (default: ${defaultValue})` : description;
}
