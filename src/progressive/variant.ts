import { isRecord, metadataOf, nameOf } from '../model/resource.js';
import { DELIVERY_OF_LABEL, VARIANT_LABEL, type Variant } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';

/** `web` → `web-canary`, `web-green`. */
export function variantName(name: string, variant: Variant): string {
  return `${name}-${variant}`;
}

/**
 * The Deployment that runs `desired`'s new pod template beside the primary: its own name, the variant
 * label in its selector and on its pods (so its ReplicaSets never adopt the primary's pods, while a
 * Service selecting the primary's labels selects its pods too), and `replicas` of them. It keeps
 * desired's labels, so it is a member of the app's ApplySet while it exists.
 */
export function variantDeployment(
  desired: KubeObject,
  variant: Variant,
  replicas: number,
  annotations: Readonly<Record<string, string>> = {},
): KubeObject {
  const copy = structuredClone(desired);
  const name = nameOf(desired) ?? '';
  const metadata = metadataOf(copy);
  metadata.name = variantName(name, variant);
  metadata.labels = { ...labels(metadata.labels), [DELIVERY_OF_LABEL]: name, [VARIANT_LABEL]: variant };
  metadata.annotations = { ...labels(metadata.annotations), ...annotations };
  const spec = isRecord(copy.spec) ? copy.spec : (copy.spec = {});
  spec.replicas = replicas;
  const selector = isRecord(spec.selector) ? spec.selector : (spec.selector = {});
  selector.matchLabels = { ...labels(selector.matchLabels), [VARIANT_LABEL]: variant };
  const template = isRecord(spec.template) ? spec.template : (spec.template = {});
  const templateMetadata = isRecord(template.metadata) ? template.metadata : (template.metadata = {});
  templateMetadata.labels = { ...labels(templateMetadata.labels), [VARIANT_LABEL]: variant };
  return copy;
}

/**
 * A Service for the canary's pods alone, for a route to weigh against the primary's Service: the
 * same ports, the variant label added to the selector.
 */
export function variantService(service: KubeObject, of: string, variant: Variant): KubeObject {
  const metadata = metadataOf(service);
  const spec = isRecord(service.spec) ? service.spec : {};
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: variantName(String(metadata.name), variant),
      namespace: metadata.namespace,
      labels: { ...labels(metadata.labels), [DELIVERY_OF_LABEL]: of, [VARIANT_LABEL]: variant },
    },
    spec: {
      ports: spec.ports,
      selector: { ...labels(spec.selector), [VARIANT_LABEL]: variant },
    },
  };
}

/** The replicas the Deployment is to run: its manifest's, else what it runs now (an HPA's). */
export function desiredReplicas(desired: KubeObject, live: KubeObject): number {
  return hasReplicas(desired) ? replicasOf(desired) : replicasOf(live);
}

export function hasReplicas(deployment: KubeObject): boolean {
  return isRecord(deployment.spec) && typeof deployment.spec.replicas === 'number';
}

export function replicasOf(deployment: KubeObject): number {
  const replicas = isRecord(deployment.spec) ? deployment.spec.replicas : undefined;
  return typeof replicas === 'number' ? replicas : 1;
}

function labels(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
