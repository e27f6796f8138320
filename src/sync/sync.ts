import type { SyncSettings } from './sync-settings.js';
import { checkCommitOrder } from './commit-order.js';
import { recordCommit, recordIntent } from './record.js';
import { refusalsOf } from './refusals.js';
import { cancellation } from '../model/cancel.js';
import { UserError } from '../model/errors.js';
import { approveDestructive } from '../plan/destructive.js';
import { hooksOf } from '../plan/planned-hooks.js';
import { hooksInPhase } from './run-hooks.js';
import { MISSING_SECRET_RULE } from '../secrets/secret-references.js';
import { formatFinding } from '../model/finding.js';
import type { ApplyResult } from './sync-context.js';
import { readInventory } from '../cluster/session.js';
import type { SyncContext } from './sync-context.js';
import {
  failureHookStage,
  hookStage,
  pruneStage,
  rollbackStage,
  stopReason,
  waveStages,
} from './sync-stages.js';
import type { ValidationResult } from '../validate/validation-result.js';
import { withFindings } from '../validate/validation-result.js';

/**
 * One sync of an app under its lock, as a sequence of stages that each return what they did: plan
 * (every object dry-run) → refuse what cannot be applied as planned → PreSync hooks → record the
 * intent → staged apply and wait, wave by wave → PostSync hooks → on failure SyncFail hooks and roll
 * back → prune → record the commit.
 */
export async function syncLocked(context: SyncContext): Promise<ApplyResult> {
  const { session, settings, validation, provenance, log, app } = context;
  const state = await readInventory(session);
  const unordered = await checkCommitOrder(
    state,
    provenance,
    context.hooks.ancestry,
    settings.apply.allowOlder,
  );
  if (unordered) log.warning(unordered);
  // An apply checked its permissions before taking the lock; a dry run checks them as a plan does.
  const planned = await log.group('plan', () =>
    context.plan(settings.apply.dryRun ? 'plan' : 'apply', state),
  );

  const base = {
    app,
    validation: withFindings(validation, planned.findings),
    dryRun: settings.apply.dryRun,
    restored: [],
    pruned: [],
    server: session.client.server,
  };
  if (!planned.plan)
    return { ...base, syncStatus: 'Failed', problems: [`${planned.refused}; nothing was applied`] };
  if (!settings.apply.dryRun) refuseMissingSecrets(planned.findings, settings);
  const approval = await context.hooks.planned?.(planned.plan);
  const plan = approval?.destructiveApprovedBy
    ? { ...planned.plan, changes: approveDestructive(planned.plan.changes, approval.destructiveApprovedBy) }
    : planned.plan;
  const refusals = refusalsOf(plan.changes);
  if (refusals.length > 0 && !settings.apply.dryRun)
    throw new UserError(`${refusals.join('\n')}\nNothing was applied.`);
  if (settings.apply.dryRun) return { ...base, plan, syncStatus: plan.syncStatus, problems: [] };
  if (plan.syncStatus === 'Synced') {
    await context.confirm();
    await recordCommit(session.client, session.inventory, plan, state, provenance, session.fieldManager);
    return { ...base, plan, syncStatus: 'Synced', problems: [] };
  }

  const hooks = hooksOf(plan);
  if (hooksInPhase(hooks, 'PreSync').length > 0) {
    await context.confirm();
    // A failed PreSync hook stops the sync before any resource (or the set's record) changes.
    const before = await hookStage(context, hooks, 'PreSync');
    if (before.problems.length > 0) {
      const onFailure = await failureHookStage(context, hooks);
      const problems = [...before.problems, 'a PreSync hook failed: nothing was applied', ...onFailure];
      return { ...base, plan, syncStatus: 'Failed', problems };
    }
  }
  await context.confirm();
  await recordIntent(session.client, session.inventory, plan, state, session.fieldManager);
  const written = await waveStages(context, plan, hooks);
  const notes = written.notes;
  if (written.waiting && written.problems.length === 0) {
    // A canary waits for its decision: the sync is not done, so neither prune nor the record runs.
    return { ...base, plan, syncStatus: 'OutOfSync', problems: [], notes, waiting: written.waiting };
  }
  const problems =
    written.problems.length > 0 ? written.problems : (await hookStage(context, hooks, 'PostSync')).problems;
  if (problems.length > 0) {
    problems.push(...(await failureHookStage(context, hooks)));
    // A run that lost its lock leaves the objects to the run that holds it now (a cancelled run's
    // problems already say so, and it skips the rollback anyway).
    const stoppedBeforeRollback = cancellation(context.timing.signal) ? undefined : await stopReason(context);
    if (stoppedBeforeRollback) {
      return { ...base, plan, syncStatus: 'Failed', problems: [...problems, stoppedBeforeRollback], notes };
    }
    const restored = await rollbackStage(context, written.applied, problems);
    return { ...base, plan, syncStatus: 'Failed', restored, problems, notes };
  }
  // Before prune deletes anything; a plan without deletes goes on to the check before the record.
  const stopped = plan.changes.some((change) => change.action === 'delete')
    ? await stopReason(context)
    : undefined;
  if (stopped) return { ...base, plan, syncStatus: 'Failed', problems: [stopped], notes };
  const pruned = await pruneStage(context, plan);
  const stoppedAfterPrune = await stopReason(context);
  if (stoppedAfterPrune) {
    const stoppedProblems = [...pruned.problems, stoppedAfterPrune];
    return {
      ...base,
      plan,
      pruned: pruned.subjects,
      syncStatus: 'Failed',
      problems: stoppedProblems,
      notes,
    };
  }
  await recordCommit(
    session.client,
    session.inventory,
    plan,
    state,
    provenance,
    session.fieldManager,
    pruned.notPruned,
  );
  const syncStatus = pruned.problems.length > 0 ? 'Failed' : 'Synced';
  return { ...base, plan, pruned: pruned.subjects, syncStatus, problems: pruned.problems, notes };
}

/** Nothing is applied when a workload reads Secrets that exist nowhere (unless allowed). */
function refuseMissingSecrets(findings: ValidationResult['findings'], settings: SyncSettings): void {
  const missingSecrets = findings.filter((finding) => finding.rule === MISSING_SECRET_RULE);
  if (missingSecrets.length > 0 && !settings.secrets.allowMissing) {
    throw new UserError(
      `${missingSecrets.map(formatFinding).join('\n')}\nNothing was applied: create these Secrets (or keys) first, mark the references optional, or set allow-missing-secrets: true to apply anyway.`,
    );
  }
}
