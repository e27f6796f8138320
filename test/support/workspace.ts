import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Settings } from '../../src/settings/inputs.js';
import { parseSettings } from '../../src/settings/parse-settings.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

const created: string[] = [];
afterEach(() => {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder removed after the current test. */
export function makeTempDir(prefix = 'kubesync-test-'): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  created.push(root);
  return root;
}

/** A throwaway repository checkout holding the given files (path → content). */
export function makeWorkspace(files: Record<string, string>): string {
  const root = makeTempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

export function settingsFor(workspace: string, inputs: Parameters<typeof parseSettings>[0] = {}): Settings {
  return parseSettings(inputs, { workspace });
}

/** A kubeconfig written to a file of its own, for the CLI's --kubeconfig <file>. */
export function kubeconfigFile(content: string): string {
  const file = path.join(makeTempDir('kubesync-kubeconfig-'), 'config');
  writeFileSync(file, content);
  return file;
}
