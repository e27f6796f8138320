import { describe, expect, it } from 'vitest';
import type { HttpClusterClient } from '../../src/cluster/http-client.js';
import type { ClusterSession } from '../../src/cluster/session.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { liveRuntime } from '../../src/app/commands/runtime.js';
import { recordingLog, startFake } from '../support/engine.js';
import type { FakeKube } from '../fake-kube/server.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';

const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  name: ${name}\n`;

/** Discovery as kubesync asks it: a group version's resources, or a group's preferred version. */
const discoveries = (fake: FakeKube) =>
  fake.requests.filter((request) => request.method === 'GET' && /^\/apis?(\/[^/]+){1,2}$/.test(request.path));

function sessionOf(session: ClusterSession | undefined): ClusterSession {
  if (!session) throw new Error('no credentials');
  return session;
}

describe('one connection per cluster and credentials for the apps of a run (fake API server)', () => {
  it('never has more than `concurrency` requests in flight across two apps, which share one discovery', async () => {
    const fake = await startFake({ latencyMs: 20 });
    const runtime = liveRuntime(recordingLog(), {}, new SecretValues());
    const settings = settingsFor(makeWorkspace({}), { kubeconfig: fake.kubeconfig(), concurrency: '3' });
    const web = sessionOf(runtime.connect(settings, 'web'));
    const api = sessionOf(runtime.connect(settings, 'api'));
    expect([web.fieldManager, api.fieldManager]).toEqual(['kubesync/default/web', 'kubesync/default/api']);

    const reads = (session: ClusterSession) =>
      Array.from({ length: 15 }, (_, index) =>
        session.client.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: `c${index}` }),
      );
    await Promise.all([...reads(web), ...reads(api)]);

    expect(fake.requests.filter((request) => request.path.includes('/configmaps/'))).toHaveLength(30);
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
    expect(discoveries(fake).map((request) => request.path)).toEqual(['/api/v1']);
  });

  it('gives credentials that differ a connection and a discovery of their own, and registers what each reads', async () => {
    const fake = await startFake({
      forbid: [{ verb: 'delete', resource: 'pods', token: 'other-token-1234' }],
    });
    fake.seed({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default' },
      data: { password: Buffer.from('hunter2-hunter2').toString('base64') },
    });
    const secrets = new SecretValues();
    const runtime = liveRuntime(recordingLog(), {}, secrets);
    const workspace = makeWorkspace({});
    const web = sessionOf(runtime.connect(settingsFor(workspace, { kubeconfig: fake.kubeconfig() }), 'web'));
    const other = sessionOf(
      runtime.connect(settingsFor(workspace, { kubeconfig: fake.kubeconfig('other-token-1234') }), 'api'),
    );
    const configMapRef = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'x' };
    await web.client.get(configMapRef);
    await other.client.get(configMapRef);
    expect(discoveries(fake).map((request) => request.path)).toEqual(['/api/v1', '/api/v1']);

    // The second app of a shared connection reads a Secret: its values are the run's to redact.
    const api = sessionOf(runtime.connect(settingsFor(workspace, { kubeconfig: fake.kubeconfig() }), 'api'));
    await api.client.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'default', name: 'db' });
    expect(discoveries(fake)).toHaveLength(2);
    expect(secrets.redact('the password is hunter2-hunter2')).not.toContain('hunter2-hunter2');
  });

  it('re-reads discovery for every sharer after one refreshes it, and keeps no failed answer', async () => {
    const fake = await startFake();
    const runtime = liveRuntime(recordingLog(), {}, new SecretValues());
    const settings = settingsFor(makeWorkspace({}), { kubeconfig: fake.kubeconfig() });
    const web = sessionOf(runtime.connect(settings, 'web')).client;
    const api = sessionOf(runtime.connect(settings, 'api')).client;
    expect(await web.resourceFor('v1', 'ConfigMap')).toMatchObject({ plural: 'configmaps' });
    expect(await api.resourceFor('v1', 'ConfigMap')).toMatchObject({ plural: 'configmaps' });
    web.refreshDiscovery();
    // A refresh while the other app's question is on its way: it gets its answer, which is not kept.
    const during = api.resourceFor('apps/v1', 'Deployment');
    api.refreshDiscovery();
    expect(await during).toMatchObject({ plural: 'deployments' });
    expect(await web.resourceFor('apps/v1', 'Deployment')).toMatchObject({ plural: 'deployments' });
    expect(await api.resourceFor('v1', 'ConfigMap')).toMatchObject({ plural: 'configmaps' });
    expect(discoveries(fake).map((request) => request.path)).toEqual([
      '/api/v1',
      '/apis/apps/v1',
      '/apis/apps/v1',
      '/api/v1',
    ]);

    // Six 503s wear out the retries of one question; the next app asks again rather than fail with it.
    fake.failNext('503', '503', '503', '503', '503', '503');
    api.refreshDiscovery();
    await expect(
      (web as HttpClusterClient).get({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'default',
        name: 'x',
      }),
    ).rejects.toThrow(/503/);
    expect(
      await api.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'x' }),
    ).toBeUndefined();
  });
});

describe('a 429 from the API server during a run of three apps (fake API server)', () => {
  it('halves the requests in flight, retries after Retry-After, counts it once and still applies every app', async () => {
    const fake = await startFake({ retryAfterSeconds: 1, latencyMs: 5 });
    fake.failNext('429');
    const github = new MemoryGitHub();
    const files: Record<string, string> = {
      'kubesync.yaml': `apps:\n${['web', 'api', 'db'].map((app) => `  - name: ${app}\n    manifest: ${app}/config.yaml\n`).join('')}`,
    };
    for (const app of ['web', 'api', 'db'])
      files[`${app}/config.yaml`] = ['a', 'b', 'c', 'd']
        .map((name) => configMap(`${app}-${name}`))
        .join('---\n');
    const run = await runActionInProcess({
      workspace: makeWorkspace(files),
      inputs: {
        manifest: 'kubesync.yaml',
        kubeconfig: fake.kubeconfig(),
        concurrency: '4',
        'app-concurrency': '3',
        'github-token': 'memory-token',
      },
      github,
      eventName: 'push',
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.apps ?? '[]')).toMatchObject([
      { app: 'web', status: 'Synced' },
      { app: 'api', status: 'Synced' },
      { app: 'db', status: 'Synced' },
    ]);
    const throttled = fake.requests.filter((request) => request.status === 429);
    expect(throttled).toHaveLength(1);
    const [refused] = throttled;
    const again = fake.requests.slice(fake.requests.indexOf(refused as never) + 1);
    expect(again.some((request) => request.method === refused?.method && request.path === refused.path)).toBe(
      true,
    );
    expect(run.stdout).toContain(
      `the API server 127.0.0.1:${fake.port} asked kubesync to slow down 1 time (429); kubesync retried after its Retry-After and sent fewer requests at once (down to 2)`,
    );
    expect(fake.maxInFlight).toBeLessThanOrEqual(4);
    // One discovery for the three apps (the refused question asked again is still one).
    expect(
      discoveries(fake).filter((request) => request.path === '/api/v1' && request.status === 200),
    ).toHaveLength(1);
  });
});
