import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { engine } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubernetesMinor,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/**
 * A CRD with CEL rules (`x-kubernetes-validations`, on by default since 1.25): one on a field, one on
 * the object that holds two fields. From 1.28 a rule's `fieldPath` names the field it is about.
 */
const crd = (group: string, withFieldPath: boolean) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: autoscalers.${group}
spec:
  group: ${group}
  scope: Namespaced
  names: {kind: Autoscaler, plural: autoscalers, singular: autoscaler, listKind: AutoscalerList}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations:
                - rule: self.minReplicas <= self.maxReplicas
                  message: minReplicas must not exceed maxReplicas${withFieldPath ? '\n                  fieldPath: .minReplicas' : ''}
              properties:
                minReplicas: {type: integer}
                maxReplicas:
                  type: integer
                  x-kubernetes-validations:
                    - rule: self <= 100
                      message: at most 100 replicas
`;

const autoscaler = (group: string, min: number, max: number) => `apiVersion: ${group}/v1
kind: Autoscaler
metadata:
  name: web
spec:
  minReplicas: ${min}
  maxReplicas: ${max}
`;

/**
 * The API server evaluates the rules in the plan's dry run: kubesync reports each failure on the
 * line of the field it is about, and applies nothing.
 */
describeOnRealCluster('CEL validation rules of a CRD on the real control plane', (cluster) => {
  const fieldPaths = (kubernetesMinor(cluster) ?? 0) >= 28;
  const currentValues = (kubernetesMinor(cluster) ?? 0) >= 37;
  let ns = '';
  beforeEach(async () => {
    ns = await createNamespace();
  });
  afterEach(async () => {
    await deleteNamespace(ns);
  });

  it(`reports a rule's failure on its field's line (Kubernetes ${cluster.kubernetesVersion})`, async () => {
    const group = `${ns}.example.com`;
    const workspace = makeWorkspace({
      'k8s/crd.yaml': crd(group, fieldPaths),
      'k8s/autoscaler.yaml': autoscaler(group, 1, 3),
    });
    const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
    const first = await engine(target, workspace).apply();
    expect(first.problems).toEqual([]);

    writeFileSync(path.join(workspace, 'k8s/autoscaler.yaml'), autoscaler(group, 150, 120));
    const planned = await engine(target, workspace).plan();
    const errors = planned.validation.findings.filter((finding) => finding.severity === 'error');
    const subject = `Autoscaler ${ns}/web: the API server refused it`;
    // 1.26 and 1.34 name the type of the value a rule refused; 1.37 gives the value itself, and none
    // for an object.
    const value = (older: string, current = '') => (currentValues ? current : older);
    expect(errors).toEqual([
      // Before 1.28 a rule on an object can only be reported on the object.
      expect.objectContaining({
        rule: 'server-rejected',
        origin: expect.objectContaining({ file: 'k8s/autoscaler.yaml', line: fieldPaths ? 6 : 5 }),
        message: `${subject}: spec${fieldPaths ? '.minReplicas' : ''}: Invalid value: ${value('"object": ')}minReplicas must not exceed maxReplicas`,
      }),
      expect.objectContaining({
        rule: 'server-rejected',
        origin: expect.objectContaining({ file: 'k8s/autoscaler.yaml', line: 7 }),
        message: `${subject}: spec.maxReplicas: Invalid value: ${value('"integer": ', '120: ')}at most 100 replicas`,
      }),
    ]);
    const applied = await engine(target, workspace).apply();
    expect(applied.syncStatus).toBe('Failed');
  });

  const onlyIf = (condition: boolean) => (condition ? it : () => undefined);
  onlyIf(!fieldPaths)(
    `refuses a rule's fieldPath on its line where Kubernetes ${cluster.kubernetesVersion} does not know it`,
    async () => {
      const group = `${ns}.example.com`;
      const workspace = makeWorkspace({ 'k8s/crd.yaml': crd(group, true) });
      const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
      const planned = await engine(target, workspace).plan();
      const errors = planned.validation.findings.filter((finding) => finding.severity === 'error');
      expect(errors).toEqual([
        expect.objectContaining({
          rule: 'server-rejected',
          origin: expect.objectContaining({ file: 'k8s/crd.yaml', line: 22 }),
          message:
            `CustomResourceDefinition autoscalers.${group}: the API server refused it: ` +
            'spec.versions[0].schema.openAPIV3Schema.properties.spec.x-kubernetes-validations[rule="self.minReplicas <= self.maxReplicas"].fieldPath: ' +
            "field not declared in schema; a CEL rule's fieldPath or reason needs Kubernetes 1.28 or later, " +
            "and this cluster's API server does not know the field: upgrade the cluster or leave the field out",
        }),
      ]);
    },
  );
});
