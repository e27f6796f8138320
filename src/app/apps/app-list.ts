import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../model/errors.js';
import type { RawInputs } from '../../settings/parse-settings.js';
import { lines } from '../../settings/value-schemas.js';
import { APPS_FILE, readAppsConfig, type AppEntry, type AppEnvironment } from './app-config.js';
import { asInputText, type RepositoryValue } from './repository-inputs.js';

/** One app of a step that runs several, with the inputs it runs with. */
export interface AppOfMany {
  /** What the log and summary call it before its manifests are read: its name, or its manifest path. */
  readonly label: string;
  readonly inputs: RawInputs;
  /** Files, folders and globs whose change counts as this app's (changed-only). */
  readonly paths: readonly string[];
  /** kubesync.yaml names the variable holding its kubeconfig, and the variable is empty (a fork's pull request). */
  readonly withoutCredentials: boolean;
  /** The apps (by label) kubesync.yaml says it needs: applied and ready before it. */
  readonly needs: readonly string[];
}

export type AppSelection =
  | { readonly kind: 'one' }
  | {
      readonly kind: 'many';
      readonly apps: readonly AppOfMany[];
      readonly skipped: readonly { readonly label: string; readonly reason: string }[];
    };

const DEFAULT_MANIFEST = 'pipeops.yaml';
const GLOB = /[*?[{]/;

/**
 * Which apps the step runs: one (the `manifest` input names one path), every path of a list or glob in
 * `manifest`, or every app of kubesync.yaml (only when `manifest` names it: a file that merely appears
 * in the repository never changes what the workflow runs) that has the step's environment.
 */
export function selectApps(inputs: RawInputs, workspace: string, env: NodeJS.ProcessEnv): AppSelection {
  const manifest = inputs.manifest?.trim() || DEFAULT_MANIFEST;
  if (manifest === APPS_FILE) return appsOfConfig(inputs, workspace, env);
  if (
    manifest === DEFAULT_MANIFEST &&
    !existsSync(path.join(workspace, DEFAULT_MANIFEST)) &&
    existsSync(path.join(workspace, APPS_FILE))
  )
    throw new UserError(
      `${DEFAULT_MANIFEST} does not exist, but ${APPS_FILE} does: to run the apps it lists, set manifest: ${APPS_FILE} in the workflow (kubesync reads it only when the workflow names it)`,
    );
  const patterns = lines.parse(manifest);
  if (patterns.length === 1 && !GLOB.test(manifest)) return { kind: 'one' };
  if (inputs.app?.trim())
    throw new UserError(
      `input "app" names one app, but "manifest" lists several; leave "app" empty (each app is named from its manifest) or list the apps in ${APPS_FILE}`,
    );
  const paths = [...new Set(patterns.flatMap((pattern) => expand(pattern, workspace)))];
  return {
    kind: 'many',
    apps: paths.map((manifestPath) => ({
      label: manifestPath,
      inputs: { ...inputs, manifest: manifestPath },
      paths: [
        appFolderOf(manifestPath),
        ...lines.parse(inputs['substitute-from'] ?? ''),
        ...lines.parse(inputs['helm-values'] ?? ''),
      ],
      withoutCredentials: false,
      needs: [],
    })),
    skipped: [],
  };
}

function expand(pattern: string, workspace: string): string[] {
  if (!GLOB.test(pattern)) return [pattern];
  const matches = globSync(pattern, { cwd: workspace }).sort();
  if (matches.length === 0)
    throw new UserError(`input "manifest": ${pattern} matches nothing in the repository; fix the glob`);
  return matches;
}

function appsOfConfig(inputs: RawInputs, workspace: string, env: NodeJS.ProcessEnv): AppSelection {
  const config = readAppsConfig(workspace, inputs);
  // A promotion runs each app in `to`, reading `from`'s cluster from its entry.
  const promoting = inputs.command?.trim() === 'promote';
  const environment = (promoting ? inputs.to : inputs.environment)?.trim() ?? '';
  const apps: AppOfMany[] = [];
  const skipped: { label: string; reason: string }[] = [];
  for (const app of config.apps) {
    const environments = app.environments;
    const settingsOfEnvironment = environment && environments ? environments[environment] : {};
    if (!settingsOfEnvironment) {
      skipped.push({
        label: app.name,
        reason: `${APPS_FILE} gives it no environment "${environment}" (it has ${Object.keys(environments ?? {}).join(', ')})`,
      });
      continue;
    }
    const from = promoting ? environments?.[inputs.from?.trim() ?? ''] : undefined;
    apps.push(
      appOfEntry(app, settingsOfEnvironment, from ? { ...inputs, ...fromInputs(from, env) } : inputs, env),
    );
  }
  return { kind: 'many', apps, skipped };
}

function appOfEntry(
  app: AppEntry,
  environment: AppEnvironment,
  step: RawInputs,
  env: NodeJS.ProcessEnv,
): AppOfMany {
  const kubeconfigVariable = environment['kubeconfig-env'];
  const kubeconfig = kubeconfigVariable ? env[kubeconfigVariable]?.trim() : undefined;
  const inputs: Record<string, string | undefined> = {
    ...step,
    ...asInputs(app.inputs),
    ...asInputs(environment.inputs),
    app: app.name,
    manifest: app.manifest,
    ...(app['manifest-type'] ? { 'manifest-type': app['manifest-type'] } : {}),
    ...(environment.namespace ? { namespace: environment.namespace } : {}),
    ...(environment.context ? { context: environment.context } : {}),
    ...(kubeconfig ? { kubeconfig } : {}),
  };
  return {
    label: app.name,
    inputs,
    paths: [
      appFolderOf(app.manifest),
      ...(app.paths ?? []),
      ...lines.parse(inputs['substitute-from'] ?? ''),
      ...lines.parse(inputs['helm-values'] ?? ''),
    ],
    withoutCredentials: kubeconfigVariable !== undefined && !kubeconfig,
    needs: app.needs ?? [],
  };
}

/** The from-* inputs of a promotion, from `from`'s entry. */
function fromInputs(from: AppEnvironment, env: NodeJS.ProcessEnv): Record<string, string> {
  const kubeconfigVariable = from['kubeconfig-env'];
  const kubeconfig = kubeconfigVariable ? env[kubeconfigVariable]?.trim() : undefined;
  return {
    ...(from.namespace ? { 'from-namespace': from.namespace } : {}),
    ...(from.context ? { 'from-context': from.context } : {}),
    ...(kubeconfig ? { 'from-kubeconfig': kubeconfig } : {}),
  };
}

/** An Application file's overlays live beside it, so its folder is the app's. */
function appFolderOf(manifest: string): string {
  return path.basename(manifest) === DEFAULT_MANIFEST ? path.dirname(manifest) : manifest;
}

function asInputs(values: Readonly<Record<string, RepositoryValue>> | undefined) {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, asInputText(value)]));
}
