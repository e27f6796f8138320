import { execFile } from 'node:child_process';
import { UserError } from '../model/errors.js';
import type { ToolResult } from './exec-tool.js';
import { toolEnvironment } from './tool-environment.js';

/**
 * What helm or kustomize may write to stdout (and to stderr) for one source: far above any real
 * chart's render (a few MB at most), low enough that a hostile one cannot exhaust the runner's memory.
 */
export const MAX_TOOL_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface RenderToolOptions {
  /** What runs, for errors: `helm template charts/web`. */
  readonly description: string;
  /** Proxies are passed on only when the workflow allows remote sources. */
  readonly network: boolean;
}

/**
 * Runs helm or kustomize on repository content: arguments as an argv array (no shell), a minimal
 * environment with a fresh home (toolEnvironment), and output bounded by MAX_TOOL_OUTPUT_BYTES.
 */
export function runRenderTool(
  tool: string,
  args: readonly string[],
  options: RenderToolOptions,
): Promise<ToolResult> {
  const { env, remove } = toolEnvironment(options);
  const limit = `${MAX_TOOL_OUTPUT_BYTES / 1024 / 1024} MiB`;
  return new Promise<ToolResult>((resolve, reject) => {
    execFile(
      tool,
      args,
      { env, maxBuffer: MAX_TOOL_OUTPUT_BYTES, encoding: 'buffer', windowsHide: true },
      (error, stdout, stderr) => {
        remove();
        const output = { stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') };
        if (!error) return resolve({ exitCode: 0, ...output });
        if ((error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          const message = `${options.description} wrote more than ${limit} of output and was stopped; no chart or kustomization renders that much for one app: split it into several apps`;
          return reject(new UserError(message));
        }
        if (typeof error.code === 'number') return resolve({ exitCode: error.code, ...output });
        // Killed by a signal: no exit code of its own.
        if (error.signal) {
          return resolve({
            exitCode: 128,
            ...output,
            stderr: `${output.stderr}\n(stopped by ${error.signal})`,
          });
        }
        reject(new Error(`${options.description} could not run: ${error.message}`, { cause: error }));
      },
    );
  });
}
