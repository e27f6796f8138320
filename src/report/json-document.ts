/** One JSON document on its own, as `-o json` prints it to stdout. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
