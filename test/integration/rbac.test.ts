import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, KubernetesObjectApi, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import type { ResourceAttributes } from '../../src/cluster/client.js';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { describeApiError } from '../../src/cluster/describe-error.js';
import { validateManifests } from '../../src/app/commands/validate.js';
import type { KubeObject } from '../../src/model/object.js';
import type { Log } from '../../src/model/log.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { COMMIT, engine, recordingLog } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubernetesMinor,
  kubeConfig,
} from '../support/real-cluster.js';
import { DIST_ENTRY, runAction, runProcess } from '../support/run-dist.js';
import { makeWorkspace, REPO_ROOT, settingsFor } from '../support/workspace.js';

/**
 * RBAC as a user meets it: a ServiceAccount bound to exactly what docs/rbac.md documents, or to what
 * `kubesync rbac` prints, deploys on the real control plane; a missing verb is named before anything
 * changes. The documented Role is read from docs/rbac.md, so the documentation cannot drift from the code.
 */

/** The YAML documents of docs/rbac.md, "RBAC for the deploying identity". */
function documentedRbac(): { role: KubeObject; clusterRole: KubeObject } {
  const page = readFileSync(path.join(REPO_ROOT, 'docs/rbac.md'), 'utf8');
  const documents = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((match) =>
    parseAllDocuments(match[1] ?? '').map((document) => document.toJS() as KubeObject),
  );
  const role = documents.find((document) => document.kind === 'Role');
  const clusterRole = documents.find((document) => document.kind === 'ClusterRole');
  if (!role || !clusterRole) throw new Error('docs/rbac.md has no Role or no ClusterRole');
  return { role, clusterRole };
}

const UNREADY = `
      annotations: {fake-kubelet.lab/behavior: unready}`;
const deployment = (image: string, podAnnotations = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}${podAnnotations}
    spec:
      containers:
        - name: web
          image: ${image}
          resources: {requests: {cpu: 10m}}
`;
const service = `apiVersion: v1
kind: Service
metadata:
  name: guestbook-ui
spec:
  selector: {app: web}
  ports:
    - port: 80
`;
const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  LOG_LEVEL: info\n`;
const dopplerApp = `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: storefront
spec:
  image: ghcr.io/acme/storefront:1.4.2
  resources: {cpu: 10m, memory: 16Mi}
  env:
    - {name: DATABASE_URL, valueFrom: doppler://production/DATABASE_URL}
  autoscale: {enabled: true, minReplicas: 1, maxReplicas: 2, targetCPU: 70}
  network:
    port: 3000
    public: true
    domains: [shop.example.com]
`;

/** Cluster-scoped objects a test made, removed after it (namespaces go with deleteNamespace). */
const clusterObjects: KubeObject[] = [];
const namespaces: string[] = [];
afterEach(async () => {
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig());
  for (const object of clusterObjects.splice(0)) await objects.delete(object as never).catch(() => undefined);
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

async function freshNamespace(): Promise<string> {
  const name = await createNamespace();
  namespaces.push(name);
  return name;
}

/** Creates objects as the cluster's admin; cluster-scoped ones are removed after the test. */
async function createAsAdmin(documents: readonly KubeObject[]): Promise<void> {
  const objects = KubernetesObjectApi.makeApiClient(kubeConfig());
  for (const document of documents) {
    await objects.create(document as never);
    if (!(document.metadata as { namespace?: string }).namespace) clusterObjects.push(document);
  }
}

/** A ServiceAccount and a kubeconfig with a token of it (TokenRequest), for the same server and CA. */
async function serviceAccount(namespace: string, name = 'deployer'): Promise<string> {
  const core = kubeConfig().makeApiClient(CoreV1Api);
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
  const request = await core.createNamespacedServiceAccountToken({
    namespace,
    name,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  const admin = parse(kubeConfig().exportConfig()) as { users: { name: string; user: unknown }[] };
  for (const user of admin.users) user.user = { token: request.status?.token };
  return stringify(admin);
}

/** Binds a Role (in its namespace) and a ClusterRole to the ServiceAccount. */
function bindings(role: KubeObject, clusterRole: KubeObject | undefined, namespace: string, account: string) {
  const subjects = [{ kind: 'ServiceAccount', name: account, namespace }];
  const ref = (kind: string, name: unknown) => ({ apiGroup: 'rbac.authorization.k8s.io', kind, name });
  const roleName = (role.metadata as { name: string }).name;
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: roleName, namespace },
      roleRef: ref('Role', roleName),
      subjects,
    },
    ...(clusterRole
      ? [
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: { name: (clusterRole.metadata as { name: string }).name },
            roleRef: ref('ClusterRole', (clusterRole.metadata as { name: string }).name),
            subjects,
          },
        ]
      : []),
  ];
}

