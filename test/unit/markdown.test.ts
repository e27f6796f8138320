import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import type { Plan } from '../../src/plan/plan.js';
import { readMarker, redactComment } from '../../src/github/comment-marker.js';
import { COMMENT_LIMIT, renderPlanComment } from '../../src/report/markdown.js';
import type { ReviewedPlan } from '../../src/app/records/reviewed-plan.js';
import { desiredDigest, reviewProblem } from '../../src/app/records/reviewed-plan.js';
import { SecretValues } from '../../src/secrets/redact.js';

/** This file's redaction: what one test registers, later ones see too. */
const secrets = new SecretValues();

function planOf(changes: Change[]): Plan {
  return { changes, counts: countChanges(changes), syncStatus: syncStatusOf(changes), digest: 'sha256:abc' };
}
const change = (name: string, action: Change['action'], diff: string): Change => ({
  subject: `ConfigMap default/${name}`,
  ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name },
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
  it('renders marker, header, counts, the table of changes and one collapsible diff per changed object', () => {
    const plan = planOf([
      change('a', 'update', '--- live\n+++ desired\n-  x: 1\n+  x: 2\n'),
      change('b', 'unchanged', ''),
    ]);
    expect(renderPlanComment({ ...base, syncStatus: plan.syncStatus, plan }, secrets)).toBe(
      [
        '<!-- kubesync:web:production {"digest":"sha256:abc","desired":"","sha":"0123456789abcdef"} -->',
        '### kubesync plan: `web` → `production`',
        '',
        '**OutOfSync** on `10.0.0.1:6443` for `0123456` · [workflow run](https://github.com/acme/shop/actions/runs/9)',
        '',
        '1 to update, 1 unchanged.',
        '',
        '| kind | namespace/name | action | key change |',
        '| --- | --- | --- | --- |',
        '| ConfigMap | `default/a` | update |  |',
        '',
        '<details><summary>ConfigMap default/a (update)</summary>',
        '',
        '````diff',
        '--- live\n+++ desired\n-  x: 1\n+  x: 2',
        '````',
        '',
        '</details>',
        '',
        '',
        '**Next:** merging applies this to `production`.',
        '',
      ].join('\n'),
    );
  });

  it('says so when the cluster matches', () => {
    const plan = planOf([change('a', 'unchanged', '')]);
    expect(renderPlanComment({ ...base, syncStatus: 'Synced', plan }, secrets)).toContain(
      'No changes: the cluster matches this commit.',
    );
  });

  it('explains an Unknown status', () => {
    expect(
      renderPlanComment(
        {
          ...base,
          syncStatus: 'Unknown',
          unknownReason: 'no cluster credentials (validated and rendered only)',
        },
        secrets,
      ),
    ).toContain('Status Unknown: no cluster credentials \\(validated and rendered only\\).');
  });

  it('escapes names and stays under the limit by cutting the largest diff after a whole line', () => {
    const huge = `${'+ line\n'.repeat(10_000)}`;
    const plan = planOf([
      change('big', 'update', huge),
      change('small', 'update', '+ x\n'),
      change('<b>', 'create', '+ y\n'),
    ]);
    const body = renderPlanComment({ ...base, syncStatus: plan.syncStatus, plan }, secrets);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(
      /\+ line\n````\n\n_Diff cut after \d+ of 10000 lines to fit the comment; the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/9\) and the diff file \(the `diff-file` output\) have all of it\._/,
    );
    expect(body).toContain('+ x');
    // Inside <summary> Markdown escapes do not apply: HTML entities do.
    expect(body).toContain('<summary>ConfigMap default/&lt;b&gt; (create)</summary>');
    expect(body).toContain('| ConfigMap | `default/<b>` | create |  |');
  });

  it('has a marker that reads back', () => {
    const body = renderPlanComment(
      {
        ...base,
        syncStatus: 'Synced',
        plan: planOf([]),
        desiredDigest: 'sha256:def',
      },
      secrets,
    );
    expect(readMarker(body, 'web', 'production')).toEqual({
      digest: 'sha256:abc',
      desired: 'sha256:def',
      sha: '0123456789abcdef',
    });
    expect(readMarker(body, 'web', 'staging')).toBeUndefined();
  });

  it('keeps the app and environment names as written when a secret value equals one, and redacts free text', () => {
    secrets.register('storefront');
    secrets.register('production');
    secrets.register('s3cr3t-in-a-message');
    const input = { ...base, app: 'storefront', syncStatus: 'Synced', plan: planOf([]) };
    const body = renderPlanComment(
      { ...input, unknownReason: 'a webhook said s3cr3t-in-a-message' },
      secrets,
    );
    expect(body).toMatch(/^<!-- kubesync:storefront:production \{"digest":"sha256:abc"/);
    expect(readMarker(body, 'storefront', 'production')?.digest).toBe('sha256:abc');
    expect(body).toContain('### kubesync plan: `storefront` → `production`');
    expect(body).toContain('Status Unknown: a webhook said ***.');
    expect(body).not.toContain('s3cr3t');
    // The Octokit hook redacts once more, and keeps the marker line and the names too.
    expect(redactComment(body, secrets)).toBe(body);
    expect(redactComment('s3cr3t-in-a-message\n<!-- kubesync:x -->', secrets)).toBe(
      '***\n<!-- kubesync:x -->',
    );
  });
});

