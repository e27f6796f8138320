import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { isRecord, kindOf, nameOf, namespaceOf } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { warningAt } from '../model/finding.js';
import { podSecretUses } from './pod-secrets.js';

export const MISSING_SECRET_RULE = 'secret-ref';

function keysOf(secret: KubeObject, valueSources?: Readonly<Record<string, string>>): Set<string> {
  const keys = new Set(Object.keys(valueSources ?? {}));
  for (const field of ['data', 'stringData']) {
    const values = secret[field];
    if (isRecord(values)) for (const key of Object.keys(values)) keys.add(key);
  }
  return keys;
}

/**
 * Every Secret and key a workload reads (secretKeyRef, envFrom, secret volumes) must exist, in these
 * manifests or in the cluster, or its pods never start (CreateContainerConfigError). One warning per
 * missing Secret or key, at the line that references it; `optional: true` references are skipped.
 */
export async function checkSecretReferences(
  client: ClusterClient,
  desired: readonly { readonly object: KubeObject; readonly resource: Resource }[],
): Promise<Finding[]> {
  const applied = new Map<string, Set<string>>();
  for (const { object, resource } of desired) {
    if (kindOf(object) === 'Secret')
      applied.set(
        `${namespaceOf(object) ?? ''}/${nameOf(object) ?? ''}`,
        keysOf(object, resource.valueSources),
      );
  }
  const live = new Map<string, Promise<Set<string> | undefined>>();
  const liveKeys = (namespace: string, name: string) => {
    const id = `${namespace}/${name}`;
    let keys = live.get(id);
    if (!keys) {
      keys = client
        .get({ apiVersion: 'v1', kind: 'Secret', namespace, name })
        .then((secret) => (secret ? keysOf(secret) : undefined))
        .catch((error: unknown) => {
          throw describeApiError(error, `Secret ${id}, which a workload reads`);
        });
      live.set(id, keys);
    }
    return keys;
  };
  const findings: Finding[] = [];
  for (const { object, resource } of desired) {
    const namespace = namespaceOf(object) ?? 'default';
    for (const use of podSecretUses(object)) {
      if (use.optional) continue;
      const id = `${namespace}/${use.secret}`;
      const keys = applied.get(id) ?? (await liveKeys(namespace, use.secret));
      const where = `${kindOf(object) ?? ''} ${nameOf(object) ?? ''} ${use.via}`;
      const origin = resource.locate(use.path);
      if (!keys) {
        findings.push(
          warningAt(
            origin,
            MISSING_SECRET_RULE,
            `${where} reads Secret ${id}, which is neither in the cluster nor in these manifests; its pods will not start until it exists`,
          ),
        );
        continue;
      }
      for (const key of use.keys.filter((key) => !keys.has(key))) {
        findings.push(
          warningAt(
            origin,
            MISSING_SECRET_RULE,
            `${where} reads key "${key}" of Secret ${id}, which has no such key; its pods will not start until it does`,
          ),
        );
      }
    }
  }
  return findings;
}
