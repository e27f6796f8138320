import type { KubeObject } from './object.js';

/** The last lines one container wrote, as the kubelet served them. */
export interface ContainerLog {
  readonly pod: string;
  readonly container: string;
  /** The log of the run before the current one: what a crashed container said before it died. */
  readonly previous: boolean;
  readonly lines: readonly string[];
}

/** What the cluster says about an object that did not become ready, read when the wait gave up. */
export interface FailureEvidence {
  /** The object as read last; undefined when it is gone. */
  readonly object: KubeObject | undefined;
  readonly subject: string;
  /** What the wait said of it: `not ready after 5s: 0/1 replicas ready`. */
  readonly status: string;
  readonly replicaSets: readonly KubeObject[];
  readonly pods: readonly KubeObject[];
  /** Warning events of the object, its ReplicaSets and its pods. */
  readonly events: readonly KubeObject[];
  readonly logs: readonly ContainerLog[];
}

/** Warning events of one object with the same reason and message, as one. */
export interface EventSummary {
  /** `pod/web-7d4b9-x2x`, `replicaset/web-7d4b9`. */
  readonly object: string;
  readonly reason: string;
  readonly message: string;
  readonly count: number;
  /** How long ago it was last seen: `12s`, `3m`. */
  readonly age: string;
}

/** Why one object did not become ready, most telling first. */
export interface FailureReport {
  /** `Deployment shop/web`. */
  readonly subject: string;
  /** The one most telling line: `pod web-7d4b9-x2x: container app is in CrashLoopBackOff …`. */
  readonly reason: string;
  /** What the wait said: `not ready after 5s: 0/1 replicas ready`. */
  readonly status: string;
  /** Every finding after the reason, most telling first. */
  readonly details: readonly string[];
  readonly events: readonly EventSummary[];
  readonly log?: ContainerLog;
}
