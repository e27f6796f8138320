import type { ClusterClient } from '../cluster/client.js';
import type { ApplySetInventory, InventoryState } from '../cluster/inventory.js';
import { isMember } from '../cluster/inventory.js';
import { migrateLegacyManager } from '../cluster/legacy-manager.js';
import { containersOf } from '../manifests/image-overrides.js';
import type { KubeObject } from '../model/object.js';
import type { Change } from '../plan/change.js';
import type { Provenance } from '../model/provenance.js';
import type { Plan } from '../plan/plan.js';

/**
 * Before the first write, the parent records the union of the old and the new kinds, so that a run
 * interrupted midway can still prune. It keeps the last applied commit until this one succeeds: a
 * failed apply must not erase the record that refuses older commits.
 */
export async function recordIntent(
  client: ClusterClient,
  inventory: ApplySetInventory,
  plan: Plan,
  state: InventoryState | undefined,
  fieldManager: string,
): Promise<void> {
  await takeOverLegacyParent(client, inventory, state, fieldManager);
  const newMembers = plan.changes.flatMap((change) =>
    change.desired && isMember(change.desired, inventory.id) ? [change.desired] : [],
  );
  const oldMembers = plan.changes.flatMap((change) =>
    change.live && change.action !== 'create' ? [change.live] : [],
  );
  const lastApplied = state?.lastCommit
    ? {
        sha: state.lastCommit,
        digest: state.lastDigest ?? '',
        images: state.lastImages,
        at: state.lastAppliedAt,
      }
    : undefined;
  await client.apply(inventory.parent([...newMembers, ...oldMembers], lastApplied), { force: true });
}

/**
 * Records the applied commit and exactly the kinds/namespaces still in the set: orphans, kept members
 * and members whose prune failed stay members, so the next run sees them (and prunes them again).
 */
export async function recordCommit(
  client: ClusterClient,
  inventory: ApplySetInventory,
  plan: Plan,
  state: InventoryState | undefined,
  provenance: Provenance,
  fieldManager: string,
  notPruned: readonly Change[] = [],
): Promise<void> {
  // Everything kubesync applies is a member, except a Namespace made by create-namespace (never pruned).
  const remaining = new Set(notPruned);
  const members = plan.changes
    .map(
      (change) =>
        change.desired ??
        (change.action === 'orphan' || change.action === 'keep' || remaining.has(change)
          ? change.live
          : undefined),
    )
    .filter((object): object is KubeObject => object !== undefined && isMember(object, inventory.id));
  if (!state && members.length === 0) return;
  const applied = plan.changes.flatMap((change) => (change.desired ? [change.desired] : []));
  const commit = {
    sha: provenance.commit,
    digest: plan.digest,
    images: imagesOf(applied),
    at: new Date().toISOString(),
  };
  await takeOverLegacyParent(client, inventory, state, fieldManager);
  await client.apply(inventory.parent(members, commit), { force: true });
}

/** An older kubesync's parent: its fields move to the app's manager, so that one it stops writing goes. */
async function takeOverLegacyParent(
  client: ClusterClient,
  inventory: ApplySetInventory,
  state: InventoryState | undefined,
  fieldManager: string,
): Promise<void> {
  if (state?.legacyParent)
    await migrateLegacyManager(client, inventory.parentRef, inventory.id, fieldManager);
}

/** The images the objects' containers run (init and ephemeral ones too), each once, sorted. */
export function imagesOf(objects: readonly KubeObject[]): string[] {
  const images = objects.flatMap((object) =>
    containersOf(object).flatMap((container) =>
      typeof container.image === 'string' && container.image ? [container.image] : [],
    ),
  );
  return [...new Set(images)].sort();
}
