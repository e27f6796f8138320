import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../src/app/commands/plan.js';
import type { ValidationResult } from '../../src/validate/validation-result.js';
import type { Change } from '../../src/plan/change.js';
import { groupFindings } from '../../src/report/finding-groups.js';
import { keyChanges } from '../../src/report/key-change.js';
import { fileLineUrl, repositoryUrlOf } from '../../src/report/links.js';
import { redactComment } from '../../src/github/comment-marker.js';
import { COMMENT_LIMIT, renderPlanComment } from '../../src/report/markdown.js';
import { planStatus } from '../../src/app/records/plan-records.js';
import { registerSecretData, SecretValues } from '../../src/secrets/redact.js';
import type { Finding } from '../../src/model/finding.js';
import {
  applied,
  boutiqueComment,
  deployment,
  HEAD_SHA,
  planned,
  planOf,
  SHOP_DB,
  service,
  untaggedImageFindings,
} from '../fixtures/boutique-plan.js';
import { readGfm } from '../support/gfm-structure.js';

/** This file's redaction: what one test registers, later ones see too. */
const secrets = new SecretValues();

const overviewOf = (body: string) => readGfm(body).tables.find((table) => table.header[0] === 'kind');

describe('the plan comment of a real-world app: 35 objects, 2 to create, 2 to update, 2 left behind', () => {
  const body = renderPlanComment(boutiqueComment(), secrets);
  const structure = readGfm(body);

  it('is well-formed GitHub Markdown: tables, details blocks, fences and absolute links', () => {
    expect(boutiqueComment().plan?.changes).toHaveLength(35);
    expect(structure.problems).toEqual([]);
    expect(structure.tables.map((table) => table.header[0])).toEqual(['', 'object', 'kind']);
    expect(structure.details.map((block) => block.summary)).toEqual([
      '⚠️ 11 warnings (2 rules)',
      'Deployment shop/frontend (update)',
      'Deployment shop/redis-cart (update)',
      'Service shop/shoppingassistantservice (create)',
      'Deployment shop/shoppingassistantservice (create)',
    ]);
    expect(structure.fences).toBe(4);
    expect(body.length).toBeLessThan(10_000);
  });

  it('lists the image changes, from → to, in a table of their own above the changed objects', () => {
    const images = readGfm(body).tables.find((table) => table.header[0] === 'object');
    expect(images).toEqual({
      header: ['object', 'container', 'image'],
      rows: [
        ['Deployment shop/redis-cart', '`server`', '`redis:alpine` → `redis:7.2-alpine`'],
        [
          'Deployment shop/shoppingassistantservice',
          '`server`',
          'new → `us-central1-docker.pkg.dev/google-samples/microservices-demo/shoppingassistantservice:v0.10.2`',
        ],
      ],
    });
    expect(body.indexOf('| object | container | image |')).toBeLessThan(body.indexOf('| kind |'));
  });

  it('shows one table of the changed objects, above the diffs, with the key change of each', () => {
    expect(overviewOf(body)).toEqual({
      header: ['kind', 'namespace/name', 'action', 'key change'],
      rows: [
        ['Deployment', '`shop/frontend`', 'update', 'replicas 1 → 3; 3 env values'],
        ['Deployment', '`shop/redis-cart`', 'update', 'image `redis:alpine` → `redis:7.2-alpine`'],
        ['Service', '`shop/shoppingassistantservice`', 'create', ''],
        [
          'Deployment',
          '`shop/shoppingassistantservice`',
          'create',
          'image `us-central1-docker.pkg.dev/google-samples/microservices-demo/shoppingassistantservice:v0.10.2`',
        ],
        ['Service', '`shop/cartservice-legacy`', 'left behind', ''],
        ['Deployment', '`shop/cartservice-legacy`', 'left behind', ''],
      ],
    });
    expect(body.indexOf('| kind |')).toBeLessThan(body.indexOf('<details><summary>Deployment'));
  });

  it('names what prune being off leaves behind, and ends with what merging does', () => {
    expect(body).toContain('2 to create, 2 to update, 29 unchanged, 2 left behind (prune is off).');
    expect(body.trimEnd().split('\n').slice(-3)).toEqual([
      '**Next:** merging applies this to `production`; require-plan-match is on: the apply refuses if its plan differs from this one.',
      '',
      'Prune is off: 2 objects will be left behind: Service shop/cartservice-legacy, Deployment shop/cartservice-legacy. Set `prune: true` to delete them.',
    ]);
  });

  it('folds the ten untagged-image warnings into one grouped row linking their lines at the commit', () => {
    const [warnings] = structure.details;
    const rows = readGfm(warnings?.body ?? '').tables[0]?.rows ?? [];
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['⚠️', '`image-pinned`', '10'],
      ['⚠️', '`secret-value-too-short`', '1'],
    ]);
    expect(rows[0]?.[3]).toMatch(/has no tag, so it means :latest; .* \(and 9 more like it\)$/);
    expect(rows[0]?.[4]).toMatch(/ and 5 more$/);
    expect(structure.links.filter((link) => link.text.endsWith('.yaml:21')).slice(0, 2)).toEqual([
      {
        text: 'k8s/adservice.yaml:21',
        url: `https://github.com/acme/shop/blob/${HEAD_SHA}/k8s/adservice.yaml#L21`,
      },
      {
        text: 'k8s/cartservice.yaml:21',
        url: `https://github.com/acme/shop/blob/${HEAD_SHA}/k8s/cartservice.yaml#L21`,
      },
    ]);
  });

  it('opens errors above the folded warnings', () => {
    const error: Finding = {
      severity: 'error',
      rule: 'unknown-field',
      message: 'unknown field "spec.replica": did you mean "replicas"?',
      origin: { file: 'k8s/frontend.yaml', line: 9, column: 3 },
    };
    const withError = readGfm(
      renderPlanComment({ ...boutiqueComment(), findings: [error, ...untaggedImageFindings()] }, secrets),
    );
    expect(withError.tables[0]?.rows).toEqual([
      [
        '❌',
        '`unknown-field`',
        '1',
        'unknown field "spec.replica": did you mean "replicas"?',
        `[k8s/frontend.yaml:9](https://github.com/acme/shop/blob/${HEAD_SHA}/k8s/frontend.yaml#L9)`,
      ],
    ]);
    expect(withError.details[0]?.summary).toBe('⚠️ 11 warnings (2 rules)');
  });

  it('names the cluster by its kubeconfig context, else by its host, and links the commit and the run', () => {
    expect(body).toContain(
      `**OutOfSync** on \`prod-eu-west\` for [\`3f9c2a7\`](https://github.com/acme/shop/commit/${HEAD_SHA}) · [workflow run](https://github.com/acme/shop/actions/runs/42)`,
    );
    expect(renderPlanComment({ ...boutiqueComment(), context: undefined }, secrets)).toContain(
      '**OutOfSync** on `127.0.0.1:6443` for',
    );
  });

  it("leaves kubesync's own labels out of new objects' diffs and says once that it adds them", () => {
    const created = structure.details.filter((block) => block.summary.endsWith('(create)'));
    expect(created).toHaveLength(2);
    for (const block of created) expect(block.body).not.toContain('applyset.kubernetes.io');
    expect(body.match(/kubesync adds `applyset\.kubernetes\.io\/part-of` \(label\)/g)).toHaveLength(1);
  });

  it('shows a pending delete as its identity and the fields kubesync applied, without server defaults', () => {
    const pruned = readGfm(renderPlanComment(boutiqueComment({ prune: true }), secrets));
    expect(pruned.problems).toEqual([]);
    const deleted = pruned.details.find(
      (block) => block.summary === 'Deployment shop/cartservice-legacy (delete)',
    );
    expect(deleted?.body).toContain(
      '`apps/v1` Deployment `shop/cartservice-legacy`, last applied from [`8e1b0c9`](https://github.com/acme/shop/commit/8e1b0c94d2a7f6e35b1c0d9a8f7e6d5c4b3a2918).',
    );
    expect(deleted?.body).toContain(
      '-          image: us-central1-docker.pkg.dev/google-samples/microservices-demo/cartservice:v0.8.0',
    );
    for (const serverSet of [
      'progressDeadlineSeconds',
      'terminationMessagePath',
      'managedFields',
      'status:',
      'applyset.kubernetes.io',
      'kubesync.io/commit',
    ])
      expect(deleted?.body).not.toContain(serverSet);
    expect(deleted?.body.split('\n').filter((line) => line.startsWith('-')).length).toBeLessThan(40);
  });
});

