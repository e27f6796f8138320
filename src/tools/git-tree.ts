import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../model/errors.js';

/** The files of one commit, written outside the workspace; `remove` deletes them. */
export interface CommitTree {
  readonly root: string;
  readonly remove: () => void;
}

/**
 * Writes the files of `commit` (symlinks as symlinks, as a checkout would) into a new folder outside
 * the workspace, through an index of its own: the workspace's checkout, index and HEAD stay as they
 * are. A commit the clone does not have (a shallow checkout) is an error saying what to set.
 */
export async function checkoutCommitTree(workspace: string, commit: string): Promise<CommitTree> {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'kubesync-base-')));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const root = path.join(dir, 'tree');
    mkdirSync(root);
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
    const short = commit.slice(0, 12);
    if ((await git(workspace, ['cat-file', '-e', `${commit}^{commit}`], env)).exitCode !== 0)
      throw new UserError(await missingCommit(workspace, short));
    for (const args of [
      ['read-tree', commit],
      ['checkout-index', '--all', '--force', `--prefix=${root}/`],
    ]) {
      const result = await git(workspace, args, env);
      if (result.exitCode !== 0)
        throw new UserError(`git ${args[0]} of the base commit ${short} failed: ${result.stderr.trim()}`);
    }
    return { root, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Why the commit cannot be read, and what to set: a shallow clone is the usual reason. */
async function missingCommit(workspace: string, short: string): Promise<string> {
  const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository'], {});
  const cannot = `so its manifests cannot be rendered`;
  if (shallow.exitCode !== 0)
    return `the workspace is not a git repository, ${cannot} from the base commit ${short}: check the repository out with actions/checkout and fetch-depth: 0`;
  const why = shallow.stdout.trim() === 'true' ? 'the clone is too shallow' : 'the clone does not have it';
  return `the base commit ${short} is not in the checkout, ${cannot}: ${why}. Set fetch-depth: 0 on actions/checkout`;
}

async function git(workspace: string, args: readonly string[], env: Record<string, string>) {
  // Loaded when first needed: only a rendered diff reads another commit's files.
  const { getExecOutput } = await import('@actions/exec');
  return getExecOutput('git', ['-C', workspace, ...args], {
    silent: true,
    ignoreReturnCode: true,
    env: { ...(process.env as Record<string, string>), ...env },
  });
}
