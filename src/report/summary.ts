import type { ValidationResult } from '../commands/validate.js';
import type { Plan } from '../plan/plan.js';
import { countsLine, diffText } from './plan-text.js';
import { formatOrigin } from '../manifests/origin.js';

/** At most this many findings are listed in the job summary; the annotations carry every one. */
const MAX_SUMMARY_FINDINGS = 200;

function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (character) => `\\${character}`).replace(/\n/g, ' ');
}

/** The job summary of `validate`, as GitHub-flavoured Markdown. */
export function validationSummary(result: ValidationResult, title: string): string {
  const status = result.valid ? '✅ valid' : '❌ invalid';
  const lines = [
    `## ${escapeCell(title)}`,
    '',
    `${status}: ${result.loaded.resources.length} objects from ${result.loaded.files.length} files (${result.loaded.type}), ${result.errors} errors, ${result.warnings} warnings`,
    '',
  ];
  if (result.findings.length > 0) {
    lines.push('| severity | where | problem |', '| --- | --- | --- |');
    for (const finding of result.findings.slice(0, MAX_SUMMARY_FINDINGS)) {
      lines.push(
        `| ${finding.severity} | \`${formatOrigin(finding.origin)}\` | ${escapeCell(finding.message)} |`,
      );
    }
    if (result.findings.length > MAX_SUMMARY_FINDINGS) {
      lines.push('', `…and ${result.findings.length - MAX_SUMMARY_FINDINGS} more; see the annotations.`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The job summary of plan and apply: status, counts, problems, and the full diff. */
export function planSummary(
  title: string,
  status: string,
  plan: Plan | undefined,
  notes: readonly string[],
): string {
  const lines = [`## ${escapeCell(title)}`, '', `**${status}**${plan ? `: ${countsLine(plan)}` : ''}`, ''];
  for (const note of notes) lines.push(`- ${escapeCell(note)}`);
  if (notes.length > 0) lines.push('');
  if (plan && plan.changes.length > 0) {
    lines.push('| object | action |', '| --- | --- |');
    for (const change of plan.changes) lines.push(`| ${escapeCell(change.subject)} | ${change.action} |`);
    lines.push('');
  }
  const diff = plan ? diffText(plan) : '';
  // A diff line of three backticks would end the fence early; four-backtick fences cannot be closed by it.
  if (diff) lines.push('````diff', diff, '````', '');
  return lines.join('\n');
}