describe('planSummary', () => {
  it('lists findings and cuts a diff over the 1 MiB job summary limit after a whole line, in bytes', async () => {
    const { planSummary, SUMMARY_LIMIT } = await import('../../src/report/summary.js');
    // Three bytes a character in UTF-8: a cut by characters would be three times over the limit.
    const plan = planOf([change('big', 'update', `${'+ línea €€€€€€€€€€\n'.repeat(100_000)}`)]);
    const finding = {
      severity: 'warning' as const,
      rule: 'image-pinned',
      message: 'uses :latest',
      origin: { file: 'a.yaml', line: 3, column: 5 },
    };
    const summary = planSummary(secrets, 'kubesync plan: web', 'OutOfSync', plan, [], [finding]);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toContain('| warning | `a.yaml:3:5` | uses :latest |');
    expect(summary).toMatch(
      /\+ línea €€€€€€€€€€\n````\n\n_The diffs of 0 of 1 objects are above, and the first lines of the next, to keep within GitHub's 1 MiB job summary limit; the diff-file output has all of them\._/,
    );
  });
});

describe('reviewProblem', () => {
  const reviewed = (marker?: ReviewedPlan['marker'], ignoredAuthors: string[] = []): ReviewedPlan => ({
    pull: 7,
    marker,
    identity: 'github-actions[bot]',
    ignoredAuthors,
  });
  const current = { digest: 'sha256:plan', desired: 'sha256:manifests' };
  const sha = 'feedfacefeedface';

  it.each([
    ['the reviewed plan', { digest: 'sha256:plan', desired: 'sha256:manifests', sha }, undefined],
    [
      'other manifests',
      { digest: 'sha256:old', desired: 'sha256:other', sha },
      'the manifests differ from the ones reviewed in pull request #7 (at feedfac)',
    ],
    [
      'the same manifests, other planned changes',
      { digest: 'sha256:old', desired: 'sha256:manifests', sha },
      'the manifests are the ones reviewed in pull request #7 (at feedfac), but the planned changes differ: the cluster changed since the review, or prune is set differently',
    ],
    [
      'a comment from before the manifests had their own hash',
      { digest: 'sha256:old', sha },
      'the plan differs from the one reviewed in pull request #7 (at feedfac)',
    ],
  ])('names what differs: %s', (_name, marker, expected) => {
    expect(reviewProblem(reviewed(marker), 'web', current)).toBe(expected);
  });

  it('says whose comments it ignored when none of its own carries a plan', () => {
    expect(reviewProblem(reviewed(undefined, ['mallory']), 'web', current)).toBe(
      'no reviewed plan found for web in pull request #7 (ignored a comment by mallory: only comments by github-actions[bot], the identity kubesync runs as, count)',
    );
    expect(reviewProblem({ identity: '', ignoredAuthors: [] }, 'web', current)).toBe(
      'no reviewed plan found for web (the commit belongs to no pull request)',
    );
  });
});

describe('desiredDigest', () => {
  const configMap = (value: string, action: Change['action']): Change => ({
    ...change('a', action, ''),
    desired: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: value } },
  });

  it('depends on the desired objects, not on the planned actions', () => {
    expect(desiredDigest({ changes: [configMap('1', 'create')] })).toBe(
      desiredDigest({ changes: [configMap('1', 'update')] }),
    );
    expect(desiredDigest({ changes: [configMap('1', 'create')] })).not.toBe(
      desiredDigest({ changes: [configMap('2', 'create')] }),
    );
    expect(desiredDigest({ changes: [configMap('1', 'create'), change('b', 'delete', '')] })).toBe(
      desiredDigest({ changes: [configMap('1', 'create')] }),
    );
  });
});
