import type { Finding } from '../model/finding.js';

/** A finding as the JSON output gives it: flat, with the place it points at. */
export interface FindingJson {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
}

export function findingsJson(findings: readonly Finding[]): FindingJson[] {
  return findings.map(({ origin, rule, severity, message }) => ({
    file: origin.file,
    line: origin.line,
    column: origin.column,
    rule,
    severity,
    message,
  }));
}
