import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { makeTempDir, REPO_ROOT } from '../support/workspace.js';

/**
 * What the bundle loads for the commands that never reach a cluster or GitHub: start-up is most of
 * their time, so neither the Kubernetes client nor Octokit (with undici, 1.5 MB and 1.2 MB of chunks)
 * may come along. Every module Node loads is recorded by a load hook, and each chunk of dist/ it
 * loaded is looked into.
 */
async function chunksLoaded(args: string[]): Promise<string[]> {
  const record = path.join(makeTempDir('kubesync-loaded-'), 'loaded.json');
  const hook = `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => writeFileSync(${JSON.stringify(record)}, JSON.stringify(loaded)));`;
  const result = await runProcess(
    ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, DIST_ENTRY, ...args],
    {},
    REPO_ROOT,
  );
  expect(result.exitCode, result.stderr).toBe(0);
  const dist = path.dirname(DIST_ENTRY);
  return (JSON.parse(readFileSync(record, 'utf8')) as string[])
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => path.dirname(file) === dist);
}

const holds = (marker: RegExp) => (chunk: string) => marker.test(readFileSync(chunk, 'utf8'));
const OCTOKIT = /\bgetOctokit\b/;
const KUBERNETES_CLIENT = /\bapplySecurityAuthentication\b/;

describe('commands that reach neither a cluster nor GitHub', () => {
  for (const args of [['--help'], ['validate', 'examples/app'], ['render', 'examples/app']]) {
    it(`kubesync ${args.join(' ')} loads neither Octokit nor the Kubernetes client`, async () => {
      const chunks = await chunksLoaded(args);
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.filter(holds(OCTOKIT)).map((chunk) => path.basename(chunk))).toEqual([]);
      expect(chunks.filter(holds(KUBERNETES_CLIENT)).map((chunk) => path.basename(chunk))).toEqual([]);
    });
  }

  it('would see them: each marker is in a chunk of the bundle', () => {
    const dist = path.dirname(DIST_ENTRY);
    const chunks = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => path.join(dist, name));
    expect(chunks.filter(holds(OCTOKIT)).length).toBeGreaterThan(0);
    expect(chunks.filter(holds(KUBERNETES_CLIENT)).length).toBeGreaterThan(0);
  });
});
