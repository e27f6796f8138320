import type { Ancestry, CommitAncestry, KnownRelation } from '../sync/commit-order.js';
import type { CompareCommits, CompareStatus } from '../github/github.js';
import { gitOutput } from '../tools/git.js';

const RELATION_OF: Record<CompareStatus, KnownRelation> = {
  ahead: 'descendant',
  behind: 'ancestor',
  identical: 'same',
  diverged: 'diverged',
};

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const FETCH_HISTORY =
  'set fetch-depth: 0 on actions/checkout (or git fetch --unshallow) so that history decides';

/**
 * The order of two commits from git history: the checkout's own when it holds both, else `compare`
 * (GitHub) when there is one. Either being unavailable makes the answer `unknown`, never an error: it
 * must not stop a deploy.
 */
export function commitAncestry(workspace: string, compare?: CompareCommits): CommitAncestry {
  return async (lastApplied, commit) => {
    // Both reach git's command line: the last one comes from the cluster, so only a sha may pass.
    const notSha = [lastApplied, commit].find((sha) => !FULL_SHA.test(sha));
    if (notSha !== undefined) return { relation: 'unknown', why: `"${notSha}" is not a commit sha` };
    const local = await localAncestry(workspace, lastApplied, commit);
    if (local) return local;
    const lacking = 'the checkout does not hold the history between them';
    if (!compare) return { relation: 'unknown', why: `${lacking}; ${FETCH_HISTORY}` };
    try {
      return { relation: RELATION_OF[await compare(lastApplied, commit)] };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        relation: 'unknown',
        why: `${lacking}, and GitHub's compare API did not answer (${reason}); ${FETCH_HISTORY}`,
      };
    }
  };
}

/** From the checkout (`git merge-base --is-ancestor`); undefined when it cannot tell. */
async function localAncestry(
  workspace: string,
  lastApplied: string,
  commit: string,
): Promise<Ancestry | undefined> {
  const git = (...args: string[]) => gitOutput(workspace, ...args);
  const present = await Promise.all(
    [lastApplied, commit].map((sha) => git('cat-file', '-e', `${sha}^{commit}`)),
  );
  if (present.includes(undefined)) return undefined;
  if ((await git('merge-base', '--is-ancestor', commit, lastApplied)) !== undefined)
    return { relation: commit === lastApplied ? 'same' : 'ancestor' };
  if ((await git('merge-base', '--is-ancestor', lastApplied, commit)) !== undefined)
    return { relation: 'descendant' };
  // A shallow clone's history stops at its cut: there, "neither" may only mean the path is cut off.
  if ((await git('rev-parse', '--is-shallow-repository')) === 'true') return undefined;
  return { relation: 'diverged' };
}
