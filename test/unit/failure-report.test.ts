import { describe, expect, it } from 'vitest';
import {
  ageOf,
  buildFailureReport,
  failingContainers,
  summarizeEvents,
} from '../../src/sync/failure-report.js';
import { podTrouble, schedulingCause } from '../../src/sync/pod-progress.js';
import type { FailureEvidence } from '../../src/model/failure-report.js';
import type { KubeObject } from '../../src/model/object.js';
import { failureReportsMarkdown } from '../../src/report/failure-report-markdown.js';
import { failureReportLines } from '../../src/report/failure-report-text.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

const deployment: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', uid: 'd1', generation: 2 },
  spec: { replicas: 2 },
  status: {
    observedGeneration: 2,
    replicas: 2,
    updatedReplicas: 2,
    readyReplicas: 0,
    availableReplicas: 0,
    conditions: [
      {
        type: 'Available',
        status: 'False',
        reason: 'MinimumReplicasUnavailable',
        message: 'Deployment does not have minimum availability.',
      },
    ],
  },
};

function pod(name: string, status: Record<string, unknown>): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'shop', uid: `u-${name}` }, status };
}

const crashing = (
  name: string,
  restarts: number,
  last: Record<string, unknown> = { exitCode: 1, reason: 'Error' },
) =>
  pod(name, {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
    containerStatuses: [
      {
        name: 'app',
        image: 'shop/web:1.2',
        ready: false,
        restartCount: restarts,
        state: {
          waiting: {
            reason: 'CrashLoopBackOff',
            message: `back-off 10s restarting failed container=app pod=${name}`,
          },
        },
        lastState: { terminated: last },
      },
    ],
  });

function evidence(parts: Partial<FailureEvidence>): FailureEvidence {
  return {
    object: deployment,
    subject: 'Deployment shop/web',
    status: 'not ready after 5s: 0/2 replicas ready',
    replicaSets: [],
    pods: [],
    events: [],
    logs: [],
    ...parts,
  };
}

function event(involved: string, reason: string, message: string, seconds: number, count = 1): KubeObject {
  const [kind, name] = involved.split('/');
  return {
    apiVersion: 'v1',
    kind: 'Event',
    type: 'Warning',
    reason,
    message,
    count,
    lastTimestamp: ago(seconds),
    involvedObject: { kind, name, uid: `u-${name}` },
  };
}

