import { Agent, request } from 'node:https';
import { parse } from 'yaml';

/** What the raw limit needs from a kubeconfig: the server, its CA and the bearer token. */
export interface ApiAccess {
  server: string;
  ca: string;
  token: string;
}

export function apiAccessOf(kubeconfigYaml: string): ApiAccess {
  const config = parse(kubeconfigYaml) as {
    clusters: { cluster: { server: string; 'certificate-authority-data': string } }[];
    users: { user: { token: string } }[];
  };
  const cluster = config.clusters[0]?.cluster;
  const token = config.users[0]?.user.token;
  if (!cluster || !token) throw new Error('the kubeconfig has no cluster or no token user');
  const ca = Buffer.from(cluster['certificate-authority-data'], 'base64').toString('utf8');
  return { server: cluster.server, ca, token };
}

interface RawRequest {
  method: 'GET' | 'PATCH' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
  /** Answers that count as success. */
  ok: number[];
}

/**
 * The floor under any client: the requests a tool has to make, sent over keep-alive HTTPS with
 * node's https module at a fixed concurrency, with no client library, no parsing beyond reading the
 * answer, and no work between requests. A fresh pool per run, so its TLS handshakes count.
 */
export async function sendAll(api: ApiAccess, requests: RawRequest[], concurrency: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency, ca: api.ca });
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const item = requests[next++];
      if (item) await send(api, agent, item);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
}

function send(api: ApiAccess, agent: Agent, item: RawRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${api.token}`,
      Accept: 'application/json',
      'User-Agent': 'kubesync-bench-raw',
    };
    if (item.body !== undefined) headers['Content-Type'] = item.contentType ?? 'application/json';
    const req = request(new URL(item.path, api.server), { method: item.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status === 429) {
          // Throttled by Priority and Fairness: as any client should, after its Retry-After.
          const seconds = Number(res.headers['retry-after'] ?? 1) || 1;
          setTimeout(() => void send(api, agent, item).then(resolve, reject), seconds * 1000);
          return;
        }
        if (item.ok.includes(status)) resolve();
        else
          reject(
            new Error(
              `${item.method} ${item.path}: ${status} ${Buffer.concat(chunks).toString().slice(0, 500)}`,
            ),
          );
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(item.body);
  });
}

export interface ConfigMapObject {
  apiVersion: 'v1';
  kind: 'ConfigMap';
  metadata: { name: string };
  data: Record<string, string>;
}

const configMapPath = (namespace: string, name = '') =>
  `/api/v1/namespaces/${namespace}/configmaps${name ? `/${name}` : ''}`;

const applyPatch = (namespace: string, object: ConfigMapObject, dryRun: boolean): RawRequest => ({
  method: 'PATCH',
  path: `${configMapPath(namespace, object.metadata.name)}?fieldManager=kubesync-bench-raw&force=true${dryRun ? '&dryRun=All' : ''}`,
  body: JSON.stringify({ ...object, metadata: { ...object.metadata, namespace } }),
  contentType: 'application/apply-patch+yaml',
  ok: [200, 201],
});

/** What a plan must ask at least: per object the live state (GET) and the dry-run server-side apply. */
export function planRequests(namespace: string, objects: ConfigMapObject[]): RawRequest[] {
  return objects.flatMap((object) => [
    { method: 'GET', path: configMapPath(namespace, object.metadata.name), ok: [200, 404] } as const,
    applyPatch(namespace, object, true),
  ]);
}

/**
 * What an apply of new objects must ask at least: every object proven by a dry run before any is
 * written, then the writes.
 */
export function applyPasses(namespace: string, objects: ConfigMapObject[]): RawRequest[][] {
  return [
    objects.map((object) => applyPatch(namespace, object, true)),
    objects.map((object) => applyPatch(namespace, object, false)),
  ];
}

/** One write pass of an apply: a server-side apply per object. */
export function writeRequests(namespace: string, objects: ConfigMapObject[]): RawRequest[] {
  return objects.map((object) => applyPatch(namespace, object, false));
}

/** One request with a JSON body; its JSON answer, or an error naming the status. */
export function requestJson<T>(
  api: ApiAccess,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${api.token}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const req = request(new URL(path, api.server), { method, ca: api.ca, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300)
          reject(new Error(`${method} ${path}: ${status} ${text.slice(0, 500)}`));
        else resolve(JSON.parse(text) as T);
      });
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export async function createNamespace(api: ApiAccess, name: string): Promise<void> {
  await sendAll(
    api,
    [
      {
        method: 'POST',
        path: '/api/v1/namespaces',
        body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
        ok: [201],
      },
    ],
    1,
  );
}

/** The API server's gitVersion, from GET /version. */
export function serverVersion(api: ApiAccess): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/version', api.server),
      { ca: api.ca, headers: { Authorization: `Bearer ${api.token}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          try {
            resolve((JSON.parse(body) as { gitVersion: string }).gitVersion);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
