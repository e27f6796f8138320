import { annotationOf, isRecord, nameOf, namespaceOf } from '../model/resource.js';
import { PRIMARY_REPLICAS_ANNOTATION } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';
import { analyseVariant, variantMetricQuery } from './variant-analysis.js';
import type { RolloutContext, RolloutOutcome } from './rollout.js';
import { remove, waitForRollout } from './rollout.js';
import { canaryReplicas, type CanaryOptions } from './strategy.js';
import { routesTo, servicesSelecting, updateObject, withCanaryWeight, withoutCanary } from './traffic.js';
import {
  desiredReplicas,
  hasReplicas,
  replicasOf,
  variantDeployment,
  variantName,
  variantService,
} from './variant.js';

/** Where the canary's traffic comes from: the routes that weigh it, else the pods' share of a Service. */
interface Traffic {
  readonly routed: readonly { readonly service: KubeObject; readonly routes: readonly KubeObject[] }[];
}

/**
 * A canary of one Deployment's update: the new template runs as `<name>-canary` at the weight (by pod
 * ratio, the primary scaled down by as many; or by an HTTPRoute's weights), is analysed, and is then
 * promoted (the primary takes the template, the canary goes) or aborted (the canary goes, the primary
 * was never changed). A canary an earlier run left is taken up again, or finished by the decision.
 */
export async function runCanary(
  context: RolloutContext,
  change: Change,
  existing: KubeObject | undefined,
  options: CanaryOptions,
  writtenRoutes: readonly KubeObject[],
): Promise<RolloutOutcome> {
  const desired = change.desired ?? {};
  const live = change.live ?? {};
  const name = nameOf(desired) ?? '';
  const namespace = namespaceOf(desired) ?? '';
  const canaryName = variantName(name, 'canary');
  const traffic = await trafficOf(context, live);
  const primaryReplicas = primaryReplicasOf(existing, live);
  const finish = { context, change, traffic, writtenRoutes, canaryName, primaryReplicas };
  // The plan refused a decision without a canary to decide on (withDelivery).
  if (existing && options.decision === 'promote') return promote(finish, ['canary-decision: promote']);
  if (existing && options.decision === 'abort') {
    await abort(finish);
    return {
      kind: 'failed',
      problems: [
        `${change.subject}: canary aborted (canary-decision: abort); ${name} runs its previous template`,
      ],
    };
  }
  const metricQuery = variantMetricQuery(options, namespace, name, canaryName);
  const total = desiredReplicas(desired, live);
  const replicas = canaryReplicas(total, options.weight);
  const canary = await context.client.apply(
    variantDeployment(desired, 'canary', replicas, {
      [PRIMARY_REPLICAS_ANNOTATION]: String(primaryReplicas),
    }),
    { force: true },
  );
  context.log.info(
    `Deployment ${namespace}/${canaryName}: ${existing ? 'configured' : 'created'} with the new template, ${replicas} of ${total} replicas (${options.weight} %)`,
  );
  try {
    await context.progress(`canary ${canaryName} (${options.weight} %): rolling out`);
    const notReady = await waitForRollout(context, canary);
    if (notReady.length > 0) {
      await abort(finish);
      return {
        kind: 'failed',
        problems: [
          `${change.subject}: the canary never became ready (${notReady.join('; ')}); it was removed and ${name} was never changed`,
        ],
      };
    }
    // Traffic moves only to a canary that is ready; the primary keeps at least one pod.
    await splitTraffic(finish, options.weight, Math.max(1, total - replicas));
    if (options.decision === 'manual')
      return {
        kind: 'waiting',
        notes: [
          `${change.subject}: canary ${canaryName} runs the new template at ${options.weight} %; run again with canary-decision: promote or abort`,
        ],
      };
    await context.progress(`canary ${canaryName} (${options.weight} %): analysing`);
    const analysis = await analyseVariant(context, canary, replicas, options, metricQuery);
    if (!analysis.passed) {
      await abort(finish);
      const at = analysis.samples.length;
      return {
        kind: 'failed',
        problems: [
          `${change.subject}: the canary failed its analysis at sample ${at} (${analysis.failing?.description ?? 'unhealthy'}); it was removed and ${name} was never changed`,
        ],
      };
    }
    return await promote(finish, [`${analysis.samples.length} healthy samples`]);
  } catch (error) {
    // Cancelled or cut off mid-rollout: the traffic and the primary's replicas go back first.
    await abort(finish).catch(() => undefined);
    throw error;
  }
}

/**
 * A canary an earlier run left, of a Deployment this run does not roll out by canary (its update was
 * reverted, or its strategy changed): the traffic and the primary's replicas go back, and it goes.
 */
export async function abandonCanary(
  context: RolloutContext,
  primary: Change,
  canary: KubeObject,
  writtenRoutes: readonly KubeObject[],
): Promise<void> {
  const live = primary.live ?? {};
  const traffic = await trafficOf(context, live);
  await abort({
    context,
    change: primary,
    traffic,
    writtenRoutes,
    canaryName: nameOf(canary) ?? '',
    primaryReplicas: primaryReplicasOf(canary, live),
  });
}

interface Finish {
  readonly context: RolloutContext;
  readonly change: Change;
  readonly traffic: Traffic;
  readonly writtenRoutes: readonly KubeObject[];
  readonly canaryName: string;
  /** What the primary ran before the canary, given back on abort and on promote. */
  readonly primaryReplicas: number;
}

