import { KubernetesObjectApi } from '@kubernetes/client-node';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { engine } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  kubernetesMinor,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/** A pod with a native sidecar (an init container with restartPolicy Always), as a Deployment or bare. */
const podSpec = `
      initContainers:
        - name: proxy
          image: ghcr.io/acme/proxy:1
          restartPolicy: Always
      containers:
        - name: web
          image: ghcr.io/acme/web:1`;

/** `fake-kubelet.lab/unready-containers` names containers that run but never become ready. */
const deployment = (podAnnotations = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  progressDeadlineSeconds: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}${podAnnotations}
    spec:${podSpec}
`;

const pod = (podAnnotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web${podAnnotations.replace(/\n {4}/g, '\n')}
spec:${podSpec.replace(/\n {4}/g, '\n')}
`;

/** 1.26's answer to a server-side apply of the field, and what kubesync adds. */
const REFUSAL =
  'spec.template.spec.initContainers[name="proxy"].restartPolicy: field not declared in schema; ' +
  'a native sidecar container (an init container with restartPolicy: Always) needs Kubernetes 1.29 or later, ' +
  "and this cluster's API server does not know the field: upgrade the cluster or leave the field out";

const UNREADY_SIDECAR = `
      annotations: {fake-kubelet.lab/unready-containers: proxy}`;

/**
 * Native sidecar containers (1.29+): the kubelet starts them before the containers and keeps them
 * running, and a pod is Ready only once they are. Before 1.29 the API server does not know the field.
 */
describeOnRealCluster(
  'native sidecar containers on the real control plane',
  (cluster) => {
    const served = (kubernetesMinor(cluster) ?? 0) >= 29;
    let ns = '';
    beforeEach(async () => {
      ns = await createNamespace();
    });
    afterEach(async () => {
      await deleteNamespace(ns);
    });
    const target = () => ({ kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const });
    const onlyIf = (condition: boolean) => (condition ? it : () => undefined);

    onlyIf(served)('a Deployment whose sidecar becomes ready is ready', async () => {
      const applied = await engine(target(), makeWorkspace({ 'k8s/web.yaml': deployment() })).apply();
      expect(applied.problems).toEqual([]);
      expect(applied.syncStatus).toBe('Synced');
    });

    onlyIf(served)('a Deployment whose sidecar never becomes ready does not roll out', async () => {
      const workspace = makeWorkspace({ 'k8s/web.yaml': deployment(UNREADY_SIDECAR) });
      const applied = await engine(target(), workspace).apply({ timeout: '10m' });
      expect(applied.syncStatus).toBe('Failed');
      expect(applied.problems[0]).toMatch(
        new RegExp(`^Deployment ${ns}/web: exceeded its progress deadline`),
      );
    });

    onlyIf(served)('a pod waiting for its sidecar says which one it waits for', async () => {
      const workspace = makeWorkspace({ 'k8s/web.yaml': pod(UNREADY_SIDECAR) });
      const applied = await engine(target(), workspace).apply({ timeout: '3s' });
      expect(applied.syncStatus).toBe('Failed');
      // The wait's own words name the sidecar; the failure report adds what the pod's status says.
      expect(applied.problems).toHaveLength(1);
      expect(applied.problems[0]).toMatch(
        new RegExp(`^Pod ${ns}/web: not ready after 3s: running, not ready: sidecar proxy not ready(;|$)`),
      );
    });

    onlyIf(!served)(
      `refuses a sidecar on its line where Kubernetes ${cluster.kubernetesVersion ?? ''} does not know one, and applies nothing`,
      async () => {
        const workspace = makeWorkspace({ 'k8s/web.yaml': deployment() });
        const planned = await engine(target(), workspace).plan();
        const errors = planned.validation.findings.filter((finding) => finding.severity === 'error');
        expect(errors).toEqual([
          expect.objectContaining({
            rule: 'server-rejected',
            origin: expect.objectContaining({ file: 'k8s/web.yaml', line: 17 }),
            message: `Deployment ${ns}/web: the API server refused it: ${REFUSAL}`,
          }),
        ]);
        const applied = await engine(target(), workspace).apply();
        expect(applied.syncStatus).toBe('Failed');
        expect(applied.problems).toEqual([
          'the API server refused 1 of 1 object in a dry run; nothing was applied',
        ]);
        const list = await KubernetesObjectApi.makeApiClient(kubeConfig()).list('apps/v1', 'Deployment', ns);
        expect(list.items).toEqual([]);
      },
    );
  },
  { needsControllers: true },
);
