import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KubeApiError } from '../../src/cluster/api-error.js';
import type { ClusterClient, ResourceAttributes } from '../../src/cluster/client.js';
import type { ObjectRef } from '../../src/model/object.js';
import { describeApiError, requestAttributes } from '../../src/cluster/describe-error.js';
import { runRbac } from '../../src/app/commands/rbac.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { accessRefusal, checkAccess } from '../../src/rbac/access-check.js';
import type { AccessNeed, RunDescription, RunObject } from '../../src/rbac/needs.js';
import { accessNeeds } from '../../src/rbac/needs.js';
import { pluralOf } from '../../src/rbac/resources.js';
import { ruleText } from '../../src/cluster/rule-text.js';
import { rbacManifests, rolesFor } from '../../src/rbac/rules.js';
import { REPO_ROOT, settingsFor } from '../support/workspace.js';

/** The Status body the API server answers a 403 with. */
const forbidden = (method: string, path: string, message: string) =>
  KubeApiError.fromResponse(
    403,
    method,
    path,
    JSON.stringify({ kind: 'Status', reason: 'Forbidden', message }),
  );

describe('describeApiError on a 403', () => {
  it('names the verb RBAC refused, and the one rule to add to the Role', () => {
    const error = forbidden(
      'PATCH',
      '/apis/apps/v1/namespaces/shop/deployments/web',
      'deployments.apps "web" is forbidden: User "system:serviceaccount:shop:deployer" cannot patch resource "deployments" in API group "apps" in the namespace "shop"',
    );
    expect(describeApiError(error, 'Deployment shop/web').message).toMatch(
      /^Deployment shop\/web: the credentials cannot patch deployments\.apps in namespace shop; add to the Role in namespace shop: \{apiGroups: \["apps"\], resources: \["deployments"\], verbs: \["patch"\]\}/,
    );
  });

  it('infers create when the server gives no reason for a server-side apply, and says why', () => {
    const error = forbidden(
      'PATCH',
      '/api/v1/namespaces/shop/services/guestbook-ui',
      'services "guestbook-ui" is forbidden: ',
    );
    const unknown = describeApiError(error, 'Service shop/guestbook-ui').message;
    expect(unknown).toContain(
      'Service shop/guestbook-ui: the credentials cannot create services in namespace shop; add to the Role in namespace shop: {apiGroups: [""], resources: ["services"], verbs: ["create"]}',
    );
    expect(unknown).toContain(
      'Inferred: the API server gave no reason (it said: services "guestbook-ui" is forbidden:)',
    );
    expect(unknown).toContain(
      "the API server's create check, made when the object is not in the cluster yet",
    );
    const known = describeApiError(error, 'Service shop/guestbook-ui', undefined, { exists: false }).message;
    expect(known).toContain(
      'it is not in the cluster yet, and a server-side apply that creates an object needs create as well as patch',
    );
  });

  it('keeps the request verb when the object existed and the server gave no reason', () => {
    const error = forbidden('PATCH', '/api/v1/namespaces/shop/services/ui', 'services "ui" is forbidden: ');
    expect(describeApiError(error, 'Service shop/ui', undefined, { exists: true }).message).toMatch(
      /^Service shop\/ui: the credentials cannot patch services in namespace shop;/,
    );
  });

  it('puts Namespaces and cluster-scoped kinds in the ClusterRole', () => {
    const namespace = forbidden(
      'PATCH',
      '/api/v1/namespaces/shop',
      'namespaces "shop" is forbidden: User "u" cannot patch resource "namespaces" in API group "" in the namespace "shop"',
    );
    expect(describeApiError(namespace, 'Namespace shop').message).toContain(
      'the credentials cannot patch namespaces in namespace shop; add to the ClusterRole: {apiGroups: [""], resources: ["namespaces"], verbs: ["patch"]}',
    );
    const crd = forbidden(
      'DELETE',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com',
      'customresourcedefinitions.apiextensions.k8s.io "widgets.example.com" is forbidden: User "u" cannot delete resource "customresourcedefinitions" in API group "apiextensions.k8s.io" at the cluster scope',
    );
    expect(describeApiError(crd, 'CustomResourceDefinition widgets.example.com').message).toContain(
      'the credentials cannot delete customresourcedefinitions.apiextensions.k8s.io at the cluster scope; add to the ClusterRole:',
    );
  });

  it('quotes a 403 that is not about RBAC (a quota, Pod Security, a namespace being deleted) as the refusal it is', () => {
    const quota = forbidden(
      'PATCH',
      '/api/v1/namespaces/shop/pods/web',
      'pods "web" is forbidden: exceeded quota: compute, requested: cpu=2, used: cpu=1, limited: cpu=2',
    );
    const message = describeApiError(quota, 'Pod shop/web').message;
    expect(message).toBe(
      'Pod shop/web: the API server refused it: pods "web" is forbidden: exceeded quota: compute, requested: cpu=2, used: cpu=1, limited: cpu=2 (403 Forbidden)',
    );
  });

  it.each([
    [
      'GET',
      '/api/v1/namespaces/shop/configmaps/a',
      { verb: 'get', group: '', resource: 'configmaps', namespace: 'shop' },
    ],
    [
      'GET',
      '/apis/apps/v1/namespaces/shop/deployments',
      { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'shop' },
    ],
    [
      'DELETE',
      '/api/v1/namespaces/shop/secrets/a',
      { verb: 'delete', group: '', resource: 'secrets', namespace: 'shop' },
    ],
    [
      'PUT',
      '/apis/coordination.k8s.io/v1/namespaces/shop/leases/l',
      { verb: 'update', group: 'coordination.k8s.io', resource: 'leases', namespace: 'shop' },
    ],
    ['GET', '/api/v1/namespaces/shop', { verb: 'get', group: '', resource: 'namespaces', namespace: 'shop' }],
    [
      'POST',
      '/api/v1/namespaces',
      { verb: 'create', group: '', resource: 'namespaces', namespace: undefined },
    ],
  ])('reads %s %s as RBAC does', (method, path, attributes) => {
    expect(requestAttributes(method, path)).toEqual(attributes);
  });
});

