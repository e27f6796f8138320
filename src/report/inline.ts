/**
 * Inline pieces of GitHub-flavoured Markdown that are safe anywhere in the PR comment, table cells
 * included (where an unescaped `|` ends the cell, even inside a code span).
 */

/** `text` as a code span: one line, no backtick to end it early, pipes escaped for tables. */
export function code(text: string): string {
  return `\`${text.replace(/\r?\n/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** Text inside an HTML element such as `<summary>`, where Markdown escapes do not apply. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, ' ');
}

/** `[text](url)`, with the brackets and pipes of the text escaped. */
export function link(text: string, url: string): string {
  return `[${text.replace(/[\\[\]|]/g, (character) => `\\${character}`)}](${url})`;
}

export { plural } from '../model/plural.js';
