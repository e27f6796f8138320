import type { FieldPath } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import { isRecord } from '../model/resource.js';
import { podSpecOf } from '../manifests/pod-spec.js';

/** One place a pod reads a Secret: an env var's key, every key (envFrom), or a volume. */
export interface PodSecretUse {
  readonly secret: string;
  /** Empty when the whole Secret is read (envFrom, a volume without items). */
  readonly keys: readonly string[];
  readonly optional: boolean;
  /** `env DATABASE_URL`, `envFrom`, `volume certs`. */
  readonly via: string;
  /** The field that makes the reference, for its line in the manifest. */
  readonly path: FieldPath;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Every Secret a workload's pods read, from env, envFrom and volumes of every (init) container. */
export function podSecretUses(object: KubeObject): PodSecretUse[] {
  const pod = podSpecOf(object);
  if (!pod) return [];
  const { path: specPath, spec } = pod;
  const uses: PodSecretUse[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    records(spec[field]).forEach((container, index) => {
      const containerPath = [...specPath, field, index];
      (Array.isArray(container.env) ? container.env : []).forEach((env: unknown, envIndex: number) => {
        const ref = isRecord(env) && isRecord(env.valueFrom) ? env.valueFrom.secretKeyRef : undefined;
        if (!isRecord(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string') return;
        uses.push({
          secret: ref.name,
          keys: [ref.key],
          optional: ref.optional === true,
          via: `env ${String((env as Record<string, unknown>).name)}`,
          path: [...containerPath, 'env', envIndex, 'valueFrom'],
        });
      });
      (Array.isArray(container.envFrom) ? container.envFrom : []).forEach(
        (source: unknown, sourceIndex: number) => {
          const ref = isRecord(source) ? source.secretRef : undefined;
          if (!isRecord(ref) || typeof ref.name !== 'string') return;
          uses.push({
            secret: ref.name,
            keys: [],
            optional: ref.optional === true,
            via: 'envFrom',
            path: [...containerPath, 'envFrom', sourceIndex],
          });
        },
      );
    });
  }
  (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((volume: unknown, index: number) => {
    const secret = isRecord(volume) ? volume.secret : undefined;
    if (!isRecord(secret) || typeof secret.secretName !== 'string') return;
    uses.push({
      secret: secret.secretName,
      keys: records(secret.items).flatMap((item) => (typeof item.key === 'string' ? [item.key] : [])),
      optional: secret.optional === true,
      via: `volume ${String((volume as Record<string, unknown>).name)}`,
      path: [...specPath, 'volumes', index],
    });
  });
  return uses;
}
