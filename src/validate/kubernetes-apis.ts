/**
 * The kinds each built-in API version serves, alpha and beta versions included (a cluster may turn them
 * on), as in the OpenAPI of the Kubernetes release that @kubernetes/client-node is generated from, and the API versions Kubernetes has removed, with what replaced them:
 * the Kubernetes deprecated API migration guide, as kubent and pluto read it. Read-only create APIs
 * (TokenReview, SubjectAccessReview) are left out: they are never applied from git.
 */
export const SERVED_KINDS: Readonly<Record<string, readonly string[]>> = {
  v1: [
    'Binding',
    'ComponentStatus',
    'ConfigMap',
    'Endpoints',
    'Event',
    'LimitRange',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'Pod',
    'PodTemplate',
    'ReplicationController',
    'ResourceQuota',
    'Secret',
    'Service',
    'ServiceAccount',
  ],
  'apps/v1': ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  'batch/v1': ['CronJob', 'Job'],
  'autoscaling/v1': ['HorizontalPodAutoscaler', 'Scale'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'policy/v1': ['Eviction', 'PodDisruptionBudget'],
  'networking.k8s.io/v1': ['IPAddress', 'Ingress', 'IngressClass', 'NetworkPolicy', 'ServiceCIDR'],
  'networking.k8s.io/v1beta1': ['IPAddress', 'ServiceCIDR'],
  'rbac.authorization.k8s.io/v1': ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
  'storage.k8s.io/v1': [
    'CSIDriver',
    'CSINode',
    'CSIStorageCapacity',
    'StorageClass',
    'VolumeAttachment',
    'VolumeAttributesClass',
  ],
  'storage.k8s.io/v1beta1': ['VolumeAttributesClass'],
  'scheduling.k8s.io/v1': ['PriorityClass'],
  'scheduling.k8s.io/v1alpha2': ['PodGroup', 'Workload'],
  'coordination.k8s.io/v1': ['Lease'],
  'coordination.k8s.io/v1beta1': ['LeaseCandidate'],
  'coordination.k8s.io/v1alpha2': ['LeaseCandidate'],
  'discovery.k8s.io/v1': ['EndpointSlice'],
  'node.k8s.io/v1': ['RuntimeClass'],
  'certificates.k8s.io/v1': ['CertificateSigningRequest'],
  'certificates.k8s.io/v1beta1': ['ClusterTrustBundle', 'PodCertificateRequest'],
  'certificates.k8s.io/v1alpha1': ['ClusterTrustBundle'],
  'apiextensions.k8s.io/v1': ['CustomResourceDefinition'],
  'apiregistration.k8s.io/v1': ['APIService'],
  'admissionregistration.k8s.io/v1': [
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
  ],
  'admissionregistration.k8s.io/v1beta1': ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
  'admissionregistration.k8s.io/v1alpha1': ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
  'flowcontrol.apiserver.k8s.io/v1': ['FlowSchema', 'PriorityLevelConfiguration'],
  'events.k8s.io/v1': ['Event'],
  'resource.k8s.io/v1': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
  'resource.k8s.io/v1beta2': [
    'DeviceClass',
    'DeviceTaintRule',
    'ResourceClaim',
    'ResourceClaimTemplate',
    'ResourceSlice',
  ],
  'resource.k8s.io/v1beta1': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
  'resource.k8s.io/v1alpha3': ['DeviceTaintRule'],
};

/** An API version of a kind that Kubernetes no longer serves. */
export interface RemovedApi {
  /** The Kubernetes minor release that stopped serving it, e.g. `1.22`. */
  readonly removedIn: string;
  /** The apiVersion to use instead; undefined when the kind itself is gone. */
  readonly replacement?: string;
  /** What to do when there is no replacement. */
  readonly instead?: string;
}

const PSP_GONE = {
  instead:
    'PodSecurityPolicy is gone from Kubernetes; use Pod Security Admission (pod-security.kubernetes.io labels on the namespace) or a policy engine such as Kyverno or Gatekeeper',
};

/** Removed API versions, by `apiVersion` and then kind; `*` stands for every kind of that version. */
export const REMOVED_APIS: Readonly<Record<string, Readonly<Record<string, RemovedApi>>>> = {
  'extensions/v1beta1': {
    Deployment: { removedIn: '1.16', replacement: 'apps/v1' },
    DaemonSet: { removedIn: '1.16', replacement: 'apps/v1' },
    ReplicaSet: { removedIn: '1.16', replacement: 'apps/v1' },
    NetworkPolicy: { removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
    PodSecurityPolicy: { removedIn: '1.16', ...PSP_GONE },
    Ingress: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
    '*': { removedIn: '1.22' },
  },
  'apps/v1beta1': { '*': { removedIn: '1.16', replacement: 'apps/v1' } },
  'apps/v1beta2': { '*': { removedIn: '1.16', replacement: 'apps/v1' } },
  'networking.k8s.io/v1beta1': {
    Ingress: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
    IngressClass: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  },
  'rbac.authorization.k8s.io/v1beta1': {
    '*': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  },
  'apiextensions.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' } },
  'apiregistration.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' } },
  'admissionregistration.k8s.io/v1beta1': {
    MutatingWebhookConfiguration: { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
    ValidatingWebhookConfiguration: { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  },
  'certificates.k8s.io/v1beta1': {
    CertificateSigningRequest: { removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  },
  'coordination.k8s.io/v1beta1': { Lease: { removedIn: '1.22', replacement: 'coordination.k8s.io/v1' } },
  'scheduling.k8s.io/v1beta1': { '*': { removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' } },
  'storage.k8s.io/v1beta1': {
    CSIDriver: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
    CSINode: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
    StorageClass: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
    VolumeAttachment: { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
    CSIStorageCapacity: { removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  },
  'batch/v1beta1': { '*': { removedIn: '1.25', replacement: 'batch/v1' } },
  'batch/v2alpha1': { '*': { removedIn: '1.21', replacement: 'batch/v1' } },
  'discovery.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'discovery.k8s.io/v1' } },
  'events.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'events.k8s.io/v1' } },
  'node.k8s.io/v1beta1': { '*': { removedIn: '1.25', replacement: 'node.k8s.io/v1' } },
  'policy/v1beta1': {
    PodDisruptionBudget: { removedIn: '1.25', replacement: 'policy/v1' },
    PodSecurityPolicy: { removedIn: '1.25', ...PSP_GONE },
  },
  'autoscaling/v2beta1': { '*': { removedIn: '1.25', replacement: 'autoscaling/v2' } },
  'autoscaling/v2beta2': { '*': { removedIn: '1.26', replacement: 'autoscaling/v2' } },
  'flowcontrol.apiserver.k8s.io/v1beta1': {
    '*': { removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  },
  'flowcontrol.apiserver.k8s.io/v1beta2': {
    '*': { removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  },
  'flowcontrol.apiserver.k8s.io/v1beta3': {
    '*': { removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  },
};

/** Groups Kubernetes no longer serves at all; their kinds moved to the groups named in REMOVED_APIS. */
export const REMOVED_GROUPS: ReadonlySet<string> = new Set(['extensions']);

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  const byKind = REMOVED_APIS[apiVersion];
  return byKind?.[kind] ?? byKind?.['*'];
}
