import { isMap, isScalar, LineCounter, parseDocument, Scalar, stringify, type Document } from 'yaml';
import { UserError } from '../model/errors.js';

export type YamlPath = readonly (string | number)[];

/** A value to set at a path (created when absent), or `undefined` to remove the key. */
export interface YamlEdit {
  readonly path: YamlPath;
  readonly value: string | undefined;
}

/** A YAML file parsed for editing: its Document, and the `file:line` of any of its nodes. */
export interface EditableYaml {
  readonly document: Document.Parsed;
  readonly lineOf: (path: YamlPath) => number | undefined;
}

export function readEditable(file: string, text: string): EditableYaml {
  const lineCounter = new LineCounter();
  // Kubernetes tooling reads YAML 1.1, as parseYaml does.
  const document = parseDocument(text, { version: '1.1', lineCounter, keepSourceTokens: true });
  const [error] = document.errors;
  if (error) {
    const { line } = lineCounter.linePos(error.pos[0]);
    throw new UserError(`${file}:${line}: ${error.message.split('\n')[0] ?? ''}; fix the YAML first`);
  }
  // A key's line is where the key is written, which for a map value is the line above the value's.
  const lineOf = (path: YamlPath) => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const last = path.at(-1);
    const pair = isMap(parent)
      ? parent.items.find((item) => isScalar(item.key) && item.key.value === last)
      : undefined;
    const node = (pair?.key ?? document.getIn(path, true)) as
      { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return { document, lineOf };
}

/**
 * Applies the edits and gives the file's new text. Replacing values that are already there changes
 * only those values' characters (quoting style kept), so every comment, blank line and indentation
 * stays as the author wrote it; adding or removing keys goes through the Document, which keeps the
 * comments too.
 */
export function applyEdits(file: string, text: string, edits: readonly YamlEdit[]): string {
  const { document } = readEditable(file, text);
  const replacements = edits.map((edit) => {
    const node = document.getIn(edit.path, true);
    return edit.value !== undefined && isScalar(node) && node.range ? { node, value: edit.value } : undefined;
  });
  if (replacements.every((replacement) => replacement !== undefined)) {
    let result = text;
    const ordered = [...replacements].sort((a, b) => (b.node.range?.[0] ?? 0) - (a.node.range?.[0] ?? 0));
    for (const { node, value } of ordered) {
      if (node.value === value) continue;
      const [start, end] = node.range ?? [0, 0];
      result = result.slice(0, start) + scalarText(value, node.type) + result.slice(end);
    }
    return result;
  }
  for (const edit of edits) {
    if (edit.value === undefined) document.deleteIn(edit.path);
    else setPath(document, edit.path, edit.value);
  }
  return documentText(document);
}

/**
 * Sets a value, making the maps on the way that are missing as plain YAML maps (the yaml package's
 * own would be a JavaScript Map, written `!!omap` under YAML 1.1).
 */
export function setPath(document: Document, path: YamlPath, value: string): void {
  let depth = path.length - 1;
  while (depth > 0 && !document.hasIn(path.slice(0, depth))) depth--;
  const rest = path.slice(depth + 1);
  const nested = rest.reduceRight<unknown>(
    (inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }),
    value,
  );
  document.setIn(path.slice(0, depth + 1), rest.length > 0 ? document.createNode(nested) : value);
}

/** The edited Document as text: comments kept, long values never folded onto a second line. */
export function documentText(document: Document): string {
  return document.toString({ lineWidth: 0 });
}

/** The value written in the style it replaces: quoted as it was, else plain when YAML reads it back as this string. */
function scalarText(value: string, style: Scalar['type']): string {
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd();
}
