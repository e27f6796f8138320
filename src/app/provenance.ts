import { gitOutput } from '../tools/git.js';
import os from 'node:os';
import type { Provenance } from '../model/provenance.js';

/** Which commit and run this is: from the runner's environment in a workflow, from git in a terminal. */
export async function readProvenance(env: NodeJS.ProcessEnv, workspace: string): Promise<Provenance> {
  const git = (...args: string[]) => gitOutput(workspace, ...args);
  const commit = env.GITHUB_SHA || (await git('rev-parse', 'HEAD')) || 'unknown';
  const run =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : `cli:${os.userInfo().username}@${os.hostname()}`;
  const ref = env.GITHUB_REF || (await git('rev-parse', '--abbrev-ref', 'HEAD')) || 'unknown';
  return {
    commit,
    run,
    ref,
    ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
  };
}