describe('buildFailureReport', () => {
  it('names a crashing container first, with its restarts and how its last run ended, once for pods alike', () => {
    const report = buildFailureReport(evidence({ pods: [crashing('web-a', 3), crashing('web-b', 4)] }), NOW);
    expect(report.reason).toBe(
      'pod web-a (and 1 more pod): container app is in CrashLoopBackOff, restarted 3 times; last run exited with code 1 (Error)',
    );
    expect(report.details).toEqual([
      'Available=False: MinimumReplicasUnavailable: Deployment does not have minimum availability.',
      'replicas: 2 desired, 2 updated, 0 ready, 0 available',
    ]);
    expect(report.status).toBe('not ready after 5s: 0/2 replicas ready');
  });

  it('says a container was OOMKilled', () => {
    const report = buildFailureReport(
      evidence({ pods: [crashing('web-a', 1, { exitCode: 137, reason: 'OOMKilled' })] }),
      NOW,
    );
    expect(report.reason).toMatch(/last run was OOMKilled, out of memory \(exit code 137\)$/);
  });

  it('names the image that cannot be pulled', () => {
    const report = buildFailureReport(
      evidence({
        pods: [
          pod('web-a', {
            phase: 'Pending',
            containerStatuses: [
              {
                name: 'app',
                image: 'shop/web:nope',
                ready: false,
                state: {
                  waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "shop/web:nope"' },
                },
              },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.reason).toBe(
      'pod web-a: container app cannot pull image shop/web:nope: ImagePullBackOff (Back-off pulling image "shop/web:nope")',
    );
  });

  it('gives the scheduler its word when no node can hold a pod', () => {
    const message =
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..';
    const report = buildFailureReport(
      evidence({
        pods: [
          pod('web-a', {
            phase: 'Pending',
            conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }],
          }),
        ],
        events: [event('pod/web-a', 'FailedScheduling', message, 30, 2)],
      }),
      NOW,
    );
    // What the scheduler says of preemption after only repeats that nothing fits.
    expect(report.reason).toBe(
      'pod web-a: Pending, cannot be scheduled: Unschedulable: 0/1 nodes are available: 1 Insufficient cpu.',
    );
    expect(report.events).toEqual([
      { object: 'pod/web-a', reason: 'FailedScheduling', message, count: 2, age: '30s' },
    ]);
  });

  it('puts the exit code of a failed Job pod before the Job condition', () => {
    const job: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: 'shop', uid: 'j1' },
      status: {
        failed: 1,
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    };
    const report = buildFailureReport(
      evidence({
        object: job,
        subject: 'Job shop/migrate',
        status: 'failed: BackoffLimitExceeded (Job has reached the specified backoff limit)',
        pods: [
          pod('migrate-x', {
            phase: 'Failed',
            containerStatuses: [
              { name: 'main', ready: false, state: { terminated: { exitCode: 1, reason: 'Error' } } },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.reason).toBe('pod migrate-x: container main exited with code 1 (Error)');
    expect(report.details).toEqual([
      'Failed=True: BackoffLimitExceeded: Job has reached the specified backoff limit',
      'pods: 0 active, 0 succeeded, 1 failed',
    ]);
  });

  it('tells a Job decided failed (FailureTarget, 1.31+) before its Failed condition comes, and once after', () => {
    const failure = {
      status: 'True',
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
    };
    const job = (conditions: object[]): KubeObject => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: 'shop', uid: 'j1' },
      status: { failed: 1, conditions },
    });
    const details = (object: KubeObject) => {
      const report = buildFailureReport(
        evidence({ object, subject: 'Job shop/migrate', status: 'failed' }),
        NOW,
      );
      return [report.reason, ...report.details];
    };
    expect(details(job([{ type: 'FailureTarget', ...failure }]))).toContain(
      'FailureTarget=True: BackoffLimitExceeded: Job has reached the specified backoff limit',
    );
    const both = details(
      job([
        { type: 'FailureTarget', ...failure },
        { type: 'Failed', ...failure },
      ]),
    );
    expect(both.filter((line) => line.includes('BackoffLimitExceeded'))).toEqual([
      'Failed=True: BackoffLimitExceeded: Job has reached the specified backoff limit',
    ]);
  });

  it('takes a ReplicaSet that cannot create its pods (a webhook refusing them) as the reason', () => {
    const replicaSet: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-7d4b9', namespace: 'shop', uid: 'r1' },
      spec: { replicas: 2 },
      status: {
        conditions: [
          {
            type: 'ReplicaFailure',
            status: 'True',
            reason: 'FailedCreate',
            message: 'admission webhook "deny.example.com" denied the request: no pods today',
          },
        ],
      },
    };
    const report = buildFailureReport(evidence({ replicaSets: [replicaSet] }), NOW);
    expect(report.reason).toBe(
      'replicaset web-7d4b9: ReplicaFailure=True: FailedCreate: admission webhook "deny.example.com" denied the request: no pods today',
    );
  });

  it('takes a pod never ready as the reason a progress deadline passed, and tells the deadline after', () => {
    const pastDeadline: KubeObject = {
      ...deployment,
      status: {
        ...(deployment.status as object),
        conditions: [
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: 'ReplicaSet "web-7d4b9" has timed out progressing.',
          },
        ],
      },
    };
    const unready = pod('web-a', {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
      containerStatuses: [{ name: 'app', ready: false, state: { running: {} } }],
    });
    const report = buildFailureReport(evidence({ object: pastDeadline, pods: [unready] }), NOW);
    expect(report.reason).toBe('pod web-a: container app is running but not ready');
    expect(report.details[0]).toBe(
      'Progressing=False: ProgressDeadlineExceeded: ReplicaSet "web-7d4b9" has timed out progressing.',
    );
  });

  it("keeps the wait's own words as the reason when nothing tells more than the deadline", () => {
    const pastDeadline: KubeObject = {
      ...deployment,
      status: {
        conditions: [
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: 'ReplicaSet "web-7d4b9" has timed out progressing.',
          },
        ],
      },
    };
    const status = 'exceeded its progress deadline: ReplicaSet "web-7d4b9" has timed out progressing.';
    const report = buildFailureReport(evidence({ object: pastDeadline, status }), NOW);
    expect(report.reason).toBe(status);
    expect(report.details[0]).toBe(
      'Progressing=False: ProgressDeadlineExceeded: ReplicaSet "web-7d4b9" has timed out progressing.',
    );
  });

  it('tells a ReplicaFailure the Deployment repeats from its ReplicaSet once', () => {
    const failure = {
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
      message: 'admission webhook "deny.example.com" denied the request: no',
    };
    const replicaSet: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-7d4b9' },
      status: { conditions: [failure] },
    };
    const repeating = { ...deployment, status: { ...(deployment.status as object), conditions: [failure] } };
    const report = buildFailureReport(evidence({ object: repeating, replicaSets: [replicaSet] }), NOW);
    expect(report.reason).toBe(
      'replicaset web-7d4b9: ReplicaFailure=True: FailedCreate: admission webhook "deny.example.com" denied the request: no',
    );
    expect(report.details).toEqual(['replicas: 2 desired, 2 updated, 0 ready, 0 available']);
  });

  it('names a telling event as the reason when the pods and status say only counts', () => {
    const report = buildFailureReport(
      evidence({
        events: [
          event('replicaset/web-7d4b9', 'FailedCreate', 'pods "web-7d4b9-" is forbidden: exceeded quota', 5),
        ],
      }),
      NOW,
    );
    expect(report.reason).toBe(
      'replicaset/web-7d4b9: FailedCreate: pods "web-7d4b9-" is forbidden: exceeded quota',
    );
  });

  it('says when the controller has not observed the generation applied', () => {
    const behind = { ...deployment, metadata: { ...(deployment.metadata as object), generation: 3 } };
    const report = buildFailureReport(evidence({ object: behind }), NOW);
    expect(report.reason).toBe(
      'its controller has not observed generation 3 yet (status is of generation 2)',
    );
  });

  it('falls back on what the wait said when nothing else is known', () => {
    const report = buildFailureReport(evidence({ object: undefined, status: 'deleted while waiting' }), NOW);
    expect(report).toEqual({
      subject: 'Deployment shop/web',
      reason: 'deleted while waiting',
      status: 'deleted while waiting',
      details: [],
      events: [],
    });
  });

  it('carries the log of the failing container', () => {
    const log = { pod: 'web-a', container: 'app', previous: true, lines: ['panic: no DATABASE_URL'] };
    expect(buildFailureReport(evidence({ pods: [crashing('web-a', 2)], logs: [log] }), NOW).log).toEqual(log);
  });
});

describe('summarizeEvents', () => {
  it('tells Warning events of one object with the same reason and message once, counted, newest first', () => {
    const events = [
      event('pod/web-a', 'BackOff', 'Back-off restarting failed container', 300, 4),
      event('pod/web-a', 'BackOff', 'Back-off restarting failed container', 20, 3),
      event('replicaset/web-7d4b9', 'FailedCreate', 'quota', 90),
      { ...event('pod/web-a', 'Pulled', 'pulled', 1), type: 'Normal' },
    ];
    expect(summarizeEvents(events, NOW)).toEqual([
      {
        object: 'pod/web-a',
        reason: 'BackOff',
        message: 'Back-off restarting failed container',
        count: 7,
        age: '20s',
      },
      { object: 'replicaset/web-7d4b9', reason: 'FailedCreate', message: 'quota', count: 1, age: '90s' },
    ]);
  });

  it('ages as kubectl prints them', () => {
    expect([ageOf(5_000), ageOf(180_000), ageOf(3 * 3_600_000), ageOf(3 * 86_400_000)]).toEqual([
      '5s',
      '3m',
      '3h',
      '3d',
    ]);
  });
});

describe('failingContainers', () => {
  it("reads a crashing container's previous run, and skips healthy pods", () => {
    const healthy = pod('web-ok', {
      phase: 'Running',
      containerStatuses: [{ name: 'app', ready: true, state: { running: {} } }],
    });
    expect(failingContainers([healthy, crashing('web-a', 2)])).toEqual([
      { pod: 'web-a', container: 'app', previous: true },
    ]);
  });
});

describe('pod progress', () => {
  it('counts the pods that are not ready by why', () => {
    const message =
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..';
    const pending = pod('web-c', {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', message }],
    });
    const ready = pod('web-ok', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] });
    expect(podTrouble([ready, pending, crashing('web-a', 1), crashing('web-b', 1)])).toBe(
      '1 Pending: Insufficient cpu, 2 CrashLoopBackOff',
    );
    expect(podTrouble([ready])).toBe('');
  });

  it('shortens what the scheduler says to its causes', () => {
    expect(schedulingCause('0/3 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.')).toBe(
      'Insufficient memory, Insufficient cpu',
    );
  });
});

