import { countLine } from '../validate/counts.js';
import type { SecretValues } from '../secrets/redact.js';
import { escapeCell, escapeMarkdown } from '../model/markdown-escape.js';
import { deliveryMarkdown } from './delivery-lines.js';
import { hooksAndWavesMarkdown } from './hooks-and-waves.js';
import type { ValidationResult } from '../validate/validation-result.js';
import type { Plan } from '../plan/plan.js';
import { imageChangesOf } from '../plan/image-changes.js';
import { changeLabel, sharedNoteLines, sharedNotes } from './change-label.js';
import { imageChangesMarkdown } from './image-table.js';
import type { Finding } from '../model/finding.js';
import { findingsOfPlan, keepReportIdentifiers } from './identifiers.js';
import { keyChanges } from './key-change.js';
import { countsLine } from './plan-text.js';
import { reviewDiff } from '../plan/review-diff.js';
import { formatOrigin } from '../model/origin.js';

/** At most this many findings are listed in the job summary; the annotations carry every one. */
const MAX_SUMMARY_FINDINGS = 200;

/** Findings as a table, at most MAX_SUMMARY_FINDINGS rows; the annotations carry every one. */
function findingsTable(findings: readonly Finding[]): string[] {
  const rows = findings
    .slice(0, MAX_SUMMARY_FINDINGS)
    .map(
      (finding) =>
        `| ${finding.severity} | \`${formatOrigin(finding.origin)}\` | ${escapeCell(finding.message)} |`,
    );
  const more =
    findings.length > MAX_SUMMARY_FINDINGS
      ? ['', `…and ${findings.length - MAX_SUMMARY_FINDINGS} more; see the annotations.`]
      : [];
  return ['| severity | where | problem |', '| --- | --- | --- |', ...rows, ...more];
}

/** The job summary of `validate`, as GitHub-flavoured Markdown. */
export function validationSummary(result: ValidationResult, title: string): string {
  const status = result.valid ? '✅ valid' : '❌ invalid';
  const lines = [
    `## ${escapeCell(title)}`,
    '',
    `${status}: ${countLine({ objects: result.loaded.resources.length, files: result.loaded.files.length, source: result.loaded.type, errors: result.errors, warnings: result.warnings })}`,
    '',
  ];
  if (result.findings.length > 0) {
    lines.push(...findingsTable(result.findings));
    lines.push('');
  }
  return lines.join('\n');
}

/** GitHub refuses a step summary over 1 MiB; stay clear of it. */
export const SUMMARY_LIMIT = 1_000_000;

/**
 * The job summary of plan and apply: status, counts, notes, every finding, every object with its key
 * change, and every diff as the PR comment shows it (the diff-file output keeps the plan's own).
 */
export function planSummary(
  secrets: SecretValues,
  title: string,
  status: string,
  plan: Plan | undefined,
  notes: readonly string[],
  findings: readonly Finding[] = [],
  limit = SUMMARY_LIMIT,
): string {
  const listed = findingsOfPlan(findings, plan);
  // What the summary names reads as written when the action redacts it again.
  keepReportIdentifiers(secrets, plan, listed, [title]);
  const lines = [`## ${escapeCell(title)}`, '', `**${status}**${plan ? `: ${countsLine(plan)}` : ''}`, ''];
  for (const note of notes) lines.push(`- ${escapeCell(note)}`);
  if (notes.length > 0) lines.push('');
  if (listed.length > 0) {
    lines.push(...findingsTable(listed));
    lines.push('');
  }
  if (plan) lines.push(...imageChangesMarkdown(imageChangesOf(plan.changes)));
  if (plan && plan.changes.length > 0) {
    const shared = sharedNotes(plan.changes);
    for (const line of sharedNoteLines(shared)) lines.push(`- ${escapeCell(line)}`);
    if (shared.size > 0) lines.push('');
    const said = new Set(shared.keys());
    lines.push('| object | action | key change |', '| --- | --- | --- |');
    for (const change of plan.changes) {
      const label = changeLabel(change, said);
      const action = label !== change.action ? escapeCell(label) : change.action;
      lines.push(`| ${escapeCell(change.subject)} | ${action} | ${keyChanges(change).join('; ')} |`);
    }
    lines.push('');
  }
  const order = hooksAndWavesMarkdown(plan, escapeMarkdown) + deliveryMarkdown(plan, escapeMarkdown);
  if (order) lines.push(order);
  const head = lines.join('\n');
  // Redacted before it may be cut, so that a cut never leaves part of a secret.
  const diff = plan ? secrets.redact(plan.changes.map(reviewDiff).join('')) : '';
  if (!diff) return head;
  const room = limit - head.length - 200;
  const shown = diff.length <= room ? diff : `${diff.slice(0, Math.max(0, room))}\n`;
  const note =
    diff.length <= room
      ? ''
      : `\n_The diff was cut at ${limit} characters, to keep within GitHub's job summary limit; the diff-file output has all of it._\n`;
  // A diff line of three backticks would end a three-backtick fence early; four cannot be closed by it.
  return `${head}\n\`\`\`\`diff\n${shown}\`\`\`\`\n${note}`;
}

/** The job summary of a run that stopped before it had a result: what went wrong, as said. */
export function failureSummary(message: string): string {
  // Four backticks: a line of three in the message cannot end the block early.
  return `## kubesync failed\n\n\`\`\`\`text\n${message}\n\`\`\`\`\n`;
}
