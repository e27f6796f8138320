import type { ChangeAction } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { changeLabel } from './change-label.js';

const SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: '=',
  orphan: '?',
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
  return parts.join(', ');
}

/** The plan as a terminal or a log shows it: one line per object, then the diffs. */
export function formatPlan(plan: Plan, header: string): string {
  const lines = [`${header}: ${plan.syncStatus}: ${countsLine(plan)}`, ''];
  for (const change of plan.changes)
    lines.push(`${SYMBOL[change.action]} ${change.subject} (${changeLabel(change)})`);
  const diffs = diffText(plan);
  return `${lines.join('\n')}\n${diffs ? `\n${diffs}` : ''}`;
}

/** Every change's diff, in plan order: the content of the `diff-file` output. */
export function diffText(plan: Plan): string {
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
    'plan-digest': plan?.digest ?? '',
  };
}
