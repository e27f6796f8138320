import { createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { MAX_CHART_ARCHIVE_BYTES } from '../../src/manifests/chart-archives.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';
import { expectRefused, outsideCanary } from './hostile.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n';
const SUB_CHART = 'apiVersion: v2\nname: sub\nversion: 0.1.0\n';

interface Entry {
  readonly name: string;
  readonly type?: 'file' | 'symlink' | 'link';
  readonly linkname?: string;
  readonly content?: string | Buffer;
  /** Zeros of this many bytes, streamed, instead of `content`. */
  readonly zeros?: number;
}

/** Writes a gzipped tar of the entries, streaming, so a huge entry never sits in memory. */
async function writeArchive(file: string, entries: readonly Entry[]): Promise<void> {
  const archive = pack();
  const written = pipeline(archive, createGzip({ level: 9 }), createWriteStream(file));
  for (const entry of entries) {
    const { name, type = 'file', linkname } = entry;
    if (entry.zeros !== undefined) {
      const sink = archive.entry({ name, type, size: entry.zeros });
      await pipeline(zeros(entry.zeros), sink);
    } else {
      await new Promise<void>((resolve, reject) =>
        archive.entry({ name, type, linkname }, entry.content ?? '', (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    }
  }
  archive.finalize();
  await written;
}

function zeros(total: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = total;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(chunk.subarray(0, size));
    },
  });
}

function chartWithArchive(): string {
  return makeWorkspace({
    'charts/web/Chart.yaml': CHART,
    'charts/web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
  });
}

describe.skipIf(!tools.available)(`chart archives in charts/ ${tools.reason}`, () => {
  it('refuses a decompression bomb before helm reads it', async () => {
    const root = chartWithArchive();
    const archive = path.join(root, 'charts/web/charts/big.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      { name: 'sub/templates/big.yaml', zeros: MAX_CHART_ARCHIVE_BYTES + 1024 * 1024 },
    ]);
    expect(statSync(archive).size).toBeLessThan(MAX_CHART_ARCHIVE_BYTES / 500);
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
      'charts/web/charts/big.tgz unpacks to more than 100 MiB',
    ]);
  });

  it('refuses an archive entry that is a symlink, naming the entry and its target', async () => {
    const canary = outsideCanary();
    const root = chartWithArchive();
    const archive = path.join(root, 'charts/web/charts/sub-0.1.0.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      { name: 'sub/templates/stolen.yaml', type: 'symlink', linkname: canary.file },
    ]);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web' })),
      ['charts/web/charts/sub-0.1.0.tgz holds sub/templates/stolen.yaml, a symlink to', canary.file],
      canary,
    );
  });

  it('refuses an archive entry that is a hard link or whose path climbs out', async () => {
    const root = chartWithArchive();
    const archive = path.join(root, 'charts/web/charts/sub-0.1.0.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      { name: 'sub/templates/a.yaml', type: 'link', linkname: '/etc/passwd' },
    ]);
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
      'charts/web/charts/sub-0.1.0.tgz holds sub/templates/a.yaml, a hard link to /etc/passwd',
    ]);
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      { name: 'sub/../../escape.yaml', content: 'x: 1\n' },
    ]);
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
      'charts/web/charts/sub-0.1.0.tgz holds sub/../../escape.yaml, a path that leaves the archive',
    ]);
  });

  it('refuses a decompression bomb inside an archived dependency', async () => {
    const root = chartWithArchive();
    const inner = path.join(root, 'inner.tgz');
    await writeArchive(inner, [
      { name: 'inner/Chart.yaml', content: 'apiVersion: v2\nname: inner\nversion: 0.1.0\n' },
      { name: 'inner/templates/big.yaml', zeros: MAX_CHART_ARCHIVE_BYTES + 1024 * 1024 },
    ]);
    const archive = path.join(root, 'charts/web/charts/sub-0.1.0.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      { name: 'sub/charts/inner-0.1.0.tgz', content: readFileSync(inner) },
    ]);
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
      'charts/web/charts/sub-0.1.0.tgz holds sub/charts/inner-0.1.0.tgz, an archive that unpacks to more than 100 MiB',
    ]);
  });

  it('still renders a chart whose archived dependency has an archived dependency of its own', async () => {
    const root = chartWithArchive();
    const inner = path.join(root, 'inner.tgz');
    await writeArchive(inner, [
      { name: 'inner/Chart.yaml', content: 'apiVersion: v2\nname: inner\nversion: 0.1.0\n' },
      {
        name: 'inner/templates/inner.yaml',
        content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inner\n',
      },
    ]);
    const archive = path.join(root, 'charts/web/charts/sub-0.1.0.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: `${SUB_CHART}dependencies:\n  - name: inner\n    version: 0.1.0\n` },
      { name: 'sub/charts/inner-0.1.0.tgz', content: readFileSync(inner) },
      {
        name: 'sub/templates/sub.yaml',
        content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub\n',
      },
    ]);
    const loaded = await loadManifests(settingsFor(root, { manifest: 'charts/web' }));
    expect(
      loaded.resources.map((resource) => (resource.object.metadata as { name: string }).name).sort(),
    ).toEqual(['inner', 'sub', 'web']);
  });

  it('still renders a chart with a well-formed archived dependency', async () => {
    const root = chartWithArchive();
    const archive = path.join(root, 'charts/web/charts/sub-0.1.0.tgz');
    mkdirSync(path.dirname(archive), { recursive: true });
    await writeArchive(archive, [
      { name: 'sub/Chart.yaml', content: SUB_CHART },
      {
        name: 'sub/templates/sub.yaml',
        content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub\n',
      },
    ]);
    const loaded = await loadManifests(settingsFor(root, { manifest: 'charts/web' }));
    expect(
      loaded.resources
        .map((resource) =>
          String(resource.object.metadata && (resource.object.metadata as { name: string }).name),
        )
        .sort(),
    ).toEqual(['sub', 'web']);
  });
});
