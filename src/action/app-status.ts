import type { AppOutcome } from '../app/app-outcome.js';
import { validationOf } from '../app/app-outcome.js';

/** One word for what became of an app: its sync status, or Skipped, Failed, Valid, Invalid, Refused, Promoted. */
export function statusOf(outcome: AppOutcome): string {
  switch (outcome.kind) {
    case 'skipped':
      return 'Skipped';
    case 'failed':
      return 'Failed';
    case 'validated':
    case 'rendered':
    case 'rbac':
      return validationOf(outcome)?.valid ? 'Valid' : 'Invalid';
    case 'promoted':
      return outcome.result.refused ? 'Refused' : 'Promoted';
    default:
      return outcome.result.syncStatus;
  }
}
