import { applyChanges } from '../apply/apply.js';
import { pruneMembers } from '../apply/prune.js';
import { rollBack } from '../apply/rollback.js';
import { waitUntilReady } from '../apply/wait.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { InventoryState } from '../cluster/inventory.js';
import { isMember } from '../cluster/inventory.js';
import { ApplyLock, lockHolder } from '../cluster/lock.js';
import { cancellation } from '../cancel.js';
import { UserError } from '../errors.js';
import type { Settings } from '../inputs.js';
import type { Provenance } from '../plan/desired.js';
import type { SyncStatus } from '../plan/change.js';
import type { Plan } from '../plan/plan.js';
import { REPLACE_ANNOTATION } from '../plan/plan.js';
import { readNamespaceState, terminatingNamespace } from '../cluster/namespace-state.js';
import type { Change } from '../plan/change.js';
import { formatOrigin } from '../manifests/origin.js';
import type { KubeObject } from '../manifests/resource.js';
import { metadataOf } from '../manifests/resource.js';
import type { Log } from '../report/log.js';
import type { ClusterSession } from './cluster-session.js';
import { appNameOf, openClusterSession } from './cluster-session.js';
import { planAgainst, readInventory } from './plan.js';
import type { ValidationResult } from './validate.js';
import { validateManifests, withFindings } from './validate.js';
import { MISSING_SECRET_RULE } from '../secrets/secret-references.js';
import { requireDopplerToken } from '../secrets/doppler-secret.js';
import { formatFinding } from '../validate/finding.js';

export interface ApplyResult {
  readonly app: string;
  readonly validation: ValidationResult;
  readonly plan?: Plan;
  readonly syncStatus: SyncStatus | 'Failed';
  readonly dryRun: boolean;
  /** One line per object restored or deleted by a rollback. */
  readonly restored: string[];
  readonly pruned: string[];
  /** Why the apply failed, one line each. */
  readonly problems: string[];
  readonly server?: string;
}

/** Timing knobs tests shorten; production uses the defaults. */
export interface ApplyTiming {
  readonly pollMs?: number;
  readonly lockPollMs?: number;
  readonly leaseSeconds?: number;
  /** Aborted when the run is cancelled: no new stage starts, and the outcome says so. */
  readonly signal?: AbortSignal;
}

/** Where the GitHub records hook in: once the app is known and valid, and once its plan is known. */
export interface ApplyHooks {
  readonly started?: (app: string) => Promise<void>;
  /** May throw a UserError to refuse the apply (the stale-plan guard). */
  readonly planned?: (plan: Plan) => Promise<void>;
}

/**
 * validate → connect → lock → plan (every object dry-run) → staged apply → wait → rollback on failure →
 * prune → record in the ApplySet parent. Nothing is applied unless everything validates and dry-runs.
 */
export async function runApply(
  settings: Settings,
  provenance: Provenance,
  log: Log,
  env = process.env,
  timing: ApplyTiming = {},
  hooks: ApplyHooks = {},
): Promise<ApplyResult> {
  const validation = await log.group('validate', () => validateManifests(settings));
  const app = appNameOf(settings, validation.loaded);
  if (!validation.valid) {
    return {
      app,
      validation,
      syncStatus: 'Failed',
      dryRun: settings.apply.dryRun,
      restored: [],
      pruned: [],
      problems: [`validation found ${validation.errors} errors; nothing was applied`],
    };
  }
  const session = openClusterSession(settings, app, log, env);
  if (!session) {
    throw new UserError(
      'no cluster credentials: set the kubeconfig input (a secret holding the kubeconfig file), or KUBECONFIG, to apply',
    );
  }
  await hooks.started?.(app);
  // Before the lock: a run that cannot fill its Secrets changes nothing at all.
  if (!settings.apply.dryRun)
    requireDopplerToken(validation.loaded.resources, settings.secrets.doppler.token !== '');
  const lock = new ApplyLock(session.client, `kubesync-${app}`, settings.namespace, {
    holder: lockHolder(provenance.run, provenance.attempt, provenance.job),
    timeoutMs: settings.apply.lockTimeoutMs,
    leaseSeconds: timing.leaseSeconds,
    pollMs: timing.lockPollMs,
    signal: timing.signal,
    log: log.info,
  });
  if (!settings.apply.dryRun) {
    await ensureTargetNamespace(session, settings, validation);
    await log.group('lock', async () => {
      await lock.acquire().catch((error: unknown) => {
        throw describeApiError(error, `the lock Lease ${settings.namespace}/kubesync-${app}`);
      });
    });
  }
  try {
    return await applyLocked(session, settings, validation, provenance, log, timing, app, hooks, lock);
  } finally {
    if (!settings.apply.dryRun)
      await lock
        .release()
        .catch((error: unknown) => log.warning(`could not release the lock: ${String(error)}`));
  }
}

