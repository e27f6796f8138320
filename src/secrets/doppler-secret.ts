import { createHash } from 'node:crypto';
import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import { UserError } from '../model/errors.js';
import { parseDopplerRef } from '../manifests/app.js';
import type { Origin } from '../model/origin.js';
import { formatOrigin } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { isRecord, nameOf, namespaceOf } from '../model/resource.js';
import type { Log } from '../model/log.js';
import type { DopplerClient } from './doppler.js';
import { podSpecPathOf } from '../manifests/pod-spec.js';
import { podSecretUses } from './pod-secrets.js';
import { MASK } from './mask.js';
import type { SecretValues } from './redact.js';

/** On the pod template of every workload that reads the Doppler Secret: a rotated value rolls the pods. */
export const CHECKSUM_ANNOTATION = 'kubesync.io/doppler-checksum';

/** One environment variable whose value lives in Doppler. */
export interface DopplerReference {
  /** The key in the Secret: the environment variable's name. */
  readonly key: string;
  readonly config: string;
  readonly name: string;
  readonly origin: Origin;
}

export function dopplerReferencesOf(resource: Resource): DopplerReference[] {
  return Object.entries(resource.valueSources ?? {}).flatMap(([key, source]) => {
    const ref = parseDopplerRef(source);
    return ref ? [{ key, ...ref, origin: resource.locate(['data', key]) }] : [];
  });
}

function describeReference(ref: DopplerReference): string {
  return `env ${ref.key} (doppler://${ref.config}/${ref.name}, ${formatOrigin(ref.origin)})`;
}

/**
 * Fetches every referenced value, one request per config, and registers each with the masking the
 * moment it is read. A name the config lacks is an error naming the variable, its line and the path.
 */
export async function fetchDopplerValues(
  refs: readonly DopplerReference[],
  doppler: DopplerClient,
  secrets: SecretValues,
): Promise<Map<string, string>> {
  const configs = [...new Set(refs.map((ref) => ref.config))].sort();
  const downloaded = new Map(
    await Promise.all(configs.map(async (config) => [config, await doppler.download(config)] as const)),
  );
  const values = new Map<string, string>();
  const problems: string[] = [];
  for (const ref of refs) {
    const value = downloaded.get(ref.config)?.[ref.name];
    if (value === undefined) {
      problems.push(
        `${formatOrigin(ref.origin)}: env ${ref.key}: doppler://${ref.config}/${ref.name} does not exist: Doppler config "${ref.config}" has no secret named ${ref.name}; add it in Doppler or fix the reference`,
      );
      continue;
    }
    secrets.register(value);
    values.set(ref.key, value);
  }
  if (problems.length > 0) throw new UserError(`${problems.join('\n')}\nNothing was applied.`);
  return values;
}

/** Apply never writes a Secret without its values: without a token it refuses, naming each variable. */
export function requireDopplerToken(resources: readonly Resource[], hasToken: boolean): void {
  refuseWithoutToken(resources.flatMap(dopplerReferencesOf), hasToken);
}

function refuseWithoutToken(refs: readonly DopplerReference[], hasToken: boolean): void {
  if (hasToken || refs.length === 0) return;
  throw new UserError(
    `${refs.length} environment variables come from Doppler and applying needs their values: set the doppler-token input to a Doppler service token stored as a secret. From Doppler: ${refs.map(describeReference).join(', ')}. Nothing was applied.`,
  );
}

export interface SecretResolution {
  /** Doppler is asked only when a token is given. */
  readonly doppler?: DopplerClient;
  /** Apply needs every value; a plan without a token compares against the live Secret instead. */
  readonly purpose: 'plan' | 'apply';
  readonly client: ClusterClient;
  readonly namespace: string;
  readonly log: Log;
  /** Every value fetched is registered here the moment it is read. */
  readonly secrets: SecretValues;
}

/**
 * Fills each Secret whose values come from Doppler and stamps a checksum of them on the pod template
 * of every workload that reads it. Without a token a plan uses the live values (nothing to compare,
 * so nothing shows as changed) and apply refuses: it must never write a Secret without its values.
 */
