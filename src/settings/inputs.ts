import { z } from 'zod';
import { contextNamespace } from '../cluster/kubeconfig-files.js';
import type { OutputDefinition, ResolvedCommand, SettingsOf } from './input-table.js';
import { COMMANDS, input, inputsOf } from './input-table.js';
import {
  boolean,
  deployWindows,
  duration,
  githubToken,
  ignoreDifferences,
  imageOverrides,
  label,
  lines,
  list,
  metricThreshold,
  policyLevel,
  variableAssignments,
  wholeNumber,
} from './value-schemas.js';

// Each schema parses once or a few times a run: zod's JIT (parsers compiled with new Function) costs
// more at start-up than it saves.
z.config({ jitless: true });

export { COMMANDS };
export type { Command, ResolvedCommand } from './input-table.js';
export type { PolicyLevel } from './value-schemas.js';

const ALL: readonly ResolvedCommand[] = ['validate', 'render', 'plan', 'apply', 'rbac', 'promote'];
const CLUSTER: readonly ResolvedCommand[] = ['plan', 'apply'];
const CLUSTER_AND_RBAC: readonly ResolvedCommand[] = ['plan', 'apply', 'rbac'];
/** Inputs promote reads too: it plans `to` and reads `from`'s cluster and GitHub. */
const CLUSTER_AND_PROMOTE: readonly ResolvedCommand[] = ['plan', 'apply', 'promote'];
const APPLY: readonly ResolvedCommand[] = ['apply'];
const PROMOTE: readonly ResolvedCommand[] = ['promote'];
const MANY_APPS: readonly ResolvedCommand[] = ['validate', 'plan', 'apply', 'promote'];

/**
 * Every input of the action, which is also every flag of the CLI, in the shape of the Settings it
 * fills. action.yml is generated from it (`npm run generate`), and so are the CLI's flags and help.
 * Adding an input is one entry here.
 */
