import { plural } from '../model/plural.js';
import pLimit, { type LimitFunction } from 'p-limit';
import type { ClusterClient } from '../cluster/client.js';
import { refOf } from '../model/object.js';
import { deliveryVariantOf } from '../model/delivery.js';
import { describeApiError } from '../cluster/describe-error.js';
import { namespacesToCreate } from '../manifests/sync-options.js';
import type { ApplySetInventory, InventoryState } from '../cluster/inventory.js';
import { kubesyncAppOfSet, membersListed } from '../cluster/inventory.js';
import { isBookkeepingField } from './bookkeeping.js';
import { UserError } from '../model/errors.js';
import type { IgnoreRule } from '../model/ignore-rule.js';
import type { KubeObject } from '../model/object.js';
import type { DiffMasker } from '../model/masker.js';
import type { DeliveryStep } from './delivery-step.js';
import type { PlannedHook } from './planned-hook.js';
import { annotationOf, describeObject, namespaceOf } from '../model/resource.js';
import { KubeApiError } from '../cluster/api-error.js';
import { readNamespaceState, terminatingNamespace } from '../cluster/namespace-state.js';
import type { Change, ChangeCounts, SyncStatus } from './change.js';
import { countChanges, syncStatusOf } from './change.js';
import type { DesiredObject } from './desired.js';
import { diffObjects } from './diff.js';
import { planDigest } from './digest.js';
import { immutableFields } from './immutable.js';
import { markDestructive } from './destructive.js';
import { keptBy, replaceRequested, SYNC_OPTIONS_ANNOTATION } from '../manifests/sync-options.js';
import { isContentRejection, rejectionFindings, ServerRejection } from './rejections.js';
import { normalize, sameObject, templateOf, withIgnoredFieldsFromLive } from './normalize.js';
import { compareObjects } from './order.js';
import { applyChangesNothing } from './no-op-apply.js';
import { LEGACY_FIELD_MANAGER } from '../model/app-identity.js';
import { holdsLegacyFields } from '../cluster/legacy-manager.js';
import type { AdoptionPolicy } from './ownership.js';
import type { KnownSets } from './ownership.js';
import { markOwned, unnamedSetsOf } from './ownership.js';
import type { KnownLiveState } from './live-state.js';
import { identity, readLiveState, versionedIdentity } from './live-state.js';

export interface PlanOptions {
  readonly ignoreDifferences: readonly IgnoreRule[];
  readonly prune: boolean;
  readonly forceConflicts: boolean;
  /** Replace objects whose update changes an immutable field (delete, then create). */
  readonly forceReplace: boolean;
  /** Destructive changes (a PVC pruned, an object replaced) are approved: `allow-destructive: true`. */
  readonly allowDestructive: boolean;
  readonly concurrency: number;
  /** What every diff hides (Secret values and the like), in order. */
  readonly maskers: readonly DiffMasker[];
  /** The app's own field manager, which its applies use. */
  readonly fieldManager: string;
  /** Whether objects another owner claims may be taken over: `allow-adoption`. */
  readonly adoption: AdoptionPolicy;
  /** The target namespace, and whether this apply creates it (`create-namespace`), for what to advise. */
  readonly targetNamespace: { readonly name: string; readonly created: boolean };
}

export interface Plan {
  readonly changes: Change[];
  readonly counts: ChangeCounts;
  readonly syncStatus: SyncStatus;
  readonly digest: string;
  /** The hooks the sync around the changes runs, in their phases. */
  readonly hooks?: readonly PlannedHook[];
  /** The Deployments that roll out by canary or blue-green, and how. */
  readonly delivery?: readonly DeliveryStep[];
}

/**
 * What applying would do, asked of the API server itself: each desired object is server-side applied
 * with dryRun=All (so defaults, admission and conflicts are real) and compared with the live object,
 * both normalized; an object whose managed fields prove that applying it changes nothing is unchanged
 * without asking. Members of the app's ApplySet that are no longer desired become deletes (with
 * prune) or orphans, or keeps when their annotations say never to prune them. Every dry-run failure is
 * collected; any failure fails the plan.
 */
