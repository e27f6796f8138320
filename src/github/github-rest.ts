import type { SecretValues } from '../secrets/redact.js';
import type { GitHubApi } from './github-api.js';
import { isGitHubUnavailable } from './github-unavailable.js';
import type {
  CommitPullRequest,
  CommitState,
  CompareStatus,
  DeploymentState,
  GitHubRecords,
  MarkedComments,
  NewDeployment,
  OwnComment,
  Repository,
} from './github.js';

/** GitHub limits a commit status description to 140 characters. */
const DESCRIPTION_LIMIT = 140;

/**
 * Who writes with the default GITHUB_TOKEN. GitHub may refuse to name a token's identity; then
 * kubesync assumes this one, never anything a pull request's author could choose.
 */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Every GitHub REST call kubesync makes: the PR comment, commit statuses and deployments, through
 * GitHubApi (retries, refusals that name the permission). Creates are made once even when GitHub
 * fails mid-request; only comments written by the token's own identity count as kubesync's.
 */
export class RestRecords implements GitHubRecords {
  private identityLookup?: Promise<string>;

  constructor(
    private readonly api: GitHubApi,
    private readonly repository: Repository,
    private readonly secrets: SecretValues,
  ) {}

  /**
   * The login kubesync writes as. GraphQL's `viewer` names the owner of a personal token and the bot
   * of a GitHub App installation token alike (REST `GET /user` refuses the latter).
   */
  identity(): Promise<string> {
    this.identityLookup ??= this.api
      .call('metadata: read', () =>
        this.api.octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'),
      )
      .then(
        (answer) => answer.viewer.login,
        (error: unknown) => {
          // A token GitHub will not name (it refuses, or answers with an error) writes as the bot.
          if (!isGitHubUnavailable(error) || error.kind === 'refused') return ACTIONS_BOT;
          this.identityLookup = undefined;
          throw error;
        },
      );
    return this.identityLookup;
  }

  /**
   * Edits this app's comment on the pull request in place, or creates it. A create whose answer was
   * lost is looked up again before it is retried, so there is never a second one.
   */
  async upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<{ outcome: 'created' | 'updated'; ignored: readonly string[] }> {
    const found = await this.api.call('pull-requests: read', () => this.markedComments(issueNumber, marker));
    const edit = (id: number) =>
      this.api.call('pull-requests: write', () =>
        this.api.octokit.rest.issues.updateComment({ ...this.repository, comment_id: id, body }),
      );
    if (found.ours) {
      await edit(found.ours.id);
      return { outcome: 'updated', ignored: found.others };
    }
    const created = await this.api.createOnce(
      'pull-requests: write',
      async () => {
        const again = (await this.markedComments(issueNumber, marker)).ours;
        return again && { id: again.id, foundAgain: true };
      },
      async () => {
        const { data } = await this.api.octokit.rest.issues.createComment({
          ...this.repository,
          issue_number: issueNumber,
          body,
        });
        return { id: data.id, foundAgain: false };
      },
    );
    // Found after a lost answer, it may be an overlapping run's comment, with that run's plan.
    if (created.foundAgain) await edit(created.id);
    return { outcome: 'created', ignored: found.others };
  }

  /** This app's comment on a pull request, and who else wrote the marker there. */
  async findComment(issueNumber: number, marker: string): Promise<MarkedComments> {
    return this.api.call('pull-requests: read', () => this.markedComments(issueNumber, marker));
  }

  /** kubesync's own comments on a pull request whose body starts with `prefix`, oldest first. */
  async ourComments(issueNumber: number, prefix: string): Promise<OwnComment[]> {
    return this.api.call('pull-requests: read', async () => {
      const identity = await this.identity();
      const comments = await this.commentsOf(issueNumber);
      return comments
        .filter((comment) => comment.user?.login === identity && comment.body?.startsWith(prefix))
        .map((comment) => ({ id: comment.id, body: comment.body ?? '' }));
    });
  }

  /** Deletes one of kubesync's own comments; one already gone (deleted by a person, or a retry) is no error. */
  async deleteComment(id: number): Promise<void> {
    await this.api.call('pull-requests: write', async () => {
      try {
        await this.api.octokit.rest.issues.deleteComment({ ...this.repository, comment_id: id });
      } catch (error) {
        // The token could write the plan's comments: a 404 here is a comment already gone.
        if ((error as { status?: unknown }).status !== 404) throw error;
      }
    });
  }