const object = (
  kind: string,
  resource: string,
  group: string,
  namespace: string | undefined,
  name: string,
): RunObject => ({
  group,
  resource,
  namespaced: namespace !== undefined,
  ref: { apiVersion: group ? `${group}/v1` : 'v1', kind, name, ...(namespace ? { namespace } : {}) },
  origin: { file: `k8s/${name}.yaml`, line: 1, column: 1 },
});

const run = (extra: Partial<RunDescription> = {}): RunDescription => ({
  stage: 'apply',
  app: 'shop',
  namespace: 'shop',
  objects: [
    object('Deployment', 'deployments', 'apps', 'shop', 'web'),
    object('Service', 'services', '', 'shop', 'web'),
  ],
  secretReads: [],
  prune: false,
  rollback: true,
  createNamespace: false,
  ...extra,
});

/** `verb group/resource@namespace`, the shape of a rule, for comparing sets of needs. */
const keys = (needs: readonly AccessNeed[]) =>
  [
    ...new Set(
      needs.map(
        (need) =>
          `${need.verb} ${need.group}/${need.resource}@${need.namespace ?? '*'}${need.optional ? '?' : ''}`,
      ),
    ),
  ].sort();

describe('accessNeeds', () => {
  it('plan reads the parent, reads and dry-runs each object (create when new), and lists the set', () => {
    expect(keys(accessNeeds(run({ stage: 'plan' })))).toEqual([
      'create /services@shop',
      'create apps/deployments@shop',
      'get /namespaces@shop?',
      'get /secrets@shop',
      'get /services@shop',
      'get apps/deployments@shop',
      'list /services@shop',
      'list apps/deployments@shop',
      'patch /services@shop',
      'patch apps/deployments@shop',
    ]);
  });

  it('apply adds the lock, the record in the parent, and delete for the rollback of new objects', () => {
    const needs = keys(accessNeeds(run()));
    expect(needs).toEqual(
      expect.arrayContaining([
        'get coordination.k8s.io/leases@shop',
        'create coordination.k8s.io/leases@shop',
        'update coordination.k8s.io/leases@shop',
        'delete coordination.k8s.io/leases@shop',
        'create /secrets@shop',
        'patch /secrets@shop',
        'delete apps/deployments@shop',
      ]),
    );
    expect(needs.filter((need) => need.startsWith('watch') || need.startsWith('deletecollection'))).toEqual(
      [],
    );
    expect(keys(accessNeeds(run({ rollback: false }))).filter((need) => need.startsWith('delete '))).toEqual([
      'delete coordination.k8s.io/leases@shop',
    ]);
  });

  it('prune deletes every kind of the set, including kinds only an earlier apply recorded, in each of its namespaces', () => {
    const needs = accessNeeds(
      run({
        prune: true,
        rollback: false,
        recorded: {
          kinds: [{ group: '', resource: 'configmaps', namespaced: true }],
          namespaces: ['shop', 'other'],
        },
      }),
    ).filter((need) => need.purpose === 'prune');
    expect(keys(needs)).toEqual([
      'delete /configmaps@other',
      'delete /configmaps@shop',
      'delete /services@other',
      'delete /services@shop',
      'delete apps/deployments@other',
      'delete apps/deployments@shop',
    ]);
  });

  it('create-namespace needs Namespaces get (no longer optional), create and patch, the latter only while it is missing', () => {
    const needs = accessNeeds(run({ createNamespace: true })).filter(
      (need) => need.resource === 'namespaces',
    );
    expect(keys(needs)).toEqual([
      'create /namespaces@shop',
      'get /namespaces@shop',
      'patch /namespaces@shop',
    ]);
    expect(needs.find((need) => need.verb === 'create')?.whenMissing).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      name: 'shop',
    });
  });

  it('plan leaves out objects whose CRD the apply creates; apply includes them', () => {
    const widget = { ...object('Widget', 'widgets', 'example.com', 'shop', 'blue'), awaitsCrd: true };
    expect(keys(accessNeeds(run({ stage: 'plan', objects: [widget] }))).join()).not.toContain('widgets');
    expect(keys(accessNeeds(run({ objects: [widget] })))).toContain('create example.com/widgets@shop');
  });

  it('a canary or blue-green apply also scales and removes Deployments, reads pods and switches Services', () => {
    const rolling = keys(accessNeeds(run()));
    const progressive = keys(accessNeeds(run({ progressive: true }))).filter(
      (need) => !rolling.includes(need),
    );
    // delete is there already, for the rollback of new objects.
    expect(progressive).toEqual([
      'list /pods@shop',
      'list gateway.networking.k8s.io/httproutes@shop?',
      'update /services@shop',
      'update apps/deployments@shop',
      'update gateway.networking.k8s.io/httproutes@shop?',
    ]);
    // A Deployment's kubesync.io/strategy annotation asks for the same, whatever the input says.
    const annotated = run({
      objects: run().objects.map((object) =>
        object.ref.kind === 'Deployment' ? { ...object, rollsOutProgressively: true } : object,
      ),
    });
    expect(keys(accessNeeds(annotated))).toEqual(keys(accessNeeds(run({ progressive: true }))));
    expect(keys(accessNeeds(run({ stage: 'plan', progressive: true })))).toEqual(
      keys(accessNeeds(run({ stage: 'plan' }))),
    );
  });
});

