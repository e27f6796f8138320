import { planAgainst } from './plan.js';
import type { ApplyHooks, ApplyResult, ApplyTiming } from '../../sync/sync-context.js';
import { plural } from '../../model/plural.js';
import { describeApiError } from '../../cluster/describe-error.js';
import { ApplyLock, lockHolder } from '../../cluster/lock.js';
import type { NamespaceState } from '../../cluster/namespace-state.js';
import { readNamespaceState, terminatingNamespace } from '../../cluster/namespace-state.js';
import { cancellation } from '../../model/cancel.js';
import { UserError } from '../../model/errors.js';
import type { Settings } from '../../settings/inputs.js';
import type { Provenance } from '../../model/provenance.js';
import { appIdentity } from '../../model/app-identity.js';
import { declaresNamespace, namespaceObject } from '../../model/namespace.js';
import { checkRunAccess } from '../../rbac/preflight.js';
import type { FailureReport } from '../../model/failure-report.js';
import { accessSettingsOf } from './access-settings.js';
import { buildBeforeApply } from './build-before-apply.js';
import { requireDopplerToken } from '../../secrets/doppler-secret.js';
import type { ClusterSession } from '../../cluster/session.js';
import type { Runtime } from './runtime.js';
import { validateAndConnect } from './validate-and-connect.js';
import { syncLocked } from '../../sync/sync.js';
import type { ValidationResult } from '../../validate/validation-result.js';

/**
 * (build and push the image) → validate → connect → lock → plan (every object dry-run) → staged apply →
 * wait → rollback on failure → prune → record in the ApplySet parent. Nothing is applied unless the
 * build succeeds and everything validates and dry-runs.
 */
export async function runApply(
  settings: Settings,
  provenance: Provenance,
  runtime: Runtime,
  timing: ApplyTiming = {},
  hooks: ApplyHooks = {},
): Promise<ApplyResult> {
  const built = await buildBeforeApply(settings, provenance, runtime.log);
  const result = await applySettings(built.settings, provenance, runtime, timing, hooks);
  return built.image ? { ...result, image: built.image } : result;
}

async function applySettings(
  settings: Settings,
  provenance: Provenance,
  runtime: Runtime,
  timing: ApplyTiming,
  hooks: ApplyHooks,
): Promise<ApplyResult> {
  const { log } = runtime;
  const { validation, app, session } = await validateAndConnect(settings, runtime);
  if (!validation.valid) {
    return {
      app,
      validation,
      syncStatus: 'Failed',
      dryRun: settings.apply.dryRun,
      restored: [],
      pruned: [],
      problems: [`validation found ${plural(validation.errors, 'error')}; nothing was applied`],
    };
  }
  if (!session) {
    throw new UserError(
      'no cluster credentials: set the kubeconfig input (a secret holding the kubeconfig file), or KUBECONFIG, to apply',
    );
  }
  await hooks.started?.(app);
  // Before the lock: a run that cannot fill its Secrets changes nothing at all.
  if (!settings.apply.dryRun)
    requireDopplerToken(validation.loaded.resources, settings.secrets.doppler.token !== '');
  const { leaseName } = appIdentity(app, settings.namespace);
  const lock = new ApplyLock(session.client, leaseName, settings.namespace, {
    holder: lockHolder(provenance.run, provenance.attempt, provenance.job),
    timeoutMs: settings.apply.lockTimeoutMs,
    leaseSeconds: timing.leaseSeconds,
    pollMs: timing.lockPollMs,
    signal: timing.signal,
    log: log.info,
  });
  let createdNamespace = false;
  if (!settings.apply.dryRun) {
    // Every missing permission at once, before the namespace, the lock or anything else is touched;
    // what the next steps read is read meanwhile.
    const resources = validation.loaded.resources;
    const [, namespaceState] = await Promise.all([
      checkRunAccess(
        session.client,
        accessSettingsOf(settings),
        { app, resources, stage: 'apply', state: 'unknown' },
        log,
      ),
      readNamespaceState(session.client, settings.namespace),
      lock.discover(),
    ]);
    createdNamespace = await ensureTargetNamespace(session, settings, validation, namespaceState);
    await log.group('lock', async () => {
      await lock.acquire().catch((error: unknown) => {
        throw describeApiError(error, `the lock Lease ${settings.namespace}/${leaseName}`);
      });
    });
  }
  // Before each stage that writes: not cancelled, and (a dry run takes no lock) still holding the lock.
  const confirm = async () => {
    const cancelled = cancellation(timing.signal);
    if (cancelled) throw cancelled;
    if (!settings.apply.dryRun) await lock.confirm();
  };
  // A failed apply says so of the namespace it created first: "nothing was applied" is about the manifests.
  const sayCreatedNamespace = () => {
    if (createdNamespace)
      log.warning(
        `Namespace ${settings.namespace} was created before the plan (${settings.cluster.createNamespace ? 'create-namespace' : 'the manifests declare it'}), to hold the lock and the app's record; the failed apply leaves it in place`,
      );
  };
  const failures: FailureReport[] = [];
  try {
    const synced = await syncLocked({
      session,
      settings,
      validation,
      provenance,
      log,
      timing,
      app,
      hooks,
      plan: (purpose, state) =>
        planAgainst(session, settings, validation, provenance, state, purpose, runtime, {
          accessChecked: purpose === 'apply',
        }),
      confirm,
      failures,
    });
    const result = failures.length > 0 ? { ...synced, failures } : synced;
    if (result.syncStatus === 'Failed') sayCreatedNamespace();
    return result;
  } catch (error) {
    sayCreatedNamespace();
    throw error;
  } finally {
    if (!settings.apply.dryRun)
      await lock
        .release()
        .catch((error: unknown) => log.warning(`could not release the lock: ${String(error)}`));
  }
}

/**
 * The lock and the ApplySet parent live in the target namespace, so it must exist before anything else.
 * It is created here when create-namespace is set or when the manifests declare it (stage one would
 * create it moments later anyway); otherwise the lock's error says how to fix it. One being deleted
 * fails at once. Says whether it created it.
 */
async function ensureTargetNamespace(
  session: ClusterSession,
  settings: Settings,
  validation: ValidationResult,
  state: NamespaceState,
): Promise<boolean> {
  const name = settings.namespace;
  const declared = declaresNamespace(validation.loaded.resources, name);
  if (state === 'terminating') throw terminatingNamespace(name);
  if (state !== 'missing' || !(declared || settings.cluster.createNamespace)) return false;
  await session.client.apply(namespaceObject(name)).catch((error: unknown) => {
    throw describeApiError(error, `Namespace ${name}`);
  });
  return true;
}
