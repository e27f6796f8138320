import { ApiException, AppsV1Api, BatchV1Api, CoreV1Api, type V1ConfigMap } from '@kubernetes/client-node';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ADMIN_USER, RESTRICTED_USER, auditEventsSince, auditMark } from '../support/control-plane.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';

// Runs on kind too (KUBESYNC_E2E_KUBECONFIG): pause:3.10 is preloaded there, and `/pause -v` exits 0.
const PAUSE = 'registry.k8s.io/pause:3.10';
const ROLLOUT_BOUND = { timeout: 90_000, interval: 250 };

const configMap = (name: string): V1ConfigMap => ({ metadata: { name }, data: { LOG_LEVEL: 'info' } });

describeOnRealCluster('the real cluster of the test run', (cluster) => {
  const admin = kubeConfig(cluster.kubeconfig);
  const core = admin.makeApiClient(CoreV1Api);
  let namespace = '';
  beforeAll(async () => {
    namespace = await createNamespace();
  });
  afterAll(() => deleteNamespace(namespace));

  it('lets the admin create a ConfigMap in a fresh namespace', async () => {
    await core.createNamespacedConfigMap({ namespace, body: configMap('settings') });
    const read = await core.readNamespacedConfigMap({ namespace, name: 'settings' });
    expect(read.data).toEqual({ LOG_LEVEL: 'info' });
  });

  it.skipIf(!cluster.restrictedKubeconfig)('answers 403 to a user without RBAC', async () => {
    const restricted = kubeConfig(cluster.restrictedKubeconfig).makeApiClient(CoreV1Api);
    const denied = await restricted
      .createNamespacedConfigMap({ namespace, body: configMap('denied') })
      .catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(ApiException);
    const { code, body } = denied as ApiException<string>;
    expect(code).toBe(403);
    expect((JSON.parse(body) as { message: string }).message).toContain(
      `User "${RESTRICTED_USER}" cannot create resource "configmaps"`,
    );
  });

  it.skipIf(!cluster.auditLogFile)(
    "audits the admin's create with its user agent and namespace",
    async () => {
      const mark = auditMark(cluster.auditLogFile);
      await core.createNamespacedConfigMap({ namespace, body: configMap('audited') });
      const creates = (await auditEventsSince(cluster.auditLogFile, mark)).filter(
        (event) => event.verb === 'create' && event.objectRef?.name === 'audited',
      );
      expect(creates).toEqual([
        expect.objectContaining({
          user: expect.objectContaining({ username: ADMIN_USER }),
          userAgent: expect.stringMatching(/^kubernetes-client-javascript\//),
          objectRef: expect.objectContaining({ resource: 'configmaps', namespace }),
          requestURI: `/api/v1/namespaces/${namespace}/configmaps`,
          responseStatus: expect.objectContaining({ code: 201 }),
        }),
      ]);
    },
  );

  it.skipIf(!cluster.controllers)(
    'rolls a Deployment of 2 replicas out to 2/2 available',
    { timeout: 120_000 },
    async () => {
      const apps = admin.makeApiClient(AppsV1Api);
      const labels = { app: 'web' };
      await apps.createNamespacedDeployment({
        namespace,
        body: {
          metadata: { name: 'web' },
          spec: {
            replicas: 2,
            selector: { matchLabels: labels },
            template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: PAUSE }] } },
          },
        },
      });
      await vi.waitFor(async () => {
        const { status } = await apps.readNamespacedDeploymentStatus({ namespace, name: 'web' });
        expect(status?.availableReplicas).toBe(2);
      }, ROLLOUT_BOUND);
    },
  );

  it.skipIf(!cluster.controllers)('runs a Job to completion', { timeout: 120_000 }, async () => {
    const batch = admin.makeApiClient(BatchV1Api);
    await batch.createNamespacedJob({
      namespace,
      body: {
        metadata: { name: 'once' },
        spec: {
          backoffLimit: 0,
          template: {
            spec: { restartPolicy: 'Never', containers: [{ name: 'once', image: PAUSE, args: ['-v'] }] },
          },
        },
      },
    });
    await vi.waitFor(async () => {
      const { status } = await batch.readNamespacedJobStatus({ namespace, name: 'once' });
      expect(status?.succeeded).toBe(1);
    }, ROLLOUT_BOUND);
  });
});
