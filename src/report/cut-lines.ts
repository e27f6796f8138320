/** How long a text is: in UTF-16 units for comments, in UTF-8 bytes for the job summary. */
export type Measure = (text: string) => number;

export const characters: Measure = (text) => text.length;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

export interface CutText {
  /** Whole lines only, each ending in a newline. */
  readonly text: string;
  readonly shownLines: number;
  readonly totalLines: number;
}

/**
 * The first lines of `text` that fit in `room`, whole: a cut never falls inside a line, so never inside
 * a multi-byte character or a masked value either. A first line longer than `room` leaves nothing.
 */
export function cutLines(text: string, room: number, measure: Measure = characters): CutText {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  let size = 0;
  let shown = 0;
  for (const line of lines) {
    const next = measure(line) + 1;
    if (size + next > room) break;
    size += next;
    shown++;
  }
  const kept = lines.slice(0, shown);
  return { text: kept.map((line) => `${line}\n`).join(''), shownLines: shown, totalLines: lines.length };
}
