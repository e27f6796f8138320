import type { FailureReport } from '../model/failure-report.js';
import { failureReportsMarkdown } from './failure-report-markdown.js';
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
import { cutLines, utf8Bytes } from './cut-lines.js';

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

/** GitHub drops a step summary over 1 MiB (1,048,576 bytes) whole; stay clear of it, in UTF-8 bytes. */
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
  failures: readonly FailureReport[] = [],
): string {
  const listed = findingsOfPlan(findings, plan);
  // What the summary names reads as written when the action redacts it again.
  keepReportIdentifiers(secrets, plan, listed, [title]);
  const lines = [`## ${escapeCell(title)}`, '', `**${status}**${plan ? `: ${countsLine(plan)}` : ''}`, ''];
  for (const note of notes) lines.push(`- ${escapeCell(note)}`);
  if (notes.length > 0) lines.push('');
  const why = failureReportsMarkdown(failures);
  if (why) lines.push(why);
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
  const diffs = plan ? plan.changes.map((change) => secrets.redact(reviewDiff(change))).filter(Boolean) : [];
  if (diffs.length === 0) return head;
  const room = limit - utf8Bytes(head) - 600;
  const shown: string[] = [];
  let size = 0;
  let cut = false;
  for (const diff of diffs) {
    const bytes = utf8Bytes(diff);
    if (size + bytes > room) {
      // The first diff that does not fit fills the rest of the room, whole lines only.
      const lines = cutLines(diff, room - size, utf8Bytes);
      if (lines.shownLines > 0) shown.push(lines.text);
      cut = lines.shownLines > 0;
      break;
    }
    shown.push(diff);
    size += bytes;
  }
  const whole = shown.length - (cut ? 1 : 0);
  const note =
    whole === diffs.length
      ? ''
      : `\n_The diffs of ${whole} of ${diffs.length} objects are above${cut ? ', and the first lines of the next' : ''}, to keep within GitHub's 1 MiB job summary limit; the diff-file output has all of them._\n`;
  // A diff line of three backticks would end a three-backtick fence early; four cannot be closed by it.
  return `${head}\n\`\`\`\`diff\n${shown.join('')}\`\`\`\`\n${note}`;
}

/** The job summary of a run that stopped before it had a result: what went wrong, as said. */
export function failureSummary(message: string): string {
  // Four backticks: a line of three in the message cannot end the block early.
  return `## kubesync failed\n\n\`\`\`\`text\n${message}\n\`\`\`\`\n`;
}
