/** Where a value came from: a file relative to the workspace, 1-based line and column. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A path into a parsed document, as the yaml library and zod spell it. */
export type FieldPath = readonly (string | number)[];

export function formatOrigin(origin: Origin): string {
  return `${origin.file}:${origin.line}:${origin.column}`;
}

export function pathKey(path: FieldPath): string {
  return path.map(String).join('\u0000');
}

export function formatPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/**
 * The origin of every value in a document, keyed by its path. A path with no entry of its own takes
 * the origin of its nearest ancestor, so a finding on a field that is missing points at its parent.
 */
export class OriginMap {
  private readonly origins = new Map<string, Origin>();

  constructor(readonly documentOrigin: Origin) {}

  set(path: FieldPath, origin: Origin): void {
    this.origins.set(pathKey(path), origin);
  }

  locate(path: FieldPath): Origin {
    for (let length = path.length; length > 0; length--) {
      const origin = this.origins.get(pathKey(path.slice(0, length)));
      if (origin) return origin;
    }
    return this.origins.get(pathKey([])) ?? this.documentOrigin;
  }

  /** Entries under `prefix`, with the prefix removed, for merging overlays. */
  entriesUnder(prefix: FieldPath): [string[], Origin][] {
    const key = pathKey(prefix);
    const result: [string[], Origin][] = [];
    for (const [entryKey, origin] of this.origins) {
      if (prefix.length === 0 || entryKey === key || entryKey.startsWith(key + '\u0000')) {
        const parts = entryKey === '' ? [] : entryKey.split('\u0000');
        result.push([parts.slice(prefix.length), origin]);
      }
    }
    return result;
  }

  deleteUnder(prefix: FieldPath): void {
    for (const [entryPath] of this.entriesUnder(prefix)) {
      this.origins.delete(pathKey([...prefix, ...entryPath]));
    }
  }
}
