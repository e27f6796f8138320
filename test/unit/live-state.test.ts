import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';
import type { ClusterClient } from '../../src/cluster/client.js';
import type { KubeObject } from '../../src/model/object.js';
import type { DesiredObject } from '../../src/plan/desired.js';
import { readLiveState, versionedIdentity } from '../../src/plan/live-state.js';

const configMap = (name: string, namespace = 'shop'): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace },
});
const service = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
});
const desired = (object: KubeObject): DesiredObject =>
  ({ object, resource: { object }, awaitsCrd: false }) as unknown as DesiredObject;

/** A client whose LISTs answer only when the test lets them, and that counts what runs at once. */
function listingClient(live: KubeObject[]) {
  const lists: string[] = [];
  const releases: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const client = {
    list: async (apiVersion: string, kind: string, options: { namespace?: string } = {}) => {
      lists.push(`${kind} ${options.namespace ?? ''}`);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return live.filter(
        (object) =>
          object.kind === kind && (object.metadata as { namespace?: string }).namespace === options.namespace,
      );
    },
  } as unknown as ClusterClient;
  /** Lets every LIST answer, those that start meanwhile too, until `reading` settles. */
  const answerAll = async <T>(reading: Promise<T>): Promise<T> => {
    let settled = false;
    const done = reading.finally(() => (settled = true));
    while (!settled) {
      for (const release of releases.splice(0)) release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return done;
  };
  return { client, lists, answerAll, mostAtOnce: () => mostAtOnce };
}

describe('readLiveState', () => {
  it('lists a kind the members do not cover at once, before the members are in', async () => {
    const { client, lists, answerAll } = listingClient([configMap('a')]);
    let membersIn!: (members: KubeObject[]) => void;
    const members = new Promise<KubeObject[]>((resolve) => (membersIn = resolve));
    const reading = readLiveState(client, [configMap('a'), configMap('b')].map(desired), {
      members,
      membersListed: () => false,
      limit: pLimit(8),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lists).toEqual(['ConfigMap shop']);
    membersIn([]);
    const known = await answerAll(reading);
    expect(known.get(versionedIdentity(configMap('a')))).toEqual(configMap('a'));
    expect(known.has(versionedIdentity(configMap('b')))).toBe(true);
    expect(known.get(versionedIdentity(configMap('b')))).toBeUndefined();
  });

  it('reads a covered kind after its members, and only the objects that are not members yet', async () => {
    const { client, lists, answerAll } = listingClient([configMap('c'), configMap('d')]);
    let membersIn!: (members: KubeObject[]) => void;
    const members = new Promise<KubeObject[]>((resolve) => (membersIn = resolve));
    const reading = readLiveState(
      client,
      [configMap('a'), configMap('b'), configMap('c'), configMap('d'), service('web')].map(desired),
      { members, membersListed: (_group, kind) => kind === 'ConfigMap', limit: pLimit(8) },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lists).toEqual([]);
    membersIn([configMap('a'), configMap('b')]);
    const known = await answerAll(reading);
    expect(lists).toEqual(['ConfigMap shop']);
    expect([...known.keys()].sort()).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => versionedIdentity(configMap(name))).sort(),
    );
    // Alone of its kind: left to its own GET.
    expect(known.has(versionedIdentity(service('web')))).toBe(false);
  });

  it('leaves a covered kind with one object that is not a member to its GET', async () => {
    const { client, lists } = listingClient([]);
    const known = await readLiveState(client, [configMap('a'), configMap('b')].map(desired), {
      members: Promise.resolve([configMap('a')]),
      membersListed: () => true,
      limit: pLimit(8),
    });
    expect(lists).toEqual([]);
    expect(known.has(versionedIdentity(configMap('b')))).toBe(false);
  });

  it('runs no more LISTs at once than the limit lets it', async () => {
    const namespaces = ['a', 'b', 'c', 'd', 'e'];
    const objects = namespaces.flatMap((namespace) => [
      configMap('one', namespace),
      configMap('two', namespace),
    ]);
    const { client, lists, answerAll, mostAtOnce } = listingClient([]);
    const reading = readLiveState(client, objects.map(desired), {
      members: Promise.resolve([]),
      membersListed: () => false,
      limit: pLimit(2),
    });
    await answerAll(reading);
    expect(lists).toHaveLength(5);
    expect(mostAtOnce()).toBe(2);
  });

  it('fails with the members’ error when they cannot be listed', async () => {
    const { client } = listingClient([]);
    const failure = new Error('members: forbidden');
    await expect(
      readLiveState(client, [configMap('a'), configMap('b')].map(desired), {
        members: Promise.reject(failure),
        membersListed: () => true,
        limit: pLimit(8),
      }),
    ).rejects.toBe(failure);
  });
});
