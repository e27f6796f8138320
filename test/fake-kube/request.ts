import { request } from 'node:https';
import { FAKE_CA, type FakeKube } from './server.js';

/** A raw HTTPS call to the fake, independent of any Kubernetes client. */
export function rawRequest(
  fake: FakeKube,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
  token = fake.options.token ?? 'fake-token',
): Promise<{
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': contentType, authorization: `Bearer ${token}` };
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = request(`${fake.url}${path}`, { method, ca: FAKE_CA, headers }, (response) => {
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
