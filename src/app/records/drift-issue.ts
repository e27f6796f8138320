import type { PlanResult } from '../commands/plan.js';
import type { RunContext } from '../events/github-event.js';
import type { Settings } from '../../settings/inputs.js';
import type { GitHub } from '../../github/github.js';
import { isGitHubUnavailable } from '../../github/github-unavailable.js';
import { driftIssueMarker } from '../../github/comment-marker.js';
import type { Log } from '../../model/log.js';
import type { SecretValues } from '../../secrets/redact.js';
import { driftIssueTitle, driftResolvedComment, renderDriftIssue } from '../../report/drift-issue.js';
import { repositoryUrlOf } from '../../report/links.js';

/** The events that plan the default branch's head with no change in git: what they find OutOfSync is drift. */
const DRIFT_EVENTS = ['schedule', 'workflow_dispatch', 'repository_dispatch'];

/** An app's drift issue as the run left it: open (created or kept up to date), or closed. */
export interface DriftIssueLink {
  readonly number: number;
  readonly url: string;
  readonly state: 'open' | 'closed';
}

interface DriftTarget {
  readonly app: string;
  readonly settings: Settings;
  readonly run: RunContext;
  readonly github: GitHub | undefined;
  readonly log: Log;
}

/**
 * After a plan: drift found by a scheduled or dispatched plan opens the app's drift issue, or brings
 * the open one up to date; a plan that finds the app Synced closes it. Nothing happens unless
 * drift-issue is on, or on a pull request. GitHub's failures are warnings: the plan stands without.
 */
export async function recordDriftOfPlan(
  target: Omit<DriftTarget, 'app'>,
  result: PlanResult,
  secrets: SecretValues,
): Promise<DriftIssueLink | undefined> {
  const { settings, run } = target;
  const plan = result.plan;
  if (!plan || !DRIFT_EVENTS.includes(run.eventName) || run.pullRequest) return undefined;
  const github = githubFor({ ...target, app: result.app });
  if (!github) return undefined;
  const marker = driftIssueMarker(result.app, settings.environment);
  const label = settings.github.driftIssueLabel;
  return guarded({ ...target, app: result.app }, async () => {
    const open = await github.issues.findOpenIssue(label, marker);
    if (plan.syncStatus === 'Synced') {
      if (!open) return undefined;
      await github.issues.closeIssue(open.number, driftResolvedComment('synced', run.sha, run.runUrl));
      target.log.info(`drift issue #${open.number} closed: ${result.app} is Synced again`);
      return { number: open.number, url: open.url, state: 'closed' };
    }
    const body = renderDriftIssue(
      {
        app: result.app,
        environment: settings.environment,
        sha: run.sha,
        cluster: result.context || result.server,
        plan,
        runUrl: run.runUrl,
        repositoryUrl: repositoryUrlOf(run.runUrl),
        seenAt: new Date().toISOString(),
        selfHeal: settings.deployment.selfHeal && run.eventName === 'schedule',
      },
      secrets,
    );
    if (open) {
      await github.issues.updateIssue(open.number, body);
      target.log.info(`drift issue #${open.number} updated: ${result.app} still drifts`);
      return { number: open.number, url: open.url, state: 'open' };
    }
    const title = driftIssueTitle(result.app, settings.environment);
    const created = await github.issues.createIssue({ title, body, label, marker });
    target.log.warning(
      `${result.app} drifted from git: drift issue #${created.number} opened (${created.url})`,
    );
    return { number: created.number, url: created.url, state: 'open' };
  });
}

/**
 * After an apply that left the app Synced (self-heal, or the commit applied again), its open drift
 * issue is closed with a comment saying how.
 */
export async function closeDriftAfterApply(
  target: DriftTarget,
  synced: boolean,
  healed: boolean,
): Promise<DriftIssueLink | undefined> {
  const github = githubFor(target);
  if (!github || !synced) return undefined;
  const { run, settings } = target;
  return guarded(target, async () => {
    const open = await github.issues.findOpenIssue(
      settings.github.driftIssueLabel,
      driftIssueMarker(target.app, settings.environment),
    );
    if (!open) return undefined;
    const comment = driftResolvedComment(healed ? 'healed' : 'applied', run.sha, run.runUrl);
    await github.issues.closeIssue(open.number, comment);
    target.log.info(`drift issue #${open.number} closed: ${target.app} is Synced again`);
    return { number: open.number, url: open.url, state: 'closed' };
  });
}

function githubFor(target: DriftTarget): GitHub | undefined {
  if (!target.settings.github.driftIssue || !target.run.repository) return undefined;
  if (!target.github) target.log.warning('drift-issue is on but there is no github-token: no drift issue');
  return target.github;
}

/** What GitHub does not do is a warning naming what to check (the permission it refused): never a failure. */
async function guarded(
  target: DriftTarget,
  record: () => Promise<DriftIssueLink | undefined>,
): Promise<DriftIssueLink | undefined> {
  try {
    return await record();
  } catch (error) {
    if (!isGitHubUnavailable(error)) throw error;
    target.log.warning(`could not record the drift issue of ${target.app} on GitHub: ${error.message}`);
    return undefined;
  }
}
