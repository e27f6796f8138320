import { UserError } from '../model/errors.js';
import { formatOrigin } from '../model/origin.js';
import { annotationOf } from '../model/resource.js';
import { STRATEGY_ANNOTATION } from '../model/delivery.js';
import type { Change } from '../plan/change.js';
import type { MetricThreshold } from './metric-check.js';
import { hasReplicas, replicasOf } from './variant.js';

export const STRATEGIES = ['rolling', 'canary', 'blue-green'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export type CanaryDecision = 'auto' | 'manual' | 'promote' | 'abort';

export interface CanaryOptions {
  /** Percent of the replicas the canary runs. */
  readonly weight: number;
  readonly analysisMs: number;
  /** PromQL with {{canary}} and {{primary}}; empty for none. */
  readonly metricQuery: string;
  readonly prometheusUrl: string;
  readonly metricThreshold: MetricThreshold | undefined;
  readonly metricIntervalMs: number;
  readonly decision: CanaryDecision;
}

/** How changed Deployments roll out: the strategy input and its canary and blue-green knobs. */
export interface DeliveryOptions {
  readonly strategy: Strategy;
  readonly canary: CanaryOptions;
  readonly blueGreenKeepMs: number;
}

/**
 * The strategy a change rolls out with: the Deployment's `kubesync.io/strategy` annotation, else the
 * input. Only an update of a Deployment's pod template has an old version to compare the new one
 * with; anything else (a new Deployment, a change of replicas, a replacement) is applied as it is.
 */
export function strategyOf(change: Change, fallback: Strategy): Strategy {
  if (change.ref.kind !== 'Deployment' || change.ref.apiVersion !== 'apps/v1' || !change.desired)
    return 'rolling';
  const annotated = annotationOf(change.desired, STRATEGY_ANNOTATION)?.trim();
  if (annotated !== undefined && !(STRATEGIES as readonly string[]).includes(annotated)) {
    const where = change.origin ? `${formatOrigin(change.origin)}: ` : '';
    throw new UserError(
      `${where}${change.subject}: ${STRATEGY_ANNOTATION} is "${annotated}"; write rolling, canary or blue-green`,
    );
  }
  const strategy = (annotated as Strategy | undefined) ?? fallback;
  // Scaled to 0, it runs nothing to compare the new template with, and a canary would start a pod.
  const scaledToZero = hasReplicas(change.desired) && replicasOf(change.desired) === 0;
  return change.action === 'update' && change.podTemplateChanged && !change.replace && !scaledToZero
    ? strategy
    : 'rolling';
}

/** The canary's share of `total` replicas: at least one, and never all of them while the primary has more than one. */
export function canaryReplicas(total: number, weight: number): number {
  return Math.min(Math.max(1, Math.round((total * weight) / 100)), Math.max(1, total));
}
