import type { ClusterClient } from '../cluster/client.js';
import type { InventoryState } from '../cluster/inventory.js';
import type { Resource } from '../model/resource.js';
import {
  annotationOf,
  apiVersionOf,
  groupOf,
  isRecord,
  kindOf,
  nameOf,
  namespaceOf,
} from '../model/resource.js';
import { STRATEGY_ANNOTATION } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import { ScopeCatalog } from '../manifests/scope.js';
import { podSecretUses } from '../secrets/pod-secrets.js';
import type { ResourceName, RunObject, SecretRead } from './needs.js';

/** How a kind's RBAC name and scope are found: discovery of a live cluster, or offline knowledge. */
export type ResourceNamer = (apiVersion: string, kind: string) => Promise<ResourceName | undefined>;

/** Built-in kinds whose plural is not the regular one. */
const IRREGULAR_PLURALS: Record<string, string> = { Endpoints: 'endpoints' };

/**
 * The plural resource of a kind, as the API server spells it for its built-in kinds: lower case,
 * `-s`, `-es` after an s, x, z, ch or sh, `-ies` after a consonant and y.
 */
export function pluralOf(kind: string): string {
  const irregular = IRREGULAR_PLURALS[kind];
  if (irregular) return irregular;
  const lower = kind.toLowerCase();
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** The CRDs in the manifests: `group/Kind` → their plural and scope. */
function crdNames(resources: readonly Resource[]): Map<string, ResourceName> {
  const names = new Map<string, ResourceName>();
  for (const { object } of resources) {
    if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec)) continue;
    const { group, scope, names: crd } = object.spec;
    if (typeof group !== 'string' || !isRecord(crd) || typeof crd.kind !== 'string') continue;
    names.set(`${group}/${crd.kind}`, {
      group,
      resource: typeof crd.plural === 'string' ? crd.plural : pluralOf(crd.kind),
      namespaced: scope !== 'Cluster',
    });
  }
  return names;
}

/** Names kinds without a cluster: the built-in kinds, and the kinds of CRDs in the same manifests. */
export function offlineNamer(resources: readonly Resource[]): ResourceNamer {
  const crds = crdNames(resources);
  const scopes = new ScopeCatalog(resources);
  return (apiVersion, kind) =>
    Promise.resolve(
      crds.get(`${groupOf(apiVersion)}/${kind}`) ?? {
        group: groupOf(apiVersion),
        resource: pluralOf(kind),
        namespaced: !scopes.isClusterScoped(apiVersion, kind),
      },
    );
}

/** Names kinds as the cluster's discovery does, falling back to the CRDs in the manifests. */
export function discoveryNamer(client: ClusterClient, resources: readonly Resource[]): ResourceNamer {
  const crds = crdNames(resources);
  return async (apiVersion, kind) => {
    const discovered = await client.resourceFor(apiVersion, kind);
    if (discovered)
      return { group: groupOf(apiVersion), resource: discovered.plural, namespaced: discovered.namespaced };
    return crds.get(`${groupOf(apiVersion)}/${kind}`);
  };
}

/**
 * The objects of the manifests as RBAC sees them, in the namespace each lands in, and the Secrets their
 * workloads read that the manifests do not hold (plan reads those). A kind nobody can name (not
 * served, no CRD in the manifests) is left out: planning reports it at its line.
 */
export async function describeManifests(
  resources: readonly Resource[],
  namespace: string,
  nameOfKind: ResourceNamer,
  served: (apiVersion: string, kind: string) => Promise<boolean> = () => Promise.resolve(true),
): Promise<{ objects: RunObject[]; secretReads: SecretRead[] }> {
  const objects: RunObject[] = [];
  const workloads: { object: RunObject; resource: Resource }[] = [];
  for (const resource of resources) {
    const apiVersion = apiVersionOf(resource.object) ?? '';
    const kind = kindOf(resource.object) ?? '';
    const name = await nameOfKind(apiVersion, kind);
    if (!name) continue;
    const objectNamespace = name.namespaced ? (namespaceOf(resource.object) ?? namespace) : undefined;
    const object: RunObject = {
      ...name,
      ref: {
        apiVersion,
        kind,
        name: nameOf(resource.object) ?? '',
        ...(objectNamespace ? { namespace: objectNamespace } : {}),
      },
      origin: resource.origin,
      awaitsCrd: !(await served(apiVersion, kind)),
      ...(rollsOutProgressively(resource.object) ? { rollsOutProgressively: true } : {}),
    };
    objects.push(object);
    workloads.push({ object, resource });
  }
  const declared = new Set(
    objects.filter(({ ref }) => ref.kind === 'Secret').map(({ ref }) => `${ref.namespace ?? ''}/${ref.name}`),
  );
  const secretReads = new Map<string, SecretRead>();
  for (const { object, resource } of workloads) {
    const objectNamespace = object.ref.namespace;
    if (!objectNamespace) continue;
    for (const use of podSecretUses(resource.object)) {
      const id = `${objectNamespace}/${use.secret}`;
      if (use.optional || declared.has(id) || secretReads.has(id)) continue;
      secretReads.set(id, {
        namespace: objectNamespace,
        name: use.secret,
        subject: `Secret ${id}, which ${object.ref.kind} ${object.ref.name} reads`,
        origin: resource.locate(use.path),
      });
    }
  }
  return { objects, secretReads: [...secretReads.values()] };
}

/** The kinds and namespaces an earlier apply recorded, named as RBAC names them. */
export async function recordedKindsOf(
  client: ClusterClient,
  state: InventoryState,
): Promise<{ kinds: ResourceName[]; namespaces: string[] }> {
  const kinds: ResourceName[] = [];
  for (const groupKind of state.groupKinds) {
    const [kind = '', ...groupParts] = groupKind.split('.');
    const group = groupParts.join('.');
    const version = await client.preferredVersion(group);
    if (!version) continue;
    const resource = await client.resourceFor(group ? `${group}/${version}` : version, kind);
    if (resource) kinds.push({ group, resource: resource.plural, namespaced: resource.namespaced });
  }
  return { kinds, namespaces: state.namespaces };
}

function rollsOutProgressively(object: KubeObject): boolean {
  const strategy = kindOf(object) === 'Deployment' ? annotationOf(object, STRATEGY_ANNOTATION) : undefined;
  return strategy === 'canary' || strategy === 'blue-green';
}