export async function planChanges(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  inventory: ApplySetInventory,
  state: InventoryState | undefined,
  options: PlanOptions,
): Promise<Plan> {
  const limit = pLimit(options.concurrency);
  const failures: { error: unknown; item: DesiredObject }[] = [];
  // The set's members, listed once per kind and namespace: the live state of most desired objects
  // (one LIST instead of a GET each), and what prune would delete.
  const membersRead = state ? inventory.members(client, state, limit) : Promise.resolve([]);
  const [namespaces, known, members] = await Promise.all([
    readNamespaces(client, desired, limit),
    readLiveState(client, desired, {
      members: membersRead,
      membersListed: (group, kind, namespace) =>
        state !== undefined && membersListed(state, group, kind, namespace),
      limit,
    }),
    membersRead,
  ]);
  const planned = await Promise.all(
    desired.map((item) =>
      limit(async (): Promise<Change | undefined> => {
        try {
          return await planOne(client, item, namespaces, known, inventory.id, options);
        } catch (error) {
          failures.push({ error, item });
          return undefined;
        }
      }),
    ),
  );
  if (failures.length > 0) throw planFailure(failures, desired.length, options.targetNamespace);
  const found = planned.filter((change): change is Change => change !== undefined);
  if (state) found.push(...plannedRemovals(desired, members, options));
  const otherSets = await knownSetsOf(client, found, inventory.id, limit);
  const changes = markDestructive(
    markOwned(found, inventory.id, options.adoption, otherSets),
    options.allowDestructive ? 'allow-destructive: true' : undefined,
  );
  changes.sort((a, b) => compareObjects(a.desired ?? a.live ?? {}, b.desired ?? b.live ?? {}));
  return {
    changes,
    counts: countChanges(changes),
    syncStatus: syncStatusOf(changes),
    digest: planDigest(changes, options.ignoreDifferences),
  };
}

/** The apps of other ApplySets whose members' field managers do not name them, by their parents. */
async function knownSetsOf(
  client: ClusterClient,
  changes: readonly Change[],
  ownSetId: string,
  limit: LimitFunction,
): Promise<KnownSets> {
  const found = await Promise.all(
    unnamedSetsOf(changes, ownSetId).map(({ id, namespace }) =>
      limit(async () => {
        const app = await kubesyncAppOfSet(client, id, namespace);
        return app ? ([[id, { app, namespace }]] as const) : [];
      }),
    ),
  );
  return new Map(found.flat());
}

/**
 * Refusals of the objects as written become findings on their lines; anything else (credentials, a
 * missing namespace, the network) is an error naming each object.
 */
function planFailure(
  failures: readonly { error: unknown; item: DesiredObject }[],
  total: number,
  targetNamespace: PlanOptions['targetNamespace'],
): Error {
  // create-namespace creates the target namespace, and those objects ask for with CreateNamespace=true.
  const creatable = (object: KubeObject) => (namespace: string) =>
    !targetNamespace.created &&
    (namespace === targetNamespace.name || namespacesToCreate([object]).includes(namespace));
  if (failures.every(({ error }) => isContentRejection(error))) {
    const findings = failures.flatMap(({ error, item }) =>
      rejectionFindings(error as KubeApiError, item.object, item.resource),
    );
    return new ServerRejection(findings, failures.length, total);
  }
  const messages = failures.map(
    ({ error, item }) =>
      describeApiError(error, describeObject(item.object), item.resource.origin, {
        creatable: creatable(item.object),
      }).message,
  );
  return new UserError(
    `the API server refused ${failures.length} of ${plural(total, 'object')} in a dry run; nothing was applied:\n${messages.map((message) => `  ${message}`).join('\n')}`,
  );
}

/** The namespaces the desired objects land in that do not exist yet but are declared in the manifests. */
interface PendingNamespaces {
  readonly pending: ReadonlySet<string>;
}

/**
 * Reads every namespace the objects land in. One being deleted fails the plan at once: nothing can be
 * created in it, and waiting would only end in a timeout.
 */
async function readNamespaces(
  client: ClusterClient,
  desired: readonly DesiredObject[],
  limit: LimitFunction,
): Promise<PendingNamespaces> {
  const declared = new Set(
    desired.filter(({ object }) => object.kind === 'Namespace').map(({ object }) => refOf(object).name),
  );
  const used = new Set(desired.flatMap(({ object }) => namespaceOf(object) ?? []));
  const states = await Promise.all(
    [...used].map((name) => limit(async () => ({ name, state: await readNamespaceState(client, name) }))),
  );
  const terminating = states.find(({ state }) => state === 'terminating');
  if (terminating) throw terminatingNamespace(terminating.name);
  const pending = states.filter(({ name, state }) => state === 'missing' && declared.has(name));
  return { pending: new Set(pending.map(({ name }) => name)) };
}