describe('redaction in the plan comment', () => {
  it('never garbles a name when a Secret value matches it, warns once about a value too short to mask', () => {
    // As validate registers the manifests: `username: shop` is too short to search for in text.
    registerSecretData(secrets, SHOP_DB);
    // A value long enough to redact that is also part of names and values.
    secrets.register('shopping');
    const body = renderPlanComment(boutiqueComment(), secrets);
    for (const name of [
      '`shop/shoppingassistantservice`',
      'name: shop-settings',
      'shoppingassistantservice:80',
    ])
      expect(body).toContain(name);
    expect(body).toMatch(/^<!-- kubesync:shop:production /);
    expect(body).toContain('### kubesync plan: `shop` → `production`');
    expect(body).not.toContain('***');
    expect(body.match(/too short to mask outside the Secret; use a longer value/g)).toHaveLength(1);
    // The Octokit hook redacts once more and changes nothing.
    expect(redactComment(body, secrets)).toBe(body);
    expect(redactComment('the password is shopping', secrets)).toBe('the password is ***');
  });
});

describe('a plan of 2,000 objects', () => {
  it("stays under GitHub's 65,536 characters in one comment, whole: counts, blocks, and what happens next", () => {
    const changes: Change[] = [];
    for (let index = 0; index < 1000; index++) {
      const name = `worker-${String(index).padStart(4, '0')}`;
      const image = `ghcr.io/acme/${name}`;
      changes.push(planned(deployment(name, `${image}:2.0.0`), applied(deployment(name, `${image}:1.9.0`))));
      changes.push(planned(service(name)));
    }
    const findings = changes.map((change, index) => ({
      severity: 'warning' as const,
      rule: index % 2 ? 'resources-declared' : 'image-pinned',
      message: 'a warning',
      origin: { file: `k8s/${change.ref.name}.yaml`, line: 21, column: 18 },
    }));
    const body = renderPlanComment({ ...boutiqueComment(), plan: planOf(changes), findings }, secrets);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const structure = readGfm(body);
    expect(structure.problems).toEqual([]);
    // The table of 2,000 objects does not fit: the counts by kind and action stand in for it.
    expect(overviewOf(body)?.rows).toEqual([
      ['Deployment', '1000', '0'],
      ['Service', '0', '1000'],
    ]);
    expect(overviewOf(body)?.header).toEqual(['kind', 'update', 'create']);
    expect(body).toContain('The largest 10 changes:');
    // One comment cannot name them all: the last line counts the rest and says where every one is.
    expect(body).toMatch(/_…and \d+ more entries: the job summary lists every object\._/);
    expect(body.trimEnd()).toMatch(
      /\*\*Next:\*\* merging applies this to `production`; require-plan-match is on: .*$/,
    );
  });
});

