import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../errors.js';
import { secretValues } from '../secrets/redact.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/**
 * The request fields that carry text kubesync composed: comment bodies, status and deployment
 * descriptions, the deployment payload. The rest (context, environment, ref, …) are identifiers that
 * must reach GitHub as they are, even when a secret value happens to equal one.
 */
const REQUEST_CONTENT = ['body', 'description', 'payload'];

/** GitHub limits a commit status description to 140 characters. */
const DESCRIPTION_LIMIT = 140;

/**
 * Every GitHub REST call kubesync makes: the PR comment, commit statuses (and, as they land,
 * deployments). Octokit retries 5xx and waits out rate limits through its retry and throttling
 * plugins; a refusal for lack of permission names the `permissions:` entry the workflow needs.
 */
export class GitHubReporter {
  private readonly octokit;

  constructor(
    token: string,
    private readonly repository: Repository,
    log: (line: string) => void = () => undefined,
  ) {
    this.octokit = getOctokit(
      token,
      {
        request: { retries: 3, retryAfter: 1 },
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
      retry,
      throttling,
    );
    // Comments, statuses and deployments all go out here: nothing kubesync sends GitHub carries a secret.
    this.octokit.hook.before('request', (options) => {
      for (const key of REQUEST_CONTENT) {
        if (key in options) options[key] = secretValues.redactDeep(options[key]);
      }
    });
  }

  /**
   * Edits this app's comment on the pull request in place (found by its hidden marker across every
   * page of comments), or creates it. Never makes a second one.
   */
  async upsertComment(issueNumber: number, marker: string, body: string): Promise<'created' | 'updated'> {
    return this.guard('pull-requests: write', async () => {
      const existing = await this.commentWithMarker(issueNumber, marker);
      if (existing) {
        await this.octokit.rest.issues.updateComment({ ...this.repository, comment_id: existing.id, body });
        return 'updated';
      }
      await this.octokit.rest.issues.createComment({ ...this.repository, issue_number: issueNumber, body });
      return 'created';
    });
  }

  async setStatus(
    sha: string,
    context: string,
    state: CommitState,
    description: string,
    targetUrl: string,
  ): Promise<void> {
    await this.guard('statuses: write', () =>
      this.octokit.rest.repos.createCommitStatus({
        ...this.repository,
        sha,
        context,
        state,
        description: truncate(description, DESCRIPTION_LIMIT),
        target_url: targetUrl,
      }),
    );
  }

  /** The body of this app's comment on a pull request, if there is one. */
  async findComment(issueNumber: number, marker: string): Promise<string | undefined> {
    return this.guard(
      'pull-requests: read',
      async () => (await this.commentWithMarker(issueNumber, marker))?.body,
    );
  }

  /** Every page of the pull request's comments, searched for the one that starts with the marker. */
  private async commentWithMarker(
    issueNumber: number,
    marker: string,
  ): Promise<{ id: number; body: string } | undefined> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repository,
      issue_number: issueNumber,
      per_page: 100,
    });
    const found = comments.find((comment) => comment.body?.startsWith(marker));
    return found ? { id: found.id, body: found.body ?? '' } : undefined;
  }

  /** The pull requests a commit belongs to (the one a merge commit came from). */
  async pullRequestsOf(sha: string): Promise<number[]> {
    return this.guard('pull-requests: read', async () => {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...this.repository,
        commit_sha: sha,
      });
      return data.map((pull) => pull.number);
    });
  }

  async createDeployment(deployment: {
    sha: string;
    environment: string;
    production: boolean;
    transient: boolean;
    description: string;
    payload: Record<string, string>;
  }): Promise<number> {
    return this.guard('deployments: write', async () => {
      const { data } = await this.octokit.rest.repos.createDeployment({
        ...this.repository,
        ref: deployment.sha,
        environment: deployment.environment,
        auto_merge: false,
        required_contexts: [],
        production_environment: deployment.production,
        transient_environment: deployment.transient,
        description: truncate(deployment.description, DESCRIPTION_LIMIT),
        payload: deployment.payload,
      });
      if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
      return data.id;
    });
  }

  async setDeploymentStatus(
    id: number,
    state: 'in_progress' | 'success' | 'failure',
    description: string,
    logUrl: string,
    environmentUrl?: string,
  ): Promise<void> {
    await this.guard('deployments: write', () =>
      this.octokit.rest.repos.createDeploymentStatus({
        ...this.repository,
        deployment_id: id,
        state,
        description: truncate(description, DESCRIPTION_LIMIT),
        log_url: logUrl,
        auto_inactive: true,
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      }),
    );
  }

  private async guard<T>(permission: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 403 || status === 404 || status === 401) {
        throw new UserError(
          `GitHub refused the request (${status}): the github-token needs "${permission}"; add it under permissions: in the workflow`,
        );
      }
      throw error;
    }
  }
}

/** Redacts before it cuts: a cut through a secret would leave a prefix no redaction recognizes. */
export function truncate(text: string, limit: number): string {
  const clean = secretValues.redact(text);
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}
