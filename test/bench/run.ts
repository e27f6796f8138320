import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tmpdir } from 'node:os';

export interface RunResult {
  wallMs: number;
  /** Peak RSS in MB, when asked for (node processes only). */
  peakRssMb?: number;
  code: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Exit codes that are not a failure (plan and kubectl diff exit 1 when there are changes). */
  okCodes?: number[];
  /** Node only: report the process's own peak RSS, written at exit by a preloaded data: URL module. */
  measureRss?: boolean;
}

/** Runs a command to its end; wall time from spawn to exit. Throws, with its output's tail, on a bad exit. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const rssFile = path.join(tmpdir(), `kubesync-bench-rss-${randomBytes(6).toString('hex')}`);
  const preload = options.measureRss
    ? [
        '--import',
        `data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)))`,
      ]
    : [];
  const okCodes = options.okCodes ?? [0];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...preload, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      const exitCode = code ?? 128;
      let peakRssMb: number | undefined;
      if (existsSync(rssFile)) {
        peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile, { force: true });
      }
      if (!okCodes.includes(exitCode)) {
        const shown = [path.basename(command), ...args].join(' ').slice(0, 300);
        reject(new Error(`${shown} exited ${signal ?? exitCode}:\n${output.trimEnd()}`));
        return;
      }
      resolve({ wallMs, peakRssMb, code: exitCode });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