describe('rendering', () => {
  const report = buildFailureReport(
    evidence({
      pods: [crashing('web-a', 3)],
      events: [event('pod/web-a', 'BackOff', 'Back-off restarting failed container', 20, 3)],
      logs: [{ pod: 'web-a', container: 'app', previous: true, lines: ['starting', 'panic: boom'] }],
    }),
    NOW,
  );

  it('as text: the reason first, then the wait, the details, the events and the log', () => {
    expect(failureReportLines(report)).toEqual([
      'Deployment shop/web: pod web-a: container app is in CrashLoopBackOff, restarted 3 times; last run exited with code 1 (Error)',
      '  wait: not ready after 5s: 0/2 replicas ready',
      '  Available=False: MinimumReplicasUnavailable: Deployment does not have minimum availability.',
      '  replicas: 2 desired, 2 updated, 0 ready, 0 available',
      '  Warning events:',
      '    20s ago  pod/web-a  BackOff  Back-off restarting failed container (x3)',
      '  last lines of the log of web-a/app (previous run):',
      '    starting',
      '    panic: boom',
    ]);
  });

  it('as Markdown: a table of reasons, then each report folded', () => {
    const markdown = failureReportsMarkdown([report]);
    expect(markdown).toContain('| Deployment shop/web | pod web-a: container app is in CrashLoopBackOff');
    expect(markdown).toContain('<details><summary>Deployment shop/web</summary>');
    expect(markdown).toContain(
      '| 20s ago | pod/web-a | BackOff | Back-off restarting failed container | 3 |',
    );
    expect(markdown).toContain('````text\nstarting\npanic: boom\n````');
  });
});
