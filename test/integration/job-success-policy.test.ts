import { KubernetesObjectApi } from '@kubernetes/client-node';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { engine, recordingLog } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
  kubernetesMinor,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/**
 * A leader and two workers: the Job is done once the leader (index 0) succeeds; the workers serve
 * until the Job controller ends them. The kubelet stand-in finishes only the pods of the indexes
 * `fake-kubelet.lab/succeed-indexes` names.
 */
const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: train
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules:
      - succeededIndexes: "0"
  template:
    metadata:
      annotations: {fake-kubelet.lab/succeed-indexes: "0"}
    spec:
      restartPolicy: Never
      containers:
        - name: train
          image: ghcr.io/acme/train:1
`;

/** Job success policies: beta and on by default in 1.31, GA in 1.33; unknown to 1.26. */
describeOnRealCluster(
  "a Job's success policy on the real control plane",
  (cluster) => {
    const served = (kubernetesMinor(cluster) ?? 0) >= 31;
    let ns = '';
    beforeEach(async () => {
      ns = await createNamespace();
    });
    afterEach(async () => {
      await deleteNamespace(ns);
    });
    const target = () => ({ kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const });
    const onlyIf = (condition: boolean) => (condition ? it : () => undefined);

    onlyIf(served)('a Job that completes by its success policy is ready', async () => {
      const log = recordingLog();
      const applied = await engine(target(), makeWorkspace({ 'k8s/job.yaml': job })).apply(
        {},
        undefined,
        log,
      );
      expect(applied.problems).toEqual([]);
      expect(applied.syncStatus).toBe('Synced');
      const progress = log.lines.filter((line) => line.startsWith('job/train: '));
      // The last progress line says what made it ready, then how long it took.
      expect(progress.at(-1)).toMatch(
        /^job\/train: complete by its success policy: SuccessPolicy \(Matched rules at index 0\) \(took \d+s\)$/,
      );
    });

    onlyIf(!served)(
      `refuses a success policy on its line where Kubernetes ${cluster.kubernetesVersion} does not know one, and applies nothing`,
      async () => {
        const workspace = makeWorkspace({ 'k8s/job.yaml': job });
        const planned = await engine(target(), workspace).plan();
        const errors = planned.validation.findings.filter((finding) => finding.severity === 'error');
        expect(errors).toEqual([
          expect.objectContaining({
            rule: 'server-rejected',
            origin: expect.objectContaining({ file: 'k8s/job.yaml', line: 9 }),
            message:
              `Job ${ns}/train: the API server refused it: spec.successPolicy: field not declared in schema; ` +
              "a Job's successPolicy needs Kubernetes 1.31 or later, and this cluster's API server does not know the field: " +
              'upgrade the cluster or leave the field out',
          }),
        ]);
        const applied = await engine(target(), workspace).apply();
        expect(applied.syncStatus).toBe('Failed');
        const list = await KubernetesObjectApi.makeApiClient(kubeConfig()).list('batch/v1', 'Job', ns);
        expect(list.items).toEqual([]);
      },
    );
  },
  { needsControllers: true },
);
