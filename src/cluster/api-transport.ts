import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  type KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import { withDeadline } from '../model/deadline.js';
import type { RetryPolicy } from '../model/retry.js';
import { UserError } from '../model/errors.js';
import {
  classifyHttpFailure,
  DEFAULT_RETRY,
  isTransientNetworkError,
  mayHaveTakenEffect,
  networkFailureOf,
  withCountedRetry,
} from '../model/retry.js';
import { KubeApiError } from './api-error.js';

export interface ClientOptions {
  readonly retry?: RetryPolicy;
  readonly requestTimeoutMs?: number;
  readonly onRetry?: (message: string) => void;
  /** Sees every answer, e.g. so that the values of each Secret read are redacted from all output. */
  readonly onAnswer?: (body: unknown) => void;
}

export type Method = keyof typeof HttpMethod;
type Dispatcher = NonNullable<ReturnType<RequestContext['getDispatcher']>>;

/**
 * The one place HTTP to the API server happens: auth from the kubeconfig, a deadline per request,
 * one connection pool for the run, and retries of transient failures.
 */
export class ApiTransport {
  private readonly http = new IsomorphicFetchHttpLibrary();
  private readonly baseUrl: string;
  private dispatcher?: Dispatcher;

  constructor(
    private readonly config: KubeConfig,
    private readonly options: ClientOptions = {},
  ) {
    this.baseUrl = (config.getCurrentCluster()?.server ?? '').replace(/\/+$/, '');
  }

  /** `recover` looks for what an earlier attempt of a write may have done, before it is sent again. */
  request<T>(
    method: Method,
    path: string,
    query: Record<string, string> = {},
    body?: unknown,
    contentType = 'application/json',
    recover?: () => Promise<T | undefined>,
  ): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    // A write that failed after it may have taken effect is checked before it is sent again.
    let uncertain = false;
    const attempt = async (): Promise<T> => {
      if (uncertain && recover) {
        const recovered = await recover();
        if (recovered !== undefined) return recovered;
      }
      try {
        return await this.send<T>(method, url, path, body, contentType);
      } catch (error) {
        uncertain ||= mayHaveTakenEffect(error, error instanceof KubeApiError ? error.status : undefined);
        if (!(error instanceof KubeApiError)) this.dropConnections();
        throw error;
      }
    };
    return withCountedRetry(
      `${method} ${path}`,
      attempt,
      classifyKubeFailure,
      this.options.retry ?? DEFAULT_RETRY,
      this.options.onRetry,
    ).catch((error: unknown) => {
      throw isTransientNetworkError(error) || networkFailureOf(error) ? this.unreachable(error) : error;
    });
  }

  /**
   * A GET whose answer is text (a container's log), tried once: it is evidence for a report, not a
   * step of the apply, so a failure is the caller's to ignore rather than a reason to wait.
   */
  requestText(path: string, query: Record<string, string> = {}): Promise<string> {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return this.send<string>('GET', url, path, undefined, 'application/json', 'text');
  }

  /** The network failed every attempt: name the server and the context, and what to check. */
  private unreachable(error: unknown): UserError {
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

  /**
   * Forgets the connection pool after a connection failed or timed out. The API server speaks HTTP/2:
   * an aborted request cancels only its stream, and every later request would queue on the same
   * stalled connection, so a retry must get a fresh one.
   */
  private dropConnections(): void {
    const dispatcher = this.dispatcher as { close?: () => Promise<void> } | undefined;
    this.dispatcher = undefined;
    // Requests still in flight on it finish (or meet their own deadline) before it closes.
    void dispatcher?.close?.().catch(() => undefined);
  }

  private send<T>(
    method: Method,
    url: URL,
    path: string,
    body: unknown,
    contentType: string,
    answer: 'json' | 'text' = 'json',
  ): Promise<T> {
    return withDeadline(this.options.requestTimeoutMs ?? 30_000, `${method} ${path}`, async (signal) => {
      const context = new RequestContext(url.toString(), HttpMethod[method]);
      context.setHeaderParam('Accept', 'application/json');
      context.setHeaderParam('User-Agent', 'kubesync');
      const payload = body === undefined ? undefined : JSON.stringify(body);
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
      if (answer === 'text') return text as T;
      const parsed: unknown = text ? JSON.parse(text) : {};
      // Before anyone else sees it: a Secret's values may come back quoted in any later message.
      this.options.onAnswer?.(parsed);
      return parsed as T;
    });
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

function classifyKubeFailure(error: unknown) {
  return classifyHttpFailure(
    error,
    error instanceof KubeApiError
      ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} ${error.reason}` }
      : undefined,
  );
}
