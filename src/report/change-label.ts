import type { Change } from '../plan/change.js';

/** `update; replace required: spec.selector is immutable; …`: the action and what a reviewer must know. */
export function changeLabel(change: Change): string {
  const parts: string[] = [change.action === 'orphan' ? 'would be orphaned' : change.action];
  if (change.conflict) parts.push('conflicts with another field manager, needs force-conflicts');
  if (change.note) parts.push(change.note);
  return parts.join('; ');
}
