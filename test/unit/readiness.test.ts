import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../src/sync/readiness.js';

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

  it('Job: its success policy met is ready, a failure target fails, before the pods have terminated', () => {
    const met = {
      type: 'SuccessCriteriaMet',
      status: 'True',
      reason: 'SuccessPolicy',
      message: 'Matched rules at index 0',
    };
    expect(readinessOf({ kind: 'Job', status: { active: 2, conditions: [met] } })).toEqual({
      done: true,
      ok: true,
      message: 'complete by its success policy: SuccessPolicy (Matched rules at index 0)',
    });
    const target = { type: 'FailureTarget', status: 'True', reason: 'PodFailurePolicy', message: 'exit 42' };
    expect(readinessOf({ kind: 'Job', status: { active: 1, conditions: [target] } })).toEqual({
      done: true,
      ok: false,
      message: 'failed: PodFailurePolicy (exit 42)',
    });
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

type Case = [string, Record<string, unknown>, { done: boolean; ok: boolean; message: string }];
const isReady = (message: string) => ({ done: true, ok: true, message });
const isWaiting = (message: string) => ({ done: false, ok: false, message });
const isFailed = (message: string) => ({ done: true, ok: false, message });

const custom = (status?: Record<string, unknown>, metadata: Record<string, unknown> = { generation: 2 }) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'w', ...metadata },
  ...(status ? { status } : {}),
});
const conditions = (...entries: Record<string, string>[]) => ({ observedGeneration: 2, conditions: entries });

describe('kstatus for kinds without a rule of their own', () => {
  it.each<Case>([
    [
      'a custom resource being deleted is terminating, not done',
      custom({}, { generation: 2, deletionTimestamp: '2024-01-01T00:00:00Z' }),
      isWaiting('being deleted'),
    ],
    [
      'a custom resource whose controller has not observed its generation is in progress',
      custom({ observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] }),
      isWaiting('waiting for the controller to observe generation 2'),
    ],
    [
      'a custom resource with Stalled=True has failed',
      custom(conditions({ type: 'Stalled', status: 'True', reason: 'InvalidSpec', message: 'bad port' })),
      isFailed('stalled: InvalidSpec (bad port)'),
    ],
    [
      'a custom resource with Stalled=True has failed even while Reconciling=True',
      custom(
        conditions(
          { type: 'Reconciling', status: 'True', reason: 'Progressing' },
          { type: 'Stalled', status: 'True', reason: 'InvalidSpec' },
        ),
      ),
      isFailed('stalled: InvalidSpec'),
    ],
    [
      'a custom resource with Reconciling=True is in progress',
      custom(conditions({ type: 'Reconciling', status: 'True', reason: 'Progressing', message: '1/2' })),
      isWaiting('reconciling: Progressing (1/2)'),
    ],
    [
      'a custom resource with Ready=True is ready',
      custom(conditions({ type: 'Ready', status: 'True', reason: 'Succeeded' })),
      isReady('ready'),
    ],
    [
      'a custom resource with Ready=False is still in progress',
      custom(conditions({ type: 'Ready', status: 'False', reason: 'DependencyNotReady', message: 'no db' })),
      isWaiting('not ready: DependencyNotReady (no db)'),
    ],
    [
      'a custom resource with Ready=Unknown is still in progress',
      custom(conditions({ type: 'Ready', status: 'Unknown' })),
      isWaiting('not ready'),
    ],
    ['a custom resource without status is ready', custom(), isReady('present')],
    [
      'a custom resource with only other conditions is ready',
      custom(conditions({ type: 'Synced', status: 'False' })),
      isReady('present'),
    ],
    [
      'a custom resource of a built-in kind name in another group follows kstatus, not the built-in rule',
      {
        apiVersion: 'batch.volcano.sh/v1alpha1',
        kind: 'Job',
        metadata: { generation: 1 },
        status: { state: { phase: 'Running' } },
      },
      isReady('present'),
    ],
  ])('%s', (_case, object, expected) => {
    expect(readinessOf(object)).toEqual(expected);
  });
});

