import { readFileSync } from 'node:fs';
import type { Repository } from './report/github.js';

/** What kubesync needs to know about the workflow run and the event that started it. */
export interface RunContext {
  readonly eventName: string;
  readonly repository?: Repository;
  readonly runUrl: string;
  /** The commit under test: a pull request's head, else GITHUB_SHA. */
  readonly sha: string;
  readonly pullRequest?: { readonly number: number; readonly fromFork: boolean };
}

interface PullRequestEvent {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } };
    base?: { repo?: { full_name?: string } };
  };
}

/** Reads the runner's environment and the event payload file once, at the start of a run. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let event: PullRequestEvent = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent;
    } catch {
      event = {};
    }
  }
  const pull = event.pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: owner && repo ? { owner, repo } : undefined,
    runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    sha: pull?.head?.sha ?? env.GITHUB_SHA ?? '',
    pullRequest:
      pull?.number !== undefined
        ? { number: pull.number, fromFork: pull.head?.repo?.full_name !== pull.base?.repo?.full_name }
        : undefined,
  };
}
