import type { AppliedChange } from '../apply/apply.js';
import { applyChanges } from '../apply/apply.js';
import { pruneMembers } from '../apply/prune.js';
import type { HookPhaseOutcome } from '../apply/run-hooks.js';
import { hooksInPhase, runHooks } from '../apply/run-hooks.js';
import { wavesOf } from '../apply/waves.js';
import type { HookPhase } from '../manifests/hook-annotations.js';
import type { PlannedHook } from '../plan/planned-hooks.js';
import { hooksOf } from '../plan/planned-hooks.js';
import { recordCommit, recordIntent, refuseOlderCommit } from '../apply/record.js';
import { refusalsOf } from '../apply/refusals.js';
import { rollBack } from '../apply/rollback.js';
import { describeWaitProblems, waitUntilReady } from '../apply/wait.js';
import { cancellation } from '../cancel.js';
import { UserError } from '../errors.js';
import type { Settings } from '../inputs.js';
import { metadataOf } from '../manifests/resource.js';
import type { Change } from '../plan/change.js';
import type { Provenance } from '../model/provenance.js';
import type { Plan } from '../plan/plan.js';
import type { Log } from '../model/log.js';
import { MISSING_SECRET_RULE } from '../secrets/secret-references.js';
import { formatFinding } from '../validate/finding.js';
import type { ApplyHooks, ApplyResult, ApplyTiming } from './apply.js';
import type { ClusterSession } from './cluster-session.js';
import { planAgainst, readInventory } from './plan.js';
import type { Runtime } from './runtime.js';
import type { ValidationResult } from './validate.js';
import { withFindings } from './validate.js';

/** What every stage of one sync reads. */
export interface SyncContext {
  readonly session: ClusterSession;
  readonly settings: Settings;
  readonly validation: ValidationResult;
  readonly provenance: Provenance;
  readonly log: Log;
  readonly runtime: Runtime;
  readonly timing: ApplyTiming;
  readonly app: string;
  readonly hooks: ApplyHooks;
  /**
   * Throws when the run must not start another stage that writes: it was cancelled, or (a dry run
   * takes no lock) it no longer holds the lock.
   */
  readonly confirm: () => Promise<void>;
}

/**
 * One sync of an app under its lock, as a sequence of stages that each return what they did: plan
 * (every object dry-run) → refuse what cannot be applied as planned → PreSync hooks → record the
 * intent → staged apply and wait, wave by wave → PostSync hooks → on failure SyncFail hooks and roll
 * back → prune → record the commit.
 */
