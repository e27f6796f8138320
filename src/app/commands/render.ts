import { stringify } from 'yaml';
import type { Settings } from '../../settings/inputs.js';
import type { KubeObject } from '../../model/object.js';
import { describeObject, kindOf } from '../../model/resource.js';
import { inNamespace, ScopeCatalog } from '../../manifests/scope.js';
import { maskSecret } from '../../secrets/mask.js';
import type { SecretValues } from '../../secrets/redact.js';
import type { ValidationResult } from '../../validate/validation-result.js';
import { validateManifests } from './validate.js';

// In render's chunk: one file fewer to load before the first line is printed.

export interface RenderResult {
  readonly validation: ValidationResult;
  /** The objects as apply would send them (namespaced ones in their namespace), Secrets masked unless shown. */
  readonly objects: readonly KubeObject[];
  /** Multi-document YAML of the objects; empty when validation found errors. */
  readonly yaml: string;
  /** Secrets (`Secret shop/db`) whose values are masked, which --show-secrets would print. */
  readonly maskedSecrets: readonly string[];
  /** Secrets holding values fetched at apply time (Doppler), which only apply can fill. */
  readonly fetchedSecrets: readonly string[];
}

/** The Kubernetes objects kubesync would apply, Secret values masked unless asked not to. */
export async function renderManifests(settings: Settings, secrets: SecretValues): Promise<RenderResult> {
  const validation = await validateManifests(settings, secrets, { offline: true });
  if (!validation.valid) return { validation, objects: [], yaml: '', maskedSecrets: [], fetchedSecrets: [] };
  const { resources } = validation.loaded;
  const scopes = new ScopeCatalog(resources);
  const maskedSecrets: string[] = [];
  const fetchedSecrets: string[] = [];
  const objects = resources.map((resource) => {
    const object = inNamespace(resource, scopes, settings.namespace);
    if (kindOf(object) !== 'Secret') return object;
    // Values fetched at apply time (Doppler) are not known here, shown or not.
    if (resource.valueSources) fetchedSecrets.push(describeObject(object));
    else if (settings.showSecrets) return object;
    else maskedSecrets.push(describeObject(object));
    return maskSecret(object, resource.valueSources);
  });
  const yaml = objects.map((object) => `---\n${stringify(object, { lineWidth: 0 })}`).join('');
  return { validation, objects, yaml, maskedSecrets, fetchedSecrets };
}
