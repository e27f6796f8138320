import { randomUUID } from 'node:crypto';
import type { ApplyHooks, ApplyResult } from '../../sync/sync-context.js';
import type { CompareCommits } from '../../github/github.js';
import { isUserError, UserError } from '../../model/errors.js';
import { listed } from '../../model/plural.js';
import type { RunContext } from '../events/github-event.js';
import type { Settings } from '../../settings/inputs.js';
import type { Plan } from '../../plan/plan.js';
import { unapprovedDestructive } from '../../plan/destructive.js';
import type { GitHubUnavailable } from '../../github/github-unavailable.js';
import { isGitHubUnavailable, permissionsCheck } from '../../github/github-unavailable.js';
import type { CommitPullRequest, GitHub, GitHubRecords } from '../../github/github.js';
import type { Log } from '../../model/log.js';
import { commentMarker, readMarker } from '../../github/comment-marker.js';
import { deploymentEnvironmentOf, statusContextOf } from './plan-records.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import { desiredDigest, reviewProblem } from './reviewed-plan.js';

/**
 * What an apply leaves on GitHub: the commit status `kubesync/<environment>` going pending → success or
 * failure, and a GitHub Deployment for the commit going in_progress → success or failure. Before
 * anything is applied, the plan is compared with the one reviewed in the pull request the commit came
 * from (the stale-plan guard). Without a token or a repository every step is skipped. GitHub is not the
 * cluster: whatever GitHub does not do (unreachable, failing, refusing the token) the deploy goes on
 * without, and the end of the run warns once per cause, in one line that says what to check. A read
 * that fails means no reviewed plan to compare and no approval label found; only require-plan-match,
 * which the workflow sets to demand the comparison, refuses then.
 */
export class ApplyRecords {
  readonly warnings: string[] = [];
  deploymentId?: number;
  environmentUrl?: string;
  private readonly github?: GitHubRecords;
  private app?: string;
  private readonly idempotencyKey = randomUUID();
  private commitPullRequests?: Promise<CommitPullRequest[]>;
  /** What GitHub did not do, by what happened: warned about once each, at the end. */
  private readonly missed = new Map<
    string,
    { failure: GitHubUnavailable; what: Set<string>; permissions: Set<string> }
  >();

  constructor(
    private readonly settings: Settings,
    private readonly run: RunContext,
    github: GitHub | undefined,
    private readonly log: Log,
    private readonly runAttempt = '1',
    /** Who let the apply through outside its deploy windows: the Deployment and the status say so. */
    private readonly windowOverride?: string,
  ) {
    // Records go to the repository the run belongs to; without one there is nowhere to record.
    if (run.repository) this.github = github?.records;
  }

  /** GitHub's compare API, for the order of commits the checkout's history cannot tell. */
  get compareCommits(): CompareCommits | undefined {
    const github = this.github;
    return github && ((base, head) => github.compareCommits(base, head));
  }

  get hooks(): ApplyHooks {
    return {
      started: (app) => this.started(app),
      planned: (plan) => this.planned(plan),
      progress: (description) => this.progress(description),
    };
  }

  private get statusContext(): string {
    return statusContextOf(this.settings, this.app ?? '');
  }

  private async started(app: string): Promise<void> {
    this.app = app;
    const github = this.github;
    if (!github) return;
    await this.record(`the commit status ${this.statusContext}`, () =>
      github.setStatus(this.run.sha, this.statusContext, 'pending', 'Syncing…', this.run.runUrl),
    );
  }

