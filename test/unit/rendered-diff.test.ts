import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/model/object.js';
import type { Resource } from '../../src/model/resource.js';
import { renderedDiffPlan } from '../../src/plan/rendered-diff.js';
import { SECRET_MASKERS } from '../../src/secrets/diff-maskers.js';

const origin = { file: 'k8s/all.yaml', line: 1, column: 1 };
const resource = (object: KubeObject): Resource => ({ object, origin, locate: () => origin });
const configMap = (name: string, data: Record<string, string>, annotations?: Record<string, string>) =>
  resource({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, ...(annotations ? { annotations } : {}) },
    data,
  });
const options = { namespace: 'shop', ignoreDifferences: [], maskers: SECRET_MASKERS, prune: false };

describe('the plan of a rendered diff (base objects as live, head objects as desired)', () => {
  it('puts objects in the default namespace on both sides, so only real changes show', () => {
    const plan = renderedDiffPlan(
      [configMap('same', { a: '1' }), configMap('edited', { a: '1' })],
      [configMap('same', { a: '1' }), configMap('edited', { a: '2' })],
      options,
    );
    expect(plan.changes.map(({ subject, action }) => `${subject} ${action}`)).toEqual([
      'ConfigMap shop/edited update',
      'ConfigMap shop/same unchanged',
    ]);
    expect(plan.syncStatus).toBe('OutOfSync');
    expect(plan.digest).toBe('');
  });

  it('an object gone from the head: left behind without prune, deleted with it, kept when it says so', () => {
    const base = [
      configMap('gone', { a: '1' }),
      configMap('kept', {}, { 'helm.sh/resource-policy': 'keep' }),
    ];
    const actions = (prune: boolean) =>
      renderedDiffPlan(base, [], { ...options, prune }).changes.map(
        ({ subject, action }) => `${subject} ${action}`,
      );
    expect(actions(false)).toEqual(['ConfigMap shop/gone orphan', 'ConfigMap shop/kept keep']);
    expect(actions(true)).toEqual(['ConfigMap shop/gone delete', 'ConfigMap shop/kept keep']);
  });

  it('lists hooks as a live plan does, never as changes', () => {
    const hook = resource({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { generateName: 'migrate-', annotations: { 'argocd.argoproj.io/hook': 'PreSync' } },
      spec: {},
    });
    const plan = renderedDiffPlan([], [hook, configMap('web', {})], options);
    expect(plan.changes.map(({ subject }) => subject)).toEqual(['ConfigMap shop/web']);
    expect(plan.hooks?.map(({ subject }) => subject)).toEqual(['Job shop/migrate-*']);
  });

  it('masks Secret values on both sides, saying which key changed', () => {
    const secret = (password: string) =>
      resource({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'db' },
        stringData: { password, user: 'app' },
      });
    const [change] = renderedDiffPlan([secret('old-value-1')], [secret('new-value-2')], options).changes;
    expect(change?.diff).toContain('-  password: "*** (before)"');
    expect(change?.diff).toContain('+  password: "*** (after)"');
    expect(change?.diff).not.toMatch(/old-value-1|new-value-2/);
  });
});
