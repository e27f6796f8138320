/** The built-in resource types the fake API server knows, as discovery reports them. */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** Kinds whose `status` is a subresource: apply and PUT of the main resource leave it alone. */
  hasStatus: boolean;
}

const t = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  hasStatus = false,
): ResourceType => ({
  group,
  version,
  kind,
  plural,
  namespaced,
  hasStatus,
});

export const BUILT_IN_TYPES: ResourceType[] = [
  t('', 'v1', 'Namespace', 'namespaces', false, true),
  t('', 'v1', 'ConfigMap', 'configmaps', true),
  t('', 'v1', 'Secret', 'secrets', true),
  t('', 'v1', 'Service', 'services', true, true),
  t('', 'v1', 'ServiceAccount', 'serviceaccounts', true),
  t('', 'v1', 'Pod', 'pods', true, true),
  t('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, true),
  t('', 'v1', 'PersistentVolume', 'persistentvolumes', false, true),
  t('apps', 'v1', 'Deployment', 'deployments', true, true),
  t('apps', 'v1', 'StatefulSet', 'statefulsets', true, true),
  t('apps', 'v1', 'DaemonSet', 'daemonsets', true, true),
  t('apps', 'v1', 'ReplicaSet', 'replicasets', true, true),
  t('batch', 'v1', 'Job', 'jobs', true, true),
  t('batch', 'v1', 'CronJob', 'cronjobs', true, true),
  t('networking.k8s.io', 'v1', 'Ingress', 'ingresses', true, true),
  t('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', true),
  t('networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', false),
  t('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, true),
  t('autoscaling', 'v1', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, true),
  t('rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true),
  t('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true),
  t('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false),
  t('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  t('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
  t('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', false, true),
  t('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, true),
  t('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', false),
];
