import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '../model/errors.js';
import type { Workspace } from './workspace.js';

/** What one chart archive may unpack to: Helm's own limit for a chart (MaxDecompressedChartSize). */
export const MAX_CHART_ARCHIVE_BYTES = 100 * 1024 * 1024;

/** How deep archives may nest (a dependency's own charts/*.tgz); deeper is refused, no chart needs it. */
const MAX_NESTING = 4;

/**
 * Checks every chart archive helm would load for `chart` (each `charts/*.tgz`, in the chart and in its
 * unpacked dependencies) before helm reads it: a decompression bomb, a link entry, or an entry whose
 * path leaves the archive is refused, naming the archive. The check streams; nothing is unpacked.
 */
export async function checkChartArchives(workspace: Workspace, chart: string): Promise<void> {
  const archives = chartArchives(chart);
  if (archives.length === 0) return;
  // Loaded when a chart has archives: most charts have none, and other sources never need it.
  const { extract } = await import('tar-stream');
  for (const archive of archives) {
    const problem = await archiveProblem(extract, createReadStream(archive), 0);
    if (problem) {
      throw new UserError(
        `${workspace.relative(archive)} ${problem}; helm would load it. Rebuild it with helm package (or helm dependency build) and commit the result`,
      );
    }
  }
}

/** The .tgz files in `charts/` folders under `chart`. */
function chartArchives(chart: string): string[] {
  const found: string[] = [];
  const folders = [chart];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) folders.push(absolute);
      else if (path.basename(folder) === 'charts' && /\.tgz$/i.test(entry.name)) found.push(absolute);
    }
  }
  return found.sort();
}

/** Why a gzipped tar stream must not reach helm, or undefined. */
async function archiveProblem(
  extract: Extractor,
  input: Readable,
  depth: number,
): Promise<string | undefined> {
  let unpacked = 0;
  let problem: string | undefined;
  const gunzip = createGunzip();
  const entries = extract();
  // pipeline reports the first error; tar-stream's streams (the extractor and the entry being read)
  // emit it once more after pipeline has let go of them, which would be an uncaught exception.
  entries.on('error', ignore);
  gunzip.on('data', (chunk: Buffer) => {
    unpacked += chunk.length;
    if (unpacked > MAX_CHART_ARCHIVE_BYTES && !problem) {
      problem = `unpacks to more than ${MAX_CHART_ARCHIVE_BYTES / 1024 / 1024} MiB, a decompression bomb or no chart`;
      gunzip.destroy(new ArchiveRefused());
    }
  });
  entries.on('entry', (header, stream, next) => {
    stream.on('error', ignore);
    const refuse = (reason: string) => {
      problem ??= `holds ${header.name}, ${reason}`;
      entries.destroy(new ArchiveRefused());
    };
    if (header.type === 'symlink') return refuse(`a symlink to ${header.linkname}`);
    if (header.type === 'link') return refuse(`a hard link to ${header.linkname}`);
    if (header.type !== 'file' && header.type !== 'directory' && header.type !== 'contiguous-file') {
      return refuse(`a ${header.type}, which no chart holds`);
    }
    if (path.posix.isAbsolute(header.name) || header.name.split(/[\\/]/).includes('..')) {
      return refuse('a path that leaves the archive');
    }
    // helm loads a dependency's own charts/*.tgz as well, in memory.
    if (/(^|\/)charts\/[^/]+\.tgz$/i.test(header.name)) {
      if (depth + 1 >= MAX_NESTING) return refuse(`an archive nested more than ${MAX_NESTING} deep`);
      archiveProblem(extract, Readable.from(stream), depth + 1).then(
        (nested) => (nested ? refuse(`an archive that ${nested}`) : next()),
        (error: unknown) => entries.destroy(error as Error),
      );
      return;
    }
    stream.on('end', () => next());
    stream.resume();
  });
  try {
    await pipeline(input, gunzip, entries);
  } catch (error) {
    if (!(error instanceof ArchiveRefused) && !problem)
      return `is not a gzipped tar archive (${(error as Error).message})`;
  }
  return problem;
}

type Extractor = typeof import('tar-stream').extract;

class ArchiveRefused extends Error {}

function ignore(): void {}
