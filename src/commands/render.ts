import { stringify } from 'yaml';
import type { Settings } from '../inputs.js';
import { maskSecret } from '../secrets/mask.js';
import type { SecretValues } from '../secrets/redact.js';
import type { ValidationResult } from './validate.js';
import { validateManifests } from './validate.js';

export interface RenderResult {
  readonly validation: ValidationResult;
  /** Multi-document YAML of the rendered objects; empty when validation found errors. */
  readonly yaml: string;
}

/** The Kubernetes objects kubesync would apply, as YAML, Secret values masked unless asked not to. */
export async function renderManifests(settings: Settings, secrets: SecretValues): Promise<RenderResult> {
  const validation = await validateManifests(settings, secrets, { offline: true });
  if (!validation.valid) return { validation, yaml: '' };
  const yaml = validation.loaded.resources
    .map(({ object, valueSources }) =>
      stringify(settings.showSecrets && !valueSources ? object : maskSecret(object, valueSources), {
        lineWidth: 0,
      }),
    )
    .map((document) => `---\n${document}`)
    .join('');
  return { validation, yaml };
}
