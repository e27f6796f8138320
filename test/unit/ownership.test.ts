import { describe, expect, it } from 'vitest';
import { ownershipRefusal } from '../../src/sync/ownership-refusal.js';
import { applySetId, PART_OF_LABEL } from '../../src/cluster/inventory.js';
import { holdsLegacyFields, withLegacyRenamed } from '../../src/cluster/legacy-manager.js';
import { appIdentity, appOfFieldManager, fieldManagerOf } from '../../src/model/app-identity.js';
import type { KubeObject } from '../../src/model/object.js';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import { markOwned, ownerOf } from '../../src/plan/ownership.js';
import { ownershipWarningMarkdown } from '../../src/report/ownership-warning.js';

const OWN = applySetId('kubesync-web', 'shop', 'Secret', '');
const OTHER = applySetId('kubesync-api', 'shop', 'Secret', '');

const object = (
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
  managedFields: unknown[] = [],
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'shop', labels, annotations, managedFields },
});

const applied = (manager: string, fields: Record<string, unknown> = { 'f:data': {} }) => ({
  manager,
  operation: 'Apply',
  apiVersion: 'v1',
  fieldsType: 'FieldsV1',
  fieldsV1: fields,
});

describe('the field manager of an app', () => {
  it('is kubesync/<namespace>/<app>, one per ApplySet', () => {
    expect(appIdentity('web', 'shop').fieldManager).toBe('kubesync/shop/web');
    expect(fieldManagerOf('web', 'staging')).not.toBe(fieldManagerOf('web', 'shop'));
    expect(appOfFieldManager('kubesync/shop/web')).toEqual({ namespace: 'shop', app: 'web' });
    expect(appOfFieldManager('kubesync')).toBeUndefined();
  });

  it('stays within the API server’s 128 characters, stable and distinct, for a long name', () => {
    const long = 'a'.repeat(120);
    const manager = fieldManagerOf(long, 'shop');
    expect(manager).toHaveLength(128);
    expect(fieldManagerOf(long, 'shop')).toBe(manager);
    expect(fieldManagerOf(`${long}b`, 'shop')).not.toBe(manager);
  });
});

