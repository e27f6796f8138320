import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, REPO_ROOT } from './workspace.js';
import { runnerEnv } from './runner-env.js';

export { runnerEnv };

export const DIST_ENTRY = path.join(REPO_ROOT, 'dist/index.js');

export interface ProcessResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ActionRun extends ProcessResult {
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** RUNNER_TEMP of the run, where the diff file goes. */
  readonly runnerTemp: string;
}

/**
 * What the runner shows of a step's stdout: it consumes `::add-mask::` commands (which must carry the
 * value to mask) and never prints them.
 */
export function runnerLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Runs a command on the same Node as the tests (24, like the runner), with only the given environment. */
export function runProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  onSpawn?: (child: ChildProcessWithoutNullStreams) => void,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH, ...env } });
    onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/**
 * Runs the bundled action as the GitHub runner does: `node dist/index.js` with INPUT_* variables, an
 * event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files it reads back afterwards.
 */
export async function runAction(options: {
  workspace: string;
  inputs: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: NodeJS.ProcessEnv;
  /** Sees the process as it starts, e.g. to signal it while it works. */
  onSpawn?: (child: ChildProcessWithoutNullStreams) => void;
  /** The file the runner starts: a sub-action's entry instead of the root action's. */
  entry?: string;
}): Promise<ActionRun> {
  const runnerTemp = makeTempDir('kubesync-runner-');
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  const eventFile = path.join(runnerTemp, 'event.json');
  for (const file of [outputFile, summaryFile]) writeFileSync(file, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const result = await runProcess(
    [options.entry ?? DIST_ENTRY],
    runnerEnv({ ...options, eventFile, outputFile, summaryFile, runnerTemp }),
    options.workspace,
    options.onSpawn,
  );
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp,
  };
}

/** The `name<<delimiter` heredoc format @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const end = lines.indexOf(match[2], index + 1);
    outputs[match[1]] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}
