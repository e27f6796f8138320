import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  type KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import { withDeadline } from '../model/deadline.js';
import { UserError } from '../model/errors.js';
import { networkFailureOf } from '../model/retry.js';
import { KubeApiError } from './api-error.js';
import { RequestGate } from './request-gate.js';

export type Method = keyof typeof HttpMethod;
type Dispatcher = NonNullable<ReturnType<RequestContext['getDispatcher']>>;

/** One request as the connection sends it: the URL is complete, the body already JSON. */
export interface Exchange {
  readonly method: Method;
  readonly url: URL;
  /** The path alone, for messages: never the query, which may hold a continue token. */
  readonly path: string;
  readonly payload?: string;
  readonly contentType: string;
  readonly timeoutMs: number;
}

/**
 * A connection to one API server with one kubeconfig's credentials, shared by every app of the run that
 * has them: one connection pool (TLS connections kept alive instead of a handshake per request) and
 * one gate that bounds the requests in flight across all of them.
 */
export class ApiConnection {
  readonly baseUrl: string;
  readonly gate: RequestGate;
  private readonly http = new IsomorphicFetchHttpLibrary();
  private dispatcher?: Dispatcher;

  constructor(
    readonly config: KubeConfig,
    concurrency: number,
  ) {
    this.baseUrl = (config.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
    this.gate = new RequestGate(concurrency);
  }

  /**
   * The text of a 2xx answer; any other status is a KubeApiError. The request waits for a seat at the
   * gate first, and only then does its deadline start: queueing behind other apps is not slowness.
   */
  send(exchange: Exchange): Promise<string> {
    const { method, path, timeoutMs } = exchange;
    return this.gate.through(
      () => withDeadline(timeoutMs, `${method} ${path}`, (signal) => this.sendNow(exchange, signal)),
      (error) =>
        error instanceof KubeApiError ? (error.status === 429 ? 'throttled' : 'answered') : 'unanswered',
    );
  }

  /**
   * Forgets the connection pool after a connection failed or timed out. The API server speaks HTTP/2:
   * an aborted request cancels only its stream, and every later request would queue on the same
   * stalled connection, so a retry must get a fresh one.
   */
  dropConnections(): void {
    const dispatcher = this.dispatcher as { close?: () => Promise<void> } | undefined;
    this.dispatcher = undefined;
    // Requests still in flight on it finish (or meet their own deadline) before it closes.
    void dispatcher?.close?.().catch(() => undefined);
  }

  /** The network failed every attempt: name the server and the context, and what to check. */
  unreachable(error: unknown): UserError {
    let detail = error as { message?: string; cause?: unknown };
    while (detail.cause && typeof (detail.cause as { message?: unknown }).message === 'string')
      detail = detail.cause;
    const context = this.config.getCurrentContext();
    const check = networkFailureOf(error)?.certificate
      ? "check that the kubeconfig's certificate-authority is the cluster's and that its server address (or tls-server-name) is a name the certificate is for"
      : "check that the cluster is running and reachable from here, and the kubeconfig's server address";
    return new UserError(
      `cannot reach the API server ${this.baseUrl}${context ? ` (kubeconfig context "${context}")` : ''}: ${detail.message ?? String(error)}; ${check}`,
    );
  }

  private async sendNow(exchange: Exchange, signal: AbortSignal): Promise<string> {
    const { method, url, path, payload, contentType } = exchange;
    const context = new RequestContext(url.toString(), HttpMethod[method]);
    context.setHeaderParam('Accept', 'application/json');
    context.setHeaderParam('User-Agent', 'kubesync');
    if (payload !== undefined) {
      context.setHeaderParam('Content-Type', contentType);
      context.setBody(payload);
    }
    context.setSignal(signal);
    await this.config.applySecurityAuthentication(context);
    // client-node builds a new connection pool per call; one pool for the run keeps TLS connections
    // alive instead of a handshake per request. Headers (tokens) are still refreshed every call.
    this.dispatcher ??= context.getDispatcher();
    const { status, text, retryAfter } = this.dispatcher
      ? await sendThrough(this.dispatcher, { method, url, headers: context.getHeaders(), payload, signal })
      : await this.sendByFetch(context);
    // A redirect or an informational answer is not the object either (fetch followed redirects).
    if (status < 200 || status >= 300)
      throw KubeApiError.fromResponse(status, method, path, text, retryAfter);
    return text;
  }

  /** Without TLS settings or a proxy there is no pool of ours: client-node's fetch (undici's, loaded then). */
  private async sendByFetch(context: RequestContext): Promise<Answer> {
    const response = await this.http.send(context).toPromise();
    return {
      status: response.httpStatusCode,
      text: await response.body.text(),
      retryAfter: response.headers['retry-after'],
    };
  }
}

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly retryAfter?: string;
}

/**
 * The request through undici's own request API on the run's pool: the same connection, TLS and
 * headers as fetch, without the work of fetch's WHATWG layer on every request.
 */
async function sendThrough(
  dispatcher: Dispatcher,
  request: {
    method: Method;
    url: URL;
    headers: Record<string, string>;
    payload: string | undefined;
    signal: AbortSignal;
  },
): Promise<Answer> {
  const { method, url, headers, payload, signal } = request;
  const response = await dispatcher.request({
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    method,
    headers,
    body: payload,
    signal,
  });
  const retryAfter = response.headers['retry-after'];
  return {
    status: response.statusCode,
    text: await response.body.text(),
    retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
  };
}
