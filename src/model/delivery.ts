import type { KubeObject } from './object.js';

/** On a Deployment: `rolling`, `canary` or `blue-green`, winning over the strategy input. */
export const STRATEGY_ANNOTATION = 'kubesync.io/strategy';
/** On a canary or green Deployment (and its Service): the name of the Deployment it stands in for. */
export const DELIVERY_OF_LABEL = 'kubesync.io/delivery-of';
/** On a variant, its selector and its pods: `canary` or `green`, which tells them from the primary's. */
export const VARIANT_LABEL = 'kubesync.io/variant';
/** On a canary: the primary's replicas before it was scaled down for the canary, restored on abort. */
export const PRIMARY_REPLICAS_ANNOTATION = 'kubesync.io/primary-replicas';

export type Variant = 'canary' | 'green';

/** The Deployment a canary or green object stands in for, when it is one. */
export function deliveryVariantOf(object: KubeObject): { of: string; variant: Variant } | undefined {
  const metadata = object.metadata as { labels?: Record<string, unknown> } | undefined;
  const of = metadata?.labels?.[DELIVERY_OF_LABEL];
  const variant = metadata?.labels?.[VARIANT_LABEL];
  if (typeof of !== 'string' || (variant !== 'canary' && variant !== 'green')) return undefined;
  return { of, variant };
}
