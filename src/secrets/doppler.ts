import { withDeadline } from '../model/deadline.js';
import { UserError } from '../model/errors.js';
import type { RetryPolicy } from '../model/retry.js';
import {
  classifyHttpFailure,
  DEFAULT_RETRY,
  isTransientNetworkError,
  withCountedRetry,
} from '../model/retry.js';

export interface DopplerSettings {
  /** A service token (scoped to one config), or a personal / service-account token with `project`. */
  readonly token: string;
  readonly project: string;
  readonly apiUrl: string;
}

export interface DopplerClientOptions {
  readonly retry?: RetryPolicy;
  /** Deadline of each request, whole answer included. */
  readonly requestTimeoutMs?: number;
  readonly onRetry?: (message: string) => void;
}

/** A refusal from Doppler's API, with the messages it gave (they never carry secret values). */
export class DopplerApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly retryAfter?: string | null,
  ) {
    super(`Doppler answered ${status}${messages.length ? `: ${messages.join('; ')}` : ''}`);
  }
}

/**
 * Reads a config's secrets from Doppler's API: one `secrets/download` request per config, retried on
 * 429, 5xx and dropped connections like every other client of kubesync. The token goes only into the
 * Authorization header, never into a URL or a message.
 */
export class DopplerClient {
  constructor(
    private readonly settings: DopplerSettings,
    private readonly options: DopplerClientOptions = {},
  ) {}

  async download(config: string): Promise<Record<string, string>> {
    // Appended, not resolved: a proxy's path prefix (https://proxy/doppler) must stay.
    const url = new URL(`${this.settings.apiUrl.replace(/\/+$/, '')}/v3/configs/config/secrets/download`);
    url.searchParams.set('format', 'json');
    url.searchParams.set('config', config);
    if (this.settings.project) url.searchParams.set('project', this.settings.project);
    const attempt = () =>
      withDeadline(this.options.requestTimeoutMs ?? 30_000, `Doppler config ${config}`, async (signal) => {
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${this.settings.token}`, accept: 'application/json' },
          signal,
        });
        const text = await response.text();
        if (!response.ok) {
          throw new DopplerApiError(response.status, messagesOf(text), response.headers.get('retry-after'));
        }
        return parseSecrets(text);
      });
    try {
      return await withCountedRetry(
        `Doppler config ${config}`,
        attempt,
        classifyDopplerFailure,
        this.options.retry ?? DEFAULT_RETRY,
        this.options.onRetry,
      );
    } catch (error) {
      throw describeDopplerError(error, config, this.settings);
    }
  }
}

function classifyDopplerFailure(error: unknown) {
  return classifyHttpFailure(
    error,
    error instanceof DopplerApiError
      ? { status: error.status, retryAfter: error.retryAfter, reason: `${error.status} from Doppler` }
      : undefined,
  );
}

function messagesOf(text: string): string[] {
  try {
    const body = JSON.parse(text) as { messages?: unknown };
    return Array.isArray(body.messages)
      ? body.messages.filter((m): m is string => typeof m === 'string')
      : [];
  } catch {
    return [];
  }
}

function parseSecrets(text: string): Record<string, string> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new UserError('Doppler answered with something other than JSON; check doppler-api-url');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new UserError('Doppler answered with something other than a JSON object; check doppler-api-url');
  }
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : value === null ? [] : [[name, JSON.stringify(value)]],
    ),
  );
}

/** What went wrong and what to do, naming the config and project but never the token. */
function describeDopplerError(error: unknown, config: string, settings: DopplerSettings): Error {
  const where = `Doppler config "${config}"${settings.project ? ` of project "${settings.project}"` : ''}`;
  if (error instanceof DopplerApiError) {
    const said = error.messages.length ? ` (Doppler said: ${error.messages.join('; ')})` : '';
    switch (error.status) {
      case 401:
        return new UserError(
          `Doppler refused the doppler-token reading ${where}${said}: it is invalid, expired or revoked; store a current service token in the secret behind doppler-token`,
        );
      case 403:
        return new UserError(
          `the doppler-token may not read ${where}${said}: a service token reads only the config it was made for; use that config in doppler:// references, or a token with access to it`,
        );
      case 404:
        return new UserError(
          `${where} does not exist${said}: check the config in the doppler:// reference${settings.project ? ' and the doppler-project input' : ''}`,
        );
      case 400:
        return new UserError(
          `Doppler could not read ${where}${said}${settings.project ? '' : '; tokens other than service tokens also need the doppler-project input'}`,
        );
      default:
        return new UserError(`reading ${where} failed: ${error.message}`);
    }
  }
  if (isTransientNetworkError(error)) {
    return new UserError(
      `could not reach Doppler at ${settings.apiUrl} reading ${where}: ${(error as Error).message}; check doppler-api-url and the runner's network`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
