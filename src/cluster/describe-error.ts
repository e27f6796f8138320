import { UserError } from '../errors.js';
import type { Origin } from '../manifests/origin.js';
import { KubeApiError } from './api-error.js';

const VERBS: Record<string, string> = {
  GET: 'get',
  PATCH: 'patch',
  POST: 'create',
  PUT: 'update',
  DELETE: 'delete',
};

/** `deployments.apps` and `shop` from `/apis/apps/v1/namespaces/shop/deployments/web`. */
function resourceOfPath(path: string): { resource: string; namespace?: string } {
  const match = /^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)(?:\/namespaces\/([^/]+))?\/([^/?]+)/.exec(path);
  if (!match) return { resource: path };
  const [, group, namespace, plural] = match;
  return { resource: group ? `${plural ?? ''}.${group}` : (plural ?? ''), namespace };
}

/**
 * Turns an API server refusal into a message a person can act on, naming the object and its line.
 * Anything that is not an API answer (a bug, a network failure after all retries) is passed through.
 */
export function describeApiError(error: unknown, subject: string, origin?: Origin): Error {
  if (!(error instanceof KubeApiError)) return error instanceof Error ? error : new Error(String(error));
  const verb = VERBS[error.verb] ?? error.verb.toLowerCase();
  const { resource, namespace } = resourceOfPath(error.path);
  let message: string;
  switch (error.status) {
    case 401:
      message = `the API server did not accept the credentials (401 Unauthorized); check the kubeconfig input and that its token has not expired`;
      break;
    case 403:
      message = `the credentials cannot ${verb} ${resource} ${namespace ? `in namespace ${namespace}` : 'at the cluster scope'}; grant that in the RBAC of the deploying identity (see the README's RBAC section). The API server said: ${error.apiMessage}`;
      break;
    case 404:
      message = /namespaces "[^"]+" not found/.test(error.apiMessage)
        ? `${error.apiMessage}: add the Namespace to the manifests or set create-namespace: true`
        : error.apiMessage;
      break;
    case 409:
      message = describeConflict(error);
      break;
    default:
      message = `${error.apiMessage || error.reason} (${error.status} ${error.reason})`;
  }
  return new UserError(`${subject}: ${message}`, origin);
}

function describeConflict(error: KubeApiError): string {
  const conflicts = error.causes.filter((cause) => cause.reason === 'FieldManagerConflict');
  if (conflicts.length === 0) return error.apiMessage;
  const fields = conflicts.map(
    (cause) =>
      `${cause.field ?? '?'} (owned by ${cause.message?.replace(/^conflict with /, '') ?? 'another manager'})`,
  );
  return `server-side apply conflict: ${fields.join(', ')}. Another tool manages these fields with a different value. Remove them from the manifest, change them with that tool, or set force-conflicts: true to make kubesync take them over (it then owns them and overwrites the other tool's value)`;
}
