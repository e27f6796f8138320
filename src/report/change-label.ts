import type { Change } from '../plan/change.js';

const WORDS: Partial<Record<Change['action'], string>> = { orphan: 'would be orphaned', keep: 'kept' };

/** `update; replace required: spec.selector is immutable; …`: the action and what a reviewer must know. */
export function changeLabel(change: Change): string {
  const parts: string[] = [WORDS[change.action] ?? change.action];
  if (change.owned)
    parts.push(
      `managed by ${change.owned.owner}${change.owned.adoptedBy ? `, taken over (${change.owned.adoptedBy})` : ', apply refuses to take it over unless allow-adoption permits'}`,
    );
  if (change.destructive) parts.push(`destructive: ${change.destructive.reasons.join(', ')}`);
  if (change.conflict) parts.push('conflicts with another field manager, needs force-conflicts');
  if (change.note) parts.push(change.note);
  return parts.join('; ');
}
