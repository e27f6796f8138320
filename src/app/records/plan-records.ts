import { plural } from '../../model/plural.js';
import type { PlanResult } from '../commands/plan.js';
import type { RunContext } from '../events/github-event.js';
import type { Settings } from '../../settings/inputs.js';
import { isGitHubUnavailable, tryRecord } from '../../github/github-unavailable.js';
import type { CommitState, GitHub } from '../../github/github.js';
import type { SecretValues } from '../../secrets/redact.js';
import type { Log } from '../../model/log.js';
import { commentMarker, partMarker, partOf, partsPrefix } from '../../github/comment-marker.js';
import { renderPlanComments } from '../../report/markdown.js';
import { repositoryUrlOf } from '../../report/links.js';
import { statusCounts } from '../../report/plan-text.js';
import { desiredDigest } from './reviewed-plan.js';

/** `kubesync/<environment>`, or `kubesync/<app>` when there is no environment, unless the input says otherwise. */
export function statusContextOf(settings: Settings, app: string): string {
  const context = settings.github.statusContext || `kubesync/${settings.environment || app}`;
  // Without an environment the default already names the app; a given context does not.
  return settings.oneOfMany && (settings.environment || settings.github.statusContext)
    ? `${context}/${app}`
    : context;
}

/**
 * The environment of the GitHub Deployment: the app's own when it is one of several, because a new
 * Deployment's success marks the environment's earlier ones inactive.
 */
export function deploymentEnvironmentOf(settings: Settings, app: string): string {
  const environment = settings.environment || app;
  return settings.oneOfMany && settings.environment ? `${environment}/${app}` : environment;
}

/** The commit status a plan sets: success whatever the diff (a plan is information), failure on invalid manifests. */
export function planStatus(result: PlanResult): { state: CommitState; description: string } {
  if (!result.validation.valid)
    return {
      state: 'failure',
      description: `Invalid: ${plural(result.validation.errors, 'validation error')}`,
    };
  if (!result.plan)
    return { state: 'success', description: `Unknown: ${result.unknownReason ?? 'not planned'}` };
  const counts = statusCounts(result.plan);
  if (result.rendered) return { state: 'success', description: `Rendered diff: ${counts || 'no changes'}` };
  return { state: 'success', description: `${result.plan.syncStatus}${counts ? `: ${counts}` : ''}` };
}

/**
 * On a pull request: the plan as one comment kept up to date, and the commit status of its head. On a
 * schedule (drift detection): the commit status of the checked-out commit. When GitHub cannot be
 * reached, each missing record is a warning; the plan is in the job summary all the same.
 */
export async function recordPlan(
  settings: Settings,
  run: RunContext,
  result: PlanResult,
  github: GitHub | undefined,
  log: Log,
  secrets: SecretValues,
): Promise<void> {
  if (!run.repository || !(run.pullRequest || ['schedule', 'merge_group'].includes(run.eventName))) return;
  if (!github) {
    log.warning('no github-token: the plan is in the job summary only');
    return;
  }
  try {
    await writeRecords(github, settings, run, result, log, secrets);
  } catch (error) {
    // A pull request from a fork runs with a read-only token: the plan still stands in the job summary.
    if (!(run.pullRequest?.fromFork && isGitHubUnavailable(error) && error.kind === 'refused')) throw error;
    log.warning(
      `pull request from a fork, so its token is read-only: ${error.message}. The ${result.rendered ? 'rendered diff' : 'plan'} is in the job summary`,
    );
  }
}

async function writeRecords(
  github: GitHub,
  settings: Settings,
  run: RunContext,
  result: PlanResult,
  log: Log,
  secrets: SecretValues,
) {
  const status = planStatus(result);
  const context = statusContextOf(settings, result.app);
  const warnings = [
    await tryRecord(`the commit status ${context}`, () =>
      github.records.setStatus(run.sha, context, status.state, status.description, run.runUrl),
    ),
  ];
  const pull = run.pullRequest;
  if (pull && settings.github.comment) {
    const input = planCommentOf(settings, run, result);
    const bodies = renderPlanComments(input, secrets, settings.github.maxComments);
    warnings.push(
      await tryRecord(`the plan comment on pull request #${pull.number}`, async () => {
        const { outcome, ignored } = await github.records.upsertComment(
          pull.number,
          commentMarker(result.app, settings.environment),
          bodies[0] ?? '',
        );
        if (ignored.length > 0)
          log.info(
            `ignored ${ignored.length === 1 ? 'a comment' : 'comments'} by ${ignored.join(', ')} carrying kubesync's marker: only kubesync's own comment is edited`,
          );
        log.info(`pull request #${pull.number}: comment ${outcome}`);
        await writeFurtherComments(
          github,
          pull.number,
          result.app,
          settings.environment,
          bodies.slice(1),
          log,
        );
      }),
    );
  }
  for (const warning of warnings) if (warning) log.warning(`${warning}; the plan is in the job summary`);
}

/**
 * The further comments of a plan after its first: each edited in place under its numbered marker, or
 * created; those a longer plan left, deleted.
 */
async function writeFurtherComments(
  github: GitHub,
  pull: number,
  app: string,
  environment: string,
  bodies: readonly string[],
  log: Log,
): Promise<void> {
  for (const [index, body] of bodies.entries()) {
    const part = index + 2;
    const { outcome } = await github.records.upsertComment(pull, partMarker(app, environment, part), body);
    log.info(`pull request #${pull}: comment ${part} ${outcome}`);
  }
  const stale = (await github.records.ourComments(pull, partsPrefix(app, environment))).filter(
    (comment) => (partOf(comment.body, app, environment) ?? 0) > bodies.length + 1,
  );
  for (const comment of stale) await github.records.deleteComment(comment.id);
  if (stale.length > 0)
    log.info(`pull request #${pull}: deleted ${plural(stale.length, 'comment')} the plan no longer needs`);
}

/** What the plan comment shows of a plan made with these settings for this run. */
export function planCommentOf(settings: Settings, run: RunContext, result: PlanResult) {
  return {
    app: result.app,
    environment: settings.environment,
    sha: run.sha,
    server: result.server,
    context: result.context,
    syncStatus: result.syncStatus,
    unknownReason: result.unknownReason,
    plan: result.plan,
    // A rendered diff is no reviewed plan: its marker carries no digest for apply to match.
    desiredDigest:
      result.plan && !result.rendered ? desiredDigest(result.plan, settings.ignoreDifferences) : undefined,
    findings: result.validation.findings,
    runUrl: run.runUrl,
    repositoryUrl: repositoryUrlOf(run.runUrl),
    prune: settings.apply.prune,
    requirePlanMatch: settings.deployment.requirePlanMatch,
    destructiveApprovalLabel: settings.apply.destructiveApprovalLabel,
    rendered: result.rendered,
  };
}
