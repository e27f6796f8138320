import { stringify } from 'yaml';
import { createNamespace, requestJson, type ApiAccess } from './raw-api.js';

/**
 * A ServiceAccount bound to cluster-admin, with a token from the TokenRequest API: the identity a CI
 * job deploys with. Unlike the control plane's admin (system:masters, which API Priority and Fairness
 * exempts), its requests are queued and, past its priority level's seats, refused with 429, so the
 * bench sees the throttling a real runner would.
 */
export async function serviceAccountAccess(
  admin: ApiAccess,
  name: string,
): Promise<ApiAccess & { user: string }> {
  const namespace = 'bench-identity';
  await createNamespace(admin, namespace).catch((error: Error) => {
    if (!error.message.includes(' 409 ')) throw error;
  });
  await requestJson(admin, 'POST', `/api/v1/namespaces/${namespace}/serviceaccounts`, {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name },
  });
  await requestJson(admin, 'POST', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: `bench-${name}` },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ kind: 'ServiceAccount', name, namespace }],
  });
  const review = await requestJson<{ status: { token: string } }>(
    admin,
    'POST',
    `/api/v1/namespaces/${namespace}/serviceaccounts/${name}/token`,
    { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { expirationSeconds: 7200 } },
  );
  return { ...admin, token: review.status.token, user: `system:serviceaccount:${namespace}:${name}` };
}

/** A kubeconfig of one cluster and one token user, the CA embedded. */
export function kubeconfigOf(api: ApiAccess, server = api.server): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'bench',
        cluster: { server, 'certificate-authority-data': Buffer.from(api.ca).toString('base64') },
      },
    ],
    users: [{ name: 'bench', user: { token: api.token } }],
    contexts: [{ name: 'bench', context: { cluster: 'bench', user: 'bench' } }],
    'current-context': 'bench',
  });
}
