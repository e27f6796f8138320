import type { AppOutcome, LastApplied } from '../app/app-outcome.js';
import { statusOf } from './app-status.js';

/** One app × environment of the step, as the fleet view shows it. */
export interface FleetRow {
  readonly app: string;
  readonly environment: string;
  /** Synced, OutOfSync, Failed, Unknown, Skipped… (the apps table's status). */
  readonly status: string;
  /** What this run did with the app. */
  readonly result: 'planned' | 'applied' | 'healed' | 'dry run' | 'failed' | 'skipped' | 'other';
  /** What runs in the cluster: the commit its ApplySet parent records, and when it was applied. */
  readonly applied?: LastApplied;
  readonly driftIssue?: { readonly url: string; readonly number: number; readonly state: 'open' | 'closed' };
  /** The deploy windows' say: why an apply now would be refused, or who let this one through. */
  readonly window?: string;
}

/** The fleet: every app × environment of the step, in the order they ran. */
export function fleetRows(outcomes: readonly AppOutcome[]): FleetRow[] {
  return outcomes.map((outcome) => ({
    app: outcome.label,
    environment: outcome.environment ?? '',
    status: statusOf(outcome),
    result: resultOf(outcome),
    applied: appliedOf(outcome),
    driftIssue: driftIssueOf(outcome),
    window: windowOf(outcome),
  }));
}

/** The `fleet` output: the rows as JSON, with the age in seconds as of `now` where the time is known. */
export function fleetJson(rows: readonly FleetRow[], now: Date): string {
  return JSON.stringify(
    rows.map((row) => ({
      app: row.app,
      environment: row.environment,
      status: row.status,
      result: row.result,
      ...(row.applied
        ? {
            commit: row.applied.commit,
            ...(row.applied.at
              ? { appliedAt: row.applied.at, ageSeconds: ageSecondsOf(row.applied.at, now) }
              : {}),
          }
        : {}),
      ...(row.driftIssue ? { driftIssue: row.driftIssue.url, driftIssueState: row.driftIssue.state } : {}),
      ...(row.window ? { window: row.window } : {}),
    })),
  );
}

/** `3 min`, `5 h`, `2 d`: how long ago, in the largest whole unit. */
export function ageText(at: string, now: Date): string {
  const seconds = ageSecondsOf(at, now);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

function ageSecondsOf(at: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 1000));
}

function resultOf(outcome: AppOutcome): FleetRow['result'] {
  switch (outcome.kind) {
    case 'planned':
      return 'planned';
    case 'applied':
      if (outcome.result.syncStatus === 'Failed') return 'failed';
      if (outcome.result.dryRun) return 'dry run';
      return outcome.healed ? 'healed' : 'applied';
    case 'failed':
      return 'failed';
    case 'skipped':
      return 'skipped';
    default:
      return 'other';
  }
}

/** An apply that ended Synced left its own commit; otherwise what the plan read from the parent. */
function appliedOf(outcome: AppOutcome): LastApplied | undefined {
  if (outcome.kind === 'planned') return outcome.result.lastApplied;
  if (outcome.kind === 'applied') return outcome.lastApplied ?? outcome.healed?.lastApplied;
  return undefined;
}

function driftIssueOf(outcome: AppOutcome): FleetRow['driftIssue'] {
  if (outcome.kind === 'planned') return outcome.driftIssue;
  if (outcome.kind === 'applied') return outcome.recorded.driftIssue;
  return undefined;
}

function windowOf(outcome: AppOutcome): string | undefined {
  if (outcome.kind === 'planned') return outcome.refusal || undefined;
  if (outcome.kind === 'applied' && outcome.windowOverride)
    return `outside the deploy windows: let through by ${outcome.windowOverride}`;
  return undefined;
}
