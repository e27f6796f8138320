import type { PromotionPullRequest } from '../promote/promotion-result.js';
import type { CommitStatus } from '../promote/status-check.js';

/**
 * The GitHub seam: every read and write kubesync makes on GitHub goes through this interface, built
 * once at the entry from the token and GITHUB_API_URL (connect-github.ts), or absent when there is no
 * token or repository. Tests give an in-memory one; the Octokit implementation is the only Octokit user.
 */
export interface GitHub {
  readonly repository: Repository;
  /** The records of a plan or an apply: the pull request comment, commit statuses, Deployments. */
  readonly records: GitHubRecords;
  /** What a promotion reads and writes: the last release's statuses and Deployment, a branch, a pull request. */
  readonly promotions: GitHubPromotions;
  /** The drift issues: one open issue per app and environment while its cluster drifts. */
  readonly issues: GitHubIssues;
}

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** How `head` stands to `base` in the repository's history (the compare API's status). */
export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

/** Asks the repository's host how two commits stand; throws when it cannot answer. */
export type CompareCommits = (base: string, head: string) => Promise<CompareStatus>;

/** The comments on a pull request that carry one app's marker: kubesync's own, and everybody else's. */
export interface MarkedComments {
  readonly ours?: { readonly id: number; readonly body: string };
  /** Logins of the other authors whose comments carry the marker: never edited, never trusted. */
  readonly others: readonly string[];
}

export interface OwnComment {
  readonly id: number;
  readonly body: string;
}

/** What makes a Deployment findable again when the answer to its create was lost. */
export interface DeploymentPayload {
  readonly app: string;
  readonly digest: string;
  /** The workflow run attempt that made it. */
  readonly run: string;
  readonly idempotency_key: string;
  readonly [key: string]: string;
}

/** A pull request a commit belongs to, as `listPullRequestsAssociatedWithCommit` answers. */
export interface CommitPullRequest {
  readonly number: number;
  /** The commit it was merged as, when it is merged. */
  readonly mergedAs?: string;
  readonly labels: readonly string[];
}

export interface NewDeployment {
  readonly sha: string;
  readonly environment: string;
  readonly production: boolean;
  readonly transient: boolean;
  readonly description: string;
  readonly payload: DeploymentPayload;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure';

export interface GitHubRecords {
  /** The login kubesync writes as: only comments by it are kubesync's own. */
  identity(): Promise<string>;
  /** Edits this app's comment on the pull request in place, or creates it; never a second one. */
  upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<{ outcome: 'created' | 'updated'; ignored: readonly string[] }>;
  /** This app's comment on a pull request, and who else wrote the marker there. */
  findComment(issueNumber: number, marker: string): Promise<MarkedComments>;
  /** kubesync's own comments on a pull request whose body starts with `prefix`, oldest first. */
  ourComments(issueNumber: number, prefix: string): Promise<OwnComment[]>;
  /** Deletes one of kubesync's own comments; one already gone is no error. */
  deleteComment(id: number): Promise<void>;
  setStatus(
    sha: string,
    context: string,
    state: CommitState,
    description: string,
    targetUrl: string,
  ): Promise<void>;
  /** The pull requests a commit belongs to (the one a merge commit came from). */
  pullRequestsOf(sha: string): Promise<CommitPullRequest[]>;
  compareCommits(base: string, head: string): Promise<CompareStatus>;
  /** Creates the Deployment once, even when the answer to the create is lost. */
  createDeployment(deployment: NewDeployment): Promise<number>;
  setDeploymentStatus(
    id: number,
    state: DeploymentState,
    description: string,
    logUrl: string,
    environmentUrl?: string,
  ): Promise<void>;
}

/** The newest GitHub Deployment of an environment: the last apply tried there. */
export interface LastDeployment {
  readonly id: number;
  readonly sha: string;
}

export interface GitHubPromotions {
  /** The commit's statuses, newest first. */
  statusesOf(sha: string): Promise<CommitStatus[]>;
  /** The newest Deployment of the environment made for this app (or naming no app). */
  lastDeployment(environment: string, app: string): Promise<LastDeployment | undefined>;
  /** The branch a pull request goes into: the one the workflow ran on, else the repository's default. */
  baseBranch(ref: string | undefined): Promise<string>;
  /** Points `branch` at a commit holding `files` on top of `parent`; returns the commit. */
  writeBranch(
    branch: string,
    parent: string,
    files: readonly { readonly path: string; readonly text: string }[],
    message: string,
  ): Promise<string>;
  /** Updates the open pull request from `branch`, or opens it; then labels it. */
  upsertPullRequest(pull: {
    readonly branch: string;
    readonly base: string;
    readonly title: string;
    readonly body: string;
    readonly label: string;
  }): Promise<PromotionPullRequest>;
}

/** An open issue kubesync wrote, found by its label and the marker its body starts with. */
export interface MarkedIssue {
  readonly number: number;
  readonly url: string;
  readonly body: string;
}

export interface GitHubIssues {
  /** The open issue with this label whose body starts with `marker`, written by kubesync's identity. */
  findOpenIssue(label: string, marker: string): Promise<MarkedIssue | undefined>;
  /** Opens an issue with this label; created once, even when the answer to the create is lost. */
  createIssue(issue: {
    readonly title: string;
    readonly body: string;
    readonly label: string;
    readonly marker: string;
  }): Promise<MarkedIssue>;
  updateIssue(number: number, body: string): Promise<void>;
  /** Comments on the issue, then closes it as completed. */
  closeIssue(number: number, comment: string): Promise<void>;
}
