import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runApply } from '../../src/app/commands/apply.js';
import { runPlan } from '../../src/app/commands/plan.js';
import type { RawInputs } from '../../src/settings/parse-settings.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { commitAncestry } from '../../src/app/commit-ancestry.js';
import { COMMIT, testRuntime } from '../support/engine.js';
import { gitHistory } from '../support/git-history.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { deleteNamespace, describeOnRealCluster } from '../support/real-cluster.js';

/**
 * One deploy sequence against a real cluster: the control plane the test run starts, or the cluster
 * KUBESYNC_E2E_KUBECONFIG names (kind in .github/workflows/e2e.yml), in a namespace of its own.
 */
const namespace = `kubesync-e2e-${Date.now().toString(36)}`;

const deployment = (image: string, replicas = 1) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  progressDeadlineSeconds: 20
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ${image}
          resources: {requests: {cpu: 10m, memory: 16Mi}}
`;
const PAUSE = 'registry.k8s.io/pause:3.10';

describeOnRealCluster(
  'a deploy sequence against a real cluster',
  (cluster) => {
    // One checkout for the whole sequence: each scenario builds on the files the previous one left.
    const workspace = mkdtempSync(path.join(tmpdir(), 'kubesync-e2e-'));
    afterAll(async () => {
      rmSync(workspace, { recursive: true, force: true });
      await deleteNamespace(namespace);
    });
    const write = (file: string, content: string) =>
      writeFileSync(path.join(workspace, 'k8s', file), content);
    const settings = (extra: RawInputs = {}) =>
      parseSettings(
        {
          manifest: 'k8s',
          kubeconfig: cluster.kubeconfig,
          app: 'e2e',
          namespace,
          'create-namespace': 'true',
          timeout: '2m',
          ...extra,
        },
        { workspace },
      );
    const plan = (extra: RawInputs = {}) => runPlan(settings(extra), COMMIT, testRuntime());
    const apply = (extra: RawInputs = {}) =>
      runApply(settings(extra), COMMIT, testRuntime(), { pollMs: 1000 });

    beforeAll(() => mkdirSync(path.join(workspace, 'k8s')));

    it('plans creates, applies, then plans Synced; a replicas change diffs that line', async () => {
      write('web.yaml', deployment(PAUSE));
      write(
        'config.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n',
      );
      write(
        'secret.yaml',
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: e2e-hunter2\n',
      );
      // The three objects, and the namespace that create-namespace makes.
      expect((await plan()).plan?.counts.create).toBe(4);
      expect((await apply()).syncStatus).toBe('Synced');
      expect((await plan()).syncStatus).toBe('Synced');
      write('web.yaml', deployment(PAUSE, 2));
      const changed = await plan();
      const lines = changed.plan?.changes
        .find((change) => change.action === 'update')
        ?.diff.split('\n')
        .filter((line) => /^[-+][^-+]/.test(line));
      expect(lines).toEqual(['-  replicas: 1', '+  replicas: 2']);
      expect((await apply()).syncStatus).toBe('Synced');
    });

    it('masks a changed Secret value', async () => {
      write(
        'secret.yaml',
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: e2e-correct-horse\n',
      );
      const diff =
        (await plan()).plan?.changes.find((change) => change.subject.startsWith('Secret'))?.diff ?? '';
      expect(diff).toContain('*** (after)');
      expect(diff).not.toContain('correct-horse');
      await apply();
    });

    it('prunes exactly a removed object', async () => {
      rmSync(path.join(workspace, 'k8s/config.yaml'));
      const result = await apply({ prune: 'true' });
      expect(result.pruned).toEqual([`ConfigMap ${namespace}/settings`]);
    });

    it('fails a rollout that never becomes ready and rolls back to the previous spec', async () => {
      // A kubelet fails this image's pull; the control plane's kubelet stand-in pulls nothing and obeys
      // the annotation instead (real kubelets ignore it).
      write(
        'web.yaml',
        deployment('registry.k8s.io/pause:does-not-exist', 2).replace(
          'labels: {app: web}\n    spec:',
          'labels: {app: web}\n      annotations: {fake-kubelet.lab/behavior: image-pull-error}\n    spec:',
        ),
      );
      const result = await apply();
      expect(result.syncStatus).toBe('Failed');
      expect(result.restored).toEqual([`Deployment ${namespace}/web: restored`]);
      write('web.yaml', deployment(PAUSE, 2));
      expect((await plan()).syncStatus).toBe('Synced');
    });

    it('refuses an older commit by history, whatever the committer dates say', async () => {
      const repo = gitHistory(workspace);
      const older = repo.commit('older', '2099-01-01T00:00:00Z');
      const newer = repo.commit('newer', '2001-01-01T00:00:00Z');
      const applyCommit = (commit: string) =>
        runApply(
          settings(),
          { ...COMMIT, commit },
          testRuntime(),
          { pollMs: 1000 },
          {
            ancestry: commitAncestry(workspace),
          },
        );
      expect((await applyCommit(newer)).syncStatus).toBe('Synced');
      await expect(applyCommit(older)).rejects.toThrow('is older than');
    });

    it('fills <app>-doppler from the Doppler API, and a rotated value rolls the pods', async () => {
      const doppler = await startDoppler();
      mkdirSync(path.join(workspace, 'app'), { recursive: true });
      writeFileSync(
        path.join(workspace, 'app/pipeops.yaml'),
        `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: e2e-doppler
spec:
  image: ${PAUSE}
  resources: {cpu: 10m, memory: 16Mi}
  env:
    - {name: DATABASE_URL, valueFrom: doppler://production/DATABASE_URL}
`,
      );
      const app = {
        manifest: 'app/pipeops.yaml',
        app: 'e2e-doppler',
        'doppler-token': SERVICE_TOKEN,
        'doppler-api-url': doppler.url,
      };
      const applied = await apply(app);
      expect(applied.problems).toEqual([]);
      expect(applied.syncStatus).toBe('Synced');
      expect((await plan(app)).syncStatus).toBe('Synced');

      doppler.setSecret('shop', 'production', 'DATABASE_URL', 'postgres://app:e2e-rotated@db:5432/shop');
      const rotated = await plan(app);
      expect(
        rotated.plan?.changes.filter((change) => change.action === 'update').map((c) => c.subject),
      ).toEqual([`Secret ${namespace}/e2e-doppler-doppler`, `Deployment ${namespace}/e2e-doppler`]);
      expect((await apply(app)).syncStatus).toBe('Synced');
      expect((await plan(app)).syncStatus).toBe('Synced');
    });

    it('prunes everything once the manifests are empty, leaving only the namespace', async () => {
      for (const file of ['web.yaml', 'secret.yaml']) rmSync(path.join(workspace, 'k8s', file));
      write('namespace.yaml', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n`);
      const result = await apply({ prune: 'true' });
      expect(result.pruned.sort()).toEqual([`Deployment ${namespace}/web`, `Secret ${namespace}/db`]);
    });
  },
  { needsControllers: true },
);
