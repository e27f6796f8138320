import { describe, expect, it } from 'vitest';
import { applyChangesNothing } from '../../src/plan/no-op-apply.js';
import type { KubeObject } from '../../src/model/object.js';

// Fields and defaults as kube-apiserver v1.26.5 recorded them after `kubectl apply --server-side
// --field-manager kubesync` of `desired()`.
const FIELDS = {
  'f:metadata': {
    'f:annotations': { 'f:kubesync.io/run': {} },
    'f:labels': { 'f:app': {} },
    'f:finalizers': { 'v:"kubesync.io/test"': {} },
  },
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
            'f:image': {},
            'f:name': {},
            'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
            'f:resources': { 'f:limits': { 'f:memory': {} } },
          },
        },
        'f:tolerations': {},
      },
    },
  },
};

function desired(): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'shop',
      labels: { app: 'web' },
      annotations: { 'kubesync.io/run': 'run-2' },
      finalizers: ['kubesync.io/test'],
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1',
              args: ['a', 'b'],
              ports: [{ containerPort: 80 }],
              resources: { limits: { memory: '1Gi' } },
            },
          ],
          tolerations: [{ key: 'k', operator: 'Exists' }],
        },
      },
    },
  };
}

function live(fields: unknown = FIELDS, manager = 'kubesync'): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'shop',
      uid: '1',
      resourceVersion: '7',
      labels: { app: 'web' },
      annotations: { 'kubesync.io/run': 'run-1', 'deployment.kubernetes.io/revision': '1' },
      finalizers: ['kubesync.io/test'],
      managedFields: [
        { manager, operation: 'Apply', apiVersion: 'apps/v1', fieldsType: 'FieldsV1', fieldsV1: fields },
        {
          manager: 'kube-controller-manager',
          operation: 'Update',
          apiVersion: 'apps/v1',
          subresource: 'status',
          fieldsV1: { 'f:status': {} },
        },
      ],
    },
    spec: {
      replicas: 2,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1',
              args: ['a', 'b'],
              imagePullPolicy: 'IfNotPresent',
              ports: [{ containerPort: 80, protocol: 'TCP' }],
              resources: { limits: { memory: '1Gi' } },
              terminationMessagePath: '/dev/termination-log',
            },
          ],
          dnsPolicy: 'ClusterFirst',
          tolerations: [{ key: 'k', operator: 'Exists' }],
        },
      },
    },
    status: { replicas: 2 },
  };
}

type Edit = (object: KubeObject) => void;
/** The map at a path of plain JSON, to edit in place. */
function at(value: unknown, ...path: (string | number)[]): Record<string, unknown> {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    value,
  ) as Record<string, unknown>;
}
const list = (value: unknown, ...path: (string | number)[]) => at(value, ...path) as unknown as unknown[];
const spec = (object: KubeObject) => at(object, 'spec');
const container = (object: KubeObject) => at(object, 'spec', 'template', 'spec', 'containers', 0);
const containers = (object: KubeObject) => list(object, 'spec', 'template', 'spec', 'containers');

function noOp(editDesired: Edit = () => undefined, editLive: Edit = () => undefined): boolean {
  const want = desired();
  const have = live();
  editDesired(want);
  editLive(have);
  return applyChangesNothing(want, have, 'kubesync');
}

describe('applyChangesNothing', () => {
  it('proves an apply of the same fields and values, over defaults and a new provenance value', () => {
    expect(noOp()).toBe(true);
  });

  it.each<[string, Edit]>([
    ['a value changed', (o) => (spec(o).replicas = 3)],
    ['a field added', (o) => (spec(o).minReadySeconds = 5)],
    ['a field dropped', (o) => delete container(o).args],
    ['an atomic list changed', (o) => list(container(o), 'args').push('c')],
    ['an atomic map narrowed', (o) => (spec(o).selector = { matchLabels: {} })],
    ['a keyed item added', (o) => containers(o).push({ name: 'sidecar', image: 'x' })],
    ['a key of a keyed item changed', (o) => (at(container(o), 'ports', 0).containerPort = 81)],
    ['a set item changed', (o) => (at(o, 'metadata').finalizers = ['other'])],
    ['a value written in another form', (o) => (at(container(o), 'resources', 'limits').memory = '1024Mi')],
    ['a null', (o) => (at(o, 'spec', 'template', 'metadata').creationTimestamp = null)],
    ['another version', (o) => (o.apiVersion = 'apps/v1beta2')],
    ['another name', (o) => (at(o, 'metadata').name = 'api')],
  ])('leaves %s in the manifest to the dry run', (_, edit) => {
    expect(noOp(edit)).toBe(false);
  });

  it.each<[string, Edit]>([
    ['a value another tool changed', (o) => (spec(o).replicas = 5)],
    ['a keyed item another tool added', (o) => containers(o).push({ name: 'istio-proxy' })],
    ['keyed items reordered', (o) => containers(o).unshift({ name: 'init' })],
    ['a provenance annotation removed', (o) => delete at(o, 'metadata', 'annotations')['kubesync.io/run']],
    ['no apply of ours', (o) => (at(o, 'metadata').managedFields = [])],
  ])('leaves %s in the cluster to the dry run', (_, edit) => {
    expect(noOp(undefined, edit)).toBe(false);
  });

  it('leaves a key the server defaulted in a keyed item to the dry run when the item says otherwise', () => {
    expect(noOp((o) => (at(container(o), 'ports', 0).protocol = 'UDP'))).toBe(false);
  });

  it('needs the fields of our own apply, not of another manager', () => {
    const want = desired();
    expect(applyChangesNothing(want, live(FIELDS, 'kubectl'), 'kubesync')).toBe(false);
  });
});
