import * as models from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model/resource.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { SERVED_KINDS } from '../../src/validate/kubernetes-apis.js';
import { noteUncheckedGroups } from '../../src/validate/api-versions.js';
import { validateResources } from '../../src/validate/validate.js';
import { settingsFor } from '../support/workspace.js';

function resources(text: string): Resource[] {
  return parseYaml('m.yaml', text).documents.map((document) => ({
    object: document.value as Record<string, unknown>,
    origin: document.origins.documentOrigin,
    locate: (path) => document.origins.locate(path),
  }));
}

const object = (apiVersion: string, kind: string, name = 'x') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

function validate(text: string) {
  return validateResources(resources(text), settingsFor('/'));
}

describe('removed Kubernetes APIs', () => {
  it.each([
    ['extensions/v1beta1', 'Ingress', '1.22', 'networking.k8s.io/v1'],
    ['networking.k8s.io/v1beta1', 'Ingress', '1.22', 'networking.k8s.io/v1'],
    ['networking.k8s.io/v1beta1', 'IngressClass', '1.22', 'networking.k8s.io/v1'],
    ['extensions/v1beta1', 'Deployment', '1.16', 'apps/v1'],
    ['apps/v1beta1', 'Deployment', '1.16', 'apps/v1'],
    ['apps/v1beta2', 'DaemonSet', '1.16', 'apps/v1'],
    ['apps/v1beta2', 'ReplicaSet', '1.16', 'apps/v1'],
    ['apps/v1beta1', 'StatefulSet', '1.16', 'apps/v1'],
    ['batch/v1beta1', 'CronJob', '1.25', 'batch/v1'],
    ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.25', 'autoscaling/v2'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26', 'autoscaling/v2'],
    ['policy/v1beta1', 'PodDisruptionBudget', '1.25', 'policy/v1'],
    ['rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding', '1.22', 'rbac.authorization.k8s.io/v1'],
    ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', '1.22', 'apiextensions.k8s.io/v1'],
    [
      'admissionregistration.k8s.io/v1beta1',
      'ValidatingWebhookConfiguration',
      '1.22',
      'admissionregistration.k8s.io/v1',
    ],
    ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.27', 'storage.k8s.io/v1'],
    ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.26', 'flowcontrol.apiserver.k8s.io/v1'],
    [
      'flowcontrol.apiserver.k8s.io/v1beta3',
      'PriorityLevelConfiguration',
      '1.32',
      'flowcontrol.apiserver.k8s.io/v1',
    ],
  ])('%s %s was removed in %s; the error names %s', (apiVersion, kind, release, replacement) => {
    expect(validate(object(apiVersion, kind))).toEqual([
      {
        severity: 'error',
        rule: 'removed-api',
        message: `${apiVersion} ${kind} was removed in Kubernetes ${release}; use apiVersion: ${replacement} (the Kubernetes deprecated API migration guide lists the fields that changed)`,
        origin: { file: 'm.yaml', line: 1, column: 1 },
      },
    ]);
  });

  it('says PodSecurityPolicy is gone with no replacement, and what to use instead', () => {
    const [finding, ...rest] = validate(object('policy/v1beta1', 'PodSecurityPolicy'));
    expect(rest).toEqual([]);
    expect(finding?.message).toMatch(
      /^policy\/v1beta1 PodSecurityPolicy was removed in Kubernetes 1\.25, with no replacement: .*Pod Security Admission/,
    );
  });
});

describe('unknown built-in kinds and versions', () => {
  it('suggests the kind a misspelling was meant to be, at the kind line, as the only finding', () => {
    expect(validate(object('apps/v1', 'Deploymnt'))).toEqual([
      {
        severity: 'error',
        rule: 'unknown-kind',
        message: 'apps/v1 has no kind Deploymnt; did you mean Deployment?',
        origin: { file: 'm.yaml', line: 2, column: 1 },
      },
    ]);
  });

  it.each([
    ['apps/v1', 'deployment', 'apps/v1 has no kind deployment; did you mean Deployment?'],
    ['v1', 'Deployment', 'v1 has no kind Deployment; Deployment is in apps/v1: use apiVersion: apps/v1'],
    ['v1', 'Deploymnet', 'v1 has no kind Deploymnet; did you mean Deployment (apiVersion: apps/v1)?'],
    [
      'apps/v2',
      'Deployment',
      'apps/v2 is not an API version Kubernetes serves; Deployment is served as apps/v1: use apiVersion: apps/v1',
    ],
    [
      'autoscaling/v3',
      'HorizontalPodAutoscaler',
      'autoscaling/v3 is not an API version Kubernetes serves; HorizontalPodAutoscaler is served as autoscaling/v2: use apiVersion: autoscaling/v2',
    ],
  ])('%s %s: %s', (apiVersion, kind, message) => {
    expect(validate(object(apiVersion, kind)).map((finding) => finding.message)).toEqual([message]);
  });

  it('lists the kinds of the version when nothing is near', () => {
    expect(validate(object('batch/v1', 'Zebra'))[0]?.message).toBe(
      'batch/v1 has no kind Zebra (its kinds: CronJob, Job); for a custom resource, use the group its CRD defines',
    );
  });

  it('still checks the schema of a served kind', () => {
    expect(validate(`${object('v1', 'ConfigMap')}datta: {}\n`).map((finding) => finding.rule)).toEqual([
      'unknown-field',
    ]);
  });

  it('knows every served kind from the Kubernetes OpenAPI models', () => {
    // The few kinds whose model carries its group in the name, because two groups share the kind.
    const renamed: Record<string, string> = {
      'v1/Event': 'CoreV1Event',
      'events.k8s.io/v1/Event': 'EventsV1Event',
      'resource.k8s.io/v1/ResourceClaim': 'ResourceV1ResourceClaim',
    };
    const registry = models as unknown as Record<string, unknown>;
    const missing = Object.entries(SERVED_KINDS).flatMap(([apiVersion, kinds]) =>
      kinds.flatMap((kind) => {
        const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
        const model =
          renamed[`${apiVersion}/${kind}`] ?? `${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`;
        return registry[model] ? [] : [`${apiVersion} ${kind}`];
      }),
    );
    expect(missing).toEqual([]);
  });
});

describe('custom resources', () => {
  const certificate = (name: string) => object('cert-manager.io/v1', 'Certificate', name);

  it('are allowed, with one offline note per API group that no CRD in the manifests defines', () => {
    const findings = noteUncheckedGroups(
      resources(`${certificate('a')}---\n${certificate('b')}---\n${object('cert-manager.io/v1', 'Issuer')}`),
    );
    // validate adds nothing of its own: the objects are allowed.
    expect(validate(certificate('a'))).toEqual([]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'custom-resource',
        message:
          'cert-manager.io is not a built-in Kubernetes API group and no CustomResourceDefinition in these manifests defines it, so its 3 objects (Certificate, Issuer) cannot be checked offline; the cluster must have the CRD, and plan checks them against it',
        origin: { file: 'm.yaml', line: 1, column: 1 },
      },
    ]);
  });

  it('need no note when their CRD is in the manifests', () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: certificates.cert-manager.io
spec:
  group: cert-manager.io
  scope: Namespaced
  names: {kind: Certificate, plural: certificates}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
`;
    expect(noteUncheckedGroups(resources(`${crd}---\n${certificate('a')}`))).toEqual([]);
    expect(validate(`${crd}---\n${certificate('a')}`)).toEqual([]);
  });
});
