import type { Change } from '../plan/change.js';

const WORDS: Partial<Record<Change['action'], string>> = { orphan: 'would be orphaned', keep: 'kept' };

/**
 * `update; replace required: spec.selector is immutable; …`: the action and what a reviewer must know.
 * A note in `shared` is said once for all the objects that carry it (`sharedNoteLines`), not here.
 */
export function changeLabel(change: Change, shared: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [WORDS[change.action] ?? change.action];
  if (change.owned)
    parts.push(
      `managed by ${change.owned.owner}${change.owned.adoptedBy ? `, taken over (${change.owned.adoptedBy})` : ', apply refuses to take it over unless allow-adoption permits'}`,
    );
  if (change.destructive) parts.push(`destructive: ${change.destructive.reasons.join(', ')}`);
  if (change.conflict) parts.push('conflicts with another field manager, needs force-conflicts');
  if (change.note && !shared.has(change.note)) parts.push(change.note);
  return parts.join('; ');
}

/** Notes several changes carry (e.g. their namespace is created by this apply), each with its count. */
export function sharedNotes(changes: readonly Change[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { note } of changes) if (note) counts.set(note, (counts.get(note) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}

/** `35 objects: planned from the manifest: …`, once per shared note. */
export function sharedNoteLines(shared: ReadonlyMap<string, number>): string[] {
  return [...shared].map(([note, count]) => `${count} objects: ${note}`);
}
