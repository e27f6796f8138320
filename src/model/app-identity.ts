/** The field manager of every write kubesync makes; rollback and review read ownership by it. */
export const FIELD_MANAGER = 'kubesync';

/**
 * The names one app owns in its namespace: the ApplySet parent Secret and the lock Lease share
 * `kubesync-<app>`, so `kubectl get secret,lease kubesync-<app>` shows both.
 */
export interface AppIdentity {
  readonly app: string;
  readonly namespace: string;
  readonly parentName: string;
  readonly leaseName: string;
}

export function appIdentity(app: string, namespace: string): AppIdentity {
  const name = `kubesync-${app}`;
  return { app, namespace, parentName: name, leaseName: name };
}
