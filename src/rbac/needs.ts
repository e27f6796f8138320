import type { ObjectRef } from '../model/object.js';
import { appIdentity } from '../model/app-identity.js';
import { namespaceRef } from '../model/namespace.js';
import type { Origin } from '../model/origin.js';

/** The RBAC verbs kubesync uses. It never watches: it polls. */
export type Verb = 'get' | 'list' | 'create' | 'patch' | 'update' | 'delete';
export const VERBS: readonly Verb[] = ['get', 'list', 'create', 'patch', 'update', 'delete'];

/** A kind as RBAC names it: its API group and plural resource. */
export interface ResourceName {
  readonly group: string;
  readonly resource: string;
  readonly namespaced: boolean;
}

/** One object of the manifests as RBAC sees it. */
export interface RunObject extends ResourceName {
  readonly ref: ObjectRef;
  readonly origin?: Origin;
  /** Its kind comes from a CRD in the same manifests that the cluster does not serve yet. */
  readonly awaitsCrd?: boolean;
  /** A Deployment whose annotation asks for a canary or blue-green, whatever the strategy input says. */
  readonly rollsOutProgressively?: boolean;
}

/** A Secret a workload reads that the manifests do not hold: plan reads it to check it exists. */
export interface SecretRead {
  readonly namespace: string;
  readonly name: string;
  readonly subject: string;
  readonly origin?: Origin;
}

/** What one run of kubesync does, as far as permissions go. */
export interface RunDescription {
  /** plan reads and dry-runs; apply also writes, waits, rolls back and prunes. */
  readonly stage: 'plan' | 'apply';
  readonly app: string;
  /** The target namespace, where the ApplySet parent and the lock live. */
  readonly namespace: string;
  readonly objects: readonly RunObject[];
  readonly secretReads: readonly SecretRead[];
  readonly prune: boolean;
  readonly rollback: boolean;
  readonly createNamespace: boolean;
  /** What the ApplySet parent recorded of an earlier apply; undefined when there is none (or not known). */
  readonly recorded?: { readonly kinds: readonly ResourceName[]; readonly namespaces: readonly string[] };
  /** Whether the ApplySet parent exists; undefined when not known (it then may have to be created). */
  readonly parentExists?: boolean;
  /** Changed Deployments roll out by canary or blue-green (the strategy input); one's annotation also can. */
  readonly progressive?: boolean;
}

/** One request kubesync will make, as the API server authorizes it, and why it makes it. */
export interface AccessNeed {
  readonly verb: Verb;
  readonly group: string;
  readonly resource: string;
  /** The namespace the API server authorizes the request in; undefined at the cluster scope. */
  readonly namespace?: string;
  /** The object's name; undefined for a request on a whole kind (list, prune). */
  readonly name?: string;
  /** Who needs it: `Deployment shop/web`, `the lock Lease shop/kubesync-web`. */
  readonly subject: string;
  readonly origin?: Origin;
  /** What for, in a few words: `server-side apply`, `prune`. */
  readonly purpose: string;
  /** Needed only while this object is not in the cluster (a server-side apply then creates it). */
  readonly whenMissing?: ObjectRef;
  /** kubesync carries on without it, knowing less. */
  readonly optional?: boolean;
}

const CORE_NAMESPACES: ResourceName = { group: '', resource: 'namespaces', namespaced: false };
const SECRETS: ResourceName = { group: '', resource: 'secrets', namespaced: true };
const LEASES: ResourceName = { group: 'coordination.k8s.io', resource: 'leases', namespaced: true };

/**
 * Every request a run makes that RBAC decides on, derived from what the run does (see docs/rbac.md).
 * Discovery and SelfSubjectAccessReviews are left out: every authenticated user may
 * make them.
 */
