import { PART_OF_LABEL } from '../cluster/inventory.js';
import type { KubeObject } from '../model/object.js';
import { podSpecPathOf } from '../manifests/pod-spec.js';
import { isRecord } from '../model/resource.js';
import { PROVENANCE_ANNOTATIONS } from './normalize.js';
import { withoutChecksum } from '../secrets/doppler-secret.js';

/** The labels and annotations kubesync writes on every object it applies, whatever the manifests say. */
export const OWN_LABELS: readonly string[] = [PART_OF_LABEL];
export const OWN_ANNOTATIONS: readonly string[] = [
  ...PROVENANCE_ANNOTATIONS,
  'kubectl.kubernetes.io/last-applied-configuration',
];

/**
 * A copy without kubesync's own labels and annotations (the ApplySet label, the commit, run and ref,
 * the Doppler checksum on a pod template): a reviewer of a new or deleted object reads what the
 * manifests say, and the comment says once that kubesync adds these.
 */
export function withoutOwnMetadata(object: KubeObject): KubeObject {
  const copy = withoutChecksum(object);
  if (isRecord(copy.metadata)) {
    dropKeys(copy.metadata, 'labels', OWN_LABELS);
    dropKeys(copy.metadata, 'annotations', OWN_ANNOTATIONS);
  }
  const template = templateMetadata(copy);
  if (template) dropKeys(template, 'annotations', []);
  return copy;
}

/** Deletes `keys` from the map at `metadata[field]`, and the map itself when that leaves it empty. */
function dropKeys(metadata: Record<string, unknown>, field: string, keys: readonly string[]): void {
  const map = metadata[field];
  if (!isRecord(map)) return;
  for (const key of keys) delete map[key];
  if (Object.keys(map).length === 0) delete metadata[field];
}

function templateMetadata(object: KubeObject): Record<string, unknown> | undefined {
  let current: unknown = object;
  for (const part of podSpecPathOf(object)?.slice(0, -1) ?? [])
    current = isRecord(current) ? current[part] : undefined;
  return current !== object && isRecord(current) && isRecord(current.metadata) ? current.metadata : undefined;
}
