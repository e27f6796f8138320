import { gitOutput } from '../../tools/git.js';
import type { Settings } from '../../settings/inputs.js';
import type { LoadedManifests } from '../../manifests/load.js';
import type { Resource } from '../../model/resource.js';
import type { FileVariable } from '../../manifests/substitute-sources.js';
import { readVariableFiles } from '../../manifests/substitute-sources.js';
import { isBuiltInName, substituteResources } from '../../manifests/substitute.js';
import { Workspace } from '../../manifests/workspace.js';
import type { SecretValues } from '../../secrets/redact.js';
import { MIN_REDACTED_LENGTH } from '../../secrets/redact.js';
import { warningAt } from '../../model/finding.js';
import { appNameOf } from './app-name.js';

/**
 * The post-render step of Flux-style substitution: variables from `substitute-from` files, then
 * `substitute`, then the built-ins. Without either input only `${KUBESYNC_...}` is substituted, so
 * manifests that never asked for substitution (a shell script's `${HOME}`) stay as written.
 */
export async function substituteVariables(
  loaded: LoadedManifests,
  settings: Settings,
  secrets: SecretValues,
): Promise<LoadedManifests> {
  const { variables: given, files } = settings.substitution;
  const requested = given.length > 0 || files.length > 0;
  if (!requested && !mentions(loaded.resources, '${KUBESYNC_')) return loaded;
  const fromFiles =
    files.length > 0 ? await readVariableFiles(await Workspace.open(settings.workspace), files) : undefined;
  for (const { value, secret } of fromFiles?.variables ?? []) if (secret) secrets.register(value);
  const variables = new Map<string, string>([
    ...(fromFiles?.variables ?? []).map(({ name, value }): [string, string] => [name, value]),
    ...given,
    ...(await builtIns(loaded, settings)),
  ]);
  const substituted = substituteResources(loaded.resources, {
    lookup: (name) => variables.get(name),
    inScope: requested ? () => true : isBuiltInName,
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

async function builtIns(loaded: LoadedManifests, settings: Settings): Promise<[string, string][]> {
  // git runs only for a terminal's manifests that use the commit; in a workflow the runner names it.
  const sha =
    settings.revision.sha ??
    (mentions(loaded.resources, 'KUBESYNC_SHA')
      ? await gitOutput(settings.workspace, 'rev-parse', 'HEAD')
      : undefined);
  const ref =
    settings.revision.ref ??
    (mentions(loaded.resources, 'KUBESYNC_REF')
      ? await gitOutput(settings.workspace, 'symbolic-ref', '--quiet', 'HEAD')
      : undefined);
  const known: [string, string | undefined][] = [
    ['KUBESYNC_APP', appNameOf(settings, loaded)],
    ['KUBESYNC_ENVIRONMENT', settings.environment],
    ['KUBESYNC_NAMESPACE', settings.namespace],
    ['KUBESYNC_SHA', sha],
    ['KUBESYNC_REF', ref],
  ];
  return known.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

function mentions(resources: readonly Resource[], text: string): boolean {
  return resources.some(({ object }) => JSON.stringify(object).includes(text));
}

/** A Secret's value too short to search for in text would be shown as written where it is substituted. */
function shortSecretWarnings(variables: readonly FileVariable[]) {
  return variables
    .filter(({ secret, value }) => secret && value.length > 0 && value.length < MIN_REDACTED_LENGTH)
    .map(({ name, origin }) =>
      warningAt(
        origin,
        'secret-value-too-short',
        `the value of ${name} is under ${MIN_REDACTED_LENGTH} characters, too short to mask where it is substituted; use a longer value`,
      ),
    );
}