describe('the owner of a live object', () => {
  it.each([
    [{ [PART_OF_LABEL]: OWN }, {}, undefined],
    [{}, {}, undefined],
    [{ [PART_OF_LABEL]: OTHER }, {}, `another ApplySet (${PART_OF_LABEL}: ${OTHER})`],
    [
      { 'kustomize.toolkit.fluxcd.io/name': 'apps', 'kustomize.toolkit.fluxcd.io/namespace': 'flux-system' },
      {},
      'the Flux Kustomization flux-system/apps',
    ],
    [
      { 'helm.toolkit.fluxcd.io/name': 'redis', 'app.kubernetes.io/managed-by': 'Helm' },
      { 'meta.helm.sh/release-name': 'redis' },
      'the Flux HelmRelease redis',
    ],
    [
      {},
      { 'argocd.argoproj.io/tracking-id': 'argocd_guestbook:/ConfigMap:shop/settings' },
      'the Argo CD application argocd_guestbook',
    ],
    [
      { 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/instance': 'redis' },
      { 'meta.helm.sh/release-name': 'redis', 'meta.helm.sh/release-namespace': 'cache' },
      'the Helm release cache/redis',
    ],
  ])('of labels %j and annotations %j is %s', (labels, annotations, owner) => {
    expect(ownerOf(object(labels, annotations), OWN)).toBe(owner);
  });

  it('reads the recommended labels as an owner only where their tool wrote the object', () => {
    // `helm template | kubectl apply` and most plain manifests carry both labels, and no owner.
    const labels = { 'app.kubernetes.io/instance': 'guestbook', 'app.kubernetes.io/managed-by': 'Helm' };
    expect(ownerOf(object(labels, {}, [applied('kubectl-client-side-apply')]), OWN)).toBeUndefined();
    expect(ownerOf(object(labels, {}, [applied('argocd-controller')]), OWN)).toBe(
      'the Argo CD application guestbook (its tracking label app.kubernetes.io/instance)',
    );
  });

  it('names the kubesync app of another set by the field manager whose parent has that id', () => {
    const live = object({ [PART_OF_LABEL]: OTHER }, {}, [
      applied('kubesync/shop/web'),
      applied('kubesync/shop/api'),
    ]);
    expect(ownerOf(live, OWN)).toBe('the kubesync app api in namespace shop');
    // A manager that merely claims a name does not name the set's app.
    const claimed = object({ [PART_OF_LABEL]: OTHER }, {}, [applied('kubesync/other/api')]);
    expect(ownerOf(claimed, OWN)).toBe(`another ApplySet (${PART_OF_LABEL}: ${OTHER})`);
  });
});

describe('adoption', () => {
  const owned = object({ [PART_OF_LABEL]: OTHER }, {}, [applied('kubesync/shop/api')]);
  const change = (desired: KubeObject): Change => ({
    subject: 'ConfigMap shop/settings',
    ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'settings' },
    action: 'update',
    diff: '',
    origin: { file: 'k8s/config.yaml', line: 3, column: 1 },
    live: owned,
    desired,
  });
  const plain = object({ [PART_OF_LABEL]: OWN });
  const annotated = object({ [PART_OF_LABEL]: OWN }, { 'kubesync.io/adopt': 'true' });

  it('is refused unless the workflow allows it, and the annotation counts only when it says annotated', () => {
    const owner = 'the kubesync app api in namespace shop';
    expect(markOwned([change(annotated)], OWN, 'false')[0]?.owned).toEqual({ owner });
    expect(markOwned([change(plain)], OWN, 'annotated')[0]?.owned).toEqual({ owner });
    expect(markOwned([change(annotated)], OWN, 'annotated')[0]?.owned).toEqual({
      owner,
      adoptedBy: 'allow-adoption: annotated and kubesync.io/adopt: "true"',
    });
    expect(markOwned([change(plain)], OWN, 'true')[0]?.owned).toEqual({
      owner,
      adoptedBy: 'allow-adoption: true',
    });
  });

  it('refuses at apply naming the object, its owner, its line and what to do; the comment warns', () => {
    const changes = markOwned([change(plain)], OWN, 'false');
    expect(ownershipRefusal(changes)).toBe(
      [
        'refused to take over 1 object that another owner manages: ConfigMap shop/settings',
        '  k8s/config.yaml:3:1: ConfigMap shop/settings is managed by the kubesync app api in namespace shop',
        'Remove these objects from this app\'s manifests (or from their owner, and delete the owner\'s markers from the live objects). To take them over, set allow-adoption: true in the workflow, or allow-adoption: annotated and the annotation kubesync.io/adopt: "true" on each object.',
      ].join('\n'),
    );
    expect(ownershipRefusal(markOwned([change(plain)], OWN, 'true'))).toBeUndefined();
    const plan = {
      changes,
      counts: countChanges(changes),
      syncStatus: syncStatusOf(changes),
      digest: 'sha256:x',
    };
    expect(ownershipWarningMarkdown(plan)).toContain(
      '> - ConfigMap shop/settings: managed by the kubesync app api in namespace shop',
    );
    expect(ownershipWarningMarkdown({ ...plan, changes: [] })).toBe('');
  });
});

describe('the legacy field manager kubesync', () => {
  it('holds fields to move only on a member of this set or its parent', () => {
    expect(holdsLegacyFields(object({ [PART_OF_LABEL]: OWN }, {}, [applied('kubesync')]), OWN)).toBe(true);
    expect(
      holdsLegacyFields(object({ 'applyset.kubernetes.io/id': OWN }, {}, [applied('kubesync')]), OWN),
    ).toBe(true);
    expect(holdsLegacyFields(object({ [PART_OF_LABEL]: OTHER }, {}, [applied('kubesync')]), OWN)).toBe(false);
    expect(holdsLegacyFields(object({ [PART_OF_LABEL]: OWN }, {}, [applied('kubesync/shop/web')]), OWN)).toBe(
      false,
    );
  });

  it('is renamed to the app’s manager, its fields merged into an entry the app already has', () => {
    const live = object({ [PART_OF_LABEL]: OWN }, {}, [
      applied('kubesync', { 'f:data': { 'f:a': {} } }),
      {
        manager: 'kubectl-edit',
        operation: 'Update',
        apiVersion: 'v1',
        fieldsV1: { 'f:data': { 'f:c': {} } },
      },
      applied('kubesync/shop/web', { 'f:data': { 'f:b': {} } }),
    ]);
    expect(withLegacyRenamed(live, 'kubesync/shop/web')).toEqual([
      { ...applied('kubesync/shop/web'), fieldsV1: { 'f:data': { 'f:a': {}, 'f:b': {} } } },
      {
        manager: 'kubectl-edit',
        operation: 'Update',
        apiVersion: 'v1',
        fieldsV1: { 'f:data': { 'f:c': {} } },
      },
    ]);
  });
});
