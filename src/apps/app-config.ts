import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { INPUTS } from '../inputs.js';
import { suggest } from '../manifests/app.js';
import { dns1123LabelProblem } from '../manifests/names.js';
import { formatOrigin, formatPath } from '../manifests/origin.js';
import { parseYaml } from '../manifests/yaml.js';

/** The file at the repository root that lists a monorepo's apps. */
export const APPS_FILE = 'kubesync.yaml';

/** Inputs an app or environment may not set: they choose the apps or run the step itself. */
const STEP_ONLY_INPUTS = new Set([
  'command',
  'manifest',
  'app',
  'github-token',
  'changed-only',
  'app-concurrency',
  'from',
  'to',
  // What a dispatch decides for this run, which an app's entry must not turn back.
  'dry-run',
  'canary-decision',
]);

const dnsLabel = z.string().superRefine((value, context) => {
  const problem = dns1123LabelProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});

/** Input name → value, as a step's `with:` gives them; a list is one entry per line. */
const inputValues = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
  .superRefine((values, context) => {
    for (const name of Object.keys(values)) {
      if (STEP_ONLY_INPUTS.has(name)) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `is set by the step or by the app entry, not per app; remove it here`,
        });
      } else if (!Object.hasOwn(INPUTS, name)) {
        const near = suggest(name, Object.keys(INPUTS));
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `is not an input of kubesync${near ? `; did you mean ${near}?` : ''}`,
        });
      }
    }
  });

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
});

const configSchema = z.strictObject({ apps: z.array(appSchema).min(1) });

export type AppsConfig = z.infer<typeof configSchema>;
export type AppEntry = AppsConfig['apps'][number];
export type AppEnvironment = NonNullable<AppEntry['environments']>[string];

/** Reads kubesync.yaml, or one UserError naming the file, line and fix of every problem in it. */
export function readAppsConfig(workspace: string): AppsConfig {
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
    ? duplicateNames(parsed.data).map(({ index, name }) => ({
        path: ['apps', index, 'name'],
        message: `"${name}" names an earlier app too; each app needs its own name`,
      }))
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
