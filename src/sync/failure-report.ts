import { isRecord, kindOf, metadataOf } from '../model/resource.js';
import type { EventSummary, FailureEvidence, FailureReport } from '../model/failure-report.js';
import type { KubeObject } from '../model/object.js';
import { plural } from '../model/plural.js';

/** How telling a finding is: the lower, the nearer the cause (a crash beats "0/1 replicas ready"). */
const CAUSE = 1;
const SCHEDULING = 2;
const CONTROLLER = 3;
const NOT_READY = 4;
const PENDING = 5;
const COUNTS = 6;

interface Finding {
  readonly rank: number;
  /** Findings with the same key on several pods are told once, with how many more pods share it. */
  readonly key: string;
  readonly pod?: string;
  readonly text: string;
}

type Fields = Record<string, unknown>;

const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
/** Waiting reasons of a container on its way up: nothing wrong yet. */
const STARTING = new Set(['ContainerCreating', 'PodInitializing']);
const EVENTS_SHOWN = 8;

function fields(value: unknown): Fields {
  return isRecord(value) ? value : {};
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
function nameOf(object: KubeObject): string {
  return text(metadataOf(object).name) ?? '';
}
function conditionsOf(object: KubeObject | undefined): Fields[] {
  const conditions = object ? fields(object.status).conditions : undefined;
  return Array.isArray(conditions) ? conditions.map(fields) : [];
}
function condition(object: KubeObject | undefined, type: string): Fields | undefined {
  return conditionsOf(object).find((entry) => entry.type === type);
}
/** `Reason: message`, or whichever of the two there is. */
function reasonAndMessage(entry: Fields): string {
  const reason = text(entry.reason);
  const message = text(entry.message);
  return [reason, message].filter(Boolean).join(': ');
}
/** `12s`, `3m`, `5h`, `2d`: how long ago, as kubectl prints ages. */
export function ageOf(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

/** What one container's status says is wrong, if anything. */
function containerFinding(pod: string, status: Fields, init: boolean): Finding | undefined {
  const name = `${init ? 'init container' : 'container'} ${text(status.name) ?? ''}`;
  const state = fields(status.state);
  const waiting = isRecord(state.waiting) ? state.waiting : undefined;
  const terminated = isRecord(state.terminated) ? state.terminated : undefined;
  const last = fields(fields(status.lastState).terminated);
  const restarts = num(status.restartCount) ?? 0;
  const reason = text(waiting?.reason);
  if (reason && IMAGE_PULL.has(reason)) {
    const message = text(waiting?.message);
    return {
      rank: CAUSE,
      key: `${name} ${reason}`,
      pod,
      text: `${name} cannot pull image ${text(status.image) ?? ''}: ${reason}${message ? ` (${message})` : ''}`,
    };
  }
  if (reason === 'CrashLoopBackOff') {
    const lastEnd = exitOf(last);
    return {
      rank: CAUSE,
      key: `${name} ${reason}`,
      pod,
      text: `${name} is in CrashLoopBackOff, restarted ${plural(restarts, 'time')}${lastEnd ? `; last run ${lastEnd}` : ''}`,
    };
  }
  if (reason && !STARTING.has(reason)) {
    const message = text(waiting?.message);
    return {
      rank: CAUSE,
      key: `${name} ${reason}`,
      pod,
      text: `${name}: ${reason}${message ? ` (${message})` : ''}`,
    };
  }
  if (terminated && (num(terminated.exitCode) ?? 0) !== 0) {
    return { rank: CAUSE, key: `${name} exit`, pod, text: `${name} ${exitOf(terminated) ?? 'failed'}` };
  }
  if (!init && isRecord(state.running) && status.ready === false) {
    return { rank: NOT_READY, key: `${name} not ready`, pod, text: `${name} is running but not ready` };
  }
  if (reason) return { rank: PENDING, key: `${name} ${reason}`, pod, text: `${name}: ${reason}` };
  return undefined;
}

/** `was OOMKilled (exit code 137)`, `exited with code 1 (Error): message`. */
function exitOf(terminated: Fields): string | undefined {
  const code = num(terminated.exitCode);
  if (code === undefined) return undefined;
  const reason = text(terminated.reason);
  const message = text(terminated.message);
  const how =
    reason === 'OOMKilled'
      ? `was OOMKilled, out of memory (exit code ${code})`
      : `exited with code ${code}${reason ? ` (${reason})` : ''}`;
  return `${how}${message ? `: ${message}` : ''}`;
}

/** What is wrong with one pod, most telling first. */
function podFindings(pod: KubeObject): Finding[] {
  const name = nameOf(pod);
  const status = fields(pod.status);
  const phase = text(status.phase) ?? 'Pending';
  const found: Finding[] = [];
  const scheduled = condition(pod, 'PodScheduled');
  if (scheduled?.status === 'False') {
    // What the scheduler tried after (preemption) only repeats that nothing fits.
    const message = text(scheduled.message)?.replace(/\s+preemption:.*$/s, '');
    const said = reasonAndMessage({ reason: scheduled.reason, message }) || 'Unschedulable';
    found.push({
      rank: SCHEDULING,
      key: `unschedulable ${message ?? ''}`,
      pod: name,
      text: `${phase}, cannot be scheduled: ${said}`,
    });
  }
  if (phase === 'Failed' && (text(status.reason) || text(status.message))) {
    found.push({
      rank: CAUSE,
      key: `failed ${text(status.reason) ?? ''}`,
      pod: name,
      text: `failed: ${reasonAndMessage(status)}`,
    });
  }
  const statuses = (key: string, init: boolean) =>
    (Array.isArray(status[key]) ? (status[key] as unknown[]) : []).map((entry) =>
      containerFinding(name, fields(entry), init),
    );
  for (const finding of [...statuses('initContainerStatuses', true), ...statuses('containerStatuses', false)])
    if (finding) found.push(finding);
  if (found.length === 0 && phase === 'Pending')
    found.push({ rank: PENDING, key: 'pending', pod: name, text: 'Pending' });
  if (found.length === 0 && phase === 'Running' && condition(pod, 'Ready')?.status === 'False') {
    const ready = condition(pod, 'Ready') ?? {};
    found.push({
      rank: NOT_READY,
      key: 'not ready',
      pod: name,
      text: `Running, not ready: ${reasonAndMessage(ready)}`,
    });
  }
  return found;
}

/** What the object's own status and conditions say: deadlines, replica failures, generations, counts. */
function objectFindings(object: KubeObject | undefined): Finding[] {
  if (!object) return [];
  const found: Finding[] = [];
  const status = fields(object.status);
  const spec = fields(object.spec);
  const generation = num(metadataOf(object).generation);
  const observed = num(status.observedGeneration);
  if (generation !== undefined && observed !== undefined && observed < generation) {
    found.push({
      rank: CONTROLLER,
      key: 'generation',
      text: `its controller has not observed generation ${generation} yet (status is of generation ${observed})`,
    });
  }
  // Since 1.31 a Job is FailureTarget while its pods are still being terminated, Failed only after.
  const failedYet = condition(object, 'Failed')?.status === 'True';
  for (const entry of conditionsOf(object)) {
    const type = text(entry.type) ?? '';
    const bad =
      (type === 'FailureTarget' && entry.status === 'True' && !failedYet) ||
      (type === 'Progressing' && entry.reason === 'ProgressDeadlineExceeded') ||
      (type === 'ReplicaFailure' && entry.status === 'True') ||
      (type === 'Failed' && entry.status === 'True') ||
      (type === 'Stalled' && entry.status === 'True') ||
      ((type === 'Ready' || type === 'Available') && entry.status === 'False');
    if (!bad) continue;
    const rank = rankOfCondition(type, entry);
    found.push({
      rank,
      key: `condition ${type}`,
      text: `${type}=${text(entry.status) ?? ''}: ${reasonAndMessage(entry)}`,
    });
  }
  const counts = replicaCounts(kindOf(object), spec, status);
  if (counts) found.push({ rank: COUNTS, key: 'counts', text: counts });
  return found;
}

/**
 * A ReplicaFailure (pods refused: a quota, a webhook) is the cause; a passed progress deadline only says
 * that something else (a pod never ready) kept the rollout from finishing.
 */
function rankOfCondition(type: string, entry: Fields): number {
  if (type === 'ReplicaFailure') return CAUSE;
  if (type === 'Progressing' && entry.reason === 'ProgressDeadlineExceeded') return PENDING;
  if (type === 'Available' || type === 'Ready') return COUNTS;
  return CONTROLLER;
}

/** `replicas: 3 desired, 3 updated, 2 ready, 2 available`, as `kubectl get` shows them. */
function replicaCounts(kind: string | undefined, spec: Fields, status: Fields): string | undefined {
  const count = (value: unknown) => num(value) ?? 0;
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return `replicas: ${num(spec.replicas) ?? 1} desired, ${count(status.updatedReplicas)} updated, ${count(status.readyReplicas)} ready, ${count(status.availableReplicas)} available`;
    case 'DaemonSet':
      return `pods: ${count(status.desiredNumberScheduled)} desired, ${count(status.updatedNumberScheduled)} updated, ${count(status.numberReady)} ready, ${count(status.numberAvailable)} available`;
    case 'Job':
      return `pods: ${count(status.active)} active, ${count(status.succeeded)} succeeded, ${count(status.failed)} failed`;
    default:
      return undefined;
  }
}

/** The pod's findings with the same key told once: `pod web-1 (and 2 more pods): …`. */
function grouped(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, { finding: Finding; pods: number }>();
  for (const finding of findings) {
    const seen = byKey.get(finding.key);
    if (seen) seen.pods += 1;
    else byKey.set(finding.key, { finding, pods: 1 });
  }
  return [...byKey.values()].map(({ finding, pods }) => ({
    ...finding,
    text: finding.pod
      ? `pod ${finding.pod}${pods > 1 ? ` (and ${plural(pods - 1, 'more pod')})` : ''}: ${finding.text}`
      : finding.text,
  }));
}

function eventTime(event: KubeObject): number | undefined {
  for (const value of [
    event.lastTimestamp,
    event.eventTime,
    fields(event.series).lastObservedTime,
    event.firstTimestamp,
    metadataOf(event).creationTimestamp,
  ]) {
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/** Warning events, the same reason and message of one object told once with their count; newest first. */
export function summarizeEvents(events: readonly KubeObject[], now: number): EventSummary[] {
  const byKey = new Map<
    string,
    { object: string; reason: string; message: string; count: number; last: number }
  >();
  for (const event of events) {
    if (event.type !== 'Warning') continue;
    const involved = fields(event.involvedObject ?? event.regarding);
    const object = `${(text(involved.kind) ?? '').toLowerCase()}/${text(involved.name) ?? ''}`;
    const reason = text(event.reason) ?? '';
    const message = (text(event.message) ?? text(event.note) ?? '').trim();
    const count = num(event.count) ?? num(fields(event.series).count) ?? 1;
    const last = eventTime(event) ?? now;
    const key = `${object}\u0000${reason}\u0000${message}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count += count;
      seen.last = Math.max(seen.last, last);
    } else byKey.set(key, { object, reason, message, count, last });
  }
  return [...byKey.values()]
    .sort((a, b) => b.last - a.last)
    .slice(0, EVENTS_SHOWN)
    .map(({ last, ...event }) => ({ ...event, age: ageOf(now - last) }));
}

/** Events that say why pods are missing or failing, worth naming as the reason when nothing else does. */
const TELLING_EVENTS = new Set([
  'Unhealthy',
  'FailedCreate',
  'FailedScheduling',
  'BackoffLimitExceeded',
  'DeadlineExceeded',
  'FailedMount',
  'FailedAttachVolume',
  'Failed',
  'BackOff',
]);

/**
 * Why the object did not become ready, from what the cluster said at the end of the wait: the pods'
 * container states and scheduling, the object's conditions and counts, and the Warning events. The most
 * telling finding comes first and is the report's reason.
 */
export function buildFailureReport(evidence: FailureEvidence, now: number): FailureReport {
  const pods = grouped(evidence.pods.flatMap(podFindings));
  const own = objectFindings(evidence.object);
  const replicaSets = evidence.replicaSets.flatMap((replicaSet) =>
    objectFindings(replicaSet)
      .filter((finding) => finding.rank === CAUSE)
      .map((finding) => ({ ...finding, text: `replicaset ${nameOf(replicaSet)}: ${finding.text}` })),
  );
  const events = summarizeEvents(evidence.events, now);
  const findings = [...pods, ...replicaSets, ...own].sort((a, b) => a.rank - b.rank);
  const telling = events.find((event) => TELLING_EVENTS.has(event.reason));
  const lines = findings.map((finding) => finding.text);
  const top = findings[0]?.rank ?? COUNTS;
  // An event (a webhook refusing the pods, a probe failing) says more than a pod merely not ready.
  if (telling && top >= NOT_READY) lines.unshift(`${telling.object}: ${telling.reason}: ${telling.message}`);
  // Without a cause, the wait's own words ("exceeded its progress deadline") stay the reason.
  const caused = (telling && top >= NOT_READY) || top <= NOT_READY;
  const [reason = evidence.status, ...rest] = caused ? lines : [evidence.status, ...lines];
  // A Deployment repeats its ReplicaSet's ReplicaFailure: told once is enough.
  const details = rest.filter((line) => !reason.endsWith(line));
  const log = evidence.logs.find((entry) => entry.lines.length > 0);
  return {
    subject: evidence.subject,
    reason,
    status: evidence.status,
    details,
    events,
    ...(log ? { log } : {}),
  };
}

/**
 * The containers whose log says most: a crashing one's previous run, one that exited with an error, one
 * running but never ready. One per distinct problem, at most `limit`.
 */
export function failingContainers(
  pods: readonly KubeObject[],
  limit = 1,
): { pod: string; container: string; previous: boolean }[] {
  const found: { pod: string; container: string; previous: boolean }[] = [];
  for (const pod of pods) {
    const statuses = fields(pod.status).containerStatuses;
    for (const entry of Array.isArray(statuses) ? statuses.map(fields) : []) {
      const state = fields(entry.state);
      const waiting = fields(state.waiting);
      const terminated = fields(state.terminated);
      const crashing = waiting.reason === 'CrashLoopBackOff';
      const failed = (num(terminated.exitCode) ?? 0) !== 0;
      const unready = isRecord(state.running) && entry.ready === false;
      if (crashing || failed || unready)
        found.push({ pod: nameOf(pod), container: text(entry.name) ?? '', previous: crashing });
      if (found.length >= limit) return found;
    }
  }
  return found;
}
