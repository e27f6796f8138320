import type { ClusterClient } from '../cluster/client.js';
import type { Provenance } from '../model/provenance.js';
import { declaresNamespace, namespaceObject, namespaceRef } from '../model/namespace.js';
import { namespacesToCreate } from '../manifests/sync-options.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { ApplySetInventory } from '../cluster/inventory.js';
import { UserError } from '../model/errors.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, isRecord, kindOf } from '../model/resource.js';
import { ScopeCatalog } from '../manifests/scope.js';
import { formatOrigin } from '../model/origin.js';
import type { HookSpec } from '../manifests/hook-annotations.js';
import { syncRoleOf } from '../manifests/hook-annotations.js';
import { hookLabels } from '../manifests/hook-labels.js';

/** A desired object ready for the API server, with the manifest line it came from. */
export interface DesiredObject {
  readonly object: KubeObject;
  readonly resource: Resource;
  /** Its kind comes from a CRD in these manifests that the cluster does not serve yet. */
  readonly awaitsCrd: boolean;
  /** A hook runs in its phases instead of being applied with the resources; never an ApplySet member. */
  readonly hook?: HookSpec;
}

export interface DesiredOptions {
  readonly namespace: string;
  readonly createNamespace: boolean;
  readonly inventory: ApplySetInventory;
  readonly provenance: Provenance;
}

/**
 * Makes loaded objects what will be sent: the default namespace on namespaced kinds (as the cluster's
 * discovery says), the ApplySet member label, and provenance annotations. A kind the cluster does not
 * serve is an error at its line, unless a CRD in the same manifests defines it.
 */
export async function prepareDesired(
  client: ClusterClient,
  resources: readonly Resource[],
  options: DesiredOptions,
): Promise<DesiredObject[]> {
  const scopes = new ScopeCatalog(resources);
  const problems: string[] = [];
  const desired: DesiredObject[] = [];
  for (const resource of resources) {
    const role = syncRoleOf(resource.object);
    if (role.role === 'skipped') continue;
    const apiVersion = apiVersionOf(resource.object) ?? '';
    const kind = kindOf(resource.object) ?? '';
    let discovered;
    try {
      discovered = await client.resourceFor(apiVersion, kind);
    } catch (error) {
      throw describeApiError(error, `discovery of ${apiVersion}`, resource.origin);
    }
    const crdScope = scopes.crdScopeOf(apiVersion, kind);
    if (!discovered && !crdScope) {
      problems.push(
        `${formatOrigin(resource.origin)}: the cluster does not serve ${kind} in ${apiVersion}; install its CRD first (or add it to these manifests), or check apiVersion and kind`,
      );
      continue;
    }
    const namespaced = discovered ? discovered.namespaced : crdScope === 'Namespaced';
    const hook = role.role === 'hook' ? role.hook : undefined;
    desired.push({
      object: decorate(resource.object, namespaced, options, hook !== undefined),
      resource,
      awaitsCrd: !discovered,
      ...(hook ? { hook } : {}),
    });
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  // Creating namespaces is the workflow's to allow (create-namespace); an object's
  // argocd.argoproj.io/sync-options: CreateNamespace=true then asks for its own namespace too.
  if (options.createNamespace) {
    await addNamespace(client, desired, options);
    for (const namespace of namespacesToCreate(desired.map(({ object }) => object)))
      await addNamespace(client, desired, { ...options, namespace });
  }
  return desired;
}

function decorate(
  object: KubeObject,
  namespaced: boolean,
  options: DesiredOptions,
  hook: boolean,
): KubeObject {
  const copy = structuredClone(object);
  const metadata = isRecord(copy.metadata) ? copy.metadata : {};
  if (namespaced)
    metadata.namespace =
      typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : options.namespace;
  else delete metadata.namespace;
  metadata.labels = {
    ...(isRecord(metadata.labels) ? metadata.labels : {}),
    ...(hook ? hookLabels({ ...copy, metadata }, options.inventory.id) : options.inventory.memberLabels()),
  };
  metadata.annotations = {
    ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
    'kubesync.io/commit': options.provenance.commit,
    'kubesync.io/run': options.provenance.run,
    'kubesync.io/ref': options.provenance.ref,
  };
  copy.metadata = metadata;
  return copy;
}

/** `create-namespace`: the target namespace, created when absent and never pruned (not a set member). */
async function addNamespace(client: ClusterClient, desired: DesiredObject[], options: DesiredOptions) {
  if (declaresNamespace(desired, options.namespace)) return;
  if (await client.get(namespaceRef(options.namespace))) return;
  const object = namespaceObject(options.namespace);
  const origin = { file: 'input create-namespace', line: 1, column: 1 };
  desired.unshift({ object, resource: { object, origin, locate: () => origin }, awaitsCrd: false });
}
