import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../support/run-dist.js';
import { makeTempDir, REPO_ROOT } from '../support/workspace.js';

/**
 * A copy of the bundle with a bug planted in the CLI's first function, on the same line so that the
 * source maps still fit.
 */
function bundleWithABug(): string {
  const dist = path.join(makeTempDir('kubesync-dist-'), 'dist');
  cpSync(path.join(REPO_ROOT, 'dist'), dist, { recursive: true });
  const chunk = readdirSync(dist)
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dist, file))
    .find((file) => readFileSync(file, 'utf8').includes('async function runCli('));
  if (!chunk) throw new Error('no runCli in the bundle');
  const code = readFileSync(chunk, 'utf8');
  writeFileSync(
    chunk,
    code.replace(
      'async function runCli(',
      'async function runCli() { throw new Error("planted bug") } async function unusedRunCli(',
    ),
  );
  return path.join(dist, 'index.js');
}

describe('a bug in the bundled CLI', () => {
  it('prints one short message and a stack of src/ lines, never the bundle', async () => {
    const entry = bundleWithABug();
    const result = await runProcess([entry, '--help'], {}, path.dirname(entry));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^kubesync: internal error: Error: planted bug\n {4}at runCli \(\S*src\/cli\/run-cli\.ts:\d+:\d+\)/,
    );
    expect(result.stderr).not.toContain('unusedRunCli');
    expect(result.stderr.length).toBeLessThan(2_000);
  });
});
