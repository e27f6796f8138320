import { BatchV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { applySetId } from '../../src/cluster/inventory.js';
import { HOOK_OF_LABEL } from '../../src/manifests/hook-labels.js';
import { diffText } from '../../src/report/plan-text.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { openTarget } from '../support/cluster-target.js';
import { COMMIT, engine, recordingLog } from '../support/engine.js';
import { describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace } from '../support/workspace.js';

const job = (
  metadata: string,
  annotations: string,
  image = 'busybox:1',
  podAnnotations = '',
) => `apiVersion: batch/v1
kind: Job
metadata:
${metadata}
  annotations:
${annotations}
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations: {${podAnnotations}}
    spec:
      restartPolicy: Never
      containers:
        - name: run
          image: ${image}
`;

const configMap = (name: string, annotations = '', value = 'one') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  annotations: {${annotations}}\ndata:\n  value: ${value}\n`;

/** The index of the first log line containing `text`; fails the test when there is none. */
function lineOf(lines: readonly string[], text: string): number {
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, `no log line contains ${text}:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
  return index;
}

async function hookJobs(target: ClusterTarget) {
  const batch = kubeConfig(target.kubeconfig).makeApiClient(BatchV1Api);
  const list = await batch.listNamespacedJob({ namespace: target.namespace, labelSelector: HOOK_OF_LABEL });
  return list.items;
}

