import type {
  CommitPullRequest,
  CommitState,
  CompareStatus,
  DeploymentState,
  GitHub,
  GitHubPromotions,
  GitHubIssues,
  GitHubRecords,
  LastDeployment,
  MarkedComments,
  MarkedIssue,
  NewDeployment,
  OwnComment,
  Repository,
} from '../../src/github/github.js';
import type { PromotionPullRequest } from '../../src/promote/promotion-result.js';
import type { CommitStatus } from '../../src/promote/status-check.js';

export interface StoredComment {
  readonly id: number;
  readonly issue: number;
  readonly author: string;
  body: string;
}

export interface StoredStatus {
  readonly sha: string;
  readonly context: string;
  readonly state: CommitState;
  readonly description: string;
}

export interface StoredDeployment extends NewDeployment {
  readonly id: number;
  readonly statuses: { state: DeploymentState; description: string; environmentUrl?: string }[];
}

export interface StoredIssue {
  readonly number: number;
  readonly author: string;
  readonly title: string;
  readonly labels: readonly string[];
  body: string;
  state: 'open' | 'closed';
  readonly comments: string[];
}

/**
 * GitHub as a few lists in memory, for in-process tests of the action and CLI layers: what kubesync
 * wrote is read back as data. `fail` makes every call throw what the real client would.
 */
export class MemoryGitHub implements GitHub, GitHubRecords, GitHubPromotions, GitHubIssues {
  readonly repository: Repository = { owner: 'acme', repo: 'shop' };
  readonly records = this;
  readonly promotions = this;
  readonly issues = this;
  /** Issues and pull requests share their numbers, as on GitHub. */
  readonly storedIssues: StoredIssue[] = [];
  readonly comments: StoredComment[] = [];
  readonly statuses: StoredStatus[] = [];
  readonly deployments: StoredDeployment[] = [];
  readonly pullRequestsOfCommit = new Map<string, CommitPullRequest[]>();
  readonly branches = new Map<string, { parent: string; files: readonly { path: string; text: string }[] }>();
  readonly pullRequests: (PromotionPullRequest & { branch: string; title: string; body: string })[] = [];
  /** Thrown by every call while set. */
  fail?: Error;
  private nextId = 1;

  constructor(readonly login = 'github-actions[bot]') {}

  private check(): void {
    if (this.fail) throw this.fail;
  }

  identity(): Promise<string> {
    this.check();
    return Promise.resolve(this.login);
  }

  async upsertComment(issueNumber: number, marker: string, body: string) {
    const found = await this.findComment(issueNumber, marker);
    const ours = this.comments.find((comment) => comment.id === found.ours?.id);
    if (ours) {
      ours.body = body;
      return { outcome: 'updated' as const, ignored: found.others };
    }
    this.comments.push({ id: this.nextId++, issue: issueNumber, author: this.login, body });
    return { outcome: 'created' as const, ignored: found.others };
  }

  findComment(issueNumber: number, marker: string): Promise<MarkedComments> {
    this.check();
    const marked = this.comments.filter(
      (comment) => comment.issue === issueNumber && comment.body.startsWith(marker),
    );
    const ours = marked.find((comment) => comment.author === this.login);
    const others = marked.filter((comment) => comment.author !== this.login).map((comment) => comment.author);
    return Promise.resolve({ ours: ours && { id: ours.id, body: ours.body }, others: [...new Set(others)] });
  }

  ourComments(issueNumber: number, prefix: string): Promise<OwnComment[]> {
    this.check();
    return Promise.resolve(
      this.comments
        .filter(
          (comment) =>
            comment.issue === issueNumber && comment.author === this.login && comment.body.startsWith(prefix),
        )
        .map(({ id, body }) => ({ id, body })),
    );
  }

  deleteComment(id: number): Promise<void> {
    this.check();
    const index = this.comments.findIndex((comment) => comment.id === id);
    if (index !== -1) this.comments.splice(index, 1);
    return Promise.resolve();
  }

  setStatus(sha: string, context: string, state: CommitState, description: string): Promise<void> {
    this.check();
    this.statuses.push({ sha, context, state, description });
    return Promise.resolve();
  }

