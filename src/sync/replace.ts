import { cancellation, pause } from '../model/cancel.js';
import { KubeApiError } from '../cluster/api-error.js';
import type { ClusterClient } from '../cluster/client.js';
import type { ObjectRef } from '../model/object.js';
import { UserError } from '../model/errors.js';
import { metadataOf } from '../model/resource.js';

/**
 * Deletes the object that has the given UID and waits until the server no longer has it (finalizers
 * and foreground deletion can keep it a while), so that a create of the same name can follow.
 */
export async function deleteAndWaitUntilGone(
  client: ClusterClient,
  ref: ObjectRef,
  uid: unknown,
  options: { timeoutMs: number; pollMs?: number; signal?: AbortSignal; onDeleted?: () => void },
): Promise<void> {
  const preconditions = typeof uid === 'string' ? { uid } : {};
  try {
    await client.delete(ref, 'Foreground', preconditions);
  } catch (error) {
    // The precondition failed: the object was already replaced by someone else.
    if (!(error instanceof KubeApiError && error.status === 409)) throw error;
  }
  // From here on the object goes, whatever happens to the wait.
  options.onDeleted?.();
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const current = await client.get(ref);
    if (!current || metadataOf(current).uid !== uid) return;
    if (Date.now() >= deadline) {
      throw new UserError(
        `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: still being deleted for replacement after the timeout (finalizers ${JSON.stringify(metadataOf(current).finalizers ?? [])}); nothing was created in its place`,
      );
    }
    const cancelled = cancellation(options.signal);
    if (cancelled) throw cancelled;
    await pause(Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now())), options.signal);
  }
}
