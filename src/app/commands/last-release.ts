import type { InventoryState } from '../../cluster/inventory.js';
import type { LastDeployment } from '../../github/github.js';

/** What `from` runs, and the commit whose status must say its last apply succeeded. */
export interface Release {
  /** The commit of the last apply tried: its status decides. */
  readonly commit: string;
  readonly images: readonly string[];
  /** Where the images were read, for people: `the ApplySet parent …` or `… source in git`. */
  readonly imagesFrom: string;
}

export type ReleaseOutcome = Release | { readonly refused: string };

/**
 * `from`'s images as its ApplySet parent recorded them at its last successful apply. The parent keeps
 * its record when an apply fails, so the newest GitHub Deployment, when there is one, names the last
 * apply tried: that is the commit whose status is checked.
 */
export function releaseFromParent(
  state: InventoryState | undefined,
  from: string,
  parent: string,
  lastDeployment: LastDeployment | undefined,
): ReleaseOutcome {
  if (!state?.lastCommit)
    return {
      refused: `${from} has no apply recorded: its ApplySet parent Secret ${parent} ${state ? 'names no applied commit' : 'does not exist'}`,
    };
  if (!state.lastImages || state.lastImages.length === 0)
    return {
      refused: `${from}'s ApplySet parent Secret ${parent} records no images (an apply by an earlier kubesync, or no workloads); apply ${from} again, then promote`,
    };
  return {
    commit: lastDeployment?.sha ?? state.lastCommit,
    images: state.lastImages,
    imagesFrom: `its ApplySet parent Secret ${parent}`,
  };
}

/** Without `from`'s cluster: the newest Deployment names its last apply, its source in git the images. */
export function releaseFromGit(
  lastDeployment: LastDeployment | undefined,
  from: string,
  sourceImages: readonly string[],
  source: string,
): ReleaseOutcome {
  if (!lastDeployment)
    return {
      refused: `${from} has no apply recorded: there is no GitHub Deployment for environment ${from} (and no credentials for its cluster, whose ApplySet parent records it)`,
    };
  if (sourceImages.length === 0) return { refused: `${source} (${from}'s source in git) runs no image` };
  return {
    commit: lastDeployment.sha,
    images: sourceImages,
    imagesFrom: `${source} (${from}'s source in git)`,
  };
}
