import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import {
  applyAndRecord,
  applyNotes,
  healing,
  messageOf,
  planAndRecord,
  provenanceOf,
  shouldSelfHeal,
  withReleaseTag,
} from '../app/run-app.js';
import { selectApps } from '../app/apps/app-list.js';
import type { RunCancellation } from '../model/cancel.js';
import { rbacSummary, runRbac } from '../app/commands/rbac.js';
import type { Runtime } from '../app/commands/runtime.js';
import { liveRuntime } from '../app/commands/runtime.js';
import { validateManifests } from '../app/commands/validate.js';
import { targetOfEvent, type Git } from '../app/events/event-target.js';
import { gitOutput } from '../app/git.js';
import { readRunContext, type RunContext } from '../app/events/github-event.js';
import type { Settings } from '../settings/inputs.js';
import { runManyApps } from '../app/run-apps.js';
import { plural } from '../model/plural.js';
import type { Provenance } from '../model/provenance.js';
import { actionLog } from './action-log.js';
import { ActionReport } from './action-report.js';
import { validationSummary } from '../report/summary.js';
import type { SecretValues } from '../secrets/redact.js';
import { parseSettings, readActionInputs } from '../settings/parse-settings.js';
import { commandForEvent } from '../app/events/trigger.js';
import { versionLine } from '../app/version-info.js';

/** What `run` reads from the runner; tests pass their own. */
export interface ActionEnvironment {
  readonly workspace: string;
  readonly eventName: string | undefined;
  readonly env: NodeJS.ProcessEnv;
}

export function runnerEnvironment(env: NodeJS.ProcessEnv, cwd: string): ActionEnvironment {
  return { workspace: env.GITHUB_WORKSPACE || cwd, eventName: env.GITHUB_EVENT_NAME, env };
}

/** The action tells the runner each secret value it meets, so the runner masks it in the log too. */
export function maskInRunnerLog(value: string): void {
  core.setSecret(value);
}

/** The action: inputs → command → outputs, with the one catch that turns any failure into setFailed. */
export async function run(
  environment: ActionEnvironment,
  secrets: SecretValues,
  cancellation: RunCancellation,
): Promise<void> {
  const { signal, withCleanup } = cancellation;
  core.info(versionLine());
  const runtime = liveRuntime(actionLog, environment.env, secrets);
  const report = new ActionReport(secrets, environment.env.RUNNER_TEMP || tmpdir());
  try {
    const inputs = readActionInputs((name) => core.getInput(name));
    const read = parseSettings(inputs, { workspace: environment.workspace, env: environment.env });
    secrets.register(read.secrets.doppler.token);
    secrets.register(read.github.token);
    const git: Git = (...args) => gitOutput(environment.workspace, ...args);
    const event = readRunContext(environment.env);
    const selection = selectApps(inputs, environment.workspace, environment.env);
    if (selection.kind === 'many') {
      await runManyApps(selection, read, { environment, event, runtime, report, cancellation, git });
      return;
    }
    const target = await targetOfEvent(event, read, git);
    if (target.kind === 'skip') {
      core.notice(`${target.reason}: this step leaves it to the step that does`);
      return;
    }
    const runContext = target.run;
    const settings = withReleaseTag(target.settings, environment.env);
    const command = commandForEvent(settings.command, environment.eventName, runContext.dispatch?.type);
    if (command === 'validate' || command === 'render') {
      const result = await core.group('validate', async () => {
        const validated = await validateManifests(settings, secrets, { offline: true });
        report.validation(validated);
        return validated;
      });
      await report.summary(validationSummary(result, 'kubesync validate'));
      if (!result.valid)
        core.setFailed(`validation found ${plural(result.errors, 'error')}; see the annotations`);
      return;
    }
    if (command === 'rbac') {
      const result = await core.group('rbac', async () => {
        const roles = await runRbac(settings, secrets);
        report.validation(roles.validation);
        core.info(roles.yaml);
        return roles;
      });
      await report.summary(rbacSummary(result));
      if (!result.validation.valid)
        core.setFailed(`validation found ${plural(result.validation.errors, 'error')}; see the annotations`);
      return;
    }
    if (command === 'promote') {
      const { runPromote } = await import('../app/commands/promote.js');
      const { promotionSummary } = await import('../report/promotion-summary.js');
      const result = await runPromote(settings, runContext, runtime);
      if (result.pullRequest) report.output('pull-request', result.pullRequest.url);
      await report.summary(promotionSummary([result]));
      if (result.refused) core.setFailed(`promotion refused: ${result.refused}`);
      return;
    }
    const provenance = await provenanceOf(runContext, environment);
    if (command === 'plan') {
      const result = await planAndRecord(settings, runContext, provenance, runtime);
      report.validation(result.validation);
      const notes = result.unknownReason ? [`status Unknown: ${result.unknownReason}`] : [];
      // The step stays green (a fork's pull request has no secrets), but a missing or misnamed
      // kubeconfig secret must not pass unseen.
      if (result.validation.valid && result.unknownReason)
        core.warning(`plan not made: ${result.unknownReason}`);
      await report.planResult('plan', settings, result, notes);
      if (!result.validation.valid) {
        core.setFailed(`validation found ${plural(result.validation.errors, 'error')}; see the annotations`);
      } else if (shouldSelfHeal(settings, runContext, result)) {
        core.info('self-heal: the cluster drifted from this commit; applying it');
        await withCleanup(() =>
          applyAndReport(healing(settings), runContext, provenance, runtime, report, signal),
        );
      }
      return;
    }
    await withCleanup(() => applyAndReport(settings, runContext, provenance, runtime, report, signal));
  } catch (error) {
    const message = messageOf(error);
    core.setFailed(message);
    await report.failed(message);
  } finally {
    report.setUnsetOutputs();
  }
}

async function applyAndReport(
  settings: Settings,
  runContext: RunContext,
  provenance: Provenance,
  runtime: Runtime,
  report: ActionReport,
  signal?: AbortSignal,
) {
  const recorded = await applyAndRecord(settings, runContext, provenance, runtime, signal);
  const { result } = recorded;
  report.validation(result.validation);
  await report.planResult('apply', settings, result, applyNotes(recorded));
  if (result.image) report.output('image', result.image);
  if (recorded.deploymentId !== undefined) report.output('deployment-id', String(recorded.deploymentId));
  if (recorded.environmentUrl) report.output('environment-url', recorded.environmentUrl);
  if (result.syncStatus === 'Failed') core.setFailed(`apply failed: ${result.problems[0] ?? 'see the log'}`);
}
