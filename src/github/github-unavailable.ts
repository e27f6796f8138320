import { listed } from '../model/plural.js';

// Free of Octokit: a command that never talks to GitHub (validate, render) still tells its failures apart.

/**
 * GitHub did not do what was asked: it could not be reached (DNS, TLS, connection, timeout), kept
 * failing (5xx past the retries), or refused the token (`refused`: 401, 403, 404 and other final
 * answers). The message is one line: what happened, and what to check.
 */
export class GitHubUnavailable extends Error {
  override readonly name = 'GitHubUnavailable';

  constructor(
    /** What happened: `GitHub's API at <url> could not be reached (getaddrinfo ENOTFOUND …)`. */
    readonly problem: string,
    /** What to check, starting with a verb: `check GITHUB_API_URL and the runner's network`. */
    readonly check: string,
    readonly kind: 'unreachable' | 'refused',
    /** The permission the token lacks, when GitHub answered 403 or 404. */
    readonly permission?: string,
  ) {
    super(`${problem}; ${check}`);
  }
}

/** What to do about a token that lacks these permissions. */
export function permissionsCheck(permissions: readonly string[]): string {
  const quoted = permissions.map((permission) => `"${permission}"`);
  return `the github-token needs ${listed(quoted)}: add ${quoted.length > 1 ? 'them' : 'it'} under permissions: in the workflow`;
}

export function isGitHubUnavailable(error: unknown): error is GitHubUnavailable {
  return error instanceof GitHubUnavailable;
}

/**
 * Runs one write of a record. When GitHub cannot be reached, the record is missing and nothing else:
 * the answer is a warning naming it, never a failure. A refusal is thrown on.
 */
export async function tryRecord(what: string, write: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    if (!isGitHubUnavailable(error) || error.kind !== 'unreachable') throw error;
    return `could not record ${what} on GitHub: ${error.message}`;
  }
}
