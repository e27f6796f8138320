import type { RunCancellation } from '../model/cancel.js';
import { parseCliArgs } from './cli-args.js';
import { isUserError, UserError } from '../model/errors.js';
import type { ResolvedCommand, Settings } from '../settings/inputs.js';
import type { AppOutcome } from '../app/app-outcome.js';
import type { Runtime } from '../app/commands/runtime.js';
import type { Plan } from '../plan/plan.js';
import { flagWordedLog, inFlagWords } from './flag-wording.js';
import { terminalLog } from './terminal-log.js';
import type { SecretValues } from '../secrets/redact.js';
import type { Finding } from '../model/finding.js';
import { formatFinding } from '../model/finding.js';
import { countLine } from '../validate/counts.js';
import { versionLine } from '../app/version-info.js';
import { readableStack } from '../app/stack-trace.js';

/** What the CLI reads from and writes to, given by the entry. */
export interface Terminal {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly secrets: SecretValues;
  /** stdout without redaction, for what the user asked to see (`render --show-secrets`). */
  readonly writeUnredacted: (text: string) => void;
  readonly cancellation: RunCancellation;
}

/**
 * The same commands from a terminal. Exit codes follow `kubectl diff`: 0 fine and in sync, 1 problems
 * found or changes planned, 2 failure. Results go to stdout, progress and findings to stderr. Each
 * command loads only the code it runs: `validate` never loads the cluster client.
 */
export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  try {
    const request = parseCliArgs(argv, terminal.cwd, terminal.env);
    if (request.kind === 'version') {
      process.stdout.write(`${versionLine()}\n`);
      return 0;
    }
    if (request.kind === 'help') {
      process.stdout.write(request.text);
      return 0;
    }
    const { settings } = request;
    terminal.secrets.register(settings.secrets.doppler.token);
    return await runCommand(settings, terminal);
  } catch (error) {
    process.stderr.write(
      `kubesync: ${isUserError(error) ? inFlagWords(error.message) : readableStack(error)}\n`,
    );
    return 2;
  }
}

async function runCommand(settings: Settings, terminal: Terminal): Promise<number> {
  if (settings.command === 'promote')
    // parseCliArgs refuses it; the settings type still lists every command.
    throw new UserError('promote runs in a workflow; use the action with command: promote');
  const command = settings.command === 'auto' ? 'plan' : settings.command;
  const { runApp } = await import('../app/run-app.js');
  const outcome = await runApp(command, settings, await runtimeOf(command, terminal), {
    // A terminal is no workflow run: nothing is recorded on GitHub.
    run: { eventName: 'cli', runUrl: '', sha: '' },
    provenance: () => readProvenanceOf(terminal, settings.workspace),
    cancellation: terminal.cancellation,
  });
  return printOutcome(outcome, settings, terminal);
}

