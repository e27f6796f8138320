import type { ClusterClient } from './client.js';
import { describeApiError } from './describe-error.js';
import type { ApplySetInventory, InventoryState } from './inventory.js';

/** A connection to the app's cluster: the client, the app's ApplySet and field manager. */
export interface ClusterSession {
  readonly client: ClusterClient;
  readonly inventory: ApplySetInventory;
  /** The app's own field manager, which every write of this session uses. */
  readonly fieldManager: string;
  /** The kubeconfig context in use, which names the cluster for people; undefined when it has none. */
  readonly context?: string;
}

/** What the app's ApplySet parent records; undefined before the first apply. */
export function readInventory(session: ClusterSession): Promise<InventoryState | undefined> {
  const { client, inventory } = session;
  return inventory.read(client).catch((error: unknown) => {
    throw describeApiError(
      error,
      `reading the ApplySet parent Secret ${inventory.namespace}/${inventory.parentName}`,
    );
  });
}
