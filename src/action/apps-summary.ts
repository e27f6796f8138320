import { failureReportsJson } from '../report/failure-report-markdown.js';
import { createHash } from 'node:crypto';
import type { AppOutcome } from '../app/app-outcome.js';
import { planOf, validationOf } from '../app/app-outcome.js';
import type { ResolvedCommand } from '../settings/inputs.js';
import { outcomeNotes, planTitle } from './outcome-notes.js';
import { escapeCell } from '../model/markdown-escape.js';
import { plural } from '../model/plural.js';
import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { diffText } from '../report/plan-text.js';
import { promotionSummary } from '../report/promotion-summary.js';
import { planSummary, SUMMARY_LIMIT, validationSummary } from '../report/summary.js';

/** Worst first: one failed app fails the step, one drifted app makes it OutOfSync. */
const STATUS_ORDER = ['Failed', 'OutOfSync', 'Unknown', 'Synced'];

function statusOf(outcome: AppOutcome): string {
  switch (outcome.kind) {
    case 'skipped':
      return 'Skipped';
    case 'failed':
      return 'Failed';
    case 'validated':
    case 'rendered':
    case 'rbac':
      return validationOf(outcome)?.valid ? 'Valid' : 'Invalid';
    case 'promoted':
      return outcome.result.refused ? 'Refused' : 'Promoted';
    default:
      return outcome.result.syncStatus;
  }
}

/** The step's outputs over all apps: sums, the worst status, and every app in `apps` as JSON. */
export function appsOutputs(outcomes: readonly AppOutcome[]): Record<string, string> {
  const ran = outcomes.filter((outcome) => outcome.kind !== 'skipped');
  const validations = ran.map(validationOf);
  const failedEarly = ran.filter((outcome) => outcome.kind === 'failed').length;
  const plans = ran.map(planOf).filter((plan) => plan !== undefined);
  const statuses = ran.map(statusOf).filter((status) => STATUS_ORDER.includes(status));
  const sum = (count: (plan: Plan) => number) =>
    String(plans.reduce((total, plan) => total + count(plan), 0));
  return {
    valid: String(failedEarly === 0 && validations.every((validation) => validation?.valid !== false)),
    errors: String(
      failedEarly + validations.reduce((total, validation) => total + (validation?.errors ?? 0), 0),
    ),
    warnings: String(validations.reduce((total, validation) => total + (validation?.warnings ?? 0), 0)),
    'sync-status': STATUS_ORDER.find((status) => statuses.includes(status)) ?? 'Unknown',
    'has-changes': String(plans.some((plan) => plan.syncStatus === 'OutOfSync')),
    added: sum((plan) => plan.counts.create),
    changed: sum((plan) => plan.counts.update),
    deleted: sum((plan) => plan.counts.delete),
    destructive: sum((plan) => plan.changes.filter((change) => change.destructive).length),
    'plan-digest': plans.length === ran.length && ran.length > 0 ? digestOf(ran) : '',
    apps: JSON.stringify(outcomes.map(appJson)),
    // Every app's reports in one list: each names its object, and the apps output names the app.
    failure: failureReportsJson(
      ran.flatMap((outcome) => (outcome.kind === 'applied' ? (outcome.result.failures ?? []) : [])),
    ),
  };
}

function digestOf(outcomes: readonly AppOutcome[]): string {
  const lines = outcomes.map(
    (outcome) => `${outcome.label} ${outcome.environment ?? ''} ${planOf(outcome)?.digest ?? ''}`,
  );
  return `sha256:${createHash('sha256').update(lines.sort().join('\n')).digest('hex')}`;
}

