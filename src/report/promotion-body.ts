import { escapeMarkdown } from '../model/markdown-escape.js';
import type { ImageMove } from '../promote/image-moves.js';
import { isChange, shortChange } from '../promote/image-moves.js';
import type { SecretValues } from '../secrets/redact.js';
import { code } from './inline.js';
import { COMMENT_LIMIT } from './markdown.js';

/** GitHub caps a title at 256 characters. */
const TITLE_LIMIT = 256;

/** `Promote web to production: web 1.2.0 → 1.3.0`. */
export function promotionTitle(app: string, to: string, moves: readonly ImageMove[]): string {
  const title = `Promote ${app} to ${to}: ${moves.filter(isChange).map(shortChange).join(', ')}`;
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

/** The images a promotion moves, one row each: what `to` runs now, and after the merge. */
export function promotionImageTable(to: string, moves: readonly ImageMove[]): string[] {
  return [
    `| image | ${escapeMarkdown(to)} now | after merge |`,
    '| --- | --- | --- |',
    ...moves.map(
      (move) =>
        `| ${code(move.name)} | ${code(move.current)} | ${isChange(move) ? code(move.promoted) : 'unchanged'} |`,
    ),
  ];
}

export interface PromotionBodyInput {
  readonly app: string;
  readonly from: string;
  readonly to: string;
  /** The commit `from` last applied, whose status said it succeeded. */
  readonly fromCommit: string;
  readonly statusContext: string;
  /** Where `from`'s images were read: its ApplySet parent in the cluster, or its source in git. */
  readonly imagesFrom: string;
  readonly moves: readonly ImageMove[];
  readonly editedFile: string;
  /** The plan of `to` with the edit, as Markdown; or why there is none. */
  readonly plan: { readonly markdown: string } | { readonly note: string };
}

/** The promotion pull request's body: where the images come from, the table, the file edited, the plan. */
export function promotionBody(input: PromotionBodyInput, secrets: SecretValues): string {
  const head = [
    `### Promote ${code(input.app)} from ${code(input.from)} to ${code(input.to)}`,
    '',
    `${escapeMarkdown(input.from)} last applied ${code(input.fromCommit.slice(0, 7))}, and ${code(input.statusContext)} says it succeeded. Its images, read from ${input.imagesFrom}:`,
    '',
    ...promotionImageTable(input.to, input.moves),
    '',
    `This pull request writes them into ${code(input.editedFile)}; merging it applies them to ${escapeMarkdown(input.to)}.`,
    '',
  ].join('\n');
  const tail = '\n_Opened by kubesync promote; a later promotion to the same environment updates it._\n';
  const plan =
    'markdown' in input.plan
      ? `<details><summary>Plan of ${escapeMarkdown(input.to)} with this change</summary>\n\n${input.plan.markdown}\n</details>\n`
      : `_${escapeMarkdown(input.plan.note)}_\n`;
  const body = secrets.redact(head + plan + tail);
  if (body.length <= COMMENT_LIMIT) return body;
  const short = `_The plan of ${escapeMarkdown(input.to)} is too long for this description: the pull request's plan comment has it._\n`;
  return secrets.redact(head + short + tail);
}
