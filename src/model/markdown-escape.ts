/** Escapes text for a Markdown table cell or inline position in the PR comment. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}

/** Escapes text for a cell of the job summary's tables. */
export function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}
