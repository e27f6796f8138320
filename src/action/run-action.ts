import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { selectApps } from '../app/apps/app-list.js';
import { liveRuntime } from '../app/commands/runtime.js';
import type { Git } from '../app/events/event-target.js';
import { readRunContext } from '../app/events/github-event.js';
import { gitOutput } from '../tools/git.js';
import { messageOf } from '../app/run-app.js';
import { runApps, type RunEnvironment } from '../app/run-apps.js';
import { versionLine } from '../app/version-info.js';
import { connectGitHub, type GitHubConnection } from '../github/connect-github.js';
import type { GitHub } from '../github/github.js';
import type { RunCancellation } from '../model/cancel.js';
import type { SecretValues } from '../secrets/redact.js';
import { parseSettings, readActionInputs } from '../settings/parse-settings.js';
import { actionLog } from './action-log.js';
import { ActionReport } from './action-report.js';
import { reportApps } from './report-apps.js';

export function runnerEnvironment(env: NodeJS.ProcessEnv, cwd: string): RunEnvironment {
  return { workspace: env.GITHUB_WORKSPACE || cwd, eventName: env.GITHUB_EVENT_NAME, env };
}

/** The action tells the runner each secret value it meets, so the runner masks it in the log too. */
export function maskInRunnerLog(value: string): void {
  core.setSecret(value);
}

/**
 * The action: inputs → apps → outputs, with the one catch that turns any failure into setFailed.
 * GitHub is connected here, from the token and GITHUB_API_URL; tests connect an in-memory one.
 */
export async function run(
  environment: RunEnvironment,
  secrets: SecretValues,
  cancellation: RunCancellation,
  connect: (connection: GitHubConnection) => GitHub = connectGitHub,
  now: () => Date = () => new Date(),
): Promise<void> {
  core.info(versionLine());
  const report = new ActionReport(secrets, environment.env.RUNNER_TEMP || tmpdir());
  try {
    const inputs = readActionInputs((name) => core.getInput(name));
    const step = parseSettings(inputs, { workspace: environment.workspace, env: environment.env });
    secrets.register(step.secrets.doppler.token);
    secrets.register(step.github.token);
    const event = readRunContext(environment.env);
    const { repository } = event;
    const github =
      step.github.token && repository
        ? connect({
            token: step.github.token,
            apiUrl: environment.env.GITHUB_API_URL,
            repository,
            secrets,
            log: actionLog.info,
            requestTimeoutMs: step.requestTimeoutMs,
          })
        : undefined;
    const runtime = { ...liveRuntime(actionLog, environment.env, secrets), github, now };
    const git: Git = (...args) => gitOutput(environment.workspace, ...args);
    const selection = selectApps(inputs, environment.workspace, environment.env);
    const apps = await runApps(selection, step, { environment, event, runtime, cancellation, git });
    await reportApps(apps, report, secrets);
  } catch (error) {
    const message = messageOf(error);
    core.setFailed(message);
    await report.failed(message);
  } finally {
    report.setUnsetOutputs();
  }
}
