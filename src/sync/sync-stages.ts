import type { SyncContext } from './sync-context.js';
import type { AppliedChange } from './apply.js';
import { applyChanges } from './apply.js';
import { pruneMembers } from './prune.js';
import type { HookPhaseOutcome } from './run-hooks.js';
import { hooksInPhase, runHooks } from './run-hooks.js';
import { wavesOf } from './waves.js';
import { rollBack } from './rollback.js';
import { waitUntilReady } from './wait.js';
import { explainWaitProblems } from './explain-failures.js';
import { cancellation } from '../model/cancel.js';
import { UserError } from '../model/errors.js';
import type { HookPhase } from '../manifests/hook-annotations.js';
import { metadataOf } from '../model/resource.js';
import type { Change } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import type { PlannedHook } from '../plan/planned-hook.js';
import type { RolloutStageOutcome } from './rollout-stage.js';
import { leftoverStage, rolloutStage, rolloutsOf, routesHeldBy } from './rollout-stage.js';

/**
 * The resources wave by wave (`argocd.argoproj.io/sync-wave`, lowest first): each wave is applied, its
 * Sync hooks run, and it is healthy before the next starts. The last wave is waited for with wait, or
 * when PostSync hooks follow.
 */
export async function waveStages(
  context: SyncContext,
  plan: Plan,
  hooks: readonly PlannedHook[],
): Promise<RolloutStageOutcome> {
  const syncHooks = hooks.filter((hook) => hook.spec.phases.includes('Sync'));
  const postSync = hooks.some((hook) => hook.spec.phases.includes('PostSync'));
  const waves = wavesOf(
    plan.changes,
    syncHooks.map((hook) => hook.spec.wave),
  );
  const rollouts = rolloutsOf(plan.changes, context);
  const notes = await leftoverStage(context, plan, rollouts);
  const applied: AppliedChange[] = [];
  let waiting: string | undefined;
  for (const [index, wave] of waves.entries()) {
    const stopped = index > 0 ? await stopReason(context) : undefined;
    if (stopped) return { applied, problems: [stopped], notes };
    const group = waves.length === 1 && wave.wave === 0 ? 'apply' : `apply wave ${wave.wave}`;
    // A canary or blue-green Deployment rolls out after the rest of its wave is in place.
    const progressive = rollouts.filter(({ change }) => wave.changes.includes(change));
    const held = routesHeldBy(plan, wave.changes, rollouts);
    const plain = wave.changes.filter(
      (change) => !held.includes(change) && !progressive.some((rollout) => rollout.change === change),
    );
    const written = await applyStage(context, plain, group);
    applied.push(...written.applied);
    if (written.problems.length > 0) return { applied, problems: written.problems, notes };
    const waveHooks = syncHooks.filter((hook) => hook.spec.wave === wave.wave);
    if (waveHooks.length > 0) {
      const ran = await hookStage(context, waveHooks, 'Sync');
      if (ran.problems.length > 0) return { applied, problems: ran.problems, notes };
    }
    const last = index === waves.length - 1;
    // PostSync hooks run once everything is healthy, so the last wave is waited for when there are any.
    const problems = await waitStage(context, written.applied, !last || postSync || progressive.length > 0);
    if (problems.length > 0) return { applied, problems, notes };
    if (progressive.length === 0) continue;
    const rolled = await rolloutStage(context, plan, progressive);
    applied.push(...rolled.applied);
    notes.push(...rolled.notes);
    if (rolled.problems.length > 0) return { applied, problems: rolled.problems, notes };
    waiting ??= rolled.waiting;
  }
  return { applied, problems: [], notes, ...(waiting ? { waiting } : {}) };
}

export async function applyStage(context: SyncContext, changes: readonly Change[], group: string) {
  const { session, settings, timing, log } = context;
  const outcome = await log.group(group, () =>
    applyChanges(session.client, changes, {
      applySetId: session.inventory.id,
      fieldManager: session.fieldManager,
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
export async function hookStage(
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
        status: log.status,
        failures: context.failures,
      });
      ran.push(...outcome.ran);
      if (outcome.problems.length > 0) return { ran, problems: outcome.problems };
    }
    return { ran, problems: [] };
  });
}

/** SyncFail hooks, when the sync failed; a cancelled run starts none. */
export async function failureHookStage(
  context: SyncContext,
  hooks: readonly PlannedHook[],
): Promise<string[]> {
  if (cancellation(context.timing.signal)) return [];
  return (await hookStage(context, hooks, 'SyncFail')).problems;
}

/** Each object is waited for from the generation this apply wrote, never an older one's status. */
export async function waitStage(
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
      status: log.status,
    }),
  );
  return explainWaitProblems({ client: session.client, reports: context.failures }, waited);
}

/** Restores what the failed apply changed; a cancelled run stops short and leaves that to the next run. */
export async function rollbackStage(
  context: SyncContext,
  applied: readonly AppliedChange[],
  problems: string[],
): Promise<string[]> {
  const { session, settings, timing, log } = context;
  if (!settings.apply.rollback || applied.length === 0 || cancellation(timing.signal)) return [];
  const rollback = await log.group('rollback', () =>
    rollBack(session.client, applied, {
      timeoutMs: settings.apply.timeoutMs,
      pollMs: timing.pollMs,
      log,
      fieldManager: session.fieldManager,
    }),
  );
  problems.push(...rollback.failures.map((failure) => failure.message));
  return rollback.restored;
}

export async function pruneStage(
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
    // Kept and failed ones stay members of the set.
    notPruned: [...result.kept, ...result.failures.map((failure) => failure.change)],
    problems: result.failures.map((failure) => failure.error.message),
  };
}

/** Why the run must stop before its next stage (cancelled, or the lock lost), or undefined. */
export async function stopReason(context: SyncContext): Promise<string | undefined> {
  try {
    await context.confirm();
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}