/**
 * Waits until the credentials may (or may no longer) make a request: RBAC changes reach the
 * authorizer through its informers, a moment after they are written.
 */
async function untilAccess(kubeconfig: string, attributes: ResourceAttributes, allowed = true) {
  const client = new HttpClusterClient(kubeConfig(kubeconfig), 'kubesync/test/rbac');
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await client.reviewAccess(attributes)) === allowed) return;
    await sleep(100);
  }
  throw new Error(`RBAC did not ${allowed ? 'grant' : 'revoke'} ${JSON.stringify(attributes)}`);
}

/** A log whose `group(name)` first runs `before`: a hook between the stages of an apply. */
function logWithHook(name: string, before: () => Promise<void>): Log & { lines: string[] } {
  const log = recordingLog();
  return {
    ...log,
    group: async (group, run) => {
      if (group === name) await before();
      return log.group(group, run);
    },
  };
}

describeOnRealCluster('RBAC on the real control plane', (cluster) => {
  const controllers = cluster.controllers;

  it.skipIf(!controllers)(
    "deploys with a ServiceAccount bound to exactly docs/rbac.md's Role and ClusterRole: validate, plan, apply, prune, a rollback, a Doppler apply",
    async () => {
      const ns = await freshNamespace();
      const { role, clusterRole } = documentedRbac();
      role.metadata = { ...(role.metadata as object), namespace: ns };
      clusterRole.metadata = { name: `kubesync-readme-${ns}` };
      const kubeconfig = await serviceAccount(ns);
      await createAsAdmin([role, clusterRole, ...bindings(role, clusterRole, ns, 'deployer')]);
      await untilAccess(kubeconfig, {
        verb: 'create',
        group: 'apps',
        resource: 'deployments',
        namespace: ns,
      });
      await untilAccess(kubeconfig, {
        verb: 'get',
        group: '',
        resource: 'namespaces',
        name: ns,
        namespace: ns,
      });

      const workspace = makeWorkspace({
        'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0'),
        'k8s/service.yaml': service,
        'k8s/config.yaml': configMap('settings'),
        'k8s/extra.yaml': configMap('extra'),
      });
      expect(
        (
          await validateManifests(
            settingsFor(workspace, { manifest: 'k8s', namespace: ns }),
            new SecretValues(),
          )
        ).valid,
      ).toBe(true);
      const shop = engine({ kubeconfig, namespace: ns, kind: 'real' }, workspace);
      const log = recordingLog();
      const planned = await shop.plan({}, log);
      expect(planned.plan?.counts).toMatchObject({ create: 4 });
      // The optional read of the namespace is granted: nothing was logged as missing.
      expect(log.lines.join('\n')).not.toContain('the credentials cannot');
      expect((await shop.apply()).syncStatus).toBe('Synced');
      expect((await shop.plan()).syncStatus).toBe('Synced');

      rmSync(path.join(workspace, 'k8s/extra.yaml'));
      const pruned = await shop.apply({ prune: 'true' });
      expect(pruned).toMatchObject({ syncStatus: 'Synced', pruned: [`ConfigMap ${ns}/extra`] });

      writeFileSync(
        path.join(workspace, 'k8s/deployment.yaml'),
        deployment('ghcr.io/acme/web:2.0.0', UNREADY),
      );
      const failed = await shop.apply({ timeout: '3s', prune: 'true' });
      expect(failed.syncStatus).toBe('Failed');
      expect(failed.restored).toEqual([`Deployment ${ns}/web: restored`]);

      const doppler = await startDoppler();
      const web = engine(
        { kubeconfig, namespace: ns, kind: 'real' },
        makeWorkspace({ 'pipeops.yaml': dopplerApp }),
        {
          manifest: 'pipeops.yaml',
          app: 'storefront',
          'doppler-token': SERVICE_TOKEN,
          'doppler-api-url': doppler.url,
          timeout: '2m',
        },
      );
      const applied = await web.apply();
      expect(applied.problems).toEqual([]);
      expect(applied.syncStatus).toBe('Synced');
      const secret = await kubeConfig()
        .makeApiClient(CoreV1Api)
        .readNamespacedSecret({ name: 'storefront-doppler', namespace: ns });
      expect(Object.keys(secret.data ?? {})).toEqual(['DATABASE_URL']);
      expect((await web.plan()).syncStatus).toBe('Synced');
    },
  );

  it("without create, names create for each new object at once, before anything changes (docs/rbac.md's Role before the fix)", async () => {
    const ns = await freshNamespace();
    const { role } = documentedRbac();
    const rules = (role.rules as { resources: string[]; verbs: string[] }[]).map((rule) => ({
      ...rule,
      verbs: rule.verbs.filter((verb) => verb !== 'create' || rule.resources.includes('leases')),
    }));
    const withoutCreate = { ...role, metadata: { name: 'kubesync', namespace: ns }, rules };
    const kubeconfig = await serviceAccount(ns);
    await createAsAdmin([withoutCreate, ...bindings(withoutCreate, undefined, ns, 'deployer')]);
    await untilAccess(kubeconfig, { verb: 'patch', group: '', resource: 'services', namespace: ns });

    const workspace = makeWorkspace({
      'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0'),
      'k8s/service.yaml': service,
    });
    const shop = engine({ kubeconfig, namespace: ns, kind: 'real' }, workspace);
    const lines = (error: unknown) => (error as Error).message.split('\n').slice(1);
    const planError = await shop.plan().catch((error: unknown) => error);
    expect(lines(planError)).toEqual([
      `  k8s/deployment.yaml:1:1: Deployment ${ns}/web: the credentials cannot create deployments.apps in namespace ${ns} (server-side apply dry run of a new object); add to the Role in namespace ${ns}: {apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"]}`,
      `  k8s/service.yaml:1:1: Service ${ns}/guestbook-ui: the credentials cannot create services in namespace ${ns} (server-side apply dry run of a new object); add to the Role in namespace ${ns}: {apiGroups: [""], resources: ["services"], verbs: ["create"]}`,
    ]);
    const applyError = await shop.apply().catch((error: unknown) => error);
    expect(lines(applyError).map((line) => /cannot (\w+ [\w.]+)/.exec(line)?.[1])).toEqual([
      'create secrets',
      'create deployments.apps',
      'create services',
    ]);
    expect(
      await kubeConfig().makeApiClient(CoreV1Api).listNamespacedService({ namespace: ns }),
    ).toMatchObject({
      items: [],
    });

    // 1.26's answer says nothing after the colon: kubesync infers create, and says so. Later releases
    // (1.37) state RBAC's reason, which kubesync quotes.
    const client = new HttpClusterClient(kubeConfig(kubeconfig), 'kubesync/test/rbac');
    const object = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'guestbook-ui', namespace: ns },
      spec: { ports: [{ port: 80 }] },
    };
    const refusal = await client.apply(object, { dryRun: true }).catch((error: unknown) => error);
    const message = describeApiError(refusal, `Service ${ns}/guestbook-ui`).message;
    expect(message).toContain(
      `the credentials cannot create services in namespace ${ns}; add to the Role in namespace ${ns}: {apiGroups: [""], resources: ["services"], verbs: ["create"]}`,
    );
    expect(message).toContain(
      kubernetesMinor(cluster) === 26
        ? `Inferred: the API server gave no reason (it said: services "guestbook-ui" is forbidden:)`
        : `The API server said: services "guestbook-ui" is forbidden: User "system:serviceaccount:${ns}:deployer" cannot create resource "services" in API group "" in the namespace "${ns}"`,
    );
  });

  it.skipIf(!controllers)(
    'a prune refused mid-run (the permission revoked after the check) keeps the member in the ApplySet, and the next run prunes it',
    async () => {
      const ns = await freshNamespace();
      const { role } = documentedRbac();
      role.metadata = { name: 'kubesync', namespace: ns };
      const kubeconfig = await serviceAccount(ns);
      await createAsAdmin([role, ...bindings(role, undefined, ns, 'deployer')]);
      const deleteConfigMaps = { verb: 'delete', group: '', resource: 'configmaps', namespace: ns };
      await untilAccess(kubeconfig, deleteConfigMaps);

      const workspace = makeWorkspace({
        'k8s/deployment.yaml': deployment('ghcr.io/acme/web:1.0.0'),
        'k8s/extra.yaml': configMap('extra'),
      });
      const shop = engine({ kubeconfig, namespace: ns, kind: 'real' }, workspace);
      expect((await shop.apply()).syncStatus).toBe('Synced');
      rmSync(path.join(workspace, 'k8s/extra.yaml'));

      const rbac = kubeConfig().makeApiClient(RbacAuthorizationV1Api);
      const rules = role.rules as { apiGroups: string[]; resources: string[]; verbs: string[] }[];
      const revoked = [
        ...rules.map((rule) => ({
          ...rule,
          resources: rule.resources.filter((name) => name !== 'configmaps'),
        })),
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'create', 'patch'] },
      ];
      const log = logWithHook('prune', async () => {
        await rbac.replaceNamespacedRole({
          name: 'kubesync',
          namespace: ns,
          body: { ...role, rules: revoked },
        });
        await untilAccess(kubeconfig, deleteConfigMaps, false);
      });
      const denied = await shop.apply({ prune: 'true' }, COMMIT, log);
      expect(denied.syncStatus).toBe('Failed');
      expect(denied.problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ConfigMap ${ns}/extra: the credentials cannot delete configmaps in namespace ${ns}; add to the Role in namespace ${ns}: \\{apiGroups: \\[""\\], resources: \\["configmaps"\\], verbs: \\["delete"\\]\\}`,
          ),
        ),
      ]);
      const parent = await kubeConfig()
        .makeApiClient(CoreV1Api)
        .readNamespacedSecret({ name: 'kubesync-shop', namespace: ns });
      expect(parent.metadata?.annotations?.['applyset.kubernetes.io/contains-group-kinds']).toBe(
        'ConfigMap,Deployment.apps',
      );

      const current = await rbac.readNamespacedRole({ name: 'kubesync', namespace: ns });
      await rbac.replaceNamespacedRole({
        name: 'kubesync',
        namespace: ns,
        body: { ...current, rules: role.rules as never },
      });
      await untilAccess(kubeconfig, deleteConfigMaps);
      const retried = await shop.apply({ prune: 'true' });
      expect(retried).toMatchObject({ syncStatus: 'Synced', pruned: [`ConfigMap ${ns}/extra`] });
    },
  );

  it.skipIf(!controllers)(
    'applies the examples (raw, app and doppler) with only what kubesync rbac prints, applied as it prints it',
    async () => {
      const ns = await freshNamespace();
      const kubeconfig = await serviceAccount(ns);
      const workspace = makeWorkspace({});
      // examples/raw, moved to this test's namespace and to a CRD group of its own.
      cpSync(path.join(REPO_ROOT, 'examples/raw'), path.join(workspace, 'raw'), { recursive: true });
      for (const file of ['namespace.yaml', 'widgets-crd.yaml', 'apps/api.yaml']) {
        const text = readFileSync(path.join(workspace, 'raw', file), 'utf8');
        writeFileSync(
          path.join(workspace, 'raw', file),
          text.replace(/\bshop\b/g, ns).replace(/example\.com/g, `${ns}.example.com`),
        );
      }
      expect(readdirSync(path.join(workspace, 'raw')).sort()).toEqual([
        'apps',
        'namespace.yaml',
        'widgets-crd.yaml',
      ]);
      for (const example of ['app', 'doppler'])
        cpSync(path.join(REPO_ROOT, `examples/${example}`), path.join(workspace, example), {
          recursive: true,
        });
      clusterObjects.push({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: `widgets.${ns}.example.com` },
      });

      const printed = async (args: string[]) => {
        const result = await runProcess(
          [DIST_ENTRY, 'rbac', ...args, '--service-account', `${ns}/deployer`],
          {},
          workspace,
        );
        expect(result.stderr).toBe('');
        expect(result.exitCode).toBe(0);
        return parseAllDocuments(result.stdout).map((document) => document.toJS() as KubeObject);
      };
      const raw = await printed(['raw', '--namespace', ns, '--app', `raw-${ns}`, '--prune']);
      expect(raw.map((document) => document.kind)).toEqual([
        'Role',
        'ClusterRole',
        'RoleBinding',
        'ClusterRoleBinding',
      ]);
      const app = await printed(['app', '--namespace', ns, '--app', `web-${ns}`]);
      expect(app.map((document) => document.kind)).toEqual(['Role', 'RoleBinding']);
      const payments = await printed(['doppler', '--namespace', ns, '--app', `payments-${ns}`]);
      expect(payments.map((document) => document.kind)).toEqual(['Role', 'RoleBinding']);
      await createAsAdmin([...raw, ...app, ...payments]);
      await untilAccess(kubeconfig, {
        verb: 'create',
        group: 'apiextensions.k8s.io',
        resource: 'customresourcedefinitions',
      });
      await untilAccess(kubeconfig, {
        verb: 'create',
        group: 'autoscaling',
        resource: 'horizontalpodautoscalers',
        namespace: ns,
      });

      const target = { kubeconfig, namespace: ns, kind: 'real' as const };
      const rawRun = engine(target, workspace, {
        manifest: 'raw',
        app: `raw-${ns}`,
        prune: 'true',
        timeout: '2m',
      });
      const rawApplied = await rawRun.apply();
      expect(rawApplied.problems).toEqual([]);
      expect(rawApplied.syncStatus).toBe('Synced');
      expect((await rawRun.plan({ prune: 'true' })).syncStatus).toBe('Synced');

      const appRun = engine(target, workspace, { manifest: 'app', app: `web-${ns}`, timeout: '2m' });
      const appApplied = await appRun.apply();
      expect(appApplied.problems).toEqual([]);
      expect(appApplied.syncStatus).toBe('Synced');
      const log = recordingLog();
      expect((await appRun.plan({}, log)).syncStatus).toBe('Synced');

      // The Application reads Secret payments-webhook, which is not in the manifests: it exists already.
      await kubeConfig()
        .makeApiClient(CoreV1Api)
        .createNamespacedSecret({
          namespace: ns,
          body: {
            metadata: { name: 'payments-webhook' },
            stringData: { 'signing-secret': 'whsec_9kQ2mVx7' },
          },
        });
      const doppler = await startDoppler();
      const dopplerRun = engine(target, workspace, {
        manifest: 'doppler',
        app: `payments-${ns}`,
        'doppler-token': SERVICE_TOKEN,
        'doppler-api-url': doppler.url,
        timeout: '2m',
      });
      const dopplerApplied = await dopplerRun.apply();
      expect(dopplerApplied.problems).toEqual([]);
      expect(dopplerApplied.syncStatus).toBe('Synced');
      expect((await dopplerRun.plan({}, log)).syncStatus).toBe('Synced');
      // Reading its own Namespace is granted by the Role in it: no ClusterRole needed for that.
      expect(log.lines.join('\n')).not.toContain('the credentials cannot');
    },
  );
});

describe('command: rbac in the action', () => {
  it('writes the Role to the job summary and the log, with no cluster at all', async () => {
    const workspace = makeWorkspace({
      'pipeops.yaml': readFileSync(path.join(REPO_ROOT, 'examples/app/pipeops.yaml'), 'utf8'),
    });
    const result = await runAction({
      workspace,
      inputs: { command: 'rbac', namespace: 'shop', prune: 'true' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('### kubesync rbac: web');
    expect(result.summary).toContain('```yaml\n# The RBAC kubesync needs for app web');
    const [role] = parseAllDocuments(/```yaml\n([\s\S]*?)```/.exec(result.summary)?.[1] ?? '').map(
      (document) => document.toJS() as KubeObject,
    );
    expect(role).toMatchObject({ kind: 'Role', metadata: { name: 'kubesync-web', namespace: 'shop' } });
    expect(result.stdout).toContain('kind: Role');
  });
});
