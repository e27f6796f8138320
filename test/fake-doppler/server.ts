import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback } from '../support/loopback.js';

export type DopplerFault = '500' | '503' | '429' | 'reset';

/** A token as Doppler issues them: a service token is bound to one config, others name it per request. */
export interface FakeDopplerToken {
  readonly token: string;
  readonly project?: string;
  readonly config?: string;
}

export interface DopplerRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly status: number;
  readonly fault?: DopplerFault;
}

export interface FakeDopplerOptions {
  /** project → config → secret name → value. */
  readonly projects: Record<string, Record<string, Record<string, string>>>;
  readonly tokens: readonly FakeDopplerToken[];
  readonly retryAfterSeconds?: number;
  /** Served under this path, as behind a proxy (`/doppler`). */
  readonly basePath?: string;
}

/**
 * Doppler's API for the one endpoint kubesync uses, `GET /v3/configs/config/secrets/download`, on
 * 127.0.0.1: Bearer (or Basic) token auth, service tokens scoped to their config, Doppler's error
 * bodies (`{"messages": [...], "success": false}`), and injected 5xx, 429 and connection resets.
 */
export class FakeDoppler {
  readonly requests: DopplerRequest[] = [];
  private server?: Server;
  private readonly faults: DopplerFault[] = [];
  private port = 0;

  constructor(readonly options: FakeDopplerOptions) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.handle(request, response));
    this.port = await listenOnLoopback(this.server);
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  failNext(...faults: DopplerFault[]): void {
    this.faults.push(...faults);
  }

  setSecret(project: string, config: string, name: string, value: string): void {
    const configs = (this.options.projects[project] ??= {});
    (configs[config] ??= {})[name] = value;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const record = (status: number, fault?: DopplerFault) =>
      this.requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query,
        status,
        ...(fault ? { fault } : {}),
      });
    const fault = this.faults.shift();
    if (fault === 'reset') {
      record(0, fault);
      request.socket.destroy();
      return;
    }
    if (fault) {
      const status = Number(fault);
      record(status, fault);
      const headers: Record<string, string> =
        status === 429 ? { 'retry-after': String(this.options.retryAfterSeconds ?? 0) } : {};
      return send(
        response,
        status,
        errorBody(status === 429 ? 'Too many requests' : 'Internal server error'),
        headers,
      );
    }
    const answer = this.answer(request, url, query);
    record(answer.status);
    send(response, answer.status, answer.body);
  }

  private answer(
    request: IncomingMessage,
    url: URL,
    query: Record<string, string>,
  ): { status: number; body: unknown } {
    if (url.pathname !== `${this.options.basePath ?? ''}/v3/configs/config/secrets/download`)
      return { status: 404, body: errorBody('Not found') };
    if (request.method !== 'GET') return { status: 405, body: errorBody('Method not allowed') };
    const token = this.options.tokens.find((candidate) => candidate.token === tokenOf(request));
    if (!token) return { status: 401, body: errorBody('Invalid Auth token') };
    if (query.format !== undefined && query.format !== 'json') {
      return { status: 400, body: errorBody('This endpoint only serves format=json here') };
    }
    const project = token.project ?? query.project;
    const config = token.config ?? query.config;
    if (token.project && query.project && query.project !== token.project) {
      return { status: 403, body: errorBody('This token does not have access to the requested project') };
    }
    if (token.config && query.config && query.config !== token.config) {
      return { status: 403, body: errorBody('This token does not have access to the requested config') };
    }
    if (!project) return { status: 400, body: errorBody('You must specify a project') };
    if (!config) return { status: 400, body: errorBody('You must specify a config') };
    const configs = this.options.projects[project];
    if (!configs) return { status: 404, body: errorBody('Could not find requested project') };
    const secrets = configs[config];
    if (!secrets) return { status: 404, body: errorBody(`Could not find requested config '${config}'`) };
    return {
      status: 200,
      body: { ...secrets, DOPPLER_PROJECT: project, DOPPLER_CONFIG: config, DOPPLER_ENVIRONMENT: config },
    };
  }
}

function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) return header.slice('Bearer '.length);
  if (header.startsWith('Basic '))
    return Buffer.from(header.slice('Basic '.length), 'base64').toString().replace(/:$/, '');
  return undefined;
}

function errorBody(message: string) {
  return { messages: [message], success: false };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
