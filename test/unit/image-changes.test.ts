import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import { imageChangesOf } from '../../src/plan/image-changes.js';
import type { Plan } from '../../src/plan/plan.js';
import { imageChangesMarkdown } from '../../src/report/image-table.js';
import { renderPlanComment } from '../../src/report/markdown.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { planSummary } from '../../src/report/summary.js';
import { SecretValues } from '../../src/secrets/redact.js';

const deployment = (name: string, images: Record<string, string>, init: Record<string, string> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'shop' },
  spec: {
    template: {
      spec: {
        initContainers: Object.entries(init).map(([container, image]) => ({ name: container, image })),
        containers: Object.entries(images).map(([container, image]) => ({ name: container, image })),
      },
    },
  },
});

const change = (
  action: Change['action'],
  name: string,
  live: Record<string, unknown> | undefined,
  desired: Record<string, unknown> | undefined,
): Change => ({
  subject: `Deployment shop/${name}`,
  ref: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name },
  action,
  diff: action === 'unchanged' ? '' : `--- live\n+++ desired\n@@ ${name}\n`,
  ...(live ? { live } : {}),
  ...(desired ? { desired } : {}),
});

const planOf = (changes: Change[]): Plan => ({
  changes,
  counts: countChanges(changes),
  syncStatus: syncStatusOf(changes),
  digest: 'sha256:abc',
});

const released = planOf([
  change(
    'update',
    'web',
    deployment('web', { web: 'ghcr.io/acme/web:1.0', proxy: 'envoy:1' }, { migrate: 'ghcr.io/acme/web:1.0' }),
    deployment('web', { web: 'ghcr.io/acme/web:1.1', proxy: 'envoy:1' }, { migrate: 'ghcr.io/acme/web:1.1' }),
  ),
  change('create', 'worker', undefined, deployment('worker', { worker: 'ghcr.io/acme/worker:2' })),
  change('unchanged', 'api', deployment('api', { api: 'api:1' }), deployment('api', { api: 'api:1' })),
  change('delete', 'old', deployment('old', { old: 'old:1' }), undefined),
]);

const unchangedImages = planOf([
  change('update', 'web', deployment('web', { web: 'ghcr.io/acme/web:1.0' }), {
    ...deployment('web', { web: 'ghcr.io/acme/web:1.0' }),
    metadata: { name: 'web', labels: { tier: 'front' } },
  }),
]);

describe('imageChangesOf', () => {
  it('lists each container whose image a create or update changes, init containers included', () => {
    expect(imageChangesOf(released.changes)).toEqual([
      {
        subject: 'Deployment shop/web',
        container: 'migrate',
        from: 'ghcr.io/acme/web:1.0',
        to: 'ghcr.io/acme/web:1.1',
      },
      {
        subject: 'Deployment shop/web',
        container: 'web',
        from: 'ghcr.io/acme/web:1.0',
        to: 'ghcr.io/acme/web:1.1',
      },
      { subject: 'Deployment shop/worker', container: 'worker', to: 'ghcr.io/acme/worker:2' },
    ]);
  });

  it('is empty when no image changes', () => {
    expect(imageChangesOf(unchangedImages.changes)).toEqual([]);
  });
});

describe('the image table', () => {
  it('is a short Markdown table of object, container, from → to', () => {
    expect(imageChangesMarkdown(imageChangesOf(released.changes))).toEqual([
      '| object | container | image |',
      '| --- | --- | --- |',
      '| Deployment shop/web | `migrate` | `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web:1.1` |',
      '| Deployment shop/web | `web` | `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web:1.1` |',
      '| Deployment shop/worker | `worker` | new → `ghcr.io/acme/worker:2` |',
      '',
    ]);
  });

  it('counts rows past twenty instead of listing them', () => {
    const many = Array.from({ length: 23 }, (_, index) => ({
      subject: `Deployment shop/w${index}`,
      container: 'app',
      to: `app:${index}`,
    }));
    const table = imageChangesMarkdown(many);
    expect(table.filter((line) => line.startsWith('| Deployment'))).toHaveLength(20);
    expect(table.at(-2)).toBe('_…and 3 more._');
  });

  const comment = (plan: Plan) =>
    renderPlanComment(
      {
        app: 'web',
        environment: 'production',
        sha: '0123456789abcdef',
        findings: [],
        runUrl: 'https://github.com/acme/shop/actions/runs/9',
        syncStatus: plan.syncStatus,
        plan,
      },
      new SecretValues(),
    );

  it('comes before the diffs in the PR comment, the job summary and the terminal, when an image changes', () => {
    const secrets = new SecretValues();
    const row = '| Deployment shop/web | `web` | `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web:1.1` |';
    for (const [text, overview] of [
      [comment(released), '| kind | namespace/name |'],
      [planSummary(secrets, 'plan', 'OutOfSync', released, []), '| object | action | key change |'],
    ] as const) {
      expect(text).toContain(`| object | container | image |\n| --- | --- | --- |\n`);
      expect(text.indexOf(row)).toBeGreaterThan(-1);
      expect(text.indexOf(row)).toBeLessThan(text.indexOf(overview));
      expect(text.indexOf(overview)).toBeLessThan(text.indexOf('@@ web'));
    }
    const terminal = formatPlan(released, 'plan', secrets);
    expect(terminal).toContain(
      'images:\n  Deployment shop/web migrate: ghcr.io/acme/web:1.0 → ghcr.io/acme/web:1.1\n  Deployment shop/web web: ghcr.io/acme/web:1.0 → ghcr.io/acme/web:1.1\n  Deployment shop/worker worker: new → ghcr.io/acme/worker:2\n',
    );
    expect(terminal.indexOf('images:')).toBeLessThan(terminal.indexOf('@@ web'));
  });

  it('is left out when no image changes', () => {
    const secrets = new SecretValues();
    for (const text of [
      comment(unchangedImages),
      planSummary(secrets, 'plan', 'OutOfSync', unchangedImages, []),
      formatPlan(unchangedImages, 'plan', secrets),
    ]) {
      expect(text).not.toContain('| object | container | image |');
      expect(text).not.toContain('images:');
    }
  });
});
