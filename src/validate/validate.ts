import type { ManifestType, Resource } from '../model/resource.js';
import { ScopeCatalog } from '../manifests/scope.js';
import { checkApiVersion } from './api-versions.js';
import type { CustomResourceSchemas } from './crd.js';
import type { Finding } from '../model/finding.js';
import { sortFindings } from '../model/finding.js';
import { checkDuplicates, checkIdentity } from './identity.js';
import type { PolicySettings } from './policy.js';
import { checkPolicy } from './policy.js';
import { checkBuiltInSchema } from './schema.js';
import { checkSopsEncrypted } from './sops.js';
import { skipsValidation } from '../manifests/sync-options.js';
import { checkWaitFor } from './wait-for.js';

/**
 * Every offline check of the loaded objects, in one sorted list. Identity problems and SOPS encryption stop the other
 * checks for that object: a document without a kind has no schema to check against, and an encrypted
 * one no values to check. `source` words the advice for where the objects came from (an Application,
 * plain YAML, kustomize or Helm). Custom resources are checked against `customResources`, the CRDs of
 * the same manifests (customResourceSchemasOf).
 */
export function validateResources(
  resources: readonly Resource[],
  settings: PolicySettings,
  source: ManifestType = 'kubernetes',
  customResources?: Pick<CustomResourceSchemas, 'check'>,
): Finding[] {
  const scopes = new ScopeCatalog(resources);
  const findings: Finding[] = [];
  for (const resource of resources) {
    // An object kubesync cannot read as it is gets one finding saying why, not one per field.
    const unreadable = [...checkIdentity(resource), ...checkSopsEncrypted(resource)];
    findings.push(...unreadable);
    if (unreadable.length > 0) continue;
    // A kind or version Kubernetes does not serve has no schema either: one finding, not the schema's too.
    // Argo CD's Validate=false skips the schema check for that object.
    const unserved = checkApiVersion(resource);
    findings.push(...unserved);
    if (unserved.length === 0 && !skipsValidation(resource.object))
      findings.push(...checkBuiltInSchema(resource), ...(customResources?.check(resource) ?? []));
    findings.push(...checkPolicy(resource, scopes, settings, source), ...checkWaitFor(resource));
  }
  findings.push(...checkDuplicates(resources, scopes, settings.namespace));
  return sortFindings(findings);
}
