import pLimit from 'p-limit';
import type { ClusterClient } from '../cluster/client.js';
import { refOf } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { ApplySetInventory, InventoryState } from '../cluster/inventory.js';
import { UserError } from '../errors.js';
import type { IgnoreRule } from '../inputs.js';
import type { KubeObject } from '../manifests/resource.js';
import { describeObject, groupOf } from '../manifests/resource.js';
import { isNotFound, KubeApiError } from '../cluster/api-error.js';
import type { Change, ChangeCounts, SyncStatus } from './change.js';
import { countChanges, syncStatusOf } from './change.js';
import type { DesiredObject } from './desired.js';
import { diffObjects } from './diff.js';
import { planDigest } from './digest.js';
import { normalize, sameObject } from './normalize.js';
import { compareObjects } from './order.js';

export interface PlanOptions {
  readonly ignoreDifferences: readonly IgnoreRule[];
  readonly prune: boolean;
  readonly forceConflicts: boolean;
  readonly concurrency: number;
}

export interface Plan {
  readonly changes: Change[];
  readonly counts: ChangeCounts;
  readonly syncStatus: SyncStatus;
  readonly digest: string;
}

/**
 * What applying would do, asked of the API server itself: each desired object is server-side applied
 * with dryRun=All (so defaults, admission and conflicts are real) and compared with the live object,
 * both normalized. Members of the app's ApplySet that are no longer desired become deletes (with
 * prune) or orphans. Every dry-run failure is collected; any failure fails the plan.
 */
export async function planChanges(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  inventory: ApplySetInventory,
  state: InventoryState | undefined,
  options: PlanOptions,
): Promise<Plan> {
  const limit = pLimit(options.concurrency);
  const failures: Error[] = [];
  const creatingNamespaces = new Set(
    desired.filter(({ object }) => object.kind === 'Namespace').map(({ object }) => refOf(object).name),
  );
  const planned = await Promise.all(
    desired.map((item) =>
      limit(async (): Promise<Change | undefined> => {
        try {
          return await planOne(client, item, creatingNamespaces, options);
        } catch (error) {
          failures.push(describeApiError(error, describeObject(item.object), item.resource.origin));
          return undefined;
        }
      }),
    ),
  );
  if (failures.length > 0) {
    throw new UserError(
      `the API server refused ${failures.length} of ${desired.length} objects in a dry run; nothing was applied:\n${failures.map((failure) => `  ${failure.message}`).join('\n')}`,
    );
  }
  const changes = planned.filter((change): change is Change => change !== undefined);
  if (state) changes.push(...(await plannedRemovals(client, desired, inventory, state, options.prune)));
  changes.sort((a, b) => compareObjects(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
  return {
    changes,
    counts: countChanges(changes),
    syncStatus: syncStatusOf(changes),
    digest: planDigest(changes),
  };
}

async function planOne(
  client: ClusterClient,
  item: DesiredObject,
  creatingNamespaces: ReadonlySet<string>,
  options: PlanOptions,
): Promise<Change> {
  const { object, resource } = item;
  const ref = refOf(object);
  const subject = describeObject(object);
  const live = item.awaitsCrd ? undefined : await client.get(ref);
  let dryRun: KubeObject;
  let conflict: string | undefined;
  if (item.awaitsCrd || (ref.namespace && creatingNamespaces.has(ref.namespace) && !live)) {
    // Its CRD or namespace is created by this same apply, so the server cannot dry-run it yet.
    dryRun = object;
  } else {
    try {
      dryRun = await client.apply(object, { dryRun: true, force: options.forceConflicts });
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 409 && !options.forceConflicts) {
        // Another tool changed fields we set (drift, e.g. kubectl scale): show what applying would
        // change, as a forced dry run sees it, and carry the conflict for apply to refuse on.
        conflict = describeApiError(error, subject, resource.origin).message;
        dryRun = await client.apply(object, { dryRun: true, force: true });
      } else if (isNotFound(error) && creatingNamespaces.has(ref.namespace ?? '')) {
        dryRun = object;
      } else {
        throw error;
      }
    }
  }
  const before = live ? normalize(live, options.ignoreDifferences) : undefined;
  const after = normalize(dryRun, options.ignoreDifferences);
  const action = !live ? 'create' : sameObject(before, after) ? 'unchanged' : 'update';
  return {
    subject,
    ref,
    action,
    diff: action === 'unchanged' ? '' : diffObjects(subject, before, after, resource.valueSources),
    origin: resource.origin,
    desired: object,
    live,
    ...(conflict ? { conflict } : {}),
  };
}

async function plannedRemovals(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  inventory: ApplySetInventory,
  state: InventoryState,
  prune: boolean,
): Promise<Change[]> {
  const wanted = new Set(desired.map(({ object }) => identity(object)));
  const members = await inventory.members(client, state);
  return members
    .filter((member) => !wanted.has(identity(member)))
    .map((member) => {
      const subject = describeObject(member);
      return {
        subject,
        ref: refOf(member),
        action: prune ? ('delete' as const) : ('orphan' as const),
        diff: prune ? diffObjects(subject, normalize(member), undefined) : '',
        live: member,
      };
    });
}

/** Group, kind, namespace and name: the same object whatever version it is written in. */
function identity(object: KubeObject): string {
  const ref = refOf(object);
  return `${groupOf(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
