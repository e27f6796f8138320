import { formatOrigin } from '../model/origin.js';
import type { Change } from '../plan/change.js';
import { REPLACE_ANNOTATION } from '../plan/plan.js';
import { destructiveRefusal } from './destructive-refusal.js';
import { ownershipRefusal } from './ownership-refusal.js';

/**
 * Why apply must not start with these changes: objects another owner claims that no one allowed taking
 * over, the destructive changes no one approved, then one line per change that cannot be applied as
 * planned.
 */
export function refusalsOf(changes: readonly Change[]): string[] {
  return [
    ownershipRefusal(changes) ?? [],
    destructiveRefusal(changes) ?? [],
    changes.flatMap((change) => refusalOf(change) ?? []),
  ].flat();
}

function refusalOf(change: Change): string | undefined {
  if (change.conflict) return change.conflict;
  if (!change.replace || change.replace.allowed) return undefined;
  const fields = change.replace.fields.join(', ');
  return `${change.origin ? `${formatOrigin(change.origin)}: ` : ''}${change.subject}: the update changes ${fields}, which the API server does not change in place (immutable). Set force-replace: true, or the annotation ${REPLACE_ANNOTATION}: "true" on this object, to delete it and create it again (its pods or data go with it), or leave ${fields} as it is`;
}