describe('rolesFor and rbacManifests', () => {
  it('grant each need in a Role per namespace or the ClusterRole, one API group per rule', () => {
    const roles = rolesFor(
      accessNeeds(
        run({ objects: [...run().objects, object('Namespace', 'namespaces', '', undefined, 'shop')] }),
      ),
    );
    expect(roles.map((role) => role.namespace)).toEqual(['shop', undefined]);
    const [shop, cluster] = roles;
    expect(shop?.rules.map(({ apiGroups, resources, verbs }) => ({ apiGroups, resources, verbs }))).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'create', 'patch'] },
      { apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'create', 'patch', 'delete'] },
      {
        apiGroups: ['apps'],
        resources: ['deployments'],
        verbs: ['get', 'list', 'create', 'patch', 'delete'],
      },
      {
        apiGroups: ['coordination.k8s.io'],
        resources: ['leases'],
        verbs: ['get', 'create', 'update', 'delete'],
      },
    ]);
    // Reading the namespace (optional) is covered by the ClusterRole's rule for the Namespace object.
    expect(cluster?.rules.map(({ resources, verbs }) => ({ resources, verbs }))).toEqual([
      { resources: ['namespaces'], verbs: ['get', 'list', 'create', 'patch', 'delete'] },
    ]);
  });

  it('writes valid multi-document YAML with a comment per rule, and bindings for a ServiceAccount', () => {
    const roles = rolesFor(
      accessNeeds(run({ objects: [object('Namespace', 'namespaces', '', undefined, 'shop')] })),
    );
    const text = rbacManifests(roles, {
      app: 'shop',
      header: ['made by a test'],
      serviceAccount: { namespace: 'ci', name: 'deployer' },
    });
    expect(text).toMatch(/^# made by a test\n---\n/);
    expect(text).toContain(
      '  # the lock\n  - apiGroups: [coordination.k8s.io]\n    resources: [leases]\n    verbs: [get, create, update, delete]\n',
    );
    const documents = parseAllDocuments(text).map((document) => document.toJS() as Record<string, unknown>);
    expect(documents.map((document) => document.kind)).toEqual([
      'Role',
      'ClusterRole',
      'RoleBinding',
      'ClusterRoleBinding',
    ]);
    expect(documents[2]).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'kubesync-shop', namespace: 'shop' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'kubesync-shop' },
      subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }],
    });
  });

  it('spells one rule as YAML flow', () => {
    expect(ruleText({ apiGroups: [''], resources: ['services'], verbs: ['create'] })).toBe(
      '{apiGroups: [""], resources: ["services"], verbs: ["create"]}',
    );
  });
});