export const SETTINGS = {
  command: input('command', {
    trust: 'policy',
    description:
      'What to do: validate, plan, apply, promote (open a pull request that moves the images `from` runs into `to`), or rbac (the minimal Role and ClusterRole, in the job summary); auto picks from the event (pull_request → plan, push / tag / workflow_dispatch → apply, schedule → plan).',
    default: 'auto',
    schema: z.enum(COMMANDS),
    commands: ALL,
    surface: 'action',
  }),
  manifest: input('manifest', {
    trust: 'content',
    description:
      'Path, relative to the repository root, of the desired state: a pipeops.yaml Application, a folder holding base/ and <environment>/ overlays, a folder or file of Kubernetes YAML, a kustomization folder or a Helm chart. Several apps: one path per line, a glob (services/*), or a kubesync.yaml listing the apps (used when this is left at its default and the repository root has one).',
    default: 'pipeops.yaml',
    schema: z.string().min(1),
    commands: ALL,
    short: 'f',
  }),
  manifestType: input('manifest-type', {
    trust: 'content',
    description:
      'How to read `manifest`: auto, app, kubernetes, kustomize or helm. auto decides from what is there.',
    default: 'auto',
    schema: z.enum(['auto', 'app', 'kubernetes', 'kustomize', 'helm']),
    commands: ALL,
  }),
  build: input('build', {
    trust: 'policy',
    description:
      "apply: first build the Application's image with the builder spec.build names (dockerfile, nixpacks or buildpack), push it tagged image-tag or the commit sha, and deploy the pushed digest. Log in to the registry in an earlier step.",
    default: 'false',
    schema: boolean,
    commands: APPLY,
  }),
  environment: input('environment', {
    trust: 'policy',
    description:
      'Target environment, e.g. staging or production. Selects the overlay <manifest>/<environment>/pipeops.yaml.',
    default: '',
    schema: label('environment'),
    commands: ALL,
  }),
  image: input('image', {
    trust: 'content',
    description: 'Container image for an Application; wins over spec.image. Pin a tag or digest.',
    default: '',
    schema: z.string(),
    commands: ALL,
  }),
  imageTag: input('image-tag', {
    trust: 'content',
    description:
      'Tag for the Application image (replaces the tag of image / spec.image). On a push of a tag it defaults to the tag name.',
    default: '',
    schema: z.string().regex(/^$|^[\w][\w.-]{0,127}$/, { message: 'is not a valid image tag' }),
    commands: ALL,
  }),
  images: input('images', {
    trust: 'content',
    description:
      "Image overrides for every source, one per line, in kustomize's forms: name=newName, name:newTag, name=newName:newTag, name@sha256:<digest>, name=newName@sha256:<digest>, or name alone to take image-tag. name is the image without tag or digest; it applies to every container, init and ephemeral container of the workloads, and an entry that matches none is an error.",
    default: '',
    schema: imageOverrides,
    commands: ALL,
    repeatable: true,
  }),
  namespace: input('namespace', {
    trust: 'content',
    description:
      "Namespace for namespaced objects that do not set one. Empty uses the kubeconfig context's namespace, as kubectl does, else default.",
    default: '',
    fallback: (raw, env) =>
      contextNamespace({ kubeconfig: raw.kubeconfig ?? '', context: raw.context ?? '' }, env) ?? 'default',
    schema: label('namespace').pipe(z.string().min(1)),
    commands: ALL,
    short: 'n',
  }),
  ingressClass: input('ingress-class', {
    trust: 'content',
    description:
      'ingressClassName of the Ingress rendered for a public Application; empty uses the cluster default.',
    default: '',
    schema: z.string(),
    commands: ALL,
  }),
  substitution: {
    variables: input('substitute', {
      trust: 'content',
      description:
        "Variables for Flux-style substitution in the rendered objects' string values, one NAME=VALUE per line: ${NAME}, ${NAME:=default}, and $${NAME} for a literal ${NAME}. Given this or substitute-from, an undefined variable without a default is an error; without either, only the built-ins KUBESYNC_APP, KUBESYNC_ENVIRONMENT, KUBESYNC_NAMESPACE, KUBESYNC_SHA and KUBESYNC_REF are substituted. An object annotated kustomize.toolkit.fluxcd.io/substitute: disabled is left as written.",
      default: '',
      schema: variableAssignments,
      commands: ALL,
      repeatable: true,
    }),
    files: input('substitute-from', {
      trust: 'content',
      description:
        "Files of variables for substitution, one per line, relative to the repository root: a .yaml/.yml file of ConfigMaps and Secrets (as Flux's substituteFrom; Secret values are masked wherever shown), or a .env file of NAME=VALUE lines. A later file wins; substitute wins over all.",
      default: '',
      schema: lines,
      commands: ALL,
      repeatable: true,
    }),
  },
  helm: {
    release: input('helm-release', {
      trust: 'content',
      description:
        'Release name for `helm template`; defaults to the app name (input `app`), else the chart folder name.',
      default: '',
      schema: z.string(),
      commands: ALL,
    }),
    valuesFiles: input('helm-values', {
      trust: 'content',
      description:
        "Values files for `helm template`, one per line, relative to the repository root; with `environment`, the chart's own values-<environment>.yaml comes first when there is one.",
      default: '',
      schema: lines,
      commands: ALL,
      repeatable: true,
    }),
    setValues: input('helm-set', {
      trust: 'content',
      description: 'Values for `helm template --set`, one `key=value` per line.',
      default: '',
      schema: lines,
      commands: ALL,
      repeatable: true,
    }),
  },
  guardrails: {
    allowedNamespaces: input('allowed-namespaces', {
      trust: 'policy',
      narrows: 'subset',
      description:
        'Guardrail: comma- or newline-separated namespaces objects may land in; anything else is an error. Empty allows all.',
      default: '',
      schema: list,
      commands: ALL,
      repeatable: true,
    }),
    allowedKinds: input('allowed-kinds', {
      trust: 'policy',
      narrows: 'subset',
      description:
        'Guardrail: comma- or newline-separated kinds (Kind or group/Kind) the manifests may contain; anything else is an error. Empty allows all.',
      default: '',
      schema: list,
      commands: ALL,
      repeatable: true,
    }),
    allowRemoteSources: input('allow-remote-sources', {
      trust: 'policy',
      description:
        'Let kustomize fetch remote bases and resources (URLs, github.com/..., git::...) that a kustomization names. Off: such a kustomization is refused, naming the line, and helm and kustomize render only what the repository holds.',
      default: 'false',
      schema: boolean,
      commands: ALL,
    }),
  },
  policy: {
    pinnedImages: input('policy-pinned-images', {
      trust: 'policy',
      narrows: 'stricter',
      description: 'Images must carry a tag other than latest, or a digest: warning, error or off.',
      default: 'warning',
      schema: policyLevel,
      commands: ALL,
    }),
    resources: input('policy-resources', {
      trust: 'policy',
      narrows: 'stricter',
      description: 'Containers must declare resource requests or limits: warning, error or off.',
      default: 'warning',
      schema: policyLevel,
      commands: ALL,
    }),
  },
  app: input('app', {
    trust: 'content',
    description:
      'Name of the app: names the ApplySet, the lock and the PR comment. Defaults to the Application name, the Helm release, or the manifest folder name.',
    default: '',
    schema: label('app'),
    commands: [...CLUSTER_AND_RBAC, 'promote'],
  }),
  cluster: {
    kubeconfig: input('kubeconfig', {
      trust: 'policy',
      description:
        'Kubeconfig file content, as YAML or base64 of it (store it in a secret). Empty uses $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
      default: '',
      schema: z.string(),
      commands: CLUSTER_AND_PROMOTE,
      cli: {
        description:
          'Path of the kubeconfig file, as kubectl --kubeconfig; without it $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
        valueName: 'file',
      },
    }),
    context: input('context', {
      trust: 'policy',
      description: 'Kubeconfig context to use; empty uses the current context.',
      default: '',
      schema: z.string(),
      commands: CLUSTER_AND_PROMOTE,
    }),
    createNamespace: input('create-namespace', {
      trust: 'policy',
      description: 'Create `namespace` when it does not exist (it is never pruned).',
      default: 'false',
      schema: boolean,
      commands: CLUSTER_AND_RBAC,
    }),
  },
  requestTimeoutMs: input('request-timeout', {
    trust: 'content',
    description:
      'Deadline of each request to the Kubernetes, GitHub and Doppler APIs, from connecting to the last byte of the answer; a request past it is aborted and retried like a dropped connection.',
    default: '30s',
    schema: duration,
    commands: CLUSTER_AND_PROMOTE,
  }),
  planMode: input('plan-mode', {
    trust: 'policy',
    description:
      "How a pull request is planned: live (a dry run against the cluster; without credentials, as in a fork's pull request, the rendered diff instead) or render (never ask the cluster: the diff of the manifests rendered at the pull request's base and at its head; needs the base commit, so actions/checkout with fetch-depth: 0).",
    default: 'live',
    schema: z.enum(['live', 'render']),
    commands: ['plan'],
    surface: 'action',
  }),
  ignoreDifferences: input('ignore-differences', {
    trust: 'content',
    description:
      "YAML list of fields to leave out of the diff, in Argo CD's form: [{group, kind, name?, namespace?, jsonPointers: [/spec/replicas]}].",
    default: '',
    schema: ignoreDifferences,
    commands: CLUSTER,
  }),
  apply: {
    prune: input('prune', {
      trust: 'content',
      description:
        'Delete objects this app applied before that are no longer in the manifests. Without it they are listed as orphaned.',
      default: 'false',
      schema: boolean,
      commands: CLUSTER_AND_RBAC,
    }),
    prunePropagation: input('prune-propagation', {
      trust: 'content',
      description: 'Deletion propagation for pruned objects: Background, Foreground or Orphan.',
      default: 'Background',
      schema: z.enum(['Background', 'Foreground', 'Orphan']),
      commands: APPLY,
    }),
    forceConflicts: input('force-conflicts', {
      trust: 'policy',
      description:
        'Take over fields another field manager owns (server-side apply force) instead of failing with a conflict.',
      default: 'false',
      schema: boolean,
      commands: CLUSTER,
    }),
    forceReplace: input('force-replace', {
      trust: 'policy',
      description:
        'Replace (delete, then create) objects whose update changes a field the API server never changes in place, such as a Job template or a Deployment selector. Without it such an apply fails before changing anything; the annotation kubesync.io/replace: "true" allows it for one object.',
      default: 'false',
      schema: boolean,
      commands: CLUSTER,
    }),
    allowDestructive: input('allow-destructive', {
      trust: 'policy',
      description:
        'Apply destructive changes: pruning a PersistentVolumeClaim, PersistentVolume, Namespace, CustomResourceDefinition or StatefulSet, replacing any object, scaling a workload to 0 replicas, removing a volumeClaimTemplate. Without it (or the destructive-approval-label on the merged pull request) apply refuses them before changing anything.',
      default: 'false',
      schema: boolean,
      commands: APPLY,
    }),
    allowAdoption: input('allow-adoption', {
      trust: 'policy',
      description:
        'Take over live objects that another owner claims: another kubesync app or ApplySet (its applyset.kubernetes.io/part-of label), a Helm release (meta.helm.sh/release-name, app.kubernetes.io/managed-by: Helm), an Argo CD application (argocd.argoproj.io/tracking-id, app.kubernetes.io/instance) or a Flux Kustomization or HelmRelease (their kustomize.toolkit.fluxcd.io/ and helm.toolkit.fluxcd.io/ labels). false: the plan marks them owned and apply refuses before changing anything. annotated: only objects whose manifest carries the annotation kubesync.io/adopt: "true" are taken over (the annotation does nothing unless the workflow says annotated). true: every such object is taken over. Objects nothing claims are always adopted. Taking an object over does not take its fields: fields another field manager set still conflict unless force-conflicts is set.',
      default: 'false',
      schema: z.enum(['false', 'annotated', 'true']),
      commands: CLUSTER,
    }),
    destructiveApprovalLabel: input('destructive-approval-label', {
      trust: 'policy',
      description:
        'Label on the merged pull request of the pushed commit that approves its destructive changes, as allow-destructive does.',
      default: 'kubesync/allow-destructive',
      schema: z.string().min(1),
      commands: APPLY,
      surface: 'action',
    }),
    concurrency: input('concurrency', {
      trust: 'policy',
      description:
        'The most API requests kubesync makes at once to one cluster while planning and applying, across all the apps of the step that use the same credentials. When the API server answers 429 (Too Many Requests), kubesync waits its Retry-After and sends fewer at once, coming back up as it answers again.',
      default: '32',
      schema: wholeNumber(1, 64),
      commands: CLUSTER,
    }),
    wait: input('wait', {
      trust: 'content',
      description:
        'After applying, wait until the changed objects are ready (rollouts complete, Jobs done, PVCs bound).',
      default: 'true',
      schema: boolean,
      commands: APPLY,
    }),
    timeoutMs: input('timeout', {
      trust: 'content',
      description: 'How long to wait for readiness, e.g. 90s, 5m, 1h.',
      default: '5m',
      schema: duration,
      commands: APPLY,
    }),
    rollback: input('rollback', {
      trust: 'content',
      description:
        'When the wait fails, restore the objects this apply changed to their previous state and delete the ones it created.',
      default: 'true',
      schema: boolean,
      commands: ['apply', 'rbac'],
    }),
    lockTimeoutMs: input('lock-timeout', {
      trust: 'content',
      description: 'How long to wait for another apply of the same app to finish before failing.',
      default: '5m',
      schema: duration,
      commands: APPLY,
    }),
    allowOlder: input('allow-older', {
      trust: 'policy',
      description:
        'Allow applying a commit that is not a descendant of the last applied one in git history: an older commit (a deliberate rollback) or one on a diverged history.',
      default: 'false',
      schema: boolean,
      commands: APPLY,
    }),
    dryRun: input('dry-run', {
      trust: 'policy',
      description: 'apply behaves as plan: nothing is changed in the cluster.',
      default: 'false',
      schema: boolean,
      commands: APPLY,
    }),
  },
  github: {
    token: input('github-token', {
      trust: 'policy',
      description:
        'Token for the pull request comment and commit statuses; needs pull-requests: write and statuses: write (promote: contents: write, pull-requests: write, statuses: read, deployments: read).',
      default: '${{ github.token }}',
      schema: githubToken,
      commands: CLUSTER_AND_PROMOTE,
      surface: 'action',
    }),
    comment: input('comment', {
      trust: 'policy',
      description: 'On pull requests, keep one comment per app and environment with the plan up to date.',
      default: 'true',
      schema: boolean,
      commands: ['plan'],
      surface: 'action',
    }),
    maxComments: input('max-comments', {
      trust: 'policy',
      description:
        'How many comments a plan may take on a pull request; the diffs that do not fit are in the job summary and the diff-file output.',
      default: '10',
      schema: wholeNumber(1, 50),
      commands: ['plan'],
      surface: 'action',
    }),
    statusContext: input('status-context', {
      trust: 'policy',
      description:
        'Context of the commit status; defaults to kubesync/<environment>, or kubesync/<app> without one.',
      default: '',
      schema: z.string(),
      commands: CLUSTER_AND_PROMOTE,
      surface: 'action',
    }),
    driftIssue: input('drift-issue', {
      trust: 'policy',
      description:
        'When a scheduled or dispatched plan finds drift (OutOfSync with no change in git), open one issue per app and environment with what drifted, keep it up to date while the drift lasts, and close it once the app is Synced again. Needs issues: write.',
      default: 'false',
      schema: boolean,
      commands: CLUSTER,
      surface: 'action',
    }),
    driftIssueLabel: input('drift-issue-label', {
      trust: 'policy',
      description: 'The label of drift issues: kubesync finds its open drift issue by it.',
      default: 'kubesync/drift',
      schema: z.string().min(1),
      commands: CLUSTER,
      surface: 'action',
    }),
  },
  deployment: {
    environmentUrl: input('environment-url', {
      trust: 'policy',
      description:
        "URL of the deployed environment for the GitHub Deployment; defaults to https:// and the Application's first domain.",
      default: '',
      schema: z.union([z.literal(''), z.url()]),
      commands: APPLY,
      surface: 'action',
    }),
    production: input('production-environment', {
      trust: 'policy',
      description:
        'Mark the GitHub Deployment as production: true, false, or auto (when the environment is named production).',
      default: 'auto',
      schema: z.enum(['auto', 'true', 'false']),
      commands: APPLY,
      surface: 'action',
    }),
    transient: input('transient-environment', {
      trust: 'policy',
      description: 'Mark the GitHub Deployment as transient (e.g. a preview environment).',
      default: 'false',
      schema: boolean,
      commands: APPLY,
      surface: 'action',
    }),
    requirePlanMatch: input('require-plan-match', {
      trust: 'policy',
      description:
        "Refuse to apply when the plan differs from the one in the merged pull request's comment, instead of only warning.",
      default: 'false',
      schema: boolean,
      commands: APPLY,
      surface: 'action',
    }),
    windows: input('deploy-windows', {
      trust: 'policy',
      description:
        'When apply may run, as a YAML list of Argo CD sync windows: {kind: allow|deny, schedule: <cron>, duration: 1h, timeZone: Europe/Berlin, environments: [production]}. With allow windows, apply runs only inside one; an open deny window refuses, whatever else is open; no windows (the default): always. Outside, apply refuses before changing anything and names the next opening; plan says it would. The label kubesync/override-window on the merged pull request, or the workflow_dispatch input override-window: true, lets a person through, and the records name them.',
      default: '',
      schema: deployWindows,
      commands: CLUSTER,
      surface: 'action',
    }),
    selfHeal: input('self-heal', {
      trust: 'policy',
      description:
        'On schedule, apply when the plan finds drift (OutOfSync), taking back fields others changed (force-conflicts), instead of only reporting it.',
      default: 'false',
      schema: boolean,
      commands: ['plan'],
      surface: 'action',
    }),
  },
  secrets: {
    doppler: {
      token: input('doppler-token', {
        trust: 'policy',
        description:
          'Doppler service token (store it as a secret) for env values written doppler://<config>/<NAME>; empty reads $DOPPLER_TOKEN. Apply needs it; plan uses it to tell whether values changed.',
        default: '',
        schema: z.string(),
        commands: CLUSTER,
        fallback: (_raw, env) => env.DOPPLER_TOKEN,
      }),
      project: input('doppler-project', {
        trust: 'policy',
        description:
          'Doppler project, for a personal or service-account token; a service token already names its project.',
        default: '',
        schema: z.string(),
        commands: CLUSTER,
      }),
      apiUrl: input('doppler-api-url', {
        trust: 'policy',
        description: "Base URL of Doppler's API, for a proxy or a test server.",
        default: 'https://api.doppler.com',
        schema: z.url({ protocol: /^https?$/ }),
        commands: CLUSTER,
      }),
    },
    allowMissing: input('allow-missing-secrets', {
      trust: 'policy',
      description:
        'Apply even when a Secret or key that a workload references (secretKeyRef, envFrom, volumes) is not in the cluster or the manifests; plan warns either way.',
      default: 'false',
      schema: boolean,
      commands: CLUSTER,
    }),
  },
  delivery: {
    strategy: input('strategy', {
      trust: 'content',
      description:
        'How a changed Deployment rolls out: rolling (one rolling update), canary (a copy at canary-weight percent, analysed, then promoted or aborted) or blue-green (a second Deployment at full size, traffic switched once it is ready). The annotation kubesync.io/strategy on one Deployment wins.',
      default: 'rolling',
      schema: z.enum(['rolling', 'canary', 'blue-green']),
      commands: CLUSTER,
    }),
    canary: {
      weight: input('canary-weight', {
        trust: 'content',
        description:
          "canary: percent of the Deployment's replicas (at least 1) that run the new template, the primary scaled down by as many; with a Gateway API HTTPRoute to the Service, the route's weight.",
        default: '20',
        schema: wholeNumber(1, 99),
        commands: CLUSTER,
      }),
      analysisMs: input('canary-analysis', {
        trust: 'content',
        description: 'canary: how long the canary must stay healthy before it is promoted, e.g. 2m.',
        default: '2m',
        schema: duration,
        commands: CLUSTER,
      }),
      metricQuery: input('canary-metric-query', {
        trust: 'content',
        description:
          'canary: a PromQL query that must stay within canary-metric-threshold at every sample; {{canary}} and {{primary}} stand for the label matchers of their pods (namespace and pod), e.g. sum(rate(http_requests_total{ {{canary}},code=~"5.." }[1m])).',
        default: '',
        schema: z.string(),
        commands: CLUSTER,
      }),
      prometheusUrl: input('canary-prometheus-url', {
        trust: 'policy',
        description: 'canary: base URL of the Prometheus API the metric query is sent to.',
        default: '',
        schema: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
        commands: CLUSTER,
      }),
      metricThreshold: input('canary-metric-threshold', {
        trust: 'content',
        description:
          "canary: the bound of the query's value: a number is a maximum (0.05); write >= 0.99 for a minimum.",
        default: '',
        schema: metricThreshold,
        commands: CLUSTER,
      }),
      metricIntervalMs: input('canary-metric-interval', {
        trust: 'content',
        description: 'canary: time between two samples of the analysis.',
        default: '30s',
        schema: duration,
        commands: CLUSTER,
      }),
      decision: input('canary-decision', {
        trust: 'policy',
        description:
          'canary: auto promotes when the analysis passes and aborts when it fails; manual leaves the canary running and reports it; promote or abort finishes a canary an earlier run left (a workflow_dispatch input).',
        default: 'auto',
        schema: z.enum(['auto', 'manual', 'promote', 'abort']),
        commands: CLUSTER,
      }),
    },
    blueGreenKeepMs: input('blue-green-keep', {
      trust: 'content',
      description:
        'blue-green: how long the previous pods keep running after the traffic switched to the green ones, before the Deployment takes the new template, e.g. 10m (a quick way back meanwhile); 0s goes on at once.',
      default: '0s',
      schema: duration,
      commands: CLUSTER,
    }),
  },
  apps: {
    changedOnly: input('changed-only', {
      trust: 'policy',
      description:
        "With several apps (a manifest list, a glob or kubesync.yaml): only the apps whose files changed in the pull request or push (git diff of the event's range; check out with fetch-depth: 0); the others are listed as skipped.",
      default: 'false',
      schema: boolean,
      commands: MANY_APPS,
      surface: 'action',
    }),
    kubeconfigVariables: input('app-kubeconfig-env', {
      trust: 'policy',
      description:
        "With kubesync.yaml: the environment variables (comma- or newline-separated) its environments may name in kubeconfig-env, each set in the step's env from a secret holding a kubeconfig. kubesync.yaml cannot name any other; empty: every app uses the step's kubeconfig.",
      default: '',
      schema: list,
      commands: MANY_APPS,
    }),
    contexts: input('app-contexts', {
      trust: 'policy',
      description:
        "With kubesync.yaml: the kubeconfig contexts (comma- or newline-separated) its environments may name in context; empty: every app uses the step's context.",
      default: '',
      schema: list,
      commands: MANY_APPS,
    }),
    concurrency: input('app-concurrency', {
      trust: 'policy',
      description:
        'With several apps: how many are planned or applied at once. Apps on one cluster share its connection and the `concurrency` bound, so more apps at once overlap their waits without asking more of the API server.',
      default: '10',
      schema: wholeNumber(1, 32),
      commands: MANY_APPS,
    }),
  },
  promotion: {
    from: input('from', {
      trust: 'policy',
      description:
        'promote: the environment whose images move on, e.g. staging. Its last apply must have succeeded (commit status kubesync/<from>).',
      default: '',
      schema: label('from'),
      commands: PROMOTE,
      surface: 'action',
    }),
    to: input('to', {
      trust: 'policy',
      description:
        "promote: the environment the images move to, e.g. production. kubesync writes them into its source on the branch kubesync/promote/<app>/<to> and opens (or updates) the pull request; the step's kubeconfig, context and namespace, when given, plan it for the pull request's body.",
      default: '',
      schema: label('to'),
      commands: PROMOTE,
      surface: 'action',
    }),
    valuesKey: input('promote-values-key', {
      trust: 'content',
      description:
        "promote, Helm chart: the dotted key of `to`'s values file (helm-values) that holds the image, e.g. image (a whole reference) or image.tag (the tag only).",
      default: '',
      schema: z.string(),
      commands: PROMOTE,
      surface: 'action',
    }),
    fromKubeconfig: input('from-kubeconfig', {
      trust: 'policy',
      description:
        "promote: kubeconfig (content or base64) of `from`'s cluster, to read the images its last apply recorded; empty uses `kubeconfig`. Without any, the images are read from `from`'s source in git.",
      default: '',
      schema: z.string(),
      commands: PROMOTE,
      surface: 'action',
    }),
    fromContext: input('from-context', {
      trust: 'policy',
      description: "promote: kubeconfig context of `from`'s cluster; empty uses `context`.",
      default: '',
      schema: z.string(),
      commands: PROMOTE,
      surface: 'action',
    }),
    fromNamespace: input('from-namespace', {
      trust: 'policy',
      description: 'promote: namespace `from` is applied to; empty uses `namespace`.',
      default: '',
      schema: z.string(),
      commands: PROMOTE,
      surface: 'action',
    }),
  },
  // CLI only.
  showSecrets: input('show-secrets', {
    trust: 'policy',
    description: 'render: print Secret values instead of masking them.',
    default: 'false',
    schema: boolean,
    commands: ['render'],
    surface: 'cli',
  }),
  serviceAccount: input('service-account', {
    trust: 'policy',
    description: 'rbac: also bind the roles to this ServiceAccount, written <namespace>/<name>.',
    default: '',
    schema: z.string(),
    commands: ['rbac'],
    surface: 'cli',
  }),
  output: input('output', {
    trust: 'policy',
    description:
      'validate, render, plan: the result as text, or as one JSON or YAML document for scripts (findings stay on stderr).',
    default: 'text',
    schema: z.enum(['text', 'json', 'yaml']),
    commands: ['validate', 'render', 'plan'],
    surface: 'cli',
    short: 'o',
  }),
  color: input('color', {
    trust: 'policy',
    description:
      'plan, apply: colour the diff. By default only when stdout is a terminal and NO_COLOR is unset.',
    // auto leaves it to the terminal (undefined); --color and --no-color decide.
    default: 'auto',
    schema: z
      .enum(['auto', 'true', 'false'])
      .transform((value) => (value === 'auto' ? undefined : value === 'true')),
    commands: ['plan', 'apply'],
    surface: 'cli',
  }),
};

