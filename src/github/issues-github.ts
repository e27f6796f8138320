import type { GitHubApi } from './github-api.js';
import type { GitHubIssues, MarkedIssue, Repository } from './github.js';

/** Every call of a drift issue needs this permission (reading the issues included, on a private repository). */
const PERMISSION = 'issues: write';

/**
 * The drift issues on GitHub: found among the open issues carrying the label, by the marker their body
 * starts with and by their author, kubesync's own identity (an issue anybody else wrote with the marker
 * is never edited or closed). A create whose answer was lost is looked up again before it is retried.
 */
export class RestIssues implements GitHubIssues {
  constructor(
    private readonly api: GitHubApi,
    private readonly repository: Repository,
    private readonly identity: () => Promise<string>,
  ) {}

  findOpenIssue(label: string, marker: string): Promise<MarkedIssue | undefined> {
    return this.api.call(PERMISSION, () => this.openIssueWith(label, marker));
  }

  private async openIssueWith(label: string, marker: string): Promise<MarkedIssue | undefined> {
    const identity = await this.identity();
    const issues = await this.api.octokit.paginate(this.api.octokit.rest.issues.listForRepo, {
      ...this.repository,
      labels: label,
      state: 'open',
      per_page: 100,
    });
    // The list holds pull requests too; only an issue of kubesync's own counts.
    const found = issues.find(
      (issue) => !issue.pull_request && issue.user?.login === identity && issue.body?.startsWith(marker),
    );
    return found && { number: found.number, url: found.html_url, body: found.body ?? '' };
  }

  createIssue(issue: {
    readonly title: string;
    readonly body: string;
    readonly label: string;
    readonly marker: string;
  }): Promise<MarkedIssue> {
    return this.api.createOnce(
      PERMISSION,
      () => this.openIssueWith(issue.label, issue.marker),
      async () => {
        const { data } = await this.api.octokit.rest.issues.create({
          ...this.repository,
          title: issue.title,
          body: issue.body,
          labels: [issue.label],
        });
        return { number: data.number, url: data.html_url, body: data.body ?? '' };
      },
    );
  }

  async updateIssue(number: number, body: string): Promise<void> {
    await this.api.call(PERMISSION, () =>
      this.api.octokit.rest.issues.update({ ...this.repository, issue_number: number, body }),
    );
  }

  /** The comment first, so that a close that fails leaves the issue open with the reason said once. */
  async closeIssue(number: number, comment: string): Promise<void> {
    await this.api.call(PERMISSION, () =>
      this.api.octokit.rest.issues.createComment({ ...this.repository, issue_number: number, body: comment }),
    );
    await this.api.call(PERMISSION, () =>
      this.api.octokit.rest.issues.update({
        ...this.repository,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
      }),
    );
  }
}
