// The Kubernetes client's package.json, read at build time: ncc inlines the JSON into the bundle, so the
// version printed is the one bundled, whatever is (or is not) installed next to it.
import kubernetesClientPackage from '@kubernetes/client-node/package.json' with { type: 'json' };
import { VERSION } from '../model/version.js';

/** The version of `@kubernetes/client-node` inside this build. */
export const KUBERNETES_CLIENT_VERSION: string = kubernetesClientPackage.version;

/**
 * What `kubesync --version` prints and the action logs first, e.g.
 * `kubesync 0.1.0 (@kubernetes/client-node 2.0.1, Node.js v24.21.0)`.
 */
export function versionLine(nodeVersion: string = process.version): string {
  return `kubesync ${VERSION} (@kubernetes/client-node ${KUBERNETES_CLIENT_VERSION}, Node.js ${nodeVersion})`;
}
