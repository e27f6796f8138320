import type { InventoryState } from '../cluster/inventory.js';
import { UserError } from '../model/errors.js';
import type { Provenance } from '../model/provenance.js';

/**
 * How the commit being applied stands to the one last applied, in git history: `descendant` (it
 * comes after), `ancestor` (it is older), `diverged` (neither: a force-push, or another branch), or
 * `unknown` with why (the history is not at hand).
 */
export type Ancestry =
  { readonly relation: KnownRelation } | { readonly relation: 'unknown'; readonly why: string };

export type KnownRelation = 'same' | 'descendant' | 'ancestor' | 'diverged';

/** Where a sync asks how `commit` stands to `lastApplied`; the entry decides how (git, GitHub). */
export type CommitAncestry = (lastApplied: string, commit: string) => Promise<Ancestry>;

/**
 * Applying a commit that does not come after the last applied one is almost always a delayed or
 * misdirected run: refused unless allow-older. History decides, never committer dates (a commit
 * dated in the future would block every later deploy). When history cannot tell, the apply goes on
 * with the warning this returns.
 */
export async function checkCommitOrder(
  state: InventoryState | undefined,
  provenance: Provenance,
  ancestry: CommitAncestry | undefined,
  allowOlder: boolean,
): Promise<string | undefined> {
  const last = state?.lastCommit;
  if (!last || last === provenance.commit) return undefined;
  const verdict = ancestry
    ? await ancestry(last, provenance.commit)
    : { relation: 'unknown' as const, why: 'no git history was given' };
  const commit = short(provenance.commit);
  switch (verdict.relation) {
    case 'same':
    case 'descendant':
      return undefined;
    case 'unknown':
      return `could not tell whether commit ${commit} comes after ${short(last)}, which this app last applied: ${verdict.why}; applying it anyway`;
    case 'ancestor':
      if (allowOlder) return undefined;
      throw new UserError(
        `commit ${commit} is older than ${short(last)}, which this app last applied (it is one of its ancestors); refusing to go back. Set allow-older: true to roll back on purpose`,
      );
    case 'diverged':
      if (allowOlder) return undefined;
      throw new UserError(
        `commit ${commit} and ${short(last)}, which this app last applied, have diverged: neither comes after the other (a force-push, or a deploy from another branch); refusing to apply it over the other. Set allow-older: true to apply it on purpose`,
      );
  }
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
