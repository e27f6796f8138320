import type { AppliedChange } from './apply.js';
import { nameOf } from '../model/resource.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { abandonGreen, runBlueGreen } from '../progressive/blue-green.js';
import { abandonCanary, runCanary } from '../progressive/canary.js';
import type { RolloutContext, RolloutOutcome } from '../progressive/rollout.js';
import { variantsInPlan } from '../progressive/plan-variants.js';
import { strategyOf, type Strategy } from '../progressive/strategy.js';
import type { SyncContext } from './sync-context.js';

export interface Rollout {
  readonly change: Change;
  readonly strategy: Exclude<Strategy, 'rolling'>;
}

/** The changes of a wave that roll out by canary or blue-green; the rest are applied as they are. */
export function rolloutsOf(changes: readonly Change[], context: SyncContext): Rollout[] {
  return changes.flatMap((change) => {
    const strategy = strategyOf(change, context.settings.delivery.strategy);
    return strategy === 'rolling' ? [] : [{ change, strategy }];
  });
}

/**
 * The routes a running canary split that its rollout goes on with (they send to a canary Service of
 * that Deployment): the rollout restores or splits them itself, so the wave neither applies them
 * first nor rolls them back to the split.
 */
export function routesHeldBy(plan: Plan, changes: readonly Change[], rollouts: readonly Rollout[]): Change[] {
  const continued = new Set(
    rollouts
      .filter(({ strategy }) => strategy === 'canary')
      .map(({ change }) => `${change.ref.namespace ?? ''}/${change.ref.name}`),
  );
  const canaryServices = new Set(
    variantsInPlan(plan.changes)
      .filter(
        ({ object, of, namespace }) => object.kind === 'Service' && continued.has(`${namespace ?? ''}/${of}`),
      )
      .map(({ object, namespace }) => `${namespace ?? ''}/${nameOf(object) ?? ''}`),
  );
  return changes.filter(
    (change) =>
      change.ref.kind === 'HTTPRoute' &&
      backendNamesOf(change.live).some((name) => canaryServices.has(`${change.ref.namespace ?? ''}/${name}`)),
  );
}

function backendNamesOf(route: KubeObject | undefined): string[] {
  const rules =
    (route?.spec as { rules?: { backendRefs?: { name?: unknown }[] }[] } | undefined)?.rules ?? [];
  return rules.flatMap((rule) =>
    (rule.backendRefs ?? []).flatMap((ref) => (typeof ref.name === 'string' ? [ref.name] : [])),
  );
}

export interface RolloutStageOutcome {
  readonly applied: AppliedChange[];
  readonly problems: string[];
  readonly notes: string[];
  /** Why the sync is not finished though nothing failed: a canary waits for canary-decision. */
  readonly waiting?: string;
}

/** Each rollout in turn; the first that fails ends the stage, and the sync rolls back what it applied. */
export async function rolloutStage(
  context: SyncContext,
  plan: Plan,
  rollouts: readonly Rollout[],
): Promise<RolloutStageOutcome> {
  const rollout = rolloutContextOf(context);
  const applied: AppliedChange[] = [];
  const notes: string[] = [];
  let waiting: string | undefined;
  for (const { change, strategy } of rollouts) {
    const outcome = await context.log.group(`${strategy} ${change.subject}`, () =>
      runOne(rollout, context, plan, change, strategy),
    );
    if (outcome.kind !== 'waiting' && outcome.applied) applied.push(outcome.applied);
    if (outcome.kind === 'failed') return { applied, problems: [...outcome.problems], notes };
    notes.push(...outcome.notes);
    if (outcome.kind === 'waiting') waiting ??= outcome.notes[0];
  }
  return { applied, problems: [], notes, ...(waiting ? { waiting } : {}) };
}

function runOne(
  rollout: RolloutContext,
  context: SyncContext,
  plan: Plan,
  change: Change,
  strategy: Rollout['strategy'],
): Promise<RolloutOutcome> {
  const { delivery, apply } = context.settings;
  if (strategy === 'blue-green')
    return runBlueGreen(rollout, change, {
      analysis: delivery.canary,
      keepMs: delivery.blueGreenKeepMs,
      forceConflicts: apply.forceConflicts,
    });
  const existing = variantsInPlan(plan.changes).find(
    ({ of, variant, namespace }) =>
      of === change.ref.name && variant === 'canary' && namespace === change.ref.namespace,
  );
  return runCanary(rollout, change, existing?.object, delivery.canary, writtenRoutesOf(plan));
}

/**
 * Canaries and greens an earlier run left (interrupted, or waiting for a decision) whose Deployment
 * this plan does not roll out the same way: each is removed, its traffic and replicas given back.
 */
export async function leftoverStage(
  context: SyncContext,
  plan: Plan,
  rollouts: readonly Rollout[],
): Promise<string[]> {
  const rollout = rolloutContextOf(context);
  const notes: string[] = [];
  for (const leftover of variantsInPlan(plan.changes)) {
    const continued = rollouts.some(
      ({ change, strategy }) =>
        change.ref.name === leftover.of &&
        change.ref.namespace === leftover.namespace &&
        (strategy === 'canary') === (leftover.variant === 'canary'),
    );
    if (continued) continue;
    const primary = plan.changes.find(
      (change) =>
        change.ref.kind === 'Deployment' &&
        change.ref.name === leftover.of &&
        change.ref.namespace === leftover.namespace,
    );
    if (!primary?.live) continue;
    await context.log.group(`remove the ${leftover.variant} of ${primary.subject}`, () =>
      leftover.variant === 'canary'
        ? abandonCanary(rollout, primary, leftover.object, writtenRoutesOf(plan))
        : abandonGreen(rollout, primary, leftover.object),
    );
    notes.push(`removed the ${leftover.variant} of ${primary.subject} that an earlier run left`);
  }
  return notes;
}

/** The HTTPRoutes as the manifests write them: what a route goes back to after a canary. */
function writtenRoutesOf(plan: Plan): KubeObject[] {
  return plan.changes.flatMap((change) =>
    change.ref.kind === 'HTTPRoute' && change.desired ? [change.desired] : [],
  );
}

function rolloutContextOf(context: SyncContext): RolloutContext {
  const { session, settings, timing, log, hooks } = context;
  return {
    client: session.client,
    log,
    timeoutMs: settings.apply.timeoutMs,
    pollMs: timing.pollMs,
    signal: timing.signal,
    failures: context.failures,
    progress: async (description) => {
      log.info(description);
      await hooks.progress?.(description);
    },
  };
}
