import { isRecord, metadataOf } from '../model/resource.js';
import type { Change } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { changeLabel, sharedNoteLines, sharedNotes } from './change-label.js';
import { code, escapeHtml, link, plural } from './inline.js';
import type { RepositoryLinks } from './links.js';
import { commitUrl } from './links.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { OWN_ANNOTATIONS, OWN_LABELS } from '../plan/own-metadata.js';
import { changedObjects, overviewTable } from './plan-overview.js';
import { reviewDiff } from '../plan/review-diff.js';

/** The overview table may take this share of the room; the diffs get the rest. */
const OVERVIEW_SHARE = 0.4;

interface Block {
  readonly change: Change;
  readonly diff: string;
  body: string;
}

/**
 * The changes of a plan within `room` characters: the overview table, then one collapsible block per
 * object with its diff, then a footnote on kubesync's own metadata when a diff leaves it out. What does
 * not fit is counted, pointing at the job summary (see `fitBlocks`).
 */
export function renderChanges(
  plan: Plan,
  runUrl: string,
  links: RepositoryLinks | undefined,
  room: number,
): string {
  const changed = changedObjects(plan);
  const shared = sharedNotes(changed);
  const said = new Set(shared.keys());
  const notes = sharedNoteLines(shared)
    .map((line) => `- ${escapeMarkdown(line)}\n`)
    .join('');
  const overview = `${notes}${notes ? '\n' : ''}${overviewTable(changed, Math.floor(room * OVERVIEW_SHARE), runUrl)}`;
  const blocks: Block[] = changed
    .map((change) => ({ change, diff: reviewDiff(change), body: '' }))
    .filter((block) => block.diff);
  const total = blocks.length;
  const render = (block: Block, omitted: boolean) => renderBlock(block, runUrl, links, omitted, said);
  for (const block of blocks) block.body = render(block, false);
  const budget = room - overview.length - OWN_METADATA_NOTE.length - 200;
  fitBlocks(blocks, budget, (block) => render(block, true));
  const footnote = blocks.some((block) => block.change.action !== 'update') ? OWN_METADATA_NOTE : '';
  const dropped = total - blocks.length;
  const rest =
    dropped > 0 ? `_${plural(dropped, 'more diff')} in the ${link('job summary', runUrl)}._\n\n` : '';
  return `${overview}${blocks.map((block) => block.body).join('')}${rest}${footnote}`;
}

/**
 * Makes the blocks fit `budget`. A few large diffs give way, largest first, to a line each pointing at
 * the job summary; when even those lines would not fit (thousands of objects), the diffs that fit are
 * kept in order and the others left out, to be counted.
 */
function fitBlocks(blocks: Block[], budget: number, omitted: (block: Block) => string): void {
  if (blocks.reduce((sum, block) => sum + block.body.length, 0) <= budget) return;
  const short = blocks.map(omitted);
  if (short.reduce((sum, body) => sum + body.length, 0) <= budget) {
    let size = blocks.reduce((sum, block) => sum + block.body.length, 0);
    const bySize = [...blocks].sort(
      (a, b) => b.body.length - a.body.length || a.change.subject.localeCompare(b.change.subject),
    );
    for (const block of bySize) {
      if (size <= budget) break;
      const body = omitted(block);
      size -= block.body.length - body.length;
      block.body = body;
    }
    return;
  }
  let size = 0;
  const kept = blocks.filter((block) => {
    if (size + block.body.length > budget) return false;
    size += block.body.length;
    return true;
  });
  blocks.splice(0, blocks.length, ...kept);
}

const OWN_METADATA_NOTE = `<sub>kubesync adds ${OWN_LABELS.map(code).join(', ')} (label) and ${OWN_ANNOTATIONS.slice(0, 3).map(code).join(', ')} (annotations) to every object it applies; they are left out of the diffs of new and deleted objects.</sub>\n\n`;

function renderBlock(
  block: Block,
  runUrl: string,
  links: RepositoryLinks | undefined,
  omitted: boolean,
  said: ReadonlySet<string>,
): string {
  const { change, diff } = block;
  const summary = `${escapeHtml(change.subject)} (${escapeHtml(changeLabel(change, said))})`;
  const lines = diff.trimEnd().split('\n');
  const body = omitted
    ? `_Diff omitted (${plural(lines.length, 'line')}) to fit GitHub's comment limit; see the ${link('job summary', runUrl)}._`
    : ['````diff', ...lines, '````'].join('\n');
  const intro = change.action === 'delete' ? `${deletedIntro(change, links)}\n\n` : '';
  return `<details><summary>${summary}</summary>\n\n${intro}${body}\n\n</details>\n\n`;
}

/** Who the deleted object is, and what of it the diff shows. */
function deletedIntro(change: Change, links: RepositoryLinks | undefined): string {
  const { apiVersion, kind, namespace, name } = change.ref;
  const annotations = metadataOf(change.live ?? {}).annotations;
  const sha = isRecord(annotations) ? annotations['kubesync.io/commit'] : undefined;
  const from =
    typeof sha === 'string' && sha
      ? `, last applied from ${links ? link(code(sha.slice(0, 7)), commitUrl({ ...links, sha })) : code(sha.slice(0, 7))}`
      : '';
  return `${code(apiVersion)} ${kind} ${code(namespace ? `${namespace}/${name}` : name)}${from}. Prune deletes it; below, the fields kubesync applied to it (server defaults left out).`;
}
