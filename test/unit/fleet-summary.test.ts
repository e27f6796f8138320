import { describe, expect, it } from 'vitest';
import { appsSummary } from '../../src/action/apps-summary.js';
import { ageText, fleetJson, fleetRows } from '../../src/action/fleet-view.js';
import type { AppOutcome } from '../../src/app/app-outcome.js';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import { SUMMARY_LIMIT } from '../../src/report/summary.js';
import { SecretValues } from '../../src/secrets/redact.js';

const NOW = new Date('2026-12-07T12:00:00.000Z');

function planned(app: string, changes: Change[], lastApplied?: { commit: string; at?: string }): AppOutcome {
  const plan = {
    changes,
    counts: countChanges(changes),
    syncStatus: syncStatusOf(changes),
    digest: 'sha256:abc',
  };
  return {
    kind: 'planned',
    label: app,
    environment: 'production',
    settings: {} as never,
    result: {
      app,
      validation: { valid: true, errors: 0, warnings: 0, findings: [] } as never,
      plan,
      syncStatus: plan.syncStatus,
      lastApplied,
    },
  };
}
const update = (name: string, diff: string): Change => ({
  subject: `ConfigMap default/${name}`,
  ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name },
  action: 'update',
  diff,
});

describe('the fleet view', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(ageText('2026-12-07T11:59:30.000Z', NOW)).toBe('just now');
    expect(ageText('2026-12-07T11:15:00.000Z', NOW)).toBe('45 min');
    expect(ageText('2026-12-06T09:00:00.000Z', NOW)).toBe('27 h');
    expect(ageText('2026-11-30T12:00:00.000Z', NOW)).toBe('7 d');
  });

  it('lists the commit applied and its age, and the drift issue, as JSON', () => {
    const outcome = {
      ...planned('web', [update('a', '+ x\n')], { commit: 'abcdef0123', at: '2026-12-07T11:00:00.000Z' }),
      driftIssue: { number: 4, url: 'https://github.com/acme/shop/issues/4', state: 'open' as const },
    } as AppOutcome;
    expect(JSON.parse(fleetJson(fleetRows([outcome, planned('api', [])]), NOW))).toEqual([
      {
        app: 'web',
        environment: 'production',
        status: 'OutOfSync',
        result: 'planned',
        commit: 'abcdef0123',
        appliedAt: '2026-12-07T11:00:00.000Z',
        ageSeconds: 3600,
        driftIssue: 'https://github.com/acme/shop/issues/4',
        driftIssueState: 'open',
      },
      { app: 'api', environment: 'production', status: 'Synced', result: 'planned' },
    ]);
    const summary = appsSummary('plan', [outcome], [], new SecretValues(), NOW);
    expect(summary).toContain(
      '| web | production | OutOfSync | +0 ~1 -0 | `abcdef0` · 1 h | [#4](https://github.com/acme/shop/issues/4) open |',
    );
  });

  it("shows the deploy windows' say in a column of its own, only when they had one", () => {
    const refused = {
      ...planned('web', []),
      refusal: 'an apply now would be refused: outside the deploy windows',
    } as AppOutcome;
    const rows = fleetRows([refused, planned('api', [])]);
    expect((JSON.parse(fleetJson(rows, NOW)) as unknown[])[0]).toMatchObject({
      window: 'an apply now would be refused: outside the deploy windows',
    });
    const summary = appsSummary('plan', [refused, planned('api', [])], [], new SecretValues(), NOW);
    expect(summary).toContain(
      '| app | environment | status | changes | applied | drift issue | window | notes |',
    );
    expect(summary).toContain('| an apply now would be refused: outside the deploy windows |');
    expect(appsSummary('plan', [planned('api', [])], [], new SecretValues(), NOW)).not.toContain('window');
  });

  it("stays within GitHub's 1 MiB job summary limit with thousands of apps and large diffs", () => {
    const diff = `${'+ a changed line of a large object\n'.repeat(400)}`;
    const outcomes = Array.from({ length: 3000 }, (_, index) =>
      planned(
        `app-${index}`,
        Array.from({ length: 20 }, (_, object) => update(`config-${object}`, diff)),
        { commit: '0123456789', at: '2026-12-07T11:00:00.000Z' },
      ),
    );
    const summary = appsSummary('plan', outcomes, [], new SecretValues(), NOW);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toContain('| app-0 | production | OutOfSync |');
    expect(summary).toMatch(/left out to keep within GitHub's job summary limit/);
  });
});
