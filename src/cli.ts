import { runApply } from './commands/apply.js';
import { runPlan } from './commands/plan.js';
import { runRbac } from './commands/rbac.js';
import { renderManifests } from './commands/render.js';
import { validateManifests } from './commands/validate.js';
import { withCleanup } from './cancel.js';
import { isUserError } from './errors.js';
import { parseCliArgs } from './cli-args.js';
import { readProvenance } from './provenance.js';
import { terminalLog } from './report/log.js';
import { formatPlan } from './report/plan-text.js';
import type { Finding } from './validate/finding.js';
import { formatFinding } from './validate/finding.js';
import { secretValues } from './secrets/redact.js';
import { versionLine } from './version-info.js';

/**
 * The same commands from a terminal. Exit codes follow `kubectl diff`: 0 fine and in sync, 1 problems
 * found or changes planned, 2 failure. Results go to stdout, progress and findings to stderr.
 */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  writeUnredacted: (text: string) => void = (text) => process.stdout.write(text),
  signal?: AbortSignal,
): Promise<number> {
  try {
    const request = parseCliArgs(argv, cwd, env);
    if (request.kind === 'version') {
      process.stdout.write(`${versionLine()}\n`);
      return 0;
    }
    if (request.kind === 'help') {
      process.stdout.write(request.text);
      return 0;
    }
    const { settings } = request;
    secretValues.register(settings.secrets.doppler.token);
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
        // --show-secrets asks for the values on this terminal; everything else stays redacted.
        if (settings.showSecrets) writeUnredacted(result.yaml);
        else process.stdout.write(result.yaml);
        return result.validation.valid ? 0 : 1;
      }
      case 'auto':
      case 'plan': {
        const result = await runPlan(settings, await readProvenance(env, cwd), terminalLog, env);
        printFindings(result.validation.findings, process.stderr);
        if (!result.validation.valid) return 2;
        if (!result.plan) {
          process.stdout.write(
            `${result.app}: Unknown: ${result.unknownReason ?? ''}; ${result.validation.loaded.resources.length} objects rendered and valid (kubesync render shows them)\n`,
          );
          return 0;
        }
        process.stdout.write(formatPlan(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`));
        return result.plan.syncStatus === 'OutOfSync' ? 1 : 0;
      }
      case 'rbac': {
        const result = await runRbac(settings);
        printFindings(result.validation.findings, process.stderr);
        process.stdout.write(result.yaml);
        return result.validation.valid ? 0 : 1;
      }
      case 'apply': {
        const provenance = await readProvenance(env, cwd);
        // A cancelled apply finishes cleaning up (the lock) before the process ends.
        const result = await withCleanup(() => runApply(settings, provenance, terminalLog, env, { signal }));
        printFindings(result.validation.findings, process.stderr);
        if (result.plan)
          process.stdout.write(formatPlan(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`));
        for (const line of result.restored) process.stdout.write(`rolled back: ${line}\n`);
        for (const subject of result.pruned) process.stdout.write(`pruned: ${subject}\n`);
        for (const problem of result.problems) process.stderr.write(`error: ${problem}\n`);
        process.stdout.write(
          `${result.app}: ${result.dryRun ? 'dry run, nothing changed: ' : ''}${result.syncStatus}\n`,
        );
        return result.syncStatus === 'Failed' ? 2 : 0;
      }
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
