import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import type { Plan } from '../../src/plan/plan.js';
import { redactComment } from '../../src/github/comment-marker.js';
import { driftIssueTitle, driftResolvedComment, renderDriftIssue } from '../../src/report/drift-issue.js';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import { SecretValues } from '../../src/secrets/redact.js';

const secrets = new SecretValues();

function planOf(changes: Change[]): Plan {
  return { changes, counts: countChanges(changes), syncStatus: syncStatusOf(changes), digest: 'sha256:abc' };
}
const change = (name: string, diff: string): Change => ({
  subject: `ConfigMap default/${name}`,
  ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name },
  action: 'update',
  diff,
});
const input = (plan: Plan) => ({
  app: 'web',
  environment: 'production',
  sha: '0123456789abcdef',
  cluster: 'prod-eu',
  plan,
  runUrl: 'https://github.com/acme/shop/actions/runs/9',
  repositoryUrl: 'https://github.com/acme/shop',
  seenAt: '2026-12-07T06:00:00.000Z',
  selfHeal: false,
});

describe('the drift issue', () => {
  it('starts with its marker, says where and since which run, and shows the overview and each diff', () => {
    const body = renderDriftIssue(
      input(planOf([change('a', '--- live\n+++ desired\n-  x: 1\n+  x: 2\n')])),
      secrets,
    );
    expect(body.split('\n').slice(0, 6)).toEqual([
      '<!-- kubesync:drift-issue:web:production -->',
      '### kubesync: web drifted in production',
      '',
      'The cluster on `prod-eu` no longer matches [`0123456`](https://github.com/acme/shop/commit/0123456789abcdef), and nothing in git asked for the change: someone or something changed it in the cluster.',
      '',
      'Last seen by the plan of [this workflow run](https://github.com/acme/shop/actions/runs/9) at 2026-12-07T06:00:00.000Z. 1 to update, 0 unchanged.',
    ]);
    expect(body).toContain('| ConfigMap | `default/a` | update |  |');
    expect(body).toContain('<details><summary>ConfigMap default/a (update)</summary>');
    expect(body).toContain('-  x: 1\n+  x: 2');
    expect(body).toContain('This issue closes itself once a plan finds the app Synced.');
  });

  it("stays within GitHub's limit for an issue body, pointing at the job summary for what was left out", () => {
    const changes = Array.from({ length: 400 }, (_, index) =>
      change(`config-${index}`, `${'+ a line of the drifted object\n'.repeat(200)}`),
    );
    const body = renderDriftIssue(input(planOf(changes)), secrets);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(
      /more diffs? did not fit in 1 comment: see the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/9\)/,
    );
    expect(body.startsWith('<!-- kubesync:drift-issue:web:production -->\n')).toBe(true);
  });

  it('redacts secret values from the diffs and keeps its marker line as it is', () => {
    const values = new SecretValues();
    values.register('hunter2-token');
    const body = renderDriftIssue(
      input(planOf([change('a', '--- live\n+++ desired\n-  token: hunter2-token\n+  token: x\n')])),
      values,
    );
    expect(body).not.toContain('hunter2-token');
    expect(redactComment(body, values).startsWith('<!-- kubesync:drift-issue:web:production -->\n')).toBe(
      true,
    );
  });

  it('is titled and closed in plain words', () => {
    expect(driftIssueTitle('web', '')).toBe('kubesync: web drifted');
    expect(driftResolvedComment('synced', 'abcdef0123', 'https://run')).toBe(
      'The app is Synced again: the plan finds the cluster matching `abcdef0` again ([workflow run](https://run)). Closing.',
    );
  });
});