async function applyLocked(
  session: ClusterSession,
  settings: Settings,
  validation: ValidationResult,
  provenance: Provenance,
  log: Log,
  timing: ApplyTiming,
  app: string,
  hooks: ApplyHooks,
  lock: ApplyLock,
): Promise<ApplyResult> {
  const { client, inventory } = session;
  // Before each stage that writes: not cancelled, and (a dry run takes no lock) still holding the lock.
  const confirmLock = async () => {
    const cancelled = cancellation(timing.signal);
    if (cancelled) throw cancelled;
    if (!settings.apply.dryRun) await lock.confirm();
  };
  const state = await readInventory(session);
  refuseOlderCommit(state, provenance, settings.apply.allowOlder);
  const planned = await log.group('plan', () =>
    planAgainst(
      session,
      settings,
      validation,
      provenance,
      state,
      settings.apply.dryRun ? 'plan' : 'apply',
      log,
    ),
  );
  const plan = planned.plan;
  if (!plan) {
    return {
      app,
      validation: withFindings(validation, planned.findings),
      syncStatus: 'Failed',
      dryRun: settings.apply.dryRun,
      restored: [],
      pruned: [],
      problems: [`${planned.refused}; nothing was applied`],
      server: client.server,
    };
  }
  const missingSecrets = planned.findings.filter((finding) => finding.rule === MISSING_SECRET_RULE);
  if (missingSecrets.length > 0 && !settings.secrets.allowMissing && !settings.apply.dryRun) {
    throw new UserError(
      `${missingSecrets.map(formatFinding).join('\n')}\nNothing was applied: create these Secrets (or keys) first, mark the references optional, or set allow-missing-secrets: true to apply anyway.`,
    );
  }
  const base = {
    app,
    validation: withFindings(validation, planned.findings),
    dryRun: settings.apply.dryRun,
    restored: [],
    pruned: [],
    server: client.server,
  };
  await hooks.planned?.(plan);
  const refusals = plan.changes.flatMap((change) => refusalOf(change) ?? []);
  if (refusals.length > 0 && !settings.apply.dryRun) {
    throw new UserError(`${refusals.join('\n')}\nNothing was applied.`);
  }
  if (settings.apply.dryRun || plan.syncStatus === 'Synced') {
    if (!settings.apply.dryRun) await recordCommit(session, plan, state, provenance);
    return { ...base, plan, syncStatus: plan.syncStatus, problems: [] };
  }

  const memberObjects = plan.changes.flatMap((change) =>
    change.desired && isMember(change.desired, inventory.id) ? [change.desired] : [],
  );
  // The parent first records the union of old and new kinds, so an interrupted run can still prune.
  const previousKinds = plan.changes.flatMap((change) =>
    change.live && change.action !== 'create' ? [change.live] : [],
  );
  // It keeps the last applied commit until this one succeeds: a failed apply must not erase the record
  // that refuses older commits.
  const lastApplied = state?.lastCommit
    ? { sha: state.lastCommit, time: state.lastCommitTime, digest: state.lastDigest ?? '' }
    : undefined;
  await confirmLock();
  await client.apply(inventory.parent([...memberObjects, ...previousKinds], lastApplied), { force: true });

  const outcome = await log.group('apply', () =>
    applyChanges(client, plan.changes, {
      forceConflicts: settings.apply.forceConflicts,
      concurrency: settings.apply.concurrency,
      timeoutMs: settings.apply.timeoutMs,
      pollMs: timing.pollMs,
      signal: timing.signal,
      log,
    }),
  );
  let problems = outcome.failures.map((failure) => failure.message);
  if (problems.length === 0 && settings.apply.wait) {
    // Each object is waited for from the generation this apply wrote, never an older one's status.
    const refs = outcome.applied.map((change) => ({
      ...change.ref,
      generation: numberOr(metadataOf(change.result).generation),
    }));
    const waited = await log.group('wait', () =>
      waitUntilReady(client, refs, {
        timeoutMs: settings.apply.timeoutMs,
        pollMs: timing.pollMs,
        signal: timing.signal,
        log: log.info,
      }),
    );
    problems = waited.problems.map(
      (problem) =>
        `${problem.ref.kind} ${problem.ref.namespace ? `${problem.ref.namespace}/` : ''}${problem.ref.name}: ${problem.message}`,
    );
  }
  if (problems.length > 0) {
    let restored: string[] = [];
    // A cancelled run stops short and leaves the rest to the next run, which converges.
    if (settings.apply.rollback && outcome.applied.length > 0 && !cancellation(timing.signal)) {
      const rollback = await log.group('rollback', () =>
        rollBack(client, outcome.applied, {
          timeoutMs: settings.apply.timeoutMs,
          pollMs: timing.pollMs,
          log,
        }),
      );
      restored = rollback.restored;
      problems.push(...rollback.failures.map((failure) => failure.message));
    }
    return { ...base, plan, syncStatus: 'Failed', restored, problems };
  }

  const stopped = await stopReason(confirmLock);
  if (stopped) return { ...base, plan, syncStatus: 'Failed', problems: [stopped] };
  let pruned: string[] = [];
  let notPruned: Change[] = [];
  if (settings.apply.prune) {
    const result = await log.group('prune', () =>
      pruneMembers(client, plan.changes, inventory.id, settings.apply.prunePropagation, log),
    );
    pruned = result.pruned.map((change) => change.subject);
    notPruned = result.failures.map((failure) => failure.change);
    problems.push(...result.failures.map((failure) => failure.error.message));
  }
  const stoppedAfterPrune = await stopReason(confirmLock);
  if (stoppedAfterPrune)
    return { ...base, plan, pruned, syncStatus: 'Failed', problems: [...problems, stoppedAfterPrune] };
  await recordCommit(session, plan, state, provenance, notPruned);
  return { ...base, plan, pruned, syncStatus: problems.length > 0 ? 'Failed' : 'Synced', problems };
}

