import type { InventoryState } from '../cluster/inventory.js';
import type { ClusterSession } from '../cluster/session.js';
import type { FailureReport } from '../model/failure-report.js';
import type { Log } from '../model/log.js';
import type { Provenance } from '../model/provenance.js';
import type { SyncStatus } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import type { PlanOutcome } from '../plan/plan-outcome.js';
import type { ValidationResult } from '../validate/validation-result.js';
import type { CommitAncestry } from './commit-order.js';
import type { SyncSettings } from './sync-settings.js';

/** What an apply did. */
export interface ApplyResult {
  readonly app: string;
  readonly validation: ValidationResult;
  readonly plan?: Plan;
  readonly syncStatus: SyncStatus | 'Failed';
  readonly dryRun: boolean;
  /** One line per object restored or deleted by a rollback. */
  readonly restored: string[];
  readonly pruned: string[];
  /** Why the apply failed, one line each. */
  readonly problems: string[];
  readonly server?: string;
  /** The image `build` built and pushed, pinned by digest; what the Application deployed. */
  readonly image?: string;
  /** What the canary and blue-green rollouts did, one line each. */
  readonly notes?: readonly string[];
  /** Why the sync is not finished though nothing failed: a canary waits for canary-decision. */
  readonly waiting?: string;
  /** Why each object that did not become ready did not, most telling line first. */
  readonly failures?: readonly FailureReport[];
}

/** Timing knobs tests shorten; production uses the defaults. */
export interface ApplyTiming {
  readonly pollMs?: number;
  readonly lockPollMs?: number;
  readonly leaseSeconds?: number;
  /** Aborted when the run is cancelled: no new stage starts, and the outcome says so. */
  readonly signal?: AbortSignal;
}

/**
 * What the entry adds to an apply: the GitHub records (once the app is known and valid, and once its
 * plan is known) and the order of commits in git history.
 */
export interface ApplyHooks {
  readonly started?: (app: string) => Promise<void>;
  /**
   * May throw a UserError to refuse the apply (the stale-plan guard). Returns who approved the plan's
   * destructive changes (a pull request's label), when someone did.
   */
  readonly planned?: (plan: Plan) => Promise<{ readonly destructiveApprovedBy?: string } | undefined>;
  /** A canary or blue-green rollout's stage, for the GitHub Deployment's in_progress status. */
  readonly progress?: (description: string) => Promise<void>;
  /**
   * How the commit stands to the one last applied, from git history (refuses an older one); without
   * it history is unknown, and the apply goes on with a warning.
   */
  readonly ancestry?: CommitAncestry;
}

/** What every stage of one sync reads. */
export interface SyncContext {
  readonly session: ClusterSession;
  readonly settings: SyncSettings;
  readonly validation: ValidationResult;
  readonly provenance: Provenance;
  readonly log: Log;
  readonly timing: ApplyTiming;
  readonly app: string;
  readonly hooks: ApplyHooks;
  /** Plans every object against the cluster (a dry run of each), for an apply or a dry-run apply. */
  readonly plan: (purpose: 'plan' | 'apply', state: InventoryState | undefined) => Promise<PlanOutcome>;
  /**
   * Throws when the run must not start another stage that writes: it was cancelled, or (a dry run
   * takes no lock) it no longer holds the lock.
   */
  readonly confirm: () => Promise<void>;
  /** Why each object that did not become ready did not: the stages add, the result carries them. */
  readonly failures: FailureReport[];
}
