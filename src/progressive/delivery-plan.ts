import type { ClusterClient } from '../cluster/client.js';
import { UserError } from '../model/errors.js';
import { nameOf } from '../model/resource.js';
import { deliveryVariantOf, VARIANT_LABEL } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';
import type { DeliveryStep } from '../plan/delivery-step.js';
import type { Plan } from '../plan/plan.js';
import { variantsInPlan } from './plan-variants.js';
import { strategyOf, type CanaryOptions, type DeliveryOptions } from './strategy.js';
import { metricQueryFor } from './metric-check.js';
import { podLabelsOf, routesTo, selectorOf, servicesSelecting } from './traffic.js';
import { variantName } from './variant.js';

/**
 * The plan with how each canary or blue-green Deployment rolls out. A primary whose replicas a
 * running canary set aside conflicts with that canary's own write: not a conflict to refuse on, since
 * the rollout takes them back.
 */
export async function withDelivery(
  client: ClusterClient,
  plan: Plan,
  options: DeliveryOptions,
): Promise<Plan> {
  const delivery: DeliveryStep[] = [];
  const changes: Change[] = [];
  const canaries = new Set(
    variantsInPlan(plan.changes)
      .filter(({ variant }) => variant === 'canary')
      .map(({ namespace, of }) => `${namespace ?? ''}/${of}`),
  );
  for (const change of plan.changes) {
    const strategy = strategyOf(change, options.strategy);
    const setAside =
      change.ref.kind === 'Deployment' && canaries.has(`${change.ref.namespace ?? ''}/${change.ref.name}`);
    changes.push(
      setAside && change.conflict
        ? { ...change, conflict: undefined, note: 'its replicas are set aside for the canary a run left' }
        : change,
    );
    if (strategy === 'rolling') continue;
    const namespace = change.ref.namespace ?? '';
    const name = change.ref.name;
    checkMetricQuery(options.canary);
    if (
      strategy === 'canary' &&
      (options.canary.decision === 'promote' || options.canary.decision === 'abort')
    )
      if (!canaries.has(`${namespace}/${name}`))
        throw new UserError(
          `${change.subject}: canary-decision: ${options.canary.decision}, but no canary of it is running; run with canary-decision: manual (or auto) first`,
        );
    if (strategy === 'blue-green') {
      if (change.live) await refuseSharedServices(client, change, change.live);
      delivery.push({
        subject: change.subject,
        description: blueGreenDescription(name, options),
        creates: [`Deployment ${namespace}/${variantName(name, 'green')}`],
      });
      continue;
    }
    const services = change.live ? await servicesSelecting(client, change.live) : [];
    const routed = [];
    for (const service of services) if ((await routesTo(client, service)).length > 0) routed.push(service);
    delivery.push({
      subject: change.subject,
      description: canaryDescription(options.canary, routed.length > 0),
      creates: [
        `Deployment ${namespace}/${variantName(name, 'canary')}`,
        ...routed.map((service) => `Service ${namespace}/${variantName(nameOf(service) ?? '', 'canary')}`),
      ],
    });
  }
  return delivery.length > 0 || changes.some((change, index) => change !== plan.changes[index])
    ? { ...plan, changes, delivery }
    : plan;
}

function canaryDescription(options: CanaryOptions, routed: boolean): string {
  const split = routed ? `${options.weight} % of the route's traffic` : `${options.weight} % of the replicas`;
  switch (options.decision) {
    case 'promote':
      return 'promote the canary an earlier run left';
    case 'abort':
      return 'abort the canary an earlier run left';
    case 'manual':
      return `canary at ${split}, then wait for canary-decision: promote or abort`;
    default:
      return `canary at ${split} for ${duration(options.analysisMs)}${metricWords(options)}, then promote automatically (abort on a failing sample)`;
  }
}

function blueGreenDescription(name: string, options: DeliveryOptions): string {
  const green = variantName(name, 'green');
  const analysed = options.canary.metricQuery ? `, analysed for ${duration(options.canary.analysisMs)}` : '';
  const keep =
    options.blueGreenKeepMs > 0 ? `; ${name}'s previous pods kept ${duration(options.blueGreenKeepMs)}` : '';
  return `blue-green: ${green} at full size; once it is ready${analysed} the Services switch to it${keep}; then ${name} takes the new template out of traffic, the Services switch back, and ${green} is removed`;
}

function metricWords(options: CanaryOptions): string {
  if (!options.metricQuery) return ', ready with no restarts';
  const threshold = options.metricThreshold
    ? ` ${options.metricThreshold.bound === 'max' ? '≤' : '≥'} ${options.metricThreshold.value}`
    : '';
  return `, ready with no restarts and the metric${threshold} every ${duration(options.metricIntervalMs)}`;
}

function duration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** A mistake in the metric inputs is found before anything is written, not in the middle of a rollout. */
function checkMetricQuery(options: CanaryOptions): void {
  if (!options.metricQuery) return;
  metricQueryFor(options.metricQuery, { canary: '', primary: '' });
  if (!options.prometheusUrl)
    throw new UserError('canary-metric-query needs canary-prometheus-url, the Prometheus to ask');
}

/**
 * Blue-green switches whole Services to the green pods: a Service that also selects another
 * Deployment's pods would lose them.
 */
async function refuseSharedServices(client: ClusterClient, change: Change, live: KubeObject): Promise<void> {
  const services = await servicesSelecting(client, live);
  if (services.length === 0) return;
  const others = (await client.list('apps/v1', 'Deployment', { namespace: change.ref.namespace })).filter(
    (deployment) =>
      nameOf(deployment) !== change.ref.name && deliveryVariantOf(deployment)?.of !== change.ref.name,
  );
  for (const service of services) {
    const selector = Object.entries(selectorOf(service)).filter(([key]) => key !== VARIANT_LABEL);
    const shared = others.find((deployment) =>
      selector.every(([key, value]) => podLabelsOf(deployment)[key] === value),
    );
    if (shared)
      throw new UserError(
        `${change.subject}: blue-green switches Service ${change.ref.namespace ?? ''}/${nameOf(service) ?? ''} to the new pods, but it also selects the pods of Deployment ${nameOf(shared) ?? ''}, which would drop out of it; give ${change.ref.name} a Service of its own, or use strategy: canary`,
      );
  }
}