export function accessNeeds(run: RunDescription): AccessNeed[] {
  const needs: AccessNeed[] = [];
  const apply = run.stage === 'apply';
  const { parentName, leaseName } = appIdentity(run.app, run.namespace);

  const parent = `the ApplySet parent Secret ${run.namespace}/${parentName}`;
  const parentRef = { apiVersion: 'v1', kind: 'Secret', namespace: run.namespace, name: parentName };
  const onParent = (verb: Verb, purpose: string, whenMissing?: ObjectRef) =>
    needs.push({ ...on(SECRETS, run.namespace, parentName), verb, subject: parent, purpose, whenMissing });
  onParent('get', 'reading the ApplySet parent');
  if (apply) {
    onParent('patch', 'recording the apply');
    if (run.parentExists !== true)
      onParent('create', 'recording the first apply', run.parentExists === undefined ? parentRef : undefined);
    const lease = `the lock Lease ${run.namespace}/${leaseName}`;
    for (const verb of ['get', 'create', 'update', 'delete'] as const)
      needs.push({
        ...on(LEASES, run.namespace, leaseName),
        verb,
        subject: lease,
        purpose: 'the lock',
      });
  }

  const objects = run.objects.filter((object) => apply || !object.awaitsCrd);
  const namespaces = unique([
    run.namespace,
    ...objects.flatMap((object) => (object.namespaced && object.ref.namespace ? [object.ref.namespace] : [])),
  ]);
  for (const namespace of namespaces) {
    const target = run.createNamespace && namespace === run.namespace;
    needs.push({
      ...on(CORE_NAMESPACES, undefined, namespace),
      verb: 'get',
      subject: `Namespace ${namespace}`,
      purpose: target ? 'create-namespace' : 'whether the namespace is being deleted',
      optional: !target,
    });
  }
  if (run.createNamespace) {
    const ref = namespaceRef(run.namespace);
    for (const verb of ['create', 'patch'] as const)
      needs.push({
        ...on(CORE_NAMESPACES, undefined, run.namespace),
        verb,
        subject: `Namespace ${run.namespace}`,
        purpose: 'create-namespace',
        whenMissing: ref,
      });
  }

  for (const object of objects) {
    const { ref, origin } = object;
    const subject = `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
    const base = { ...on(object, ref.namespace, ref.name), subject, origin };
    needs.push({ ...base, verb: 'get', purpose: apply ? 'live state, wait' : 'live state' });
    const ssa = apply ? 'server-side apply' : 'server-side apply dry run';
    needs.push({ ...base, verb: 'patch', purpose: ssa });
    needs.push({ ...base, verb: 'create', purpose: `${ssa} of a new object`, whenMissing: ref });
    if (apply && run.rollback)
      needs.push({ ...base, verb: 'delete', purpose: 'rollback of a new object', whenMissing: ref });
  }

  // The ApplySet's members are listed kind by kind in every namespace of the set; prune deletes them.
  const kinds = uniqueBy(
    [...objects, ...(run.recorded?.kinds ?? [])].map(({ group, resource, namespaced }) => ({
      group,
      resource,
      namespaced,
    })),
    (kind) => `${kind.group}/${kind.resource}`,
  );
  const setNamespaces = unique([...namespaces, ...(run.recorded?.namespaces ?? [])]);
  for (const kind of kinds) {
    const subject = `the app's ${kind.group ? `${kind.resource}.${kind.group}` : kind.resource}`;
    for (const namespace of kind.namespaced ? setNamespaces : [undefined]) {
      needs.push({ ...on(kind, namespace), verb: 'list', subject, purpose: 'ApplySet members' });
      if (apply && run.prune)
        needs.push({ ...on(kind, namespace), verb: 'delete', subject, purpose: 'prune' });
    }
  }

  if (apply && (run.progressive || objects.some((object) => object.rollsOutProgressively)))
    needs.push(...rolloutNeeds(objects));

  for (const read of run.secretReads)
    needs.push({
      ...on(SECRETS, read.namespace, read.name),
      verb: 'get',
      subject: read.subject,
      origin: read.origin,
      purpose: 'Secrets workloads read',
    });
  return needs;
}

const PODS: ResourceName = { group: '', resource: 'pods', namespaced: true };
const SERVICES: ResourceName = { group: '', resource: 'services', namespaced: true };
const DEPLOYMENTS: ResourceName = { group: 'apps', resource: 'deployments', namespaced: true };
const HTTP_ROUTES: ResourceName = {
  group: 'gateway.networking.k8s.io',
  resource: 'httproutes',
  namespaced: true,
};

/**
 * A canary or blue-green rollout in each namespace with Deployments: it creates and deletes the
 * variant Deployments (and a canary's Services), reads the canary's pods, switches Services and
 * splits routes.
 */
function rolloutNeeds(objects: readonly RunObject[]): AccessNeed[] {
  const namespaces = unique(
    objects.flatMap((object) =>
      object.group === 'apps' && object.resource === 'deployments' && object.ref.namespace
        ? [object.ref.namespace]
        : [],
    ),
  );
  return namespaces.flatMap((namespace): AccessNeed[] => {
    const need = (kind: ResourceName, verb: Verb, purpose: string, optional = false): AccessNeed => ({
      ...on(kind, namespace),
      verb,
      subject: `the rollouts in ${namespace}`,
      purpose,
      ...(optional ? { optional } : {}),
    });
    return [
      need(DEPLOYMENTS, 'create', 'canary and green Deployments'),
      need(DEPLOYMENTS, 'patch', 'canary and green Deployments'),
      need(DEPLOYMENTS, 'update', 'scaling the primary for a canary'),
      need(DEPLOYMENTS, 'delete', 'removing the canary or green'),
      need(PODS, 'list', 'the canary analysis'),
      need(SERVICES, 'list', 'the Services of a Deployment'),
      need(SERVICES, 'get', 'blue-green switch'),
      need(SERVICES, 'create', "a canary's Service for a route"),
      need(SERVICES, 'update', 'blue-green switch'),
      need(SERVICES, 'patch', "a canary's Service for a route"),
      need(SERVICES, 'delete', "removing a canary's Service"),
      need(HTTP_ROUTES, 'list', 'routes to weigh a canary by', true),
      need(HTTP_ROUTES, 'update', 'a route that is not in the manifests', true),
    ];
  });
}

/**
 * The attributes the API server authorizes a request on a kind with. A Namespace's own requests
 * (`/api/v1/namespaces/shop`) are authorized in that namespace.
 */
function on(kind: ResourceName, namespace: string | undefined, name?: string) {
  const isNamespace = kind.group === '' && kind.resource === 'namespaces';
  return {
    group: kind.group,
    resource: kind.resource,
    namespace: kind.namespaced ? namespace : isNamespace ? name : undefined,
    name,
  };
}

/**
 * Whether the rule that grants a need goes in a Role (in this namespace) or, when undefined, the
 * ClusterRole. Reading an existing Namespace is granted by a Role in it; creating one cannot be (a
 * Namespace that does not exist yet holds no Role), nor can anything on Namespaces in the manifests.
 */
export function roleNamespaceOf(
  need: Pick<AccessNeed, 'group' | 'resource' | 'namespace' | 'optional'>,
): string | undefined {
  if (need.group === '' && need.resource === 'namespaces' && !need.optional) return undefined;
  return need.namespace;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}