/** The primary takes the new template and rolls out; then the traffic returns to it and the canary goes. */
async function promote(finish: Finish, why: readonly string[]): Promise<RolloutOutcome> {
  const { context, change } = finish;
  await context.progress(`promoting: ${change.ref.name} rolls out the canary's template`);
  // A Deployment whose manifest leaves replicas to others (an HPA) gets back what it had.
  if (!hasReplicas(change.desired ?? {}) && finish.traffic.routed.length === 0)
    await scale(context, change.live ?? {}, finish.primaryReplicas);
  // Force: the primary's replicas were set aside for the canary, by this very rollout.
  const result = await context.client.apply(change.desired ?? {}, { force: true });
  context.log.info(`${change.subject}: configured with the canary's template`);
  const applied = { ...change, result };
  const problems = await waitForRollout(context, result);
  await removeCanary(finish);
  if (problems.length > 0) return { kind: 'failed', applied, problems };
  return { kind: 'promoted', applied, notes: [`${change.subject}: canary promoted (${why.join(', ')})`] };
}

/** The canary goes, the traffic returns to the primary, and the primary gets back its replicas. */
async function abort(finish: Finish): Promise<void> {
  const { context, change, traffic } = finish;
  if (traffic.routed.length === 0) await scale(context, change.live ?? {}, finish.primaryReplicas);
  await removeCanary(finish);
}

async function removeCanary(finish: Finish): Promise<void> {
  const { context, change, traffic, writtenRoutes, canaryName } = finish;
  const namespace = change.ref.namespace;
  for (const { service, routes } of traffic.routed) {
    const serviceName = nameOf(service) ?? '';
    const canaryService = variantName(serviceName, 'canary');
    for (const route of routes) {
      const written = writtenOf(route, writtenRoutes);
      // A route of the manifests is applied as written again; anyone else's loses the canary's backend.
      if (written) await context.client.apply(written, { force: true });
      else
        await updateObject(context.client, route, (current) =>
          withoutCanary(current, serviceName, canaryService),
        );
      context.log.info(`HTTPRoute ${namespace}/${nameOf(route) ?? ''}: all traffic to ${serviceName}`);
    }
    await remove(
      context,
      { apiVersion: 'v1', kind: 'Service', metadata: { name: canaryService, namespace } },
      `Service ${namespace}/${canaryService}`,
    );
  }
  const canary = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: canaryName, namespace } };
  await remove(context, canary, `Deployment ${namespace}/${canaryName}`);
}

/** By a route's weights when one sends to the Service, which is exact; else by the pods' share. */
async function splitTraffic(finish: Finish, weight: number, primaryReplicas: number): Promise<void> {
  const { context, traffic, canaryName, writtenRoutes, change } = finish;
  if (traffic.routed.length === 0) {
    await scale(context, change.live ?? {}, primaryReplicas);
    return;
  }
  for (const { service, routes } of traffic.routed) {
    const serviceName = nameOf(service) ?? '';
    const canaryService = variantService(service, change.ref.name, 'canary');
    await context.client.apply(canaryService, { force: true });
    for (const route of routes) {
      const split = (current: KubeObject) =>
        withCanaryWeight(current, serviceName, nameOf(canaryService) ?? '', weight);
      // A route of the manifests is applied by kubesync's own field manager, so the next plan sees its
      // own change, not another tool's conflict; anyone else's route is changed in place.
      const written = writtenOf(route, writtenRoutes);
      if (written) await context.client.apply(split(written), { force: true });
      else await updateObject(context.client, route, split);
      context.log.info(
        `HTTPRoute ${namespaceOf(route) ?? ''}/${nameOf(route) ?? ''}: ${100 - weight} % to ${serviceName}, ${weight} % to ${nameOf(canaryService) ?? ''} (${canaryName})`,
      );
    }
  }
}

async function trafficOf(context: RolloutContext, live: KubeObject): Promise<Traffic> {
  const services = await servicesSelecting(context.client, live);
  const routed = [];
  for (const service of services) {
    const routes = await routesTo(context.client, service);
    if (routes.length > 0) routed.push({ service, routes });
  }
  return { routed };
}

async function scale(context: RolloutContext, deployment: KubeObject, replicas: number): Promise<void> {
  const updated = await updateObject(context.client, deployment, (current) =>
    replicasOf(current) === replicas
      ? undefined
      : { ...current, spec: { ...(isRecord(current.spec) ? current.spec : {}), replicas } },
  );
  if (updated)
    context.log.info(
      `Deployment ${namespaceOf(deployment) ?? ''}/${nameOf(deployment) ?? ''}: scaled to ${replicas}`,
    );
}

/** What the primary ran before the canary: recorded on a canary an earlier run left, else live now. */
function primaryReplicasOf(existing: KubeObject | undefined, live: KubeObject): number {
  const recorded = existing ? Number(annotationOf(existing, PRIMARY_REPLICAS_ANNOTATION)) : NaN;
  return Number.isInteger(recorded) && recorded >= 0 ? recorded : replicasOf(live);
}

function writtenOf(route: KubeObject, writtenRoutes: readonly KubeObject[]): KubeObject | undefined {
  return writtenRoutes.find(
    (candidate) => nameOf(candidate) === nameOf(route) && namespaceOf(candidate) === namespaceOf(route),
  );
}
