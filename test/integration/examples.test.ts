import { CoreV1Api, KubernetesObjectApi } from '@kubernetes/client-node';
import { afterEach, expect, it } from 'vitest';
import { openTarget } from '../support/cluster-target.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { deleteNamespace, describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { useRealTools } from '../support/tools.js';
import { kubeconfigFile, makeTempDir, REPO_ROOT } from '../support/workspace.js';

/** An object an example must leave in the cluster, with fields it must have. */
type Expected = readonly [apiVersion: string, kind: string, name: string, fields?: object];

/**
 * Every folder in examples/ applied as a user would, from this repository and exactly as shipped: the
 * bundled CLI, `kubesync apply examples/<x>` then `kubesync plan` (exit 0: nothing left to change).
 * The examples that let the namespace be chosen go to a fresh one per test. examples/raw and the
 * kustomize overlay name theirs (shop, production): no other test applies into those on the real
 * cluster, and these tests delete them afterwards.
 */
describeOnRealCluster(
  'every example applies as shipped (the bundled CLI on the real control plane)',
  (cluster) => {
    const tools = useRealTools();
    const kubeconfig = () => kubeconfigFile(cluster.kubeconfig);
    const objects = () => KubernetesObjectApi.makeApiClient(kubeConfig());

    /** Cluster-scoped objects an example made (its Namespace, its CRD), deleted after the test. */
    const clusterScoped: { apiVersion: string; kind: string; name: string }[] = [];
    afterEach(async () => {
      for (const { apiVersion, kind, name } of clusterScoped.splice(0)) {
        if (kind === 'Namespace') await deleteNamespace(name);
        else
          await objects()
            .delete({ apiVersion, kind, metadata: { name } })
            .catch(() => undefined);
      }
    });

    const kubesync = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      runProcess([DIST_ENTRY, ...args], { HOME: makeTempDir('kubesync-home-'), ...env }, REPO_ROOT);

    /** Applies, expects Synced, then plans and expects exit 0 (in sync). */
    async function appliesAndStaysInSync(args: string[], env: NodeJS.ProcessEnv = {}) {
      const flags = [...args, '--kubeconfig', kubeconfig(), '--timeout', '2m'];
      const applied = await kubesync(['apply', ...flags], env);
      expect(applied.stderr).not.toMatch(/error:|warning:/);
      expect(applied.exitCode, applied.stderr).toBe(0);
      expect(applied.stdout.trimEnd().split('\n').at(-1)).toMatch(/: Synced$/);
      const planned = await kubesync(['plan', ...flags], env);
      expect(planned.exitCode, `${planned.stdout}${planned.stderr}`).toBe(0);
      expect(planned.stdout).toContain('Synced');
    }

    async function expectPresent(namespace: string | undefined, expected: readonly Expected[]) {
      for (const [apiVersion, kind, name, fields = {}] of expected) {
        const metadata = namespace ? { name, namespace } : { name };
        await expect(
          objects().read({ apiVersion, kind, metadata }),
          `${kind} ${name}`,
        ).resolves.toMatchObject({ ...fields, kind, metadata });
      }
    }

    async function expectAbsent(namespace: string, [apiVersion, kind, name]: Expected) {
      const read = objects().read({ apiVersion, kind, metadata: { name, namespace } });
      await expect(read).rejects.toMatchObject({ code: 404 });
    }

    it('examples/app: no token, no Secret, nothing to create first', async () => {
      const { namespace } = await openTarget('real');
      await appliesAndStaysInSync(['examples/app', '--namespace', namespace]);
      await expectPresent(namespace, [
        ['apps/v1', 'Deployment', 'web'],
        ['v1', 'Service', 'web'],
        ['autoscaling/v2', 'HorizontalPodAutoscaler', 'web'],
        ['networking.k8s.io/v1', 'Ingress', 'web'],
      ]);
    });

    it('examples/doppler: with a Doppler service token and the Secret its comment names', async () => {
      const { namespace } = await openTarget('real');
      const doppler = await startDoppler();
      const args = ['examples/doppler', '--namespace', namespace, '--doppler-api-url', doppler.url];
      const env = { DOPPLER_TOKEN: SERVICE_TOKEN };

      // As the example's comment says: without payments-webhook, apply refuses and names it.
      const refused = await kubesync(['apply', ...args, '--kubeconfig', kubeconfig()], env);
      expect(refused.exitCode).toBe(2);
      expect(refused.stderr).toContain('payments-webhook');
      await expectAbsent(namespace, ['apps/v1', 'Deployment', 'payments']);

      await kubeConfig()
        .makeApiClient(CoreV1Api)
        .createNamespacedSecret({
          namespace,
          body: {
            metadata: { name: 'payments-webhook' },
            stringData: { 'signing-secret': 'whsec_9kQ2mVx7' },
          },
        });
      await appliesAndStaysInSync(args, env);
      await expectPresent(namespace, [
        ['apps/v1', 'Deployment', 'payments'],
        ['v1', 'Service', 'payments'],
        ['v1', 'Secret', 'payments-doppler'],
      ]);
      const secret = (await objects().read({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'payments-doppler', namespace },
      })) as { data?: Record<string, string> };
      expect(Object.keys(secret.data ?? {}).sort()).toEqual(['API_KEY', 'DATABASE_URL']);
    });

    it.each(['staging', 'production'])('examples/overlays --environment %s', async (environment) => {
      const { namespace } = await openTarget('real');
      await appliesAndStaysInSync([
        'examples/overlays',
        '--environment',
        environment,
        '--namespace',
        namespace,
      ]);
      await expectPresent(namespace, [
        ['apps/v1', 'Deployment', 'checkout'],
        ['v1', 'Service', 'checkout'],
        ['networking.k8s.io/v1', 'Ingress', 'checkout'],
      ]);
    });

    it('examples/raw: its Namespace shop, its CRD and a Widget, then the api Deployment', async () => {
      clusterScoped.push(
        { apiVersion: 'v1', kind: 'Namespace', name: 'shop' },
        {
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          name: 'widgets.example.com',
        },
      );
      await appliesAndStaysInSync(['examples/raw', '--namespace', 'shop']);
      await expectPresent(undefined, [
        ['v1', 'Namespace', 'shop'],
        ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com'],
      ]);
      await expectPresent('shop', [
        ['example.com/v1', 'Widget', 'blue'],
        ['apps/v1', 'Deployment', 'api'],
        ['v1', 'Service', 'api'],
        ['v1', 'ConfigMap', 'api-config'],
      ]);
    });

    it.skipIf(!tools.available)(
      `examples/kustomize/overlays/production: into the namespace production it names${tools.reason}`,
      async () => {
        clusterScoped.push({ apiVersion: 'v1', kind: 'Namespace', name: 'production' });
        await appliesAndStaysInSync([
          'examples/kustomize/overlays/production',
          '--namespace',
          'production',
          '--create-namespace',
        ]);
        await expectPresent('production', [
          ['apps/v1', 'Deployment', 'worker', { spec: { replicas: 3 } }],
          ['v1', 'Service', 'worker'],
        ]);
        const secrets = await kubeConfig()
          .makeApiClient(CoreV1Api)
          .listNamespacedSecret({ namespace: 'production' });
        const names = secrets.items.map((secret) => secret.metadata?.name ?? '');
        expect(names.filter((name) => name.startsWith('worker-settings-'))).toHaveLength(1);
      },
    );

    it.skipIf(!tools.available)(
      `examples/helm/chart with examples/helm/production-values.yaml${tools.reason}`,
      async () => {
        const { namespace } = await openTarget('real');
        await appliesAndStaysInSync([
          'examples/helm/chart',
          '--helm-release',
          'cache',
          '--helm-values',
          'examples/helm/production-values.yaml',
          '--namespace',
          namespace,
        ]);
        await expectPresent(namespace, [
          ['apps/v1', 'Deployment', 'cache', { spec: { replicas: 2 } }],
          ['v1', 'Service', 'cache'],
        ]);
      },
    );
  },
  { needsControllers: true },
);
