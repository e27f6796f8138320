import { UserError } from '../model/errors.js';

export interface ToolResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ExecToolOptions {
  /** Sees each line of stdout and stderr as it comes, e.g. to show a long build's progress. */
  readonly onLine?: (line: string) => void;
}

/** The path of an installed tool, as `which` finds it on PATH; empty when there is none. */
export async function findTool(tool: string): Promise<string> {
  // Loaded when first needed: an Application or plain YAML runs no tool.
  const { which } = await import('@actions/io');
  return which(tool, false);
}

/** Runs an installed tool (its path as `which` found it) without echoing its command line. */
export async function execTool(
  tool: string,
  args: string[],
  options: ExecToolOptions = {},
): Promise<ToolResult> {
  const { onLine } = options;
  // Loaded when a tool first runs: an Application or plain YAML needs none.
  const { getExecOutput } = await import('@actions/exec');
  return getExecOutput(tool, args, {
    silent: true,
    ignoreReturnCode: true,
    ...(onLine ? { listeners: { stdline: onLine, errline: onLine } } : {}),
  });
}

/**
 * The command line may carry --set values that are secrets: it is never echoed, and errors name only
 * what was run. `output` is what the tool said, its stderr unless the caller kept something better.
 */
export function failUnlessSucceeded(result: ToolResult, description: string, output = result.stderr): void {
  if (result.exitCode === 0) return;
  const lastLines = output.trim().split('\n').slice(-20).join('\n');
  throw new UserError(
    `${description} failed (exit code ${result.exitCode}):\n${lastLines}\nFix the error above and run again.`,
  );
}