export async function resolveSecretSources(
  resources: readonly Resource[],
  resolution: SecretResolution,
): Promise<Resource[]> {
  const sourced = resources.flatMap((resource) => {
    const refs = dopplerReferencesOf(resource);
    return refs.length > 0 ? [{ resource, refs }] : [];
  });
  if (sourced.length === 0) return [...resources];
  const refs = sourced.flatMap((source) => source.refs);
  if (resolution.purpose === 'apply') refuseWithoutToken(refs, resolution.doppler !== undefined);
  const fetched = resolution.doppler
    ? await fetchDopplerValues(refs, resolution.doppler, resolution.secrets)
    : undefined;
  if (!fetched) {
    resolution.log.info(
      'Doppler values are not compared without doppler-token: the plan assumes they are unchanged',
    );
  }
  const checksums = new Map<string, string>();
  const filled = new Map<Resource, Resource>();
  for (const { resource, refs: own } of sourced) {
    const keys = own.map((ref) => ref.key);
    const values = fetched ?? (await liveValues(resource.object, resolution));
    const data = Object.fromEntries(
      keys.map((key) => [key, Buffer.from(values.get(key) ?? '', 'utf8').toString('base64')]),
    );
    filled.set(resource, { ...resource, object: { ...resource.object, data } });
    checksums.set(nameOf(resource.object) ?? '', checksumOf(data));
  }
  return resources.map((resource) => filled.get(resource) ?? withChecksums(resource, checksums));
}

async function liveValues(secret: KubeObject, resolution: SecretResolution): Promise<Map<string, string>> {
  const name = nameOf(secret) ?? '';
  const namespace = namespaceOf(secret) ?? resolution.namespace;
  let live: KubeObject | undefined;
  try {
    live = await resolution.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace });
  } catch (error) {
    throw describeApiError(error, `Secret ${namespace}/${name}`);
  }
  const data = live && isRecord(live.data) ? live.data : {};
  const values = new Map<string, string>();
  for (const [key, encoded] of Object.entries(data)) {
    if (typeof encoded !== 'string') continue;
    values.set(key, Buffer.from(encoded, 'base64').toString('utf8'));
  }
  return values;
}

/** A hash of every key and value together: it changes when any value does, and reveals none of them. */
export function checksumOf(data: Readonly<Record<string, string>>): string {
  const entries = Object.keys(data)
    .sort()
    .map((key) => [key, data[key]]);
  return `sha256:${createHash('sha256').update(JSON.stringify(entries)).digest('hex')}`;
}

function withChecksums(resource: Resource, checksums: ReadonlyMap<string, string>): Resource {
  const read = [
    ...new Set(
      podSecretUses(resource.object)
        .map((use) => use.secret)
        .filter((secret) => checksums.has(secret)),
    ),
  ].sort();
  if (read.length === 0) return resource;
  const checksum =
    read.length === 1
      ? (checksums.get(read[0] ?? '') ?? '')
      : checksumOf(Object.fromEntries(read.map((secret) => [secret, checksums.get(secret) ?? ''])));
  const object = structuredClone(resource.object);
  const metadata = podTemplateMetadata(object, true);
  if (!metadata) return resource;
  metadata.annotations = {
    ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
    [CHECKSUM_ANNOTATION]: checksum,
  };
  return { ...resource, object };
}

/**
 * Both sides of a diff with the checksum masked, as Secret values are: a hash of a short value can be
 * guessed, so plans only say whether it changed (`*** (before)` / `*** (after)`).
 */
export function maskChecksumPair(
  before: KubeObject | undefined,
  after: KubeObject | undefined,
): [KubeObject | undefined, KubeObject | undefined] {
  const checksumIn = (object: KubeObject | undefined) => {
    const annotations = object ? podTemplateMetadata(object)?.annotations : undefined;
    return isRecord(annotations) ? annotations[CHECKSUM_ANNOTATION] : undefined;
  };
  const old = checksumIn(before);
  const next = checksumIn(after);
  const changed = old !== undefined && next !== undefined && old !== next;
  const masked = (object: KubeObject | undefined, side: 'before' | 'after') => {
    if (!object || (side === 'before' ? old : next) === undefined) return object;
    const copy = structuredClone(object);
    const annotations = podTemplateMetadata(copy)?.annotations as Record<string, unknown>;
    annotations[CHECKSUM_ANNOTATION] = changed ? `${MASK} (${side})` : MASK;
    return copy;
  };
  return [masked(before, 'before'), masked(after, 'after')];
}

/** A copy without the checksum: the plan digest leaves it out, as a plan without a token cannot know it. */
export function withoutChecksum(object: KubeObject): KubeObject {
  const copy = structuredClone(object);
  const annotations = podTemplateMetadata(copy)?.annotations;
  if (isRecord(annotations)) delete annotations[CHECKSUM_ANNOTATION];
  return copy;
}

/** The metadata of a workload's pod template (created when absent and asked to); never a bare Pod's. */
function podTemplateMetadata(object: KubeObject, create = false): Record<string, unknown> | undefined {
  const specPath = podSpecPathOf(object);
  if (!specPath || specPath.length < 2) return undefined;
  let template: Record<string, unknown> = object;
  for (const part of specPath.slice(0, -1)) {
    const next = template[part as string];
    if (!isRecord(next)) return undefined;
    template = next;
  }
  if (!isRecord(template.metadata) && create) template.metadata = {};
  return isRecord(template.metadata) ? template.metadata : undefined;
}
