import type { KubeConfig } from '@kubernetes/client-node';
import type { RetryPolicy } from '../model/retry.js';
import {
  classifyHttpFailure,
  DEFAULT_RETRY,
  isTransientNetworkError,
  mayHaveTakenEffect,
  networkFailureOf,
  withCountedRetry,
} from '../model/retry.js';
import { KubeApiError } from './api-error.js';
import { ApiConnection, type Method } from './api-connection.js';

export type { Method } from './api-connection.js';

/** Requests in flight at once on a client's own connection: the `concurrency` input's default. */
export const DEFAULT_CONCURRENCY = 32;

export interface ClientOptions {
  readonly retry?: RetryPolicy;
  readonly requestTimeoutMs?: number;
  readonly onRetry?: (message: string) => void;
  /** Sees every answer, e.g. so that the values of each Secret read are redacted from all output. */
  readonly onAnswer?: (body: unknown) => void;
}

/**
 * The one place HTTP to the API server happens, for one app: a deadline per request and retries of
 * transient failures, over a connection (pool, auth, gate) that apps with the same credentials share.
 */
export class ApiTransport {
  readonly connection: ApiConnection;

  constructor(
    connection: ApiConnection | KubeConfig,
    private readonly options: ClientOptions = {},
  ) {
    this.connection =
      connection instanceof ApiConnection ? connection : new ApiConnection(connection, DEFAULT_CONCURRENCY);
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
    const url = this.urlOf(path, query);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // A write that failed after it may have taken effect is checked before it is sent again.
    let uncertain = false;
    const attempt = async (): Promise<T> => {
      if (uncertain && recover) {
        const recovered = await recover();
        if (recovered !== undefined) return recovered;
      }
      try {
        const text = await this.connection.send({
          method,
          url,
          path,
          payload,
          contentType,
          ...this.deadline(),
        });
        const parsed: unknown = text ? JSON.parse(text) : {};
        // Before anyone else sees it: a Secret's values may come back quoted in any later message.
        this.options.onAnswer?.(parsed);
        return parsed as T;
      } catch (error) {
        uncertain ||= mayHaveTakenEffect(error, error instanceof KubeApiError ? error.status : undefined);
        if (!(error instanceof KubeApiError)) this.connection.dropConnections();
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
      throw isTransientNetworkError(error) || networkFailureOf(error)
        ? this.connection.unreachable(error)
        : error;
    });
  }

  /**
   * A GET whose answer is text (a container's log), tried once: it is evidence for a report, not a
   * step of the apply, so a failure is the caller's to ignore rather than a reason to wait.
   */
  requestText(path: string, query: Record<string, string> = {}): Promise<string> {
    return this.connection.send({
      method: 'GET',
      url: this.urlOf(path, query),
      path,
      contentType: 'application/json',
      ...this.deadline(),
    });
  }

  private urlOf(path: string, query: Record<string, string>): URL {
    const url = new URL(this.connection.baseUrl + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  private deadline(): { timeoutMs: number } {
    return { timeoutMs: this.options.requestTimeoutMs ?? 30_000 };
  }
}

function classifyKubeFailure(error: unknown) {
  return classifyHttpFailure(
    error,
    error instanceof KubeApiError
      ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} ${error.reason}` }
      : undefined,
  );
}
