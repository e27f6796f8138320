import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { KubeApiError } from '../../src/cluster/api-error.js';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import type { KubeObject } from '../../src/model/object.js';
import { codeBlocks, readDoc, section } from '../support/docs.js';
import { COMMIT, engine, recordingLog } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  realCluster,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/**
 * kubesync.io/wait-for through a whole apply on the real control plane: the test plays the controller,
 * writing status through the status subresource while apply waits.
 */
const [DATABASE_EXAMPLE = '', SERVICE_EXAMPLE = ''] = codeBlocks(
  'docs/plan-and-apply.md',
  section(readDoc('docs/plan-and-apply.md'), '## When an object is ready'),
)
  .filter((block) => block.language === 'yaml')
  .map((block) => block.text);

const DATABASE_CRD: KubeObject = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'databases.db.example.com' },
  spec: {
    group: 'db.example.com',
    scope: 'Namespaced',
    names: { kind: 'Database', plural: 'databases', singular: 'database', listKind: 'DatabaseList' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        subresources: { status: {} },
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', properties: { storage: { type: 'string' } } },
              status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            },
          },
        },
      },
    ],
  },
};

const DATABASE = { apiVersion: 'db.example.com/v1', kind: 'Database', name: 'orders' };

describeOnRealCluster('kubesync.io/wait-for through an apply', () => {
  let client: HttpClusterClient;
  let namespace: string;
  const run = (files: Record<string, string>) =>
    engine({ kubeconfig: realCluster()!.kubeconfig, namespace, kind: 'real' }, makeWorkspace(files));

  beforeAll(async () => {
    client = new HttpClusterClient(kubeConfig(), 'kubesync/test/wait-for');
    await client.create(DATABASE_CRD).catch((error: unknown) => {
      if (!(error instanceof KubeApiError && error.status === 409)) throw error;
    });
    for (;;) {
      const crd = (await client.get({ ...DATABASE_CRD, name: 'databases.db.example.com' } as never)) as {
        status?: { conditions?: { type: string; status: string }[] };
      };
      if (crd.status?.conditions?.some((entry) => entry.type === 'Established' && entry.status === 'True'))
        break;
      await sleep(100);
    }
  });
  afterEach(async () => {
    if (namespace) await deleteNamespace(namespace);
  });

  /** Polls until `found` gives a value. */
  async function until<T>(found: () => Promise<T | undefined> | T | undefined): Promise<T> {
    for (;;) {
      const value = await found();
      if (value !== undefined) return value;
      await sleep(50);
    }
  }

  /** Writes the status through the status subresource, as a controller does. */
  async function setStatus(ref: typeof DATABASE, status: Record<string, unknown>): Promise<void> {
    const live = await until(() => client.get({ ...ref, namespace }));
    const config = kubeConfig();
    if (ref.kind === 'Service') {
      await config.makeApiClient(CoreV1Api).replaceNamespacedServiceStatus({
        name: ref.name,
        namespace,
        body: { ...live, status },
      });
      return;
    }
    await config.makeApiClient(CustomObjectsApi).replaceNamespacedCustomObjectStatus({
      group: 'db.example.com',
      version: 'v1',
      namespace,
      plural: 'databases',
      name: ref.name,
      body: { ...live, status },
    });
  }

  it("waits for the docs' Database until its expression holds: Ready, then an endpoint", async () => {
    namespace = await createNamespace();
    const log = recordingLog();
    const applying = run({ 'k8s/db.yaml': DATABASE_EXAMPLE }).apply({ timeout: '2m' }, COMMIT, log);
    await setStatus(DATABASE, { conditions: [{ type: 'Ready', status: 'True' }] });
    // Ready alone is not enough: apply says what it still waits for.
    await until(() =>
      log.lines.find((line) =>
        line.includes('database/orders: waiting for jsonpath={.status.endpoint}: not set yet'),
      ),
    );
    await setStatus(DATABASE, {
      conditions: [{ type: 'Ready', status: 'True' }],
      endpoint: 'orders.db.svc:5432',
    });
    const applied = await applying;
    expect(applied.problems).toEqual([]);
    expect(applied.syncStatus).toBe('Synced');
    expect(
      log.lines.some((line) =>
        line.includes('database/orders: condition=Ready; jsonpath={.status.endpoint}'),
      ),
    ).toBe(true);
  });

  it('fails at the timeout saying which expression did not hold and what it saw', async () => {
    namespace = await createNamespace();
    const applied = await run({ 'k8s/db.yaml': DATABASE_EXAMPLE }).apply({ timeout: '3s' });
    expect(applied.syncStatus).not.toBe('Synced');
    expect(applied.problems.join('\n')).toContain(
      `Database ${namespace}/orders: not ready after 3s: waiting for condition=Ready: no Ready condition yet`,
    );
  });

  it('does not wait for a LoadBalancer Service annotated none, as the docs show', async () => {
    namespace = await createNamespace();
    const log = recordingLog();
    const applied = await run({ 'k8s/edge.yaml': SERVICE_EXAMPLE }).apply({ timeout: '2m' }, COMMIT, log);
    expect(applied.problems).toEqual([]);
    expect(applied.syncStatus).toBe('Synced');
    expect(log.lines).toContainEqual(
      expect.stringContaining('service/edge: not waited for (kubesync.io/wait-for: none)'),
    );
  });

  it('waits for a LoadBalancer Service without the annotation until it has an address', async () => {
    namespace = await createNamespace();
    const log = recordingLog();
    const service = SERVICE_EXAMPLE.replace(/ {2}annotations:\n(.*\n){2}/, '');
    expect(service).not.toContain('wait-for');
    const applying = run({ 'k8s/edge.yaml': service }).apply({ timeout: '2m' }, COMMIT, log);
    await until(() =>
      log.lines.find((line) => line.includes('service/edge: waiting for a load balancer address')),
    );
    await setStatus(
      { apiVersion: 'v1', kind: 'Service', name: 'edge' },
      { loadBalancer: { ingress: [{ ip: '203.0.113.20' }] } },
    );
    const applied = await applying;
    expect(applied.problems).toEqual([]);
    expect(log.lines).toContainEqual(expect.stringContaining('service/edge: load balancer at 203.0.113.20'));
  });

  it('delete waits until the object is gone', async () => {
    namespace = await createNamespace();
    const log = recordingLog();
    const oneShot = DATABASE_EXAMPLE.replace(/kubesync\.io\/wait-for: .*/, 'kubesync.io/wait-for: delete');
    const applying = run({ 'k8s/db.yaml': oneShot }).apply({ timeout: '2m' }, COMMIT, log);
    await until(() => log.lines.find((line) => line.includes('database/orders: waiting to be deleted')));
    await client.delete({ ...DATABASE, namespace });
    const applied = await applying;
    expect(applied.problems).toEqual([]);
    expect(log.lines).toContainEqual(expect.stringContaining('database/orders: deleted'));
  });
});
