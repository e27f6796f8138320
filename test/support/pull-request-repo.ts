import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitHistory } from './git-history.js';

/** Files by path; null deletes the file. */
export type FileChanges = Record<string, string | null>;

/**
 * A real git repository holding a pull request: `base` committed on main, `head` on a branch from it,
 * checked out (the workspace the action runs in), and the event a fork's pull request would carry.
 */
export function pullRequestRepo(base: FileChanges, head: FileChanges, options: { fork?: boolean } = {}) {
  const repo = gitHistory();
  const write = (files: FileChanges) => {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(repo.root, file);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
  };
  write(base);
  const baseSha = repo.commit('base', '2026-01-01T00:00:00Z');
  repo.branch('change', baseSha);
  write(head);
  const headSha = repo.commit('head', '2026-01-02T00:00:00Z');
  const fork = options.fork ?? true;
  return {
    repo,
    workspace: repo.root,
    baseSha,
    headSha,
    event: {
      action: 'synchronize',
      number: 12,
      pull_request: {
        number: 12,
        head: { sha: headSha, repo: { full_name: fork ? 'someone/shop' : 'acme/shop' } },
        base: { sha: baseSha, repo: { full_name: 'acme/shop' } },
      },
    },
  };
}