/**
 * The lock and the ApplySet parent live in the target namespace, so it must exist before anything else.
 * It is created here when create-namespace is set or when the manifests declare it (stage one would
 * create it moments later anyway); otherwise the lock's error says how to fix it. One being deleted
 * fails at once.
 */
async function ensureTargetNamespace(
  session: ClusterSession,
  settings: Settings,
  validation: ValidationResult,
) {
  const name = settings.namespace;
  const declared = validation.loaded.resources.some(
    ({ object }) =>
      object.kind === 'Namespace' && (object.metadata as { name?: string } | undefined)?.name === name,
  );
  const state = await readNamespaceState(session.client, name);
  if (state === 'terminating') throw terminatingNamespace(name);
  if (state !== 'missing' || !(declared || settings.cluster.createNamespace)) return;
  await session.client
    .apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
    .catch((error: unknown) => {
      throw describeApiError(error, `Namespace ${name}`);
    });
}

/** Why apply must not start with this change, or undefined when it may. */
function refusalOf(change: Change): string | undefined {
  if (change.conflict) return change.conflict;
  if (!change.replace || change.replace.allowed) return undefined;
  const fields = change.replace.fields.join(', ');
  return `${change.origin ? `${formatOrigin(change.origin)}: ` : ''}${change.subject}: the update changes ${fields}, which the API server does not change in place (immutable). Set force-replace: true, or the annotation ${REPLACE_ANNOTATION}: "true" on this object, to delete it and create it again (its pods or data go with it), or leave ${fields} as it is`;
}

/** Why the run must stop before its next stage (cancelled, or the lock lost), or undefined. */
async function stopReason(confirm: () => Promise<void>): Promise<string | undefined> {
  try {
    await confirm();
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/**
 * Records the applied commit and exactly the kinds/namespaces still in the set: orphans, and members
 * whose prune failed, stay members, so the next run sees them and prunes them again.
 */
async function recordCommit(
  session: ClusterSession,
  plan: Plan,
  state: InventoryState | undefined,
  provenance: Provenance,
  notPruned: readonly Change[] = [],
) {
  // Everything kubesync applies is a member, except a Namespace made by create-namespace (never pruned).
  const remaining = new Set(notPruned);
  const members = plan.changes
    .map(
      (change) =>
        change.desired ?? (change.action === 'orphan' || remaining.has(change) ? change.live : undefined),
    )
    .filter((object): object is KubeObject => object !== undefined && isMember(object, session.inventory.id));
  if (!state && members.length === 0) return;
  const commit = { sha: provenance.commit, time: provenance.commitTime, digest: plan.digest };
  await session.client.apply(session.inventory.parent(members, commit), { force: true });
}

/** Applying an older commit over a newer one is almost always a delayed run; refuse unless asked. */
function refuseOlderCommit(state: InventoryState | undefined, provenance: Provenance, allowOlder: boolean) {
  if (!state?.lastCommitTime || !provenance.commitTime || state.lastCommit === provenance.commit) return;
  if (Date.parse(provenance.commitTime) >= Date.parse(state.lastCommitTime)) return;
  if (allowOlder) return;
  throw new UserError(
    `commit ${provenance.commit.slice(0, 12)} (${provenance.commitTime}) is older than ${state.lastCommit?.slice(0, 12) ?? 'the commit'} (${state.lastCommitTime}), which this app last applied; refusing to go back in time. Set allow-older: true to roll back on purpose`,
  );
}
