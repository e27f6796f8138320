import type { Settings } from '../../settings/inputs.js';
import type { AccessSettings } from '../../rbac/preflight.js';

/** What of the settings decides the permissions a run needs (kubesync rbac and the preflight check). */
export function accessSettingsOf(settings: Settings): AccessSettings {
  return {
    namespace: settings.namespace,
    prune: settings.apply.prune,
    rollback: settings.apply.rollback,
    createNamespace: settings.cluster.createNamespace,
    concurrency: settings.apply.concurrency,
    progressive: settings.delivery.strategy !== 'rolling',
  };
}
