import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, expect, it } from 'vitest';
import type { ClusterClient } from '../../src/cluster/client.js';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import { applySetId, ApplySetInventory, PART_OF_LABEL } from '../../src/cluster/inventory.js';
import { runApply } from '../../src/app/commands/apply.js';
import { testRuntime, COMMIT, engine, recordingLog } from '../support/engine.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { planJson } from '../../src/report/plan-json.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const namespaces: string[] = [];
afterAll(async () => {
  await Promise.all(namespaces.map(deleteNamespace));
});

async function namespace(): Promise<string> {
  const name = await createNamespace();
  namespaces.push(name);
  return name;
}

const configMap = (data: Record<string, string>, annotations = '') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings${annotations}\ndata:\n${Object.entries(data)
    .map(([key, value]) => `  ${key}: "${value}"\n`)
    .join('')}`;

const LATER = {
  ...COMMIT,
  commit: '2222222222222222222222222222222222222222',
  commitTime: '2026-11-21T10:00:00Z',
  run: 'https://github.com/acme/shop/actions/runs/2',
};

const core = () => kubeConfig().makeApiClient(CoreV1Api);
const readConfigMap = (ns: string, name = 'settings') =>
  core().readNamespacedConfigMap({ name, namespace: ns });
const setOf = (app: string, ns: string) => applySetId(`kubesync-${app}`, ns, 'Secret', '');

describeOnRealCluster(
  'ownership: no app touches another owner’s objects without the workflow’s permission',
  (cluster) => {
    const app = (
      ns: string,
      name: string,
      files: Record<string, string>,
      inputs: Record<string, string> = {},
    ) =>
      engine({ kind: 'real', kubeconfig: cluster.kubeconfig, namespace: ns }, makeWorkspace(files), {
        app: name,
        wait: 'false',
        ...inputs,
      });

    it('refuses a second app’s apply of the first app’s ConfigMap, naming app one and the line; nothing changes', async () => {
      const ns = await namespace();
      expect((await app(ns, 'one', { 'k8s/config.yaml': configMap({ a: '1' }) }).apply()).syncStatus).toBe(
        'Synced',
      );
      const before = await readConfigMap(ns);

      const two = app(ns, 'two', { 'k8s/config.yaml': configMap({ a: '1', b: '2' }) });
      const planned = await two.plan();
      expect(planned.syncStatus).toBe('OutOfSync');
      const change = planned.plan?.changes.find((candidate) => candidate.ref.name === 'settings');
      expect(change?.owned).toEqual({ owner: `the kubesync app one in namespace ${ns}` });
      expect(planJson(planned, new SecretValues()).changes[0]?.owned).toEqual({
        owner: `the kubesync app one in namespace ${ns}`,
      });
      expect(formatPlan(planned.plan!, 'plan', new SecretValues())).toContain(
        `managed by the kubesync app one in namespace ${ns}, apply refuses to take it over`,
      );

      await expect(two.apply()).rejects.toThrow(
        `refused to take over 1 object that another owner manages: ConfigMap ${ns}/settings\n  k8s/config.yaml:1:1: ConfigMap ${ns}/settings is managed by the kubesync app one in namespace ${ns}\n`,
      );
      // force-conflicts takes fields, never objects.
      await expect(two.apply({ 'force-conflicts': 'true' })).rejects.toThrow('refused to take over 1 object');
      const after = await readConfigMap(ns);
      expect(after.metadata?.resourceVersion).toBe(before.metadata?.resourceVersion);
      expect(after.metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('one', ns));
      expect(after.data).toEqual({ a: '1' });
      await expect(core().readNamespacedSecret({ name: 'kubesync-two', namespace: ns })).rejects.toThrow();

      // Its prune never reaches app one's object: it was never app two's.
      const pruned = await app(ns, 'two', {
        'k8s/other.yaml': configMap({ c: '3' }).replace('settings', 'other'),
      }).apply({
        prune: 'true',
      });
      expect(pruned.syncStatus).toBe('Synced');
      expect((await readConfigMap(ns)).metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('one', ns));
    });

    it('takes the ConfigMap over with allow-adoption: true, or annotated on an object the manifest marks', async () => {
      const ns = await namespace();
      await app(ns, 'one', { 'k8s/config.yaml': configMap({ a: '1' }) }).apply();
      const unmarked = { 'k8s/config.yaml': configMap({ a: '1' }) };
      const marked = {
        'k8s/config.yaml': configMap({ a: '1' }, '\n  annotations: {kubesync.io/adopt: "true"}'),
      };

      // The annotation alone, without the workflow's permission, allows nothing.
      await expect(app(ns, 'two', marked).apply()).rejects.toThrow('refused to take over 1 object');
      await expect(app(ns, 'two', unmarked, { 'allow-adoption': 'annotated' }).apply()).rejects.toThrow(
        'refused to take over 1 object',
      );
      const planned = await app(ns, 'two', marked, { 'allow-adoption': 'annotated' }).plan();
      expect(planned.plan?.changes[0]?.owned).toEqual({
        owner: `the kubesync app one in namespace ${ns}`,
        adoptedBy: 'allow-adoption: annotated and kubesync.io/adopt: "true"',
      });
      // A later commit and run: app one's commit and run annotations are taken over with the label.
      const adopted = await app(ns, 'two', marked, { 'allow-adoption': 'annotated' }).apply({}, LATER);
      expect(adopted.syncStatus).toBe('Synced');
      const taken = await readConfigMap(ns);
      expect(taken.metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('two', ns));
      expect(taken.metadata?.annotations?.['kubesync.io/commit']).toBe(LATER.commit);

      // And back to app one, by the workflow's allow-adoption: true alone.
      expect((await app(ns, 'one', unmarked, { 'allow-adoption': 'true' }).apply()).syncStatus).toBe(
        'Synced',
      );
      expect((await readConfigMap(ns)).metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('one', ns));
    });

    it('reports a field both apps set, with adoption allowed, as a conflict with app one’s manager, not an overwrite', async () => {
      const ns = await namespace();
      await app(ns, 'one', { 'k8s/config.yaml': configMap({ a: '1' }) }).apply();
      const two = app(ns, 'two', { 'k8s/config.yaml': configMap({ a: '2' }) }, { 'allow-adoption': 'true' });
      await expect(two.apply()).rejects.toThrow(`.data.a (owned by "kubesync/${ns}/one")`);
      expect((await readConfigMap(ns)).data).toEqual({ a: '1' });
      expect((await readConfigMap(ns)).metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('one', ns));
      // force-conflicts, also the workflow's, takes the field.
      const forced = await app(
        ns,
        'two',
        { 'k8s/config.yaml': configMap({ a: '2' }) },
        {
          'allow-adoption': 'true',
          'force-conflicts': 'true',
        },
      ).apply();
      expect(forced.syncStatus).toBe('Synced');
      expect((await readConfigMap(ns)).data).toEqual({ a: '2' });
    });

    const owners: {
      tool: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
      /** Who writes the object: Argo CD's tracking label counts only on an object Argo CD wrote. */
      fieldManager?: string;
      owner: (ns: string) => string;
    }[] = [
      {
        tool: 'a Helm release',
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
        annotations: { 'meta.helm.sh/release-name': 'redis', 'meta.helm.sh/release-namespace': 'cache' },
        owner: () => 'the Helm release cache/redis',
      },
      {
        tool: 'an Argo CD application tracking by annotation',
        annotations: { 'argocd.argoproj.io/tracking-id': 'guestbook:/ConfigMap:x/settings' },
        owner: () => 'the Argo CD application guestbook',
      },
      {
        tool: 'an Argo CD application tracking by label',
        labels: { 'app.kubernetes.io/instance': 'guestbook' },
        fieldManager: 'argocd-controller',
        owner: () => 'the Argo CD application guestbook (its tracking label app.kubernetes.io/instance)',
      },
      {
        tool: 'a Flux Kustomization',
        labels: {
          'kustomize.toolkit.fluxcd.io/name': 'apps',
          'kustomize.toolkit.fluxcd.io/namespace': 'flux-system',
        },
        owner: () => 'the Flux Kustomization flux-system/apps',
      },
      {
        tool: 'a Flux HelmRelease',
        labels: {
          'helm.toolkit.fluxcd.io/name': 'redis',
          'helm.toolkit.fluxcd.io/namespace': 'cache',
          'app.kubernetes.io/managed-by': 'Helm',
        },
        annotations: {
          'meta.helm.sh/release-name': 'cache-redis',
          'meta.helm.sh/release-namespace': 'cache',
        },
        owner: () => 'the Flux HelmRelease cache/redis',
      },
    ];

    it.each(owners)(
      'refuses to take over the ConfigMap of $tool, naming it',
      async ({ labels, annotations, fieldManager, owner }) => {
        const ns = await namespace();
        const created = await core().createNamespacedConfigMap({
          namespace: ns,
          body: { metadata: { name: 'settings', labels, annotations }, data: { a: '1' } },
          ...(fieldManager ? { fieldManager } : {}),
        });
        const shop = app(ns, 'shop', { 'k8s/config.yaml': configMap({ a: '1' }) });
        const planned = await shop.plan();
        expect(planned.syncStatus).toBe('OutOfSync');
        expect(planned.plan?.changes[0]?.owned).toEqual({ owner: owner(ns) });
        await expect(shop.apply()).rejects.toThrow(`ConfigMap ${ns}/settings is managed by ${owner(ns)}`);
        expect((await readConfigMap(ns)).metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
        expect(
          (
            await app(
              ns,
              'shop',
              { 'k8s/config.yaml': configMap({ a: '1' }) },
              { 'allow-adoption': 'true' },
            ).apply()
          ).syncStatus,
        ).toBe('Synced');
      },
    );

    it('names the app of a set an older kubesync applied (as the shared manager kubesync) by its parent Secret', async () => {
      const ns = await namespace();
      const legacy = new HttpClusterClient(kubeConfig(cluster.kubeconfig), 'kubesync');
      const one = new ApplySetInventory('one', ns);
      const member = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: ns, labels: one.memberLabels() },
        data: { a: '1' },
      };
      await legacy.apply(member);
      await legacy.apply(one.parent([member]));
      const two = app(ns, 'two', { 'k8s/config.yaml': configMap({ a: '1' }) });
      expect((await two.plan()).plan?.changes[0]?.owned).toEqual({
        owner: `the kubesync app one in namespace ${ns}`,
      });
      await expect(two.apply()).rejects.toThrow(`is managed by the kubesync app one in namespace ${ns}`);
    });

    it('adopts a live object nothing claims, as before', async () => {
      const ns = await namespace();
      // As `helm template | kubectl apply` leaves it: the recommended labels, and no owner.
      const labels = { 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'Helm' };
      await core().createNamespacedConfigMap({
        namespace: ns,
        body: { metadata: { name: 'settings', labels }, data: { a: '1' } },
        fieldManager: 'kubectl-client-side-apply',
      });
      const shop = app(ns, 'shop', { 'k8s/config.yaml': configMap({ a: '1' }) });
      expect((await shop.plan()).plan?.changes[0]?.owned).toBeUndefined();
      expect((await shop.apply()).syncStatus).toBe('Synced');
      expect((await readConfigMap(ns)).metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('shop', ns));
    });

    it('prunes only what still carries its set’s label when it deletes: one re-labelled after the read is left', async () => {
      const ns = await namespace();
      const files = {
        'k8s/config.yaml': configMap({ a: '1' }),
        'k8s/old.yaml': configMap({ o: '1' }).replace('settings', 'old'),
      };
      await app(ns, 'two', files).apply();
      // Between prune's read and its delete, app one takes the object into its own set.
      const settings = parseSettings(
        {
          manifest: 'k8s',
          kubeconfig: cluster.kubeconfig,
          app: 'two',
          namespace: ns,
          wait: 'false',
          prune: 'true',
        },
        { workspace: makeWorkspace({ 'k8s/config.yaml': configMap({ a: '1' }) }) },
      );
      const log = recordingLog();
      const runtime = testRuntime(log);
      const relabelled = { done: false };
      const connect: typeof runtime.connect = (settings, name) => {
        const session = runtime.connect(settings, name);
        if (!session) return undefined;
        return { ...session, client: relabelBeforeDelete(session.client, ns, setOf('one', ns), relabelled) };
      };
      const result = await runApply(
        settings,
        COMMIT,
        { ...runtime, connect },
        { pollMs: 200, lockPollMs: 200 },
      );
      expect(relabelled.done).toBe(true);
      expect(result.pruned).toEqual([]);
      expect(log.lines).toContain(
        `warning: ConfigMap ${ns}/old: no longer labelled as part of this app; left in place`,
      );
      expect((await readConfigMap(ns, 'old')).metadata?.labels?.[PART_OF_LABEL]).toBe(setOf('one', ns));
    });

    it('moves the fields the legacy manager kubesync holds on its members to the app’s own, so a dropped field goes', async () => {
      const ns = await namespace();
      // As an older kubesync left it: every field owned by `kubesync`, the member labelled, the parent recorded.
      const legacy = new HttpClusterClient(kubeConfig(cluster.kubeconfig), 'kubesync');
      const inventory = new ApplySetInventory('shop', ns);
      const member = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: ns, labels: inventory.memberLabels() },
        data: { a: '1', b: '2' },
      };
      await legacy.apply(member);
      await legacy.apply(inventory.parent([member]));

      const shop = app(ns, 'shop', { 'k8s/config.yaml': configMap({ a: '1' }) });
      const planned = await shop.plan();
      expect(planned.plan?.changes[0]).toMatchObject({ action: 'update' });
      expect(planned.plan?.changes[0]?.diff).toContain('-  b: "2"');
      expect(planned.plan?.changes[0]?.owned).toBeUndefined();
      expect((await shop.apply()).syncStatus).toBe('Synced');
      const after = await readConfigMap(ns);
      expect(after.data).toEqual({ a: '1' });
      const managers = (after.metadata?.managedFields ?? []).map(
        (entry) => `${entry.manager} ${entry.operation}`,
      );
      expect(managers).toEqual([`kubesync/${ns}/shop Apply`]);
      const parent = await core().readNamespacedSecret({ name: 'kubesync-shop', namespace: ns });
      expect(
        (parent.metadata?.managedFields ?? []).map((entry) => `${entry.manager} ${entry.operation}`),
      ).toEqual([`kubesync/${ns}/shop Apply`]);
    });
  },
);

/** The client, except that before it deletes `old` the object is moved into another set, as another app would. */
function relabelBeforeDelete(
  client: ClusterClient,
  ns: string,
  otherSet: string,
  relabelled: { done: boolean },
): ClusterClient {
  const other = new HttpClusterClient(kubeConfig(), 'kubesync/other/one');
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'delete') return Reflect.get(target, property, receiver) as unknown;
      const remove: ClusterClient['delete'] = async (ref, policy, preconditions) => {
        if (ref.name === 'old' && !relabelled.done) {
          await other.apply(
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { name: 'old', namespace: ns, labels: { [PART_OF_LABEL]: otherSet } },
            },
            { force: true },
          );
          relabelled.done = true;
        }
        return target.delete(ref, policy, preconditions);
      };
      return remove;
    },
  });
}
