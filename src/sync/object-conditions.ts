import type { KubeObject } from '../model/object.js';
import { isRecord } from '../model/resource.js';

/** One entry of `status.conditions`, as Kubernetes API conventions define it. */
export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
  lastTransitionTime?: string;
}

/** The object's condition of this type, if it has one. */
export function conditionOf(object: KubeObject, type: string): Condition | undefined {
  const conditions = isRecord(object.status) ? object.status.conditions : undefined;
  return Array.isArray(conditions)
    ? (conditions as Condition[]).find((entry) => isRecord(entry) && entry.type === type)
    : undefined;
}

/** `failed: BackoffLimitExceeded (Job has reached the specified backoff limit)` */
export function withCause(summary: string, cause: Condition): string {
  return `${summary}${cause.reason ? `: ${cause.reason}` : ''}${cause.message ? ` (${cause.message})` : ''}`;
}