async function planOne(
  client: ClusterClient,
  item: DesiredObject,
  namespaces: PendingNamespaces,
  known: KnownLiveState,
  applySetId: string,
  options: PlanOptions,
): Promise<Change> {
  const { resource } = item;
  const ref = refOf(item.object);
  const subject = describeObject(item.object);
  const id = versionedIdentity(item.object);
  // Not read in bulk: alone of its kind and namespace, so asked for by name.
  const live = item.awaitsCrd ? undefined : known.has(id) ? known.get(id) : await client.get(ref);
  const object = live ? withIgnoredFieldsFromLive(item.object, live, options.ignoreDifferences) : item.object;
  const base = { subject, ref, origin: resource.origin, desired: object, live };
  const compare = (after: KubeObject, extra: Partial<Change>): Change => {
    const before = live ? normalize(live, options.ignoreDifferences) : undefined;
    const normalized = normalize(after, options.ignoreDifferences);
    const action = !live ? 'create' : sameObject(before, normalized) ? 'unchanged' : 'update';
    const diff =
      action === 'unchanged'
        ? ''
        : diffObjects(subject, before, normalized, options.maskers, resource.valueSources);
    const podTemplateChanged = action === 'update' && templateOf(before) !== templateOf(normalized);
    return { ...base, action, diff, ...(podTemplateChanged ? { podTemplateChanged } : {}), ...extra };
  };
  const pendingNamespace = ref.namespace && namespaces.pending.has(ref.namespace) ? ref.namespace : undefined;
  if (item.awaitsCrd || pendingNamespace) {
    // The server cannot dry-run it before this same apply creates its CRD or namespace.
    const reason = item.awaitsCrd
      ? `its CRD is created by this apply`
      : `its namespace ${pendingNamespace ?? ''} is created by this apply`;
    return compare(object, {
      note: `planned from the manifest: ${reason}, so the server cannot dry-run it yet`,
    });
  }
  // A member whose fields the legacy manager still holds: apply moves them to the app's manager first,
  // so a dry run as the legacy manager sees what that apply does (a field dropped is removed).
  const fieldManager = holdsLegacyFields(live, applySetId) ? LEGACY_FIELD_MANAGER : options.fieldManager;
  // Proven from the live object's managed fields: its dry run could only answer the object itself.
  if (live && applyChangesNothing(object, live, fieldManager)) return compare(live, {});
  try {
    return compare(
      await client.apply(object, { dryRun: true, force: options.forceConflicts, fieldManager }),
      {},
    );
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 409 && !options.forceConflicts) {
      // Only kubesync's bookkeeping, which another app wrote: the object is another owner's, which
      // ownership reports (and apply, when allowed to adopt it, takes the bookkeeping over alone).
      if (conflictsOnlyOnBookkeeping(error))
        return compare(await client.apply(object, { dryRun: true, force: true, fieldManager }), {});
      // Another tool changed fields we set (drift, e.g. kubectl scale): show what applying would
      // change, as a forced dry run sees it, and carry the conflict for apply to refuse on.
      const conflict = describeApiError(error, subject, resource.origin).message;
      return compare(await client.apply(object, { dryRun: true, force: true, fieldManager }), { conflict });
    }
    const fields = live ? immutableFields(error) : undefined;
    // A refusal says which verb is missing only with what was known: whether the object existed.
    if (!fields && error instanceof KubeApiError && error.status === 403)
      throw describeApiError(error, subject, resource.origin, { exists: live !== undefined });
    if (!fields) throw error;
    const allowed = options.forceReplace || replaceAnnotated(object) || replaceRequested(object);
    return compare(object, {
      replace: { fields, allowed },
      note: `replace required: ${fields.join(', ')} ${fields.length > 1 ? 'are' : 'is'} immutable; ${allowed ? 'apply deletes the object and creates it again' : `apply refuses unless force-replace: true, the annotation ${REPLACE_ANNOTATION}: "true" or ${SYNC_OPTIONS_ANNOTATION}: Replace=true`}`,
    });
  }
}

export const REPLACE_ANNOTATION = 'kubesync.io/replace';

function conflictsOnlyOnBookkeeping(error: KubeApiError): boolean {
  const conflicts = error.causes.filter((cause) => cause.reason === 'FieldManagerConflict');
  return conflicts.length > 0 && conflicts.every((cause) => isBookkeepingField(cause.field));
}

function replaceAnnotated(object: KubeObject): boolean {
  return annotationOf(object, REPLACE_ANNOTATION) === 'true';
}

function plannedRemovals(
  desired: readonly DesiredObject[],
  members: readonly KubeObject[],
  options: Pick<PlanOptions, 'prune' | 'maskers'>,
): Change[] {
  const wanted = new Set(desired.map(({ object }) => identity(object)));
  return members
    .filter((member) => !wanted.has(identity(member)))
    .map((member): Change => {
      const subject = describeObject(member);
      const variant = deliveryVariantOf(member);
      const keptFor = keptBy(member);
      const note = variant
        ? `the ${variant.variant} of ${variant.of}: its rollout finishes or removes it`
        : keptFor && `never pruned (${keptFor})`;
      if (note) return { subject, ref: refOf(member), action: 'keep', diff: '', live: member, note };
      return {
        subject,
        ref: refOf(member),
        action: options.prune ? ('delete' as const) : ('orphan' as const),
        diff: options.prune ? diffObjects(subject, normalize(member), undefined, options.maskers) : '',
        live: member,
      };
    });
}