function appJson(outcome: AppOutcome) {
  const plan = planOf(outcome);
  return {
    app: outcome.label,
    environment: outcome.environment ?? '',
    status: statusOf(outcome),
    ...(plan ? { added: plan.counts.create, changed: plan.counts.update, deleted: plan.counts.delete } : {}),
    ...(outcome.kind === 'skipped' ? { reason: outcome.reason } : {}),
    ...(outcome.kind === 'failed' ? { reason: outcome.message } : {}),
    ...(outcome.kind === 'applied' && outcome.recorded.deploymentId !== undefined
      ? { deploymentId: outcome.recorded.deploymentId }
      : {}),
    ...(outcome.kind === 'applied' && outcome.recorded.environmentUrl
      ? { environmentUrl: outcome.recorded.environmentUrl }
      : {}),
    ...(outcome.kind === 'promoted' && outcome.result.pullRequest
      ? { pullRequest: outcome.result.pullRequest.url }
      : {}),
  };
}

/** Every app's diff in one file, each under a line naming it. */
export function appsDiff(outcomes: readonly AppOutcome[]): string {
  return outcomes
    .flatMap((outcome) => {
      const plan = planOf(outcome);
      const diff = plan ? diffText(plan) : '';
      return diff
        ? [`# ${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}\n${diff}`]
        : [];
    })
    .join('\n');
}

/** The job summary: one table of every app, then each app's own section. */
export function appsSummary(
  command: ResolvedCommand,
  outcomes: readonly AppOutcome[],
  notes: readonly string[],
  secrets: SecretValues,
): string {
  const environments = [...new Set(outcomes.map((outcome) => outcome.environment).filter(Boolean))];
  const lines = [
    `## kubesync ${command}: ${plural(outcomes.length, 'app')}${environments.length === 1 ? ` (${environments[0]})` : ''}`,
    '',
    ...notes.map((note) => `- ${escapeCell(note)}`),
    ...(notes.length > 0 ? [''] : []),
    '| app | environment | status | changes | notes |',
    '| --- | --- | --- | --- | --- |',
    ...outcomes.map((outcome) => {
      const plan = planOf(outcome);
      const changes = plan ? `+${plan.counts.create} ~${plan.counts.update} -${plan.counts.delete}` : '';
      return `| ${escapeCell(outcome.label)} | ${escapeCell(outcome.environment ?? '')} | ${statusOf(outcome)} | ${changes} | ${escapeCell(noteOf(outcome))} |`;
    }),
    '',
  ];
  // Each app's section gets an equal share of GitHub's limit, so one big diff cannot crowd out the others.
  const share = Math.floor(SUMMARY_LIMIT / (outcomes.length + 1));
  const sections = outcomes.flatMap((outcome): string[] => {
    const title = `kubesync ${command}: ${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}`;
    switch (outcome.kind) {
      case 'validated':
        return [validationSummary(outcome.validation, title)];
      case 'rendered':
      case 'rbac':
        return [validationSummary(outcome.result.validation, title)];
      case 'planned':
      case 'applied':
        return [
          planSummary(
            secrets,
            planTitle(
              command,
              outcome.label,
              outcome.environment,
              outcome.kind === 'planned' && outcome.result.rendered !== undefined,
            ),
            outcome.result.syncStatus,
            outcome.result.plan,
            outcomeNotes(outcome),
            outcome.result.validation.findings,
            share,
            outcome.kind === 'applied' ? outcome.result.failures : undefined,
          ),
        ];
      default:
        return [];
    }
  });
  const promoted = outcomes.flatMap((outcome) => (outcome.kind === 'promoted' ? [outcome.result] : []));
  if (promoted.length > 0) sections.push(promotionSummary(promoted));
  return [lines.join('\n'), ...sections].join('\n');
}

function noteOf(outcome: AppOutcome): string {
  switch (outcome.kind) {
    case 'skipped':
      return outcome.reason;
    case 'failed':
      return outcome.message;
    case 'validated':
    case 'rendered':
    case 'rbac': {
      const validation = validationOf(outcome);
      return `${plural(validation?.errors ?? 0, 'error')}, ${plural(validation?.warnings ?? 0, 'warning')}`;
    }
    case 'planned':
    case 'applied':
      return outcomeNotes(outcome)[0] ?? '';
    case 'promoted':
      return outcome.result.refused ?? outcome.result.pullRequest?.url ?? '';
  }
}
