import { renderManifests } from './commands/render.js';
import { validateManifests } from './commands/validate.js';
import { isUserError, UserError } from './errors.js';
import { parseCliArgs } from './inputs.js';
import type { Finding } from './validate/finding.js';
import { formatFinding } from './validate/finding.js';

/** Exit codes follow `kubectl diff`: 0 fine, 1 problems found (or changes, for plan), 2 failure. */
export async function runCli(argv: readonly string[], cwd: string): Promise<number> {
  try {
    const request = parseCliArgs(argv, cwd);
    if (request.kind === 'help') {
      process.stdout.write(request.text);
      return 0;
    }
    const { settings } = request;
    switch (settings.command) {
      case 'validate': {
        const result = await validateManifests(settings);
        printFindings(result.findings, process.stdout);
        process.stdout.write(
          `${result.loaded.resources.length} objects, ${result.errors} errors, ${result.warnings} warnings\n`,
        );
        return result.valid ? 0 : 1;
      }
      case 'render': {
        const result = await renderManifests(settings);
        printFindings(result.validation.findings, process.stderr);
        process.stdout.write(result.yaml);
        return result.validation.valid ? 0 : 1;
      }
      default:
        throw new UserError(
          `command "${settings.command}" is not implemented yet in this version of kubesync`,
        );
    }
  } catch (error) {
    process.stderr.write(
      `kubesync: ${isUserError(error) ? error.message : String((error as Error).stack ?? error)}\n`,
    );
    return 2;
  }
}

function printFindings(findings: readonly Finding[], stream: NodeJS.WriteStream) {
  for (const finding of findings) stream.write(`${formatFinding(finding)}\n`);
}
