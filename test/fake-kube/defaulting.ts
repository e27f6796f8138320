/** What the API server does to objects of each kind by itself: defaults, conversions, zero values. */
import type { JsonObject } from './fields.js';
import { getPath, isObject } from './fields.js';
import type { ResourceType } from './resources.js';
import { BUILT_IN_TYPES } from './resources.js';

/**
 * The object a create is compared with to find what the creator set: the zero value of the kind's Go
 * type, whose structs are there already (so a Deployment's `spec` is no new field, its labels are).
 */
export function zeroValue(type: ResourceType): JsonObject {
  const podTemplate = { metadata: {}, spec: { containers: [] } };
  switch (type.kind) {
    case 'Deployment':
      return { spec: { template: podTemplate, strategy: {} } };
    case 'StatefulSet':
    case 'DaemonSet':
      return { spec: { template: podTemplate, updateStrategy: {} } };
    case 'ReplicaSet':
    case 'Job':
      return { spec: { template: podTemplate } };
    case 'CronJob':
      return { spec: { jobTemplate: { metadata: {}, spec: { template: podTemplate } } } };
    case 'Pod':
      return { spec: { containers: [] } };
    case 'PersistentVolumeClaim':
      return { spec: { resources: {} } };
    default:
      return BUILT_IN_TYPES.includes(type) && type.hasStatus ? { spec: {} } : {};
  }
}

/** The defaults the API server gives a decoded object (so an Update owns them, an apply does not). */
export function applyDefaults(type: ResourceType, object: JsonObject): void {
  if (type.kind === 'Namespace') {
    const metadata = object.metadata as JsonObject;
    const labels = (metadata.labels ??= {}) as JsonObject;
    labels['kubernetes.io/metadata.name'] = metadata.name ?? '';
  }
  const spec = object.spec as JsonObject | undefined;
  if (!isObject(spec)) return;
  if (type.kind === 'Deployment') {
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    const strategy = (spec.strategy ??= { type: 'RollingUpdate' }) as JsonObject;
    if (strategy.type === 'RollingUpdate')
      strategy.rollingUpdate ??= { maxSurge: '25%', maxUnavailable: '25%' };
    const podSpec = getPath(spec, ['template', 'spec']);
    if (isObject(podSpec)) {
      podSpec.restartPolicy ??= 'Always';
      podSpec.dnsPolicy ??= 'ClusterFirst';
    }
  }
  const podSpec = type.kind === 'Pod' ? spec : getPath(spec, ['template', 'spec']);
  if (isObject(podSpec))
    for (const list of ['containers', 'initContainers']) {
      const containers = podSpec[list];
      if (!Array.isArray(containers)) continue;
      for (const container of containers)
        if (isObject(container) && Array.isArray(container.ports))
          for (const port of container.ports) if (isObject(port)) port.protocol ??= 'TCP';
    }
  if (type.kind === 'Service') {
    spec.type ??= 'ClusterIP';
    spec.sessionAffinity ??= 'None';
    if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ??= 'Cluster';
    for (const port of Array.isArray(spec.ports) ? spec.ports : [])
      if (isObject(port)) {
        port.protocol ??= 'TCP';
        port.targetPort ??= port.port ?? null;
      }
  }
  if (type.kind === 'PersistentVolumeClaim') spec.volumeMode ??= 'Filesystem';
}

/** A Secret's stringData, written into data base64-encoded, as the API server stores it. */
export function convertStringData(object: JsonObject): void {
  const stringData = object.stringData;
  if (!isObject(stringData)) return;
  const data = (object.data ??= {}) as JsonObject;
  for (const [key, value] of Object.entries(stringData))
    data[key] = Buffer.from(String(value)).toString('base64');
  delete object.stringData;
}
