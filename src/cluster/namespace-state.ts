import { namespaceRef } from '../model/namespace.js';
import { UserError } from '../model/errors.js';
import { isRecord } from '../model/resource.js';
import { KubeApiError } from './api-error.js';
import type { ClusterClient } from './client.js';
import { describeApiError } from './describe-error.js';

/** `unreadable`: the credentials may not read Namespaces (a namespace-scoped Role), so nobody knows. */
export type NamespaceState = 'missing' | 'active' | 'terminating' | 'unreadable';

export async function readNamespaceState(client: ClusterClient, name: string): Promise<NamespaceState> {
  try {
    const namespace = await client.get(namespaceRef(name));
    if (!namespace) return 'missing';
    const status = isRecord(namespace.status) ? namespace.status : {};
    return status.phase === 'Terminating' ? 'terminating' : 'active';
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 403) return 'unreadable';
    throw describeApiError(error, `Namespace ${name}`);
  }
}

/** Nothing can be created in a namespace being deleted; waiting would only end in a timeout. */
export function terminatingNamespace(name: string): UserError {
  return new UserError(
    `namespace ${name} is being deleted (Terminating): nothing can be created in it until it is gone. Wait until the deletion finishes (kubectl get namespace ${name}) and run again, or deploy to another namespace`,
  );
}
