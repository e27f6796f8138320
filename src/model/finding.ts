import type { Origin } from './origin.js';
import { formatOrigin } from './origin.js';

export type Severity = 'error' | 'warning';

/** One problem found before anything touches a cluster, pointing at the line that causes it. */
export interface Finding {
  readonly severity: Severity;
  /** A short stable name of the check, e.g. `yaml-syntax`, `unknown-field`, `image-pinned`. */
  readonly rule: string;
  readonly message: string;
  readonly origin: Origin;
}

export function errorAt(origin: Origin, rule: string, message: string): Finding {
  return { severity: 'error', rule, message, origin };
}

export function warningAt(origin: Origin, rule: string, message: string): Finding {
  return { severity: 'warning', rule, message, origin };
}

/** `file:line:col: error: message [rule]`, the way compilers print, so editors can jump to it. */
export function formatFinding(finding: Finding): string {
  return `${formatOrigin(finding.origin)}: ${finding.severity}: ${finding.message} [${finding.rule}]`;
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.origin.file.localeCompare(b.origin.file) ||
      a.origin.line - b.origin.line ||
      a.origin.column - b.origin.column ||
      a.message.localeCompare(b.message),
  );
}
