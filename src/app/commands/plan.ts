import type { PlanOutcome } from '../../plan/plan-outcome.js';
import { readInventory } from '../../cluster/session.js';
import { plural } from '../../model/plural.js';
import type { InventoryState } from '../../cluster/inventory.js';
import type { Settings } from '../../settings/inputs.js';
import type { Plan } from '../../plan/plan.js';
import { ServerRejection } from '../../plan/rejections.js';
import { planChanges } from '../../plan/plan.js';
import { withDelivery } from '../../progressive/delivery-plan.js';
import { prepareDesired } from '../../plan/desired.js';
import { plannedHooksOf, withHooks } from '../../plan/planned-hooks.js';
import type { Provenance } from '../../model/provenance.js';
import { SECRET_MASKERS } from '../../secrets/diff-maskers.js';
import { noteUncheckedGroups } from '../../validate/api-versions.js';
import type { ClusterSession } from '../../cluster/session.js';
import { appNameOf } from './cluster-session.js';
import type { Runtime } from './runtime.js';
import { validateAndConnect } from './validate-and-connect.js';
import type { ValidationResult } from '../../validate/validation-result.js';
import { withFindings } from '../../validate/validation-result.js';
import { resolveSecretSources } from '../../secrets/doppler-secret.js';
import { checkSecretReferences } from '../../secrets/secret-references.js';
import { checkRunAccess } from '../../rbac/preflight.js';
import { accessSettingsOf } from './access-settings.js';

export interface PlanResult {
  readonly app: string;
  readonly validation: ValidationResult;
  /** Absent when validation failed or there is no cluster to plan against. */
  readonly plan?: Plan;
  readonly syncStatus: 'Synced' | 'OutOfSync' | 'Unknown';
  /** Why the status is Unknown, for people. */
  readonly unknownReason?: string;
  /**
   * Why the status is Unknown, for code: invalid manifests, no credentials, the workflow's
   * `plan-mode: render`, or the cluster refused.
   */
  readonly unknownCause?: 'invalid' | 'no-credentials' | 'render-mode' | 'refused';
  /** The plan is a rendered diff (the manifests at this base commit against the head's), not the cluster's answer. */
  readonly rendered?: { readonly base: string };
  readonly server?: string;
  /** The kubeconfig context planned against, when it has a name. */
  readonly context?: string;
  /** What the app's ApplySet parent records of the last apply: the commit, and when (ISO 8601). */
  readonly lastApplied?: { readonly commit: string; readonly at?: string };
}

/** load → render → validate → connect → plan. Without credentials, stops after validate with status Unknown. */
export async function runPlan(
  settings: Settings,
  provenance: Provenance,
  runtime: Runtime,
): Promise<PlanResult> {
  const { log } = runtime;
  const renderOnly = settings.planMode === 'render';
  const { validation, app, session } = await validateAndConnect(
    settings,
    renderOnly ? { ...runtime, connect: () => undefined } : runtime,
  );
  if (!validation.valid) {
    return {
      app,
      validation,
      syncStatus: 'Unknown',
      unknownReason: plural(validation.errors, 'validation error'),
      unknownCause: 'invalid',
    };
  }
  if (!session) {
    return {
      app,
      validation: withFindings(validation, noteUncheckedGroups(validation.loaded.resources)),
      syncStatus: 'Unknown',
      ...(renderOnly
        ? { unknownReason: 'plan-mode: render, so the cluster is not asked', unknownCause: 'render-mode' }
        : {
            unknownReason: 'no cluster credentials (validated and rendered only)',
            unknownCause: 'no-credentials',
          }),
    };
  }
  const { plan, findings, refused, state } = await log.group('plan', async () => {
    // Before the first request that may be refused, so that every missing permission shows at once.
    const resources = validation.loaded.resources;
    await checkRunAccess(
      session.client,
      accessSettingsOf(settings),
      { app, resources, stage: 'plan', state: 'unknown' },
      log,
    );
    const state = await readInventory(session);
    const outcome = await planAgainst(session, settings, validation, provenance, state, 'plan', runtime, {
      accessChecked: true,
    });
    return { ...outcome, state };
  });
  const lastApplied = state?.lastCommit ? { commit: state.lastCommit, at: state.lastAppliedAt } : undefined;
  if (!plan) {
    return {
      app,
      validation: withFindings(validation, findings),
      syncStatus: 'Unknown',
      unknownReason: refused,
      unknownCause: 'refused',
      server: session.client.server,
      context: session.context,
      lastApplied,
    };
  }
  return {
    app,
    validation: withFindings(validation, findings),
    plan,
    syncStatus: plan.syncStatus,
    server: session.client.server,
    context: session.context,
    lastApplied,
  };
}

/**
 * Fills the Secrets whose values come from Doppler (fetched when there is a token), prepares every
 * object, checks the Secrets workloads read, and dry-runs everything against the cluster.
 */
export async function planAgainst(
  session: ClusterSession,
  settings: Settings,
  validation: ValidationResult,
  provenance: Provenance,
  state: InventoryState | undefined,
  purpose: 'plan' | 'apply',
  runtime: Runtime,
  options: { accessChecked?: boolean } = {},
): Promise<PlanOutcome> {
  const { client, inventory, fieldManager } = session;
  const { log } = runtime;
  if (!options.accessChecked) {
    const app = appNameOf(settings, validation.loaded);
    const resources = validation.loaded.resources;
    await checkRunAccess(client, accessSettingsOf(settings), { app, resources, stage: purpose, state }, log);
  }
  const resources = await resolveSecretSources(validation.loaded.resources, {
    doppler: runtime.doppler(settings),
    purpose,
    client,
    namespace: settings.namespace,
    log,
    secrets: runtime.secrets,
  });
  const desired = await prepareDesired(client, resources, {
    namespace: settings.namespace,
    createNamespace: settings.cluster.createNamespace,
    inventory,
    provenance,
  });
  // Returned, not logged: the edges print (or annotate) every finding once.
  const findings = await checkSecretReferences(client, desired);
  try {
    // Hooks are created in their phases, not applied: they are neither dry-run nor set members.
    const resourcesToPlan = desired.filter((item) => !item.hook);
    const plan = await planChanges(client, resourcesToPlan, inventory, state, {
      ignoreDifferences: settings.ignoreDifferences,
      prune: settings.apply.prune,
      forceConflicts: settings.apply.forceConflicts,
      forceReplace: settings.apply.forceReplace,
      allowDestructive: settings.apply.allowDestructive,
      concurrency: settings.apply.concurrency,
      maskers: SECRET_MASKERS,
      fieldManager,
      adoption: settings.apply.allowAdoption,
      targetNamespace: { name: settings.namespace, created: settings.cluster.createNamespace },
    });
    const delivered = await withDelivery(client, plan, settings.delivery);
    return { plan: withHooks(delivered, plannedHooksOf(desired)), findings };
  } catch (error) {
    if (!(error instanceof ServerRejection)) throw error;
    const refused = `the API server refused ${error.objects} of ${plural(desired.length, 'object')} in a dry run`;
    return { findings: [...findings, ...error.findings], refused };
  }
}