export async function syncLocked(context: SyncContext): Promise<ApplyResult> {
  const { session, settings, validation, provenance, log, app } = context;
  const state = await readInventory(session);
  refuseOlderCommit(state, provenance, settings.apply.allowOlder);
  // An apply checked its permissions before taking the lock; a dry run checks them as a plan does.
  const planned = await log.group('plan', () =>
    planAgainst(
      session,
      settings,
      validation,
      provenance,
      state,
      settings.apply.dryRun ? 'plan' : 'apply',
      context.runtime,
      {
        accessChecked: !settings.apply.dryRun,
      },
    ),
  );

  const base = {
    app,
    validation: withFindings(validation, planned.findings),
    dryRun: settings.apply.dryRun,
    restored: [],
    pruned: [],
    server: session.client.server,
  };
  const plan = planned.plan;
  if (!plan) return { ...base, syncStatus: 'Failed', problems: [`${planned.refused}; nothing was applied`] };
  if (!settings.apply.dryRun) refuseMissingSecrets(planned.findings, settings);
  await context.hooks.planned?.(plan);
  const refusals = refusalsOf(plan.changes);
  if (refusals.length > 0 && !settings.apply.dryRun)
    throw new UserError(`${refusals.join('\n')}\nNothing was applied.`);
  if (settings.apply.dryRun) return { ...base, plan, syncStatus: plan.syncStatus, problems: [] };
  if (plan.syncStatus === 'Synced') {
    await context.confirm();
    await recordCommit(session.client, session.inventory, plan, state, provenance);
    return { ...base, plan, syncStatus: 'Synced', problems: [] };
  }

  await context.confirm();
  const hooks = hooksOf(plan);
  // A failed PreSync hook stops the sync before any resource (or the set's record) changes.
  const before = await hookStage(context, hooks, 'PreSync');
  if (before.problems.length > 0) {
    const onFailure = await failureHookStage(context, hooks);
    const problems = [...before.problems, 'a PreSync hook failed: nothing was applied', ...onFailure];
    return { ...base, plan, syncStatus: 'Failed', problems };
  }
  await context.confirm();
  await recordIntent(session.client, session.inventory, plan, state);
  const written = await waveStages(context, plan, hooks);
  const problems =
    written.problems.length > 0 ? written.problems : (await hookStage(context, hooks, 'PostSync')).problems;
  if (problems.length > 0) {
    problems.push(...(await failureHookStage(context, hooks)));
    // A run that lost its lock leaves the objects to the run that holds it now (a cancelled run's
    // problems already say so, and it skips the rollback anyway).
    const stoppedBeforeRollback = cancellation(context.timing.signal) ? undefined : await stopReason(context);
    if (stoppedBeforeRollback) {
      return { ...base, plan, syncStatus: 'Failed', problems: [...problems, stoppedBeforeRollback] };
    }
    const restored = await rollbackStage(context, written.applied, problems);
    return { ...base, plan, syncStatus: 'Failed', restored, problems };
  }
  const stopped = await stopReason(context);
  if (stopped) return { ...base, plan, syncStatus: 'Failed', problems: [stopped] };
  const pruned = await pruneStage(context, plan);
  const stoppedAfterPrune = await stopReason(context);
  if (stoppedAfterPrune) {
    const stoppedProblems = [...pruned.problems, stoppedAfterPrune];
    return { ...base, plan, pruned: pruned.subjects, syncStatus: 'Failed', problems: stoppedProblems };
  }
  await recordCommit(session.client, session.inventory, plan, state, provenance, pruned.notPruned);
  const syncStatus = pruned.problems.length > 0 ? 'Failed' : 'Synced';
  return { ...base, plan, pruned: pruned.subjects, syncStatus, problems: pruned.problems };
}

/** Nothing is applied when a workload reads Secrets that exist nowhere (unless allowed). */
function refuseMissingSecrets(findings: ValidationResult['findings'], settings: Settings): void {
  const missingSecrets = findings.filter((finding) => finding.rule === MISSING_SECRET_RULE);
  if (missingSecrets.length > 0 && !settings.secrets.allowMissing) {
    throw new UserError(
      `${missingSecrets.map(formatFinding).join('\n')}\nNothing was applied: create these Secrets (or keys) first, mark the references optional, or set allow-missing-secrets: true to apply anyway.`,
    );
  }
}

/**
 * The resources wave by wave (`argocd.argoproj.io/sync-wave`, lowest first): each wave is applied, its
 * Sync hooks run, and it is healthy before the next starts. The last wave is waited for only with wait.
 */
async function waveStages(
  context: SyncContext,
  plan: Plan,
  hooks: readonly PlannedHook[],
): Promise<{ applied: AppliedChange[]; problems: string[] }> {
  const syncHooks = hooks.filter((hook) => hook.spec.phases.includes('Sync'));
  const waves = wavesOf(
    plan.changes,
    syncHooks.map((hook) => hook.spec.wave),
  );
  const applied: AppliedChange[] = [];
  for (const [index, wave] of waves.entries()) {
    const stopped = index > 0 ? await stopReason(context) : undefined;
    if (stopped) return { applied, problems: [stopped] };
    const group = waves.length === 1 && wave.wave === 0 ? 'apply' : `apply wave ${wave.wave}`;
    const written = await applyStage(context, wave.changes, group);
    applied.push(...written.applied);
    if (written.problems.length > 0) return { applied, problems: written.problems };
    const waveHooks = syncHooks.filter((hook) => hook.spec.wave === wave.wave);
    if (waveHooks.length > 0) {
      const ran = await hookStage(context, waveHooks, 'Sync');
      if (ran.problems.length > 0) return { applied, problems: ran.problems };
    }
    const last = index === waves.length - 1;
    const problems = await waitStage(context, written.applied, !last);
    if (problems.length > 0) return { applied, problems };
  }
  return { applied, problems: [] };
}

