import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { dns1123LabelProblem } from '../../manifests/names.js';
import { formatOrigin, formatPath } from '../../model/origin.js';
import { parseYaml } from '../../manifests/yaml.js';
import type { RawInputs } from '../../settings/parse-settings.js';
import { list } from '../../settings/value-schemas.js';
import { repositoryInputProblem } from './repository-inputs.js';

/** The file at the repository root that lists a monorepo's apps. */
export const APPS_FILE = 'kubesync.yaml';

const dnsLabel = z.string().superRefine((value, context) => {
  const problem = dns1123LabelProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});

/** Input name → value, as a step's `with:` gives them; a list is one entry per line. */
const inputValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

const environmentSchema = z
  .strictObject({
    namespace: z.string().min(1).optional(),
    context: z.string().min(1).optional(),
    'kubeconfig-env': z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
        message: 'must name an environment variable, e.g. KUBECONFIG_STAGING',
      })
      .optional(),
    inputs: inputValues.optional(),
  })
  .nullable()
  .transform((value) => value ?? {});

const appSchema = z.strictObject({
  name: dnsLabel,
  manifest: z.string().min(1),
  'manifest-type': z.enum(['auto', 'app', 'kubernetes', 'kustomize', 'helm']).optional(),
  /** More paths (files, folders, globs) whose change counts as the app's, for changed-only. */
  paths: z.array(z.string().min(1)).optional(),
  inputs: inputValues.optional(),
  environments: z.record(dnsLabel, environmentSchema).optional(),
  /** Apps applied, and ready, before this one; a failed one skips it. Orders apps, never widens anything. */
  needs: z.array(dnsLabel).optional(),
});

const configSchema = z.strictObject({ apps: z.array(appSchema).min(1) });

export type AppsConfig = z.infer<typeof configSchema>;
export type AppEntry = AppsConfig['apps'][number];
export type AppEnvironment = NonNullable<AppEntry['environments']>[string];

/**
 * Reads kubesync.yaml, or one UserError naming the file, line and fix of every problem in it. The file
 * is the repository's: it may set content inputs and narrow the step's guardrails, and pick only the
 * kubeconfig variables and contexts the step (the workflow) lists.
 */
export function readAppsConfig(workspace: string, step: RawInputs): AppsConfig {
  const file = APPS_FILE;
  let text: string;
  try {
    text = readFileSync(path.join(workspace, file), 'utf8');
  } catch (error) {
    throw new UserError(`${file} could not be read: ${(error as Error).message}`);
  }
  const { documents, findings } = parseYaml(file, text);
  if (findings.length > 0)
    throw new UserError(
      findings.map((finding) => `${formatOrigin(finding.origin)}: ${finding.message}`).join('\n'),
    );
  const [document] = documents;
  if (!document || documents.length > 1)
    throw new UserError(`${file}: write one YAML document with a list of apps under \`apps:\``);
  const parsed = configSchema.safeParse(document.value);
  const problems = parsed.success
    ? [
        ...duplicateNames(parsed.data).map(({ index, name }) => ({
          path: ['apps', index, 'name'] as PropertyKey[],
          message: `"${name}" names an earlier app too; each app needs its own name`,
        })),
        ...needsProblems(parsed.data),
        ...trustProblems(parsed.data, step),
      ]
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  if (problems.length > 0 || !parsed.success) {
    const lines = problems.map(({ path: at, message }) => {
      const origin = document.origins.locate(at.filter((part) => typeof part !== 'symbol'));
      const field = formatPath(at.filter((part) => typeof part !== 'symbol'));
      return `${formatOrigin(origin)}: ${field ? `${field}: ` : ''}${message}`;
    });
    throw new UserError(`${file} is not a valid list of apps:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function duplicateNames(config: AppsConfig): { index: number; name: string }[] {
  const seen = new Set<string>();
  return config.apps.flatMap(({ name }, index) => {
    if (!seen.has(name)) {
      seen.add(name);
      return [];
    }
    return [{ index, name }];
  });
}

interface Problem {
  readonly path: PropertyKey[];
  readonly message: string;
}

/** A need that names no app, and every cycle, on the entry of `needs` that closes it. */
function needsProblems(config: AppsConfig): Problem[] {
  const index = new Map(config.apps.map((app, at) => [app.name, at]));
  const problems: Problem[] = [];
  config.apps.forEach((app, at) =>
    (app.needs ?? []).forEach((need, entry) => {
      if (!index.has(need))
        problems.push({
          path: ['apps', at, 'needs', entry],
          message: `"${need}" names no app of ${APPS_FILE} (its apps: ${config.apps.map(({ name }) => name).join(', ')})`,
        });
    }),
  );
  // Depth-first from each app; a need met again on the path closes a cycle.
  const done = new Set<string>();
  const visit = (name: string, path: string[]): void => {
    if (done.has(name)) return;
    const at = index.get(name);
    if (at === undefined) return;
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
  for (const app of config.apps) visit(app.name, []);
  return problems;
}

/**
 * What the file sets that only the workflow may, or beyond what the workflow allows: in every app, and
 * in the environments this step runs.
 */
function trustProblems(config: AppsConfig, step: RawInputs): Problem[] {
  const problems: Problem[] = [];
  // The environments this step runs in: the others are checked by the steps that run them.
  const promoting = step.command?.trim() === 'promote';
  const used = new Set(
    (promoting ? [step.to, step.from] : [step.environment]).map((name) => name?.trim() ?? ''),
  );
  const inputsAt = (at: PropertyKey[], inputs: AppEntry['inputs']) => {
    for (const [name, value] of Object.entries(inputs ?? {})) {
      const message = repositoryInputProblem(name, value, step);
      if (message) problems.push({ path: [...at, 'inputs', name], message });
    }
  };
  config.apps.forEach((app, index) => {
    inputsAt(['apps', index], app.inputs);
    for (const [name, environment] of Object.entries(app.environments ?? {})) {
      if (!used.has(name)) continue;
      const at = ['apps', index, 'environments', name];
      inputsAt(at, environment.inputs);
      const target = (field: 'kubeconfig-env' | 'context', input: string) => {
        const value = environment[field];
        if (value === undefined || list.parse(step[input] ?? '').includes(value)) return;
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