async function printOutcome(outcome: AppOutcome, settings: Settings, terminal: Terminal): Promise<number> {
  const { secrets } = terminal;
  switch (outcome.kind) {
    case 'skipped':
    case 'promoted':
      // Only events skip an app, and only the action promotes.
      return 0;
    case 'failed':
      process.stderr.write(`kubesync: ${inFlagWords(outcome.message)}\n`);
      return 2;
    case 'validated': {
      const result = outcome.validation;
      if (settings.output !== 'text') {
        const [{ validationJson }, { outputDocument }] = await Promise.all([
          import('../report/validate-json.js'),
          import('../report/json-document.js'),
        ]);
        printFindings(result.findings, process.stderr);
        process.stdout.write(outputDocument(validationJson(result), settings.output));
        return result.valid ? 0 : 1;
      }
      printFindings(result.findings, process.stdout);
      const { errors, warnings } = result;
      process.stdout.write(`${countLine({ objects: result.loaded.resources.length, errors, warnings })}\n`);
      return result.valid ? 0 : 1;
    }
    case 'rendered': {
      const { result } = outcome;
      const { renderNotes } = await import('../report/render-notes.js');
      printFindings(result.validation.findings, process.stderr);
      for (const note of renderNotes(result)) process.stderr.write(`${note}\n`);
      // The rendered objects are YAML already: -o yaml prints them as they are.
      let text = result.yaml;
      if (settings.output === 'json') {
        const [{ renderJson }, { jsonDocument }] = await Promise.all([
          import('../report/render-json.js'),
          import('../report/json-document.js'),
        ]);
        text = jsonDocument(renderJson(result));
      }
      // --show-secrets asks for the values on this terminal; everything else stays redacted.
      if (settings.showSecrets) terminal.writeUnredacted(text);
      else process.stdout.write(text);
      return result.validation.valid ? 0 : 1;
    }
    case 'planned': {
      const { result } = outcome;
      printFindings(result.validation.findings, process.stderr);
      const exitCode = planExitCode(result.validation.valid, result.plan?.syncStatus);
      if (settings.output !== 'text') {
        const [{ planJson }, { outputDocument }] = await Promise.all([
          import('../report/plan-json.js'),
          import('../report/json-document.js'),
        ]);
        process.stdout.write(outputDocument(planJson(result, secrets), settings.output));
        return exitCode;
      }
      if (!result.validation.valid) return exitCode;
      if (!result.plan) {
        process.stdout.write(
          `${result.app}: Unknown: ${result.unknownReason ?? ''}; ${result.validation.loaded.resources.length} objects rendered and valid (kubesync render shows them)\n`,
        );
        return exitCode;
      }
      process.stdout.write(
        await planText(result.plan, `${result.app} on ${result.server ?? 'the cluster'}`, settings, terminal),
      );
      return exitCode;
    }
    case 'rbac': {
      const { result } = outcome;
      printFindings(result.validation.findings, process.stderr);
      process.stdout.write(result.yaml);
      return result.validation.valid ? 0 : 1;
    }
    case 'applied': {
      const { result } = outcome;
      printFindings(result.validation.findings, process.stderr);
      // What was applied, one line per object; the diffs are plan's (kubesync diff).
      if (result.plan)
        process.stdout.write(
          await planText(
            result.plan,
            `${result.app} on ${result.server ?? 'the cluster'}`,
            settings,
            terminal,
            { diffs: false },
          ),
        );
      for (const line of result.restored) process.stdout.write(`rolled back: ${line}\n`);
      for (const subject of result.pruned) process.stdout.write(`pruned: ${subject}\n`);
      for (const problem of result.problems) process.stderr.write(`error: ${inFlagWords(problem)}\n`);
      process.stdout.write(
        `${result.app}: ${result.dryRun ? 'dry run, nothing changed: ' : ''}${result.syncStatus}\n`,
      );
      return result.syncStatus === 'Failed' ? 2 : 0;
    }
  }
}

/**
 * As `kubectl diff`: 0 in sync, 1 changes planned, 2 an error; and 3 when no cluster could be
 * compared (no credentials), which a script must not read as "in sync".
 */
export const PLAN_NOT_COMPARED = 3;

function planExitCode(valid: boolean, syncStatus: string | undefined): number {
  if (!valid) return 2;
  if (syncStatus === undefined) return PLAN_NOT_COMPARED;
  return syncStatus === 'OutOfSync' ? 1 : 0;
}

async function readProvenanceOf(terminal: Terminal, workspace: string) {
  const { readProvenance } = await import('../app/provenance.js');
  return readProvenance(terminal.env, workspace);
}

/** Commands that never reach a cluster do not load its client. */
async function runtimeOf(command: ResolvedCommand, terminal: Terminal): Promise<Runtime> {
  const log = flagWordedLog(terminalLog);
  if (command === 'plan' || command === 'apply') {
    const { liveRuntime } = await import('../app/commands/runtime.js');
    return liveRuntime(log, terminal.env, terminal.secrets);
  }
  return {
    log,
    env: terminal.env,
    secrets: terminal.secrets,
    connect: () => undefined,
    doppler: () => undefined,
  };
}

/** The plan as text, its diff coloured when stdout is a terminal or --color says so. */
async function planText(
  plan: Plan,
  header: string,
  settings: Settings,
  terminal: Terminal,
  options: { diffs: boolean } = { diffs: true },
): Promise<string> {
  const [{ formatPlan }, { shouldColor }, { colorDiff }] = await Promise.all([
    import('../report/plan-text.js'),
    import('./color-choice.js'),
    import('../report/terminal-diff.js'),
  ]);
  const paint = shouldColor(settings.color, process.stdout, terminal.env) ? colorDiff : undefined;
  return formatPlan(plan, header, terminal.secrets, paint, options.diffs);
}

function printFindings(findings: readonly Finding[], stream: NodeJS.WriteStream) {
  for (const finding of findings) stream.write(`${inFlagWords(formatFinding(finding))}\n`);
}
