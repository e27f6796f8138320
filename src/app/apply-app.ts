import type { ApplyResult } from '../sync/sync-context.js';
import { runApply } from './commands/apply.js';
import type { Runtime } from './commands/runtime.js';
import type { AppOutcome } from './app-outcome.js';
import { commitAncestry } from './commit-ancestry.js';
import { ApplyRecords } from './records/apply-records.js';
import { logFailureReports } from '../report/failure-report-text.js';
import { closeDriftAfterApply } from './records/drift-issue.js';
import type { AppContext } from './app-context.js';
import type { Provenance } from '../model/provenance.js';
import type { Settings } from '../settings/inputs.js';

/** An apply, with its commit statuses and GitHub Deployment; a failure is recorded before it is thrown on. */
export async function applyAndRecord(
  settings: Settings,
  provenance: Provenance,
  runtime: Runtime,
  context: AppContext,
  windowOverride?: string,
  /** A self-heal: the apply of the commit a scheduled plan found the cluster drifted from. */
  options: { healing?: boolean } = {},
): Promise<Extract<AppOutcome, { kind: 'applied' }>> {
  const { run } = context;
  const attempt = runtime.env.GITHUB_RUN_ATTEMPT || '1';
  const records = new ApplyRecords(settings, run, runtime.github, runtime.log, attempt, windowOverride);
  let result: ApplyResult;
  try {
    const ancestry = commitAncestry(settings.workspace, records.compareCommits);
    result = await runApply(
      settings,
      provenance,
      runtime,
      { signal: context.cancellation.signal },
      { ...records.hooks, ancestry },
    );
  } catch (error) {
    await records
      .finish(undefined, error)
      .catch((recordError: unknown) =>
        runtime.log.warning(`could not record the failure on GitHub: ${String(recordError)}`),
      );
    throw error;
  }
  // Each report a group of the log of its own, after the sync's groups (the runner's do not nest).
  if (result.failures) await logFailureReports(runtime.log, result.failures);
  await records.finish(result);
  const synced = !result.dryRun && result.syncStatus === 'Synced';
  const driftIssue = await closeDriftAfterApply(
    { app: result.app, settings, run, github: runtime.github, log: runtime.log },
    synced,
    Boolean(options.healing),
  );
  return {
    kind: 'applied',
    label: result.app,
    environment: settings.environment,
    settings,
    result,
    recorded: {
      warnings: records.warnings,
      deploymentId: records.deploymentId,
      environmentUrl: records.environmentUrl,
      driftIssue,
    },
    ...(synced ? { lastApplied: { commit: provenance.commit, at: new Date().toISOString() } } : {}),
  };
}
