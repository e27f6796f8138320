import type { ChangeRange } from '../apps/changed-apps.js';
import { readFileSync } from 'node:fs';
import type { Repository } from '../../github/github.js';

/** What kubesync needs to know about the workflow run and the event that started it. */
export interface RunContext {
  readonly eventName: string;
  readonly repository?: Repository;
  readonly runUrl: string;
  /** The commit under test: a pull request's head, else GITHUB_SHA. */
  readonly sha: string;
  readonly pullRequest?: { readonly number: number; readonly fromFork: boolean };
  /** `repository_dispatch`: the event type and the unchecked `client_payload`. */
  readonly dispatch?: { readonly type: string; readonly payload: unknown };
  /** `deployment`: the GitHub Deployment someone else created, whose statuses this run drives. */
  readonly deployment?: DeploymentEvent;
  /** What the event changed: a pull request's base and head, a push's before and after. */
  readonly changes?: ChangeRange;
  /** Who started the event: a push's pusher (the merger of a merged pull request), a dispatch's sender. */
  readonly sender?: string;
  /** `workflow_dispatch`: the inputs the person gave. */
  readonly workflowInputs?: Readonly<Record<string, unknown>>;
}

export interface DeploymentEvent {
  readonly id: number;
  readonly environment: string;
  readonly sha: string;
  /** The app its payload names, to tell apart the apps of one repository. */
  readonly app?: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } };
    base?: { sha?: string; repo?: { full_name?: string } };
  };
  before?: string;
  after?: string;
  action?: string;
  client_payload?: unknown;
  merge_group?: { head_sha?: string; base_sha?: string };
  deployment?: { id?: number; environment?: string; sha?: string; payload?: unknown };
  sender?: { login?: string };
  inputs?: unknown;
}

/** Reads the runner's environment and the event payload file once, at the start of a run. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let event: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      event = {};
    }
  }
  const pull = event.pull_request;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const deployment = eventName === 'deployment' ? deploymentOf(event.deployment) : undefined;
  return {
    eventName,
    repository: owner && repo ? { owner, repo } : undefined,
    runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    sha: pull?.head?.sha ?? event.merge_group?.head_sha ?? deployment?.sha ?? env.GITHUB_SHA ?? '',
    pullRequest:
      pull?.number !== undefined
        ? { number: pull.number, fromFork: pull.head?.repo?.full_name !== pull.base?.repo?.full_name }
        : undefined,
    dispatch:
      eventName === 'repository_dispatch'
        ? { type: event.action ?? '', payload: event.client_payload }
        : undefined,
    deployment,
    changes: changesOf(eventName, event),
    ...(event.sender?.login ? { sender: event.sender.login } : {}),
    ...(eventName === 'workflow_dispatch' && typeof event.inputs === 'object' && event.inputs
      ? { workflowInputs: event.inputs as Record<string, unknown> }
      : {}),
  };
}

/** A push of a new branch has no before (all zeros): there is nothing to compare with. */
function changesOf(eventName: string, event: EventPayload): ChangeRange | undefined {
  const pull = event.pull_request;
  if (pull?.base?.sha && pull.head?.sha)
    return { base: pull.base.sha, head: pull.head.sha, sinceMergeBase: true };
  const group = event.merge_group;
  if (group?.base_sha && group.head_sha)
    return { base: group.base_sha, head: group.head_sha, sinceMergeBase: false };
  if (eventName === 'push' && event.before && event.after && !/^0+$/.test(event.before))
    return { base: event.before, head: event.after, sinceMergeBase: false };
  return undefined;
}

function deploymentOf(deployment: EventPayload['deployment']): DeploymentEvent | undefined {
  if (typeof deployment?.id !== 'number' || !deployment.sha) return undefined;
  const payload = deployment.payload as { app?: unknown } | undefined;
  return {
    id: deployment.id,
    environment: deployment.environment ?? '',
    sha: deployment.sha,
    ...(typeof payload?.app === 'string' && payload.app ? { app: payload.app } : {}),
  };
}
