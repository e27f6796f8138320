import { suggest } from '../manifests/app.js';
import { BUILT_IN_GROUPS } from '../manifests/built-in-groups.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, versionOf } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { errorAt, warningAt } from '../model/finding.js';
import type { RemovedApi } from './kubernetes-apis.js';
import { REMOVED_GROUPS, removedApi, SERVED_KINDS } from './kubernetes-apis.js';

/** Built-in groups whose kinds are only ever created by clients, never applied from git: not checked. */
const UNLISTED_BUILT_IN_GROUPS = new Set([
  'authentication.k8s.io',
  'authorization.k8s.io',
  'storagemigration.k8s.io',
  'internal.apiserver.k8s.io',
]);

let servedVersions: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Every served apiVersion of each kind, the preferred one first (GA before beta before alpha). Only
 * the messages about a wrong apiVersion or kind read it, so it is built when the first one does.
 */
function servedVersionsOfKind(): ReadonlyMap<string, readonly string[]> {
  if (servedVersions) return servedVersions;
  const byKind = new Map<string, string[]>();
  for (const apiVersion of Object.keys(SERVED_KINDS).sort(byPreference)) {
    for (const kind of SERVED_KINDS[apiVersion] ?? []) {
      const versions = byKind.get(kind);
      if (versions) versions.push(apiVersion);
      else byKind.set(kind, [apiVersion]);
    }
  }
  servedVersions = byKind;
  return byKind;
}

function preferredVersionOf(kind: string): string | undefined {
  return servedVersionsOfKind().get(kind)?.[0];
}

/**
 * Whether a built-in object names an apiVersion and kind that Kubernetes serves. A removed API says
 * what replaced it and in which release it went; a misspelled kind or version gets a "did you mean".
 * Objects of other groups (custom resources) are not judged here.
 */
export function checkApiVersion(resource: Resource): Finding[] {
  const apiVersion = apiVersionOf(resource.object);
  const kind = kindOf(resource.object);
  if (!apiVersion || !kind) return [];
  const group = groupOf(apiVersion);
  if (!BUILT_IN_GROUPS.has(group) && !REMOVED_GROUPS.has(group)) return [];
  const removed = removedApi(apiVersion, kind);
  if (removed) {
    return [
      errorAt(resource.locate(['apiVersion']), 'removed-api', removedMessage(apiVersion, kind, removed)),
    ];
  }
  const served = SERVED_KINDS[apiVersion];
  if (served?.includes(kind)) return [];
  if (served) {
    return [errorAt(resource.locate(['kind']), 'unknown-kind', unknownKindMessage(apiVersion, kind, served))];
  }
  return [
    errorAt(resource.locate(['apiVersion']), 'unknown-api-version', unknownVersionMessage(apiVersion, kind)),
  ];
}

function removedMessage(apiVersion: string, kind: string, removed: RemovedApi): string {
  const gone = `${apiVersion} ${kind} was removed in Kubernetes ${removed.removedIn}`;
  if (removed.replacement) {
    return `${gone}; use apiVersion: ${removed.replacement} (the Kubernetes deprecated API migration guide lists the fields that changed)`;
  }
  if (removed.instead) return `${gone}, with no replacement: ${removed.instead}`;
  const elsewhere = preferredVersionOf(kind);
  return elsewhere ? `${gone}; use apiVersion: ${elsewhere}` : gone;
}

function unknownKindMessage(apiVersion: string, kind: string, served: readonly string[]): string {
  const missing = `${apiVersion} has no kind ${kind}`;
  const elsewhere = preferredVersionOf(kind);
  if (elsewhere) return `${missing}; ${kind} is in ${elsewhere}: use apiVersion: ${elsewhere}`;
  const near = suggest(kind, served);
  if (near) return `${missing}; did you mean ${near}?`;
  const farther = suggest(kind, [...servedVersionsOfKind().keys()]);
  const farVersion = farther ? preferredVersionOf(farther) : undefined;
  if (farther && farVersion) return `${missing}; did you mean ${farther} (apiVersion: ${farVersion})?`;
  return `${missing} (its kinds: ${served.join(', ')}); for a custom resource, use the group its CRD defines`;
}

function unknownVersionMessage(apiVersion: string, kind: string): string {
  const group = groupOf(apiVersion);
  const missing = `${apiVersion} is not an API version Kubernetes serves`;
  const versions = servedVersionsOfKind().get(kind);
  const sameGroup = versions?.find((candidate) => groupOf(candidate) === group);
  const preferred = sameGroup ?? versions?.[0];
  if (preferred) return `${missing}; ${kind} is served as ${preferred}: use apiVersion: ${preferred}`;
  const nearKind = suggest(kind, [...servedVersionsOfKind().keys()]);
  const nearVersion = nearKind ? preferredVersionOf(nearKind) : undefined;
  if (nearKind && nearVersion)
    return `${missing}, and has no kind ${kind}; did you mean ${nearKind} (apiVersion: ${nearVersion})?`;
  const groupVersions = Object.keys(SERVED_KINDS).filter((candidate) => groupOf(candidate) === group);
  return `${missing}${groupVersions.length > 0 ? ` (versions of ${group || 'the core group'}: ${groupVersions.join(', ')})` : ''}`;
}

/**
 * One note per API group that is neither built in nor defined by a CRD in the manifests: its objects
 * are custom resources whose CRD must already be in the cluster, and nothing offline can check them.
 * For runs that reach no cluster (validate, a fork's plan); a dry run against the cluster checks them.
 */
export function noteUncheckedGroups(resources: readonly Resource[]): Finding[] {
  const definedGroups = new Set(
    resources.flatMap(({ object }) =>
      kindOf(object) === 'CustomResourceDefinition' &&
      isRecord(object.spec) &&
      typeof object.spec.group === 'string'
        ? [object.spec.group]
        : [],
    ),
  );
  const byGroup = new Map<string, Resource[]>();
  for (const resource of resources) {
    const apiVersion = apiVersionOf(resource.object);
    if (!apiVersion || !kindOf(resource.object)) continue;
    const group = groupOf(apiVersion);
    if (BUILT_IN_GROUPS.has(group) || REMOVED_GROUPS.has(group) || UNLISTED_BUILT_IN_GROUPS.has(group))
      continue;
    if (definedGroups.has(group)) continue;
    byGroup.set(group, [...(byGroup.get(group) ?? []), resource]);
  }
  return [...byGroup].map(([group, members]) => {
    const [first] = members as [Resource, ...Resource[]];
    const kinds = [...new Set(members.map(({ object }) => kindOf(object) ?? ''))].sort().join(', ');
    return warningAt(
      first.locate(['apiVersion']),
      'custom-resource',
      `${group} is not a built-in Kubernetes API group and no CustomResourceDefinition in these manifests defines it, so its ${members.length === 1 ? 'object' : `${members.length} objects`} (${kinds}) cannot be checked offline; the cluster must have the CRD, and plan checks them against it`,
    );
  });
}

/**
 * `v1` before `v2beta1` before `v1alpha1`; a higher number first within a level; then by group, in
 * code-point order (localeCompare would load ICU's collator at start-up for ASCII names).
 */
function byPreference(a: string, b: string): number {
  return rank(versionOf(b)) - rank(versionOf(a)) || (a < b ? -1 : a > b ? 1 : 0);
}

function rank(version: string): number {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return 0;
  const level = match[2] === 'alpha' ? 1 : match[2] === 'beta' ? 2 : 3;
  return level * 1_000_000 + Number(match[1]) * 1000 + Number(match[3] ?? 0);
}