describe('keyChanges', () => {
  const image = (from: string, to: string) =>
    planned(deployment('web', to), applied(deployment('web', from)));
  const configMap = (data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings' },
    data,
  });
  const secret = (value: string) => ({ ...SHOP_DB, stringData: { ...SHOP_DB.stringData, password: value } });
  const env = (value: string) => [{ name: 'MODE', value }];

  it.each<[string, Change, string[]]>([
    ['an image', image('redis:alpine', 'redis:7.2-alpine'), ['image `redis:alpine` → `redis:7.2-alpine`']],
    [
      'replicas and env values',
      planned(deployment('web', 'web:1', 3, env('b')), applied(deployment('web', 'web:1', 1, env('a')))),
      ['replicas 1 → 3', '1 env value'],
    ],
    ['the image of a new object', planned(deployment('web', 'web:1')), ['image `web:1`']],
    [
      'ConfigMap keys',
      planned(configMap({ a: '1', b: '3', c: '4' }), applied(configMap({ a: '1', b: '2' }))),
      ['2 data keys'],
    ],
    [
      'Secret values, counted and never shown',
      planned(secret('another-password'), applied(SHOP_DB)),
      ['1 Secret value'],
    ],
    [
      'other fields, by path',
      planned(
        {
          ...service('web'),
          spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 81, targetPort: 8080 }] },
        },
        applied(service('web')),
      ),
      ['`spec.ports`'],
    ],
    ['nothing for an unchanged object', planned(service('web'), applied(service('web'))), []],
  ])('%s', (_name, change, expected) => {
    expect(keyChanges(change)).toEqual(expected);
  });

  it('never counts what the server defaults or kubesync writes as a change', () => {
    const change = planned(deployment('web', 'web:1'), applied(deployment('web', 'web:1')));
    expect(change.action).toBe('unchanged');
    expect(keyChanges({ ...change, action: 'update' })).toEqual([]);
  });
});

