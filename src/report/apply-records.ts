import type { ApplyHooks, ApplyResult } from '../commands/apply.js';
import { isUserError, UserError } from '../errors.js';
import type { RunContext } from '../github-event.js';
import type { Settings } from '../inputs.js';
import type { Plan } from '../plan/plan.js';
import { GitHubReporter } from './github.js';
import type { Log } from './log.js';
import { commentMarker, readMarker } from './markdown.js';
import { statusContextOf } from './pull-request.js';

/**
 * What an apply leaves on GitHub: the commit status `kubesync/<environment>` going pending → success or
 * failure, and a GitHub Deployment for the commit going in_progress → success or failure. Before
 * anything is applied, the plan is compared with the one reviewed in the pull request the commit came
 * from (the stale-plan guard). Without a token or a repository every step is skipped.
 */
export class ApplyRecords {
  readonly warnings: string[] = [];
  deploymentId?: number;
  environmentUrl?: string;
  private readonly github?: GitHubReporter;
  private app?: string;

  constructor(
    private readonly settings: Settings,
    private readonly run: RunContext,
    private readonly log: Log,
  ) {
    if (settings.github.token && run.repository)
      this.github = new GitHubReporter(settings.github.token, run.repository, log.info);
  }

  get hooks(): ApplyHooks {
    return { started: (app) => this.started(app), planned: (plan) => this.planned(plan) };
  }

  private async started(app: string): Promise<void> {
    this.app = app;
    await this.github?.setStatus(
      this.run.sha,
      statusContextOf(this.settings, app),
      'pending',
      'Syncing…',
      this.run.runUrl,
    );
  }

  private async planned(plan: Plan): Promise<void> {
    if (!this.github || !this.app) return;
    await this.checkReviewedPlan(this.github, this.app, plan);
    if (this.settings.apply.dryRun) return;
    const environment = this.settings.environment || this.app;
    this.deploymentId = await this.github.createDeployment({
      sha: this.run.sha,
      environment,
      production:
        this.settings.deployment.production === 'auto'
          ? environment === 'production'
          : this.settings.deployment.production === 'true',
      transient: this.settings.deployment.transient,
      description: `kubesync apply of ${this.app}`,
      payload: { app: this.app, digest: plan.digest },
    });
    await this.github.setDeploymentStatus(this.deploymentId, 'in_progress', 'Applying', this.run.runUrl);
  }

  /** On a push, the pull request the commit came from carries the reviewed plan's digest in its comment. */
  private async checkReviewedPlan(github: GitHubReporter, app: string, plan: Plan): Promise<void> {
    if (this.run.eventName !== 'push') return;
    const [pull] = await github.pullRequestsOf(this.run.sha);
    const body =
      pull === undefined
        ? undefined
        : await github.findComment(pull, commentMarker(app, this.settings.environment));
    const reviewed = body ? readMarker(body, app, this.settings.environment) : undefined;
    let problem: string | undefined;
    if (!reviewed?.digest) {
      problem = `no reviewed plan found for ${app}${pull === undefined ? ' (the commit belongs to no pull request)' : ` in pull request #${pull}`}`;
    } else if (reviewed.digest !== plan.digest) {
      problem = `the plan differs from the one reviewed in pull request #${pull} (at ${reviewed.sha.slice(0, 7)}): the manifests or the cluster changed since`;
    }
    if (!problem) {
      this.log.info(`the plan matches the one reviewed in pull request #${pull}`);
      return;
    }
    if (this.settings.deployment.requirePlanMatch) {
      throw new UserError(
        `${problem}; require-plan-match is set, so nothing was applied. Re-run the plan on a pull request and merge it`,
      );
    }
    this.warnings.push(problem);
    this.log.warning(problem);
  }

  /** The final statuses; `environment-url` is the input or https:// the Application's first domain. */
  async finish(result: ApplyResult | undefined, error?: unknown): Promise<void> {
    if (!this.github || !this.app) return;
    const failed = !result || result.syncStatus === 'Failed';
    const reason =
      result?.problems[0] ?? (isUserError(error) ? error.message : 'kubesync failed; see the log');
    const description = failed
      ? `Failed: ${reason.split('\n')[0] ?? ''}`
      : result.dryRun
        ? `Dry run: ${result.syncStatus}`
        : 'Synced';
    await this.github.setStatus(
      this.run.sha,
      statusContextOf(this.settings, this.app),
      failed ? 'failure' : 'success',
      description,
      this.run.runUrl,
    );
    if (this.deploymentId === undefined) return;
    const domain = result?.validation.loaded.app?.spec.network?.domains?.[0];
    this.environmentUrl =
      this.settings.deployment.environmentUrl || (domain ? `https://${domain}` : undefined);
    await this.github.setDeploymentStatus(
      this.deploymentId,
      failed ? 'failure' : 'success',
      description,
      this.run.runUrl,
      failed ? undefined : this.environmentUrl,
    );
  }
}