describe('accessRefusal', () => {
  it('lists every missing rule once, naming the first object that needs it and its line', () => {
    const needs = accessNeeds(run({ stage: 'plan' })).filter((need) => need.verb === 'create');
    const message = accessRefusal(needs, 'plan').message;
    expect(message.split('\n')).toEqual([
      'the credentials lack 2 permissions that this plan needs, so nothing was planned; add these rules to the RBAC of the deploying identity (kubesync rbac prints the whole Role and ClusterRole; see docs/rbac.md):',
      '  k8s/web.yaml:1:1: Deployment shop/web: the credentials cannot create deployments.apps in namespace shop (server-side apply dry run of a new object); add to the Role in namespace shop: {apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"]}',
      '  k8s/web.yaml:1:1: Service shop/web: the credentials cannot create services in namespace shop (server-side apply dry run of a new object); add to the Role in namespace shop: {apiGroups: [""], resources: ["services"], verbs: ["create"]}',
    ]);
  });
});

/** A client whose access reviews answer from a list of allowed `verb resource[/name]`, and that holds some objects. */
function reviewingClient(allowed: string[], existing: string[] = []) {
  const asked: string[] = [];
  const client = {
    reviewAccess: (attributes: ResourceAttributes) => {
      const key = `${attributes.verb} ${attributes.resource}${attributes.name ? `/${attributes.name}` : ''}`;
      asked.push(key);
      return Promise.resolve(allowed.includes(key));
    },
    get: (ref: ObjectRef) =>
      Promise.resolve(existing.includes(ref.name) ? { metadata: { name: ref.name } } : undefined),
  } as unknown as ClusterClient;
  return { client, asked };
}

