import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Endpoint, RawResponse } from '../fake-kube/request.js';
import { endpointOf, kubeRequest, rawRequest } from '../fake-kube/request.js';
import { FAKE_CA, FakeKube } from '../fake-kube/server.js';
import { kubernetesMinor, realCluster } from '../support/real-cluster.js';

/**
 * The fake API server (test/fake-kube) stands in for a Kubernetes 1.26 API server in most tests. The
 * CASES below say how the real one behaves where the fake once disagreed (field managers and their
 * operations, conflicts, preconditions, immutable fields, generations, Terminating namespaces, the
 * kubelet stand-in's annotations); each runs against the fake and against the real control plane of
 * the test run, so that the two cannot drift apart unnoticed. The last block covers what only the fake
 * does (faults, chosen behaviours) or shows deterministically.
 */

const APPLY = 'application/apply-patch+yaml';
const MERGE = 'application/merge-patch+json';

interface ManagedFieldsEntry {
  manager: string;
  operation: string;
  apiVersion: string;
  time?: string;
  subresource?: string;
  fieldsV1: unknown;
}
interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}
/** The parts of an API answer (an object or a Status) the cases look at. */
interface Body {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: { causes?: { reason: string; message: string; field: string }[]; [key: string]: unknown };
  metadata?: {
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    deletionTimestamp?: string;
    managedFields?: ManagedFieldsEntry[];
  };
  spec?: { clusterIP?: string; [key: string]: unknown };
  status?: {
    phase?: string;
    observedGeneration?: number;
    availableReplicas?: number;
    conditions?: Condition[];
  };
  data?: Record<string, string>;
}

/** What a case needs of an API server: raw calls, another tool's create, and a namespace of its own. */
interface Api {
  readonly target: 'fake' | 'real';
  readonly ns: string;
  /** Whether the server words its answers as 1.26 does (the fake does; the real one on v1.26.5). */
  readonly speaks126: boolean;
  /** The minor release whose wording it speaks: 26 for the fake, the real server's otherwise. */
  readonly minor: number;
  call(
    method: string,
    path: string,
    body?: unknown,
    contentType?: string,
  ): Promise<{ status: number; body: Body }>;
  /**
   * Another tool's write as kubectl (without --server-side) makes it: a create, operation Update. The
   * fake's seed() on the fake; a POST (of a ConfigMap) on the real cluster.
   */
  seed(object: Record<string, unknown>, manager: string): Promise<void>;
}

const configMap = (ns: string, data: Record<string, string>, metadata: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: ns, ...metadata },
  data,
});

interface DeploymentOptions {
  replicas?: number;
  image?: string;
  labels?: Record<string, string>;
  selector?: Record<string, string>;
  annotations?: Record<string, string>;
  container?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}
const deployment = (ns: string, options: DeploymentOptions = {}) => {
  const labels = options.labels ?? { app: 'web' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: ns },
    spec: {
      replicas: options.replicas ?? 1,
      selector: { matchLabels: options.selector ?? labels },
      template: {
        metadata: { labels, ...(options.annotations ? { annotations: options.annotations } : {}) },
        spec: {
          containers: [{ name: 'web', image: options.image ?? 'ghcr.io/acme/web:1', ...options.container }],
        },
      },
      ...options.spec,
    },
  };
};
const job = (ns: string, image: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'once', namespace: ns },
  spec: {
    backoffLimit: 0,
    template: {
      metadata: { annotations },
      spec: { restartPolicy: 'Never', containers: [{ name: 'once', image }] },
    },
  },
});

const paths = {
  configMaps: (ns: string) => `/api/v1/namespaces/${ns}/configmaps`,
  configMap: (ns: string, name = 'settings') => `/api/v1/namespaces/${ns}/configmaps/${name}`,
  deployment: (ns: string, name = 'web') => `/apis/apps/v1/namespaces/${ns}/deployments/${name}`,
  job: (ns: string) => `/apis/batch/v1/namespaces/${ns}/jobs/once`,
  namespace: (ns: string) => `/api/v1/namespaces/${ns}`,
};

/** managedFields of the main resource (a real cluster's controllers add status entries), without times. */
const owners = (body: Body) =>
  (body.metadata?.managedFields ?? [])
    .filter((entry) => !entry.subresource)
    .map(({ manager, operation, apiVersion, fieldsV1 }) => ({ manager, operation, apiVersion, fieldsV1 }));

const apply = (api: Api, path: string, object: unknown, query = '') =>
  api.call('PATCH', `${path}?fieldManager=kubesync${query}`, object, APPLY);

/** A read-modify-write PUT, retried while a controller's status write makes it stale (as kubectl edit). */
async function put(api: Api, path: string, change: (object: Body) => void, manager: string) {
  for (;;) {
    const live = (await api.call('GET', path)).body;
    change(live);
    const result = await api.call('PUT', `${path}?fieldManager=${manager}`, live);
    if (result.status !== 409) return result;
  }
}

/** GETs until `done` holds (controllers and kubelets take their time); fails after `timeoutMs`. */
async function until(api: Api, path: string, done: (body: Body) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await api.call('GET', path);
    if (done(body)) return body;
    if (Date.now() > deadline)
      throw new Error(`not there after ${timeoutMs} ms: ${JSON.stringify(body.status)}`);
    await sleep(100);
  }
}

const condition = (body: Body, type: string) => body.status?.conditions?.find((entry) => entry.type === type);

interface Case {
  readonly name: string;
  readonly run: (api: Api) => Promise<void>;
}

/**
 * Cases that state how a Kubernetes 1.26 API server behaves. Each runs against the fake and against
 * the real control plane of the test run, so that the two cannot drift apart unnoticed. Where 1.37
 * words an answer differently (a refused value as JSON rather than Go syntax, a field named rather
 * than the whole spec), a case states both, by the real server's release.
 */
