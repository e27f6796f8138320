import type { FieldPath } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import { isRecord, kindOf } from '../model/resource.js';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function podSpecPathOf(object: KubeObject): FieldPath | undefined {
  return POD_SPEC_PATHS[kindOf(object) ?? ''];
}

/** The pod spec of a workload (or a Pod), with the path it is at. */
export function podSpecOf(
  object: KubeObject,
): { path: FieldPath; spec: Record<string, unknown> } | undefined {
  const path = podSpecPathOf(object);
  if (!path) return undefined;
  let current: unknown = object;
  for (const part of path) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return isRecord(current) ? { path, spec: current } : undefined;
}
