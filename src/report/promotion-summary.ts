import type { PromotionResult } from '../promote/promotion-result.js';
import { escapeCell } from '../model/markdown-escape.js';
import { isChange, shortChange } from '../promote/image-moves.js';
import { code, link } from './inline.js';

/** The job summary of `promote`: one row per app, what it moved and where, or why it did not. */
export function promotionSummary(results: readonly PromotionResult[]): string {
  const rows = results.map((result) => {
    const changes = result.images.filter(isChange).map(shortChange).join(', ');
    const outcome = result.refused
      ? `❌ refused: ${escapeCell(result.refused)}`
      : result.pullRequest
        ? `${link(`#${result.pullRequest.number}`, result.pullRequest.url)} ${result.pullRequest.created ? 'opened' : 'updated'}`
        : `✅ ${escapeCell(result.to)} already runs ${escapeCell(result.from)}'s images`;
    return `| ${code(result.app)} | ${escapeCell(result.from)} → ${escapeCell(result.to)} | ${changes ? escapeCell(changes) : '–'} | ${outcome} |`;
  });
  return [
    '## kubesync promote',
    '',
    '| app | promotion | images | pull request |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
