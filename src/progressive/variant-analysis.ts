import { isRecord, nameOf, namespaceOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import { combineSamples, runAnalysis, type AnalysisOutcome } from './analysis.js';
import { metricQueryFor, podMatchers, sampleMetric } from './metric-check.js';
import { podHealthSample, restartsByPod } from './pod-health.js';
import type { RolloutContext } from './rollout.js';
import type { CanaryOptions } from './strategy.js';

/** Samples a canary's or green's pods (ready, not restarting) and, when given, the metric, for the analysis' duration. */
export async function analyseVariant(
  context: RolloutContext,
  canary: KubeObject,
  replicas: number,
  options: CanaryOptions,
  metricQuery: string | undefined,
): Promise<AnalysisOutcome> {
  const name = nameOf(canary) ?? '';
  const listPods = () =>
    context.client.list('v1', 'Pod', {
      namespace: namespaceOf(canary),
      labelSelector: labelSelectorOf(canary),
    });
  const restartsAtStart = restartsByPod(await listPods());
  return runAnalysis({
    durationMs: options.analysisMs,
    intervalMs: options.metricIntervalMs,
    signal: context.signal,
    sleep: context.sleep,
    check: async () => {
      const pods = podHealthSample({
        name,
        pods: await listPods(),
        wantedReplicas: replicas,
        restartsAtStart,
      });
      if (!metricQuery) return pods;
      const metric = await sampleMetric(
        { prometheusUrl: options.prometheusUrl, query: metricQuery, threshold: options.metricThreshold },
        { signal: context.signal },
      );
      return combineSamples(pods, metric);
    },
    onSample: (sample, index) => context.log.info(`analysis sample ${index + 1}: ${sample.description}`),
  });
}

/** `app=web,kubesync.io/variant=canary`: the Deployment's matchLabels as a label selector. */
export function labelSelectorOf(deployment: KubeObject): string {
  const spec = isRecord(deployment.spec) ? deployment.spec : {};
  const selector =
    isRecord(spec.selector) && isRecord(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
  return Object.entries(selector)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(',');
}

/** canary-metric-query for a variant: `{{canary}}` its pods, `{{primary}}` the primary's; undefined for none. */
export function variantMetricQuery(
  options: CanaryOptions,
  namespace: string,
  primary: string,
  variant: string,
): string | undefined {
  if (!options.metricQuery) return undefined;
  return metricQueryFor(options.metricQuery, {
    canary: podMatchers(namespace, variant),
    primary: podMatchers(namespace, primary),
  });
}
