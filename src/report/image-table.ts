import { escapeMarkdown } from '../model/markdown-escape.js';
import type { ImageChange } from '../plan/image-changes.js';
import { code } from './inline.js';

/** Rows listed one by one; the rest are counted, so the table stays short above the diffs. */
const MAX_ROWS = 20;

/**
 * The image changes as the lines of a Markdown table (object, container, from → to) and a blank line,
 * for the PR comment and the job summary; none when no image changes.
 */
export function imageChangesMarkdown(changes: readonly ImageChange[]): string[] {
  if (changes.length === 0) return [];
  const rows = changes
    .slice(0, MAX_ROWS)
    .map(
      (change) =>
        `| ${escapeMarkdown(change.subject)} | ${code(change.container)} | ${change.from ? code(change.from) : 'new'} → ${code(change.to)} |`,
    );
  const more = changes.length > MAX_ROWS ? ['', `_…and ${changes.length - MAX_ROWS} more._`] : [];
  return ['| object | container | image |', '| --- | --- | --- |', ...rows, ...more, ''];
}

/** The image changes as lines for a terminal or a log; empty when no image changes. */
export function imageChangesText(changes: readonly ImageChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    'images:',
    ...changes.map(
      (change) => `  ${change.subject} ${change.container}: ${change.from ?? 'new'} → ${change.to}`,
    ),
    '',
  ];
}
