import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../../src/model/cancel.js';
import { applySetId } from '../../src/cluster/inventory.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { planSummary } from '../../src/report/summary.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, expectNoWrites, openTarget } from '../support/cluster-target.js';
import { COMMIT, engine, recordingLog, startFake, testRuntime } from '../support/engine.js';
import { SecretValues } from '../../src/secrets/redact.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  realCluster,
} from '../support/real-cluster.js';
import { gitHistory } from '../support/git-history.js';
import { makeWorkspace } from '../support/workspace.js';

const kubeConfigYaml = () => realCluster()?.kubeconfig ?? '';

/** A pod template annotation both the fake and the real control plane's kubelet stand-in obey. */
const UNREADY = `
      annotations: {fake-kubelet.lab/behavior: unready}`;

const deployment = (
  replicas: number,
  image = 'ghcr.io/acme/web:1.0.0',
  podAnnotations = '',
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}${podAnnotations}
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

const LEASE = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: 'kubesync-shop' };

/** Kubernetes MicroTime, as a Lease carries it. */
const microTime = (date: Date) => date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

/** A Lease another run holds, last renewed at `renewed` by its own clock. */
function lease(holder: string, durationSeconds: number, renewed: Date) {
  return {
    ...LEASE,
    metadata: { name: LEASE.name },
    spec: {
      holderIdentity: holder,
      leaseDurationSeconds: durationSeconds,
      renewTime: microTime(renewed),
    },
  };
}

/** The changed lines of a unified diff, without its headers. */
const changedLines = (diff = '') => diff.split('\n').filter((line) => /^[-+][^-+]/.test(line));

