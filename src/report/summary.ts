import type { ValidationResult } from '../commands/validate.js';
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
