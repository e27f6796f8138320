import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import type { Plan } from '../../src/plan/plan.js';
import { COMMENT_LIMIT, readMarker, renderPlanComment } from '../../src/report/markdown.js';

function planOf(changes: Change[]): Plan {
  return { changes, counts: countChanges(changes), syncStatus: syncStatusOf(changes), digest: 'sha256:abc' };
}
const change = (name: string, action: Change['action'], diff: string): Change => ({
  subject: `ConfigMap default/${name}`,
  ref: { apiVersion: 'v1', kind: 'ConfigMap', name },
  action,
  diff,
});
const base = {
  app: 'web',
  environment: 'production',
  sha: '0123456789abcdef',
  server: '10.0.0.1:6443',
  findings: [],
  runUrl: 'https://github.com/acme/shop/actions/runs/9',
};

describe('renderPlanComment', () => {
  it('renders marker, header, counts and one collapsible diff per changed object', () => {
    const plan = planOf([
      change('a', 'update', '--- live\n+++ desired\n-  x: 1\n+  x: 2\n'),
      change('b', 'unchanged', ''),
    ]);
    expect(renderPlanComment({ ...base, syncStatus: plan.syncStatus, plan })).toBe(
      [
        '<!-- kubesync:web:production {"digest":"sha256:abc","sha":"0123456789abcdef"} -->',
        '### kubesync plan: `web` → production',
        '',
        '**OutOfSync** on `10.0.0.1:6443` for `0123456`',
        '',
        '| create | update | delete | unchanged |',
        '| ---: | ---: | ---: | ---: |',
        '| 0 | 1 | 0 | 1 |',
        '',
        '<details><summary>ConfigMap default/a (update)</summary>',
        '',
        '````diff',
        '--- live\n+++ desired\n-  x: 1\n+  x: 2',
        '````',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('says so when the cluster matches', () => {
    const plan = planOf([change('a', 'unchanged', '')]);
    expect(renderPlanComment({ ...base, syncStatus: 'Synced', plan })).toContain(
      'No changes: the cluster matches this commit.',
    );
  });

  it('explains an Unknown status', () => {
    expect(
      renderPlanComment({
        ...base,
        syncStatus: 'Unknown',
        unknownReason: 'no cluster credentials (validated and rendered only)',
      }),
    ).toContain('Status Unknown: no cluster credentials \\(validated and rendered only\\).');
  });

  it('escapes names and stays under the limit by dropping the largest diffs first', () => {
    const huge = `${'+ line\n'.repeat(10_000)}`;
    const plan = planOf([
      change('big', 'update', huge),
      change('small', 'update', '+ x\n'),
      change('<b>', 'create', '+ y\n'),
    ]);
    const body = renderPlanComment({ ...base, syncStatus: plan.syncStatus, plan });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(
      "_Diff omitted (10001 lines) to fit GitHub's comment limit; see the [job summary](https://github.com/acme/shop/actions/runs/9)._",
    );
    expect(body).toContain('+ x');
    expect(body).toContain('ConfigMap default/\\<b\\> (create)');
  });

  it('has a marker that reads back', () => {
    const body = renderPlanComment({ ...base, syncStatus: 'Synced', plan: planOf([]) });
    expect(readMarker(body, 'web', 'production')).toEqual({ digest: 'sha256:abc', sha: '0123456789abcdef' });
    expect(readMarker(body, 'web', 'staging')).toBeUndefined();
  });
});

describe('planSummary', () => {
  it('lists findings and cuts a diff over the job summary limit with a note', async () => {
    const { planSummary, SUMMARY_LIMIT } = await import('../../src/report/summary.js');
    const plan = planOf([change('big', 'update', `${'+ line\n'.repeat(200_000)}`)]);
    const finding = {
      severity: 'warning' as const,
      rule: 'image-pinned',
      message: 'uses :latest',
      origin: { file: 'a.yaml', line: 3, column: 5 },
    };
    const summary = planSummary('kubesync plan: web', 'OutOfSync', plan, [], [finding]);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toContain('| warning | `a.yaml:3:5` | uses :latest |');
    expect(summary).toContain("GitHub's job summary limit; the diff-file output has all of it");
  });
});
