import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../src/apply/readiness.js';

const deployment = (status: Record<string, unknown>, generation = 2, replicas = 3) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', generation },
  spec: { replicas },
  status,
});

describe('readiness per kind', () => {
  it.each([
    [
      'the controller has not seen the spec',
      deployment({ observedGeneration: 1 }),
      false,
      false,
      'waiting for the rollout to start',
    ],
    [
      'replicas still updating',
      deployment({ observedGeneration: 2, updatedReplicas: 1, replicas: 3 }),
      false,
      false,
      '1/3 replicas updated',
    ],
    [
      'old replicas terminating',
      deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 4, availableReplicas: 3 }),
      false,
      false,
      '1 old replicas pending termination',
    ],
    [
      'updated but not available',
      deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }),
      false,
      false,
      '2/3 replicas ready',
    ],
    [
      'rolled out',
      deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }),
      true,
      true,
      '3/3 replicas ready',
    ],
    [
      'past its progress deadline',
      deployment({
        observedGeneration: 2,
        conditions: [
          { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'timed out' },
        ],
      }),
      true,
      false,
      'exceeded its progress deadline: timed out',
    ],
  ])('Deployment: %s', (_case, object, done, ok, message) => {
    expect(readinessOf(object)).toEqual({ done, ok, message });
  });

  it.each([
    [{ readyReplicas: 1, observedGeneration: 1 }, false, '1/2 replicas ready'],
    [
      {
        readyReplicas: 2,
        observedGeneration: 1,
        currentRevision: 'a',
        updateRevision: 'b',
        updatedReplicas: 1,
      },
      false,
      '1/2 replicas updated',
    ],
    [
      { readyReplicas: 2, observedGeneration: 1, currentRevision: 'b', updateRevision: 'b' },
      true,
      '2/2 replicas ready',
    ],
  ])('StatefulSet %j', (status, done, message) => {
    const object = { kind: 'StatefulSet', metadata: { generation: 1 }, spec: { replicas: 2 }, status };
    expect(readinessOf(object)).toMatchObject({ done, message });
  });

  it('DaemonSet: every scheduled pod updated and available', () => {
    const base = { kind: 'DaemonSet', metadata: { generation: 1 } };
    expect(
      readinessOf({
        ...base,
        status: {
          observedGeneration: 1,
          desiredNumberScheduled: 3,
          updatedNumberScheduled: 3,
          numberAvailable: 1,
        },
      }),
    ).toMatchObject({ done: false, message: '1/3 pods ready' });
    expect(
      readinessOf({
        ...base,
        status: {
          observedGeneration: 1,
          desiredNumberScheduled: 3,
          updatedNumberScheduled: 3,
          numberAvailable: 3,
        },
      }),
    ).toMatchObject({ done: true, ok: true });
  });

  it('Job: Complete is ready, Failed fails at once', () => {
    expect(
      readinessOf({ kind: 'Job', status: { conditions: [{ type: 'Complete', status: 'True' }] } }),
    ).toMatchObject({ done: true, ok: true });
    expect(
      readinessOf({
        kind: 'Job',
        status: { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] },
      }),
    ).toMatchObject({
      done: true,
      ok: false,
      message: 'failed: BackoffLimitExceeded',
    });
    expect(readinessOf({ kind: 'Job', status: { active: 1 } })).toMatchObject({ done: false });
  });

  it('PVC is ready when Bound, CRD when Established, anything else when present', () => {
    expect(readinessOf({ kind: 'PersistentVolumeClaim', status: { phase: 'Pending' } })).toMatchObject({
      done: false,
      message: 'pending, waiting to be bound',
    });
    expect(readinessOf({ kind: 'PersistentVolumeClaim', status: { phase: 'Bound' } })).toMatchObject({
      done: true,
      ok: true,
    });
    expect(
      readinessOf({
        kind: 'CustomResourceDefinition',
        status: { conditions: [{ type: 'Established', status: 'True' }] },
      }),
    ).toMatchObject({ ok: true });
    expect(readinessOf({ kind: 'ConfigMap' })).toEqual({ done: true, ok: true, message: 'present' });
    expect(readinessOf(undefined)).toMatchObject({ done: false, message: 'not found yet' });
  });
});
