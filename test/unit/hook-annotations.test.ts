import { describe, expect, it } from 'vitest';
import { syncRoleOf, waveOf } from '../../src/manifests/hook-annotations.js';

const annotated = (annotations: Record<string, string>) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'migrate', annotations },
});

describe('hook annotations', () => {
  it('reads an Argo CD hook with its delete policy, defaulting to BeforeHookCreation', () => {
    expect(syncRoleOf(annotated({ 'argocd.argoproj.io/hook': 'PreSync,PostSync' }))).toEqual({
      role: 'hook',
      hook: { phases: ['PreSync', 'PostSync'], deletePolicies: ['BeforeHookCreation'], wave: 0 },
    });
    expect(
      syncRoleOf(
        annotated({
          'argocd.argoproj.io/hook': 'SyncFail',
          'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded',
          'argocd.argoproj.io/sync-wave': '-2',
        }),
      ),
    ).toEqual({ role: 'hook', hook: { phases: ['SyncFail'], deletePolicies: ['HookSucceeded'], wave: -2 } });
  });

  it('maps Helm hooks as Argo CD does, and never applies test hooks or Skip', () => {
    expect(
      syncRoleOf(
        annotated({
          'helm.sh/hook': 'post-install,post-upgrade',
          'helm.sh/hook-weight': '5',
          'helm.sh/hook-delete-policy': 'hook-failed',
        }),
      ),
    ).toEqual({ role: 'hook', hook: { phases: ['PostSync'], deletePolicies: ['HookFailed'], wave: 5 } });
    expect(syncRoleOf(annotated({ 'helm.sh/hook': 'test' })).role).toBe('skipped');
    expect(syncRoleOf(annotated({ 'helm.sh/hook': 'pre-delete' })).role).toBe('skipped');
    expect(syncRoleOf(annotated({ 'argocd.argoproj.io/hook': 'Skip' })).role).toBe('skipped');
    expect(syncRoleOf(annotated({ 'helm.sh/hook': 'crd-install' })).role).toBe('resource');
  });

  it('reads the sync wave of an ordinary object, default 0', () => {
    expect(waveOf(annotated({ 'argocd.argoproj.io/sync-wave': '3' }))).toBe(3);
    expect(waveOf(annotated({ 'helm.sh/hook-weight': '3' }))).toBe(0);
    expect(waveOf(annotated({}))).toBe(0);
  });
});