describe('built-in kinds kstatus knows', () => {
  const pod = (status: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', status });
  const replicaSet = (status: Record<string, unknown>) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { generation: 3 },
    spec: { replicas: 2 },
    status: { observedGeneration: 3, replicas: 2, ...status },
  });
  const sts = (status: Record<string, unknown>, partition?: number) => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { generation: 4 },
    spec: {
      replicas: 5,
      updateStrategy: {
        type: 'RollingUpdate',
        ...(partition === undefined ? {} : { rollingUpdate: { partition } }),
      },
    },
    status: { observedGeneration: 4, replicas: 5, readyReplicas: 5, ...status },
  });

  it.each<Case>([
    [
      'a running pod that is Ready is ready',
      pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }),
      isReady('running and ready'),
    ],
    [
      'a running pod that is not Ready is in progress',
      pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] }),
      isWaiting('running, not ready'),
    ],
    [
      'a running pod names the containers it waits for, its native sidecars first',
      {
        ...pod({
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'False' }],
          initContainerStatuses: [
            { name: 'migrate', ready: true, state: { terminated: { exitCode: 0 } } },
            { name: 'proxy', ready: false, started: true, state: { running: {} } },
            { name: 'logs', ready: false, started: false, state: {} },
          ],
          containerStatuses: [
            { name: 'web', ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } },
            { name: 'worker', ready: true, state: { running: {} } },
          ],
        }),
        spec: {
          initContainers: [
            { name: 'migrate' },
            { name: 'proxy', restartPolicy: 'Always' },
            { name: 'logs', restartPolicy: 'Always' },
          ],
        },
      },
      isWaiting(
        'running, not ready: sidecar proxy not ready, sidecar logs not started, container web CrashLoopBackOff',
      ),
    ],
    [
      'a running pod whose sidecar is ready waits for no sidecar',
      {
        ...pod({
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'False' }],
          initContainerStatuses: [{ name: 'proxy', ready: true, started: true }],
          containerStatuses: [{ name: 'web', ready: false, started: true }],
        }),
        spec: { initContainers: [{ name: 'proxy', restartPolicy: 'Always' }] },
      },
      isWaiting('running, not ready: container web not ready'),
    ],
    ['a pod that succeeded is ready', pod({ phase: 'Succeeded' }), isReady('succeeded')],
    [
      'a pod that failed has failed',
      pod({ phase: 'Failed', reason: 'Evicted', message: 'low on memory' }),
      isFailed('failed: Evicted (low on memory)'),
    ],
    ['a pending pod is in progress', pod({ phase: 'Pending' }), isWaiting('pending')],
    [
      'a pod being deleted is not done',
      { ...pod({ phase: 'Running' }), metadata: { deletionTimestamp: '2024-01-01T00:00:00Z' } },
      isWaiting('being deleted'),
    ],
    [
      'a ReplicaSet whose controller has not observed its generation is in progress',
      replicaSet({ observedGeneration: 2, readyReplicas: 2, availableReplicas: 2 }),
      isWaiting('waiting for the controller to observe the spec'),
    ],
    [
      'a ReplicaSet with too few ready replicas is in progress',
      replicaSet({ readyReplicas: 1, availableReplicas: 1 }),
      isWaiting('1/2 replicas ready'),
    ],
    [
      'a ReplicaSet with ready but not yet available replicas is in progress',
      replicaSet({ readyReplicas: 2, availableReplicas: 1 }),
      isWaiting('1/2 replicas available'),
    ],
    [
      'a ReplicaSet with a ReplicaFailure is in progress with its cause',
      replicaSet({
        readyReplicas: 1,
        availableReplicas: 1,
        conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'quota' }],
      }),
      isWaiting('replica failure: FailedCreate (quota)'),
    ],
    [
      'a ReplicaSet with every replica ready and available is ready',
      replicaSet({ readyReplicas: 2, availableReplicas: 2 }),
      isReady('2/2 replicas ready'),
    ],
    [
      'a LoadBalancer Service waits for an address, as kstatus and Argo CD say',
      { apiVersion: 'v1', kind: 'Service', spec: { type: 'LoadBalancer' }, status: { loadBalancer: {} } },
      isWaiting('waiting for a load balancer address'),
    ],
    [
      'a LoadBalancer Service with an ingress address is ready',
      {
        apiVersion: 'v1',
        kind: 'Service',
        spec: { type: 'LoadBalancer' },
        status: { loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } },
      },
      isReady('load balancer at 203.0.113.7'),
    ],
    [
      'a ClusterIP Service is ready at once',
      { apiVersion: 'v1', kind: 'Service', spec: { type: 'ClusterIP' } },
      isReady('present'),
    ],
    [
      'an Active namespace is ready',
      { apiVersion: 'v1', kind: 'Namespace', status: { phase: 'Active' } },
      isReady('active'),
    ],
    [
      'a Terminating namespace has failed: nothing can be created in it',
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { deletionTimestamp: '2024-01-01T00:00:00Z' },
        status: { phase: 'Terminating' },
      },
      isFailed('namespace is being deleted'),
    ],
    [
      'a suspended Job is ready: it will not run until resumed',
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        status: { conditions: [{ type: 'Suspended', status: 'True' }] },
      },
      isReady('suspended'),
    ],
    [
      'a CRD whose names conflict has failed',
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        status: {
          conditions: [
            { type: 'NamesAccepted', status: 'False', reason: 'MultipleNamesConflict', message: 'taken' },
          ],
        },
      },
      isFailed('names not accepted: MultipleNamesConflict (taken)'),
    ],
    [
      'a partitioned StatefulSet waits for the pods from the partition up',
      sts({ updatedReplicas: 2, currentRevision: 'a', updateRevision: 'b' }, 2),
      isWaiting('2/3 replicas updated (partition 2)'),
    ],
    [
      'a partitioned StatefulSet is ready once those pods are updated, though its revisions differ',
      sts({ updatedReplicas: 3, currentRevision: 'a', updateRevision: 'b' }, 2),
      isReady('5/5 replicas ready, 3 updated (partition 2)'),
    ],
    [
      'a partitioned StatefulSet still waits for every replica to be ready',
      sts({ updatedReplicas: 3, readyReplicas: 4 }, 2),
      isWaiting('4/5 replicas ready'),
    ],
    [
      'a partitioned StatefulSet whose controller has not observed its generation is in progress',
      sts({ observedGeneration: 3, updatedReplicas: 3 }, 2),
      isWaiting('waiting for the rollout to start'),
    ],
    [
      'a StatefulSet with partition 0 waits for its revisions to match',
      sts({ updatedReplicas: 4, currentRevision: 'a', updateRevision: 'b' }, 0),
      isWaiting('4/5 replicas updated'),
    ],
    [
      'an OnDelete StatefulSet is ready at once',
      { ...sts({ readyReplicas: 0 }), spec: { replicas: 5, updateStrategy: { type: 'OnDelete' } } },
      isReady('updates on delete'),
    ],
  ])('%s', (_case, object, expected) => {
    expect(readinessOf(object)).toEqual(expected);
  });
});

