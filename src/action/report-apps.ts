import { failureReportsJson } from '../report/failure-report-markdown.js';
import * as core from '@actions/core';
import type { AppOutcome } from '../app/app-outcome.js';
import { hasFailed, validationOf } from '../app/app-outcome.js';
import { rbacSummary } from '../app/commands/rbac.js';
import type { AppsRun } from '../app/run-apps.js';
import { plural } from '../model/plural.js';
import { promotionSummary } from '../report/promotion-summary.js';
import { validationSummary } from '../report/summary.js';
import type { SecretValues } from '../secrets/redact.js';
import type { ActionReport } from './action-report.js';
import { appsDiff, appsOutputs, appsSummary } from './apps-summary.js';
import { outcomeNotes } from './outcome-notes.js';
import { fleetJson, fleetRows } from './fleet-view.js';

/**
 * What the step leaves in the workflow run: one app named by `manifest` is reported as that app alone
 * (its outputs, its summary), a list of apps as one table and each app's section.
 */
export async function reportApps(apps: AppsRun, report: ActionReport, secrets: SecretValues): Promise<void> {
  const [only] = apps.outcomes;
  if (apps.command === 'plan' || apps.command === 'apply')
    report.output('fleet', fleetJson(fleetRows(apps.outcomes), new Date()));
  if (apps.single && only) await reportOneApp(only, report);
  else await reportManyApps(apps, report, secrets);
}

async function reportOneApp(outcome: AppOutcome, report: ActionReport): Promise<void> {
  const invalid = (errors: number) =>
    core.setFailed(`validation found ${plural(errors, 'error')}; see the annotations`);
  switch (outcome.kind) {
    case 'skipped':
      core.notice(`${outcome.reason}: this step leaves it to the step that does`);
      return;
    case 'failed':
      core.setFailed(outcome.message);
      await report.failed(outcome.message);
      return;
    case 'validated':
    case 'rendered': {
      const validation = validationOf(outcome);
      if (!validation) return;
      await core.group('validate', () => Promise.resolve(report.validation(validation)));
      await report.summary(validationSummary(validation, 'kubesync validate'));
      if (!validation.valid) invalid(validation.errors);
      return;
    }
    case 'rbac':
      await core.group('rbac', () => {
        report.validation(outcome.result.validation);
        core.info(outcome.result.yaml);
        return Promise.resolve();
      });
      await report.summary(rbacSummary(outcome.result));
      if (!outcome.result.validation.valid) invalid(outcome.result.validation.errors);
      return;
    case 'promoted':
      if (outcome.result.pullRequest) report.output('pull-request', outcome.result.pullRequest.url);
      await report.summary(promotionSummary([outcome.result]));
      if (outcome.result.refused) core.setFailed(`promotion refused: ${outcome.result.refused}`);
      return;
    case 'planned': {
      const { result, settings } = outcome;
      report.validation(result.validation);
      // The step stays green (a fork's pull request has no secrets), but a missing or misnamed
      // kubeconfig secret must not pass unseen.
      if (result.validation.valid && result.unknownReason)
        core.warning(
          result.rendered
            ? `no plan against the cluster (${result.unknownReason}); the rendered diff between the base commit ${result.rendered.base.slice(0, 7)} and this commit is in the job summary${settings.github.comment ? ' and, when the token may comment, the pull request comment' : ''}`
            : `plan not made: ${result.unknownReason}`,
        );
      await report.planResult('plan', settings, result, outcomeNotes(outcome));
      if (!result.validation.valid) invalid(result.validation.errors);
      return;
    }
    case 'applied': {
      const { result, settings, recorded, healed } = outcome;
      if (healed) {
        report.validation(healed.validation);
        await report.planResult('plan', settings, healed, []);
      }
      report.validation(result.validation);
      await report.planResult('apply', settings, result, outcomeNotes(outcome));
      if (result.image) report.output('image', result.image);
      if (recorded.deploymentId !== undefined) report.output('deployment-id', String(recorded.deploymentId));
      if (recorded.environmentUrl) report.output('environment-url', recorded.environmentUrl);
      if (result.failures) report.output('failure', failureReportsJson(result.failures));
      if (result.syncStatus === 'Failed')
        core.setFailed(`apply failed: ${result.problems[0] ?? 'see the log'}`);
      return;
    }
  }
}

async function reportManyApps(apps: AppsRun, report: ActionReport, secrets: SecretValues): Promise<void> {
  const { outcomes } = apps;
  for (const outcome of outcomes) {
    const validation = validationOf(outcome);
    if (validation) report.annotate(validation);
  }
  for (const [name, value] of Object.entries(appsOutputs(outcomes))) report.output(name, value);
  const diff = appsDiff(outcomes);
  if (diff) report.output('diff-file', report.diffFile('apps', diff));
  await report.summary(appsSummary(apps.command, outcomes, apps.notes, secrets));
  const failed = outcomes.filter(hasFailed);
  if (failed.length > 0)
    core.setFailed(
      `${plural(failed.length, 'app')} of ${outcomes.length} failed: ${failed.map((outcome) => outcome.label).join(', ')}; see the summary`,
    );
}