/** The one typed view of the inputs that every command reads. */
export type Settings = SettingsOf<typeof SETTINGS> & {
  /** The repository checkout every manifest path is resolved in. */
  readonly workspace: string;
  /** The commit and ref as the runner names them (GITHUB_SHA, GITHUB_REF); unset in a terminal. */
  readonly revision: { readonly sha?: string; readonly ref?: string };
  /**
   * Set when this app is one of several the step runs (a manifest list or kubesync.yaml): its commit
   * status and GitHub Deployment then carry the app's name beside the environment's.
   */
  readonly oneOfMany?: boolean;
};

export const INPUT_DEFINITIONS = inputsOf(SETTINGS);
/** The action's inputs (every input but the CLI-only ones), by name, in the table's order. */
export const INPUTS = Object.fromEntries(
  INPUT_DEFINITIONS.filter(({ definition }) => definition.surface !== 'cli').map(({ definition }) => [
    definition.name,
    definition,
  ]),
);
export const INPUT_NAMES = Object.keys(INPUTS);

/** Every output of the action, and the commands that set it. */
export const OUTPUTS: Readonly<Record<string, OutputDefinition>> = {
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
    description:
      'Number of destructive changes in the plan (a PVC, PV, Namespace, CRD or StatefulSet pruned, an object replaced, a workload scaled to 0, a volumeClaimTemplate removed).',
    commands: CLUSTER,
  },
  'plan-digest': {
    description:
      'sha256 of the plan: the same manifests against the same cluster state give the same digest.',
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
    description:
      'With several apps: a JSON list of each app with its environment, status, counts and, where there is one, its Deployment id, URL or promotion pull request.',
    commands: MANY_APPS,
  },
  fleet: {
    description:
      'The fleet view as JSON: each app × environment of the step with its status, what this run did (result), the commit applied in the cluster with its time and age in seconds (commit, appliedAt, ageSeconds), and its drift issue (driftIssue, driftIssueState).',
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
    description:
      'When objects did not become ready: a JSON list of why, one entry per object (subject, reason, status, details, events, log), most telling line first (with several apps, those of every app); empty otherwise.',
    commands: APPLY,
  },
};