  private async planned(plan: Plan): Promise<{ destructiveApprovedBy?: string } | undefined> {
    const github = this.github;
    const app = this.app;
    if (!github || !app) return undefined;
    await this.checkReviewedPlan(github, app, plan);
    const destructiveApprovedBy = await this.approveByLabel(github, plan);
    const approval = destructiveApprovedBy ? { destructiveApprovedBy } : undefined;
    if (this.settings.apply.dryRun) return approval;
    const environment = deploymentEnvironmentOf(this.settings, app);
    // A Deployment someone else created (the deployment event) is the one whose statuses this run drives.
    this.deploymentId = this.run.deployment?.id;
    if (this.deploymentId === undefined)
      await this.record(`the GitHub Deployment for ${environment}`, async () => {
        // Kept the moment it exists: from here on, every way out gives it a final status.
        this.deploymentId = await github.createDeployment({
          sha: this.run.sha,
          environment,
          production:
            this.settings.deployment.production === 'auto'
              ? (this.settings.environment || app) === 'production'
              : this.settings.deployment.production === 'true',
          transient: this.settings.deployment.transient,
          description: `kubesync apply of ${app}${this.windowOverride ? `, outside its deploy windows: let through by ${this.windowOverride}` : ''}`,
          payload: {
            app,
            digest: plan.digest,
            run: `${this.run.runUrl}/attempts/${this.runAttempt}`,
            idempotency_key: this.idempotencyKey,
          },
        });
      });
    const id = this.deploymentId;
    if (id === undefined) return approval;
    await this.record(`the statuses of GitHub Deployment ${id}`, () =>
      github.setDeploymentStatus(id, 'in_progress', 'Applying', this.run.runUrl),
    );
    return approval;
  }

  /** On a push, the pull request the commit came from carries the reviewed plan's digest in its comment. */
  private async checkReviewedPlan(github: GitHubRecords, app: string, plan: Plan): Promise<void> {
    if (this.run.eventName !== 'push') return;
    const requireMatch = this.settings.deployment.requirePlanMatch;
    let reviewed: ReviewedPlan;
    try {
      reviewed = await this.reviewedPlan(github, app);
    } catch (error) {
      if (!isGitHubUnavailable(error)) throw error;
      // The workflow asked for the match: a plan that could not be compared does not match.
      if (requireMatch) {
        throw new UserError(
          `require-plan-match could not be checked, so nothing was applied: the reviewed plan could not be read, ${error.problem}; ${error.check}`,
        );
      }
      this.miss('the comparison with the plan reviewed in the pull request', error);
      return;
    }
    const problem = reviewProblem(reviewed, app, {
      digest: plan.digest,
      desired: desiredDigest(plan, this.settings.ignoreDifferences),
    });
    if (!problem) {
      this.log.info(`the plan matches the one reviewed in pull request #${reviewed.pull}`);
      return;
    }
    if (requireMatch) {
      throw new UserError(
        `${problem}; require-plan-match is set, so nothing was applied. Re-run the plan on a pull request and merge it`,
      );
    }
    this.warn(problem);
  }

  /**
   * On a push, the merged pull request's label (destructive-approval-label) approves the plan's
   * destructive changes; without it they stay unapproved, and apply refuses them.
   */
  private async approveByLabel(github: GitHubRecords, plan: Plan): Promise<string | undefined> {
    if (this.run.eventName !== 'push' || unapprovedDestructive(plan.changes).length === 0) return undefined;
    const label = this.settings.apply.destructiveApprovalLabel;
    let pull: CommitPullRequest | undefined;
    try {
      // A label on a pull request that merely contains the commit (merged elsewhere, or still open)
      // approves nothing here.
      pull = (await this.pullRequestsOfCommit(github)).find(
        (candidate) => candidate.mergedAs === this.run.sha,
      );
    } catch (error) {
      if (!isGitHubUnavailable(error)) throw error;
      this.miss(
        `the merged pull request's labels (no ${label} found: destructive changes stay unapproved)`,
        error,
      );
      return undefined;
    }
    if (!pull?.labels.includes(label)) return undefined;
    this.log.info(`pull request #${pull.number} carries ${label}: its destructive changes are approved`);
    return `the label ${label} on pull request #${pull.number}`;
  }

  /** The pull requests of the pushed commit, asked once for the reviewed plan and the approval label. */
  private pullRequestsOfCommit(github: GitHubRecords): Promise<CommitPullRequest[]> {
    this.commitPullRequests ??= github.pullRequestsOf(this.run.sha);
    return this.commitPullRequests;
  }

