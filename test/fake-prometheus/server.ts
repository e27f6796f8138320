import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

type Value = number | string;

/** How the fake answers one query. */
export type PrometheusAnswer =
  /** An instant vector of one series. */
  | { readonly value: Value; readonly labels?: Record<string, string> }
  /** An instant vector of several series. */
  | { readonly series: readonly { readonly labels?: Record<string, string>; readonly value: Value }[] }
  | { readonly scalar: Value }
  /** An empty instant vector: the series does not exist (yet), e.g. a canary without traffic. */
  | { readonly noData: true }
  /** Prometheus's own error body, `{"status":"error",...}`, with 400 unless told. */
  | { readonly error: string; readonly errorType?: string; readonly httpStatus?: number }
  /** A bare HTTP failure, as a proxy in front of Prometheus gives it. */
  | { readonly httpStatus: number; readonly body?: string }
  | 'reset';

export interface PrometheusRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly authorization?: string;
}

export interface FakePrometheusOptions {
  /** Answers a query once the queue of scripted answers is empty; without it, no data. */
  readonly answer?: (query: string) => PrometheusAnswer;
  /** Served under this path, as behind a proxy (`/prometheus`). */
  readonly basePath?: string;
}

/**
 * Prometheus's instant query endpoint, `GET /api/v1/query`, on 127.0.0.1: answers scripted per test
 * (a queue, then a function of the query), Prometheus's JSON shapes for vectors, scalars and errors,
 * bare 5xx and connection resets. Records every request and the query it carried.
 */
export class FakePrometheus {
  readonly requests: PrometheusRequest[] = [];
  private server?: Server;
  private readonly queue: PrometheusAnswer[] = [];
  private port = 0;

  constructor(readonly options: FakePrometheusOptions = {}) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    this.port = await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}${this.options.basePath ?? ''}`;
  }

  /** The queries received, in order. */
  get queries(): string[] {
    return this.requests.map((request) => request.query);
  }

  /** Answers the next queries with these, in order, before falling back to `options.answer`. */
  answerNext(...answers: PrometheusAnswer[]): void {
    this.queue.push(...answers);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = url.searchParams.get('query') ?? '';
    const record = (status: number) =>
      this.requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query,
        status,
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      });
    if (url.pathname !== `${this.options.basePath ?? ''}/api/v1/query`) {
      record(404);
      return send(response, 404, '404 page not found\n', 'text/plain');
    }
    if (request.method !== 'GET') {
      record(405);
      return send(response, 405, 'Method Not Allowed\n', 'text/plain');
    }
    const answer = this.queue.shift() ?? this.options.answer?.(query) ?? { noData: true };
    if (answer === 'reset') {
      record(0);
      request.socket.destroy();
      return;
    }
    const { status, body } = respond(answer);
    record(status);
    if (typeof body === 'string') send(response, status, body, 'text/plain');
    else send(response, status, JSON.stringify(body), 'application/json');
  }
}

const TIME = 1_735_689_600.123;

function respond(answer: Exclude<PrometheusAnswer, 'reset'>): { status: number; body: unknown } {
  if ('error' in answer) {
    return {
      status: answer.httpStatus ?? 400,
      body: { status: 'error', errorType: answer.errorType ?? 'bad_data', error: answer.error },
    };
  }
  if ('httpStatus' in answer) return { status: answer.httpStatus, body: answer.body ?? 'upstream failed\n' };
  if ('scalar' in answer) return success('scalar', [TIME, text(answer.scalar)]);
  if ('noData' in answer) return success('vector', []);
  const series = 'series' in answer ? answer.series : [answer];
  return success(
    'vector',
    series.map((one) => ({ metric: one.labels ?? {}, value: [TIME, text(one.value)] })),
  );
}

function success(resultType: string, result: unknown) {
  return { status: 200, body: { status: 'success', data: { resultType, result } } };
}

/** A sample value as Prometheus writes it: a string, with NaN, +Inf and -Inf spelled its way. */
function text(value: Value): string {
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function send(response: ServerResponse, status: number, body: string, contentType: string) {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}
