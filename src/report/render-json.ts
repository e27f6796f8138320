import type { RenderResult } from '../app/commands/render.js';
import type { KubeObject } from '../model/object.js';
import type { FindingJson } from './findings-json.js';
import { findingsJson } from './findings-json.js';
import type { ValidationCountsJson } from './validate-json.js';
import { validationCounts } from './validate-json.js';

/** `kubesync render -o json`: the objects as rendered (Secrets masked unless shown), and the findings. */
export interface RenderJson {
  readonly valid: boolean;
  readonly counts: ValidationCountsJson;
  readonly objects: readonly KubeObject[];
  readonly findings: FindingJson[];
}

export function renderJson(result: RenderResult): RenderJson {
  const { validation } = result;
  return {
    valid: validation.valid,
    counts: validationCounts(validation),
    objects: result.objects,
    findings: findingsJson(validation.findings),
  };
}
