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
import { compactOverview } from './compact-overview.js';
import { cutLines } from './cut-lines.js';
import { packPages } from './pack-pages.js';

/** The overview table may take this share of the first comment; past it, the counts stand in for it. */
const OVERVIEW_SHARE = 0.4;
/** One object's diff may take this share of a comment: the others' diffs still get room. */
const BLOCK_SHARE = 0.5;
/** Room kept in each comment for the notes that close it. */
const NOTE_ROOM = 600;

/** The room the changes of a plan may take, in characters. */
export interface PageRooms {
  /** In the first comment, after its head and before its last lines. */
  readonly first: number;
  /** In each further comment, after its heading. */
  readonly next: number;
  /** How many comments there may be, the first included. */
  readonly count: number;
}

interface Entry {
  readonly change: Change;
  readonly diff: string;
}

/**
 * The changes of a plan, split over at most `rooms.count` comments: first the overview (the table of
 * every changed object, or when it does not fit the counts by kind and action and the largest changes),
 * then one collapsible block per object with its diff, in the overview's order, as many as fit. The
 * objects whose diff fits nowhere are counted (the table names them) or listed by name, pointing at the
 * job summary and the diff file. Every page is within its room; the first is never empty.
 */
export function renderChangePages(
  plan: Plan,
  runUrl: string,
  links: RepositoryLinks | undefined,
  rooms: PageRooms,
): string[] {
  const changed = changedObjects(plan);
  const shared = sharedNotes(changed);
  const said = new Set(shared.keys());
  const notes = sharedNoteLines(shared)
    .map((line) => `- ${escapeMarkdown(line)}\n`)
    .join('');
  const entries: Entry[] = changed.map((change) => ({ change, diff: reviewDiff(change) }));
  const table = overviewTable(changed);
  const named = notes.length + table.length <= rooms.first * OVERVIEW_SHARE;
  const lineCounts = new Map(entries.map((entry) => [entry.change, lineCount(entry.diff)]));
  const overview = `${notes}${notes ? '\n' : ''}${named ? table : compactOverview(changed, (change) => lineCounts.get(change) ?? 0)}`;
  const footnote = changed.some((change) => change.action !== 'update') ? OWN_METADATA_NOTE : '';
  const withDiff = entries.filter((entry) => entry.diff);
  const diffIndex = new Map(withDiff.map((entry, index) => [entry, index]));
  const blockRoom = Math.floor(
    Math.min(rooms.count > 1 ? rooms.next : rooms.first, rooms.first) * BLOCK_SHARE,
  );
  const blocks = withDiff.map((entry) => renderBlock(entry, runUrl, links, said, blockRoom));
  const capacities = [
    rooms.first - overview.length - footnote.length - NOTE_ROOM,
    ...Array.from({ length: rooms.count - 1 }, () => rooms.next - NOTE_ROOM),
  ];
  const pagesWith = (shown: number, cut: boolean) => {
    const rest = withDiff.length - shown;
    const left = named
      ? []
      : entries
          .filter((entry) => (diffIndex.get(entry) ?? shown) >= shown)
          .map((entry) => nameLine(entry, said));
    const restNote =
      rest > 0 || left.length > 0
        ? [
            `${rest > 0 ? `_${plural(rest, 'more diff')} did not fit in ${plural(rooms.count, 'comment')}: see the ${link('job summary', runUrl)} and the diff file (the ${code('diff-file')} output, uploaded as an artifact of the ${link('workflow run', runUrl)})._` : ''}${left.length > 0 ? `${rest > 0 ? '\n\n' : ''}Also in this plan:` : ''}\n\n`,
          ]
        : [];
    return packPages(capacities, [...blocks.slice(0, shown), ...restNote, ...left], cut);
  };
  // The most diffs, in order, that fit with the names of the others.
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pagesWith(middle, false)) low = middle;
    else high = middle - 1;
  }
  const packed = pagesWith(low, false) ?? pagesWith(0, true) ?? [''];
  const pages = packed.map((page, index) => (index === 0 ? `${overview}${page}${footnote}` : page));
  if (pages.length > 1)
    pages[0] += `_The diffs go on in ${plural(pages.length - 1, 'more comment')} below._\n\n`;
  return pages;
}

function lineCount(diff: string): number {
  return diff ? diff.trimEnd().split('\n').length : 0;
}

const OWN_METADATA_NOTE = `<sub>kubesync adds ${OWN_LABELS.map(code).join(', ')} (label) and ${OWN_ANNOTATIONS.slice(0, 3).map(code).join(', ')} (annotations) to every object it applies; they are left out of the diffs of new and deleted objects.</sub>\n\n`;

/** `- `Deployment shop/web` (update, its diff in the diff file)`: an object named without its diff. */
function nameLine({ change, diff }: Entry, said: ReadonlySet<string>): string {
  const { kind, namespace, name } = change.ref;
  const what = `${escapeMarkdown(changeLabel(change, said))}${diff ? ', diff in the diff file' : ''}`;
  return `- ${escapeMarkdown(kind)} ${code(namespace ? `${namespace}/${name}` : name)} (${what})\n`;
}

/** One object's collapsible diff; a diff longer than `room` is cut after a whole line, with a note. */
function renderBlock(
  { change, diff }: Entry,
  runUrl: string,
  links: RepositoryLinks | undefined,
  said: ReadonlySet<string>,
  room: number,
): string {
  const summary = `${escapeHtml(change.subject)} (${escapeHtml(changeLabel(change, said))})`;
  const intro = change.action === 'delete' ? `${deletedIntro(change, links)}\n\n` : '';
  const open = `<details><summary>${summary}</summary>\n\n${intro}\`\`\`\`diff\n`;
  const close = '````\n\n</details>\n\n';
  const text = diff.endsWith('\n') ? diff : `${diff}\n`;
  if (open.length + text.length + close.length <= room) return `${open}${text}${close}`;
  const noteRoom = 300;
  const cut = cutLines(text, Math.max(0, room - open.length - close.length - noteRoom));
  const note = `\n_Diff cut after ${cut.shownLines} of ${plural(cut.totalLines, 'line')} to fit the comment; the ${link('job summary', runUrl)} and the diff file (the ${code('diff-file')} output) have all of it._\n\n`;
  return `${open}${cut.text}\`\`\`\`\n${note}</details>\n\n`;
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
