import type { EventSummary, FailureReport } from '../model/failure-report.js';
import type { Log } from '../model/log.js';

/** `3m ago  pod/web-7d4b9-x2x  BackOff  Back-off restarting failed container (x12)`. */
export function eventLine(event: EventSummary): string {
  const count = event.count > 1 ? ` (x${event.count})` : '';
  return `${event.age} ago  ${event.object}  ${event.reason}  ${event.message}${count}`;
}

/** One report as lines of text, its reason first: for the log and the CLI. */
export function failureReportLines(report: FailureReport): string[] {
  const lines = [`${report.subject}: ${report.reason}`];
  if (report.status !== report.reason) lines.push(`  wait: ${report.status}`);
  for (const detail of report.details) lines.push(`  ${detail}`);
  if (report.events.length > 0) {
    lines.push('  Warning events:');
    for (const event of report.events) lines.push(`    ${eventLine(event)}`);
  }
  if (report.log) {
    const { pod, container, previous, lines: logLines } = report.log;
    lines.push(`  last lines of the log of ${pod}/${container}${previous ? ' (previous run)' : ''}:`);
    for (const line of logLines) lines.push(`    ${line}`);
  }
  return lines;
}

/** Each report in a folded group of the log of its own: `why Deployment shop/web is not ready`. */
export async function logFailureReports(log: Log, reports: readonly FailureReport[]): Promise<void> {
  for (const report of reports) {
    await log.group(`why ${report.subject} is not ready`, () => {
      for (const line of failureReportLines(report)) log.info(line);
      return Promise.resolve();
    });
  }
}
