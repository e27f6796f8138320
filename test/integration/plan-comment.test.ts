import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';
import { readGfm } from '../support/gfm-structure.js';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';

/** A Deployment of one container; `image` carries no tag for the four services that leave it out. */
const deployment = (
  name: string,
  image: string,
  assistant = 'shoppingassistantservice:80',
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: server
          envFrom: [{configMapRef: {name: shop-settings}}]
          env:
            - {name: ASSISTANT_ADDR, value: "${assistant}"}
          image: ${image}
          resources: {requests: {cpu: 100m}}
`;

const MANIFESTS = {
  ...Object.fromEntries(
    ['adservice', 'cartservice', 'emailservice', 'currencyservice'].map((name) => [
      `k8s/${name}.yaml`,
      deployment(name, `ghcr.io/acme/${name}`),
    ]),
  ),
  'k8s/redis-cart.yaml': deployment('redis-cart', 'redis:alpine'),
  'k8s/assistant.yaml':
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: shoppingassistantservice\nspec:\n  selector: {app: assistant}\n  ports: [{port: 80, targetPort: 8080}]\n',
  'k8s/settings.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-settings\ndata:\n  ASSISTANT: shoppingassistantservice:80\n',
  // `username: shop` is too short to redact from text; `shopping` is long enough, and part of names.
  'k8s/secret.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\nstringData:\n  username: shop\n  database: shopping\n',
  'k8s/legacy.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy-settings\n  labels: {tier: legacy}\ndata:\n  MODE: old\n',
};

async function setup() {
  const kube = await startFake();
  const github = await startGitHub();
  const workspace = makeWorkspace(MANIFESTS);
  const run = (eventName: string, inputs: Record<string, string> = {}) =>
    runActionWithGitHub(github, {
      workspace,
      eventName,
      event: eventName === 'pull_request' ? pullRequestEvent(7, HEAD) : {},
      inputs: {
        kubeconfig: kube.kubeconfig(),
        manifest: 'k8s',
        environment: 'production',
        'require-plan-match': 'true',
        ...inputs,
      },
    });
  const applied = await run('push', { 'require-plan-match': 'false' });
  expect(applied.exitCode, applied.stdout).toBe(0);
  // The pull request: a new redis tag and assistant port, and the legacy ConfigMap removed.
  writeFileSync(
    path.join(workspace, 'k8s/redis-cart.yaml'),
    deployment('redis-cart', 'redis:7.2-alpine', 'shoppingassistantservice:8080'),
  );
  rmSync(path.join(workspace, 'k8s/legacy.yaml'));
  return { github, run };
}

describe('the plan comment, from the bundled action against the fake cluster and the fake GitHub API', () => {
  it('shows the overview, names what is left behind, groups the warnings, and garbles no name', async () => {
    const { github, run } = await setup();
    const result = await run('pull_request');
    expect(result.exitCode, result.stdout).toBe(0);
    const body = github.comments[0]?.body ?? '';
    const structure = readGfm(body);
    expect(structure.problems).toEqual([]);

    expect(body).toContain('**OutOfSync** on `fake` for [`feedfac`](https://github.com/acme/shop/commit/');
    expect(structure.tables.find((table) => table.header[0] === 'kind')?.rows).toEqual([
      [
        'Deployment',
        '`default/redis-cart`',
        'update',
        'image `redis:alpine` → `redis:7.2-alpine`; 1 env value',
      ],
      ['ConfigMap', '`default/legacy-settings`', 'left behind', ''],
    ]);
    expect(body).toContain(
      'Prune is off: 1 object will be left behind: ConfigMap default/legacy-settings. Set `prune: true` to delete them.',
    );
    expect(body).toContain('require-plan-match is on: the apply refuses if its plan differs from this one');

    const warnings = structure.details.find((block) => block.summary.startsWith('⚠️'));
    expect(warnings?.summary).toBe('⚠️ 5 warnings (2 rules)');
    const rows = readGfm(warnings?.body ?? '').tables[0]?.rows ?? [];
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ['`image-pinned`', '4'],
      ['`secret-value-too-short`', '1'],
    ]);
    expect(structure.links.map((link) => link.url)).toContain(
      `https://github.com/acme/shop/blob/${HEAD}/k8s/adservice.yaml#L16`,
    );

    for (const name of ['name: shop-settings', '-              value: shoppingassistantservice:80'])
      expect(body).toContain(name);
    expect(body).not.toContain('***');
    expect(body.match(/too short to mask outside the Secret; use a longer value/g)).toHaveLength(1);
    expect(github.statuses.at(-1)?.description).toBe('OutOfSync: 1 to update, 1 left behind');
    expect(result.summary).toContain(
      '| Deployment default/redis-cart | update | image `redis:alpine` → `redis:7.2-alpine`; 1 env value |',
    );
    // The same rule in the job summary and the diff file: names and values as written, the warning once.
    const diffFile = readFileSync(result.outputs['diff-file'] ?? '', 'utf8');
    for (const text of [result.summary, diffFile]) {
      expect(text).toContain('-              value: shoppingassistantservice:80');
      expect(text).not.toContain('***');
    }
    expect(result.summary.match(/too short to mask outside the Secret; use a longer value/g)).toHaveLength(1);
  });

  it('shows a delete as its identity and the fields kubesync applied, when prune is on', async () => {
    const { github, run } = await setup();
    const result = await run('pull_request', { prune: 'true' });
    expect(result.exitCode, result.stdout).toBe(0);
    const body = github.comments[0]?.body ?? '';
    const structure = readGfm(body);
    expect(structure.problems).toEqual([]);
    const deleted = structure.details.find((block) => block.summary.includes('legacy-settings'));
    expect(deleted?.summary).toBe('ConfigMap default/legacy-settings (delete)');
    expect(deleted?.body.trim()).toMatch(
      /^`v1` ConfigMap `default\/legacy-settings`, last applied from \[`0123456`\]/,
    );
    expect(deleted?.body).toContain(['-data:', '-  MODE: old'].join('\n'));
    expect(deleted?.body).toContain('-    tier: legacy');
    for (const serverSet of [
      'managedFields',
      'resourceVersion',
      'uid:',
      'applyset.kubernetes.io',
      'kubesync.io/',
    ])
      expect(deleted?.body).not.toContain(serverSet);
    expect(github.statuses.at(-1)?.description).toBe('OutOfSync: 1 to update, 1 to delete');
  });
});
