import type { ManifestType, Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, nameOf } from '../model/resource.js';
import type { ScopeCatalog } from '../manifests/scope.js';
import { podSpecOf } from '../manifests/pod-spec.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';

/** How a policy finding counts: the inputs `policy-pinned-images` and `policy-resources`. */
export type PolicyLevel = 'warning' | 'error' | 'off';

/** What the policy checks read of the settings; the commands pass their Settings. */
export interface PolicySettings {
  readonly guardrails: {
    readonly allowedKinds: readonly string[];
    readonly allowedNamespaces: readonly string[];
  };
  readonly policy: { readonly pinnedImages: PolicyLevel; readonly resources: PolicyLevel };
  /** The namespace objects without one land in. */
  readonly namespace: string;
}

const CONTAINER_LISTS = ['initContainers', 'containers'] as const;

/** Where to declare a container's requests and limits, in the terms of the source the objects came from. */
const RESOURCES_ADVICE: Record<ManifestType, string> = {
  app: 'set spec.resources (cpu, memory) in the Application',
  kubernetes: 'set resources.requests (cpu, memory) on the container',
  kustomize: 'set resources.requests (cpu, memory) on the container in its source file, or with a patch',
  helm: "set them through the chart's values (most charts read a resources value) or in the template",
};

export function checkPolicy(
  resource: Resource,
  scopes: ScopeCatalog,
  settings: PolicySettings,
  source: ManifestType = 'kubernetes',
): Finding[] {
  return [
    ...checkAllowedKinds(resource, settings.guardrails.allowedKinds),
    ...checkAllowedNamespaces(resource, scopes, settings),
    ...checkContainers(resource, settings.policy, source),
  ];
}

function checkAllowedKinds(resource: Resource, allowed: readonly string[]): Finding[] {
  const kind = kindOf(resource.object);
  const apiVersion = apiVersionOf(resource.object);
  if (allowed.length === 0 || !kind || apiVersion === undefined) return [];
  const group = groupOf(apiVersion);
  const permitted = allowed.some(
    (entry) => entry === kind || entry === `${group}/${kind}` || (group === '' && entry === `core/${kind}`),
  );
  if (permitted) return [];
  return [
    errorAt(
      resource.locate(['kind']),
      'allowed-kinds',
      `${kind} ${nameOf(resource.object) ?? ''} is not an allowed kind (allowed-kinds: ${allowed.join(', ')}); remove it, or add ${group ? `${group}/` : ''}${kind} to allowed-kinds in the workflow`,
    ),
  ];
}

function checkAllowedNamespaces(
  resource: Resource,
  scopes: ScopeCatalog,
  settings: PolicySettings,
): Finding[] {
  const allowed = settings.guardrails.allowedNamespaces;
  if (allowed.length === 0) return [];
  const kind = kindOf(resource.object);
  const name = nameOf(resource.object) ?? '';
  const namespace = kind === 'Namespace' ? name : scopes.effectiveNamespace(resource, settings.namespace);
  if (namespace === undefined || allowed.includes(namespace)) return [];
  const explicit =
    kind !== 'Namespace' &&
    isRecord(resource.object.metadata) &&
    resource.object.metadata.namespace !== undefined;
  return [
    errorAt(
      resource.locate(
        kind === 'Namespace' ? ['metadata', 'name'] : ['metadata', explicit ? 'namespace' : 'name'],
      ),
      'allowed-namespaces',
      kind === 'Namespace'
        ? `Namespace ${name} is not an allowed namespace (allowed-namespaces: ${allowed.join(', ')})`
        : `${kind ?? 'object'} ${name} would be in namespace "${namespace}", which is not allowed (allowed-namespaces: ${allowed.join(', ')})`,
    ),
  ];
}

function checkContainers(
  resource: Resource,
  policy: PolicySettings['policy'],
  source: ManifestType,
): Finding[] {
  const pod = podSpecOf(resource.object);
  if (!pod) return [];
  const { path: podSpecPath, spec: podSpec } = pod;
  const findings: Finding[] = [];
  for (const list of CONTAINER_LISTS) {
    const containers = podSpec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isRecord(container)) return;
      const path = [...podSpecPath, list, index];
      const label = `container "${String(container.name)}"`;
      const imageProblem =
        typeof container.image === 'string' ? unpinnedImageProblem(container.image) : undefined;
      if (imageProblem) {
        pushAt(
          findings,
          policy.pinnedImages,
          resource.locate([...path, 'image']),
          'image-pinned',
          `${label}: ${imageProblem}`,
        );
      }
      const resources = isRecord(container.resources) ? container.resources : {};
      if (!isRecord(resources.requests) && !isRecord(resources.limits)) {
        pushAt(
          findings,
          policy.resources,
          resource.locate([...path, 'resources']),
          'resources-declared',
          `${label} declares no resource requests or limits, so the scheduler cannot place it well: ${RESOURCES_ADVICE[source]}`,
        );
      }
    });
  }
  return findings;
}

/** Why an image reference is not pinned, or undefined when it is (`app:1.4.2`, `app@sha256:…`). */
export function unpinnedImageProblem(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon === -1) return `image "${image}" has no tag, so it means :latest; pin a version tag or a digest`;
  if (lastSegment.slice(colon + 1) === 'latest')
    return `image "${image}" uses :latest; pin a version tag or a digest`;
  return undefined;
}

function pushAt(
  findings: Finding[],
  level: PolicyLevel,
  ...[origin, rule, message]: Parameters<typeof errorAt>
) {
  if (level === 'off') return;
  findings.push({ severity: level, rule, message, origin });
}