describeOnEachTarget('plan and apply through the real client', (kind) => {
  let target: ClusterTarget;
  const open = async (fakeOptions = {}) => (target = await openTarget(kind, fakeOptions));
  const run = (workspace: string, inputs = {}) => engine(target, workspace, inputs);
  const ns = () => target.namespace;

  it('plans every object as a create, applies, and then plans Synced', async () => {
    await open();
    const shopRun = run(shop());
    const first = await shopRun.plan();
    expect(first.syncStatus).toBe('OutOfSync');
    expect(first.plan?.changes.map((change) => `${change.action} ${change.subject}`)).toEqual([
      `create ConfigMap ${ns()}/settings`,
      `create Service ${ns()}/web`,
      `create Deployment ${ns()}/web`,
    ]);
    await expectNoWrites(target);

    const applied = await shopRun.apply();
    expect(applied.syncStatus).toBe('Synced');
    expect((await target.get('apps/v1', 'Deployment', 'web', ns()))?.metadata).toMatchObject({
      labels: { 'applyset.kubernetes.io/part-of': applySetId('kubesync-shop', ns(), 'Secret', '') },
      annotations: {
        'kubesync.io/commit': COMMIT.commit,
        'kubesync.io/run': COMMIT.run,
        'kubesync.io/ref': 'refs/heads/main',
      },
    });

    const second = await shopRun.plan();
    expect(second.syncStatus).toBe('Synced');
    expect(second.plan?.counts).toMatchObject({ create: 0, update: 0, delete: 0, unchanged: 3 });
    expect(second.plan?.digest).toBe((await shopRun.plan()).plan?.digest);
  });

  it('records the set in an ApplySet parent Secret that kubectl can read', async () => {
    await open();
    await run(shop()).apply();
    const parent = await target.get('v1', 'Secret', 'kubesync-shop', ns());
    expect(parent?.metadata).toMatchObject({
      labels: { 'applyset.kubernetes.io/id': applySetId('kubesync-shop', ns(), 'Secret', '') },
      annotations: {
        'applyset.kubernetes.io/tooling': 'kubesync/v0.1.0',
        'applyset.kubernetes.io/contains-group-kinds': 'ConfigMap,Deployment.apps,Service',
        'applyset.kubernetes.io/additional-namespaces': '',
        'kubesync.io/last-applied-commit': COMMIT.commit,
      },
    });
    // When it was applied, for the fleet view's age; a plan reads it back.
    const at = (parent?.metadata as { annotations: Record<string, string> }).annotations[
      'kubesync.io/last-applied-at'
    ];
    expect(Number.isNaN(Date.parse(at ?? ''))).toBe(false);
    expect((await run(shop()).plan()).lastApplied).toEqual({ commit: COMMIT.commit, at });
  });

  it('diffs exactly the changed replicas line', async () => {
    await open();
    const workspace = shop();
    const shopRun = run(workspace);
    await shopRun.apply();
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(3));
    const result = await shopRun.plan();
    const change = result.plan?.changes.find((entry) => entry.action === 'update');
    expect(change?.subject).toBe(`Deployment ${ns()}/web`);
    expect(changedLines(change?.diff)).toEqual(['-  replicas: 2', '+  replicas: 3']);
    expect(result.plan?.counts).toMatchObject({ update: 1, unchanged: 2 });
  });

  it('masks Secret values in the diff, still saying which key changed', async () => {
    await open();
    const workspace = shop({ 'k8s/secret.yaml': secret('hunter2') });
    const shopRun = run(workspace);
    const created = await shopRun.plan();
    expect(created.plan?.changes.find((change) => change.subject === `Secret ${ns()}/db`)?.diff).toContain(
      'password: "***"',
    );
    await shopRun.apply();
    writeFileSync(path.join(workspace, 'k8s/secret.yaml'), secret('correct-horse'));
    const result = await shopRun.plan();
    const diff = result.plan?.changes.find((change) => change.action === 'update')?.diff ?? '';
    expect(diff).toContain('-  password: "*** (before)"');
    expect(diff).toContain('+  password: "*** (after)"');
    expect(diff).toContain('   user: "***"');
    const secrets = new SecretValues();
    const shown =
      formatPlan(result.plan!, 'shop', secrets) +
      planSummary(secrets, 'plan', result.syncStatus, result.plan, []);
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
    await open();
    const workspace = shop({ 'k8s/extra.yaml': configMap('extra') });
    await target.seed({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'not-ours', namespace: ns() },
      data: {},
    });
    const shopRun = run(workspace);
    await shopRun.apply();
    rmSync(path.join(workspace, 'k8s/extra.yaml'));

    const orphaned = await shopRun.plan();
    expect(
      orphaned.plan?.changes.filter((change) => change.action === 'orphan').map((change) => change.subject),
    ).toEqual([`ConfigMap ${ns()}/extra`]);
    // As in Argo CD, an object that requires pruning is out of sync.
    expect(orphaned.syncStatus).toBe('OutOfSync');

    const pruning = await shopRun.plan({ prune: 'true' });
    expect(
      pruning.plan?.changes.filter((change) => change.action === 'delete').map((change) => change.subject),
    ).toEqual([`ConfigMap ${ns()}/extra`]);
    const result = await shopRun.apply({ prune: 'true', 'prune-propagation': 'Foreground' });
    expect(result.pruned).toEqual([`ConfigMap ${ns()}/extra`]);
    // Foreground: the garbage collector removes it once it has no dependents left, a moment later.
    await vi.waitFor(async () => expect(await target.get('v1', 'ConfigMap', 'extra', ns())).toBeUndefined(), {
      timeout: 30_000,
      interval: 100,
    });
    expect(await target.get('v1', 'ConfigMap', 'not-ours', ns())).toBeDefined();
    expect(await target.get('v1', 'ConfigMap', 'settings', ns())).toBeDefined();
    expect((await shopRun.plan({ prune: 'true' })).syncStatus).toBe('Synced');
  });

  // A prune refused mid-run (the permission revoked after the check) is in test/integration/rbac.test.ts.
  it('refuses a prune the credentials may not do before changing anything, and prunes on the next run', async () => {
    await open();
    const workspace = shop({ 'k8s/extra.yaml': configMap('extra') });
    await run(workspace).apply();
    rmSync(path.join(workspace, 'k8s/extra.yaml'));
    const restricted = await target.credentialsWithout([{ verb: 'delete', resource: 'configmaps' }]);
    await expect(run(workspace, { kubeconfig: restricted }).apply({ prune: 'true' })).rejects.toThrow(
      `the app's configmaps: the credentials cannot delete configmaps in namespace ${ns()} (prune)`,
    );
    expect(await target.get('v1', 'ConfigMap', 'extra', ns())).toBeDefined();
    const parent = await target.get('v1', 'Secret', 'kubesync-shop', ns());
    expect(parent?.metadata).toMatchObject({
      annotations: { 'applyset.kubernetes.io/contains-group-kinds': 'ConfigMap,Deployment.apps,Service' },
    });
    const retried = await run(workspace).apply({ prune: 'true' });
    expect(retried.pruned).toEqual([`ConfigMap ${ns()}/extra`]);
    expect(await target.get('v1', 'ConfigMap', 'extra', ns())).toBeUndefined();
  });

  it('rolls back a rollout that never becomes ready by server-side apply, so the next change applies without force', async () => {
    await open();
    const workspace = shop();
    const shopRun = run(workspace);
    expect((await shopRun.apply()).syncStatus).toBe('Synced');
    const broken = deployment(2, 'ghcr.io/acme/web:2.0.0-broken', UNREADY);
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), broken);
    const log = recordingLog();
    const result = await shopRun.apply({ timeout: '3s' }, COMMIT, log);
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems).toEqual([
      expect.stringMatching(new RegExp(`^Deployment ${ns()}/web: not ready after 3s: `)),
    ]);
    expect(result.restored).toEqual([`Deployment ${ns()}/web: restored`]);
    const restored = await target.get('apps/v1', 'Deployment', 'web', ns());
    expect(JSON.stringify(restored?.spec)).toContain('ghcr.io/acme/web:1.0.0');
    expect(JSON.stringify(restored?.spec)).not.toContain('fake-kubelet.lab/behavior');
    // One owner, the app's manager with operation Apply: a rollback by PUT would add a second one, Update.
    const managers = (restored?.metadata as { managedFields: { manager: string; operation: string }[] })
      .managedFields;
    expect(
      managers.filter((entry) => entry.manager === `kubesync/${ns()}/shop`).map((entry) => entry.operation),
    ).toEqual(['Apply']);

    const again = await shopRun.plan();
    expect(changedLines(again.plan?.changes.find((change) => change.action === 'update')?.diff)).toEqual([
      '+      annotations:',
      '+        fake-kubelet.lab/behavior: unready',
      '-        - image: ghcr.io/acme/web:1.0.0',
      '+        - image: ghcr.io/acme/web:2.0.0-broken',
    ]);

    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(3, 'ghcr.io/acme/web:2.0.1'));
    const next = await shopRun.apply();
    expect(next.problems).toEqual([]);
    expect(next.syncStatus).toBe('Synced');
  });

  it('fails fast on ProgressDeadlineExceeded, and deletes what the failed apply created', async () => {
    await open();
    const workspace = shop({
      'k8s/deployment.yaml': deployment(1, 'ghcr.io/acme/web:1.0.0', UNREADY).replace(
        '  replicas: 1',
        '  replicas: 1\n  progressDeadlineSeconds: 2',
      ),
    });
    const result = await run(workspace).apply({ timeout: '10m' });
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems[0]).toMatch(/^Deployment [\w-]+\/web: exceeded its progress deadline/);
    expect(result.restored).toContain(`Deployment ${ns()}/web: deleted (created by this apply)`);
    expect(await target.get('apps/v1', 'Deployment', 'web', ns())).toBeUndefined();
  });

  it('waits for progress and logs it', async () => {
    await open();
    const slow = `
      annotations: {fake-kubelet.lab/ready-after-seconds: "2"}`;
    const log = recordingLog();
    const result = await run(
      shop({ 'k8s/deployment.yaml': deployment(2, 'ghcr.io/acme/web:1.0.0', slow) }),
    ).apply({}, COMMIT, log);
    expect(result.syncStatus).toBe('Synced');
    const progress = log.lines.filter((line) => line.startsWith('deployment/web: '));
    expect(progress.at(-1)).toMatch(/^deployment\/web: 2\/2 replicas ready \(took \d+(ms|s)\)$/);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('serializes two applies of the same app from two jobs of one run on the Lease', async () => {
    await open({ latencyMs: 5 });
    const workspace = shop();
    const first = recordingLog();
    const second = recordingLog();
    // The same run URL: a matrix over environments sharing a namespace, or a re-run.
    const [a, b] = await Promise.all([
      run(workspace).apply({}, COMMIT, first),
      run(workspace).apply({}, COMMIT, second),
    ]);
    expect([a.syncStatus, b.syncStatus]).toEqual(['Synced', 'Synced']);
    const waited = [...first.lines, ...second.lines].filter((line) =>
      line.startsWith('waiting for the lock'),
    );
    expect(waited).toHaveLength(1);
    expect(waited[0]).toMatch(/held by https:\/\/github.com\/acme\/shop\/actions\/runs\/1 #[0-9a-f]{8}$/);
    expect(await target.get('coordination.k8s.io/v1', 'Lease', 'kubesync-shop', ns())).toBeUndefined();
  });

  it('fails with the holder named when the lock is not released within lock-timeout', async () => {
    await open();
    await target.seed(lease('https://github.com/acme/shop/actions/runs/99', 600, new Date()));
    await expect(run(shop()).apply({ 'lock-timeout': '100ms' })).rejects.toThrow(
      'held by https://github.com/acme/shop/actions/runs/99',
    );
    await expectNoWrites(target, (write) => write.startsWith('patch'));
  });

  it('takes over a lease its holder stopped renewing, once it has seen it unchanged for its duration', async () => {
    await open();
    await target.seed(lease('crashed-run', 1, new Date()));
    const log = recordingLog();
    expect((await run(shop()).apply({ 'lock-timeout': '30s' }, COMMIT, log)).syncStatus).toBe('Synced');
    expect(log.lines).toContainEqual(expect.stringMatching(/^took over the lock from crashed-run: /));
  });

  it('never takes over a renewed lease, however old its renewTime looks (a skewed clock)', async () => {
    await open();
    const skewed = new Date('2026-01-01T00:00:00Z');
    await target.seed(lease('https://github.com/acme/shop/actions/runs/7', 1, skewed));
    let renewing = true;
    const renewer = (async () => {
      for (let tick = 1; renewing; tick++) {
        await target.edit(
          LEASE,
          (object) => {
            (object.spec as { renewTime: string }).renewTime = microTime(new Date(skewed.getTime() + tick));
          },
          'other-runner',
        );
        await sleep(200);
      }
    })();
    try {
      await expect(run(shop()).apply({ 'lock-timeout': '3s' })).rejects.toThrow(
        'held by https://github.com/acme/shop/actions/runs/7',
      );
    } finally {
      renewing = false;
      await renewer;
    }
  });

  it('stops before pruning and recording when another run takes the lock mid-apply', async () => {
    await open();
    const workspace = shop({ 'k8s/extra.yaml': configMap('extra') });
    const shopRun = run(workspace);
    await shopRun.apply();
    rmSync(path.join(workspace, 'k8s/extra.yaml'));
    const slow = `
      annotations: {fake-kubelet.lab/ready-after-seconds: "3"}`;
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(2, 'ghcr.io/acme/web:1.1.0', slow));
    const newer = { ...COMMIT, commit: '3'.repeat(40) };
    const applying = shopRun.apply({ prune: 'true', timeout: '2m' }, newer);
    // Once the apply holds the lock and has applied the new image (it then waits 3s for readiness),
    // someone takes the lock (a run that wrongly thought it expired).
    for (;;) {
      const applied = await target.get('apps/v1', 'Deployment', 'web', ns());
      if (JSON.stringify(applied?.spec).includes('ghcr.io/acme/web:1.1.0')) break;
      await sleep(50);
    }
    await target.edit(
      LEASE,
      (object) => {
        (object.spec as { holderIdentity: string }).holderIdentity = 'thief';
      },
      'thief',
    );
    const result = await applying;
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^lost the lock \(Lease [\w-]+\/kubesync-shop\): it is now held by thief; stopped before the next stage/,
      ),
    ]);
    expect(result.pruned).toEqual([]);
    expect(await target.get('v1', 'ConfigMap', 'extra', ns())).toBeDefined();
    const parent = await target.get('v1', 'Secret', 'kubesync-shop', ns());
    expect(parent?.metadata).toMatchObject({
      annotations: { 'kubesync.io/last-applied-commit': COMMIT.commit },
    });
  });

  it('stops a cancelled apply short, releases the lock and says it was cancelled', async () => {
    await open();
    const slow = `
      annotations: {fake-kubelet.lab/ready-after-seconds: "30"}`;
    const workspace = shop({ 'k8s/deployment.yaml': deployment(2, 'ghcr.io/acme/web:1.0.0', slow) });
    const controller = new AbortController();
    const log = recordingLog();
    const applying = engine(target, workspace, {}, { signal: controller.signal }).apply(
      { timeout: '5m' },
      COMMIT,
      log,
    );
    while (!log.lines.some((line) => line.startsWith('deployment/web: '))) await sleep(20);
    controller.abort(new CancelledError('SIGTERM'));
    const result = await applying;
    expect(result.syncStatus).toBe('Failed');
    expect(result.problems).toEqual([
      expect.stringMatching(new RegExp(`^Deployment ${ns()}/web: cancelled \\(SIGTERM\\) while waiting: `)),
    ]);
    expect(result.restored).toEqual([]);
    expect(await target.get('coordination.k8s.io/v1', 'Lease', 'kubesync-shop', ns())).toBeUndefined();
  });

  it('orders commits by history: the child of a commit dated 2099 applies, the parent is refused', async () => {
    await open();
    const workspace = shop();
    const repo = gitHistory(workspace);
    const b = repo.commit('B', '2099-01-01T00:00:00Z');
    writeFileSync(path.join(workspace, 'k8s/config.yaml'), configMap('settings').replace('info', 'debug'));
    const c = repo.commit('C', '2001-01-01T00:00:00Z');
    const shopRun = run(workspace);
    const log = recordingLog();
    expect((await shopRun.apply({}, { ...COMMIT, commit: b })).syncStatus).toBe('Synced');
    expect((await shopRun.apply({}, { ...COMMIT, commit: c }, log)).syncStatus).toBe('Synced');
    expect(log.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
    await expect(shopRun.apply({}, { ...COMMIT, commit: b })).rejects.toThrow(
      `commit ${b.slice(0, 12)} is older than ${c.slice(0, 12)}, which this app last applied`,
    );
    const parent = await target.get('v1', 'Secret', 'kubesync-shop', ns());
    expect(parent?.metadata).toMatchObject({ annotations: { 'kubesync.io/last-applied-commit': c } });
    expect((await shopRun.apply({ 'allow-older': 'true' }, { ...COMMIT, commit: b })).syncStatus).toBe(
      'Synced',
    );
  });

  it('keeps the record of the last applied commit through a failed apply', async () => {
    await open();
    const workspace = shop();
    const repo = gitHistory(workspace);
    const zero = repo.commit('zero', '2026-11-19T10:00:00Z');
    const first = repo.commit('first', '2026-11-20T10:00:00Z');
    const shopRun = run(workspace);
    await shopRun.apply({}, { ...COMMIT, commit: first });
    writeFileSync(
      path.join(workspace, 'k8s/deployment.yaml'),
      deployment(3, 'ghcr.io/acme/web:1.0.0', UNREADY),
    );
    const failing = repo.commit('unready', '2026-11-21T10:00:00Z');
    expect((await shopRun.apply({ timeout: '1s' }, { ...COMMIT, commit: failing })).syncStatus).toBe(
      'Failed',
    );
    await expect(shopRun.apply({}, { ...COMMIT, commit: zero })).rejects.toThrow(
      `is older than ${first.slice(0, 12)}`,
    );
  });

  it('explains a 403 as what the credentials cannot do, at the manifest line', async () => {
    await open();
    const restricted = await target.credentialsWithout([
      { verb: 'patch', resource: 'deployments', group: 'apps' },
    ]);
    await expect(run(shop(), { kubeconfig: restricted }).plan()).rejects.toThrow(
      `k8s/deployment.yaml:1:1: Deployment ${ns()}/web: the credentials cannot patch deployments.apps in namespace ${ns()}`,
    );
  });

  it('applies nothing when one object fails validation', async () => {
    await open();
    const workspace = shop({ 'k8s/bad.yaml': configMap('bad').replace('\ndata:', '\ndataa:') });
    const result = await run(workspace).apply();
    expect(result).toMatchObject({
      syncStatus: 'Failed',
      problems: ['validation found 1 error; nothing was applied'],
    });
    expect(result.validation.findings[0]).toMatchObject({
      rule: 'unknown-field',
      origin: { file: 'k8s/bad.yaml', line: 5 },
    });
    await expectNoWrites(target);
  });

  it('applies nothing when an object lands in a namespace that does not exist', async () => {
    await open();
    const workspace = shop({
      'k8s/elsewhere.yaml': configMap('elsewhere').replace(
        'name: elsewhere',
        'name: elsewhere\n  namespace: missing-ns',
      ),
    });
    await expect(run(workspace).apply()).rejects.toThrow(
      /refused 1 of 4 objects in a dry run; nothing was applied:\n {2}k8s\/elsewhere.yaml:1:1: ConfigMap missing-ns\/elsewhere: namespaces "missing-ns" not found: add the Namespace/,
    );
    await expectNoWrites(target, (write) => !/^\w+ leases\//.test(write));
  });

  it('annotates a field the API server refuses on its line, and applies nothing', async () => {
    await open();
    const workspace = shop({ 'k8s/deployment.yaml': deployment(-1) });
    const planned = await run(workspace).plan();
    expect(planned.syncStatus).toBe('Unknown');
    expect(planned.unknownReason).toBe('the API server refused 1 of 3 objects in a dry run');
    expect(planned.validation.valid).toBe(false);
    expect(planned.validation.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'server-rejected',
        origin: { file: 'k8s/deployment.yaml', line: 6, column: 3 },
        message: expect.stringMatching(
          new RegExp(
            `^Deployment ${ns()}/web: the API server refused it: spec.replicas: .*greater than or equal to 0`,
          ),
        ),
      }),
    ]);
    const applied = await run(workspace).apply();
    expect(applied.syncStatus).toBe('Failed');
    expect(applied.problems).toEqual([
      'the API server refused 1 of 3 objects in a dry run; nothing was applied',
    ]);
    expect(await target.get('v1', 'ConfigMap', 'settings', ns())).toBeUndefined();
  });

  it('dry-runs a new object in a namespace the manifests declare when it already exists', async () => {
    await open();
    const workspace = makeWorkspace({
      'k8s/namespace.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns()}\n`,
      'k8s/config.yaml': configMap('settings').replace(
        'name: settings',
        'name: settings\n  labels: {tier: "-bad-"}',
      ),
    });
    const planned = await run(workspace).plan();
    expect(planned.validation.findings).toEqual([
      expect.objectContaining({ rule: 'server-rejected', origin: expect.objectContaining({ line: 5 }) }),
    ]);
  });

  it('says when an object is planned from the manifest because its namespace is created by the apply', async () => {
    await open();
    const fresh = `${ns()}-new`;
    const workspace = makeWorkspace({
      'k8s/namespace.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${fresh}\n`,
      'k8s/config.yaml': configMap('settings').replace(
        'name: settings',
        `name: settings\n  namespace: ${fresh}`,
      ),
    });
    const planned = await run(workspace).plan();
    expect(planned.plan?.changes.find((change) => change.ref.kind === 'ConfigMap')?.note).toBe(
      `planned from the manifest: its namespace ${fresh} is created by this apply, so the server cannot dry-run it yet`,
    );
  });

  it('explains a field-manager conflict and what force-conflicts would do', async () => {
    await open();
    await target.seed(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: ns() },
        data: { LOG_LEVEL: 'debug' },
      },
      'kubectl-edit',
    );
    const shopRun = run(shop());
    await expect(shopRun.apply()).rejects.toThrow(
      new RegExp(
        `ConfigMap ${ns()}/settings: server-side apply conflict: \\.data\\.LOG_LEVEL \\(owned by "kubectl-edit".*force-conflicts: true`,
      ),
    );
    expect(await target.get('v1', 'Service', 'web', ns())).toBeUndefined();
    expect((await shopRun.apply({ 'force-conflicts': 'true' })).syncStatus).toBe('Synced');
    expect((await target.get('v1', 'ConfigMap', 'settings', ns()))?.data).toEqual({ LOG_LEVEL: 'info' });
  });

  it('refuses an update of an immutable field, and replaces the object when allowed', async () => {
    await open();
    const workspace = shop();
    const shopRun = run(workspace);
    await shopRun.apply();
    const before = await target.get('apps/v1', 'Deployment', 'web', ns());
    const relabelled = deployment(2).replaceAll('{app: web}', '{app: web2}');
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), relabelled);

    const planned = await shopRun.plan();
    const change = planned.plan?.changes.find((entry) => entry.ref.kind === 'Deployment');
    expect(change).toMatchObject({
      action: 'update',
      replace: { fields: ['spec.selector'], allowed: false },
    });
    expect(change?.note).toMatch(
      /^replace required: spec.selector is immutable; apply refuses unless force-replace/,
    );

    await expect(shopRun.apply()).rejects.toThrow(
      new RegExp(
        `k8s/deployment.yaml:1:1: Deployment ${ns()}/web: the update changes spec.selector, which the API server does not change in place`,
      ),
    );
    const untouched = await target.get('apps/v1', 'Deployment', 'web', ns());
    expect(untouched?.metadata).toMatchObject({ uid: (before?.metadata as { uid: string }).uid });

    // A replacement is destructive: force-replace alone does not approve it.
    await expect(shopRun.apply({ 'force-replace': 'true' })).rejects.toThrow(
      `refused 1 destructive change without approval: Deployment ${ns()}/web`,
    );
    const replaced = await shopRun.apply({ 'force-replace': 'true', 'allow-destructive': 'true' });
    expect(replaced.problems).toEqual([]);
    expect(replaced.syncStatus).toBe('Synced');
    const after = await target.get('apps/v1', 'Deployment', 'web', ns());
    expect((after?.metadata as { uid: string }).uid).not.toBe((before?.metadata as { uid: string }).uid);
    expect(after?.spec).toMatchObject({ selector: { matchLabels: { app: 'web2' } } });
    expect((await shopRun.plan()).syncStatus).toBe('Synced');
  });

  it('sends the live value of a field ignore-differences names, so apply never fights its other owner', async () => {
    await open();
    const workspace = shop();
    const ignore = '- group: apps\n  kind: Deployment\n  jsonPointers: [/spec/replicas]\n';
    const shopRun = run(workspace, { 'ignore-differences': ignore });
    await shopRun.apply();
    // An autoscaler (another field manager) scales it to 4.
    await target.edit(
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      (object) => Object.assign(object.spec as object, { replicas: 4 }),
      'hpa',
    );
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(2, 'ghcr.io/acme/web:1.1.0'));
    const planned = await shopRun.plan();
    expect(planned.plan?.changes.find((entry) => entry.action === 'update')?.conflict).toBeUndefined();
    const applied = await shopRun.apply();
    expect(applied.problems).toEqual([]);
    expect((await target.get('apps/v1', 'Deployment', 'web', ns()))?.spec).toMatchObject({ replicas: 4 });
    expect((await shopRun.plan()).syncStatus).toBe('Synced');
  });

  it('applies a CRD and its custom resource in stages, and creates the namespace on request', async () => {
    await open();
    const group = `${ns()}.example.com`;
    const fresh = `${ns()}-shop`;
    const workspace = makeWorkspace({
      'k8s/crd.yaml': `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.${group}
spec:
  group: ${group}
  scope: Namespaced
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`,
      'k8s/widget.yaml': `apiVersion: ${group}/v1\nkind: Widget\nmetadata:\n  name: blue\nspec:\n  size: 3\n`,
    });
    const widgets = run(workspace, { namespace: fresh, 'create-namespace': 'true' });
    const plan = await widgets.plan();
    expect(plan.plan?.changes.map((change) => `${change.action} ${change.subject}`)).toEqual([
      `create Namespace ${fresh}`,
      `create CustomResourceDefinition widgets.${group}`,
      `create Widget ${fresh}/blue`,
    ]);
    const applied = await widgets.apply();
    expect(applied.syncStatus, applied.problems.join('\n')).toBe('Synced');
    expect((await target.get(`${group}/v1`, 'Widget', 'blue', fresh))?.spec).toEqual({ size: 3 });
    expect((await widgets.plan()).syncStatus).toBe('Synced');
  });

  it('leaves fields named in ignore-differences out of the diff', async () => {
    await open();
    const workspace = shop();
    const shopRun = run(workspace);
    await shopRun.apply();
    writeFileSync(path.join(workspace, 'k8s/deployment.yaml'), deployment(5));
    const ignore = '- group: apps\n  kind: Deployment\n  jsonPointers: [/spec/replicas]\n';
    expect((await shopRun.plan({ 'ignore-differences': ignore })).syncStatus).toBe('Synced');
  });

  it('waits for a partitioned StatefulSet rollout only up to its partition', async () => {
    await open();
    const statefulSet = (image: string, partition: number) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  replicas: 3
  serviceName: db
  updateStrategy:
    rollingUpdate: {partition: ${partition}}
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: ${image}
          resources: {requests: {cpu: 10m}}
`;
    const workspace = makeWorkspace({ 'k8s/db.yaml': statefulSet('ghcr.io/acme/db:1', 0) });
    const db = run(workspace);
    expect((await db.apply({ timeout: '2m' })).syncStatus).toBe('Synced');
    writeFileSync(path.join(workspace, 'k8s/db.yaml'), statefulSet('ghcr.io/acme/db:2', 2));
    const canary = await db.apply({ timeout: '2m' });
    expect(canary.problems).toEqual([]);
    expect(canary.syncStatus).toBe('Synced');
  });

  it('dry-run apply behaves as plan and changes nothing', async () => {
    await open();
    const result = await run(shop()).apply({ 'dry-run': 'true' });
    expect(result).toMatchObject({ dryRun: true, syncStatus: 'OutOfSync' });
    await expectNoWrites(target);
    expect(await target.get('apps/v1', 'Deployment', 'web', ns())).toBeUndefined();
  });
});

describe('plan and apply under injected faults, and their request counts (fake API server)', () => {
  it('reads the live state of an applied set with one LIST per kind, not a GET per object', async () => {
    const fake = await startFake();
    const workspace = shop({ 'k8s/a.yaml': configMap('a'), 'k8s/b.yaml': configMap('b') });
    const shopRun = engine(fake, workspace);
    await shopRun.apply();
    const before = fake.requests.length;
    expect((await shopRun.plan()).syncStatus).toBe('Synced');
    const reads = fake.requests.slice(before).filter((request) => request.method === 'GET');
    const objectReads = reads.filter((request) =>
      /\/(configmaps|services|deployments)\/[^/]+$/.test(request.path),
    );
    expect(objectReads).toEqual([]);
    expect(reads.filter((request) => /\/(configmaps|services|deployments)$/.test(request.path))).toHaveLength(
      3,
    );
  });

  it('converges with 10% of requests failing (5xx, 429, resets before and after taking effect)', async () => {
    const fake = await startFake({ faultRate: 0.1, faultSeed: 42 });
    const workspace = shop({
      'k8s/a.yaml': configMap('a'),
      'k8s/b.yaml': configMap('b'),
      'k8s/c.yaml': configMap('c'),
    });
    const shopRun = engine(fake, workspace);
    expect((await shopRun.apply()).syncStatus).toBe('Synced');
    expect(fake.requests.filter((request) => request.fault).length).toBeGreaterThan(0);
    fake.setOptions({ faultRate: 0 });
    expect((await shopRun.plan()).syncStatus).toBe('Synced');
  });

  it('honours Retry-After on 429', async () => {
    const fake = await startFake({ retryAfterSeconds: 1 });
    fake.failNext('429');
    const started = Date.now();
    await engine(fake, shop()).plan();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('plan without a cluster', () => {
  it('without credentials, plan validates and renders with status Unknown', async () => {
    const { runPlan } = await import('../../src/app/commands/plan.js');
    const { parseSettings } = await import('../../src/settings/parse-settings.js');
    const result = await runPlan(
      parseSettings({ manifest: 'k8s' }, { workspace: shop() }),
      COMMIT,
      testRuntime(),
    );
    expect(result).toMatchObject({
      syncStatus: 'Unknown',
      unknownReason: 'no cluster credentials (validated and rendered only)',
    });
    expect(result.validation.loaded.resources).toHaveLength(3);
  });
});

describeOnRealCluster('namespaces on the real control plane', () => {
  it('fails at once when the target namespace is being deleted', async () => {
    const name = await createNamespace();
    const objects = KubernetesObjectApi.makeApiClient(kubeConfig());
    const held = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'held', namespace: name, finalizers: ['kubesync.test/hold'] },
    };
    await objects.create(held);
    await deleteNamespace(name);
    try {
      const started = engine({ kind: 'real', kubeconfig: kubeConfigYaml(), namespace: name }, shop());
      await expect(started.apply({ timeout: '10m' })).rejects.toThrow(
        `namespace ${name} is being deleted (Terminating): nothing can be created in it until it is gone`,
      );
      await expect(started.plan()).rejects.toThrow(`namespace ${name} is being deleted (Terminating)`);
    } finally {
      await objects.patch(
        { ...held, metadata: { ...held.metadata, finalizers: [] } },
        undefined,
        undefined,
        undefined,
        undefined,
        PatchStrategy.MergePatch,
      );
    }
  });
});
