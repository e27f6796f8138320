import type { ApplyResult } from './commands/apply.js';
import { runApply } from './commands/apply.js';
import { runPlan, type PlanResult } from './commands/plan.js';
import { commitAncestry } from './commit-ancestry.js';
import type { Runtime } from './commands/runtime.js';
import { isUserError } from '../model/errors.js';
import type { RunContext } from './events/github-event.js';
import type { ActionEnvironment } from '../action/run-action.js';
import { readProvenance } from './provenance.js';
import { isGitHubUnavailable } from '../github/github-api.js';
import { readableStack } from './stack-trace.js';
import { releaseTagOf } from './events/trigger.js';
import type { Settings } from '../settings/inputs.js';
import type { Provenance } from '../model/provenance.js';
import { ApplyRecords } from './records/apply-records.js';
import { recordPlan } from './records/plan-records.js';

/** A plan, with its commit status and pull request comment on GitHub. */
export async function planAndRecord(
  settings: Settings,
  run: RunContext,
  provenance: Provenance,
  runtime: Runtime,
): Promise<PlanResult> {
  const result = explainFork(await runPlan(settings, provenance, runtime), run);
  await recordPlan(settings, run, result, runtime.log, runtime.secrets);
  return result;
}

/** Drift found by a scheduled plan, to be applied when self-heal is on. */
export function shouldSelfHeal(settings: Settings, run: RunContext, result: PlanResult): boolean {
  return (
    result.validation.valid &&
    run.eventName === 'schedule' &&
    settings.deployment.selfHeal &&
    result.syncStatus === 'OutOfSync'
  );
}

/**
 * Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
 * healing means taking those fields back, as Argo CD's selfHeal does.
 */
export function healing(settings: Settings): Settings {
  return { ...settings, apply: { ...settings.apply, forceConflicts: true } };
}

export interface RecordedApply {
  readonly result: ApplyResult;
  /** What GitHub would not take, one line each; the apply went on. */
  readonly warnings: readonly string[];
  readonly deploymentId?: number;
  readonly environmentUrl?: string;
}

/** An apply, with its commit statuses and GitHub Deployment; a failure is recorded before it is thrown on. */
export async function applyAndRecord(
  settings: Settings,
  run: RunContext,
  provenance: Provenance,
  runtime: Runtime,
  signal?: AbortSignal,
): Promise<RecordedApply> {
  const attempt = runtime.env.GITHUB_RUN_ATTEMPT || '1';
  const records = new ApplyRecords(settings, run, runtime.log, runtime.secrets, attempt);
  let result: ApplyResult;
  try {
    const ancestry = commitAncestry(settings.workspace, records.compareCommits);
    result = await runApply(settings, provenance, runtime, { signal }, { ...records.hooks, ancestry });
  } catch (error) {
    await records
      .finish(undefined, error)
      .catch((recordError: unknown) =>
        runtime.log.warning(`could not record the failure on GitHub: ${String(recordError)}`),
      );
    throw error;
  }
  await records.finish(result);
  return {
    result,
    warnings: records.warnings,
    deploymentId: records.deploymentId,
    environmentUrl: records.environmentUrl,
  };
}

/** The apply's notes for the summary: a dry run, problems, rollbacks and prunes. */
export function applyNotes(recorded: RecordedApply): string[] {
  const { result } = recorded;
  return [
    ...recorded.warnings,
    ...(result.dryRun ? ['dry-run: nothing was changed'] : []),
    ...(result.notes ?? []),
    ...result.problems,
    ...result.restored.map((line) => `rolled back: ${line}`),
    ...result.pruned.map((subject) => `pruned: ${subject}`),
  ];
}

/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result: PlanResult, run: RunContext): PlanResult {
  if (!run.pullRequest?.fromFork || !result.unknownReason?.startsWith('no cluster credentials'))
    return result;
  return {
    ...result,
    unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
  };
}

/** A person can act on these messages; a stack trace is for kubesync's bugs only. */
export function messageOf(error: unknown): string {
  return isUserError(error) || isGitHubUnavailable(error) ? error.message : readableStack(error);
}

/** A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise. */
export function withReleaseTag(settings: Settings, env: NodeJS.ProcessEnv): Settings {
  return { ...settings, imageTag: settings.imageTag || (releaseTagOf(env.GITHUB_REF) ?? '') };
}

/** The commit deployed is the one the event names (a dispatch's ref), which the checkout holds. */
export function provenanceOf(
  runContext: RunContext,
  environment: Pick<ActionEnvironment, 'env' | 'workspace'>,
): Promise<Provenance> {
  return readProvenance(
    runContext.dispatch ? { ...environment.env, GITHUB_SHA: runContext.sha } : environment.env,
    environment.workspace,
  );
}
