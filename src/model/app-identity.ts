import { createHash } from 'node:crypto';

/**
 * The field manager every kubesync app applied with before each app had its own: fields it still
 * owns on an app's members move to that app's manager at its next apply (as kubectl's csaupgrade).
 */
export const LEGACY_FIELD_MANAGER = 'kubesync';

/** The API server refuses a field manager longer than this. */
const MAX_FIELD_MANAGER = 128;

/**
 * The names one app owns in its namespace: the ApplySet parent Secret and the lock Lease share
 * `kubesync-<app>`, so `kubectl get secret,lease kubesync-<app>` shows both. Every write it makes uses
 * `fieldManager`, its own, so that two apps setting one field conflict instead of overwriting each other.
 */
export interface AppIdentity {
  readonly app: string;
  readonly namespace: string;
  readonly parentName: string;
  readonly leaseName: string;
  readonly fieldManager: string;
}

export function appIdentity(app: string, namespace: string): AppIdentity {
  const name = `kubesync-${app}`;
  return { app, namespace, parentName: name, leaseName: name, fieldManager: fieldManagerOf(app, namespace) };
}

/**
 * `kubesync/<namespace>/<app>`: one per ApplySet, since two apps of one name in two namespaces are two
 * sets. One too long for the API server keeps its first characters and ends in a hash of the whole name,
 * so it stays stable and unique.
 */
export function fieldManagerOf(app: string, namespace: string): string {
  const name = `${LEGACY_FIELD_MANAGER}/${namespace}/${app}`;
  if (name.length <= MAX_FIELD_MANAGER) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, MAX_FIELD_MANAGER - hash.length - 1)}-${hash}`;
}

/** The app a field manager of the form `kubesync/<namespace>/<app>` names; undefined for any other. */
export function appOfFieldManager(manager: string): { app: string; namespace: string } | undefined {
  const match = /^kubesync\/([^/]+)\/(.+)$/.exec(manager);
  return match?.[1] && match[2] ? { namespace: match[1], app: match[2] } : undefined;
}
