import { UserError } from '../model/errors.js';
import type { Origin } from '../model/origin.js';
import { ruleText } from './rule-text.js';
import { KubeApiError } from './api-error.js';

/** What a request was, as RBAC authorizes it. */
interface RequestAttributes {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly namespace?: string;
}

/** What the caller knows about the object the request was about. */
export interface ErrorContext {
  /** Whether the object was in the cluster before the request (a server-side apply of one that was not creates it). */
  readonly exists?: boolean;
  /**
   * Whether setting create-namespace would create this missing namespace (the target, or one an object
   * asks for with CreateNamespace=true, while create-namespace is off): the hint is given only then.
   */
  readonly creatable?: (namespace: string) => boolean;
}

/**
 * The RBAC verb, group, resource and namespace of a request, from its method and path:
 * `PATCH /apis/apps/v1/namespaces/shop/deployments/web` is patch deployments (apps) in shop; a GET
 * of a collection is a list. A Namespace's own path is authorized in that namespace.
 */
export function requestAttributes(method: string, path: string): RequestAttributes | undefined {
  const match = /^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)((?:\/[^/?]+)*)/.exec(path);
  if (!match) return undefined;
  const group = match[1] ?? '';
  let segments = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  let namespace: string | undefined;
  if (
    segments[0] === 'namespaces' &&
    segments.length >= 3 &&
    !['status', 'finalize'].includes(segments[2] ?? '')
  ) {
    namespace = segments[1];
    segments = segments.slice(2);
  }
  const [resource, name] = segments;
  if (!resource) return undefined;
  if (resource === 'namespaces' && group === '' && name) namespace = name;
  const verbs: Record<string, string> = {
    GET: name ? 'get' : 'list',
    POST: 'create',
    PUT: 'update',
    PATCH: 'patch',
    DELETE: name ? 'delete' : 'deletecollection',
  };
  return { verb: verbs[method] ?? method.toLowerCase(), group, resource, namespace };
}

/** The verb, resource, group and namespace RBAC names in its refusal: `cannot patch resource "deployments" in API group "apps" in the namespace "shop"`. */
function rbacRefusal(message: string): RequestAttributes | undefined {
  const match = /cannot (\S+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/.exec(
    message,
  );
  if (!match) return undefined;
  const [, verb = '', resource = '', group = '', namespace] = match;
  return { verb, resource, group, namespace };
}

/**
 * A refusal with no reason at all (`services "web" is forbidden: `): what the API server answers when
 * the authorization it makes inside a write fails, above all the create check of a server-side apply
 * (or an update) of an object that does not exist yet.
 */
function hasNoReason(message: string): boolean {
  return /is forbidden:\s*$/.test(message);
}

/**
 * Turns an API server refusal into a message a person can act on, naming the object and its line.
 * Anything that is not an API answer (a bug, a network failure after all retries) is passed through.
 */
export function describeApiError(
  error: unknown,
  subject: string,
  origin?: Origin,
  context: ErrorContext = {},
): Error {
  if (!(error instanceof KubeApiError)) return error instanceof Error ? error : new Error(String(error));
  let message: string;
  switch (error.status) {
    case 401:
      message = `the API server did not accept the credentials (401 Unauthorized); check the kubeconfig input and that its token has not expired`;
      break;
    case 403:
      message = describeForbidden(error, context);
      break;
    case 404:
      message = describeNotFound(error, context);
      break;
    case 409:
      message = describeConflict(error);
      break;
    default:
      message = `${error.apiMessage || error.reason} (${error.status} ${error.reason})`;
  }
  return new UserError(`${subject}: ${message}`, origin);
}

/** A missing namespace says how to create it: create-namespace only where it would help. */
function describeNotFound(error: KubeApiError, context: ErrorContext): string {
  const missing = /namespaces "([^"]+)" not found/.exec(error.apiMessage)?.[1];
  if (missing === undefined) return error.apiMessage;
  const createHelps = context.creatable?.(missing) ?? true;
  return `${error.apiMessage}: add the Namespace to the manifests${createHelps ? ' or set create-namespace: true' : ''}`;
}

/**
 * A 403 names the verb that is really missing and the one rule that grants it. RBAC's own refusal
 * names it; a refusal without a reason is inferred from the request; any other 403 is an admission
 * refusal (a quota, Pod Security, a namespace being deleted, a webhook), quoted as it is.
 */
function describeForbidden(error: KubeApiError, context: ErrorContext): string {
  const stated = rbacRefusal(error.apiMessage);
  const request = requestAttributes(error.verb, error.path);
  if (stated) return `${cannot(stated)}. The API server said: ${error.apiMessage}`;
  if (!request) return `${error.apiMessage} (403 Forbidden)`;
  if (!hasNoReason(error.apiMessage)) return `the API server refused it: ${error.apiMessage} (403 Forbidden)`;
  const creates = (request.verb === 'patch' || request.verb === 'update') && context.exists !== true;
  if (!creates)
    return `${cannot(request)}. The API server gave no reason (it said: ${error.apiMessage.trim()})`;
  const why =
    context.exists === false
      ? `it is not in the cluster yet, and a ${request.verb === 'patch' ? 'server-side apply' : 'replace'} that creates an object needs create as well as ${request.verb}`
      : `a refusal without a reason on a ${request.verb === 'patch' ? 'server-side apply' : 'replace'} is the API server's create check, made when the object is not in the cluster yet`;
  return `${cannot({ ...request, verb: 'create' })}. Inferred: the API server gave no reason (it said: ${error.apiMessage.trim()}), and ${why}`;
}

function cannot(attributes: RequestAttributes): string {
  const resource = attributes.group ? `${attributes.resource}.${attributes.group}` : attributes.resource;
  const where = attributes.namespace ? `in namespace ${attributes.namespace}` : 'at the cluster scope';
  const role =
    attributes.namespace && attributes.resource !== 'namespaces'
      ? `the Role in namespace ${attributes.namespace}`
      : 'the ClusterRole';
  const rule = ruleText({
    apiGroups: [attributes.group],
    resources: [attributes.resource],
    verbs: [attributes.verb],
  });
  return `the credentials cannot ${attributes.verb} ${resource} ${where}; add to ${role}: ${rule} (the deploying identity's RBAC: kubesync rbac prints all it needs, see docs/rbac.md)`;
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
