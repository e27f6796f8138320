import type { LoadedManifests } from '../manifests/load.js';
import type { Finding } from '../model/finding.js';
import { countFindings, sortFindings } from '../model/finding.js';

export interface ValidationResult {
  readonly loaded: LoadedManifests;
  readonly findings: Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly valid: boolean;
}

/** The result with more findings, e.g. what planning against the cluster found. */
export function withFindings(
  result: Pick<ValidationResult, 'loaded' | 'findings'>,
  more: readonly Finding[],
): ValidationResult {
  const findings = sortFindings([...result.findings, ...more]);
  const { errors, warnings } = countFindings(findings);
  return { loaded: result.loaded, findings, errors, warnings, valid: errors === 0 };
}
