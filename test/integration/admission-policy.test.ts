import { KubernetesObjectApi } from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engine } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  kubernetesMinor,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1
`;

/**
 * A ValidatingAdmissionPolicy (GA in 1.30; alpha and off in 1.26) refuses what the manifests say in
 * the plan's dry run: kubesync reports the policy's message on the object's line and applies nothing.
 */
describeOnRealCluster('a ValidatingAdmissionPolicy on the real control plane', (cluster) => {
  const served = (kubernetesMinor(cluster) ?? 0) >= 30;
  let ns = '';
  const policyName = () => `kubesync-max-replicas-${ns}`;
  const objects = () => [
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingAdmissionPolicy',
      metadata: { name: policyName() },
      spec: {
        failurePolicy: 'Fail',
        matchConstraints: {
          resourceRules: [
            {
              apiGroups: ['apps'],
              apiVersions: ['v1'],
              operations: ['CREATE', 'UPDATE'],
              resources: ['deployments'],
            },
          ],
        },
        validations: [{ expression: 'object.spec.replicas <= 5', message: 'at most 5 replicas here' }],
      },
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingAdmissionPolicyBinding',
      metadata: { name: policyName() },
      spec: {
        policyName: policyName(),
        validationActions: ['Deny'],
        matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ns } } },
      },
    },
  ];

  beforeAll(async () => {
    if (!served) return;
    ns = await createNamespace();
    const api = KubernetesObjectApi.makeApiClient(kubeConfig());
    for (const object of objects()) await api.create(object);
  });
  afterAll(async () => {
    if (!served) return;
    const api = KubernetesObjectApi.makeApiClient(kubeConfig());
    for (const object of objects().reverse()) await api.delete(object).catch(() => undefined);
    await deleteNamespace(ns);
  });

  // Before 1.30 the API is not served: kubesync says so on the policy's own line, before anything is written.
  const onlyIf = (condition: boolean) => (condition ? it : () => undefined);
  onlyIf(!served)(
    `refuses a ValidatingAdmissionPolicy in the manifests where Kubernetes ${cluster.kubernetesVersion ?? ''} does not serve one`,
    async () => {
      const ns = await createNamespace();
      try {
        const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
        const [policy] = objects();
        const workspace = makeWorkspace({
          'k8s/policy.yaml': JSON.stringify({ ...policy, metadata: { name: 'kubesync-max-replicas' } }),
          'k8s/deployment.yaml': deployment(1),
        });
        await expect(engine(target, workspace).apply()).rejects.toThrow(
          'k8s/policy.yaml:1:1: the cluster does not serve ValidatingAdmissionPolicy in admissionregistration.k8s.io/v1',
        );
        const list = await KubernetesObjectApi.makeApiClient(kubeConfig()).list('apps/v1', 'Deployment', ns);
        expect(list.items).toEqual([]);
      } finally {
        await deleteNamespace(ns);
      }
    },
  );

  onlyIf(served)(`reports the policy's refusal on the object's line and applies nothing`, async () => {
    const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
    await policyInForce(target, ns);
    const workspace = makeWorkspace({ 'k8s/deployment.yaml': deployment(10) });
    const planned = await engine(target, workspace).plan();
    const errors = planned.validation.findings.filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        rule: 'server-rejected',
        origin: expect.objectContaining({ file: 'k8s/deployment.yaml', line: 1 }),
        message: `Deployment ${ns}/web: deployments.apps "web" is forbidden: ValidatingAdmissionPolicy '${policyName()}' with binding '${policyName()}' denied request: at most 5 replicas here (422 Invalid); the API server refused it`,
      }),
    ]);
    const applied = await engine(target, workspace).apply();
    expect(applied.syncStatus).toBe('Failed');
    const list = await KubernetesObjectApi.makeApiClient(kubeConfig()).list('apps/v1', 'Deployment', ns);
    expect(list.items).toEqual([]);
  });
});

/**
 * The API server compiles a new policy and its binding in the background: a dry-run create that
 * breaks it is refused once they are in force (polled, at most 30 s).
 */
async function policyInForce(target: { kubeconfig: string }, ns: string): Promise<void> {
  const api = KubernetesObjectApi.makeApiClient(kubeConfig(target.kubeconfig));
  const probe = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'probe', namespace: ns },
    spec: {
      replicas: 10,
      selector: { matchLabels: { app: 'probe' } },
      template: {
        metadata: { labels: { app: 'probe' } },
        spec: { containers: [{ name: 'probe', image: 'probe:1' }] },
      },
    },
  };
  for (let attempt = 0; attempt < 300; attempt++) {
    const refused = await api.create(probe, undefined, 'All').then(
      () => false,
      () => true,
    );
    if (refused) return;
    await sleep(100);
  }
  throw new Error('the ValidatingAdmissionPolicy was not in force after 30 s');
}
