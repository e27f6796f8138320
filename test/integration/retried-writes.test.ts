import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import { startFake } from '../support/engine.js';
import type { FakeKube } from '../fake-kube/server.js';

const quick = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 };

/** A client that has already discovered ConfigMaps, so an injected fault hits the write itself. */
async function clientOf(fake: FakeKube): Promise<HttpClusterClient> {
  const config = new KubeConfig();
  config.loadFromString(fake.kubeconfig());
  const client = new HttpClusterClient(config, 'kubesync/test/retried-writes', { retry: quick });
  await client.resourceFor('v1', 'ConfigMap');
  return client;
}

const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'default' } };
const ref = { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'default' };
const sent = (fake: FakeKube, method: string) =>
  fake.requests.filter((request) => request.method === method && !request.query.dryRun);

describe('writes whose answer was lost are checked, never sent twice', () => {
  it('a create that took effect before the connection reset is looked up, not posted again', async () => {
    const fake = await startFake();
    const client = await clientOf(fake);
    fake.failNext('reset-after');
    const created = await client.create(configMap);
    expect(created.metadata).toMatchObject({ name: 'a' });
    expect(sent(fake, 'POST')).toHaveLength(1);
  });

  it('a create that failed before taking effect is sent again', async () => {
    const fake = await startFake();
    const client = await clientOf(fake);
    fake.failNext('reset');
    await client.create(configMap);
    expect(sent(fake, 'POST')).toHaveLength(2);
    expect(fake.get('v1', 'ConfigMap', 'a')).toBeDefined();
  });

  it('a delete that took effect before the connection reset counts as done, and is not sent again', async () => {
    const fake = await startFake();
    const client = await clientOf(fake);
    const created = await client.create(configMap);
    fake.failNext('reset-after');
    const uid = (created.metadata as { uid: string }).uid;
    expect(await client.delete(ref, 'Background', { uid })).toBe(true);
    expect(sent(fake, 'DELETE')).toHaveLength(1);
    expect(fake.get('v1', 'ConfigMap', 'a')).toBeUndefined();
  });

  it('a delete with a UID precondition never removes an object created again since', async () => {
    const fake = await startFake();
    const client = await clientOf(fake);
    const first = await client.create(configMap);
    await client.delete(ref);
    await client.create(configMap);
    const uid = (first.metadata as { uid: string }).uid;
    await expect(client.delete(ref, 'Background', { uid })).rejects.toMatchObject({ status: 409 });
    expect(fake.get('v1', 'ConfigMap', 'a')).toBeDefined();
  });
});
