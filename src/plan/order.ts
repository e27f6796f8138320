import type { KubeObject } from '../model/object.js';
import { kindOf, nameOf, namespaceOf } from '../model/resource.js';

/**
 * The order kinds are applied in (and deleted in, reversed): what others depend on first. This is the
 * order Helm installs in, which platform teams already know.
 */
const KIND_ORDER = [
  'Namespace',
  'CustomResourceDefinition',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

/** Namespaces and CRDs go first, in a stage of their own: everything else may need them. */
export function isFirstStage(object: KubeObject): boolean {
  const kind = kindOf(object);
  return kind === 'Namespace' || kind === 'CustomResourceDefinition';
}

function rank(object: KubeObject): number {
  const index = KIND_ORDER.indexOf(kindOf(object) ?? '');
  return index === -1 ? KIND_ORDER.length : index;
}

/** A stable order: by kind rank, then kind, namespace and name. */
export function compareObjects(a: KubeObject, b: KubeObject): number {
  return (
    rank(a) - rank(b) ||
    (kindOf(a) ?? '').localeCompare(kindOf(b) ?? '') ||
    (namespaceOf(a) ?? '').localeCompare(namespaceOf(b) ?? '') ||
    (nameOf(a) ?? '').localeCompare(nameOf(b) ?? '')
  );
}