describe('waiting for the generation this apply wrote', () => {
  const rolledOut = (generation: number, observedGeneration: number) =>
    deployment({ observedGeneration, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }, generation);

  it.each<[string, Record<string, unknown>, number, { done: boolean; ok: boolean; message: string }]>([
    [
      'a Deployment read back at an older generation is not done',
      rolledOut(4, 4),
      5,
      isWaiting('read generation 4, waiting for 5'),
    ],
    [
      'a Deployment whose controller has not observed the applied generation is not done',
      rolledOut(5, 4),
      5,
      isWaiting('waiting for the controller to observe generation 5'),
    ],
    [
      'a Deployment at the applied generation follows its rollout',
      rolledOut(5, 5),
      5,
      isReady('3/3 replicas ready'),
    ],
    [
      'a Deployment already past the applied generation follows its rollout',
      rolledOut(6, 6),
      5,
      isReady('3/3 replicas ready'),
    ],
    [
      'a custom resource reporting observedGeneration waits for the applied one',
      custom({ observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] }, { generation: 1 }),
      2,
      isWaiting('read generation 1, waiting for 2'),
    ],
    [
      'a custom resource without observedGeneration is judged by its conditions alone',
      custom({ conditions: [{ type: 'Ready', status: 'True' }] }, { generation: 1 }),
      2,
      isReady('ready'),
    ],
    [
      'a kind whose controller reports no observedGeneration ignores the generation',
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { generation: 1 },
        status: { conditions: [{ type: 'Complete', status: 'True' }] },
      },
      2,
      isReady('complete'),
    ],
  ])('%s', (_case, object, generation, expected) => {
    expect(readinessOf(object, { generation })).toEqual(expected);
  });
});
