import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf } from '../model/resource.js';

/** Built-in kinds that live outside namespaces, by `group/kind` (core group spelled ''). */
const CLUSTER_SCOPED_BUILT_INS = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/ServiceCIDR',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
]);

/**
 * Which kinds are cluster-scoped, known offline: the built-in ones plus the kinds of CRDs in the same
 * manifests. A live cluster's discovery has the final word at plan time.
 */
export class ScopeCatalog {
  /** `group/Kind` of each kind a CRD in the manifests defines, with its scope. */
  private readonly crdKinds = new Map<string, 'Namespaced' | 'Cluster'>();

  constructor(resources: readonly Resource[]) {
    for (const { object } of resources) {
      if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec)) continue;
      const { group, scope, names } = object.spec;
      if (typeof group === 'string' && isRecord(names) && typeof names.kind === 'string') {
        this.crdKinds.set(`${group}/${names.kind}`, scope === 'Cluster' ? 'Cluster' : 'Namespaced');
      }
    }
  }

  /** The scope of a kind defined by a CRD in the same manifests; undefined for any other kind. */
  crdScopeOf(apiVersion: string, kind: string): 'Namespaced' | 'Cluster' | undefined {
    return this.crdKinds.get(`${groupOf(apiVersion)}/${kind}`);
  }

  isClusterScoped(apiVersion: string, kind: string): boolean {
    const key = `${groupOf(apiVersion)}/${kind}`;
    return CLUSTER_SCOPED_BUILT_INS.has(key) || this.crdKinds.get(key) === 'Cluster';
  }

  /** The namespace an object lands in: its own, else the default one; none for cluster-scoped kinds. */
  effectiveNamespace(resource: Resource, defaultNamespace: string): string | undefined {
    const apiVersion = apiVersionOf(resource.object) ?? '';
    const kind = kindOf(resource.object) ?? '';
    if (this.isClusterScoped(apiVersion, kind)) return undefined;
    const metadata = resource.object.metadata;
    const namespace = isRecord(metadata) ? metadata.namespace : undefined;
    return typeof namespace === 'string' && namespace !== '' ? namespace : defaultNamespace;
  }
}

/**
 * The object with the namespace apply gives it: its own, else the default one for namespaced kinds
 * (as far as they are known offline); cluster-scoped kinds are left without one.
 */
export function inNamespace(resource: Resource, scopes: ScopeCatalog, defaultNamespace: string): KubeObject {
  const namespace = scopes.effectiveNamespace(resource, defaultNamespace);
  const { object } = resource;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  if (namespace === undefined || metadata.namespace === namespace) return object;
  // The name first, then the namespace, as kubectl prints objects.
  const { name, ...rest } = metadata;
  return { ...object, metadata: { ...(name === undefined ? {} : { name }), namespace, ...rest } };
}
