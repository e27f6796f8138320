import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import type { RetryPolicy, RetryVerdict } from '../model/retry.js';
import { classifyHttpFailure, errorChain, networkFailureOf, withRetry } from '../model/retry.js';
import type { SecretValues } from '../secrets/redact.js';
import { redactComment } from './comment-marker.js';
import { GitHubUnavailable, permissionsCheck } from './github-unavailable.js';

/**
 * Short on purpose: a record is not worth holding a deploy for. Once one call has given up, later
 * calls of the run try once each, so an outage costs one retry budget, not one per record.
 */
export const GITHUB_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 4_000,
  maxElapsedMs: 20_000,
};

type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** The `request-timeout` default: a request that hangs is aborted, and retried like a dropped one. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The one place kubesync talks to GitHub's API. There is a single retry layer, ours (Octokit's retry
 * plugin would repeat a create whose answer was lost after GitHub applied it); the throttling plugin
 * still waits out rate limits.
 */
export class GitHubApi {
  readonly octokit;
  private unreachable = false;

  constructor(
    token: string,
    private readonly secrets: SecretValues,
    private readonly log: (line: string) => void = () => undefined,
    private readonly requestTimeoutMs = REQUEST_TIMEOUT_MS,
    /** GITHUB_API_URL, read by the entry; github.com's when unset. */
    baseUrl?: string,
  ) {
    // Registered before throttling, so each attempt, a throttled retry included, gets its own deadline.
    // The options are changed in place: the hooks inside this one were bound to this very object.
    const deadline: OctokitPlugin = (octokit) => {
      octokit.hook.wrap('request', (request, options) => {
        options.request = { ...options.request, signal: AbortSignal.timeout(this.requestTimeoutMs) };
        return request(options);
      });
    };
    this.octokit = getOctokit(
      token,
      {
        ...(baseUrl ? { baseUrl } : {}),
        throttle: {
          onRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
            log(`GitHub rate limit: retrying in ${after}s`);
            return retryCount < 2;
          },
          onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
            log(`GitHub secondary rate limit: retrying in ${after}s`);
            return retryCount < 2;
          },
        },
      },
      deadline,
      throttling,
    );
    // The last line of defence: comment bodies and descriptions are text kubesync composed, redacted
    // here once more. The comment's marker line and every other field (context, environment, ref, the
    // deployment payload) are identifiers that must reach GitHub as they are, even when a secret value
    // happens to equal one.
    this.octokit.hook.before('request', (options) => {
      if (typeof options.body === 'string') options.body = redactComment(options.body, this.secrets);
      if (typeof options.description === 'string')
        options.description = this.secrets.redact(options.description);
    });
  }

  /** Where the API is: GITHUB_API_URL, or github.com's. */
  get url(): string {
    return this.octokit.request.endpoint.DEFAULTS.baseUrl;
  }

  /**
   * A read, or a write that may be repeated (an edit, a status): retried while the failure is
   * transient. Any failure of GitHub's is a GitHubUnavailable naming what to check.
   */
  async call<T>(permission: string, request: () => Promise<T>): Promise<T> {
    try {
      return await this.retried(request);
    } catch (error) {
      throw this.unavailable(error, permission) ?? error;
    }
  }

  /**
   * A create that must happen once. Its answer can be lost after GitHub applied it (a 502, a reset),
   * so before every new attempt `find` looks for what an earlier attempt may have made.
   */
  async createOnce<T>(
    permission: string,
    find: () => Promise<T | undefined>,
    create: () => Promise<T>,
  ): Promise<T> {
    let attempted = false;
    return this.call(permission, async () => {
      if (attempted) {
        const found = await find();
        if (found !== undefined) return found;
      }
      attempted = true;
      return create();
    });
  }

  private async retried<T>(request: () => Promise<T>): Promise<T> {
    const policy = this.unreachable ? { ...GITHUB_RETRY, maxAttempts: 1 } : GITHUB_RETRY;
    try {
      return await withRetry(request, classifyGitHubFailure, policy, (reason, waitMs) =>
        this.log(`GitHub: ${reason}; retrying in ${Math.round(waitMs)} ms`),
      );
    } catch (error) {
      // Once GitHub has failed past one retry budget, later calls of the run try once each.
      if (classifyGitHubFailure(error).retry) this.unreachable = true;
      throw error;
    }
  }

  /** The failure as what happened and what to check; undefined for one that is not GitHub's (a bug). */
  private unavailable(error: unknown, permission: string): GitHubUnavailable | undefined {
    const api = `GitHub's API at ${this.url}`;
    const network = networkFailureOf(error);
    const status = statusOf(error);
    const answered = status !== undefined && (error as OctokitFailure).response !== undefined;
    const detail = describeFailure(error, this.secrets);
    if (timedOut(error)) {
      return new GitHubUnavailable(
        `${api} did not answer within request-timeout (${this.requestTimeoutMs} ms)`,
        "check GITHUB_API_URL and the runner's network, or raise request-timeout",
        'unreachable',
      );
    }
    if (network?.certificate) {
      const named = detail.includes(network.code) ? detail : `${detail}, ${network.code}`;
      return new GitHubUnavailable(
        `${api} could not be reached: its TLS certificate was not accepted (${named})`,
        'check GITHUB_API_URL, and for a server with its own certificate authority, NODE_EXTRA_CA_CERTS',
        'unreachable',
      );
    }
    // Octokit reports any request that got no answer as a 500 without a response (a bad URL too).
    if (network || (!answered && status !== undefined) || (!answered && classifyGitHubFailure(error).retry)) {
      return new GitHubUnavailable(
        `${api} could not be reached (${detail})`,
        "check GITHUB_API_URL and the runner's network",
        'unreachable',
      );
    }
    if (!answered) return undefined;
    if (status === 401) {
      return new GitHubUnavailable(
        `${api} did not accept the github-token (${detail})`,
        `check the github-token: it is wrong, expired or for another server (it needs "${permission}")`,
        'refused',
      );
    }
    if (status === 403 || status === 404) {
      return new GitHubUnavailable(
        `${api} refused the request (${detail})`,
        permissionsCheck([permission]),
        'refused',
        permission,
      );
    }
    if (classifyGitHubFailure(error).retry) {
      return new GitHubUnavailable(
        `${api} kept failing (${detail})`,
        'GitHub may be having an outage: see https://www.githubstatus.com',
        'unreachable',
      );
    }
    return new GitHubUnavailable(`${api} refused the request (${detail})`, 'see its message', 'refused');
  }
}

interface OctokitFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as OctokitFailure | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Octokit reports a connection that failed as a 500 without a response: that is a network error. */
function classifyGitHubFailure(error: unknown): RetryVerdict {
  const failure = error as OctokitFailure | undefined;
  const status = statusOf(error);
  if (status === undefined || !failure?.response) return classifyHttpFailure(error, undefined);
  return classifyHttpFailure(error, {
    status,
    retryAfter: failure.response.headers?.['retry-after'],
    reason: `${status} ${failure.message ?? ''}`.trim(),
  });
}

/** The request-timeout's abort, however deep Octokit wrapped it. */
function timedOut(error: unknown): boolean {
  return errorChain(error).some(({ name }) => name === 'TimeoutError');
}

function describeFailure(error: unknown, secrets: SecretValues): string {
  const failure = error as OctokitFailure | undefined;
  const message = failure?.message ?? String(error);
  const text = failure?.response && failure.status !== undefined ? `${failure.status} ${message}` : message;
  // One line: a warning or an error is a single line of the log.
  return secrets.redact(text.replace(/\s+/g, ' ').trim());
}
