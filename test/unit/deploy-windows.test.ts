import { describe, expect, it } from 'vitest';
import {
  evaluateWindows,
  formatOpening,
  windowsOf,
  type DeployWindow,
} from '../../src/model/deploy-windows.js';
import { deployWindows } from '../../src/settings/value-schemas.js';

const HOUR = 3_600_000;
const window = (kind: 'allow' | 'deny', schedule: string, hours: number, timeZone = 'UTC'): DeployWindow => ({
  kind,
  schedule,
  durationMs: hours * HOUR,
  timeZone,
  environments: [],
});
const at = (iso: string) => new Date(iso);

describe('deploy windows, as Argo CD reads sync windows', () => {
  // Monday 7 December 2026.
  const workingHours = window('allow', '0 9 * * 1-5', 8, 'Europe/Berlin');

  it('allows everything without windows', () => {
    expect(evaluateWindows([], at('2026-12-05T03:00:00Z'))).toEqual({ allowed: true });
  });

  it('allows only inside an allow window, read in its time zone, and names the next opening', () => {
    expect(evaluateWindows([workingHours], at('2026-12-07T08:00:00Z'))).toEqual({ allowed: true });
    // 16:59 in Berlin is inside, 17:00 is the end.
    expect(evaluateWindows([workingHours], at('2026-12-07T15:59:00Z')).allowed).toBe(true);
    const evening = evaluateWindows([workingHours], at('2026-12-07T16:00:00Z'));
    expect(evening).toEqual({
      allowed: false,
      reason: 'no allow window is open',
      nextOpening: at('2026-12-08T08:00:00Z'),
    });
    // Friday evening: the next opening is Monday.
    const weekend = evaluateWindows([workingHours], at('2026-12-11T18:00:00Z'));
    expect(weekend.allowed ? undefined : weekend.nextOpening).toEqual(at('2026-12-14T08:00:00Z'));
  });

  it('refuses inside a deny window even when an allow window is open, and opens when it closes', () => {
    const fridayAfternoon = window('deny', '0 14 * * 5', 3, 'Europe/Berlin');
    const verdict = evaluateWindows([workingHours, fridayAfternoon], at('2026-12-11T14:00:00Z'));
    expect(verdict).toEqual({
      allowed: false,
      reason: 'the deny window "0 14 * * 5" (Europe/Berlin) is open',
      // The deny window closes at 17:00 Berlin, when the allow window has closed too: Monday 09:00.
      nextOpening: at('2026-12-14T08:00:00Z'),
    });
    const lunch = window('deny', '0 12 * * *', 1, 'Europe/Berlin');
    const atLunch = evaluateWindows([workingHours, lunch], at('2026-12-08T11:30:00Z'));
    expect(atLunch.allowed ? undefined : atLunch.nextOpening).toEqual(at('2026-12-08T12:00:00Z'));
  });

  it('follows daylight saving time in the window’s time zone', () => {
    const morning = window('allow', '0 9 * * *', 1, 'America/New_York');
    // Saturday 7 March 2026 is EST (UTC-5); Monday 9 March is EDT (UTC-4), after the change on the 8th.
    expect(evaluateWindows([morning], at('2026-03-07T14:30:00Z')).allowed).toBe(true);
    expect(evaluateWindows([morning], at('2026-03-07T13:30:00Z')).allowed).toBe(false);
    expect(evaluateWindows([morning], at('2026-03-09T13:30:00Z')).allowed).toBe(true);
    expect(evaluateWindows([morning], at('2026-03-09T14:30:00Z')).allowed).toBe(false);
    const sunday = evaluateWindows([morning], at('2026-03-08T00:00:00Z'));
    expect(sunday.allowed ? undefined : sunday.nextOpening).toEqual(at('2026-03-08T13:00:00Z'));
    expect(formatOpening(at('2026-03-08T13:00:00Z'), 'America/New_York')).toBe(
      '2026-03-08 13:00 UTC (2026-03-08 09:00 America/New_York)',
    );
  });

  it('names no opening when none comes within a year', () => {
    const never = window('deny', '* * * * *', 2);
    const verdict = evaluateWindows([never], at('2026-12-07T00:00:00Z'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? 'open' : verdict.nextOpening).toBeUndefined();
  });

  it('rules only the environments a window names, or all when it names none', () => {
    const production = { ...window('deny', '0 0 * * *', 24), environments: ['production'] };
    const everywhere = window('allow', '0 9 * * *', 1);
    expect(windowsOf([production, everywhere], 'staging')).toEqual([everywhere]);
    expect(windowsOf([production, everywhere], 'production')).toEqual([production, everywhere]);
  });
});

describe('the deploy-windows input', () => {
  it('reads a YAML list in Argo CD’s form', () => {
    const parsed = deployWindows.parse(
      '- kind: deny\n  schedule: "0 16 * * 5"\n  duration: 2h30m\n  timeZone: Europe/Berlin\n  environments: [production]\n- kind: allow\n  schedule: "0 9 * * 1-5"\n  duration: 8h\n',
    );
    expect(parsed).toEqual([
      {
        kind: 'deny',
        schedule: '0 16 * * 5',
        durationMs: 2.5 * HOUR,
        timeZone: 'Europe/Berlin',
        environments: ['production'],
      },
      { kind: 'allow', schedule: '0 9 * * 1-5', durationMs: 8 * HOUR, timeZone: 'UTC', environments: [] },
    ]);
    expect(deployWindows.parse('')).toEqual([]);
  });

  it('names the window and field of each mistake', () => {
    const result = deployWindows.safeParse(
      '- kind: allow\n  schedule: "0 9 * *"\n  duration: 1h\n- kind: deny\n  schedule: "0 9 * * *"\n  duration: 1d\n  timeZone: Mars/Olympus\n',
    );
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContainEqual(
      expect.stringMatching(/^\[0\.schedule\] "0 9 \* \*" is not a cron schedule/),
    );
    expect(messages).toContainEqual('[1.duration] "1d" is not a duration; write e.g. 1h, 30m or 2h30m');
    expect(messages).toContainEqual(
      expect.stringMatching(/^\[1\.timeZone\] "Mars\/Olympus" is not an IANA time zone/),
    );
  });
});
