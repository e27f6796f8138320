import type { Finding } from '../model/finding.js';
import type { Plan } from './plan.js';

/**
 * What planning found besides the changes: references to Secrets that exist nowhere, and the objects
 * the API server refused in the dry run (then there is no plan, and `refused` says so).
 */
export type PlanOutcome =
  | { readonly plan: Plan; readonly findings: Finding[]; readonly refused?: undefined }
  | { readonly plan?: undefined; readonly findings: Finding[]; readonly refused: string };
