import { PART_OF_LABEL } from '../cluster/inventory.js';
import { isRecord, metadataOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import { PROVENANCE_ANNOTATIONS } from './normalize.js';

/**
 * kubesync's bookkeeping on every object it applies: the ApplySet membership label and the commit,
 * run and ref annotations, in the server's conflict spelling (`.metadata.labels.<key>`).
 */
const BOOKKEEPING_FIELDS = new Set([
  `.metadata.labels.${PART_OF_LABEL}`,
  ...PROVENANCE_ANNOTATIONS.map((key) => `.metadata.annotations.${key}`),
]);

/** Whether a field a server-side apply conflicts on is kubesync's bookkeeping, which another app wrote. */
export function isBookkeepingField(field: string | undefined): boolean {
  return field !== undefined && BOOKKEEPING_FIELDS.has(field);
}

/**
 * Just the object's identity and kubesync's bookkeeping as the object declares it: applied with force,
 * it takes over what another kubesync app wrote there and nothing else, so that the object's own
 * fields still conflict as they must.
 */
export function bookkeepingOf(object: KubeObject): KubeObject {
  const { name, namespace, labels, annotations } = metadataOf(object);
  const partOf = isRecord(labels) ? labels[PART_OF_LABEL] : undefined;
  const provenance = isRecord(annotations)
    ? Object.fromEntries(
        PROVENANCE_ANNOTATIONS.flatMap((key) => (key in annotations ? [[key, annotations[key]]] : [])),
      )
    : {};
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: {
      name,
      ...(namespace === undefined ? {} : { namespace }),
      ...(partOf === undefined ? {} : { labels: { [PART_OF_LABEL]: partOf } }),
      ...(Object.keys(provenance).length === 0 ? {} : { annotations: provenance }),
    },
  };
}
