import { readContainerLog } from '../cluster/container-log.js';
import type { ClusterClient } from '../cluster/client.js';
import { readWarningEvents } from '../cluster/warning-events.js';
import { readWorkloadPods } from '../cluster/workload-pods.js';
import type { FailureEvidence, FailureReport } from '../model/failure-report.js';
import type { KubeObject, ObjectRef } from '../model/object.js';
import { buildFailureReport, failingContainers } from './failure-report.js';
import type { WaitResult } from './wait.js';
import { describeWaitProblems, subjectOf } from './wait.js';

/** Where the reports of failed waits go, and the clock their ages are told by. */
export interface FailureExplaining {
  readonly client: ClusterClient;
  /** Each report is added here, for the summary, the commit status and the `failure` output. */
  readonly reports: FailureReport[];
  readonly now?: () => number;
}

/** Never a reason to fail: a read that does not work leaves its part of the report empty. */
async function orNothing<T>(read: () => Promise<T>, nothing: T): Promise<T> {
  try {
    return await read();
  } catch {
    return nothing;
  }
}

/** Everything `kubectl describe` would have shown about the object, its ReplicaSets and pods. */
export async function gatherEvidence(
  client: ClusterClient,
  ref: ObjectRef,
  status: string,
): Promise<FailureEvidence> {
  const object = await orNothing(() => client.get(ref), undefined);
  const { replicaSets, pods } = object
    ? await orNothing(() => readWorkloadPods(client, object), { replicaSets: [], pods: [] })
    : { replicaSets: [], pods: [] };
  const namespace = ref.namespace ?? '';
  const involved: KubeObject[] = [...(object ? [object] : []), ...replicaSets, ...pods];
  const [events, logs] = await Promise.all([
    namespace ? orNothing(() => readWarningEvents(client, namespace, involved), []) : [],
    Promise.all(failingContainers(pods).map((target) => readContainerLog(client, namespace, target))),
  ]);
  return {
    object,
    subject: subjectOf(ref),
    status,
    replicaSets,
    pods,
    events,
    logs: logs.filter((log) => log !== undefined),
  };
}

/**
 * The problems of a failed wait, one line each, with why when the cluster tells: each object that did
 * not become ready gets a report (added to `reports`), and its line ends with the report's reason. A
 * cancelled wait is not explained: nobody waited long enough to learn why.
 */
export async function explainWaitProblems(
  explaining: FailureExplaining,
  result: WaitResult,
): Promise<string[]> {
  const lines = describeWaitProblems(result);
  if (result.ok || result.cancelled) return lines;
  const now = explaining.now ?? Date.now;
  const reports = await Promise.all(
    result.problems.map(async ({ ref, message }) =>
      buildFailureReport(await gatherEvidence(explaining.client, ref, message), now()),
    ),
  );
  explaining.reports.push(...reports);
  return lines.map((line, index) => {
    const reason = reports[index]?.reason;
    return reason && reason !== result.problems[index]?.message ? `${line}; ${reason}` : line;
  });
}
