import type { ClusterClient } from '../cluster/client.js';
import { isRecord, metadataOf, namespaceOf } from '../model/resource.js';
import { VARIANT_LABEL } from '../model/delivery.js';
import type { KubeObject } from '../model/object.js';
import { refOf } from '../model/object.js';

/** The Services in the Deployment's namespace whose selector picks its pods. */
export async function servicesSelecting(
  client: ClusterClient,
  deployment: KubeObject,
): Promise<KubeObject[]> {
  const namespace = namespaceOf(deployment);
  const podLabels = podLabelsOf(deployment);
  const services = await client.list('v1', 'Service', { namespace });
  return services.filter((service) => {
    // A Service a blue-green switched to the green pods still serves this Deployment.
    const pairs = Object.entries(selectorOf(service)).filter(([key]) => key !== VARIANT_LABEL);
    return pairs.length > 0 && pairs.every(([key, value]) => podLabels[key] === value);
  });
}

export function selectorOf(service: KubeObject): Record<string, unknown> {
  const spec = isRecord(service.spec) ? service.spec : {};
  return isRecord(spec.selector) ? spec.selector : {};
}

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** The Gateway API HTTPRoutes that send traffic to the Service, when the cluster serves HTTPRoutes. */
export async function routesTo(client: ClusterClient, service: KubeObject): Promise<KubeObject[]> {
  const version = await client.preferredVersion(GATEWAY_GROUP);
  if (!version) return [];
  const apiVersion = `${GATEWAY_GROUP}/${version}`;
  if (!(await client.resourceFor(apiVersion, 'HTTPRoute'))) return [];
  const namespace = namespaceOf(service);
  const name = String(metadataOf(service).name);
  const routes = await client.list(apiVersion, 'HTTPRoute', { namespace });
  return routes.filter((route) => backendRefsOf(route).some((ref) => refersTo(ref, route, name, namespace)));
}

type BackendRef = Record<string, unknown>;

function rulesOf(route: KubeObject): Record<string, unknown>[] {
  const spec = isRecord(route.spec) ? route.spec : {};
  return Array.isArray(spec.rules) ? spec.rules.filter(isRecord) : [];
}

function backendRefsOf(route: KubeObject): BackendRef[] {
  return rulesOf(route).flatMap((rule) =>
    Array.isArray(rule.backendRefs) ? rule.backendRefs.filter(isRecord) : [],
  );
}

function refersTo(ref: BackendRef, route: KubeObject, name: string, namespace: string | undefined): boolean {
  return (
    (ref.kind ?? 'Service') === 'Service' &&
    (ref.group ?? '') === '' &&
    ref.name === name &&
    (ref.namespace ?? namespaceOf(route)) === namespace
  );
}

/**
 * The route with each rule that sends to `service` split by weight: `100 - weight` to it, `weight`
 * to `canary` (on the same port). Idempotent: a rule that already has the canary gets its weights set.
 */
export function withCanaryWeight(
  route: KubeObject,
  service: string,
  canary: string,
  weight: number,
): KubeObject {
  const copy = structuredClone(route);
  const namespace = namespaceOf(route);
  for (const rule of rulesOf(copy)) {
    const refs = Array.isArray(rule.backendRefs) ? rule.backendRefs.filter(isRecord) : [];
    const primary = refs.find((ref) => refersTo(ref, copy, service, namespace));
    if (!primary) continue;
    primary.weight = 100 - weight;
    const existing = refs.find((ref) => refersTo(ref, copy, canary, namespace));
    if (existing) existing.weight = weight;
    else refs.push({ ...primary, name: canary, weight });
    rule.backendRefs = refs;
  }
  return copy;
}

/** The route without the canary's backends, and the primary's backends without the weight it set. */
export function withoutCanary(route: KubeObject, service: string, canary: string): KubeObject {
  const copy = structuredClone(route);
  const namespace = namespaceOf(route);
  for (const rule of rulesOf(copy)) {
    if (!Array.isArray(rule.backendRefs)) continue;
    const refs = rule.backendRefs.filter(isRecord).filter((ref) => !refersTo(ref, copy, canary, namespace));
    for (const ref of refs.filter((candidate) => refersTo(candidate, copy, service, namespace)))
      delete ref.weight;
    rule.backendRefs = refs;
  }
  return copy;
}

/**
 * Reads the object afresh, changes it and writes it back whole (PUT), again when someone wrote it in
 * between (409): the traffic switches of a rollout change one field of an object others may own.
 * `change` answers undefined when the object already is as wanted: then nothing is written.
 */
export async function updateObject(
  client: ClusterClient,
  object: KubeObject,
  change: (live: KubeObject) => KubeObject | undefined,
): Promise<KubeObject | undefined> {
  for (let attempt = 1; ; attempt++) {
    const live = await client.get(refOf(object));
    if (!live) return undefined;
    const changed = change(live);
    if (!changed) return undefined;
    try {
      return await client.replace(changed);
    } catch (error) {
      if (attempt >= 3 || (error as { status?: number }).status !== 409) throw error;
    }
  }
}

/** The labels a Deployment's pods carry. */
export function podLabelsOf(deployment: KubeObject): Record<string, unknown> {
  const spec = isRecord(deployment.spec) ? deployment.spec : {};
  const template = isRecord(spec.template) ? spec.template : {};
  return isRecord(template.metadata) && isRecord(template.metadata.labels) ? template.metadata.labels : {};
}
