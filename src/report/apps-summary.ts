import { createHash } from 'node:crypto';
import type { ApplyResult } from '../app/commands/apply.js';
import type { PlanResult } from '../app/commands/plan.js';
import type { PromotionResult } from '../app/commands/promote.js';
import type { ValidationResult } from '../app/commands/validate.js';
import type { ResolvedCommand, Settings } from '../settings/inputs.js';
import { escapeCell } from '../model/markdown-escape.js';
import { plural } from '../model/plural.js';
import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { diffText } from './plan-text.js';
import { promotionSummary } from './promotion-summary.js';
import { planSummary, SUMMARY_LIMIT, validationSummary } from './summary.js';

interface Named {
  /** The app's name, or its manifest path when it failed before it had one. */
  readonly label: string;
  readonly environment?: string;
}

/** What one app of a many-app step came to. */
export type AppOutcome = Named &
  (
    | { readonly kind: 'skipped'; readonly reason: string }
    | { readonly kind: 'failed'; readonly message: string }
    | { readonly kind: 'validated'; readonly settings: Settings; readonly validation: ValidationResult }
    | {
        readonly kind: 'planned';
        readonly settings: Settings;
        readonly result: PlanResult;
        readonly validation: ValidationResult;
        readonly notes: readonly string[];
      }
    | {
        readonly kind: 'applied';
        readonly settings: Settings;
        readonly result: ApplyResult;
        readonly validation: ValidationResult;
        readonly notes: readonly string[];
        readonly deploymentId?: number;
        readonly environmentUrl?: string;
      }
    | { readonly kind: 'promoted'; readonly result: PromotionResult }
  );

/** Worst first: one failed app fails the step, one drifted app makes it OutOfSync. */
const STATUS_ORDER = ['Failed', 'OutOfSync', 'Unknown', 'Synced'];

function statusOf(outcome: AppOutcome): string {
  switch (outcome.kind) {
    case 'skipped':
      return 'Skipped';
    case 'failed':
      return 'Failed';
    case 'validated':
      return outcome.validation.valid ? 'Valid' : 'Invalid';
    case 'promoted':
      return outcome.result.refused ? 'Refused' : 'Promoted';
    default:
      return outcome.result.syncStatus;
  }
}

/** Whether the app fails the step: it failed to run, its manifests are invalid, its apply failed, or its promotion was refused. */
export function hasFailed(outcome: AppOutcome): boolean {
  switch (outcome.kind) {
    case 'failed':
      return true;
    case 'applied':
      return outcome.result.syncStatus === 'Failed';
    case 'validated':
    case 'planned':
      return !outcome.validation.valid;
    case 'promoted':
      return Boolean(outcome.result.refused);
    default:
      return false;
  }
}

function planOf(outcome: AppOutcome): Plan | undefined {
  return outcome.kind === 'planned' || outcome.kind === 'applied' ? outcome.result.plan : undefined;
}

function validationOf(outcome: AppOutcome): ValidationResult | undefined {
  return 'validation' in outcome ? outcome.validation : undefined;
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
    ...(outcome.kind === 'applied' && outcome.deploymentId !== undefined
      ? { deploymentId: outcome.deploymentId }
      : {}),
    ...(outcome.kind === 'applied' && outcome.environmentUrl
      ? { environmentUrl: outcome.environmentUrl }
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
      case 'planned':
      case 'applied':
        return [
          planSummary(
            secrets,
            title,
            outcome.result.syncStatus,
            outcome.result.plan,
            outcome.notes,
            outcome.validation.findings,
            share,
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
      return `${plural(outcome.validation.errors, 'error')}, ${plural(outcome.validation.warnings, 'warning')}`;
    case 'planned':
    case 'applied':
      return outcome.notes[0] ?? '';
    case 'promoted':
      return outcome.result.refused ?? outcome.result.pullRequest?.url ?? '';
  }
}
