import { describe, expect, it } from 'vitest';
import { applySetId, groupKindsOf } from '../../src/cluster/inventory.js';
import type { Change } from '../../src/plan/change.js';
import { diffObjects } from '../../src/plan/diff.js';
import { planDigest } from '../../src/plan/digest.js';
import { normalize } from '../../src/plan/normalize.js';
import { maskSecretPair } from '../../src/secrets/mask.js';

describe('normalize', () => {
  it('drops what the server maintains and the noisy annotations', () => {
    const live = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'a',
        uid: 'u',
        resourceVersion: '5',
        generation: 2,
        creationTimestamp: 't',
        selfLink: 's',
        managedFields: [],
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
          'kubesync.io/commit': 'abc',
          keep: 'yes',
        },
      },
      data: { a: '1' },
      status: {},
    };
    expect(normalize(live)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a', annotations: { keep: 'yes' } },
      data: { a: '1' },
    });
  });

  it('removes fields named by ignore-differences JSON pointers on matching objects only', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 3, template: { metadata: { annotations: { 'a/b': 'x' } } } },
    };
    const rules = [
      {
        group: 'apps',
        kind: 'Deployment',
        jsonPointers: ['/spec/replicas', '/spec/template/metadata/annotations/a~1b'],
      },
    ];
    expect(normalize(deployment, rules).spec).toEqual({ template: { metadata: { annotations: {} } } });
    expect(normalize(deployment, [{ ...rules[0]!, name: 'other' }]).spec).toMatchObject({ replicas: 3 });
  });
});

describe('Secret masking', () => {
  const secret = (data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's' },
    data,
  });

  it('shows which keys changed without showing any value', () => {
    const [before, after] = maskSecretPair(
      secret({ same: 'eA==', changed: 'eQ==', gone: 'eg==' }),
      secret({ same: 'eA==', changed: 'dw==', added: 'dg==' }),
    );
    expect(before?.data).toEqual({ same: '***', changed: '*** (before)', gone: '***' });
    expect(after?.data).toEqual({ same: '***', changed: '*** (after)', added: '***' });
  });

  it('leaves other kinds alone', () => {
    const cm = { kind: 'ConfigMap', data: { a: '1' } };
    expect(maskSecretPair(cm, cm)).toEqual([cm, cm]);
  });
});

describe('diffObjects', () => {
  it('is a unified diff of sorted YAML, labelled live and desired', () => {
    const diff = diffObjects(
      'ConfigMap default/a',
      { kind: 'ConfigMap', data: { b: '2', a: '1' } },
      { data: { a: '1', b: '3' }, kind: 'ConfigMap' },
      [],
    );
    expect(diff).toBe(
      [
        '--- live/ConfigMap default/a',
        '+++ desired/ConfigMap default/a',
        '@@ -1,4 +1,4 @@',
        ' data:',
        '   a: "1"',
        '-  b: "2"',
        '+  b: "3"',
        ' kind: ConfigMap',
        '',
      ].join('\n'),
    );
  });

  it('diffs a create against /dev/null', () => {
    expect(diffObjects('ConfigMap a', undefined, { kind: 'ConfigMap' }, [])).toMatch(
      /^--- \/dev\/null\n\+\+\+ desired\/ConfigMap a\n/,
    );
  });
});

describe('planDigest', () => {
  const change = (subject: string, value: string): Change => ({
    subject,
    ref: { apiVersion: 'v1', kind: 'ConfigMap', name: subject },
    action: 'create',
    diff: '',
    desired: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: subject, resourceVersion: String(Math.random()) },
      data: { value },
    },
  });

  it('does not depend on order or server noise, and changes with the content', () => {
    const a = planDigest([change('a', '1'), change('b', '2')]);
    expect(planDigest([change('b', '2'), change('a', '1')])).toBe(a);
    expect(planDigest([change('a', '1'), change('b', '3')])).not.toBe(a);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('ApplySet', () => {
  it('computes the id as kubectl does', () => {
    // echo -n kubesync-web.shop.Secret. | openssl dgst -sha256 -binary | openssl base64 -A | tr -d = | tr /+ _-
    expect(applySetId('kubesync-web', 'shop', 'Secret', '')).toBe(
      'applyset-BG5GDQGqP_pMi-bSNN_C0qvFjIj5ZdRujzOnLe8DygM-v1',
    );
  });

  it('spells group-kinds as Kind.group, core kinds bare, sorted and unique', () => {
    expect(
      groupKindsOf([
        { apiVersion: 'apps/v1', kind: 'Deployment' },
        { apiVersion: 'v1', kind: 'Service' },
        { apiVersion: 'apps/v1', kind: 'Deployment' },
        { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
      ]),
    ).toEqual(['Deployment.apps', 'Ingress.networking.k8s.io', 'Service']);
  });
});
