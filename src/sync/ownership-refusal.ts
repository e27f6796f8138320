import { formatOrigin } from '../model/origin.js';
import { plural } from '../model/plural.js';
import type { Change } from '../plan/change.js';
import { ADOPT_ANNOTATION, unadoptedOwned } from '../plan/ownership.js';

/**
 * Why apply must not start: objects another owner claims that the workflow did not allow taking over,
 * each named with its owner and where it is declared, and what to do. Its first line stands alone, as
 * the commit status shows only that. Undefined when there are none.
 */
export function ownershipRefusal(changes: readonly Change[]): string | undefined {
  const owned = unadoptedOwned(changes);
  if (owned.length === 0) return undefined;
  return [
    `refused to take over ${plural(owned.length, 'object')} that another owner manages: ${owned.map((change) => change.subject).join(', ')}`,
    ...owned.map(
      (change) =>
        `  ${change.origin ? `${formatOrigin(change.origin)}: ` : ''}${change.subject} is managed by ${change.owned?.owner ?? ''}`,
    ),
    `Remove these objects from this app's manifests (or from their owner, and delete the owner's markers from the live objects). To take them over, set allow-adoption: true in the workflow, or allow-adoption: annotated and the annotation ${ADOPT_ANNOTATION}: "true" on each object.`,
  ].join('\n');
}
