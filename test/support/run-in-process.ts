import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maskInRunnerLog, run, runnerEnvironment } from '../../src/action/run-action.js';
import { connectGitHub } from '../../src/github/connect-github.js';
import { guardOutput } from '../../src/secrets/guard-output.js';
import type { GitHub } from '../../src/github/github.js';
import type { RunCancellation } from '../../src/model/cancel.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { parseOutputFile, runnerEnv } from './run-dist.js';

export interface InProcessRun {
  /** What the step wrote to stdout: the log, workflow commands included. */
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

// @actions/core keeps the summary file it first wrote to: every run of a test file shares one runner
// temp, which lives as long as the test file's process.
const runnerTemp = realpathSync(mkdtempSync(path.join(tmpdir(), 'kubesync-runner-')));
const outputFile = path.join(runnerTemp, 'output');
const summaryFile = path.join(runnerTemp, 'summary');
const eventFile = path.join(runnerTemp, 'event.json');

const noCancellation: RunCancellation = {
  signal: new AbortController().signal,
  withCleanup: (work) => work(),
};

/**
 * The action's entry function in this process, as the runner would start it (inputs, event and
 * files in the environment; stdout and stderr redacted as the entry redacts them): the action layer
 * without the bundle.
 */
export async function runActionInProcess(options: {
  workspace: string;
  inputs: Record<string, string>;
  /** GitHub in memory; without it, the Octokit client at GITHUB_API_URL (a fake GitHub server). */
  github?: GitHub;
  eventName?: string;
  event?: unknown;
  env?: NodeJS.ProcessEnv;
  /** The clock deploy windows are read by. */
  now?: () => Date;
}): Promise<InProcessRun> {
  for (const file of [outputFile, summaryFile]) writeFileSync(file, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env = runnerEnv({ ...options, eventFile, outputFile, summaryFile, runnerTemp });
  const saved = { ...process.env };
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const writes = {
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
  };
  // As the entry does: every write redacted by the run's secret values, each told to the runner.
  const secrets = new SecretValues(maskInRunnerLog);
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].write = (chunk: string | Uint8Array) => {
      written[name].push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    guardOutput(process[name], secrets);
  }
  // @actions/core reads inputs and the command files from process.env.
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name];
  Object.assign(process.env, env);
  process.exitCode = undefined;
  try {
    await run(
      runnerEnvironment(process.env, options.workspace),
      secrets,
      noCancellation,
      options.github ? () => options.github as GitHub : connectGitHub,
      options.now,
    );
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return {
    stdout: written.stdout.join(''),
    stderr: written.stderr.join(''),
    exitCode,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
