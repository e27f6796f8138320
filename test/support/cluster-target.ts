import { KubeConfig, KubernetesObjectApi, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { afterEach, describe, expect, inject } from 'vitest';
import type { KubeObject } from '../../src/model/object.js';
import type { FakeKubeOptions } from '../fake-kube/server.js';
import type { FakeKube } from '../fake-kube/server.js';
import { auditEventsSince, auditMark, RESTRICTED_USER } from './control-plane.js';
import { startFake } from './engine.js';
import { createNamespace, deleteNamespace, realCluster, uniqueNamespaceName } from './real-cluster.js';

/** One RBAC rule: a verb the restricted credentials lack on a resource. */
export interface Forbidden {
  readonly verb: string;
  readonly resource: string;
  readonly group?: string;
}

/**
 * A cluster a scenario runs on: the fake API server (fresh per test, in namespace default) or the
 * real control plane (shared by the run, a fresh namespace per test). Scenarios are written once and
 * run on both; where the two disagree, the real one is right.
 */
export interface ClusterTarget {
  readonly kind: 'fake' | 'real';
  /** Where the test's objects go. */
  readonly namespace: string;
  /** Admin credentials, as kubeconfig YAML. */
  readonly kubeconfig: string;
  get(apiVersion: string, kind: string, name: string, namespace?: string): Promise<KubeObject | undefined>;
  /** Writes an object as another tool would with a plain create (operation Update), e.g. kubectl. */
  seed(object: KubeObject, manager?: string): Promise<void>;
  /** Changes a live object as another tool would with an update (kubectl edit, an autoscaler). */
  edit(ref: ObjectKey, change: (object: KubeObject) => void, manager: string): Promise<void>;
  /**
   * kubesync's writes since the target was opened (`patch configmaps/settings`), dry runs excluded;
   * undefined where the cluster keeps no audit log (an external cluster).
   */
  writes(): Promise<string[] | undefined>;
  /** Credentials that may do everything kubesync needs in the namespace except the given verbs. */
  credentialsWithout(forbidden: readonly Forbidden[]): Promise<string>;
  /** The fake itself, for what only it can do (faults, timing); undefined on the real cluster. */
  readonly fake?: FakeKube;
}

export type TargetKind = ClusterTarget['kind'];

export interface ObjectKey {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
}

/**
 * Runs `fn` once per target as a describe block; the real one is skipped, saying why, when no real
 * cluster could be had.
 */
export function describeOnEachTarget(name: string, fn: (kind: TargetKind) => void): void {
  describe(`${name} (fake API server)`, () => fn('fake'));
  const problem = scenarioClusterProblem();
  const title = problem ? `${name} (real control plane skipped: ${problem})` : `${name} (real control plane)`;
  describe.skipIf(Boolean(problem))(title, () => fn('real'));
}

/**
 * Why the scenarios cannot run on the real cluster of this run. They need pods to run (a
 * controller-manager, a scheduler) and the kubelet stand-in's `fake-kubelet.lab/*` annotations to make
 * a rollout fail on purpose, which only the control plane the suite starts has (envtest's assets have
 * no controllers; another cluster's kubelets ignore the annotations and pull no test images).
 */
function scenarioClusterProblem(): string | undefined {
  const cluster = realCluster();
  if (!cluster) return inject('realClusterProblem');
  if (cluster.source !== 'control-plane') return 'the scenarios need the control plane the suite starts';
  if (!cluster.controllers)
    return 'no controller-manager, scheduler and kubelet stand-in in KUBEBUILDER_ASSETS';
  return undefined;
}

const namespaces: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

export async function openTarget(
  kind: TargetKind,
  fakeOptions: FakeKubeOptions = {},
): Promise<ClusterTarget> {
  return kind === 'fake' ? fakeTarget(await startFake(fakeOptions)) : realTarget();
}

function fakeTarget(fake: FakeKube): ClusterTarget {
  return {
    kind: 'fake',
    namespace: 'default',
    kubeconfig: fake.kubeconfig(),
    fake,
    get: (apiVersion, kind, name, namespace) =>
      Promise.resolve(fake.get(apiVersion, kind, name, namespace) as KubeObject | undefined),
    seed: (object, manager) => {
      fake.seed(object as never, manager);
      return Promise.resolve();
    },
    edit: (ref, change, manager) => {
      const object = fake.get(ref.apiVersion, ref.kind, ref.name) as KubeObject;
      change(object);
      fake.seed(object as never, manager);
      return Promise.resolve();
    },
    writes: () => Promise.resolve(fake.mutations().map(describeWrite)),
    credentialsWithout: (forbidden) => {
      fake.setOptions({
        forbid: forbidden.map((rule) => ({ verb: rule.verb, resource: rule.resource, token: 'restricted' })),
      });
      return Promise.resolve(fake.kubeconfig('restricted'));
    },
  };
}

async function realTarget(): Promise<ClusterTarget> {
  const cluster = realCluster();
  if (!cluster) throw new Error(`no real cluster: ${inject('realClusterProblem')}`);
  const namespace = await createNamespace(uniqueNamespaceName('ks'));
  namespaces.push(namespace);
  const config = new KubeConfig();
  config.loadFromString(cluster.kubeconfig);
  const objects = KubernetesObjectApi.makeApiClient(config);
  const mark = cluster.auditLogFile ? auditMark(cluster.auditLogFile) : 0;
  return {
    kind: 'real',
    namespace,
    kubeconfig: cluster.kubeconfig,
    async get(apiVersion, kind, name, objectNamespace = namespace) {
      try {
        return (await objects.read({
          apiVersion,
          kind,
          metadata: { name, namespace: objectNamespace },
        })) as unknown as KubeObject;
      } catch (error) {
        if ((error as { code?: number }).code === 404) return undefined;
        throw error;
      }
    },
    async seed(object, manager = 'kubectl') {
      const metadata = (object.metadata ?? {}) as Record<string, unknown>;
      await objects.create(
        { ...object, metadata: { namespace, ...metadata } } as never,
        undefined,
        undefined,
        manager,
      );
    },
    async edit(ref, change, manager) {
      const object = (await objects.read({
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata: { name: ref.name, namespace },
      })) as unknown as KubeObject;
      change(object);
      await objects.replace(object as never, undefined, undefined, manager);
    },
    async writes() {
      if (!cluster.auditLogFile) return undefined;
      const events = await auditEventsSince(cluster.auditLogFile, mark);
      return events
        .filter(
          (event) =>
            event.userAgent?.startsWith('kubesync') &&
            ['create', 'update', 'patch', 'delete'].includes(event.verb) &&
            !/[?&]dryRun=All/.test(event.requestURI) &&
            (event.objectRef?.namespace === namespace ||
              (event.objectRef?.resource === 'namespaces' && event.objectRef.name === namespace)),
        )
        .map((event) => `${event.verb} ${event.objectRef?.resource ?? ''}/${event.objectRef?.name ?? ''}`);
    },
    async credentialsWithout(forbidden) {
      if (!cluster.restrictedKubeconfig) throw new Error('this cluster has no restricted user');
      await grantAllBut(config, namespace, forbidden);
      return cluster.restrictedKubeconfig;
    },
  };
}

const KINDS_KUBESYNC_TOUCHES = [
  { group: '', resources: ['configmaps', 'secrets', 'services', 'serviceaccounts', 'pods'] },
  { group: 'apps', resources: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'] },
  { group: 'batch', resources: ['jobs', 'cronjobs'] },
  { group: 'coordination.k8s.io', resources: ['leases'] },
];
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** A Role and RoleBinding giving the restricted user every verb on the usual kinds but the forbidden ones. */
async function grantAllBut(config: KubeConfig, namespace: string, forbidden: readonly Forbidden[]) {
  const rules = KINDS_KUBESYNC_TOUCHES.flatMap(({ group, resources }) =>
    resources.map((resource) => ({
      apiGroups: [group],
      resources: [resource],
      verbs: VERBS.filter(
        (verb) =>
          !forbidden.some(
            (rule) => rule.verb === verb && rule.resource === resource && (rule.group ?? group) === group,
          ),
      ),
    })),
  );
  const rbac = config.makeApiClient(RbacAuthorizationV1Api);
  await rbac.createNamespacedRole({ namespace, body: { metadata: { name: 'kubesync-test' }, rules } });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'kubesync-test' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'kubesync-test' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: RESTRICTED_USER }],
    },
  });
}

const VERB_OF: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };

/** `create leases/kubesync-shop`, as the real cluster's audit log names the same write. */
function describeWrite(request: { method: string; path: string; body?: unknown }): string {
  const parts = request.path.split('/').filter(Boolean);
  const named = request.method !== 'POST';
  const resource = parts[parts.length - (named ? 2 : 1)] ?? '';
  const name = named
    ? (parts[parts.length - 1] ?? '')
    : String((request.body as { metadata?: { name?: string } } | undefined)?.metadata?.name ?? '');
  return `${VERB_OF[request.method] ?? request.method.toLowerCase()} ${resource}/${name}`;
}

/**
 * Asserts kubesync wrote nothing (dry runs aside) matching `which`; a cluster without an audit log
 * (an external one) cannot tell, and is not asked.
 */
export async function expectNoWrites(target: ClusterTarget, which: (write: string) => boolean = () => true) {
  const writes = await target.writes();
  if (writes) expect(writes.filter(which)).toEqual([]);
}
