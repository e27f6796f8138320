import { describe, expect, it } from 'vitest';
import type { ClusterClient } from '../../src/cluster/client.js';
import type { ObjectRef } from '../../src/model/object.js';
import type { KubeObject } from '../../src/model/object.js';
import type { WaitTarget } from '../../src/sync/wait.js';
import { waitUntilReady } from '../../src/sync/wait.js';

/** A client whose `get` answers each ref from a script, one entry per read; the last entry repeats. */
function scriptedClient(script: Record<string, (KubeObject | undefined)[]>): {
  client: ClusterClient;
  reads: Record<string, number>;
} {
  const reads: Record<string, number> = {};
  const get = (ref: ObjectRef): Promise<KubeObject | undefined> => {
    const answers = script[ref.name] ?? [];
    const read = reads[ref.name] ?? 0;
    reads[ref.name] = read + 1;
    return Promise.resolve(answers[Math.min(read, answers.length - 1)]);
  };
  return { client: { get } as unknown as ClusterClient, reads };
}

/** A clock that moves `step` ms on every read the client answers: time passes only as the wait reads. */
function readClock(reads: Record<string, number>, step: number): () => number {
  return () => Object.values(reads).reduce((sum, count) => sum + count, 0) * step;
}

const web: WaitTarget = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' };
const deployment = (generation: number, observedGeneration: number, available: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', generation },
  spec: { replicas: 2 },
  status: { observedGeneration, replicas: 2, updatedReplicas: 2, availableReplicas: available },
});
// Generous: every case ends by what the objects say, never by the clock.
const options = { timeoutMs: 600_000, pollMs: 1 };

describe('waitUntilReady', () => {
  it('waits past the old, fully rolled out generation until the controller reports the applied one', async () => {
    const { client, reads } = scriptedClient({
      web: [deployment(1, 1, 2), deployment(2, 1, 2), deployment(2, 2, 1), deployment(2, 2, 2)],
    });
    const clock = readClock(reads, 5000);
    const lines: string[] = [];
    const result = await waitUntilReady(client, [{ ...web, generation: 2 }], {
      ...options,
      now: clock,
      log: (line) => lines.push(line),
    });
    expect(result).toEqual({ ok: true, problems: [] });
    expect(reads.web).toBe(4);
    expect(lines).toEqual([
      'deployment/web: read generation 1, waiting for 2',
      'deployment/web: waiting for the controller to observe generation 2',
      'deployment/web: 1/2 replicas ready',
      'deployment/web: 2/2 replicas ready (took 20s)',
    ]);
  });

  it('tells progress at most every progressMs, only what changed, and the time each object took', async () => {
    const { client, reads } = scriptedClient({
      web: [
        deployment(1, 1, 0),
        deployment(1, 1, 0),
        deployment(1, 1, 1),
        deployment(1, 1, 1),
        deployment(1, 1, 1),
        deployment(1, 1, 2),
      ],
    });
    // One second passes per read: progress every 2 s tells the first read, the third (changed), and
    // nothing at the fifth (unchanged since).
    const lines: string[] = [];
    await waitUntilReady(client, [web], {
      ...options,
      now: readClock(reads, 1000),
      progressMs: 2000,
      log: (line) => lines.push(line),
    });
    expect(lines).toEqual([
      'deployment/web: 0/2 replicas ready',
      'deployment/web: 1/2 replicas ready',
      'deployment/web: 2/2 replicas ready (took 6s)',
    ]);
  });

  it('on a terminal, rewrites one status line instead of a line per change', async () => {
    const { client, reads } = scriptedClient({
      web: [deployment(1, 1, 0), deployment(1, 1, 1), deployment(1, 1, 2)],
      db: [deployment(1, 1, 0), deployment(1, 1, 0), deployment(1, 1, 2)],
    });
    const lines: string[] = [];
    const status: string[] = [];
    await waitUntilReady(client, [web, { ...web, name: 'db' }], {
      ...options,
      concurrency: 1,
      now: readClock(reads, 5000),
      log: (line) => lines.push(line),
      status: (line) => status.push(line),
    });
    expect(status).toEqual([
      'deployment/web: 0/2 replicas ready · deployment/db: 0/2 replicas ready',
      'deployment/web: 1/2 replicas ready · deployment/db: 0/2 replicas ready',
    ]);
    expect(lines).toEqual([
      'deployment/web: 2/2 replicas ready (took 25s)',
      'deployment/db: 2/2 replicas ready (took 30s)',
    ]);
  });

  it('takes a plain ObjectRef as ready on the status it reads first', async () => {
    const { client, reads } = scriptedClient({ web: [deployment(1, 1, 2), deployment(2, 2, 2)] });
    const ref: ObjectRef = web;
    expect(await waitUntilReady(client, [ref], options)).toEqual({ ok: true, problems: [] });
    expect(reads.web).toBe(1);
  });

  it('fails at once when an object it saw is deleted while waiting', async () => {
    const { client, reads } = scriptedClient({ web: [deployment(2, 2, 0), undefined, deployment(2, 2, 2)] });
    const result = await waitUntilReady(client, [{ ...web, generation: 2 }], options);
    expect(result).toEqual({
      ok: false,
      problems: [{ ref: { ...web, generation: 2 }, message: 'deleted while waiting' }],
    });
    expect(reads.web).toBe(2);
  });

  it('keeps waiting for an object not found yet', async () => {
    const { client, reads } = scriptedClient({ web: [undefined, undefined, deployment(1, 1, 2)] });
    expect(await waitUntilReady(client, [web], options)).toEqual({ ok: true, problems: [] });
    expect(reads.web).toBe(3);
  });

  it('says a Job removed by its TTL may have finished', async () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate' },
      spec: { ttlSecondsAfterFinished: 0 },
      status: { active: 1 },
    };
    const { client } = scriptedClient({ migrate: [job, undefined] });
    const result = await waitUntilReady(
      client,
      [{ apiVersion: 'batch/v1', kind: 'Job', name: 'migrate' }],
      options,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^deleted while waiting \(ttlSecondsAfterFinished/),
      }),
    ]);
  });

  it('reports what was still pending when the time is up', async () => {
    const { client } = scriptedClient({ web: [deployment(2, 2, 1)] });
    const result = await waitUntilReady(client, [web], { timeoutMs: 0, pollMs: 1 });
    expect(result).toEqual({
      ok: false,
      problems: [{ ref: web, message: 'not ready after 0ms: 1/2 replicas ready' }],
    });
  });
});
