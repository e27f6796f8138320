import { describe, expect, it } from 'vitest';
import { destructiveRefusal } from '../../src/sync/destructive-refusal.js';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import { approveDestructive, destructiveReasons, markDestructive } from '../../src/plan/destructive.js';
import type { Plan } from '../../src/plan/plan.js';
import { keptBy, namespacesToCreate } from '../../src/manifests/sync-options.js';
import { destructiveWarningMarkdown } from '../../src/report/destructive-warning.js';
import { planOutputs } from '../../src/report/plan-text.js';

function change(kind: string, action: Change['action'], extra: Partial<Change> = {}): Change {
  return {
    subject: `${kind} shop/data`,
    ref: { apiVersion: 'v1', kind, namespace: 'shop', name: 'data' },
    action,
    diff: '',
    ...extra,
  };
}

const statefulSet = (replicas: number | undefined, claims: string[]) => ({
  kind: 'StatefulSet',
  spec: {
    ...(replicas === undefined ? {} : { replicas }),
    volumeClaimTemplates: claims.map((name) => ({ metadata: { name } })),
  },
});

function planOf(changes: Change[]): Plan {
  return { changes, counts: countChanges(changes), syncStatus: syncStatusOf(changes), digest: 'sha256:x' };
}

describe('destructive changes', () => {
  it('are prunes of PVCs, PVs, Namespaces, CRDs and StatefulSets, not of other kinds', () => {
    for (const kind of [
      'PersistentVolumeClaim',
      'PersistentVolume',
      'Namespace',
      'CustomResourceDefinition',
      'StatefulSet',
    ])
      expect(destructiveReasons(change(kind, 'delete'))).toEqual([`prunes the ${kind}`]);
    expect(destructiveReasons(change('ConfigMap', 'delete'))).toEqual([]);
    expect(destructiveReasons(change('PersistentVolumeClaim', 'orphan'))).toEqual([]);
    expect(destructiveReasons(change('PersistentVolumeClaim', 'keep'))).toEqual([]);
  });

  it('are replacements of any object', () => {
    const replace = { fields: ['spec.selector'], allowed: true };
    expect(destructiveReasons(change('Service', 'update', { replace }))).toEqual([
      'replaces the Service (deletes it and creates it again)',
    ]);
  });

  it('are a scale to 0 replicas (an absent count is 1) and a removed volumeClaimTemplate', () => {
    const scaled = change('StatefulSet', 'update', {
      live: statefulSet(undefined, ['data', 'logs']),
      desired: statefulSet(0, ['data']),
    });
    expect(destructiveReasons(scaled)).toEqual([
      'scales it to 0 replicas',
      'removes the volumeClaimTemplate logs',
    ]);
    const stillZero = change('Deployment', 'update', {
      live: { spec: { replicas: 0 } },
      desired: { spec: { replicas: 0 } },
    });
    expect(destructiveReasons(stillZero)).toEqual([]);
    const added = change('StatefulSet', 'update', {
      live: statefulSet(2, ['data']),
      desired: statefulSet(3, ['data', 'logs']),
    });
    expect(destructiveReasons(added)).toEqual([]);
  });

  it('are approved by allow-destructive at plan time, or later by a label', () => {
    const [plain, pruned] = markDestructive(
      [change('ConfigMap', 'update'), change('PersistentVolume', 'delete')],
      undefined,
    );
    expect(plain?.destructive).toBeUndefined();
    expect(pruned?.destructive).toEqual({ reasons: ['prunes the PersistentVolume'] });
    const changes = [plain, pruned].filter((entry): entry is Change => entry !== undefined);
    expect(destructiveRefusal(changes)).toMatch(
      /^refused 1 destructive change without approval: PersistentVolume shop\/data\n {2}PersistentVolume shop\/data: prunes the PersistentVolume\nTo apply them, set allow-destructive: true .*destructive-approval-label/,
    );
    const approvedChanges = approveDestructive(
      changes,
      'the label kubesync/allow-destructive on pull request #7',
    );
    expect(approvedChanges[1]?.destructive?.approvedBy).toBe(
      'the label kubesync/allow-destructive on pull request #7',
    );
    expect(destructiveRefusal(approvedChanges)).toBeUndefined();
    const [approved] = markDestructive([change('Namespace', 'delete')], 'allow-destructive: true');
    expect(destructiveRefusal([approved as Change])).toBeUndefined();
  });

  it('open the PR comment with a warning, and are counted in the destructive output', () => {
    const plan = planOf(
      markDestructive([change('ConfigMap', 'create'), change('PersistentVolumeClaim', 'delete')], undefined),
    );
    expect(destructiveWarningMarkdown(plan, 'ok-to-destroy')).toBe(
      [
        '> [!WARNING]',
        '> **1 destructive change**: data or running workloads may be lost. Merging does not apply them unless approved: add the label `ok-to-destroy` to this pull request before merging, or run the apply with `allow-destructive: true`.',
        '>',
        '> - PersistentVolumeClaim shop/data: prunes the PersistentVolumeClaim',
        '',
        '',
      ].join('\n'),
    );
    expect(planOutputs(plan, plan.syncStatus).destructive).toBe('1');
    expect(destructiveWarningMarkdown(planOf([change('ConfigMap', 'create')]), 'ok-to-destroy')).toBe('');
  });
});

describe("Argo CD's per-object annotations", () => {
  const annotated = (annotations: Record<string, string>) => ({
    metadata: { namespace: 'shop', annotations },
  });

  it('keep an object out of a prune by Prune=false, Delete=false, IgnoreExtraneous or helm.sh/resource-policy: keep', () => {
    expect(keptBy(annotated({ 'argocd.argoproj.io/sync-options': 'Validate=false, Prune=false' }))).toBe(
      'argocd.argoproj.io/sync-options: Prune=false',
    );
    expect(keptBy(annotated({ 'argocd.argoproj.io/sync-options': 'Delete=false' }))).toBe(
      'argocd.argoproj.io/sync-options: Delete=false',
    );
    expect(keptBy(annotated({ 'argocd.argoproj.io/compare-options': 'IgnoreExtraneous' }))).toBe(
      'argocd.argoproj.io/compare-options: IgnoreExtraneous',
    );
    expect(keptBy(annotated({ 'helm.sh/resource-policy': 'keep' }))).toBe('helm.sh/resource-policy: keep');
    expect(keptBy(annotated({ 'argocd.argoproj.io/sync-options': 'Prune=true' }))).toBeUndefined();
    expect(keptBy(annotated({ 'helm.sh/resource-policy': 'delete' }))).toBeUndefined();
  });

  it('name the namespaces CreateNamespace=true asks for, once each', () => {
    const asking = annotated({ 'argocd.argoproj.io/sync-options': 'CreateNamespace=true' });
    expect(namespacesToCreate([asking, asking, annotated({})])).toEqual(['shop']);
  });

  it('make an orphan out of sync, as it requires pruning, and a kept object not', () => {
    expect(syncStatusOf([change('ConfigMap', 'orphan')])).toBe('OutOfSync');
    expect(syncStatusOf([change('ConfigMap', 'keep'), change('ConfigMap', 'unchanged')])).toBe('Synced');
  });
});