async function applyStage(context: SyncContext, changes: readonly Change[], group: string) {
  const { session, settings, timing, log } = context;
  const outcome = await log.group(group, () =>
    applyChanges(session.client, changes, {
      forceConflicts: settings.apply.forceConflicts,
      concurrency: settings.apply.concurrency,
      timeoutMs: settings.apply.timeoutMs,
      pollMs: timing.pollMs,
      signal: timing.signal,
      log,
    }),
  );
  return { applied: outcome.applied, problems: outcome.failures.map((failure) => failure.message) };
}

/** The hooks of one phase, wave by wave; a wave with a failed hook ends the phase. */
async function hookStage(
  context: SyncContext,
  hooks: readonly PlannedHook[],
  phase: HookPhase,
): Promise<HookPhaseOutcome> {
  const { session, settings, timing, log } = context;
  const waves = hooksInPhase(hooks, phase);
  if (waves.length === 0) return { ran: [], problems: [] };
  return log.group(`${phase} hooks`, async () => {
    const ran: string[] = [];
    for (const wave of waves) {
      const stopped = await stopReason(context);
      if (stopped) return { ran, problems: [stopped] };
      const outcome = await runHooks(session.client, wave, {
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log,
      });
      ran.push(...outcome.ran);
      if (outcome.problems.length > 0) return { ran, problems: outcome.problems };
    }
    return { ran, problems: [] };
  });
}

/** SyncFail hooks, when the sync failed; a cancelled run starts none. */
async function failureHookStage(context: SyncContext, hooks: readonly PlannedHook[]): Promise<string[]> {
  if (cancellation(context.timing.signal)) return [];
  return (await hookStage(context, hooks, 'SyncFail')).problems;
}

/** Each object is waited for from the generation this apply wrote, never an older one's status. */
async function waitStage(
  context: SyncContext,
  applied: readonly AppliedChange[],
  beforeNextWave = false,
): Promise<string[]> {
  const { session, settings, timing, log } = context;
  if (!settings.apply.wait && !beforeNextWave) return [];
  const targets = applied.map((change) => {
    const generation = metadataOf(change.result).generation;
    return {
      ...change.ref,
      generation: typeof generation === 'number' ? generation : undefined,
      applied: change.result,
    };
  });
  const waited = await log.group('wait', () =>
    waitUntilReady(session.client, targets, {
      timeoutMs: settings.apply.timeoutMs,
      concurrency: settings.apply.concurrency,
      pollMs: timing.pollMs,
      signal: timing.signal,
      log: log.info,
    }),
  );
  return describeWaitProblems(waited);
}

/** Restores what the failed apply changed; a cancelled run stops short and leaves that to the next run. */
async function rollbackStage(
  context: SyncContext,
  applied: readonly AppliedChange[],
  problems: string[],
): Promise<string[]> {
  const { session, settings, timing, log } = context;
  if (!settings.apply.rollback || applied.length === 0 || cancellation(timing.signal)) return [];
  const rollback = await log.group('rollback', () =>
    rollBack(session.client, applied, { timeoutMs: settings.apply.timeoutMs, pollMs: timing.pollMs, log }),
  );
  problems.push(...rollback.failures.map((failure) => failure.message));
  return rollback.restored;
}

async function pruneStage(
  context: SyncContext,
  plan: Plan,
): Promise<{ subjects: string[]; notPruned: Change[]; problems: string[] }> {
  const { session, settings, log } = context;
  if (!settings.apply.prune) return { subjects: [], notPruned: [], problems: [] };
  const result = await log.group('prune', () =>
    pruneMembers(session.client, plan.changes, session.inventory.id, settings.apply.prunePropagation, log),
  );
  return {
    subjects: result.pruned.map((change) => change.subject),
    notPruned: result.failures.map((failure) => failure.change),
    problems: result.failures.map((failure) => failure.error.message),
  };
}

/** Why the run must stop before its next stage (cancelled, or the lock lost), or undefined. */
async function stopReason(context: SyncContext): Promise<string | undefined> {
  try {
    await context.confirm();
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
