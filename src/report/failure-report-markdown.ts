import { escapeCell, escapeMarkdown } from '../model/markdown-escape.js';
import type { FailureReport } from '../model/failure-report.js';

/** The longest a line of a container's log is shown in the summary. */
const LOG_LINE_LIMIT = 300;

/**
 * For the job summary: a table of each object and the reason it did not become ready, then each
 * report's details, folded.
 */
export function failureReportsMarkdown(reports: readonly FailureReport[]): string {
  if (reports.length === 0) return '';
  const lines = ['### Why it failed', '', '| object | reason |', '| --- | --- |'];
  for (const report of reports)
    lines.push(`| ${escapeCell(report.subject)} | ${escapeCell(report.reason)} |`);
  lines.push('');
  for (const report of reports) {
    lines.push(`<details><summary>${escapeMarkdown(report.subject)}</summary>`, '');
    if (report.status !== report.reason) lines.push(`- wait: ${escapeMarkdown(report.status)}`);
    for (const detail of report.details) lines.push(`- ${escapeMarkdown(detail)}`);
    lines.push('');
    if (report.events.length > 0) {
      lines.push('| last seen | object | reason | message | count |', '| --- | --- | --- | --- | --- |');
      for (const event of report.events)
        lines.push(
          `| ${event.age} ago | ${escapeCell(event.object)} | ${escapeCell(event.reason)} | ${escapeCell(event.message)} | ${event.count} |`,
        );
      lines.push('');
    }
    if (report.log) {
      const { pod, container, previous } = report.log;
      lines.push(
        `Last lines of the log of ${escapeMarkdown(`${pod}/${container}`)}${previous ? ' (previous run)' : ''}:`,
        '',
      );
      // Four backticks: a line of three in the log cannot end the block early.
      lines.push('````text', ...report.log.lines.map((line) => line.slice(0, LOG_LINE_LIMIT)), '````', '');
    }
    lines.push('</details>', '');
  }
  return lines.join('\n');
}

/** The `failure` output: each report as JSON, for a later step to read. */
export function failureReportsJson(reports: readonly FailureReport[]): string {
  return reports.length === 0 ? '' : JSON.stringify(reports);
}
