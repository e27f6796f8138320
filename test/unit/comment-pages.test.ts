import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/plan/change.js';
import { readMarker } from '../../src/github/comment-marker.js';
import { reviewDiff } from '../../src/plan/review-diff.js';
import { COMMENT_LIMIT, renderPlanComments } from '../../src/report/markdown.js';
import { planSummary, SUMMARY_LIMIT } from '../../src/report/summary.js';
import { SecretValues } from '../../src/secrets/redact.js';
import {
  applied,
  boutiqueComment,
  deployment,
  planned,
  planOf,
  removed,
  service,
} from '../fixtures/boutique-plan.js';
import { readGfm } from '../support/gfm-structure.js';

const secrets = new SecretValues();

/** 1,000 Deployments with a new image, 1,000 new Services, 1,000 ConfigMaps pruned: 3,000 changed objects. */
function bigChanges(count = 1000): Change[] {
  const changes: Change[] = [];
  for (let index = 0; index < count; index++) {
    const name = `worker-${String(index).padStart(4, '0')}`;
    const image = `ghcr.io/acme/${name}`;
    changes.push(planned(deployment(name, `${image}:2.0.0`), applied(deployment(name, `${image}:1.9.0`))));
    changes.push(planned(service(name)));
    changes.push(
      removed({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { key: name } }, true),
    );
  }
  return changes;
}

/** Every object a set of comments names: in a block's summary, a table row or a line of the list. */
function namedIn(bodies: readonly string[], change: Change): boolean {
  const { kind, namespace, name } = change.ref;
  const path = `${namespace}/${name}`;
  return bodies.some(
    (body) =>
      body.includes(`<summary>${kind} ${path} (`) ||
      body.includes(`| ${kind} | \`${path}\` |`) ||
      body.includes(`- ${kind} \`${path}\` (`),
  );
}

describe('a plan of 3,000 changed objects over several comments', () => {
  const changes = bigChanges();
  const input = { ...boutiqueComment({ prune: true }), plan: planOf(changes) };

  it('opens with the counts by kind and action and the largest changes, and names every object across the comments', () => {
    const bodies = renderPlanComments(input, secrets, 10);
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) {
      expect(body.length).toBeLessThan(COMMENT_LIMIT);
      expect(readGfm(body).problems).toEqual([]);
    }
    const first = bodies[0] ?? '';
    const counts = readGfm(first).tables.find((table) => table.header[0] === 'kind');
    expect(counts?.header).toEqual(['kind', 'update', 'delete', 'create']);
    expect(counts?.rows).toEqual([
      ['ConfigMap', '0', '1000', '0'],
      ['Deployment', '1000', '0', '0'],
      ['Service', '0', '0', '1000'],
    ]);
    expect(first).toContain('The largest 10 changes:');
    expect(first).toContain(`_The diffs go on in ${bodies.length - 1} more comments below._`);
    expect(first).toMatch(/\*\*Next:\*\* merging applies this to `production`/);
    // The first comment alone carries the marker apply reads; the others are numbered.
    expect(readMarker(first, 'shop', 'production')?.digest).toBe(input.plan.digest);
    bodies.slice(1).forEach((body, index) => {
      expect(body).toMatch(new RegExp(`^<!-- kubesync:shop:production:part-${index + 2} \\{"sha":`));
      expect(readMarker(body, 'shop', 'production')).toBeUndefined();
      expect(body).toContain(`part ${index + 2} of ${bodies.length}`);
    });
    const missing = changes.filter((change) => !namedIn(bodies, change));
    expect(missing.map((change) => change.subject)).toEqual([]);
  });

  it('names the objects whose diff fits in no comment, pointing at the job summary and the diff file', () => {
    const bodies = renderPlanComments(input, secrets, 4);
    expect(bodies).toHaveLength(4);
    const all = bodies.join('\n');
    expect(all).toMatch(
      /_\d+ more diffs did not fit in 4 comments: see the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/42\) and the diff file \(the `diff-file` output, uploaded as an artifact of the \[workflow run\]/,
    );
    expect(all).toContain('- ConfigMap `shop/worker-0999` (delete, diff in the diff file)');
    for (const body of bodies) expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(changes.filter((change) => !namedIn(bodies, change))).toEqual([]);
  });

  it('keeps the job summary under 1 MiB with every object in its table', () => {
    const summary = planSummary(secrets, 'kubesync plan: storefront', 'OutOfSync', input.plan, []);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    for (const change of changes) expect(summary).toContain(`| ${change.subject} |`);
  });
});

describe('one huge diff', () => {
  it('is cut after a whole line, never inside a multi-byte character, with a note', () => {
    const line = '+    greeting: "こんにちは 👋 ünïcödé"';
    const data = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${index}`, line]));
    const big = planned({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data });
    const bodies = renderPlanComments({ ...boutiqueComment(), plan: planOf([big]) }, secrets, 3);
    expect(bodies).toHaveLength(1);
    const body = bodies[0] ?? '';
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    const fence = /````diff\n([\s\S]*?)````\n\n_Diff cut after (\d+) of (\d+) lines/.exec(body);
    expect(fence).not.toBeNull();
    const shown = fence?.[1] ?? '';
    // Every line shown is a whole line of the diff, surrogate pairs intact.
    const whole = reviewDiff(big);
    expect(whole.startsWith(shown)).toBe(true);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(Number(fence?.[2])).toBeLessThan(Number(fence?.[3]));
  });
});
