import type { ApplyResult } from '../sync/sync-context.js';
import type { PlanResult } from './commands/plan.js';
import type { PromotionResult } from '../promote/promotion-result.js';
import type { RbacResult } from './commands/rbac.js';
import type { RenderResult } from './commands/render.js';
import type { ValidationResult } from '../validate/validation-result.js';
import type { Settings } from '../settings/inputs.js';
import type { Plan } from '../plan/plan.js';
import type { DriftIssueLink } from './records/drift-issue.js';

/** The commit an app's ApplySet parent records as applied, and when (ISO 8601; older applies have none). */
export interface LastApplied {
  readonly commit: string;
  readonly at?: string;
}

interface Named {
  /** The app's name, or its manifest path when it failed before it had one. */
  readonly label: string;
  readonly environment?: string;
}

/** What an apply left on GitHub besides the cluster. */
export interface ApplyRecorded {
  /** What GitHub would not take, one line each; the apply went on. */
  readonly warnings: readonly string[];
  readonly deploymentId?: number;
  readonly environmentUrl?: string;
  /** The drift issue this apply closed. */
  readonly driftIssue?: DriftIssueLink;
}

/**
 * What running one app came to, as data: the action turns it into outputs, annotations and the job
 * summary, the CLI into text and an exit code.
 */
export type AppOutcome = Named &
  (
    | { readonly kind: 'skipped'; readonly reason: string }
    | { readonly kind: 'failed'; readonly message: string }
    | { readonly kind: 'validated'; readonly settings: Settings; readonly validation: ValidationResult }
    | { readonly kind: 'rendered'; readonly settings: Settings; readonly result: RenderResult }
    | { readonly kind: 'rbac'; readonly settings: Settings; readonly result: RbacResult }
    | {
        readonly kind: 'planned';
        readonly settings: Settings;
        readonly result: PlanResult;
        /** Why an apply now would be refused (deploy windows). */
        readonly refusal?: string;
        /** The drift issue a scheduled plan opened, kept up to date or closed. */
        readonly driftIssue?: DriftIssueLink;
      }
    | {
        readonly kind: 'applied';
        readonly settings: Settings;
        readonly result: ApplyResult;
        readonly recorded: ApplyRecorded;
        /** The scheduled plan that found the drift this apply healed. */
        readonly healed?: PlanResult;
        /** Who let it through outside its deploy windows. */
        readonly windowOverride?: string;
        /** The commit this apply left running, and when: only when it ended Synced. */
        readonly lastApplied?: LastApplied;
      }
    | { readonly kind: 'promoted'; readonly result: PromotionResult }
  );

/** Whether the app fails the run: it failed to run, its manifests are invalid, its apply failed, or its promotion was refused. */
export function hasFailed(outcome: AppOutcome): boolean {
  switch (outcome.kind) {
    case 'failed':
      return true;
    case 'applied':
      return outcome.result.syncStatus === 'Failed';
    case 'validated':
      return !outcome.validation.valid;
    case 'rendered':
    case 'rbac':
    case 'planned':
      return !outcome.result.validation.valid;
    case 'promoted':
      return Boolean(outcome.result.refused);
    case 'skipped':
      return false;
  }
}

export function validationOf(outcome: AppOutcome): ValidationResult | undefined {
  switch (outcome.kind) {
    case 'validated':
      return outcome.validation;
    case 'rendered':
    case 'rbac':
    case 'planned':
    case 'applied':
      return outcome.result.validation;
    default:
      return undefined;
  }
}

export function planOf(outcome: AppOutcome): Plan | undefined {
  return outcome.kind === 'planned' || outcome.kind === 'applied' ? outcome.result.plan : undefined;
}
