import { execFileSync } from 'node:child_process';
import { makeTempDir } from './workspace.js';

/**
 * A real git repository in `root` (a new folder by default) whose commits carry the committer date
 * a test chooses: history and clocks can disagree on purpose.
 */
export function gitHistory(root: string = makeTempDir('kubesync-git-')) {
  const env = { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'kubesync test');
  git('config', 'user.email', 'test@kubesync.invalid');
  return {
    root,
    git,
    /** Commits everything in the folder (or nothing) dated `date` (ISO 8601); the new commit's sha. */
    commit(message: string, date: string): string {
      git('add', '-A');
      execFileSync('git', ['-C', root, 'commit', '-q', '--allow-empty', '-m', message], {
        env: { ...env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      });
      return git('rev-parse', 'HEAD');
    },
    /** Starts `branch` at `from` and checks it out. */
    branch(branch: string, from: string): void {
      git('checkout', '-q', '-b', branch, from);
    },
    /** A clone holding only the newest commit of `branch`, as actions/checkout makes by default. */
    shallowClone(branch = 'main'): string {
      const clone = makeTempDir('kubesync-shallow-');
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${root}`, clone], {
        env,
      });
      return clone;
    },
  };
}
