import path from 'node:path';
import { APPS_FILE } from './app-config.js';
import type { AppOfMany } from './app-list.js';

/** The commits whose difference says what changed: a pull request's base and head, a push's before and after. */
export interface ChangeRange {
  readonly base: string;
  readonly head: string;
  /** A pull request compares with the merge base (`base...head`), as its Files tab does. */
  readonly sinceMergeBase: boolean;
}

export type ChangedFiles =
  | { readonly known: true; readonly files: readonly string[] }
  | { readonly known: false; readonly why: string };

/** `git diff --name-only` of the range; unknown (every app runs) when git cannot tell. */
export async function changedFiles(
  range: ChangeRange | undefined,
  git: (...args: string[]) => Promise<string | undefined>,
): Promise<ChangedFiles> {
  if (!range) return { known: false, why: 'this event names no range of commits' };
  const spec = `${range.base}${range.sinceMergeBase ? '...' : '..'}${range.head}`;
  const output = await git('diff', '--name-only', '--no-renames', spec);
  if (output === undefined)
    return {
      known: false,
      why: `git could not compare ${range.base.slice(0, 12)} with ${range.head.slice(0, 12)} (check out with fetch-depth: 0)`,
    };
  return { known: true, files: output.split('\n').filter(Boolean) };
}

/** Whether a changed file is one of the app's, or kubesync.yaml, which may change any app. */
export function isAppChanged(app: AppOfMany, files: readonly string[]): boolean {
  return files.some(
    (file) => file === APPS_FILE || app.paths.some((owned) => isUnder(normalize(file), normalize(owned))),
  );
}

function isUnder(file: string, owned: string): boolean {
  if (owned === '' || owned === '.') return true;
  if (/[*?[{]/.test(owned)) return path.matchesGlob(file, owned) || path.matchesGlob(file, `${owned}/**`);
  return file === owned || file.startsWith(`${owned}/`);
}

function normalize(file: string): string {
  return path.posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\/|\/$/g, '');
}
