import { deliveryVariantOf, type Variant } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';

/** A canary or green (or a canary's Service) that an earlier run left, as a plan keeps it. */
export interface PlannedVariant {
  /** The Deployment it stands in for. */
  readonly of: string;
  readonly variant: Variant;
  readonly namespace?: string;
  readonly object: KubeObject;
}

/** What earlier runs left of their rollouts: the plan's kept members that are variants. */
export function variantsInPlan(changes: readonly Change[]): PlannedVariant[] {
  return changes.flatMap((change) => {
    const variant = change.action === 'keep' && change.live ? deliveryVariantOf(change.live) : undefined;
    return variant && change.live
      ? [{ ...variant, namespace: change.ref.namespace, object: change.live }]
      : [];
  });
}
