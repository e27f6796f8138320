import { failureReportsJson } from '../report/failure-report-markdown.js';
import { createHash } from 'node:crypto';
import type { AppOutcome } from '../app/app-outcome.js';
import { planOf, validationOf } from '../app/app-outcome.js';
import type { ResolvedCommand } from '../settings/inputs.js';
import { outcomeNotes, planTitle } from './outcome-notes.js';
import { statusOf } from './app-status.js';
import type { FleetRow } from './fleet-view.js';
import { ageText, fleetRows } from './fleet-view.js';
import { escapeCell } from '../model/markdown-escape.js';
import { plural } from '../model/plural.js';
import type { Plan } from '../plan/plan.js';
import type { SecretValues } from '../secrets/redact.js';
import { diffText } from '../report/plan-text.js';
import { promotionSummary } from '../report/promotion-summary.js';
import { planSummary, SUMMARY_LIMIT, validationSummary } from '../report/summary.js';

/** Worst first: one failed app fails the step, one drifted app makes it OutOfSync. */
const STATUS_ORDER = ['Failed', 'OutOfSync', 'Unknown', 'Synced'];

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

/** The table of apps may take this share of GitHub's limit; each app's section shares the rest. */
const TABLE_SHARE = 0.5;

/**
 * The job summary: one table of every app (for plan and apply, the fleet view: what runs where, since
 * when, and its drift issue), then each app's own section. Never over GitHub's limit: rows and sections
 * that do not fit are counted, pointing at the `apps` and `fleet` outputs.
 */
export function appsSummary(
  command: ResolvedCommand,
  outcomes: readonly AppOutcome[],
  notes: readonly string[],
  secrets: SecretValues,
  now = new Date(),
): string {
  const environments = [...new Set(outcomes.map((outcome) => outcome.environment).filter(Boolean))];
  const fleet = command === 'plan' || command === 'apply';
  const rows = fleetRows(outcomes);
  // The deploy windows' column only when they had a say about some app.
  const windows = rows.some((row) => row.window);
  const head = [
    `## kubesync ${command}: ${plural(outcomes.length, 'app')}${environments.length === 1 ? ` (${environments[0]})` : ''}`,
    '',
    ...notes.map((note) => `- ${escapeCell(note)}`),
    ...(notes.length > 0 ? [''] : []),
    fleet
      ? `| app | environment | status | changes | applied | drift issue |${windows ? ' window |' : ''} notes |`
      : '| app | environment | status | changes | notes |',
    fleet
      ? `| --- | --- | --- | --- | --- | --- |${windows ? ' --- |' : ''} --- |`
      : '| --- | --- | --- | --- | --- |',
  ].join('\n');
  const lines = outcomes.map((outcome, index) => {
    const plan = planOf(outcome);
    const changes = plan ? `+${plan.counts.create} ~${plan.counts.update} -${plan.counts.delete}` : '';
    const row = rows[index];
    const windowCell = windows ? ` ${escapeCell(row?.window ?? '')} |` : '';
    const fleetCells =
      fleet && row ? ` ${appliedCell(row, now)} | ${driftIssueCell(row)} |${windowCell}` : '';
    return `| ${escapeCell(outcome.label)} | ${escapeCell(outcome.environment ?? '')} | ${statusOf(outcome)} | ${changes} |${fleetCells} ${escapeCell(noteOf(outcome))} |`;
  });
  const table = `${head}\n${fitLines(lines, Math.floor(SUMMARY_LIMIT * TABLE_SHARE) - head.length, 'app')}\n`;
  // Each app's section gets an equal share of the rest, so one big diff cannot crowd out the others.
  const share = Math.floor((SUMMARY_LIMIT - table.length) / Math.max(1, outcomes.length + 1));
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
  return [table, ...fitSections(sections, SUMMARY_LIMIT - table.length)].join('\n');
}

/** The lines that fit in `room`, in order; the others counted in a last line. */
function fitLines(lines: readonly string[], room: number, what: string): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    if (used + line.length + 200 > room) {
      const left = lines.length - index;
      return [
        ...kept,
        '',
        `_${plural(left, `more ${what}`)} left out to keep within GitHub's job summary limit: the apps and fleet outputs list every app._`,
      ].join('\n');
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}

/** The sections that fit in `room`, in order (a plan's section may hold more than its share of objects). */
function fitSections(sections: readonly string[], room: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, section] of sections.entries()) {
    if (used + section.length + 300 > room) {
      kept.push(
        `_${plural(sections.length - index, 'more section')} left out to keep within GitHub's job summary limit; the diff-file output has every diff._\n`,
      );
      break;
    }
    kept.push(section);
    used += section.length + 1;
  }
  return kept;
}

/** `` `0123456` · 3 h ``: the commit running in the cluster, and how long ago it was applied. */
function appliedCell(row: FleetRow, now: Date): string {
  if (!row.applied) return '';
  const commit = `\`${row.applied.commit.slice(0, 7)}\``;
  return row.applied.at ? `${commit} · ${ageText(row.applied.at, now)}` : commit;
}

function driftIssueCell(row: FleetRow): string {
  const issue = row.driftIssue;
  return issue ? `[#${issue.number}](${issue.url}) ${issue.state}` : '';
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
