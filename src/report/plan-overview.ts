import type { Change, ChangeAction } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { code, plural } from './inline.js';
import { keyChanges } from './key-change.js';

/** The order rows are listed in: what changes running objects first, then what is new, then what stays. */
const ACTION_ORDER: Record<ChangeAction, number> = {
  update: 0,
  delete: 1,
  create: 2,
  orphan: 3,
  keep: 4,
  unchanged: 5,
};

/** Objects named in one sentence; the rest are counted. */
const MAX_NAMED = 5;

/** What the plan does to an object, in a word or two: `create`, `replace`, `delete`, `left behind`. */
export function shortAction(change: Change): string {
  if (change.action === 'orphan') return 'left behind';
  if (change.action === 'keep') return 'kept';
  if (change.action === 'delete') return '**delete**';
  if (change.action !== 'update') return change.action;
  const parts = [change.replace?.allowed ? '**replace**' : 'update'];
  if (change.replace && !change.replace.allowed) parts.push('⛔ needs force-replace');
  if (change.conflict) parts.push('⚠️ needs force-conflicts');
  return parts.join(', ');
}

/** Every change that is not `unchanged`, in the order the overview lists them. */
export function changedObjects(plan: Plan): Change[] {
  return plan.changes
    .filter((change) => change.action !== 'unchanged')
    .map((change, index) => ({ change, index }))
    .sort((a, b) => ACTION_ORDER[a.change.action] - ACTION_ORDER[b.change.action] || a.index - b.index)
    .map(({ change }) => change);
}

/** `2 to create, 1 to update, 29 unchanged, 2 left behind (prune is off)`: the counts that are not zero. */
export function countsSentence(plan: Plan): string {
  const { counts } = plan;
  const parts = [
    counts.create > 0 && `${counts.create} to create`,
    counts.update > 0 && `${counts.update} to update`,
    counts.delete > 0 && `**${counts.delete} to delete**`,
    `${counts.unchanged} unchanged`,
    counts.orphan > 0 && `${counts.orphan} left behind (prune is off)`,
    counts.keep > 0 && `${counts.keep} kept (never pruned)`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** One table of every changed object: kind, namespace/name, action and the key change. */
export function overviewTable(changes: readonly Change[]): string {
  if (changes.length === 0) return '';
  const lines = ['| kind | namespace/name | action | key change |', '| --- | --- | --- | --- |'];
  for (const change of changes) {
    const { kind, namespace, name } = change.ref;
    lines.push(
      `| ${escapeMarkdown(kind)} | ${code(namespace ? `${namespace}/${name}` : name)} | ${shortAction(change)} | ${keyChanges(change).join('; ')} |`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

/** `Deployment shop/a, Service shop/a and 3 more`. */
export function nameObjects(changes: readonly Change[]): string {
  const named = changes.slice(0, MAX_NAMED).map((change) => escapeMarkdown(change.subject));
  const more = changes.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** What the settings make of this plan when it is merged. */
export interface NextStepSettings {
  readonly environment: string;
  readonly prune?: boolean;
  readonly requirePlanMatch?: boolean;
}

/** The last lines: what merging does, and what it leaves behind or refuses. */
export function nextSteps(plan: Plan | undefined, valid: boolean, settings: NextStepSettings): string {
  if (!valid) return '**Next:** fix the errors above; nothing is applied while one stands.\n';
  const target = settings.environment ? code(settings.environment) : 'the cluster';
  if (!plan)
    return `**Next:** merging applies the manifests to ${target}; the apply plans against the cluster first.\n`;
  const lines: string[] = [];
  if (plan.syncStatus === 'Synced') lines.push(`**Next:** merging changes nothing in ${target}.`);
  else {
    const guard =
      settings.requirePlanMatch === undefined
        ? ''
        : settings.requirePlanMatch
          ? '; require-plan-match is on: the apply refuses if its plan differs from this one'
          : '; require-plan-match is off: if its plan differs from this one, the apply warns and goes on';
    lines.push(`**Next:** merging applies this to ${target}${guard}.`);
  }
  const refused = plan.changes.filter(
    (change) => (change.replace && !change.replace.allowed) || change.conflict,
  );
  if (refused.length > 0)
    lines.push(
      `The apply refuses ${plural(refused.length, 'object')} as it stands: ${nameObjects(refused)} (see above).`,
    );
  const deleted = plan.changes.filter((change) => change.action === 'delete');
  if (deleted.length > 0) lines.push(`Prune is on: it deletes ${nameObjects(deleted)}.`);
  const orphans = plan.changes.filter((change) => change.action === 'orphan');
  if (orphans.length > 0)
    lines.push(
      `Prune is off: ${plural(orphans.length, 'object')} will be left behind: ${nameObjects(orphans)}. Set ${code('prune: true')} to delete them.`,
    );
  return `${lines.join('\n\n')}\n`;
}
