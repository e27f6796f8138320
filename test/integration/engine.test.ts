import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySetId } from '../../src/cluster/inventory.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { planSummary } from '../../src/report/summary.js';
import { COMMIT, engine, recordingLog, startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';

const deployment = (replicas: number, image = 'ghcr.io/acme/web:1.0.0') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ${image}
          resources: {requests: {cpu: 100m}}
`;
const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: 8080
`;
const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  LOG_LEVEL: info\n`;
const secret = (password: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${password}\n  user: app\n`;

function shop(files: Record<string, string> = {}) {
  return makeWorkspace({
    'k8s/deployment.yaml': deployment(2),
    'k8s/service.yaml': service,
    'k8s/config.yaml': configMap('settings'),
    ...files,
  });
}

describe('plan and apply through the real client against the fake API server', () => {
  it('plans every object as a create, applies, and then plans Synced', async () => {
    const fake = await startFake();
    const run = engine(fake, shop());
    const first = await run.plan();
    expect(first.syncStatus).toBe('OutOfSync');
    expect(first.plan?.changes.map((change) => `${change.action} ${change.subject}`)).toEqual([
      'create ConfigMap default/settings',
      'create Service default/web',
      'create Deployment default/web',
    ]);
    expect(fake.mutations()).toEqual([]);

    const applied = await run.apply();
    expect(applied.syncStatus).toBe('Synced');
    expect(fake.get('apps/v1', 'Deployment', 'web')?.metadata).toMatchObject({
      labels: { 'applyset.kubernetes.io/part-of': applySetId('kubesync-shop', 'default', 'Secret', '') },
      annotations: {
        'kubesync.io/commit': COMMIT.commit,
        'kubesync.io/run': COMMIT.run,
        'kubesync.io/ref': 'refs/heads/main',
      },
    });

    const second = await run.plan();
    expect(second.syncStatus).toBe('Synced');
    expect(second.plan?.counts).toMatchObject({ create: 0, update: 0, delete: 0, unchanged: 3 });
    expect(second.plan?.digest).toBe((await run.plan()).plan?.digest);
  });

  it('records the set in an ApplySet parent Secret that kubectl can read', async () => {
    const fake = await startFake();
    await engine(fake, shop()).apply();
    const parent = fake.get('v1', 'Secret', 'kubesync-shop');
    expect(parent?.metadata).toMatchObject({
      labels: { 'applyset.kubernetes.io/id': applySetId('kubesync-shop', 'default', 'Secret', '') },
      annotations: {
        'applyset.kubernetes.io/tooling': 'kubesync/v0.1.0',
        'applyset.kubernetes.io/contains-group-kinds': 'ConfigMap,Deployment.apps,Service',
        'applyset.kubernetes.io/additional-namespaces': '',
        'kubesync.io/last-applied-commit': COMMIT.commit,
      },
    });
  });

  it('diffs exactly the changed replicas line', async () => {
    const fake = await startFake();
    const workspace = shop();
    const run = engine(fake, workspace);
    await run.apply();
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(3));
    const result = await run.plan();
    const change = result.plan?.changes.find((entry) => entry.action === 'update');
    expect(change?.subject).toBe('Deployment default/web');
    const changedLines = change?.diff.split('\n').filter((line) => /^[-+][^-+]/.test(line));
    expect(changedLines).toEqual(['-  replicas: 2', '+  replicas: 3']);
    expect(result.plan?.counts).toMatchObject({ update: 1, unchanged: 2 });
  });

  it('masks Secret values in the diff, still saying which key changed', async () => {
    const fake = await startFake();
    const workspace = shop({ 'k8s/secret.yaml': secret('hunter2') });
    const run = engine(fake, workspace);
    const created = await run.plan();
    expect(created.plan?.changes.find((change) => change.subject === 'Secret default/db')?.diff).toContain(
      'password: "***"',
    );
    await run.apply();
    writeFileSync(path.join(workspace, 'k8s/secret.yaml'), secret('correct-horse'));
    const result = await run.plan();
    const diff = result.plan?.changes.find((change) => change.action === 'update')?.diff ?? '';
    expect(diff).toContain('-  password: "*** (before)"');
    expect(diff).toContain('+  password: "*** (after)"');
    expect(diff).toContain('   user: "***"');
    const shown = formatPlan(result.plan!, 'shop') + planSummary('plan', result.syncStatus, result.plan, []);
    for (const value of [
      'hunter2',
      'correct-horse',
      Buffer.from('hunter2').toString('base64'),
      Buffer.from('app').toString('base64'),
    ]) {
      expect(shown).not.toContain(value);
    }
  });

  it('prunes exactly the removed object, never objects outside the set', async () => {
    const fake = await startFake();
    const workspace = shop({ 'k8s/extra.yaml': configMap('extra') });
    fake.seed({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'not-ours', namespace: 'default' },
      data: {},
    });
    const run = engine(fake, workspace);
    await run.apply();
    rmSync(path.join(workspace, 'k8s/extra.yaml'));

    const orphaned = await run.plan();
    expect(
      orphaned.plan?.changes.filter((change) => change.action === 'orphan').map((change) => change.subject),
    ).toEqual(['ConfigMap default/extra']);
    expect(orphaned.syncStatus).toBe('Synced');

    const pruning = await run.plan({ prune: 'true' });
    expect(
      pruning.plan?.changes.filter((change) => change.action === 'delete').map((change) => change.subject),
    ).toEqual(['ConfigMap default/extra']);
    const result = await run.apply({ prune: 'true', 'prune-propagation': 'Foreground' });
    expect(result.pruned).toEqual(['ConfigMap default/extra']);
    expect(fake.get('v1', 'ConfigMap', 'extra')).toBeUndefined();
    expect(fake.get('v1', 'ConfigMap', 'not-ours')).toBeDefined();
    expect(fake.get('v1', 'ConfigMap', 'settings')).toBeDefined();
    const deletion = fake.requests.find(
      (request) => request.method === 'DELETE' && request.path.endsWith('/configmaps/extra'),
    );
    expect(deletion?.body).toMatchObject({ propagationPolicy: 'Foreground' });
    expect((await run.plan({ prune: 'true' })).syncStatus).toBe('Synced');
  });

  it('fails a Deployment that never becomes ready after the timeout, and rolls back to the previous spec', async () => {
    const fake = await startFake();
    const workspace = shop();
    const run = engine(fake, workspace);
    await run.apply();
    fake.setOptions({ behaviour: (object) => (object.kind === 'Deployment' ? 'stuck' : 'ready') });
    writeFileSync(
      path.join(workspace, 'k8s/deployment.yaml'),
      deployment(2, 'ghcr.io/acme/web:2.0.0-broken'),
    );
    const log = recordingLog();
    const result = await run.apply({ timeout: '300ms' }, COMMIT, log);
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems).toEqual(['Deployment default/web: not ready after 300ms: 0/2 replicas ready']);
    expect(result.restored).toEqual(['Deployment default/web: restored']);
    expect(log.lines).toContain('deployment/web: 0/2 replicas ready');
    const image = JSON.stringify(fake.get('apps/v1', 'Deployment', 'web')?.spec);
    expect(image).toContain('ghcr.io/acme/web:1.0.0');
  });

  it('fails fast on ProgressDeadlineExceeded, and deletes what the failed apply created', async () => {
    const fake = await startFake({
      behaviour: (object) => (object.kind === 'Deployment' ? 'deadline-exceeded' : 'ready'),
    });
    const run = engine(fake, shop());
    const result = await run.apply({ timeout: '10m' });
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems[0]).toMatch(/^Deployment default\/web: exceeded its progress deadline/);
    expect(result.restored).toContain('Deployment default/web: deleted (created by this apply)');
    expect(fake.get('apps/v1', 'Deployment', 'web')).toBeUndefined();
  });

  it('waits for progress and logs it', async () => {
    const fake = await startFake({
      behaviour: (object) => (object.kind === 'Deployment' ? { readyAfterReads: 4 } : 'ready'),
    });
    const log = recordingLog();
    const result = await engine(fake, shop()).apply({}, COMMIT, log);
    expect(result.syncStatus).toBe('Synced');
    expect(log.lines).toEqual(
      expect.arrayContaining(['deployment/web: 0/2 replicas ready', 'deployment/web: 2/2 replicas ready']),
    );
  });

  it('serializes two concurrent applies of the same app on the Lease', async () => {
    const fake = await startFake({ latencyMs: 5 });
    const workspace = shop();
    const first = recordingLog();
    const second = recordingLog();
    const [a, b] = await Promise.all([
      engine(fake, workspace).apply(
        {},
        { ...COMMIT, run: 'https://github.com/acme/shop/actions/runs/1' },
        first,
      ),
      engine(fake, workspace).apply(
        {},
        { ...COMMIT, run: 'https://github.com/acme/shop/actions/runs/2' },
        second,
      ),
    ]);
    expect([a.syncStatus, b.syncStatus]).toEqual(['Synced', 'Synced']);
    const waited = [...first.lines, ...second.lines].filter((line) =>
      line.startsWith('waiting for the lock'),
    );
    expect(waited).toHaveLength(1);
    expect(waited[0]).toMatch(/held by https:\/\/github.com\/acme\/shop\/actions\/runs\/[12]/);
    expect(fake.all('Lease')).toEqual([]);
  });

  it('fails with the holder named when the lock is not released within lock-timeout', async () => {
    const fake = await startFake();
    fake.seed({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'kubesync-shop', namespace: 'default' },
      spec: {
        holderIdentity: 'https://github.com/acme/shop/actions/runs/99',
        leaseDurationSeconds: 600,
        renewTime: new Date().toISOString(),
      },
    });
    await expect(engine(fake, shop()).apply({ 'lock-timeout': '100ms' })).rejects.toThrow(
      'held by https://github.com/acme/shop/actions/runs/99',
    );
    expect(fake.mutations().filter((request) => request.method === 'PATCH')).toEqual([]);
  });

  it('takes over a lease whose holder stopped renewing it', async () => {
    const fake = await startFake();
    fake.seed({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'kubesync-shop', namespace: 'default' },
      spec: {
        holderIdentity: 'crashed-run',
        leaseDurationSeconds: 60,
        renewTime: '2026-01-01T00:00:00.000000Z',
      },
    });
    expect((await engine(fake, shop()).apply({ 'lock-timeout': '100ms' })).syncStatus).toBe('Synced');
  });

  it('refuses to apply a commit older than the last applied one, unless allow-older', async () => {
    const fake = await startFake();
    const run = engine(fake, shop());
    await run.apply();
    const older = {
      ...COMMIT,
      commit: '0000000000000000000000000000000000000000',
      commitTime: '2026-11-01T10:00:00Z',
    };
    await expect(run.apply({}, older)).rejects.toThrow(
      /commit 000000000000 \(2026-11-01T10:00:00Z\) is older than 111111111111/,
    );
    expect((await run.apply({ 'allow-older': 'true' }, older)).syncStatus).toBe('Synced');
  });

  it('keeps the record of the last applied commit through a failed apply', async () => {
    const fake = await startFake();
    const workspace = shop();
    const run = engine(fake, workspace);
    await run.apply();
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(3));
    fake.setOptions({ behaviour: (object) => (object.kind === 'Deployment' ? 'stuck' : 'ready') });
    const newer = { ...COMMIT, commit: '2'.repeat(40), commitTime: '2026-11-21T10:00:00Z' };
    expect((await run.apply({ timeout: '50ms' }, newer)).syncStatus).toBe('Failed');
    const older = { ...COMMIT, commit: '0'.repeat(40), commitTime: '2026-11-01T10:00:00Z' };
    await expect(run.apply({}, older)).rejects.toThrow(/is older than 111111111111/);
  });

  it('converges with 10% of requests failing (5xx, 429, resets before and after taking effect)', async () => {
    const fake = await startFake({ faultRate: 0.1, faultSeed: 42 });
    const workspace = shop({
      'k8s/a.yaml': configMap('a'),
      'k8s/b.yaml': configMap('b'),
      'k8s/c.yaml': configMap('c'),
    });
    const run = engine(fake, workspace);
    expect((await run.apply()).syncStatus).toBe('Synced');
    expect(fake.requests.filter((request) => request.fault).length).toBeGreaterThan(0);
    fake.setOptions({ faultRate: 0 });
    expect((await run.plan()).syncStatus).toBe('Synced');
  });

  it('honours Retry-After on 429', async () => {
    const fake = await startFake({ retryAfterSeconds: 1 });
    fake.failNext('429');
    const started = Date.now();
    await engine(fake, shop()).plan();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('explains a 403 as what the credentials cannot do, at the manifest line', async () => {
    const fake = await startFake({
      forbid: [{ verb: 'patch', resource: 'deployments', namespace: 'default' }],
    });
    await expect(engine(fake, shop()).plan()).rejects.toThrow(
      'k8s/deployment.yaml:1:1: Deployment default/web: the credentials cannot patch deployments.apps in namespace default',
    );
  });

  it('applies nothing when one object fails validation', async () => {
    const fake = await startFake();
    const workspace = shop({ 'k8s/bad.yaml': configMap('bad').replace('\ndata:', '\ndataa:') });
    const result = await engine(fake, workspace).apply();
    expect(result).toMatchObject({
      syncStatus: 'Failed',
      problems: ['validation found 1 errors; nothing was applied'],
    });
    expect(result.validation.findings[0]).toMatchObject({
      rule: 'unknown-field',
      origin: { file: 'k8s/bad.yaml', line: 5 },
    });
    expect(fake.mutations()).toEqual([]);
  });

  it('applies nothing when one object fails its dry run on the server', async () => {
    const fake = await startFake();
    const workspace = shop({
      'k8s/elsewhere.yaml': configMap('elsewhere').replace(
        'name: elsewhere',
        'name: elsewhere\n  namespace: missing',
      ),
    });
    await expect(engine(fake, workspace).apply()).rejects.toThrow(
      /refused 1 of 4 objects in a dry run; nothing was applied:\n {2}k8s\/elsewhere.yaml:1:1: ConfigMap missing\/elsewhere: namespaces "missing" not found: add the Namespace/,
    );
    expect(fake.mutations().filter((request) => request.method === 'PATCH')).toEqual([]);
  });

  it('explains a field-manager conflict and what force-conflicts would do', async () => {
    const fake = await startFake();
    fake.seed(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: 'default' },
        data: { LOG_LEVEL: 'debug' },
      },
      'kubectl-edit',
    );
    const run = engine(fake, shop());
    await expect(run.apply()).rejects.toThrow(
      /ConfigMap default\/settings: server-side apply conflict: \.data\.LOG_LEVEL \(owned by "kubectl-edit"\).*force-conflicts: true/,
    );
    expect(fake.mutations().filter((request) => request.method === 'PATCH')).toEqual([]);
    expect((await run.apply({ 'force-conflicts': 'true' })).syncStatus).toBe('Synced');
    expect(fake.get('v1', 'ConfigMap', 'settings')?.data).toEqual({ LOG_LEVEL: 'info' });
  });

  it('applies a CRD and its custom resource in stages, and creates the namespace on request', async () => {
    const fake = await startFake({ crdEstablishAfterReads: 2 });
    const workspace = makeWorkspace({
      'k8s/crd.yaml': `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`,
      'k8s/widget.yaml':
        'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: blue\nspec:\n  size: 3\n',
    });
    const run = engine(fake, workspace, { namespace: 'shop', 'create-namespace': 'true' });
    const plan = await run.plan();
    expect(plan.plan?.changes.map((change) => `${change.action} ${change.subject}`)).toEqual([
      'create Namespace shop',
      'create CustomResourceDefinition widgets.example.com',
      'create Widget shop/blue',
    ]);
    expect((await run.apply()).syncStatus).toBe('Synced');
    expect(fake.get('example.com/v1', 'Widget', 'blue', 'shop')?.spec).toEqual({ size: 3 });
    expect((await run.plan()).syncStatus).toBe('Synced');
  });

  it('leaves fields named in ignore-differences out of the diff', async () => {
    const fake = await startFake();
    const workspace = shop();
    const run = engine(fake, workspace);
    await run.apply();
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(5));
    const ignore = '- group: apps\n  kind: Deployment\n  jsonPointers: [/spec/replicas]\n';
    expect((await run.plan({ 'ignore-differences': ignore })).syncStatus).toBe('Synced');
  });

  it('dry-run apply behaves as plan and changes nothing', async () => {
    const fake = await startFake();
    const result = await engine(fake, shop()).apply({ 'dry-run': 'true' });
    expect(result).toMatchObject({ dryRun: true, syncStatus: 'OutOfSync' });
    expect(fake.mutations()).toEqual([]);
  });

  it('without credentials, plan validates and renders with status Unknown', async () => {
    const workspace = shop();
    const { runPlan } = await import('../../src/commands/plan.js');
    const { parseSettings } = await import('../../src/inputs.js');
    const result = await runPlan(
      parseSettings({ manifest: 'k8s' }, { workspace }),
      COMMIT,
      recordingLog(),
      {},
    );
    expect(result).toMatchObject({
      syncStatus: 'Unknown',
      unknownReason: 'no cluster credentials (validated and rendered only)',
    });
    expect(result.validation.loaded.resources).toHaveLength(3);
  });
});