  pullRequestsOf(sha: string): Promise<CommitPullRequest[]> {
    this.check();
    return Promise.resolve(this.pullRequestsOfCommit.get(sha) ?? []);
  }

  compareCommits(): Promise<CompareStatus> {
    this.check();
    return Promise.reject(new Error('MemoryGitHub does not compare commits: the checkout history answers'));
  }

  createDeployment(deployment: NewDeployment): Promise<number> {
    this.check();
    const id = this.nextId++;
    this.deployments.push({ ...deployment, id, statuses: [] });
    return Promise.resolve(id);
  }

  setDeploymentStatus(
    id: number,
    state: DeploymentState,
    description: string,
    _logUrl: string,
    environmentUrl?: string,
  ): Promise<void> {
    this.check();
    this.deployments
      .find((deployment) => deployment.id === id)
      ?.statuses.push({ state, description, environmentUrl });
    return Promise.resolve();
  }

  statusesOf(sha: string): Promise<CommitStatus[]> {
    this.check();
    return Promise.resolve(
      this.statuses
        .filter((status) => status.sha === sha)
        .reverse()
        .map(({ context, state, description }) => ({ context, state, description })),
    );
  }

  lastDeployment(environment: string, app: string): Promise<LastDeployment | undefined> {
    this.check();
    const found = [...this.deployments]
      .reverse()
      .find(
        (deployment) =>
          deployment.environment === environment && [undefined, app].includes(deployment.payload.app),
      );
    return Promise.resolve(found && { id: found.id, sha: found.sha });
  }

  baseBranch(ref: string | undefined): Promise<string> {
    this.check();
    return Promise.resolve(ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : 'main');
  }

  writeBranch(
    branch: string,
    parent: string,
    files: readonly { path: string; text: string }[],
  ): Promise<string> {
    this.check();
    this.branches.set(branch, { parent, files });
    return Promise.resolve(`commit-of-${branch}`);
  }

  upsertPullRequest(pull: {
    branch: string;
    base: string;
    title: string;
    body: string;
    label: string;
  }): Promise<PromotionPullRequest> {
    this.check();
    const open = this.pullRequests.find((existing) => existing.branch === pull.branch);
    if (open) return Promise.resolve({ number: open.number, url: open.url, created: false });
    const number = this.nextId++;
    const created = { number, url: `https://github.com/acme/shop/pull/${number}`, created: true };
    this.pullRequests.push({ ...created, branch: pull.branch, title: pull.title, body: pull.body });
    return Promise.resolve(created);
  }

  findOpenIssue(label: string, marker: string): Promise<MarkedIssue | undefined> {
    this.check();
    const found = this.storedIssues.find(
      (issue) =>
        issue.state === 'open' &&
        issue.labels.includes(label) &&
        issue.author === this.login &&
        issue.body.startsWith(marker),
    );
    return Promise.resolve(found && this.issueOf(found));
  }

  createIssue(issue: { title: string; body: string; label: string }): Promise<MarkedIssue> {
    this.check();
    const stored: StoredIssue = {
      number: this.nextId++,
      author: this.login,
      title: issue.title,
      labels: [issue.label],
      body: issue.body,
      state: 'open',
      comments: [],
    };
    this.storedIssues.push(stored);
    return Promise.resolve(this.issueOf(stored));
  }

  updateIssue(number: number, body: string): Promise<void> {
    this.check();
    const issue = this.storedIssues.find((stored) => stored.number === number);
    if (issue) issue.body = body;
    return Promise.resolve();
  }

  closeIssue(number: number, comment: string): Promise<void> {
    this.check();
    const issue = this.storedIssues.find((stored) => stored.number === number);
    issue?.comments.push(comment);
    if (issue) issue.state = 'closed';
    return Promise.resolve();
  }

  private issueOf(issue: StoredIssue): MarkedIssue {
    return {
      number: issue.number,
      url: `https://github.com/acme/shop/issues/${issue.number}`,
      body: issue.body,
    };
  }
}
