import type { ValidationResult } from '../validate/validation-result.js';
import type { FindingJson } from './findings-json.js';
import { findingsJson } from './findings-json.js';

export interface ValidationCountsJson {
  readonly objects: number;
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

/** `kubesync validate -o json`. */
export interface ValidationJson {
  readonly valid: boolean;
  readonly counts: ValidationCountsJson;
  readonly findings: FindingJson[];
}

export function validationJson(result: ValidationResult): ValidationJson {
  return {
    valid: result.valid,
    counts: validationCounts(result),
    findings: findingsJson(result.findings),
  };
}

export function validationCounts(result: ValidationResult): ValidationCountsJson {
  return {
    objects: result.loaded.resources.length,
    files: result.loaded.files.length,
    errors: result.errors,
    warnings: result.warnings,
  };
}
