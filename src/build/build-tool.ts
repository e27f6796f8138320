import { UserError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import { execTool, findTool, failUnlessSucceeded } from '../tools/exec-tool.js';

const SHOWN_ON_FAILURE = 20;

/** The path of a builder's tool, or a UserError naming the workflow step that installs it. */
export async function requireTool(command: string, missing: string): Promise<string> {
  const found = await findTool(command);
  if (!found) throw new UserError(`${command} was not found on PATH: ${missing}`);
  return found;
}

/**
 * Runs one step of a build, its output shown as it comes (a build takes minutes); when it fails, the
 * error carries the builder's last lines, stdout and stderr as they interleaved. Returns all it printed.
 */
export async function runBuildStep(
  tool: string,
  args: string[],
  description: string,
  log: Log,
): Promise<string> {
  const lastLines: string[] = [];
  const result = await execTool(tool, args, {
    onLine: (line) => {
      log.info(line);
      lastLines.push(line);
      if (lastLines.length > SHOWN_ON_FAILURE) lastLines.shift();
    },
  });
  failUnlessSucceeded(result, description, lastLines.join('\n'));
  return `${result.stdout}\n${result.stderr}`;
}
