import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApplyResult } from './commands/apply.js';
import { runApply } from './commands/apply.js';
import { runPlan, type PlanResult } from './commands/plan.js';
import { rbacSummary, runRbac } from './commands/rbac.js';
import type { ValidationResult } from './commands/validate.js';
import { validateManifests } from './commands/validate.js';
import { withCleanup } from './cancel.js';
import { isUserError } from './errors.js';
import type { Settings } from './inputs.js';
import type { Plan } from './plan/plan.js';
import type { Provenance } from './model/provenance.js';
import { readActionSettings } from './settings/parse-settings.js';
import { readRunContext, type RunContext } from './github-event.js';
import { recordPlan } from './report/pull-request.js';
import { ApplyRecords } from './report/apply-records.js';
import { isGitHubUnreachable } from './report/github-api.js';
import { readProvenance } from './provenance.js';
import { actionLog } from './report/log.js';
import { secretValues } from './secrets/redact.js';
import { diffText, planOutputs } from './report/plan-text.js';
import { planSummary, validationSummary } from './report/summary.js';
import { versionLine } from './version-info.js';
import { commandForEvent, releaseTagOf } from './trigger.js';

/** What `run` reads from the runner; tests pass their own. */
export interface ActionEnvironment {
  readonly workspace: string;
  readonly eventName: string | undefined;
  readonly env: NodeJS.ProcessEnv;
}

export function runnerEnvironment(env: NodeJS.ProcessEnv = process.env): ActionEnvironment {
  return { workspace: env.GITHUB_WORKSPACE || process.cwd(), eventName: env.GITHUB_EVENT_NAME, env };
}

/** The action: inputs → command → outputs, with the one catch that turns any failure into setFailed. */
export async function run(
  environment: ActionEnvironment = runnerEnvironment(),
  signal?: AbortSignal,
): Promise<void> {
  core.info(versionLine());
  secretValues.onRegister = (value) => core.setSecret(value);
  try {
    const runContext = readRunContext(environment.env);
    const read = readActionSettings((name) => core.getInput(name), environment.workspace, environment.env);
    secretValues.register(read.secrets.doppler.token);
    secretValues.register(read.github.token);
    // A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise.
    const settings = { ...read, imageTag: read.imageTag || (releaseTagOf(environment.env.GITHUB_REF) ?? '') };
    const command = commandForEvent(settings.command, environment.eventName);
    if (command === 'validate' || command === 'render') {
      const result = await core.group('validate', () => validateManifests(settings));
      reportValidation(result);
      await core.summary.addRaw(secretValues.redact(validationSummary(result, 'kubesync validate'))).write();
      if (!result.valid) core.setFailed(`validation found ${result.errors} errors; see the annotations`);
      return;
    }
    if (command === 'rbac') {
      const result = await core.group('rbac', () => runRbac(settings));
      reportValidation(result.validation);
      core.info(result.yaml);
      await core.summary.addRaw(secretValues.redact(rbacSummary(result))).write();
      if (!result.validation.valid)
        core.setFailed(`validation found ${result.validation.errors} errors; see the annotations`);
      return;
    }
    const provenance = await readProvenance(environment.env, environment.workspace);
    if (command === 'plan') {
      const result = explainFork(await runPlan(settings, provenance, actionLog, environment.env), runContext);
      reportValidation(result.validation);
      const notes = result.unknownReason ? [`status Unknown: ${result.unknownReason}`] : [];
      await reportPlanResult('plan', settings, result, notes);
      await recordPlan(settings, runContext, result, actionLog);
      if (!result.validation.valid) {
        core.setFailed(`validation found ${result.validation.errors} errors; see the annotations`);
      } else if (
        runContext.eventName === 'schedule' &&
        settings.deployment.selfHeal &&
        result.syncStatus === 'OutOfSync'
      ) {
        core.info('self-heal: the cluster drifted from this commit; applying it');
        // Drift is usually someone else's change (kubectl edit/scale), owned by another field manager:
        // healing means taking those fields back, as Argo CD's selfHeal does.
        const healing = { ...settings, apply: { ...settings.apply, forceConflicts: true } };
        await withCleanup(() => applyAndRecord(healing, runContext, provenance, environment.env, signal));
      }
      return;
    }
    await withCleanup(() => applyAndRecord(settings, runContext, provenance, environment.env, signal));
  } catch (error) {
    setOutput('sync-status', 'Failed');
    // A person can act on these messages; a stack trace is for kubesync's bugs only.
    core.setFailed(
      isUserError(error) || isGitHubUnreachable(error)
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error),
    );
  }
}

async function applyAndRecord(
  settings: Settings,
  runContext: RunContext,
  provenance: Provenance,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
) {
  const records = new ApplyRecords(settings, runContext, actionLog, env.GITHUB_RUN_ATTEMPT || '1');
  let result: ApplyResult;
  try {
    result = await runApply(settings, provenance, actionLog, env, { signal }, records.hooks);
  } catch (error) {
    await records
      .finish(undefined, error)
      .catch((recordError: unknown) =>
        core.warning(`could not record the failure on GitHub: ${String(recordError)}`),
      );
    throw error;
  }
  await records.finish(result);
  reportValidation(result.validation);
  await reportPlanResult('apply', settings, result, [...records.warnings, ...applyNotes(result)]);
  if (records.deploymentId !== undefined) setOutput('deployment-id', String(records.deploymentId));
  if (records.environmentUrl) setOutput('environment-url', records.environmentUrl);
  if (result.syncStatus === 'Failed') core.setFailed(`apply failed: ${result.problems[0] ?? 'see the log'}`);
}

function reportValidation(result: ValidationResult): void {
  for (const finding of result.findings) {
    const annotate = finding.severity === 'error' ? core.error : core.warning;
    annotate(finding.message, {
      title: `kubesync ${finding.rule}`,
      file: finding.origin.file,
      startLine: finding.origin.line,
      startColumn: finding.origin.column,
    });
  }
  setOutput('valid', String(result.valid));
  setOutput('errors', String(result.errors));
  setOutput('warnings', String(result.warnings));
}

/** Outputs, diff file and job summary of plan and apply, which report the same shape of result. */
async function reportPlanResult(
  command: 'plan' | 'apply',
  settings: Settings,
  result: { app: string; plan?: Plan; syncStatus: string; validation: ValidationResult },
  notes: readonly string[],
): Promise<void> {
  for (const [name, value] of Object.entries(planOutputs(result.plan, result.syncStatus)))
    setOutput(name, value);
  if (result.plan) setOutput('diff-file', writeDiffFile(result.app, diffText(result.plan)));
  core.info(`${result.app}: ${result.syncStatus}`);
  const title = `kubesync ${command}: ${result.app}${settings.environment ? ` (${settings.environment})` : ''}`;
  await core.summary
    .addRaw(
      secretValues.redact(
        planSummary(title, result.syncStatus, result.plan, notes, result.validation.findings),
      ),
    )
    .write();
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

/** The full diff, Secret values masked, in the runner's temp folder (outside the workspace). */
function writeDiffFile(app: string, diff: string): string {
  const file = path.join(process.env.RUNNER_TEMP || tmpdir(), `kubesync-${app}.diff`);
  writeFileSync(file, secretValues.redact(diff));
  return file;
}

/** Every output goes through redaction: GITHUB_OUTPUT is a file the runner's masking never sees. */
function setOutput(name: string, value: string): void {
  core.setOutput(name, secretValues.redact(value));
}
