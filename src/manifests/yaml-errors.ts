import type { YAMLError } from 'yaml';

/** A YAML syntax error where a person would fix it: the offset of the mistake, and what to do. */
export interface SyntaxMistake {
  readonly offset: number;
  readonly code: string;
  readonly message: string;
}

/**
 * The yaml library reports some mistakes where its parser noticed them, not where they are: a line
 * indented too deep is reported on the line above (and twice, as two errors over the same text), and
 * an unclosed quote at the end of the file. This moves each to the line at fault and keeps one per
 * mistake.
 */
export function syntaxMistakes(errors: readonly YAMLError[], text: string): SyntaxMistake[] {
  const mistakes: SyntaxMistake[] = [];
  let coveredUntil = -1;
  for (const error of errors) {
    const [start, end] = error.pos;
    // A second error over text an earlier one covers is the same mistake seen again.
    if (start < coveredUntil) continue;
    coveredUntil = Math.max(end, start + 1);
    mistakes.push(located(error, text));
  }
  return mistakes;
}

function located(error: YAMLError, text: string): SyntaxMistake {
  const [start, end] = error.pos;
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak !== -1 && lineBreak < Math.max(end, start + 1) + 1) {
      const offset = firstNonBlank(text, lineBreak + 1);
      return {
        offset,
        code: error.code,
        message:
          'this line is indented deeper than the line above, so YAML reads it as part of that value: indent it like the keys beside it, or quote the value above',
      };
    }
  }
  if (error.code === 'MISSING_CHAR' && /closing ["']?quote/.test(firstLine)) {
    const quote = firstLine.includes("'") ? "'" : '"';
    const opening = openingQuote(text, start, quote);
    if (opening !== undefined)
      return {
        offset: opening,
        code: error.code,
        message: `this quoted value is never closed: add the closing ${quote} at its end`,
      };
  }
  return { offset: start, code: error.code, message: firstLine };
}

function firstNonBlank(text: string, from: number): number {
  let offset = from;
  while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t')) offset++;
  return offset;
}

/**
 * The quote that opened a scalar left open at `end`: past it there is no other quote of its kind (a
 * closed one would have ended the scalar), so it is the last one before `end`, not counting `\"`
 * inside a double-quoted value or `''` inside a single-quoted one.
 */
function openingQuote(text: string, end: number, quote: string): number | undefined {
  for (let offset = Math.min(end, text.length) - 1; offset >= 0; offset--) {
    if (text[offset] !== quote) continue;
    if (quote === '"' && text[offset - 1] === '\\') continue;
    // 'it''s': a doubled quote inside a single-quoted value
    if (quote === "'" && text[offset - 1] === "'") {
      offset--;
      continue;
    }
    return offset;
  }
  return undefined;
}
