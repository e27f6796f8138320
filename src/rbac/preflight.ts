import type { ClusterClient } from '../cluster/client.js';
import type { InventoryState } from '../cluster/inventory.js';
import type { Resource } from '../model/resource.js';
import type { Log } from '../model/log.js';
import { accessRefusal, checkAccess, resourceLabel } from './access-check.js';
import type { RunDescription } from './needs.js';
import { accessNeeds } from './needs.js';
import { describeManifests, discoveryNamer, recordedKindsOf } from './resources.js';
import { ruleText } from '../cluster/rule-text.js';
import { roleOf } from './rules.js';

export interface PreflightRun {
  readonly app: string;
  readonly resources: readonly Resource[];
  readonly stage: 'plan' | 'apply';
  /** What the ApplySet parent recorded; undefined when it does not exist, 'unknown' when not read yet. */
  readonly state: InventoryState | undefined | 'unknown';
}

/** What of the settings decides the permissions a run needs, and how many reviews run at once. */
export type AccessSettings = Pick<
  RunDescription,
  'namespace' | 'prune' | 'rollback' | 'createNamespace' | 'progressive'
> & {
  readonly concurrency: number;
};

/**
 * Before a plan or apply touches anything: asks the API server whether the credentials may make every
 * request the run will make, and throws one UserError listing every missing rule. Permissions
 * kubesync can do without are logged. When the server cannot answer, the run carries on and any
 * refusal comes as the request's own error.
 */
export async function checkRunAccess(
  client: ClusterClient,
  settings: AccessSettings,
  run: PreflightRun,
  log: Log,
): Promise<void> {
  let description: RunDescription;
  try {
    const { objects, secretReads } = await describeManifests(
      run.resources,
      settings.namespace,
      discoveryNamer(client, run.resources),
      async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind)) !== undefined,
    );
    const state = run.state === 'unknown' ? undefined : run.state;
    description = {
      stage: run.stage,
      app: run.app,
      namespace: settings.namespace,
      prune: settings.prune,
      rollback: settings.rollback,
      createNamespace: settings.createNamespace,
      progressive: settings.progressive,
      objects,
      secretReads,
      recorded: state ? await recordedKindsOf(client, state) : undefined,
      parentExists: run.state === 'unknown' ? undefined : run.state !== undefined,
    };
  } catch (error) {
    log.info(`permissions not checked up front: ${(error as Error).message}`);
    return;
  }
  const check = await checkAccess(client, accessNeeds(description), settings.concurrency);
  if (check.unchecked) {
    log.info(`permissions not checked up front (the access reviews failed: ${check.unchecked})`);
    return;
  }
  for (const need of check.optional) {
    const rule = ruleText({ apiGroups: [need.group], resources: [need.resource], verbs: [need.verb] });
    log.info(
      `${need.subject}: the credentials cannot ${need.verb} ${resourceLabel(need)} (${need.purpose}); kubesync carries on without it. To let it tell, add to ${roleOf(need)}: ${rule}`,
    );
  }
  if (check.missing.length > 0) throw accessRefusal(check.missing, run.stage);
}
