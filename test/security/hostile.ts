import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { makeTempDir } from '../support/workspace.js';

/** A file outside every repository, holding a marker no render may ever contain. */
export interface Canary {
  readonly dir: string;
  readonly file: string;
  readonly marker: string;
}

export function outsideCanary(): Canary {
  const dir = makeTempDir('kubesync-outside-');
  const marker = `kubesync-canary-${randomBytes(8).toString('hex')}`;
  const file = path.join(dir, 'secret.yaml');
  // Valid YAML and a valid ConfigMap, so a tool that reads it would happily put it in the render.
  writeFileSync(
    file,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stolen\ndata:\n  token: ${marker}\n`,
  );
  return { dir, file, marker };
}

/** A symlink at `link` (relative to `root`) pointing at `target`, its parent folders made first. */
export function linkIn(root: string, link: string, target: string): void {
  mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
  symlinkSync(target, path.join(root, link));
}

/**
 * Asserts that loading was refused with a message holding every one of `parts`, and that nothing of
 * the canary's content is in it.
 */
export async function expectRefused(
  loading: Promise<unknown>,
  parts: readonly string[],
  canary?: Canary,
): Promise<Error> {
  let result: unknown;
  let error: unknown;
  try {
    result = await loading;
  } catch (caught) {
    error = caught;
  }
  if (canary) expect(JSON.stringify(result ?? null)).not.toContain(canary.marker);
  expect(error, `expected a refusal, got ${JSON.stringify(result)?.slice(0, 2000)}`).toBeInstanceOf(Error);
  const refusal = error as Error;
  expect(refusal.name).toBe('UserError');
  for (const part of parts) expect(refusal.message).toContain(part);
  if (canary) expect(refusal.message).not.toContain(canary.marker);
  return refusal;
}
