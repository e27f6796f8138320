import { plural } from './model/plural.js';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import type { ApplyResult } from './commands/apply.js';
import { runApply } from './commands/apply.js';
import { runPlan, type PlanResult } from './commands/plan.js';
import { rbacSummary, runRbac } from './commands/rbac.js';
import { validateManifests } from './commands/validate.js';
import type { RunCancellation } from './cancel.js';
import { isUserError } from './errors.js';
import type { Settings } from './inputs.js';
import type { Provenance } from './model/provenance.js';
import { readActionSettings } from './settings/parse-settings.js';
import { readRunContext, type RunContext } from './github-event.js';
import { targetOfEvent } from './events/event-target.js';
import { gitOutput } from './git.js';
import { recordPlan } from './report/pull-request.js';
import { ApplyRecords } from './report/apply-records.js';
import { isGitHubUnreachable } from './report/github-api.js';
import { readProvenance } from './provenance.js';
import { actionLog } from './report/action-log.js';
import { ActionReport } from './report/action-report.js';
import type { SecretValues } from './secrets/redact.js';
import type { Runtime } from './commands/runtime.js';
import { liveRuntime } from './commands/runtime.js';
import { validationSummary } from './report/summary.js';
import { versionLine } from './version-info.js';
import { readableStack } from './stack-trace.js';
import { commandForEvent, releaseTagOf } from './trigger.js';

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
    const read = readActionSettings((name) => core.getInput(name), environment.workspace, environment.env);
    secrets.register(read.secrets.doppler.token);
    secrets.register(read.github.token);
    const target = await targetOfEvent(readRunContext(environment.env), read, (...args) =>
      gitOutput(environment.workspace, ...args),
    );
    if (target.kind === 'skip') {
      core.notice(`${target.reason}: this step leaves it to the step that does`);
      return;
    }
    const runContext = target.run;
    // A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise.
    const settings = {
      ...target.settings,
      imageTag: target.settings.imageTag || (releaseTagOf(environment.env.GITHUB_REF) ?? ''),
    };
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
    // The commit deployed is the one the event names (a dispatch's ref), which the checkout holds.
    const provenance = await readProvenance(
      runContext.dispatch ? { ...environment.env, GITHUB_SHA: runContext.sha } : environment.env,
      environment.workspace,
    );
    if (command === 'plan') {
      const result = explainFork(await runPlan(settings, provenance, runtime), runContext);
      report.validation(result.validation);
      const notes = result.unknownReason ? [`status Unknown: ${result.unknownReason}`] : [];
      // The step stays green (a fork's pull request has no secrets), but a missing or misnamed
      // kubeconfig secret must not pass unseen.
      if (result.validation.valid && result.unknownReason)
        core.warning(`plan not made: ${result.unknownReason}`);
      await report.planResult('plan', settings, result, notes);
      await recordPlan(settings, runContext, result, actionLog, secrets);
      if (!result.validation.valid) {
        core.setFailed(`validation found ${plural(result.validation.errors, 'error')}; see the annotations`);
      } else if (
        runContext.eventName === 'schedule' &&
        settings.deployment.selfHeal &&
        result.syncStatus === 'OutOfSync'
      ) {
        core.info('self-heal: the cluster drifted from this commit; applying it');
        // Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
        // healing means taking those fields back, as Argo CD's selfHeal does.
        const healing = { ...settings, apply: { ...settings.apply, forceConflicts: true } };
        await withCleanup(() => applyAndRecord(healing, runContext, provenance, runtime, report, signal));
      }
      return;
    }
    await withCleanup(() => applyAndRecord(settings, runContext, provenance, runtime, report, signal));
  } catch (error) {
    // A person can act on these messages; a stack trace is for kubesync's bugs only.
    const message = isUserError(error) || isGitHubUnreachable(error) ? error.message : readableStack(error);
    core.setFailed(message);
    await report.failed(message);
  } finally {
    report.setUnsetOutputs();
  }
}

async function applyAndRecord(
  settings: Settings,
  runContext: RunContext,
  provenance: Provenance,
  runtime: Runtime,
  report: ActionReport,
  signal?: AbortSignal,
) {
  const attempt = runtime.env.GITHUB_RUN_ATTEMPT || '1';
  const records = new ApplyRecords(settings, runContext, actionLog, runtime.secrets, attempt);
  let result: ApplyResult;
  try {
    result = await runApply(settings, provenance, runtime, { signal }, records.hooks);
  } catch (error) {
    await records
      .finish(undefined, error)
      .catch((recordError: unknown) =>
        core.warning(`could not record the failure on GitHub: ${String(recordError)}`),
      );
    throw error;
  }
  await records.finish(result);
  report.validation(result.validation);
  await report.planResult('apply', settings, result, [...records.warnings, ...applyNotes(result)]);
  if (result.image) report.output('image', result.image);
  if (records.deploymentId !== undefined) report.output('deployment-id', String(records.deploymentId));
  if (records.environmentUrl) report.output('environment-url', records.environmentUrl);
  if (result.syncStatus === 'Failed') core.setFailed(`apply failed: ${result.problems[0] ?? 'see the log'}`);
}

/** GitHub gives pull requests from forks no secrets; say so rather than leave the reader guessing. */
function explainFork(result: PlanResult, runContext: RunContext): PlanResult {
  if (!runContext.pullRequest?.fromFork || !result.unknownReason?.startsWith('no cluster credentials'))
    return result;
  return {
    ...result,
    unknownReason: `pull request from a fork, which gets no secrets: ${result.unknownReason}`,
  };
}

function applyNotes(result: ApplyResult): string[] {
  return [
    ...(result.dryRun ? ['dry-run: nothing was changed'] : []),
    ...result.problems,
    ...result.restored.map((line) => `rolled back: ${line}`),
    ...result.pruned.map((subject) => `pruned: ${subject}`),
  ];
}
