import { formatOrigin } from '../model/origin.js';
import { plural } from '../model/plural.js';
import type { Change } from '../plan/change.js';
import { unapprovedDestructive } from '../plan/destructive.js';

/**
 * Why apply must not start: destructive changes no one approved, each named with what it destroys, and
 * how to approve them. Its first line stands alone, as the commit status shows only that. Undefined
 * when every destructive change is approved.
 */
export function destructiveRefusal(changes: readonly Change[]): string | undefined {
  const unapproved = unapprovedDestructive(changes);
  if (unapproved.length === 0) return undefined;
  const subjects = unapproved.map((change) => change.subject).join(', ');
  return [
    `refused ${plural(unapproved.length, 'destructive change')} without approval: ${subjects}`,
    ...unapproved.map(
      (change) =>
        `  ${change.origin ? `${formatOrigin(change.origin)}: ` : ''}${change.subject}: ${change.destructive?.reasons.join('; ') ?? ''}`,
    ),
    'To apply them, set allow-destructive: true (e.g. on a workflow_dispatch run), or add the label that destructive-approval-label names (kubesync/allow-destructive unless set) to the pull request and merge it; otherwise change the manifests so that nothing is destroyed.',
  ].join('\n');
}
