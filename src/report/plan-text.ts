import type { ChangeAction } from '../plan/change.js';
import type { SecretValues } from '../secrets/redact.js';
import type { Plan } from '../plan/plan.js';
import { formatFinding } from '../model/finding.js';
import { imageChangesOf } from '../plan/image-changes.js';
import { changeLabel, sharedNoteLines, sharedNotes } from './change-label.js';
import { imageChangesText } from './image-table.js';
import { findingsOfPlan, keepReportIdentifiers } from './identifiers.js';
import { keyChanges } from './key-change.js';
import { deliveryText } from './delivery-lines.js';
import { hooksAndWavesText } from './hooks-and-waves.js';

const SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: '=',
  orphan: '?',
  keep: '=',
};

/** `2 to create, 1 to update, 1 to delete, 3 unchanged`, plus orphans when there are any. */
export function countsLine(plan: Plan): string {
  const { counts } = plan;
  const parts = [
    `${counts.create} to create`,
    `${counts.update} to update`,
    `${counts.delete} to delete`,
    `${counts.unchanged} unchanged`,
  ];
  if (counts.orphan > 0) parts.push(`${counts.orphan} would be orphaned (prune is off)`);
  if (counts.keep > 0) parts.push(`${counts.keep} kept (never pruned)`);
  return parts.join(', ');
}

/**
 * The counts of a commit status, within its 140 characters: what applying changes, destructive changes
 * (replacements, deletes) on their own, and what prune being off leaves behind. Empty when nothing.
 */
export function statusCounts(plan: Plan): string {
  const replace = plan.changes.filter((change) => change.action === 'update' && change.replace).length;
  const { counts } = plan;
  const parts = [
    counts.create > 0 && `${counts.create} to create`,
    counts.update - replace > 0 && `${counts.update - replace} to update`,
    replace > 0 && `${replace} to replace`,
    counts.delete > 0 && `${counts.delete} to delete`,
    counts.orphan > 0 && `${counts.orphan} left behind`,
    counts.keep > 0 && `${counts.keep} kept`,
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * The plan as a terminal or a log shows it: warnings on Secret values too short to redact, one line per
 * object with its key change, then the diffs, through `paintDiff` (colour on a terminal). Without
 * `withDiffs` it is what an apply did, one line per object, as `kubectl apply` says it; plan shows diffs.
 */
export function formatPlan(
  plan: Plan,
  header: string,
  secrets: SecretValues,
  paintDiff: (diff: string) => string = (diff) => diff,
  withDiffs = true,
): string {
  const lines = [`${header}: ${plan.syncStatus}: ${countsLine(plan)}`, ''];
  const warnings = findingsOfPlan([], plan);
  keepReportIdentifiers(secrets, plan, warnings, [header]);
  for (const warning of warnings) lines.push(formatFinding(warning));
  if (warnings.length > 0) lines.push('');
  lines.push(...imageChangesText(imageChangesOf(plan.changes)));
  const shared = sharedNotes(plan.changes);
  lines.push(...sharedNoteLines(shared));
  const said = new Set(shared.keys());
  for (const change of plan.changes) {
    const key = keyChanges(change).join('; ').replace(/`/g, '');
    lines.push(
      `${SYMBOL[change.action]} ${change.subject} (${changeLabel(change, said)})${key ? `: ${key}` : ''}`,
    );
  }
  const order = hooksAndWavesText(plan) + deliveryText(plan);
  if (order) lines.push('', order.trimEnd());
  const diffs = withDiffs ? changeDiffs(plan) : '';
  return `${lines.join('\n')}\n${diffs ? `\n${paintDiff(diffs)}` : ''}`;
}

/** Every change's diff, in plan order, after the hooks and waves: the content of the `diff-file` output. */
export function diffText(plan: Plan): string {
  return hooksAndWavesText(plan) + deliveryText(plan) + changeDiffs(plan);
}

function changeDiffs(plan: Plan): string {
  return plan.changes
    .filter((change) => change.diff)
    .map((change) => change.diff)
    .join('');
}

/** The outputs a plan sets, shared by plan and apply. */
export function planOutputs(plan: Plan | undefined, syncStatus: string): Record<string, string> {
  return {
    'sync-status': syncStatus,
    'has-changes': String(plan ? plan.syncStatus === 'OutOfSync' : false),
    added: String(plan?.counts.create ?? 0),
    changed: String(plan?.counts.update ?? 0),
    deleted: String(plan?.counts.delete ?? 0),
    destructive: String(plan?.changes.filter((change) => change.destructive).length ?? 0),
    'plan-digest': plan?.digest ?? '',
  };
}