  private async reviewedPlan(github: GitHubRecords, app: string): Promise<ReviewedPlan> {
    const pull = (await this.pullRequestsOfCommit(github))[0]?.number;
    if (pull === undefined) return { identity: '', ignoredAuthors: [] };
    const { ours, others } = await github.findComment(pull, commentMarker(app, this.settings.environment));
    const marker = ours ? readMarker(ours.body, app, this.settings.environment) : undefined;
    return { pull, marker, identity: await github.identity(), ignoredAuthors: others };
  }

  /** A rollout's stage (a canary analysing), as the Deployment's in_progress status. */
  private async progress(description: string): Promise<void> {
    const github = this.github;
    const id = this.deploymentId;
    if (!github || id === undefined) return;
    await this.record(`the statuses of GitHub Deployment ${id}`, () =>
      github.setDeploymentStatus(id, 'in_progress', description, this.run.runUrl),
    );
  }

  /**
   * The final statuses; `environment-url` is the input or https:// the Application's first domain.
   * The apply is over: what GitHub refuses or cannot take now is a warning. A canary waiting for its
   * decision is not final: the status stays pending.
   */
  async finish(result: ApplyResult | undefined, error?: unknown): Promise<void> {
    try {
      await this.finalRecords(result, error);
    } finally {
      this.warnMissed();
    }
  }

  private async finalRecords(result: ApplyResult | undefined, error?: unknown): Promise<void> {
    const github = this.github;
    if (!github || !this.app) return;
    if (result?.waiting) {
      // Not finished: a canary waits for its decision, which a later run brings.
      await this.record(`the commit status ${this.statusContext}`, () =>
        github.setStatus(this.run.sha, this.statusContext, 'pending', result.waiting ?? '', this.run.runUrl),
      );
      await this.progress(result.waiting);
      return;
    }
    const failed = !result || result.syncStatus === 'Failed';
    // An object that did not become ready: the one most telling line of why, not "not ready after 5m".
    const failure = result?.failures?.[0];
    const reason =
      (failure ? `${failure.subject}: ${failure.reason}` : result?.problems[0]) ??
      (isUserError(error) ? error.message : 'kubesync failed; see the log');
    const description = failed
      ? `Failed: ${reason.split('\n')[0] ?? ''}`
      : result.dryRun
        ? `Dry run: ${result.syncStatus}`
        : this.windowOverride
          ? `Synced; deploy window overridden by ${this.windowOverride}`
          : 'Synced';
    const state = failed ? 'failure' : 'success';
    await this.record(
      `the commit status ${this.statusContext}`,
      () => github.setStatus(this.run.sha, this.statusContext, state, description, this.run.runUrl),
      true,
    );
    const id = this.deploymentId;
    if (id === undefined) return;
    const domain = result?.validation.loaded.app?.spec.network?.domains?.[0];
    this.environmentUrl =
      this.settings.deployment.environmentUrl || (domain ? `https://${domain}` : undefined);
    const url = failed ? undefined : this.environmentUrl;
    await this.record(
      `the statuses of GitHub Deployment ${id}`,
      () => github.setDeploymentStatus(id, state, description, this.run.runUrl, url),
      true,
    );
  }

  /** A record GitHub does not take is missed, and the deploy goes on. */
  private async record(what: string, write: () => Promise<unknown>, final = false): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isGitHubUnavailable(error)) return this.miss(what, error);
      // Not GitHub's failure but kubesync's (a bug); after the apply it may not turn the outcome around.
      if (!final) throw error;
      this.warn(
        `could not record ${what} on GitHub: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private miss(what: string, failure: GitHubUnavailable): void {
    const entry = this.missed.get(failure.problem) ?? {
      failure,
      what: new Set<string>(),
      permissions: new Set<string>(),
    };
    entry.what.add(what);
    if (failure.permission) entry.permissions.add(failure.permission);
    this.missed.set(failure.problem, entry);
  }

  /** One line per cause: what happened, what the run went on without, what to check. */
  private warnMissed(): void {
    for (const { failure, what, permissions } of this.missed.values()) {
      const check = permissions.size > 0 ? permissionsCheck([...permissions]) : failure.check;
      this.warn(`${failure.problem}: the deploy went on without ${listed([...what])}; ${check}`);
    }
    this.missed.clear();
  }

  private warn(message: string): void {
    this.warnings.push(message);
    this.log.warning(message);
  }
}
