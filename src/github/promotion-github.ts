import type { GitHubApi } from './github-api.js';
import { payloadField } from './github-rest.js';
import type { PromotionPullRequest } from '../promote/promotion-result.js';
import type { GitHubPromotions, LastDeployment, Repository } from './github.js';
import type { CommitStatus } from '../promote/status-check.js';

/**
 * What a promotion asks of GitHub and writes there: the last apply of `from` (its Deployments and
 * commit statuses), and the commit, branch and pull request that carry the edit of `to`. The commit is
 * made with the git data API, so the runner needs no push rights of its own. Creates are made once
 * even when an answer is lost (GitHubApi.createOnce).
 */
export class RestPromotions implements GitHubPromotions {
  constructor(
    private readonly api: GitHubApi,
    private readonly repository: Repository,
  ) {}

  /** The commit's statuses, newest first. */
  statusesOf(sha: string): Promise<CommitStatus[]> {
    return this.api.call('statuses: read', async () => {
      const { data } = await this.api.octokit.rest.repos.listCommitStatusesForRef({
        ...this.repository,
        ref: sha,
        per_page: 100,
      });
      return data.map(({ context, state, description }) => ({ context, state, description }));
    });
  }

  /** The newest Deployment of the environment made for this app (or naming no app). */
  lastDeployment(environment: string, app: string): Promise<LastDeployment | undefined> {
    return this.api.call('deployments: read', async () => {
      const { data } = await this.api.octokit.rest.repos.listDeployments({
        ...this.repository,
        environment,
        per_page: 100,
      });
      const found = data.find((deployment) => [undefined, app].includes(payloadApp(deployment.payload)));
      return found && { id: found.id, sha: found.sha };
    });
  }

  /** The branch a pull request goes into: the one the workflow ran on, else the repository's default. */
  async baseBranch(ref: string | undefined): Promise<string> {
    if (ref?.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
    return this.api.call('contents: read', async () => {
      const { data } = await this.api.octokit.rest.repos.get({ ...this.repository });
      return data.default_branch;
    });
  }

  /**
   * Points `branch` at a commit holding `files` on top of `parent`. The branch is kubesync's own:
   * an earlier promotion's commit there is replaced, not built upon. A branch that already holds
   * exactly this is left as it is.
   */
  async writeBranch(
    branch: string,
    parent: string,
    files: readonly { readonly path: string; readonly text: string }[],
    message: string,
  ): Promise<string> {
    const { octokit } = this.api;
    const baseTree = await this.api.call('contents: read', async () => {
      const { data } = await octokit.rest.git.getCommit({ ...this.repository, commit_sha: parent });
      return data.tree.sha;
    });
    const tree = await this.api.call('contents: write', async () => {
      const { data } = await octokit.rest.git.createTree({
        ...this.repository,
        base_tree: baseTree,
        tree: files.map((file) => ({ path: file.path, mode: '100644', type: 'blob', content: file.text })),
      });
      return data.sha;
    });
    const head = await this.branchHead(branch);
    if (head) {
      const current = await this.api.call('contents: read', async () => {
        const { data } = await octokit.rest.git.getCommit({ ...this.repository, commit_sha: head });
        return data;
      });
      if (current.tree.sha === tree && current.parents[0]?.sha === parent) return head;
    }
    // A commit is named by its content: a repeated create makes at worst an unreachable twin.
    const commit = await this.api.call('contents: write', async () => {
      const { data } = await octokit.rest.git.createCommit({
        ...this.repository,
        message,
        tree,
        parents: [parent],
      });
      return data.sha;
    });
    if (head) {
      await this.api.call('contents: write', () =>
        octokit.rest.git.updateRef({ ...this.repository, ref: `heads/${branch}`, sha: commit, force: true }),
      );
    } else {
      await this.api.createOnce(
        'contents: write',
        async () => ((await this.branchHead(branch)) === commit ? commit : undefined),
        () =>
          octokit.rest.git
            .createRef({ ...this.repository, ref: `refs/heads/${branch}`, sha: commit })
            .then(() => commit),
      );
    }
    return commit;
  }

  /** Updates the open pull request from `branch`, or opens it; then labels it. */
  async upsertPullRequest(pull: {
    readonly branch: string;
    readonly base: string;
    readonly title: string;
    readonly body: string;
    readonly label: string;
  }): Promise<PromotionPullRequest> {
    const { octokit } = this.api;
    const open = await this.api.call('pull-requests: read', () => this.openPullRequest(pull.branch));
    let result: PromotionPullRequest;
    if (open) {
      await this.api.call('pull-requests: write', () =>
        octokit.rest.pulls.update({
          ...this.repository,
          pull_number: open.number,
          title: pull.title,
          body: pull.body,
        }),
      );
      result = { ...open, created: false };
    } else {
      const created = await this.api.createOnce(
        'pull-requests: write',
        () => this.openPullRequest(pull.branch),
        async () => {
          const { data } = await octokit.rest.pulls.create({
            ...this.repository,
            head: pull.branch,
            base: pull.base,
            title: pull.title,
            body: pull.body,
          });
          return { number: data.number, url: data.html_url };
        },
      );
      result = { ...created, created: true };
    }
    await this.api.call('pull-requests: write', () =>
      octokit.rest.issues.addLabels({
        ...this.repository,
        issue_number: result.number,
        labels: [pull.label],
      }),
    );
    return result;
  }

  private async openPullRequest(branch: string): Promise<{ number: number; url: string } | undefined> {
    const { data } = await this.api.octokit.rest.pulls.list({
      ...this.repository,
      head: `${this.repository.owner}:${branch}`,
      state: 'open',
      per_page: 10,
    });
    const [found] = data;
    return found && { number: found.number, url: found.html_url };
  }

  /** The branch's commit; undefined when there is no such branch. */
  private branchHead(branch: string): Promise<string | undefined> {
    return this.api.call('contents: read', () =>
      this.api.octokit.rest.git.getRef({ ...this.repository, ref: `heads/${branch}` }).then(
        ({ data }) => data.object.sha,
        (error: unknown) => {
          if ((error as { status?: unknown }).status === 404) return undefined;
          throw error;
        },
      ),
    );
  }
}

/** The app a Deployment's payload names (kubesync writes one). */
function payloadApp(payload: unknown): string | undefined {
  const app = payloadField(payload, 'app');
  return typeof app === 'string' && app ? app : undefined;
}
