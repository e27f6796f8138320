import type { Change } from '../plan/change.js';
import { unapprovedDestructive } from '../plan/destructive.js';
import type { Plan } from '../plan/plan.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { code, plural } from './inline.js';

/** Changes named one per line; the rest are counted, so the warning never crowds out the diffs. */
const MAX_LISTED = 20;

/**
 * The section a PR comment opens with when the plan holds destructive changes: a GitHub warning alert
 * naming each one and why, and how to approve them (apply refuses them otherwise). Empty when none.
 */
export function destructiveWarningMarkdown(
  plan: Plan | undefined,
  approvalLabel: string | undefined,
): string {
  const destructive = plan?.changes.filter((change) => change.destructive) ?? [];
  if (destructive.length === 0) return '';
  const unapproved = unapprovedDestructive(destructive).length;
  const approval =
    unapproved === 0
      ? 'Approved; merging applies them.'
      : `Merging does not apply them unless approved: add the label ${approvalLabel ? code(approvalLabel) : `that ${code('destructive-approval-label')} names`} to this pull request before merging, or run the apply with ${code('allow-destructive: true')}.`;
  const lines = [
    '> [!WARNING]',
    `> **${plural(destructive.length, 'destructive change')}**: data or running workloads may be lost. ${approval}`,
    '>',
    ...destructive.slice(0, MAX_LISTED).map((change) => `> - ${describe(change)}`),
  ];
  if (destructive.length > MAX_LISTED) lines.push(`> - …and ${destructive.length - MAX_LISTED} more`);
  return `${lines.join('\n')}\n\n`;
}

function describe(change: Change): string {
  const reasons = change.destructive?.reasons ?? [];
  const approved = change.destructive?.approvedBy
    ? ` (approved by ${escapeMarkdown(change.destructive.approvedBy)})`
    : '';
  return `${escapeMarkdown(change.subject)}: ${reasons.map(escapeMarkdown).join('; ')}${approved}`;
}
