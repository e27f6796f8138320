import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A frame's location: `file:///…/dist/123.index.js:10:5` or `/…/dist/index.js:10:5`. */
const LOCATION = /(file:\/\/[^\s()]+|\/[^\s():]+\.js):(\d+):(\d+)/g;

/**
 * A bug's stack with every frame in the bundle mapped back to its src/*.ts line. The source maps are
 * read only here, when a bug is reported: turning Node's source-map support on for the whole run would
 * read and parse every chunk's map at start-up.
 */
export function readableStack(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stack = error.stack ?? `${error.name}: ${error.message}`;
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(LOCATION, (whole, location: string, line: string, column: string) => {
    const file = location.startsWith('file://') ? fileURLToPath(location) : location;
    if (!maps.has(file)) maps.set(file, sourceMapOf(file));
    const origin = maps.get(file)?.findOrigin(Number(line), Number(column));
    if (!origin || !('fileName' in origin)) return whole;
    const source = path.resolve(path.dirname(file), origin.fileName.replace(/^webpack:\/\/[^/]*\//, ''));
    return `${source}:${origin.lineNumber}:${origin.columnNumber}`;
  });
}

function sourceMapOf(file: string): SourceMap | undefined {
  try {
    return new SourceMap(
      JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0],
    );
  } catch {
    return undefined;
  }
}
