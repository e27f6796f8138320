import https from 'node:https';
import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
  VersionApi,
} from '@kubernetes/client-node';
import { afterEach, expect, it, vi } from 'vitest';
import { startFaultProxy, type FaultOptions, type FaultProxy } from '../support/fault-proxy.js';
import { describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';

// A gzipped /openapi/v2 is ~200 KB: after 16 KiB the headers are in and the body is not.
const PAST_THE_HEADERS = 16 * 1024;

interface Answer {
  status: number;
  body: string;
}

function get(url: string, options: https.RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    https
      .get(url, options, (response) => {
        const chunks: Buffer[] = [];
        response
          .on('data', (chunk: Buffer) => chunks.push(chunk))
          .on('error', reject)
          .on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
      })
      .on('error', reject);
  });
}

/** The kubeconfig's CA and credentials (a token, or a kind cluster's client certificate) as https options. */
async function credentials(config: KubeConfig): Promise<https.RequestOptions> {
  const options: https.RequestOptions = {};
  await config.applyToHTTPSOptions(options);
  const { ca, cert, key, headers } = options;
  return { ca, cert, key, headers };
}

/** How a promise settles, or 'hung' when it has not after 5 s, so that no test can hang. */
async function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown } | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 5_000)));
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describeOnRealCluster('the fault proxy in front of the real API server', (cluster) => {
  const direct = kubeConfig(cluster.kubeconfig);
  const target = direct.getCurrentCluster()?.server ?? '';
  const dispatchers: NonNullable<ReturnType<RequestContext['getDispatcher']>>[] = [];
  let proxy: FaultProxy | undefined;
  let proxied: KubeConfig;

  async function startProxy(faults: Partial<FaultOptions> = {}): Promise<FaultProxy> {
    proxy = await startFaultProxy({ target, ...faults });
    proxied = kubeConfig(proxy.kubeconfigFor(cluster.kubeconfig));
    return proxy;
  }

  /** A GET as kubesync's cluster client sends it: client-node's fetch library, a deadline on the context. */
  async function fetchContext(path: string, timeoutMs: number): Promise<RequestContext> {
    const context = new RequestContext(`${proxied.getCurrentCluster()?.server}${path}`, HttpMethod.GET);
    context.setSignal(AbortSignal.timeout(timeoutMs));
    await proxied.applySecurityAuthentication(context);
    const dispatcher = context.getDispatcher();
    if (dispatcher) dispatchers.push(dispatcher);
    return context;
  }

  afterEach(async () => {
    await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.destroy()));
    await proxy?.close();
  });

  it('passes the bytes through untouched, TLS validating against 127.0.0.1 with the CA kept', async () => {
    const faultless = await startProxy({ delayMs: 5 });
    const auth = await credentials(direct);
    const expected = await get(`${target}/version`, { ...auth, agent: false });

    const through = await get(`${faultless.url}/version`, { ...auth, agent: false });
    expect(through).toEqual(expected);
    expect(await proxied.makeApiClient(VersionApi).getCode()).toEqual(JSON.parse(expected.body));
    expect(faultless.counters).toMatchObject({ connections: 2, resetsInjected: 0, stallsInjected: 0 });
    expect(faultless.counters.bytesToClient).toBeGreaterThan(expected.body.length);
  });

  it('resets the connection when every chunk is to be reset', async () => {
    const resetting = await startProxy({ resetRate: 1 });
    const failure = get(`${resetting.url}/version`, { ...(await credentials(direct)), agent: false });
    await expect(failure).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(resetting.counters.resetsInjected).toBe(1);
  });

  it('holds a response on a pooled connection until the client aborts it', async () => {
    const stalling = await startProxy();
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    const options = { ...(await credentials(direct)), agent };
    try {
      expect((await get(`${stalling.url}/version`, options)).status).toBe(200);
      stalling.stall({ connections: 1 });
      const stalled = get(`${stalling.url}/version`, { ...options, signal: AbortSignal.timeout(300) });
      await expect(stalled).rejects.toMatchObject({ name: 'AbortError', cause: { name: 'TimeoutError' } });
      expect(stalling.counters).toMatchObject({ connections: 1, stallsInjected: 1 });
    } finally {
      agent.destroy();
    }
  });

  it('lets a stalled response finish on unstall()', async () => {
    const stalling = await startProxy();
    stalling.stall();
    const answer = get(`${stalling.url}/version`, { ...(await credentials(direct)), agent: false });
    await vi.waitFor(() => expect(stalling.counters.stallsInjected).toBe(1));
    stalling.unstall();
    expect((await answer).status).toBe(200);
  });

  it('injects the same resets for the same seed', async () => {
    const auth = await credentials(direct);
    async function outcomes(seed: number) {
      const resetting = await startProxy({ resetRate: 0.3, seed });
      // One connection at a time, kept alive: the server's chunks then come the same way every run.
      const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        const answer = get(`${resetting.url}/version`, { ...auth, agent });
        seen.push(
          await answer.then(
            () => 'ok',
            (error: NodeJS.ErrnoException) => error.code ?? error.message,
          ),
        );
      }
      const resets = [...resetting.resets];
      agent.destroy();
      await resetting.close();
      return { seen, resets };
    }
    const first = await outcomes(7);
    expect(first.seen).toContain('ok');
    expect(first.seen).toContain('ECONNRESET');
    expect(await outcomes(7)).toEqual(first);
    expect((await outcomes(8)).seen).not.toEqual(first.seen);
  });

  it("rejects client-node's body read with 'terminated' when the connection resets mid-body", async () => {
    const faulty = await startProxy();
    faulty.stall({ afterBytes: PAST_THE_HEADERS, connections: 1 });
    const response = await new IsomorphicFetchHttpLibrary()
      .send(await fetchContext('/openapi/v2', 10_000))
      .toPromise();
    expect(response.httpStatusCode).toBe(200);
    faulty.setOptions({ resetRate: 1 });
    faulty.unstall();
    const body = await settle(response.body.text());
    expect(body).toMatchObject({ error: { message: 'terminated', cause: { code: 'ECONNRESET' } } });
  });

  it("aborts client-node's stalled body read at the RequestContext's AbortSignal.timeout", async () => {
    const stalling = await startProxy();
    stalling.stall({ afterBytes: PAST_THE_HEADERS, connections: 1 });
    const response = await new IsomorphicFetchHttpLibrary()
      .send(await fetchContext('/openapi/v2', 300))
      .toPromise();
    expect(response.httpStatusCode).toBe(200);
    expect(await settle(response.body.text())).toMatchObject({ error: { name: 'TimeoutError' } });
  });

  // What this means for a client that keeps one dispatcher for its run: undici speaks HTTP/2 to the
  // API server, and an aborted request only cancels its stream, so the stalled connection stays in
  // the pool and takes the next request too (undici's PINGs have no deadline). With allowH2: false
  // the abort destroys the socket and the next request gets a new connection.
  it('keeps the next request on the same client-node dispatcher on the stalled HTTP/2 connection', async () => {
    const stalling = await startProxy();
    const http = new IsomorphicFetchHttpLibrary();
    stalling.stall({ afterBytes: PAST_THE_HEADERS, connections: 1 });
    const first = await fetchContext('/openapi/v2', 300);
    const response = await http.send(first).toPromise();
    expect(await settle(response.body.text())).toMatchObject({ error: { name: 'TimeoutError' } });

    const next = await fetchContext('/version', 300);
    const pool = first.getDispatcher();
    if (pool) next.setDispatcher(pool);
    expect(await settle(http.send(next).toPromise())).toMatchObject({ error: { name: 'TimeoutError' } });
    expect(stalling.counters.connections).toBe(1);
  });
});
