import type { ValidationResult } from '../../validate/validation-result.js';
import { withFindings } from '../../validate/validation-result.js';
import type { Settings } from '../../settings/inputs.js';
import { loadManifests } from '../../manifests/load.js';
import { postRender } from './post-render.js';
import { customResourceSchemasOf } from '../../validate/crd.js';
import { validateResources } from '../../validate/validate.js';
import { noteUncheckedGroups } from '../../validate/api-versions.js';
import type { SecretValues } from '../../secrets/redact.js';
import { registerSecretData } from '../../secrets/redact.js';

/**
 * load → render → validate: everything that can be known without a cluster. The values of every Secret
 * in the manifests are registered for redaction before anything is reported. `offline`: no cluster
 * will check what validation cannot (custom resources of groups no CRD here defines), so say so.
 */
export async function validateManifests(
  settings: Settings,
  secrets: SecretValues,
  { offline = false } = {},
): Promise<ValidationResult> {
  const loaded = await postRender(await loadManifests(settings), settings, { secrets });
  for (const { object } of loaded.resources) registerSecretData(secrets, object);
  return withFindings({ loaded, findings: [] }, [
    ...loaded.findings,
    ...validateResources(
      loaded.resources,
      settings,
      loaded.type,
      await customResourceSchemasOf(loaded.resources),
    ),
    ...(offline ? noteUncheckedGroups(loaded.resources) : []),
  ]);
}