describe('checkAccess', () => {
  const needs = accessNeeds(run({ stage: 'plan' }));
  const everything = [
    'get secrets',
    'get services',
    'get deployments',
    'list services',
    'list deployments',
    'patch services',
    'patch deployments',
    'get namespaces',
  ];

  it('asks about a kind as a whole, and about single objects only when the kind is denied', async () => {
    const { client, asked } = reviewingClient([...everything, 'create deployments', 'create services/web']);
    expect(await checkAccess(client, needs, 4)).toEqual({ missing: [], optional: [] });
    expect(asked.filter((key) => key.includes('/'))).toEqual(['create services/web']);
  });

  it('drops a create for an object that exists, and reports optional needs apart', async () => {
    const { client } = reviewingClient(
      everything.filter((key) => key !== 'get namespaces'),
      ['web'],
    );
    const check = await checkAccess(client, needs, 4);
    expect(check.missing).toEqual([]);
    expect(check.optional.map((need) => `${need.verb} ${need.resource}`)).toEqual(['get namespaces']);
  });

  it('reports the missing ones, and nothing checked when the reviews fail', async () => {
    const { client } = reviewingClient(everything);
    expect(
      (await checkAccess(client, needs, 4)).missing.map((need) => `${need.verb} ${need.resource}`),
    ).toEqual(['create deployments', 'create services']);
    const failing = {
      reviewAccess: () => Promise.reject(new Error('404 NotFound')),
    } as unknown as ClusterClient;
    expect(await checkAccess(failing, needs, 4)).toEqual({
      missing: [],
      optional: [],
      unchecked: '404 NotFound',
    });
  });
});

describe('pluralOf', () => {
  it.each([
    ['Deployment', 'deployments'],
    ['Ingress', 'ingresses'],
    ['NetworkPolicy', 'networkpolicies'],
    ['Gateway', 'gateways'],
    ['Endpoints', 'endpoints'],
    ['PriorityClass', 'priorityclasses'],
  ])('%s → %s', (kind, plural) => expect(pluralOf(kind)).toBe(plural));
});

describe('runRbac (offline)', () => {
  it('prints the Role and ClusterRole for the raw example, its CRD and Namespace in the ClusterRole', async () => {
    const result = await runRbac(
      settingsFor(REPO_ROOT, { command: 'rbac', manifest: 'examples/raw', namespace: 'shop', prune: 'true' }),
      new SecretValues(),
    );
    const documents = parseAllDocuments(result.yaml).map(
      (document) =>
        document.toJS() as {
          kind: string;
          rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
        },
    );
    expect(documents.map((document) => document.kind)).toEqual(['Role', 'ClusterRole']);
    const [role, clusterRole] = documents;
    expect(role?.rules).toContainEqual({
      apiGroups: ['example.com'],
      resources: ['widgets'],
      verbs: ['get', 'list', 'create', 'patch', 'delete'],
    });
    expect(clusterRole?.rules).toEqual([
      { apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'list', 'create', 'patch', 'delete'] },
      {
        apiGroups: ['apiextensions.k8s.io'],
        resources: ['customresourcedefinitions'],
        verbs: ['get', 'list', 'create', 'patch', 'delete'],
      },
    ]);
  });

  it('without prune or rollback, grants no delete on the app’s kinds', async () => {
    const result = await runRbac(
      settingsFor(REPO_ROOT, {
        command: 'rbac',
        manifest: 'examples/app',
        namespace: 'web',
        rollback: 'false',
      }),
      new SecretValues(),
    );
    const [role] = parseAllDocuments(result.yaml).map(
      (document) => document.toJS() as { rules: { resources: string[]; verbs: string[] }[] },
    );
    const deletes = role?.rules
      .filter((rule) => rule.verbs.includes('delete'))
      .flatMap((rule) => rule.resources);
    expect(deletes).toEqual(['leases']);
    expect(result.yaml).toContain('--service-account <namespace>/<name> adds a RoleBinding');
  });

  it('refuses a --service-account that is not <namespace>/<name>', async () => {
    const settings = {
      ...settingsFor(REPO_ROOT, { command: 'rbac', manifest: 'examples/app' }),
      serviceAccount: 'deployer',
    };
    await expect(runRbac(settings, new SecretValues())).rejects.toThrow(
      '--service-account "deployer" is not <namespace>/<name>, e.g. --service-account shop/deployer',
    );
  });
});
