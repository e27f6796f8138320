import { isRecord, kindOf, metadataOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import type { ClusterClient } from './client.js';
import { selectorQuery } from './label-selector.js';

export interface WorkloadPods {
  /** A Deployment's ReplicaSets; none for other kinds. */
  readonly replicaSets: readonly KubeObject[];
  readonly pods: readonly KubeObject[];
}

const NONE: WorkloadPods = { replicaSets: [], pods: [] };
/** Kinds whose pods are found by their selector and owner reference. */
const POD_OWNERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

function uidOf(object: KubeObject): string | undefined {
  const uid = metadataOf(object).uid;
  return typeof uid === 'string' ? uid : undefined;
}

function ownedBy(object: KubeObject, owners: ReadonlySet<string>): boolean {
  const references = metadataOf(object).ownerReferences;
  return (
    Array.isArray(references) &&
    references.some((reference) => isRecord(reference) && owners.has(String(reference.uid)))
  );
}

/**
 * The pods of a workload, as the controllers own them: a Deployment's through its ReplicaSets, a Job's,
 * StatefulSet's, DaemonSet's or ReplicaSet's directly; a Pod is its own. Read by the workload's selector,
 * kept only when owned, so a pod that merely matches the labels is not counted.
 */
export async function readWorkloadPods(client: ClusterClient, object: KubeObject): Promise<WorkloadPods> {
  const kind = kindOf(object) ?? '';
  const namespace = metadataOf(object).namespace;
  if (kind === 'Pod') return { replicaSets: [], pods: [object] };
  const uid = uidOf(object);
  const spec = isRecord(object.spec) ? object.spec : {};
  const labelSelector = selectorQuery(spec.selector);
  if (!POD_OWNERS.has(kind) || !uid || typeof namespace !== 'string' || !labelSelector) return NONE;
  const options = { namespace, labelSelector };
  const own = new Set([uid]);
  const replicaSets =
    kind === 'Deployment'
      ? (await client.list('apps/v1', 'ReplicaSet', options)).filter((replicaSet) => ownedBy(replicaSet, own))
      : [];
  const owners = new Set([uid, ...replicaSets.flatMap((replicaSet) => uidOf(replicaSet) ?? [])]);
  const pods = (await client.list('v1', 'Pod', options)).filter((pod) => ownedBy(pod, owners));
  return { replicaSets, pods };
}
