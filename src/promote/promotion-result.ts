import type { ImageMove } from './image-moves.js';

/** What one app's promotion came to. */
export interface PromotionResult {
  readonly app: string;
  readonly from: string;
  readonly to: string;
  /** Why nothing was promoted: `from`'s last apply did not succeed, or recorded nothing to promote. */
  readonly refused?: string;
  /** The images of `to` that `from` runs too, changed or not. */
  readonly images: readonly ImageMove[];
  /** The commit `from` last applied. */
  readonly fromCommit?: string;
  /** The file of `to` edited, relative to the workspace. */
  readonly editedFile?: string;
  /** Absent on refusal, and when `to`'s source already holds `from`'s images. */
  readonly pullRequest?: PromotionPullRequest;
}

/** The pull request that carries a promotion. */
export interface PromotionPullRequest {
  readonly number: number;
  readonly url: string;
  readonly created: boolean;
}
