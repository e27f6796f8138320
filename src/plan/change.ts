import type { KubeObject, ObjectRef } from '../model/object.js';
import type { Origin } from '../model/origin.js';

/**
 * What a plan says about one object (a change is data: fluxcd/pkg ssa's ChangeSetEntry). `orphan` is a
 * member of the app's ApplySet that is no longer desired while prune is off: left alone, but reported.
 * `keep` is such a member whose annotations say never to prune it (`Prune=false`, `helm.sh/resource-policy:
 * keep`): left alone whatever prune says.
 */
export type ChangeAction = 'create' | 'update' | 'unchanged' | 'delete' | 'orphan' | 'keep';

export interface Change {
  /** `Deployment shop/web`. */
  readonly subject: string;
  readonly ref: ObjectRef;
  readonly action: ChangeAction;
  /** Unified diff of the normalized, masked YAML; empty when unchanged. */
  readonly diff: string;
  /** Where the object is written; absent for objects only the cluster has. */
  readonly origin?: Origin;
  /** The object to apply, as sent to the API server; absent for delete and orphan. */
  readonly desired?: KubeObject;
  /** The live object before this run, for rollback; absent when it does not exist yet. */
  readonly live?: KubeObject;
  /** Why applying it without force-conflicts would fail: fields another field manager owns. */
  readonly conflict?: string;
  /** The update changes fields the server never changes in place: apply must delete and re-create it. */
  readonly replace?: ReplaceReason;
  /** Something a reviewer should know about how this entry was planned. */
  readonly note?: string;
  /** Why this change loses data or stops a workload; apply refuses it unless approved. */
  readonly destructive?: Destructive;
  /** An update of a workload that changes its pod template, so that it rolls out new pods. */
  readonly podTemplateChanged?: boolean;
  /** The live object belongs to someone else (another app, a Helm release): apply refuses unless allowed. */
  readonly owned?: Ownership;
}

export interface Ownership {
  /** `the kubesync app web in namespace shop`, `the Helm release shop/redis`. */
  readonly owner: string;
  /** What allowed adopting it (`allow-adoption: true`), or undefined: apply refuses it. */
  readonly adoptedBy?: string;
}

export interface Destructive {
  /** `prunes a PersistentVolumeClaim`, `scales to 0 replicas`. */
  readonly reasons: readonly string[];
  /** Who approved it (`allow-destructive: true`, a pull request's label), or undefined. */
  readonly approvedBy?: string;
}

export interface ReplaceReason {
  /** The immutable fields, as the server names them (`spec.selector`). */
  readonly fields: readonly string[];
  /** Allowed by force-replace, or the object's `kubesync.io/replace: "true"` or Argo CD's `Replace=true`. */
  readonly allowed: boolean;
}

export type SyncStatus = 'Synced' | 'OutOfSync' | 'Unknown';

export interface ChangeCounts {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
  orphan: number;
  keep: number;
}

export function countChanges(changes: readonly Change[]): ChangeCounts {
  const counts: ChangeCounts = { create: 0, update: 0, delete: 0, unchanged: 0, orphan: 0, keep: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}

/** As Argo CD: an object that requires pruning (an orphan) is out of sync; a kept one is not. */
export function syncStatusOf(changes: readonly Change[]): SyncStatus {
  return changes.some((change) => change.action !== 'unchanged' && change.action !== 'keep')
    ? 'OutOfSync'
    : 'Synced';
}
