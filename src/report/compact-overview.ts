import type { Change, ChangeAction } from '../plan/change.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { code, plural } from './inline.js';
import { shortAction } from './plan-overview.js';

/** The columns of the counts table, in the overview's order. */
const ACTIONS: readonly ChangeAction[] = ['update', 'delete', 'create', 'orphan', 'keep'];
const ACTION_HEADINGS: Record<ChangeAction, string> = {
  update: 'update',
  delete: 'delete',
  create: 'create',
  orphan: 'left behind',
  keep: 'kept',
  unchanged: 'unchanged',
};

/** How many of the largest changes the compact overview names. */
const LARGEST = 10;

/**
 * The overview when the table of every changed object does not fit a comment: the counts by kind and
 * action, then the largest changes by lines of diff. `diffLines` gives each change's.
 */
export function compactOverview(changes: readonly Change[], diffLines: (change: Change) => number): string {
  const actions = ACTIONS.filter((action) => changes.some((change) => change.action === action));
  const byKind = new Map<string, Map<ChangeAction, number>>();
  for (const change of changes) {
    const counts = byKind.get(change.ref.kind) ?? new Map<ChangeAction, number>();
    counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
    byKind.set(change.ref.kind, counts);
  }
  const kinds = [...byKind.keys()].sort((a, b) => a.localeCompare(b));
  const counts = [
    `| kind | ${actions.map((action) => ACTION_HEADINGS[action]).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(actions.length)}`,
    ...kinds.map((kind) => {
      const row = byKind.get(kind);
      return `| ${escapeMarkdown(kind)} | ${actions.map((action) => row?.get(action) ?? 0).join(' | ')} |`;
    }),
  ];
  const largest = [...changes]
    .map((change, index) => ({ change, index, lines: diffLines(change) }))
    .filter((entry) => entry.lines > 0)
    .sort((a, b) => b.lines - a.lines || a.index - b.index)
    .slice(0, LARGEST);
  const largestTable = largest.length
    ? [
        '',
        `The largest ${largest.length === 1 ? 'change' : `${largest.length} changes`}:`,
        '',
        '| kind | namespace/name | action | diff |',
        '| --- | --- | --- | ---: |',
        ...largest.map(({ change, lines }) => {
          const { kind, namespace, name } = change.ref;
          return `| ${escapeMarkdown(kind)} | ${code(namespace ? `${namespace}/${name}` : name)} | ${shortAction(change)} | ${plural(lines, 'line')} |`;
        }),
      ]
    : [];
  const intro = `${plural(changes.length, 'object')} change, too many for one table; each is named below, with its diff or in the list of those whose diff is in the diff file.`;
  return `${[intro, '', ...counts, ...largestTable].join('\n')}\n\n`;
}
