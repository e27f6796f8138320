import { runPlan, type PlanResult } from './commands/plan.js';
import { withRenderedDiff } from './commands/rendered-diff.js';
import type { Runtime } from './commands/runtime.js';
import type { RunContext } from './events/github-event.js';
import { recordPlan } from './records/plan-records.js';
import { recordDriftOfPlan, type DriftIssueLink } from './records/drift-issue.js';
import type { Provenance } from '../model/provenance.js';
import type { Settings } from '../settings/inputs.js';

/** A plan, with its commit status and pull request comment on GitHub, and the drift issue of a scheduled one. */
export async function planAndRecord(
  settings: Settings,
  run: RunContext,
  provenance: Provenance,
  runtime: Runtime,
): Promise<{ result: PlanResult; driftIssue?: DriftIssueLink }> {
  const planned = await runPlan(settings, provenance, runtime);
  const result = explainFork(await withRenderedDiff(planned, settings, run, runtime), run);
  await recordPlan(settings, run, result, runtime.github, runtime.log, runtime.secrets);
  const { github, log, secrets } = runtime;
  const driftIssue = await recordDriftOfPlan({ settings, run, github, log }, result, secrets);
  return { result, driftIssue };
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

/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result: PlanResult, run: RunContext): PlanResult {
  if (!run.pullRequest?.fromFork || result.unknownCause !== 'no-credentials') return result;
  return {
    ...result,
    unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
  };
}
