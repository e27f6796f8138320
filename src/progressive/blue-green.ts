import { cancellation, pause } from '../model/cancel.js';
import { nameOf, namespaceOf } from '../model/resource.js';
import { VARIANT_LABEL } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';
import type { RolloutContext, RolloutOutcome } from './rollout.js';
import { remove, waitForRollout } from './rollout.js';
import type { CanaryOptions } from './strategy.js';
import { selectorOf, servicesSelecting, updateObject } from './traffic.js';
import { analyseVariant, variantMetricQuery } from './variant-analysis.js';
import { desiredReplicas, variantDeployment, variantName } from './variant.js';

/**
 * A blue-green update of one Deployment, as Azure's k8s-deploy does it: the new template runs as
 * `<name>-green` at full size beside the live pods; once it is ready (and passes the analysis, when a
 * metric query is given) the Services switch to it; after blue-green-keep the primary takes the new
 * template out of traffic, the Services switch back, and the green goes. A failure before the switch
 * leaves the traffic where it was. The Deployment keeps its own name, so the plan and prune see it as
 * written.
 */
export async function runBlueGreen(
  context: RolloutContext,
  change: Change,
  options: { readonly analysis: CanaryOptions; readonly keepMs: number; readonly forceConflicts: boolean },
): Promise<RolloutOutcome> {
  const desired = change.desired ?? {};
  const live = change.live ?? {};
  const name = nameOf(desired) ?? '';
  const namespace = namespaceOf(desired) ?? '';
  const greenName = variantName(name, 'green');
  const green = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: greenName, namespace } };
  const metricQuery = variantMetricQuery(options.analysis, namespace, name, greenName);
  const services = await servicesSelecting(context.client, live);
  const total = desiredReplicas(desired, live);
  const applied = await context.client.apply(variantDeployment(desired, 'green', total), { force: true });
  context.log.info(`Deployment ${namespace}/${greenName}: the new template at full size, ${total} replicas`);
  const back = async () => {
    await switchTraffic(context, services, undefined);
    await remove(context, green, `Deployment ${namespace}/${greenName}`);
  };
  try {
    await context.progress(`blue-green: ${greenName} rolling out`);
    const notReady = await waitForRollout(context, applied);
    const failing =
      notReady.length > 0
        ? `never became ready (${notReady.join('; ')})`
        : await analysisFailure(context, applied, total, options.analysis, metricQuery);
    if (failing) {
      await back();
      return {
        kind: 'failed',
        problems: [
          `${change.subject}: ${greenName} ${failing}; it was removed and the traffic stayed on ${name}`,
        ],
      };
    }
    await switchTraffic(context, services, 'green');
    await context.progress(`blue-green: traffic on ${greenName}`);
    if (options.keepMs > 0) {
      context.log.info(`${name}'s previous pods are kept for ${options.keepMs / 1000}s (blue-green-keep)`);
      await (context.sleep ?? pause)(options.keepMs, context.signal);
    }
    const cancelled = cancellation(context.signal);
    if (cancelled) throw cancelled;
  } catch (error) {
    // Cancelled or cut off before the primary changed: the traffic goes back to it, the green goes.
    await back().catch(() => undefined);
    throw error;
  }
  const result = await context.client.apply(desired, { force: options.forceConflicts });
  context.log.info(`${change.subject}: configured, out of traffic`);
  const primary = { ...change, result };
  const problems = await waitForRollout(context, result);
  if (problems.length > 0)
    return {
      kind: 'failed',
      applied: primary,
      problems: [
        ...problems,
        `${change.subject}: ${name} did not roll out and is rolled back; the traffic stays on ${greenName}, which runs the new template, until the next run finishes the switch`,
      ],
    };
  await switchTraffic(context, services, undefined);
  await remove(context, green, `Deployment ${namespace}/${greenName}`);
  return { kind: 'promoted', applied: primary, notes: [`${change.subject}: blue-green switch done`] };
}

/** Each Service selects the variant's pods only (`green`), or the Deployment's pods again (undefined). */
export async function switchTraffic(
  context: RolloutContext,
  services: readonly KubeObject[],
  variant: 'green' | undefined,
): Promise<void> {
  for (const service of services) {
    const updated = await updateObject(context.client, service, (live) => {
      if (selectorOf(live)[VARIANT_LABEL] === variant) return undefined;
      const selector: Record<string, unknown> = { ...selectorOf(live) };
      if (variant) selector[VARIANT_LABEL] = variant;
      else delete selector[VARIANT_LABEL];
      return { ...live, spec: { ...(live.spec as object), selector } };
    });
    if (!updated) continue;
    context.log.info(
      `Service ${namespaceOf(service) ?? ''}/${nameOf(service) ?? ''}: ${variant ? `selects ${variant} pods only` : 'selects the Deployment’s pods again'}`,
    );
  }
}

async function analysisFailure(
  context: RolloutContext,
  green: KubeObject,
  replicas: number,
  analysis: CanaryOptions,
  metricQuery: string | undefined,
): Promise<string | undefined> {
  if (!metricQuery) return undefined;
  await context.progress(`blue-green: analysing ${nameOf(green) ?? ''}`);
  const outcome = await analyseVariant(context, green, replicas, analysis, metricQuery);
  return outcome.passed
    ? undefined
    : `failed its analysis at sample ${outcome.samples.length} (${outcome.failing?.description ?? 'unhealthy'})`;
}

/** A green an earlier run left, of a Deployment this run does not roll out blue-green: the traffic goes back, the green goes. */
export async function abandonGreen(
  context: RolloutContext,
  primary: Change,
  green: KubeObject,
): Promise<void> {
  await switchTraffic(context, await servicesSelecting(context.client, primary.live ?? {}), undefined);
  await remove(context, green, `Deployment ${namespaceOf(green) ?? ''}/${nameOf(green) ?? ''}`);
}