const CASES: Case[] = [
  {
    name: 'a create (POST) is an Update by its manager, owning what it set; maps it added are marked "."',
    async run(api) {
      const created = await api.call(
        'POST',
        `${paths.configMaps(api.ns)}?fieldManager=kubectl-create`,
        configMap(api.ns, { a: '1' }, { labels: { tier: 'web' } }),
      );
      expect(created.status).toBe(201);
      expect(created.body.metadata?.managedFields).toEqual([
        {
          manager: 'kubectl-create',
          operation: 'Update',
          apiVersion: 'v1',
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          fieldsType: 'FieldsV1',
          fieldsV1: {
            'f:data': { '.': {}, 'f:a': {} },
            'f:metadata': { 'f:labels': { '.': {}, 'f:tier': {} } },
          },
        },
      ]);
    },
  },
  {
    name: 'server-side apply is operation Apply, owning what the configuration sets, list items by their keys',
    async run(api) {
      const container = { ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }], args: ['-v'] };
      const applied = await apply(api, paths.deployment(api.ns), deployment(api.ns, { container }));
      expect(applied.status).toBe(201);
      expect(owners(applied.body)).toEqual([
        {
          manager: 'kubesync',
          operation: 'Apply',
          apiVersion: 'apps/v1',
          fieldsV1: {
            'f:spec': {
              'f:replicas': {},
              'f:selector': {},
              'f:template': {
                'f:metadata': { 'f:labels': { 'f:app': {} } },
                'f:spec': {
                  'f:containers': {
                    'k:{"name":"web"}': {
                      '.': {},
                      'f:args': {},
                      'f:env': { 'k:{"name":"A"}': { '.': {}, 'f:name': {}, 'f:value': {} } },
                      'f:image': {},
                      'f:name': {},
                      'f:ports': {
                        'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      ]);
    },
  },
  {
    name: 'an apply conflicts with what its own manager changed with a PUT (operation Update), "using" its version',
    async run(api) {
      const path = paths.deployment(api.ns);
      await apply(api, path, deployment(api.ns, { replicas: 2 }));
      const replaced = await put(
        api,
        path,
        (live) => {
          const spec = live.spec as {
            replicas: number;
            template: { spec: { containers: { image: string }[] } };
          };
          spec.replicas = 3;
          (spec.template.spec.containers[0] as { image: string }).image = 'ghcr.io/acme/web:2';
        },
        'kubesync',
      );
      expect(replaced.status).toBe(200);
      expect(owners(replaced.body)).toEqual([
        {
          manager: 'kubesync',
          operation: 'Apply',
          apiVersion: 'apps/v1',
          fieldsV1: {
            'f:spec': {
              'f:selector': {},
              'f:template': {
                'f:metadata': { 'f:labels': { 'f:app': {} } },
                'f:spec': { 'f:containers': { 'k:{"name":"web"}': { '.': {}, 'f:name': {} } } },
              },
            },
          },
        },
        {
          manager: 'kubesync',
          operation: 'Update',
          apiVersion: 'apps/v1',
          fieldsV1: {
            'f:spec': {
              'f:replicas': {},
              'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"web"}': { 'f:image': {} } } } },
            },
          },
        },
      ]);
      const conflict = await apply(api, path, deployment(api.ns, { replicas: 2 }));
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({
        kind: 'Status',
        reason: 'Conflict',
        code: 409,
        message:
          'Apply failed with 2 conflicts: conflicts with "kubesync" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="web"].image',
        details: {
          causes: [
            {
              reason: 'FieldManagerConflict',
              message: 'conflict with "kubesync" using apps/v1',
              field: '.spec.replicas',
            },
            {
              reason: 'FieldManagerConflict',
              message: 'conflict with "kubesync" using apps/v1',
              field: '.spec.template.spec.containers[name="web"].image',
            },
          ],
        },
      });
    },
  },
  {
    name: 'a PUT takes the fields it changes from their owners; fields it removes leave every owner',
    async run(api) {
      const path = paths.configMap(api.ns);
      await apply(api, path, configMap(api.ns, { a: '1', b: '2' }));
      const replaced = await put(
        api,
        path,
        (live) => {
          live.data = { a: 'changed', c: 'new' };
        },
        'editor',
      );
      expect(owners(replaced.body)).toEqual([
        {
          manager: 'editor',
          operation: 'Update',
          apiVersion: 'v1',
          fieldsV1: { 'f:data': { 'f:a': {}, 'f:c': {} } },
        },
      ]);
    },
  },
  {
    name: 'conflicts are listed by manager (Apply owners without a version); an equal value is shared, no conflict',
    async run(api) {
      const path = paths.deployment(api.ns);
      await apply(api, path, deployment(api.ns, { replicas: 2 }));
      await put(api, path, (live) => Object.assign(live.spec as object, { replicas: 4 }), 'other');
      const tiered = (tier: string) => ({ app: 'web', tier });
      const forced = await api.call(
        'PATCH',
        `${path}?fieldManager=aaa&force=true`,
        deployment(api.ns, {
          replicas: 4,
          image: 'ghcr.io/acme/web:7',
          labels: tiered('x'),
          selector: { app: 'web' },
        }),
        APPLY,
      );
      expect(forced.status).toBe(200);
      const conflict = await apply(
        api,
        path,
        deployment(api.ns, { replicas: 2, labels: tiered('y'), selector: { app: 'web' } }),
      );
      expect(conflict.status).toBe(409);
      expect(conflict.body.message).toBe(
        [
          'Apply failed with 4 conflicts: conflicts with "aaa":',
          '- .spec.replicas',
          '- .spec.template.metadata.labels.tier',
          '- .spec.template.spec.containers[name="web"].image',
          'conflicts with "other" using apps/v1:',
          '- .spec.replicas',
        ].join('\n'),
      );
      // The API server lists the causes in no particular order across managers.
      const causes = conflict.body.details?.causes ?? [];
      expect(causes).toHaveLength(4);
      expect(causes).toEqual(
        expect.arrayContaining([
          { reason: 'FieldManagerConflict', message: 'conflict with "aaa"', field: '.spec.replicas' },
          {
            reason: 'FieldManagerConflict',
            message: 'conflict with "other" using apps/v1',
            field: '.spec.replicas',
          },
        ]),
      );
      const shared = await api.call(
        'PATCH',
        `${path}?fieldManager=bbb`,
        deployment(api.ns, { replicas: 4, image: 'ghcr.io/acme/web:7' }),
        APPLY,
      );
      expect(shared.status).toBe(200);
      const managers = owners(shared.body).map((entry) => [entry.manager, entry.operation]);
      expect(managers).toEqual(
        expect.arrayContaining([
          ['aaa', 'Apply'],
          ['bbb', 'Apply'],
          ['kubesync', 'Apply'],
          ['other', 'Update'],
        ]),
      );
      const replicasOwners = owners(shared.body)
        .filter((entry) => JSON.stringify(entry.fieldsV1).includes('"f:replicas"'))
        .map((entry) => entry.manager);
      expect(replicasOwners.sort()).toEqual(['aaa', 'bbb', 'other']);
    },
  },
  {
    name: "another tool's create is an Update that an apply conflicts with, unless forced",
    async run(api) {
      await api.seed(configMap(api.ns, { a: 'theirs', b: '2' }), 'kubectl-create');
      const path = paths.configMap(api.ns);
      const conflict = await apply(api, path, configMap(api.ns, { a: 'mine' }));
      expect(conflict).toMatchObject({
        status: 409,
        body: {
          reason: 'Conflict',
          message: 'Apply failed with 1 conflict: conflict with "kubectl-create" using v1: .data.a',
          details: {
            causes: [
              {
                reason: 'FieldManagerConflict',
                message: 'conflict with "kubectl-create" using v1',
                field: '.data.a',
              },
            ],
          },
        },
      });
      const forced = await apply(api, path, configMap(api.ns, { a: 'mine' }), '&force=true');
      expect(forced.status).toBe(200);
      expect(owners(forced.body)).toEqual([
        { manager: 'kubesync', operation: 'Apply', apiVersion: 'v1', fieldsV1: { 'f:data': { 'f:a': {} } } },
        {
          manager: 'kubectl-create',
          operation: 'Update',
          apiVersion: 'v1',
          fieldsV1: { 'f:data': { '.': {}, 'f:b': {} } },
        },
      ]);
    },
  },
  {
    name: 'an apply removes what its manager stopped applying, unless another manager owns it too',
    async run(api) {
      const path = paths.configMap(api.ns);
      await api.call(
        'POST',
        `${paths.configMaps(api.ns)}?fieldManager=creator`,
        configMap(api.ns, { a: '1' }),
      );
      await apply(api, path, configMap(api.ns, { a: '1', b: '2', c: '3' }));
      await api.call('PATCH', `${path}?fieldManager=other`, configMap(api.ns, { d: '4' }), APPLY);
      const pruned = await apply(api, path, configMap(api.ns, { b: '2' }));
      expect(pruned.body.data).toEqual({ a: '1', b: '2', d: '4' });
    },
  },
  {
    name: 'a merge patch is an Update by its manager',
    async run(api) {
      const path = paths.configMap(api.ns);
      await apply(api, path, configMap(api.ns, { a: '1' }));
      const patched = await api.call('PATCH', `${path}?fieldManager=merger`, { data: { b: '2' } }, MERGE);
      expect(patched.body.data).toEqual({ a: '1', b: '2' });
      expect(owners(patched.body)).toEqual([
        { manager: 'kubesync', operation: 'Apply', apiVersion: 'v1', fieldsV1: { 'f:data': { 'f:a': {} } } },
        { manager: 'merger', operation: 'Update', apiVersion: 'v1', fieldsV1: { 'f:data': { 'f:b': {} } } },
      ]);
    },
  },
  {
    name: 'an apply of fields the schema does not declare is a 500 naming them, list items by their keys (1.26)',
    async run(api) {
      const path = paths.deployment(api.ns);
      const typedPatch = `failed to create typed patch object (${api.ns}/web; apps/v1, Kind=Deployment): `;
      const one = await apply(
        api,
        path,
        deployment(api.ns, { container: { ports: [{ containerPort: 80, bogus: 1 }] } }),
      );
      expect(one.body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `${typedPatch}.spec.template.spec.containers[name="web"].ports[containerPort=80,protocol="TCP"].bogus: field not declared in schema`,
        code: 500,
      });
      // Within one map the API server stops at the first undeclared field, in Go's (random) map order:
      // one per map keeps this deterministic.
      const body = deployment(api.ns, { container: { imagez: 'x' } });
      const two = await apply(api, path, {
        ...body,
        spec: { ...body.spec, template: { ...body.spec.template, metadata: { bogus: 1 } } },
      });
      // Several are listed one a line, in Go's map order (which varies from request to request).
      const [first = '', ...lines] = (two.body.message ?? '').split('\n  ');
      expect([two.status, first, lines.sort()]).toEqual([
        500,
        `${typedPatch}errors:`,
        [
          '.spec.template.metadata.bogus: field not declared in schema',
          '.spec.template.spec.containers[name="web"].imagez: field not declared in schema',
        ],
      ]);
    },
  },
  {
    name: 'DELETE honours preconditions: a stale UID or resourceVersion is a 409',
    async run(api) {
      const path = paths.configMap(api.ns);
      const created = await apply(api, path, configMap(api.ns, { a: '1' }));
      const { uid = '', resourceVersion = '' } = created.body.metadata ?? {};
      const wrongUid = await api.call('DELETE', path, { preconditions: { uid: 'not-it' } });
      expect(wrongUid).toMatchObject({
        status: 409,
        body: {
          reason: 'Conflict',
          message: `Operation cannot be fulfilled on ConfigMap "settings": the UID in the precondition (not-it) does not match the UID in record (${uid}). The object might have been deleted and then recreated`,
          details: { name: 'settings', kind: 'ConfigMap' },
        },
      });
      const stale = await api.call('DELETE', path, { preconditions: { uid, resourceVersion: '1' } });
      expect(stale).toMatchObject({
        status: 409,
        body: {
          message: `Operation cannot be fulfilled on ConfigMap "settings": the ResourceVersion in the precondition (1) does not match the ResourceVersion in record (${resourceVersion}). The object might have been modified`,
        },
      });
      const deleted = await api.call('DELETE', path, {
        apiVersion: 'v1',
        kind: 'DeleteOptions',
        preconditions: { uid, resourceVersion },
      });
      expect(deleted).toMatchObject({
        status: 200,
        body: { kind: 'Status', status: 'Success', details: { name: 'settings', kind: 'configmaps', uid } },
      });
      expect((await api.call('DELETE', path, { preconditions: { uid } })).status).toBe(404);
    },
  },
  {
    name: "changing a Deployment's selector is a 422 (field is immutable), on apply, dry run or not, and on PUT",
    async run(api) {
      const path = paths.deployment(api.ns);
      await apply(api, path, deployment(api.ns));
      const moved = deployment(api.ns, { labels: { app: 'web2' } });
      // 1.26 words the refused value in Go syntax, 1.37 as JSON.
      const movedValue = api.speaks126
        ? 'v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}'
        : '{"matchLabels":{"app":"web2"}}';
      for (const query of ['&dryRun=All', '']) {
        const refused = await apply(api, path, moved, query);
        expect(refused.status).toBe(422);
        expect(refused.body).toMatchObject({
          reason: 'Invalid',
          message: `Deployment.apps "web" is invalid: spec.selector: Invalid value: ${movedValue}: field is immutable`,
          details: {
            name: 'web',
            group: 'apps',
            kind: 'Deployment',
            causes: [
              {
                reason: 'FieldValueInvalid',
                message: `Invalid value: ${movedValue}: field is immutable`,
                field: 'spec.selector',
              },
            ],
          },
        });
      }
      const replaced = await put(
        api,
        path,
        (live) => {
          const spec = live.spec as { selector: unknown; template: { metadata: { labels: object } } };
          spec.selector = { matchLabels: { app: 'web', tier: 'a' } };
          spec.template.metadata.labels = { app: 'web', tier: 'a' };
        },
        'editor',
      );
      const replacedValue = api.speaks126
        ? 'v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"a"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}'
        : '{"matchLabels":{"app":"web","tier":"a"}}';
      expect(replaced.body.message).toBe(
        `Deployment.apps "web" is invalid: spec.selector: Invalid value: ${replacedValue}: field is immutable`,
      );
    },
  },
  {
    name: "a Job's template, a Service's clusterIP, a StatefulSet's serviceName and a PVC's accessModes cannot change",
    async run(api) {
      const ns = api.ns;
      const jobPath = paths.job(ns);
      await apply(api, jobPath, job(ns, 'ghcr.io/acme/once:1', { 'fake-kubelet.lab/behavior': 'unready' }));
      const jobRefused = await apply(
        api,
        jobPath,
        job(ns, 'ghcr.io/acme/once:2', { 'fake-kubelet.lab/behavior': 'unready' }),
      );
      expect(jobRefused.status).toBe(422);
      // The whole pod template after "Invalid value: ": in Go syntax on 1.26, as JSON on 1.37.
      const template = api.speaks126 ? 'core\\.PodTemplateSpec\\{.*\\}' : '\\{"labels":.*\\}';
      expect(jobRefused.body.message).toMatch(
        new RegExp(
          `^Job\\.batch "once" is invalid: spec\\.template: Invalid value: ${template}: field is immutable$`,
          's',
        ),
      );
      expect(jobRefused.body.details?.causes).toEqual([
        {
          reason: 'FieldValueInvalid',
          message: expect.stringMatching(new RegExp(`^Invalid value: ${template}: field is immutable$`, 's')),
          field: 'spec.template',
        },
      ]);

      const service = (clusterIP?: string) => ({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', namespace: ns },
        spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...(clusterIP ? { clusterIP } : {}) },
      });
      const servicePath = `/api/v1/namespaces/${ns}/services/web`;
      const live = (await apply(api, servicePath, service())).body.spec?.clusterIP;
      const other = live === '10.0.0.77' ? '10.0.0.78' : '10.0.0.77';
      const moved = await apply(api, servicePath, service(other), '&dryRun=All');
      const ips = api.speaks126 ? `[]string{"${other}"}` : `["${other}"]`;
      expect(moved).toMatchObject({
        status: 422,
        body: {
          reason: 'Invalid',
          message: `Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ${ips}: may not change once set`,
          details: {
            name: 'web',
            kind: 'Service',
            causes: [
              {
                reason: 'FieldValueInvalid',
                message: `Invalid value: ${ips}: may not change once set`,
                field: 'spec.clusterIPs[0]',
              },
            ],
          },
        },
      });

      const statefulSet = (serviceName: string) => ({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db', namespace: ns },
        spec: {
          serviceName,
          selector: { matchLabels: { app: 'db' } },
          template: {
            metadata: { labels: { app: 'db' } },
            spec: { containers: [{ name: 'db', image: 'db:1' }] },
          },
        },
      });
      const statefulSetPath = `/apis/apps/v1/namespaces/${ns}/statefulsets/db`;
      await apply(api, statefulSetPath, statefulSet('db'));
      const forbidden = `Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', ${api.speaks126 ? '' : "'revisionHistoryLimit', "}'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden`;
      // 1.26 and 1.34 forbid the whole spec; 1.37 names the field.
      const refusedServiceName =
        api.minor < 37
          ? { reason: 'FieldValueForbidden', message: forbidden, field: 'spec' }
          : {
              reason: 'FieldValueInvalid',
              message: 'Invalid value: "db2": field is immutable',
              field: 'spec.serviceName',
            };
      expect(await apply(api, statefulSetPath, statefulSet('db2'))).toMatchObject({
        status: 422,
        body: {
          message: `StatefulSet.apps "db" is invalid: ${refusedServiceName.field}: ${refusedServiceName.message}`,
          details: { causes: [refusedServiceName] },
        },
      });

      const claim = (accessMode: string) => ({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data', namespace: ns },
        spec: { accessModes: [accessMode], resources: { requests: { storage: '1Gi' } } },
      });
      const claimPath = `/api/v1/namespaces/${ns}/persistentvolumeclaims/data`;
      await apply(api, claimPath, claim('ReadWriteOnce'));
      const claimRefused = await apply(api, claimPath, claim('ReadWriteMany'));
      // 1.37 may also change volumeAttributesClassName, and shows the change as a unified diff of JSON.
      const because = `Forbidden: spec is immutable after creation except resources.requests ${api.speaks126 ? '' : 'and volumeAttributesClassName '}for bound claims\n`;
      expect(claimRefused.status).toBe(422);
      // go-cmp's diff after it varies its spaces on purpose (U+00A0 at random), so only its start is fixed.
      const diffStart = api.speaks126
        ? '\\s+core\\.PersistentVolumeClaimSpec\\{'
        : '@@ -\\d+,\\d+ \\+\\d+,\\d+ @@\\n';
      expect(claimRefused.body.message).toMatch(
        new RegExp(`^PersistentVolumeClaim "data" is invalid: spec: ${because}${diffStart}`),
      );
      expect(claimRefused.body.details?.causes).toEqual([
        { reason: 'FieldValueForbidden', message: expect.stringContaining(because), field: 'spec' },
      ]);
    },
  },
  {
    name: 'values the API server never takes are a 422 listing each: negative replicas, malformed label values',
    async run(api) {
      const rule =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
      const body = deployment(api.ns, {
        replicas: -2,
        labels: { app: 'web', tier: 'bad!' },
        selector: { app: 'web' },
      });
      const labelled = { ...body, metadata: { ...body.metadata, labels: { tier: '-bad-' } } };
      const refused = await apply(api, paths.deployment(api.ns), labelled, '&dryRun=All');
      const causes = [
        { reason: 'FieldValueInvalid', message: `Invalid value: "-bad-": ${rule}`, field: 'metadata.labels' },
        {
          reason: 'FieldValueInvalid',
          message: 'Invalid value: -2: must be greater than or equal to 0',
          field: 'spec.replicas',
        },
        // Sic: the pod template's labels are named spec.template.labels.
        {
          reason: 'FieldValueInvalid',
          message: `Invalid value: "bad!": ${rule}`,
          field: 'spec.template.labels',
        },
      ];
      expect(refused).toMatchObject({
        status: 422,
        body: {
          reason: 'Invalid',
          message: `Deployment.apps "web" is invalid: [${causes.map((cause) => `${cause.field}: ${cause.message}`).join(', ')}]`,
          details: { name: 'web', group: 'apps', kind: 'Deployment', causes },
        },
      });
      const long = await api.call(
        'POST',
        `${paths.configMaps(api.ns)}?dryRun=All`,
        configMap(api.ns, {}, { labels: { tier: 'x'.repeat(64) } }),
      );
      expect(long.body.message).toBe(
        `ConfigMap "settings" is invalid: metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 ${api.minor < 37 ? 'characters' : 'bytes'}`,
      );
    },
  },
  {
    name: 'only a spec change bumps generation; its write still reports the previous observedGeneration',
    async run(api) {
      const path = paths.deployment(api.ns);
      await apply(api, path, deployment(api.ns));
      await until(api, path, (body) => body.status?.observedGeneration === 1);
      const relabelled = await apply(api, path, {
        ...deployment(api.ns),
        metadata: { name: 'web', namespace: api.ns, labels: { team: 'a' } },
      });
      expect(relabelled.body.metadata?.generation).toBe(1);
      const scaled = await apply(api, path, deployment(api.ns, { replicas: 2 }));
      expect(scaled.body.metadata?.generation).toBe(2);
      expect(scaled.body.status?.observedGeneration).toBe(1);
      await until(api, path, (body) => body.status?.observedGeneration === 2);
    },
  },
  {
    name: 'a namespace being deleted is Terminating, and a create in it is a 403',
    async run(api) {
      const held = {
        ...configMap(api.ns, {}),
        metadata: { name: 'held', namespace: api.ns, finalizers: ['kubesync.test/hold'] },
      };
      await api.call('POST', paths.configMaps(api.ns), held);
      try {
        const deleted = await api.call('DELETE', paths.namespace(api.ns));
        expect(deleted).toMatchObject({
          status: 200,
          body: {
            kind: 'Namespace',
            metadata: { deletionTimestamp: expect.any(String) },
            status: { phase: 'Terminating' },
          },
        });
        const forbidden = {
          status: 403,
          body: {
            reason: 'Forbidden',
            message: `configmaps "new" is forbidden: unable to create new content in namespace ${api.ns} because it is being terminated`,
            details: {
              name: 'new',
              kind: 'configmaps',
              causes: [
                {
                  reason: 'NamespaceTerminating',
                  message: `namespace ${api.ns} is being terminated`,
                  field: 'metadata.namespace',
                },
              ],
            },
            code: 403,
          },
        };
        const fresh = { ...configMap(api.ns, {}), metadata: { name: 'new', namespace: api.ns } };
        expect(await api.call('POST', paths.configMaps(api.ns), fresh)).toMatchObject(forbidden);
        expect(await apply(api, paths.configMap(api.ns, 'new'), fresh, '&dryRun=All')).toMatchObject(
          forbidden,
        );
        expect((await api.call('GET', paths.namespace(api.ns))).body.status?.phase).toBe('Terminating');
      } finally {
        if (api.target === 'real')
          await api.call('PATCH', paths.configMap(api.ns, 'held'), { metadata: { finalizers: null } }, MERGE);
      }
    },
  },
  {
    name: 'a workload whose pod template has no fake-kubelet annotation becomes ready',
    async run(api) {
      const path = paths.deployment(api.ns);
      await apply(api, path, deployment(api.ns));
      const ready = await until(api, path, (body) => body.status?.availableReplicas === 1);
      expect(condition(ready, 'Available')).toMatchObject({
        status: 'True',
        reason: 'MinimumReplicasAvailable',
      });
      await apply(api, paths.job(api.ns), job(api.ns, 'ghcr.io/acme/once:1'));
      await until(api, paths.job(api.ns), (body) => condition(body, 'Complete')?.status === 'True');
    },
  },
  {
    name: 'fake-kubelet.lab/behavior unready: the Deployment exceeds its progressDeadlineSeconds, by the clock',
    async run(api) {
      const path = paths.deployment(api.ns);
      const started = Date.now();
      await apply(
        api,
        path,
        deployment(api.ns, {
          annotations: { 'fake-kubelet.lab/behavior': 'unready' },
          spec: { progressDeadlineSeconds: 2 },
        }),
      );
      // The controller counts from a condition's lastUpdateTime, in whole seconds: 2 s are more than 1.
      const exceeded = await until(api, path, (body) => condition(body, 'Progressing')?.status === 'False');
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(condition(exceeded, 'Progressing')).toMatchObject({
        reason: 'ProgressDeadlineExceeded',
        message: expect.stringMatching(/^ReplicaSet "web-\w+" has timed out progressing\.$/),
      });
      expect(exceeded.status?.availableReplicas).toBeUndefined();
    },
  },
  {
    name: 'fake-kubelet.lab/ready-after-seconds delays readiness; behavior fail fails a Job',
    async run(api) {
      const path = paths.deployment(api.ns);
      const started = Date.now();
      await apply(
        api,
        path,
        deployment(api.ns, { annotations: { 'fake-kubelet.lab/ready-after-seconds': '1' } }),
      );
      await until(api, path, (body) => body.status?.availableReplicas === 1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);

      await apply(
        api,
        paths.job(api.ns),
        job(api.ns, 'ghcr.io/acme/once:1', { 'fake-kubelet.lab/behavior': 'fail' }),
      );
      const failed = await until(api, paths.job(api.ns), (body) => condition(body, 'Failed') !== undefined);
      expect(condition(failed, 'Failed')).toMatchObject({
        status: 'True',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
      });
    },
  },
];

const uniqueNamespace = () => `fk-${randomBytes(4).toString('hex')}`;

/** An Api on a target, in a fresh namespace of the case's own (removed afterwards). */
async function withApi(target: 'fake' | 'real', run: (api: Api) => Promise<void>): Promise<void> {
  const fake = target === 'fake' ? new FakeKube({ token: 'fake-token' }) : undefined;
  await fake?.start();
  const endpoint: Endpoint = fake
    ? { url: fake.url, ca: FAKE_CA, token: 'fake-token' }
    : endpointOf(realCluster()?.kubeconfig ?? '');
  const ns = uniqueNamespace();
  const call = async (method: string, path: string, body?: unknown, contentType?: string) => {
    const response: RawResponse = await kubeRequest(endpoint, method, path, body, contentType);
    return { status: response.status, body: response.body as Body };
  };
  const api: Api = {
    target,
    ns,
    speaks126: fake !== undefined || kubernetesMinor() === 26,
    minor: fake ? 26 : (kubernetesMinor() ?? 37),
    call,
    async seed(object, manager) {
      if (fake) {
        fake.seed(structuredClone(object) as never, manager);
        return;
      }
      const created = await call('POST', `${paths.configMaps(ns)}?fieldManager=${manager}`, object);
      if (created.status !== 201) throw new Error(`seed: ${JSON.stringify(created.body)}`);
    },
  };
  try {
    const namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
    expect((await call('POST', '/api/v1/namespaces', namespace)).status).toBe(201);
    await run(api);
  } finally {
    if (fake) await fake.stop();
    else await call('DELETE', paths.namespace(ns));
  }
}

describe.concurrent('the fake API server against the real one, case by case (fake API server)', () => {
  for (const { name, run } of CASES) it(name, () => withApi('fake', run));
});

const cluster = realCluster();
describe
  .skipIf(!cluster)
  .concurrent(
    cluster
      ? 'the fake API server against the real one, case by case (real control plane)'
      : `the fake API server against the real one, case by case (real control plane skipped: ${inject('realClusterProblem')})`,
    () => {
      for (const { name, run } of CASES) it(name, () => withApi('real', run));
    },
  );

describe('the fake Kubernetes API server, beyond what a real one shows (fake API server)', () => {
  let fake: FakeKube;
  beforeEach(async () => {
    fake = new FakeKube({ token: 'fake-token' });
    await fake.start();
  });
  afterEach(() => fake.stop());
  const call = async (method: string, path: string, body?: unknown, contentType?: string) => {
    const response = await rawRequest(fake, method, path, body, contentType);
    return { ...response, body: response.body as Body };
  };
  const cmPath = paths.configMap('default');

  it('serves discovery for the core group, named groups and their versions', async () => {
    expect((await rawRequest(fake, 'GET', '/api')).body.versions).toEqual(['v1']);
    const apps = await rawRequest(fake, 'GET', '/apis/apps/v1');
    expect(apps.body.resources).toContainEqual(
      expect.objectContaining({ name: 'deployments', kind: 'Deployment', namespaced: true }),
    );
    expect((await rawRequest(fake, 'GET', '/apis/autoscaling')).body.preferredVersion).toEqual({
      groupVersion: 'autoscaling/v2',
      version: 'v2',
    });
    expect((await rawRequest(fake, 'GET', '/apis/example.com/v1')).status).toBe(404);
  });

  it('requires the bearer token', async () => {
    expect(
      (await rawRequest(fake, 'GET', '/api/v1/namespaces', undefined, 'application/json', 'wrong')).status,
    ).toBe(401);
  });

  it('server-side applies: a dry run of a create answers 201 and stores nothing', async () => {
    const dry = await call(
      'PATCH',
      `${cmPath}?fieldManager=kubesync&dryRun=All`,
      configMap('default', { a: '1' }),
      APPLY,
    );
    expect(dry.status).toBe(201);
    expect(dry.body.metadata).toMatchObject({ uid: expect.any(String), resourceVersion: expect.any(String) });
    expect((await call('GET', cmPath)).status).toBe(404);
    expect(fake.mutations()).toEqual([]);
  });

  it('refuses objects in a namespace that does not exist', async () => {
    const result = await call(
      'PATCH',
      '/api/v1/namespaces/shop/configmaps/x?fieldManager=kubesync',
      { ...configMap('shop', {}), metadata: { name: 'x', namespace: 'shop' } },
      APPLY,
    );
    expect(result).toMatchObject({ status: 404, body: { message: 'namespaces "shop" not found' } });
  });

  it('lists with label selectors, and items carry no kind', async () => {
    fake.seed(configMap('default', {}, { labels: { team: 'a' } }));
    fake.seed(configMap('default', {}, { name: 'other', labels: { team: 'b' } }));
    const list = await rawRequest(
      fake,
      'GET',
      '/api/v1/namespaces/default/configmaps?labelSelector=team%3Da',
    );
    expect(
      (list.body.items as { metadata: { name: string }; kind?: string }[]).map((item) => [
        item.metadata.name,
        item.kind,
      ]),
    ).toEqual([['settings', undefined]]);
    const all = await rawRequest(fake, 'GET', '/api/v1/configmaps?labelSelector=team');
    expect(all.body.items).toHaveLength(2);
  });

  it('creates with POST, replaces with PUT under optimistic concurrency, deletes with a propagation policy', async () => {
    const lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'l', namespace: 'default' },
      spec: { holderIdentity: 'a' },
    };
    const leases = '/apis/coordination.k8s.io/v1/namespaces/default/leases';
    const created = await call('POST', leases, lease);
    expect(created.status).toBe(201);
    expect((await call('POST', leases, lease)).status).toBe(409);
    const resourceVersion = created.body.metadata?.resourceVersion;
    const path = `${leases}/l`;
    const stale = await call('PUT', path, {
      ...lease,
      metadata: { ...lease.metadata, resourceVersion: '1' },
    });
    expect(stale.status).toBe(409);
    const updated = await call('PUT', path, {
      ...lease,
      metadata: { ...lease.metadata, resourceVersion },
      spec: { holderIdentity: 'b' },
    });
    expect(updated.body.spec).toEqual({ holderIdentity: 'b' });
    const deleted = await call('DELETE', path, { propagationPolicy: 'Foreground' });
    expect([deleted.status, deleted.body.message]).toEqual([200, undefined]);
    expect(fake.requests.at(-1)?.body).toEqual({ propagationPolicy: 'Foreground' });
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('seeds as another tool writes: a create, a merge of a partial object, a replace of one read back; all Updates', async () => {
    const path = paths.deployment('default');
    await call('PATCH', `${path}?fieldManager=kubesync`, deployment('default', { replicas: 2 }), APPLY);
    fake.seed(
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 9 } },
      'kubectl-scale',
    );
    const scaled = fake.get('apps/v1', 'Deployment', 'web') as Body;
    expect(scaled.spec).toMatchObject({ replicas: 9, selector: { matchLabels: { app: 'web' } } });
    expect(owners(scaled).find((entry) => entry.manager === 'kubectl-scale')).toEqual({
      manager: 'kubectl-scale',
      operation: 'Update',
      apiVersion: 'apps/v1',
      fieldsV1: { 'f:spec': { 'f:replicas': {} } },
    });
    const edited = structuredClone(scaled) as { spec: { template: { metadata: { labels: object } } } };
    edited.spec.template.metadata.labels = { app: 'web', tier: 'a' };
    fake.seed(edited as never, 'kubectl-edit');
    const conflict = await call(
      'PATCH',
      `${path}?fieldManager=kubesync`,
      deployment('default', { replicas: 2 }),
      APPLY,
    );
    expect(conflict.body.message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-scale" using apps/v1: .spec.replicas',
    );
    const managers = owners(fake.get('apps/v1', 'Deployment', 'web') as Body).map((entry) => entry.manager);
    expect(managers.sort()).toEqual(['kubectl-edit', 'kubectl-scale', 'kubesync']);
  });

  it('answers the first read after a spec change with the previous observedGeneration, the next one caught up', async () => {
    const path = paths.deployment('default');
    const created = await call('PATCH', `${path}?fieldManager=kubesync`, deployment('default'), APPLY);
    expect(created.body.status).toEqual({});
    expect((await call('GET', path)).body.status).toEqual({});
    expect((await call('GET', path)).body.status?.observedGeneration).toBe(1);
    await call('PATCH', `${path}?fieldManager=kubesync`, deployment('default', { replicas: 2 }), APPLY);
    const stale = await call('GET', path);
    expect([stale.body.metadata?.generation, stale.body.status?.observedGeneration]).toEqual([2, 1]);
    expect((await call('GET', path)).body.status?.observedGeneration).toBe(2);
  });

  it('deletes a Terminating namespace at its next read, an empty one at once', async () => {
    for (const name of ['busy', 'empty'])
      fake.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    fake.seed(configMap('busy', {}));
    const busy = await call('DELETE', paths.namespace('busy'));
    expect(busy.body.status).toEqual({ phase: 'Terminating' });
    expect(fake.get('v1', 'ConfigMap', 'settings', 'busy')).toBeUndefined();
    expect((await call('GET', paths.namespace('busy'))).body.status).toEqual({ phase: 'Terminating' });
    expect((await call('GET', paths.namespace('busy'))).status).toBe(404);
    expect((await call('DELETE', paths.namespace('empty'))).body.status).toEqual({ phase: 'Terminating' });
    expect((await call('GET', paths.namespace('empty'))).status).toBe(404);
  });

  it("refuses a change of a Job's selector, and of a claim's requests until it is bound", async () => {
    const jobPath = paths.job('default');
    await call('PATCH', `${jobPath}?fieldManager=kubesync`, job('default', 'once:1'), APPLY);
    const selected = {
      ...job('default', 'once:1'),
      spec: { ...job('default', 'once:1').spec, selector: { matchLabels: { a: 'b' } } },
    };
    expect(
      (await call('PATCH', `${jobPath}?fieldManager=kubesync`, selected, APPLY)).body.details?.causes,
    ).toEqual([
      {
        reason: 'FieldValueInvalid',
        message:
          'Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"b"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
        field: 'spec.selector',
      },
    ]);
    const claim = (storage: string) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } },
    });
    const claimPath = '/api/v1/namespaces/default/persistentvolumeclaims/data';
    fake.setOptions({ behaviour: () => 'stuck' });
    await call('PATCH', `${claimPath}?fieldManager=kubesync`, claim('1Gi'), APPLY);
    expect((await call('PATCH', `${claimPath}?fieldManager=kubesync`, claim('2Gi'), APPLY)).status).toBe(422);
    fake.setBehaviour('v1', 'PersistentVolumeClaim', 'data', 'default', 'ready');
    expect((await call('GET', claimPath)).body.status).toEqual({ phase: 'Bound' });
    expect((await call('PATCH', `${claimPath}?fieldManager=kubesync`, claim('2Gi'), APPLY)).status).toBe(200);
  });

  it('turns an applied CRD into a resource, Established after the configured reads', async () => {
    fake.setOptions({ crdEstablishAfterReads: 1 });
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { kind: 'Widget', plural: 'widgets' },
        versions: [{ name: 'v1', served: true, storage: true }],
      },
    };
    const path = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com';
    const applied = await call('PATCH', `${path}?fieldManager=kubesync`, crd, APPLY);
    expect(condition(applied.body, 'Established')?.status).toBe('False');
    expect(condition((await call('GET', path)).body, 'Established')?.status).toBe('True');
    const resources = await rawRequest(fake, 'GET', '/apis/example.com/v1');
    expect(resources.body.resources).toContainEqual(
      expect.objectContaining({ name: 'widgets', kind: 'Widget' }),
    );
  });

  it("lets a behaviour the test chooses win over the pod template's annotations, and serves the status subresource", async () => {
    fake.setOptions({
      behaviour: (object) =>
        (object.metadata as { name: string }).name === 'slow' ? { readyAfterReads: 2 } : 'ready',
    });
    const unready = { 'fake-kubelet.lab/behavior': 'unready' };
    for (const name of ['fast', 'slow']) {
      const body = { ...deployment('default', { replicas: 2, annotations: unready }), metadata: { name } };
      await call('PATCH', `${paths.deployment('default', name)}?fieldManager=kubesync`, body, APPLY);
    }
    const read = async (name: string) =>
      (await call('GET', `${paths.deployment('default', name)}/status`)).body.status;
    expect(await read('fast')).toEqual({});
    expect(await read('fast')).toMatchObject({
      observedGeneration: 1,
      availableReplicas: 2,
      updatedReplicas: 2,
    });
    expect(fake.get('apps/v1', 'Deployment', 'fast')?.spec).toMatchObject({
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect([await read('slow'), await read('slow'), await read('slow')]).toEqual([
      {},
      expect.objectContaining({ availableReplicas: 1, unavailableReplicas: 1 }),
      expect.objectContaining({ availableReplicas: 2 }),
    ]);
  });

  it('answers 403 Forbidden with the API server wording', async () => {
    fake.setOptions({ forbid: [{ verb: 'patch', resource: 'configmaps', namespace: 'default' }] });
    const result = await call('PATCH', `${cmPath}?fieldManager=kubesync`, configMap('default', {}), APPLY);
    expect(result.status).toBe(403);
    expect(result.body.message).toBe(
      'configmaps "settings" is forbidden: User "system:serviceaccount:ci:kubesync" cannot patch resource "configmaps" in API group "" in the namespace "default"',
    );
  });

  it('forbids only the requests of a token a rule names, and accepts that token', async () => {
    fake.setOptions({ forbid: [{ verb: 'patch', resource: 'configmaps', token: 'restricted' }] });
    const body = configMap('default', {});
    const path = `${cmPath}?fieldManager=kubesync`;
    expect((await rawRequest(fake, 'PATCH', path, body, APPLY, 'restricted')).status).toBe(403);
    expect((await rawRequest(fake, 'GET', cmPath, undefined, 'application/json', 'restricted')).status).toBe(
      404,
    );
    expect((await rawRequest(fake, 'PATCH', path, body, APPLY)).status).toBe(201);
    expect((await rawRequest(fake, 'GET', '/api', undefined, 'application/json', 'other')).status).toBe(401);
  });

  it('injects scripted faults: 503, 429 with Retry-After, and connection resets', async () => {
    fake.setOptions({ retryAfterSeconds: 2 });
    fake.failNext('503', '429', 'reset');
    expect((await rawRequest(fake, 'GET', '/api')).status).toBe(503);
    const limited = await rawRequest(fake, 'GET', '/api');
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '2']);
    await expect(rawRequest(fake, 'GET', '/api')).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await rawRequest(fake, 'GET', '/api')).status).toBe(200);
  });

  it('injects random faults at the configured rate, the same ones for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const server = new FakeKube({ faultRate: 0.3, faultSeed: seed, faultKinds: ['503'] });
      await server.start();
      const statuses: number[] = [];
      for (let index = 0; index < 40; index++)
        statuses.push((await rawRequest(server, 'GET', '/api')).status);
      await server.stop();
      return statuses;
    };
    const first = await outcomes(7);
    expect(first).toEqual(await outcomes(7));
    const faults = first.filter((status) => status === 503).length;
    expect(faults).toBeGreaterThan(4);
    expect(faults).toBeLessThan(20);
  });
});
