import * as core from '@actions/core';
import { validateManifests } from './commands/validate.js';
import { isUserError, UserError } from './errors.js';
import { readActionSettings } from './inputs.js';
import { validationSummary } from './report/summary.js';
import { commandForEvent } from './trigger.js';

/** What `run` reads from the runner; tests pass their own. */
export interface ActionEnvironment {
  readonly workspace: string;
  readonly eventName: string | undefined;
}

export function runnerEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  return { workspace: env.GITHUB_WORKSPACE || process.cwd(), eventName: env.GITHUB_EVENT_NAME };
}

/** The action: inputs → command → outputs, with the one catch that turns any failure into setFailed. */
export async function run(environment: ActionEnvironment = runnerEnvironment()): Promise<void> {
  try {
    const settings = readActionSettings((name) => core.getInput(name), environment.workspace);
    const command = commandForEvent(settings.command, environment.eventName);
    if (command === 'validate') {
      const result = await core.group('validate', () => validateManifests(settings));
      for (const finding of result.findings) {
        const annotate = finding.severity === 'error' ? core.error : core.warning;
        annotate(finding.message, {
          title: `kubesync ${finding.rule}`,
          file: finding.origin.file,
          startLine: finding.origin.line,
          startColumn: finding.origin.column,
        });
      }
      core.setOutput('valid', String(result.valid));
      core.setOutput('errors', String(result.errors));
      core.setOutput('warnings', String(result.warnings));
      await core.summary.addRaw(validationSummary(result, 'kubesync validate')).write();
      if (!result.valid) core.setFailed(`validation found ${result.errors} errors; see the annotations`);
      return;
    }
    throw new UserError(
      `command "${command}" is not implemented yet in this version of kubesync; use command: validate`,
    );
  } catch (error) {
    core.setFailed(
      isUserError(error)
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error),
    );
  }
}
