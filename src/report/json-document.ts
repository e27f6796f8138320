import { stringify } from 'yaml';

/** One JSON document on its own, as `-o json` prints it to stdout. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The same document as YAML, as `-o yaml` prints it (kubectl's -o yaml of the same data). */
export function yamlDocument(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/** The document in the format `-o` asks for. */
export function outputDocument(value: unknown, format: 'json' | 'yaml'): string {
  return format === 'json' ? jsonDocument(value) : yamlDocument(value);
}
