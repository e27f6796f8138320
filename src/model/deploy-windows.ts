import { Cron } from 'croner';

/**
 * A deploy window in Argo CD's sync-window form: from each time `schedule` fires (read in `timeZone`),
 * for `durationMs`, applies to `environments` are allowed (allow) or refused (deny).
 */
export interface DeployWindow {
  readonly kind: 'allow' | 'deny';
  readonly schedule: string;
  readonly durationMs: number;
  readonly timeZone: string;
  /** The environments it rules; empty: every environment. */
  readonly environments: readonly string[];
}

export type WindowVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Why, in words: the deny window that is open, or that no allow window is. */
      readonly reason: string;
      /** When the environment is next allowed, if within a year. */
      readonly nextOpening?: Date;
    };

/** A year of openings and closings is searched for the next opening; past that, none is named. */
const HORIZON_MS = 366 * 24 * 3_600_000;
const MAX_STEPS = 10_000;

/** The cron schedule, or the reason it is not one (five fields, as Argo CD reads them). */
export function scheduleProblem(schedule: string, timeZone: string): string | undefined {
  try {
    cronOf(schedule, timeZone).nextRun(new Date(0));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export function timeZoneProblem(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return undefined;
  } catch {
    return `"${timeZone}" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York`;
  }
}

function cronOf(schedule: string, timeZone: string): Cron {
  return new Cron(schedule, { timezone: timeZone, mode: '5-part', paused: true });
}

/** The windows that rule an environment. */
export function windowsOf(windows: readonly DeployWindow[], environment: string): DeployWindow[] {
  return windows.filter(
    (window) =>
      window.environments.length === 0 ||
      window.environments.some((pattern) => pattern === '*' || pattern === environment),
  );
}

/**
 * The start of the window's occurrence open at `at`, if one is: the first time the schedule fires
 * after `at` less the duration is at or before `at` (as Argo CD computes it).
 */
function openSince(window: DeployWindow, at: Date): Date | undefined {
  const start = cronOf(window.schedule, window.timeZone).nextRun(new Date(at.getTime() - window.durationMs));
  return start && start.getTime() <= at.getTime() ? start : undefined;
}

function isAllowedAt(windows: readonly DeployWindow[], at: Date): boolean {
  if (windows.some((window) => window.kind === 'deny' && openSince(window, at))) return false;
  const allows = windows.filter((window) => window.kind === 'allow');
  return allows.length === 0 || allows.some((window) => openSince(window, at));
}

/**
 * Argo CD's rule: no windows, always allowed; an open deny window refuses, whatever else is open; with
 * allow windows, only inside one of them. `windows` are the environment's (windowsOf).
 */
export function evaluateWindows(windows: readonly DeployWindow[], now: Date): WindowVerdict {
  if (isAllowedAt(windows, now)) return { allowed: true };
  const deny = windows.find((window) => window.kind === 'deny' && openSince(window, now));
  const reason = deny
    ? `the deny window "${deny.schedule}" (${deny.timeZone}) is open`
    : 'no allow window is open';
  return { allowed: false, reason, nextOpening: nextOpening(windows, now) };
}

/** The next moment the verdict can change: an allow window opening, or an open deny window closing. */
function nextChange(windows: readonly DeployWindow[], after: Date): Date | undefined {
  const times = windows.flatMap((window) => {
    if (window.kind === 'allow') return [cronOf(window.schedule, window.timeZone).nextRun(after)];
    const since = openSince(window, after);
    return since ? [new Date(since.getTime() + window.durationMs)] : [];
  });
  const valid = times.filter((time): time is Date => time !== null && time.getTime() > after.getTime());
  return valid.length > 0 ? new Date(Math.min(...valid.map((time) => time.getTime()))) : undefined;
}

function nextOpening(windows: readonly DeployWindow[], now: Date): Date | undefined {
  let at: Date | undefined = now;
  for (let step = 0; step < MAX_STEPS && at; step++) {
    at = nextChange(windows, at);
    if (!at || at.getTime() - now.getTime() > HORIZON_MS) return undefined;
    if (isAllowedAt(windows, at)) return at;
  }
  return undefined;
}

/** 2026-12-07 09:00 UTC, and the same moment in the windows' own time zone when that is another. */
export function formatOpening(at: Date, timeZone: string): string {
  const utc = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (timeZone === 'UTC') return utc;
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `${utc} (${local} ${timeZone})`;
}