describeOnRealCluster(
  'hooks and sync waves',
  () => {
    describe('a repository with PreSync and PostSync Jobs and waves', () => {
      const files = (migrateImage: string, withLate = true) => ({
        'k8s/migrate.yaml': job('  name: migrate', '    argocd.argoproj.io/hook: PreSync', migrateImage),
        'k8s/smoke.yaml': job('  generateName: smoke-', '    argocd.argoproj.io/hook: PostSync'),
        'k8s/early.yaml': configMap('early', 'argocd.argoproj.io/sync-wave: "-1"', migrateImage),
        'k8s/settings.yaml': configMap('settings'),
        ...(withLate ? { 'k8s/late.yaml': configMap('late', 'argocd.argoproj.io/sync-wave: "2"') } : {}),
      });

      it('runs PreSync, the waves in order, then PostSync; hooks are no set members and survive prune; an edited hook Job applies again', async () => {
        const target = await openTarget('real');
        const ns = target.namespace;
        const workspace = makeWorkspace(files('busybox:1'));
        const run = engine(target, workspace, { prune: 'true' });

        const planned = await run.plan();
        expect(planned.plan?.changes.map((change) => change.subject)).toEqual([
          `ConfigMap ${ns}/early`,
          `ConfigMap ${ns}/late`,
          `ConfigMap ${ns}/settings`,
        ]);
        expect(diffText(planned.plan!)).toContain(
          `#   before the resources (PreSync): Job ${ns}/migrate (hook, wave 0)\n` +
            `#   wave -1: ConfigMap ${ns}/early (create)\n` +
            `#   wave 0: ConfigMap ${ns}/settings (create)\n` +
            `#   wave 2: ConfigMap ${ns}/late (create)\n` +
            `#   after they are healthy (PostSync): Job ${ns}/smoke-* (hook, wave 0)\n`,
        );

        const log = recordingLog();
        const applied = await run.apply({}, COMMIT, log);
        expect(applied.problems).toEqual([]);
        expect(applied.syncStatus).toBe('Synced');
        const order = [
          lineOf(log.lines, `Job ${ns}/migrate: hook created`),
          lineOf(log.lines, 'job/migrate: complete'),
          lineOf(log.lines, `ConfigMap ${ns}/early: created`),
          lineOf(log.lines, `ConfigMap ${ns}/settings: created`),
          lineOf(log.lines, `ConfigMap ${ns}/late: created`),
          lineOf(log.lines, `Job ${ns}/smoke-`),
        ];
        expect([...order].sort((a, b) => a - b)).toEqual(order);

        const migrate = await target.get('batch/v1', 'Job', 'migrate', ns);
        expect(migrate?.metadata).toMatchObject({
          annotations: { 'kubesync.io/commit': COMMIT.commit },
          labels: { [HOOK_OF_LABEL]: applySetId('kubesync-shop', ns, 'Secret', '') },
        });
        expect(
          (migrate?.metadata as { labels: Record<string, string> }).labels['applyset.kubernetes.io/part-of'],
        ).toBeUndefined();

        // An edited hook Job (its template is immutable) and a pruned ConfigMap.
        const edited = engine(target, makeWorkspace(files('busybox:2', false)), { prune: 'true' });
        const second = await edited.apply();
        expect(second.problems).toEqual([]);
        expect(second.syncStatus).toBe('Synced');
        expect(second.pruned).toEqual([`ConfigMap ${ns}/late`]);
        const again = await target.get('batch/v1', 'Job', 'migrate', ns);
        expect(JSON.stringify(again?.spec)).toContain('busybox:2');
        const uid = (object: typeof again) => (object?.metadata as { uid?: string } | undefined)?.uid;
        expect(uid(again)).not.toBe(uid(migrate));
        const jobs = (await hookJobs(target)).map((item) => item.metadata?.name ?? '');
        // BeforeHookCreation deleted the first run's smoke- Job before creating the second's.
        expect(jobs.filter((name) => name.startsWith('smoke-'))).toHaveLength(1);
        expect(jobs).toContain('migrate');
        expect(await target.get('v1', 'ConfigMap', 'late', ns)).toBeUndefined();
      });
    });

    it('stops before any resource changes when a PreSync hook fails, and runs the SyncFail hooks', async () => {
      const target = await openTarget('real');
      const ns = target.namespace;
      const workspace = makeWorkspace({
        'k8s/migrate.yaml': job(
          '  name: migrate',
          '    argocd.argoproj.io/hook: PreSync',
          'busybox:1',
          'fake-kubelet.lab/behavior: fail',
        ),
        'k8s/failed.yaml': configMap('sync-failed', 'argocd.argoproj.io/hook: SyncFail'),
        'k8s/settings.yaml': configMap('settings'),
      });
      const applied = await engine(target, workspace).apply();
      expect(applied.syncStatus).toBe('Failed');
      expect(applied.problems.join('\n')).toMatch(/hook Job .*\/migrate: failed/);
      expect(applied.problems).toContain('a PreSync hook failed: nothing was applied');
      expect(await target.get('v1', 'ConfigMap', 'settings', ns)).toBeUndefined();
      expect(await target.get('v1', 'ConfigMap', 'sync-failed', ns)).toBeDefined();
    });

    const tools = useRealTools();
    it.skipIf(!tools.available)(
      `runs a Helm chart's hooks as their phases and never applies its test Pods${tools.available ? '' : ` (skipped: ${tools.reason})`}`,
      async () => {
        const target = await openTarget('real');
        const ns = target.namespace;
        const workspace = makeWorkspace({
          'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
          'chart/templates/pre.yaml': job(
            '  name: {{ .Release.Name }}-pre',
            '    "helm.sh/hook": pre-install,pre-upgrade\n    "helm.sh/hook-delete-policy": before-hook-creation,hook-succeeded',
          ),
          'chart/templates/post.yaml': job(
            '  name: {{ .Release.Name }}-post',
            '    "helm.sh/hook": post-install',
          ),
          'chart/templates/config.yaml': configMap('{{ .Release.Name }}-config'),
          'chart/templates/test.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-test
  annotations:
    "helm.sh/hook": test
spec:
  restartPolicy: Never
  containers:
    - name: test
      image: busybox:1
`,
        });
        const log = recordingLog();
        const applied = await engine(target, workspace, { manifest: 'chart' }).apply({}, COMMIT, log);
        expect(applied.problems).toEqual([]);
        expect(applied.syncStatus).toBe('Synced');
        const release = 'shop';
        const order = [
          lineOf(log.lines, `Job ${ns}/${release}-pre: hook created`),
          lineOf(log.lines, `ConfigMap ${ns}/${release}-config: created`),
          lineOf(log.lines, `Job ${ns}/${release}-post: hook created`),
        ];
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        // hook-succeeded: deleted once complete; the post-install Job keeps the default policy.
        expect(await target.get('batch/v1', 'Job', `${release}-pre`, ns)).toBeUndefined();
        expect(await target.get('batch/v1', 'Job', `${release}-post`, ns)).toBeDefined();
        expect(await target.get('v1', 'Pod', `${release}-test`, ns)).toBeUndefined();
      },
    );
  },
  { needsControllers: true },
);
