import { containersOf } from '../manifests/image-overrides.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from './change.js';

/** One container whose image a plan changes. */
export interface ImageChange {
  /** `Deployment shop/web`. */
  readonly subject: string;
  readonly container: string;
  /** Absent when the container is new (a created object, an added container). */
  readonly from?: string;
  readonly to: string;
}

/** The image of each container that the plan's creates and updates change, in plan order. */
export function imageChangesOf(changes: readonly Change[]): ImageChange[] {
  return changes.flatMap((change) => {
    if ((change.action !== 'create' && change.action !== 'update') || !change.desired) return [];
    const before = imagesByContainer(change.live);
    return [...imagesByContainer(change.desired)].flatMap(([container, to]) => {
      const from = before.get(container);
      return from === to ? [] : [{ subject: change.subject, container, ...(from ? { from } : {}), to }];
    });
  });
}

function imagesByContainer(object: KubeObject | undefined): Map<string, string> {
  const images = new Map<string, string>();
  for (const container of object ? containersOf(object) : [])
    if (typeof container.name === 'string' && typeof container.image === 'string')
      images.set(container.name, container.image);
  return images;
}
