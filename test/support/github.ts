import { createServer } from 'node:net';
import { afterEach, expect } from 'vitest';
import { FakeGitHub } from '../fake-github/server.js';
import type { ActionRun } from './run-dist.js';
import { runAction } from './run-dist.js';

const running: FakeGitHub[] = [];
afterEach(async () => {
  for (const github of running.splice(0)) {
    // Every request must have matched an operation of GitHub's OpenAPI description.
    expect(github.problems).toEqual([]);
    await github.stop();
  }
});

/** A fake GitHub API for the current test, checked for schema problems and stopped after it. */
export async function startGitHub(): Promise<FakeGitHub> {
  const github = new FakeGitHub();
  await github.start();
  running.push(github);
  return github;
}

/** The payload of a `pull_request` event, from a branch of the repository or from a fork. */
export function pullRequestEvent(number: number, headSha: string, fork = false) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: headSha, repo: { full_name: fork ? 'someone/shop' : 'acme/shop' } },
      base: { repo: { full_name: 'acme/shop' } },
    },
  };
}

/**
 * Runs the bundled action with the fake as its GitHub API (GITHUB_API_URL and the fake's token, which
 * `inputs` may override) and HOME in the workspace, so no kubeconfig of this machine is read.
 */
export function runActionWithGitHub(
  github: FakeGitHub,
  options: Parameters<typeof runAction>[0],
): Promise<ActionRun> {
  return runAction({
    ...options,
    inputs: { 'github-token': github.token, ...options.inputs },
    env: { GITHUB_API_URL: github.url, HOME: options.workspace, ...options.env },
  });
}

/** A GitHub API URL nothing listens on: a loopback port that was free a moment ago. */
export async function unreachableApiUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** A stack trace in the runner's log, printed or inside a `::error::` command (newlines as %0A). */
export const STACK_TRACE = /(\n|%0A)\s+at \S/;
