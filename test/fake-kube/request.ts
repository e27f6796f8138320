import { request } from 'node:https';
import { parse as parseYaml } from 'yaml';
import { FAKE_CA, type FakeKube } from './server.js';

/** Where an API server is and how to talk to it: its URL, the CA it is signed by, a bearer token. */
export interface Endpoint {
  readonly url: string;
  readonly ca: string;
  readonly token: string;
}

export interface RawResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** The endpoint of a kubeconfig's first cluster and user (a token user), e.g. the real control plane's. */
export function endpointOf(kubeconfig: string): Endpoint {
  const config = parseYaml(kubeconfig) as {
    clusters: { cluster: { server: string; 'certificate-authority-data': string } }[];
    users: { user: { token: string } }[];
  };
  const cluster = config.clusters[0]?.cluster;
  const token = config.users[0]?.user.token;
  if (!cluster || !token) throw new Error('the kubeconfig has no cluster or no token user');
  return {
    url: cluster.server,
    ca: Buffer.from(cluster['certificate-authority-data'], 'base64').toString('utf8'),
    token,
  };
}

/** A raw HTTPS call to an API server, independent of any Kubernetes client. */
export function kubeRequest(
  endpoint: Endpoint,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<RawResponse> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': contentType,
    authorization: `Bearer ${endpoint.token}`,
  };
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = request(`${endpoint.url}${path}`, { method, ca: endpoint.ca, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          headers: response.headers,
        }),
      );
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A raw HTTPS call to the fake. */
export function rawRequest(
  fake: FakeKube,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
  token = fake.options.token ?? 'fake-token',
): Promise<RawResponse> {
  return kubeRequest({ url: fake.url, ca: FAKE_CA, token }, method, path, body, contentType);
}
