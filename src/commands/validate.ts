import type { Settings } from '../inputs.js';
import type { LoadedManifests } from '../manifests/load.js';
import { loadManifests } from '../manifests/load.js';
import type { Finding } from '../validate/finding.js';
import { countFindings, sortFindings } from '../validate/finding.js';
import { validateResources } from '../validate/validate.js';

export interface ValidationResult {
  readonly loaded: LoadedManifests;
  readonly findings: Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly valid: boolean;
}

/** load → render → validate: everything that can be known without a cluster. */
export async function validateManifests(settings: Settings): Promise<ValidationResult> {
  const loaded = await loadManifests(settings);
  const findings = sortFindings([...loaded.findings, ...validateResources(loaded.resources, settings)]);
  const { errors, warnings } = countFindings(findings);
  return { loaded, findings, errors, warnings, valid: errors === 0 };
}
