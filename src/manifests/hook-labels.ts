import { createHash } from 'node:crypto';
import type { KubeObject } from '../model/object.js';
import { kindOf, labelOf, metadataOf, namespaceOf } from '../model/resource.js';

/** The app (its ApplySet id) a hook object was created for. */
export const HOOK_OF_LABEL = 'kubesync.io/hook-of';
/** Which hook of the manifests an object is, stable across runs even when it is named by generateName. */
export const HOOK_ID_LABEL = 'kubesync.io/hook';

/**
 * The labels a hook carries instead of the ApplySet member label. The hook id is a hash because a
 * generateName (`migrate-`) is not a valid label value.
 */
export function hookLabels(object: KubeObject, applySetId: string): Record<string, string> {
  const metadata = metadataOf(object);
  const name = typeof metadata.name === 'string' && metadata.name ? metadata.name : metadata.generateName;
  const identity = `${kindOf(object) ?? ''}/${namespaceOf(object) ?? ''}/${String(name)}`;
  const id = createHash('sha256').update(identity).digest('hex').slice(0, 20);
  return { [HOOK_OF_LABEL]: applySetId, [HOOK_ID_LABEL]: id };
}

export function hookIdOf(object: KubeObject): string | undefined {
  return labelOf(object, HOOK_ID_LABEL);
}
