/**
 * Reads the block structure of a GitHub comment the way GitHub's Markdown (GFM) parses it, for the
 * tests to assert on: tables with their cells, `<details>` blocks, links, and fenced code. What GitHub
 * would render wrongly is a problem: a table row with the wrong number of cells, a `<summary>` line
 * not followed by a blank line (the Markdown inside would not render), unbalanced `<details>` or
 * fences, a raw HTML tag GitHub does not keep, a link that is not absolute.
 */
export interface GfmTable {
  readonly header: string[];
  readonly rows: string[][];
}

export interface GfmDetails {
  readonly summary: string;
  /** The Markdown inside, without the summary line. */
  readonly body: string;
}

export interface GfmStructure {
  readonly tables: GfmTable[];
  readonly details: GfmDetails[];
  readonly links: { readonly text: string; readonly url: string }[];
  readonly fences: number;
  readonly problems: string[];
}

const DELIMITER_ROW = /^\|(\s*:?-+:?\s*\|)+$/;
const FENCE = /^(`{3,}|~{3,})/;
const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'br']);

/** The cells of a table row: split at pipes that are not escaped, outer pipes dropped. */
export function cellsOf(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim());
}

export function readGfm(markdown: string): GfmStructure {
  const lines = markdown.split('\n');
  const tables: GfmTable[] = [];
  const details: GfmDetails[] = [];
  const links: { text: string; url: string }[] = [];
  const problems: string[] = [];
  const open: { summary: string; start: number }[] = [];
  let fence: string | undefined;
  let fences = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const where = `line ${index + 1}`;
    if (fence) {
      if (line.trim() === fence) fence = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1];
      fences++;
      continue;
    }
    if (line.startsWith('<details>')) {
      const summary = /^<details><summary>(.*)<\/summary>$/.exec(line);
      if (!summary) problems.push(`${where}: <details> without its <summary> on the same line`);
      if ((lines[index + 1] ?? '') !== '')
        problems.push(`${where}: no blank line after <summary>, so the Markdown inside is not rendered`);
      if (summary?.[1]?.includes('<')) problems.push(`${where}: raw "<" in a summary`);
      open.push({ summary: summary?.[1] ?? '', start: index });
      continue;
    }
    if (line === '</details>') {
      const block = open.pop();
      if (!block) problems.push(`${where}: </details> without <details>`);
      else details.push({ summary: block.summary, body: lines.slice(block.start + 1, index).join('\n') });
      continue;
    }
    if (line.startsWith('|')) {
      if (!DELIMITER_ROW.test(lines[index + 1] ?? '')) {
        problems.push(`${where}: a table row outside a table: ${line.slice(0, 80)}`);
        continue;
      }
      if (index > 0 && (lines[index - 1] ?? '') !== '')
        problems.push(`${where}: a table right after text, which GitHub reads as part of the paragraph`);
      const header = cellsOf(line);
      if (cellsOf(lines[index + 1] ?? '').length !== header.length)
        problems.push(`${where}: the delimiter row has another number of cells than the header`);
      const rows: string[][] = [];
      index += 2;
      for (; index < lines.length && (lines[index] ?? '').startsWith('|'); index++) {
        const cells = cellsOf(lines[index] ?? '');
        if (cells.length !== header.length)
          problems.push(`line ${index + 1}: ${cells.length} cells in a table of ${header.length} columns`);
        rows.push(cells);
        collectLinks(lines[index] ?? '', links, problems);
      }
      index--;
      tables.push({ header, rows });
      continue;
    }
    collectLinks(line, links, problems);
    for (const tag of line.matchAll(/(?<!\\)<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
      if (!ALLOWED_TAGS.has((tag[1] ?? '').toLowerCase()))
        problems.push(`${where}: raw HTML tag ${tag[0]} that GitHub would strip or render`);
    }
  }
  if (fence) problems.push(`a code fence ${fence} is never closed`);
  for (const block of open) problems.push(`line ${block.start + 1}: <details> never closed`);
  return { tables, details, links, fences, problems };
}

function collectLinks(line: string, links: { text: string; url: string }[], problems: string[]) {
  for (const match of line.matchAll(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g)) {
    const [, text = '', url = ''] = match;
    if (!/^https:\/\/[^\s]+$/.test(url))
      problems.push(`a link to something that is not an absolute URL: ${url}`);
    links.push({ text: text.replace(/\\(.)/g, '$1'), url });
  }
}