describe('groupFindings', () => {
  it('groups by rule, errors first, then the most frequent rule', () => {
    const at = (severity: Finding['severity'], rule: string): Finding => ({
      severity,
      rule,
      message: rule,
      origin: { file: 'a.yaml', line: 1, column: 1 },
    });
    const groups = groupFindings([
      at('warning', 'b'),
      at('warning', 'a'),
      at('warning', 'a'),
      at('error', 'z'),
    ]);
    expect(groups.map((group) => [group.severity, group.rule, group.findings.length])).toEqual([
      ['error', 'z', 1],
      ['warning', 'a', 2],
      ['warning', 'b', 1],
    ]);
  });
});

describe('links', () => {
  it('links a manifest line at the commit, and nothing that is no file of the repository', () => {
    const links = { url: 'https://github.example.com/acme/shop', sha: HEAD_SHA };
    expect(fileLineUrl(links, { file: 'k8s/my app.yaml', line: 7, column: 1 })).toBe(
      `https://github.example.com/acme/shop/blob/${HEAD_SHA}/k8s/my%20app.yaml#L7`,
    );
    expect(fileLineUrl(links, { file: 'input create-namespace', line: 1, column: 1 })).toBeUndefined();
    expect(repositoryUrlOf('https://github.example.com/acme/shop/actions/runs/42')).toBe(links.url);
    expect(repositoryUrlOf('https://github.com//actions/runs/')).toBeUndefined();
  });
});

describe('planStatus', () => {
  const valid = { valid: true, errors: 0, findings: [] } as unknown as ValidationResult;
  const result = (plan: PlanResult['plan']): PlanResult => ({
    app: 'shop',
    validation: valid,
    plan,
    syncStatus: plan?.syncStatus ?? 'Unknown',
  });

  it('counts what is left behind and what is destructive, within 140 characters', () => {
    const { plan } = boutiqueComment();
    expect(planStatus(result(plan)).description).toBe('OutOfSync: 2 to create, 2 to update, 2 left behind');
    const pruning = planStatus(result(boutiqueComment({ prune: true }).plan)).description;
    expect(pruning).toBe('OutOfSync: 2 to create, 2 to update, 2 to delete');
    const replaced = planOf([
      {
        ...planned(service('web'), applied(service('web'))),
        action: 'update',
        replace: { fields: ['spec.clusterIP'], allowed: true },
      },
    ]);
    expect(planStatus(result(replaced)).description).toBe('OutOfSync: 1 to replace');
    const synced = planOf([planned(service('web'), applied(service('web')))]);
    expect(planStatus(result(synced)).description).toBe('Synced');
    const huge = {
      ...replaced,
      counts: { create: 99999, update: 99999, delete: 99999, unchanged: 0, orphan: 99999, keep: 0 },
    };
    expect(planStatus(result(huge)).description.length).toBeLessThanOrEqual(140);
  });
});
