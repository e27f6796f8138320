import { afterAll, beforeAll, expect, it } from 'vitest';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import { ApplyLock, SEEN_HELD_FRESH_MS } from '../../src/cluster/lock.js';
import { auditEventsSince, auditMark } from '../support/control-plane.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';

/**
 * The lock is confirmed before each stage that writes. A Lease this run took, renewed or read a moment
 * ago is its own without asking again (another run takes over only a Lease it saw unrenewed for the
 * whole lease); after that, confirming reads it, and finds a thief.
 */
describeOnRealCluster('confirming the apply lock', (cluster) => {
  let namespace = '';
  let clock = 0;
  const client = () => new HttpClusterClient(kubeConfig(), 'kubesync/test/lock-confirm');
  const lock = (name: string) =>
    new ApplyLock(client(), name, namespace, { holder: 'this run', timeoutMs: 5_000, now: () => clock });
  const leaseReads = async (mark: number, name: string) =>
    (await auditEventsSince(cluster.auditLogFile, mark)).filter(
      (event) =>
        event.verb === 'get' && event.objectRef?.resource === 'leases' && event.objectRef.name === name,
    ).length;

  beforeAll(async () => {
    namespace = await createNamespace();
  });
  afterAll(async () => {
    await deleteNamespace(namespace);
  });

  it.skipIf(!cluster.auditLogFile)(
    'makes no request right after the lock is taken, and reads it after',
    async () => {
      const held = lock('fresh');
      await held.acquire();
      try {
        const mark = auditMark(cluster.auditLogFile);
        clock += SEEN_HELD_FRESH_MS - 1;
        await held.confirm();
        expect(await leaseReads(mark, 'fresh')).toBe(0);
        clock += 1;
        await held.confirm();
        expect(await leaseReads(mark, 'fresh')).toBe(1);
        // Read and found held: fresh again.
        await held.confirm();
        expect(await leaseReads(mark, 'fresh')).toBe(1);
      } finally {
        await held.release();
      }
    },
  );

  it('finds a thief once the Lease was last seen held longer ago than that', async () => {
    const held = lock('stolen');
    await held.acquire();
    const lease = await client().get({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      namespace,
      name: 'stolen',
    });
    await client().replace({ ...lease, spec: { ...(lease?.spec as object), holderIdentity: 'thief' } });
    clock += SEEN_HELD_FRESH_MS;
    await expect(held.confirm()).rejects.toThrow(
      /^lost the lock \(Lease [\w-]+\/stolen\): it is now held by thief;/,
    );
    await held.release();
  });
});
