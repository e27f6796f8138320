import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../src/sync/readiness.js';

/** The cases of the custom-resource rules the real-schema test (test/integration/custom-readiness.test.ts) does not walk through. */
const object = (apiVersion: string, kind: string, spec: object, status?: object, generation = 2) => ({
  apiVersion,
  kind,
  metadata: { name: 'x', generation },
  spec,
  ...(status ? { status } : {}),
});

const isWaiting = (message: string) => ({ done: false, ok: false, message });
const isReady = (message: string) => ({ done: true, ok: true, message });
const isFailed = (message: string) => ({ done: true, ok: false, message });

describe('custom resources kstatus misreads', () => {
  it.each([
    [
      'a Certificate whose Ready is about an older generation',
      object(
        'cert-manager.io/v1',
        'Certificate',
        {},
        {
          conditions: [{ type: 'Ready', status: 'True', observedGeneration: 1 }],
        },
      ),
      isWaiting('waiting for cert-manager to observe generation 2'),
    ],
    [
      'a Certificate Ready=False while no issuance failed (cert-manager is about to issue)',
      object(
        'cert-manager.io/v1',
        'Certificate',
        {},
        {
          conditions: [{ type: 'Ready', status: 'False', reason: 'DoesNotExist' }],
        },
      ),
      isWaiting('not ready: DoesNotExist'),
    ],
    [
      'a Rollout whose observedGeneration is behind',
      object('argoproj.io/v1alpha1', 'Rollout', { strategy: { canary: {} } }, { observedGeneration: '1' }),
      isWaiting('waiting for the rollout spec update to be observed'),
    ],
    [
      'a Rollout of Argo Rollouts before v0.10, whose observedGeneration is a hash',
      object(
        'argoproj.io/v1alpha1',
        'Rollout',
        { replicas: 1, strategy: { canary: {} } },
        {
          observedGeneration: '7d66d4485f',
          currentPodHash: 'abc',
          stableRS: 'abc',
          replicas: 1,
          updatedReplicas: 1,
          availableReplicas: 1,
        },
      ),
      isReady('1/1 replicas available'),
    ],
    [
      'a blue-green Rollout before the active Service switched',
      object(
        'argoproj.io/v1alpha1',
        'Rollout',
        { replicas: 1, strategy: { blueGreen: {} } },
        {
          observedGeneration: '2',
          currentPodHash: 'new',
          replicas: 2,
          updatedReplicas: 1,
          availableReplicas: 2,
          blueGreen: { activeSelector: 'old' },
        },
      ),
      isWaiting('active service cutover pending'),
    ],
    [
      'a Rollout past its progress deadline',
      object(
        'argoproj.io/v1alpha1',
        'Rollout',
        {},
        {
          observedGeneration: '2',
          conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
        },
      ),
      isFailed('exceeded its progress deadline: ProgressDeadlineExceeded'),
    ],
    [
      'an ExternalSecret synced for an older generation',
      object(
        'external-secrets.io/v1',
        'ExternalSecret',
        {},
        {
          conditions: [{ type: 'Ready', status: 'True' }],
          syncedResourceVersion: '1-9a8b',
        },
      ),
      isWaiting('waiting for generation 2 to be synced'),
    ],
    [
      'an OnChange ExternalSecret whose Ready is older than its refresh',
      object(
        'external-secrets.io/v1',
        'ExternalSecret',
        { refreshPolicy: 'OnChange' },
        {
          conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2026-12-07T10:00:00Z' }],
          refreshTime: '2026-12-07T11:00:00Z',
        },
      ),
      isWaiting('waiting for the secret to be synced'),
    ],
    [
      'a suspended Flux Kustomization',
      object('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', { suspend: true }),
      isReady('Kustomization is suspended'),
    ],
    [
      'a Flux HelmRelease not yet observed (the schema defaults observedGeneration to -1)',
      object('helm.toolkit.fluxcd.io/v2', 'HelmRelease', {}, { observedGeneration: -1 }),
      isWaiting('waiting for Flux to observe generation 2'),
    ],
    [
      'a Crossplane claim that does not sync',
      object(
        'db.example.org/v1alpha1',
        'PostgreSQLInstance',
        { compositeDeletePolicy: 'Background' },
        {
          conditions: [
            { type: 'Synced', status: 'False', reason: 'ReconcileError', message: 'no composition' },
            { type: 'Ready', status: 'True' },
          ],
        },
      ),
      isWaiting('not synced: ReconcileError (no composition)'),
    ],
    [
      'a Crossplane v2 composite resource',
      object(
        'db.example.org/v1',
        'XPostgreSQL',
        { crossplane: { compositionRef: { name: 'aws' } } },
        {
          conditions: [
            { type: 'Synced', status: 'True' },
            { type: 'Ready', status: 'True' },
          ],
        },
      ),
      isReady('synced and ready'),
    ],
    [
      'a custom resource of another group named Certificate follows kstatus',
      object('example.com/v1', 'Certificate', {}),
      isReady('present'),
    ],
  ])('%s', (_, resource, expected) => {
    expect(readinessOf(resource)).toEqual(expected);
  });
});
