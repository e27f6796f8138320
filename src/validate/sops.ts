import type { Resource } from '../model/resource.js';
import { apiVersionOf, isRecord, kindOf } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';

/** SOPS writes this metadata next to the values it encrypted (`ENC[AES256_GCM,…]`). */
function isSopsEncrypted(object: Record<string, unknown>): boolean {
  const sops = object.sops;
  return isRecord(sops) && ('mac' in sops || 'lastmodified' in sops || 'version' in sops);
}

/**
 * A SOPS-encrypted built-in object (a Secret, a ConfigMap) cannot be applied as it is in git: the API
 * server would refuse the `sops` field, or store ciphertext as the values. Flux decrypts these with a key
 * in the cluster; kubesync has no such key, so it says what to do instead. Custom resources that a
 * controller decrypts in the cluster (a SopsSecret, a SealedSecret) pass through untouched.
 */
export function checkSopsEncrypted(resource: Resource): Finding[] {
  const { object } = resource;
  if (!isSopsEncrypted(object) || apiVersionOf(object) !== 'v1') return [];
  return [
    errorAt(
      resource.locate(['sops']),
      'sops-encrypted',
      `this ${kindOf(object) ?? 'object'} is SOPS-encrypted, and kubesync applies manifests as they are in git with no key to decrypt them: decrypt it in a workflow step before kubesync (sops --decrypt --in-place <file>, with the key from a secret), or commit a SopsSecret or SealedSecret that a controller in the cluster decrypts`,
    ),
  ];
}
