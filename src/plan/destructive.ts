import type { KubeObject } from '../model/object.js';
import { isRecord } from '../model/resource.js';
import type { Change } from './change.js';

/** Kinds whose removal loses data or everything under them (a CRD takes every custom resource along). */
const PRECIOUS_KINDS = new Set([
  'PersistentVolumeClaim',
  'PersistentVolume',
  'Namespace',
  'CustomResourceDefinition',
  'StatefulSet',
]);

const SCALED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/**
 * Why applying this change loses data or stops a workload: it prunes a PVC, PV, Namespace, CRD or
 * StatefulSet, replaces the object (delete, then create), scales a workload to 0 replicas, or removes
 * a StatefulSet's volumeClaimTemplate. Empty when it does none of these.
 */
export function destructiveReasons(change: Change): string[] {
  const { kind } = change.ref;
  if (change.action === 'delete') return PRECIOUS_KINDS.has(kind) ? [`prunes the ${kind}`] : [];
  if (change.action !== 'update') return [];
  const reasons: string[] = [];
  if (change.replace) reasons.push(`replaces the ${kind} (deletes it and creates it again)`);
  if (SCALED_KINDS.has(kind) && replicasOf(change.desired) === 0 && replicasOf(change.live) !== 0)
    reasons.push('scales it to 0 replicas');
  if (kind === 'StatefulSet') {
    const kept = new Set(claimTemplatesOf(change.desired));
    const removed = claimTemplatesOf(change.live).filter((name) => !kept.has(name));
    if (removed.length > 0) reasons.push(`removes the volumeClaimTemplate ${removed.join(', ')}`);
  }
  return reasons;
}

/** The changes with their destructive reasons attached, approved when `approvedBy` names who did. */
export function markDestructive(changes: readonly Change[], approvedBy: string | undefined): Change[] {
  return changes.map((change) => {
    const reasons = destructiveReasons(change);
    if (reasons.length === 0) return change;
    return { ...change, destructive: approvedBy ? { reasons, approvedBy } : { reasons } };
  });
}

export function unapprovedDestructive(changes: readonly Change[]): Change[] {
  return changes.filter((change) => change.destructive && !change.destructive.approvedBy);
}

/** The changes with every destructive one no one had approved approved by `approvedBy` (a pull request's label). */
export function approveDestructive(changes: readonly Change[], approvedBy: string): Change[] {
  return changes.map((change) =>
    change.destructive && !change.destructive.approvedBy
      ? { ...change, destructive: { ...change.destructive, approvedBy } }
      : change,
  );
}

/** spec.replicas; absent means the API default, 1. */
function replicasOf(object: KubeObject | undefined): number | undefined {
  if (!object) return undefined;
  const spec = isRecord(object.spec) ? object.spec : {};
  return typeof spec.replicas === 'number' ? spec.replicas : 1;
}

function claimTemplatesOf(object: KubeObject | undefined): string[] {
  const spec = object && isRecord(object.spec) ? object.spec : {};
  const templates = Array.isArray(spec.volumeClaimTemplates) ? (spec.volumeClaimTemplates as unknown[]) : [];
  return templates.flatMap((template) => {
    const metadata = isRecord(template) && isRecord(template.metadata) ? template.metadata : {};
    return typeof metadata.name === 'string' ? [metadata.name] : [];
  });
}