  /** Every page of the pull request's comments. */
  private commentsOf(issueNumber: number) {
    return this.api.octokit.paginate(this.api.octokit.rest.issues.listComments, {
      ...this.repository,
      issue_number: issueNumber,
      per_page: 100,
    });
  }

  /** Every page of the pull request's comments, searched for those that start with the marker. */
  private async markedComments(issueNumber: number, marker: string): Promise<MarkedComments> {
    const identity = await this.identity();
    const comments = await this.commentsOf(issueNumber);
    const marked = comments.filter((comment) => comment.body?.startsWith(marker));
    const ours = marked.find((comment) => comment.user?.login === identity);
    const others = marked.flatMap((comment) =>
      comment.user?.login === identity ? [] : [comment.user?.login ?? 'an unknown author'],
    );
    return { ours: ours && { id: ours.id, body: ours.body ?? '' }, others: [...new Set(others)] };
  }

  async setStatus(
    sha: string,
    context: string,
    state: CommitState,
    description: string,
    targetUrl: string,
  ): Promise<void> {
    await this.api.call('statuses: write', () =>
      this.api.octokit.rest.repos.createCommitStatus({
        ...this.repository,
        sha,
        context,
        state,
        description: truncate(description, DESCRIPTION_LIMIT, this.secrets),
        target_url: targetUrl,
      }),
    );
  }

  /** The pull requests a commit belongs to (the one a merge commit came from). */
  async pullRequestsOf(sha: string): Promise<CommitPullRequest[]> {
    return this.api.call('pull-requests: read', async () => {
      const { data } = await this.api.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...this.repository,
        commit_sha: sha,
      });
      return data.map((pull) => ({
        number: pull.number,
        // Merged as this very commit (a merge, squash or rebase), not merely containing it.
        mergedAs: pull.merged_at ? (pull.merge_commit_sha ?? undefined) : undefined,
        labels: pull.labels.map((label) => label.name),
      }));
    });
  }

  /** How `head` stands to `base` in the repository's history (the compare API's status). */
  async compareCommits(base: string, head: string): Promise<CompareStatus> {
    return this.api.call('contents: read', async () => {
      const { data } = await this.api.octokit.rest.repos.compareCommitsWithBasehead({
        ...this.repository,
        basehead: `${base}...${head}`,
        // Only the status is read: one commit of the list, not every one between them.
        per_page: 1,
      });
      return data.status;
    });
  }

  /**
   * Creates the Deployment once: after a failure that may have been applied, the Deployments of the
   * commit and environment are searched for the payload's idempotency key before trying again.
   */
  async createDeployment(deployment: NewDeployment): Promise<number> {
    return this.api.createOnce(
      'deployments: write',
      () =>
        this.deploymentWithKey(deployment.sha, deployment.environment, deployment.payload.idempotency_key),
      async () => {
        const { data } = await this.api.octokit.rest.repos.createDeployment({
          ...this.repository,
          ref: deployment.sha,
          environment: deployment.environment,
          auto_merge: false,
          required_contexts: [],
          production_environment: deployment.production,
          transient_environment: deployment.transient,
          description: truncate(deployment.description, DESCRIPTION_LIMIT, this.secrets),
          payload: deployment.payload,
        });
        if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
        return data.id;
      },
    );
  }

  /** GitHub lists the newest Deployments first: one made moments ago is on the first page. */
  private async deploymentWithKey(
    sha: string,
    environment: string,
    key: string,
  ): Promise<number | undefined> {
    const { data } = await this.api.octokit.rest.repos.listDeployments({
      ...this.repository,
      sha,
      environment,
      per_page: 100,
    });
    return data.find((deployment) => payloadField(deployment.payload, 'idempotency_key') === key)?.id;
  }

  async setDeploymentStatus(
    id: number,
    state: DeploymentState,
    description: string,
    logUrl: string,
    environmentUrl?: string,
  ): Promise<void> {
    await this.api.call('deployments: write', () =>
      this.api.octokit.rest.repos.createDeploymentStatus({
        ...this.repository,
        deployment_id: id,
        state,
        description: truncate(description, DESCRIPTION_LIMIT, this.secrets),
        log_url: logUrl,
        auto_inactive: true,
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      }),
    );
  }
}

/** A field of a Deployment's payload, which GitHub returns as it was given: an object, or a JSON string. */
export function payloadField(payload: unknown, field: string): unknown {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

/** Redacts before it cuts: a cut through a secret would leave a prefix no redaction recognizes. */
export function truncate(text: string, limit: number, secrets: SecretValues): string {
  const clean = secrets.redact(text);
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}
