import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../fake-kube/request.js';
import { FakeKube } from '../fake-kube/server.js';

const APPLY = 'application/apply-patch+yaml';
const cm = (data: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'default', ...extra },
  data,
});
const cmPath = '/api/v1/namespaces/default/configmaps/settings';

describe('the fake Kubernetes API server', () => {
  let fake: FakeKube;
  beforeEach(async () => {
    fake = new FakeKube({ token: 'fake-token' });
    await fake.start();
  });
  afterEach(() => fake.stop());

  it('serves discovery for the core group, named groups and their versions', async () => {
    expect((await rawRequest(fake, 'GET', '/api')).body.versions).toEqual(['v1']);
    const apps = await rawRequest(fake, 'GET', '/apis/apps/v1');
    expect(apps.body.resources).toContainEqual(
      expect.objectContaining({ name: 'deployments', kind: 'Deployment', namespaced: true }),
    );
    expect((await rawRequest(fake, 'GET', '/apis/autoscaling')).body.preferredVersion).toEqual({
      groupVersion: 'autoscaling/v2',
      version: 'v2',
    });
    expect((await rawRequest(fake, 'GET', '/apis/example.com/v1')).status).toBe(404);
  });

  it('requires the bearer token', async () => {
    expect(
      (await rawRequest(fake, 'GET', '/api/v1/namespaces', undefined, 'application/json', 'wrong')).status,
    ).toBe(401);
  });

  it('server-side applies: creates, fills server fields, and a dry run stores nothing', async () => {
    const dry = await rawRequest(
      fake,
      'PATCH',
      `${cmPath}?fieldManager=kubesync&dryRun=All`,
      cm({ a: '1' }),
      APPLY,
    );
    expect(dry.status).toBe(201);
    expect(dry.body.metadata).toMatchObject({
      name: 'settings',
      uid: expect.any(String),
      resourceVersion: expect.any(String),
    });
    expect((await rawRequest(fake, 'GET', cmPath)).status).toBe(404);

    const created = await rawRequest(fake, 'PATCH', `${cmPath}?fieldManager=kubesync`, cm({ a: '1' }), APPLY);
    expect(created.status).toBe(201);
    const read = await rawRequest(fake, 'GET', cmPath);
    expect(read.body).toMatchObject({
      data: { a: '1' },
      metadata: { managedFields: [expect.objectContaining({ manager: 'kubesync', operation: 'Apply' })] },
    });
  });

  it('removes fields the manager stopped applying, keeps fields of other managers', async () => {
    await rawRequest(fake, 'PATCH', `${cmPath}?fieldManager=kubesync`, cm({ a: '1', b: '2' }), APPLY);
    await rawRequest(fake, 'PATCH', `${cmPath}?fieldManager=other`, cm({ c: '3' }), APPLY);
    await rawRequest(fake, 'PATCH', `${cmPath}?fieldManager=kubesync`, cm({ a: '1' }), APPLY);
    expect((await rawRequest(fake, 'GET', cmPath)).body.data).toEqual({ a: '1', c: '3' });
  });

  it('answers 409 naming the other manager and field, unless forced', async () => {
    fake.seed(cm({ a: 'theirs' }), 'kubectl-client-side-apply');
    const conflict = await rawRequest(
      fake,
      'PATCH',
      `${cmPath}?fieldManager=kubesync`,
      cm({ a: 'mine' }),
      APPLY,
    );
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({
      kind: 'Status',
      reason: 'Conflict',
      message: 'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply": .data.a',
    });
    const forced = await rawRequest(
      fake,
      'PATCH',
      `${cmPath}?fieldManager=kubesync&force=true`,
      cm({ a: 'mine' }),
      APPLY,
    );
    expect(forced.status).toBe(200);
  });

  it('rejects unknown fields of built-in kinds, like strict decoding', async () => {
    const body = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicaz: 3 },
    };
    const result = await rawRequest(
      fake,
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubesync',
      body,
      APPLY,
    );
    expect(result.status).toBe(422);
    expect(result.body.message).toContain('.spec.replicaz: field not declared in schema');
  });

  it('refuses objects in a namespace that does not exist', async () => {
    const result = await rawRequest(
      fake,
      'PATCH',
      '/api/v1/namespaces/shop/configmaps/x?fieldManager=kubesync',
      { ...cm({}), metadata: { name: 'x', namespace: 'shop' } },
      APPLY,
    );
    expect(result).toMatchObject({ status: 404, body: { message: 'namespaces "shop" not found' } });
  });

  it('lists with label selectors, and items carry no kind', async () => {
    fake.seed(cm({}, { labels: { team: 'a' } }));
    fake.seed({ ...cm({}), metadata: { name: 'other', namespace: 'default', labels: { team: 'b' } } });
    const list = await rawRequest(
      fake,
      'GET',
      '/api/v1/namespaces/default/configmaps?labelSelector=team%3Da',
    );
    expect(
      (list.body.items as { metadata: { name: string }; kind?: string }[]).map((item) => [
        item.metadata.name,
        item.kind,
      ]),
    ).toEqual([['settings', undefined]]);
    const all = await rawRequest(fake, 'GET', '/api/v1/configmaps?labelSelector=team');
    expect(all.body.items).toHaveLength(2);
  });

  it('creates with POST, replaces with PUT under optimistic concurrency, deletes with a propagation policy', async () => {
    const lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'l', namespace: 'default' },
      spec: { holderIdentity: 'a' },
    };
    const created = await rawRequest(
      fake,
      'POST',
      '/apis/coordination.k8s.io/v1/namespaces/default/leases',
      lease,
    );
    expect(created.status).toBe(201);
    expect(
      (await rawRequest(fake, 'POST', '/apis/coordination.k8s.io/v1/namespaces/default/leases', lease))
        .status,
    ).toBe(409);
    const resourceVersion = (created.body.metadata as { resourceVersion: string }).resourceVersion;
    const path = '/apis/coordination.k8s.io/v1/namespaces/default/leases/l';
    const stale = await rawRequest(fake, 'PUT', path, {
      ...lease,
      metadata: { ...lease.metadata, resourceVersion: '1' },
    });
    expect(stale.status).toBe(409);
    const updated = await rawRequest(fake, 'PUT', path, {
      ...lease,
      metadata: { ...lease.metadata, resourceVersion },
      spec: { holderIdentity: 'b' },
    });
    expect(updated.body.spec).toEqual({ holderIdentity: 'b' });
    const deleted = await rawRequest(fake, 'DELETE', path, { propagationPolicy: 'Foreground' });
    expect([deleted.status, deleted.body.message]).toEqual([200, undefined]);
    expect(fake.requests.at(-1)?.body).toEqual({ propagationPolicy: 'Foreground' });
    expect((await rawRequest(fake, 'DELETE', path)).status).toBe(404);
  });

  it('turns an applied CRD into a resource, Established after the configured reads', async () => {
    fake.setOptions({ crdEstablishAfterReads: 1 });
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { kind: 'Widget', plural: 'widgets' },
        versions: [{ name: 'v1', served: true, storage: true }],
      },
    };
    const path = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com';
    await rawRequest(fake, 'PATCH', `${path}?fieldManager=kubesync`, crd, APPLY);
    expect((await rawRequest(fake, 'GET', path)).body.status).toMatchObject({
      conditions: [{ type: 'Established', status: 'True' }],
    });
    const resources = await rawRequest(fake, 'GET', '/apis/example.com/v1');
    expect(resources.body.resources).toContainEqual(
      expect.objectContaining({ name: 'widgets', kind: 'Widget' }),
    );
  });

  it('gives workloads a status from their behaviour, and serves the status subresource', async () => {
    fake.setOptions({
      behaviour: (object) =>
        (object.metadata as { name: string }).name === 'slow' ? { readyAfterReads: 2 } : 'ready',
    });
    const deployment = (name: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name },
      spec: { replicas: 2, selector: {}, template: {} },
    });
    for (const name of ['fast', 'slow']) {
      await rawRequest(
        fake,
        'PATCH',
        `/apis/apps/v1/namespaces/default/deployments/${name}?fieldManager=kubesync`,
        deployment(name),
        APPLY,
      );
    }
    const fast = await rawRequest(fake, 'GET', '/apis/apps/v1/namespaces/default/deployments/fast');
    expect(fast.body.status).toMatchObject({
      observedGeneration: 1,
      availableReplicas: 2,
      updatedReplicas: 2,
    });
    expect(fast.body.spec).toMatchObject({ revisionHistoryLimit: 10, progressDeadlineSeconds: 600 });
    const slow = await rawRequest(fake, 'GET', '/apis/apps/v1/namespaces/default/deployments/slow/status');
    expect(slow.body.status).toMatchObject({ availableReplicas: 0 });
    await rawRequest(fake, 'GET', '/apis/apps/v1/namespaces/default/deployments/slow');
    const later = await rawRequest(fake, 'GET', '/apis/apps/v1/namespaces/default/deployments/slow');
    expect(later.body.status).toMatchObject({ availableReplicas: 2 });
  });

  it('answers 403 Forbidden with the API server wording', async () => {
    fake.setOptions({ forbid: [{ verb: 'patch', resource: 'configmaps', namespace: 'default' }] });
    const result = await rawRequest(fake, 'PATCH', `${cmPath}?fieldManager=kubesync`, cm({}), APPLY);
    expect(result.status).toBe(403);
    expect(result.body.message).toBe(
      'configmaps "settings" is forbidden: User "system:serviceaccount:ci:kubesync" cannot patch resource "configmaps" in API group "" in the namespace "default"',
    );
  });

  it('injects scripted faults: 503, 429 with Retry-After, and connection resets', async () => {
    fake.setOptions({ retryAfterSeconds: 2 });
    fake.failNext('503', '429', 'reset');
    expect((await rawRequest(fake, 'GET', '/api')).status).toBe(503);
    const limited = await rawRequest(fake, 'GET', '/api');
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '2']);
    await expect(rawRequest(fake, 'GET', '/api')).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await rawRequest(fake, 'GET', '/api')).status).toBe(200);
  });

  it('injects random faults at the configured rate, the same ones for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const server = new FakeKube({ faultRate: 0.3, faultSeed: seed, faultKinds: ['503'] });
      await server.start();
      const statuses: number[] = [];
      for (let index = 0; index < 40; index++)
        statuses.push((await rawRequest(server, 'GET', '/api')).status);
      await server.stop();
      return statuses;
    };
    const first = await outcomes(7);
    expect(first).toEqual(await outcomes(7));
    const faults = first.filter((status) => status === 503).length;
    expect(faults).toBeGreaterThan(4);
    expect(faults).toBeLessThan(20);
  });
});
