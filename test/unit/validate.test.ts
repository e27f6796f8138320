import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/model/resource.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { unpinnedImageProblem } from '../../src/validate/policy.js';
import { validateResources } from '../../src/validate/validate.js';
import { CRD_VALIDATOR_OPTIONS, CustomResourceSchemas } from '../../src/validate/crd.js';
import { Ajv } from 'ajv';

function resources(text: string): Resource[] {
  return parseYaml('m.yaml', text).documents.map((document) => ({
    object: document.value as Record<string, unknown>,
    origin: document.origins.documentOrigin,
    locate: (path) => document.origins.locate(path),
  }));
}

function validate(text: string, inputs: Parameters<typeof parseSettings>[0] = {}) {
  const parsed = resources(text);
  const crds = new CustomResourceSchemas(parsed, new Ajv(CRD_VALIDATOR_OPTIONS));
  return validateResources(parsed, parseSettings(inputs, { workspace: '/' }), 'kubernetes', crds);
}

const deployment = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
${container}`;

describe('built-in schema', () => {
  it('finds an unknown field with a suggestion, at its line', () => {
    const findings = validate(
      deployment(
        '          image: web:1\n          resources: {requests: {cpu: 1}}\n          imagePullPolicyy: Always\n',
      ),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'unknown-field',
        message:
          'unknown field "spec.template.spec.containers[0].imagePullPolicyy"; did you mean "imagePullPolicy"?',
        origin: { file: 'm.yaml', line: 16, column: 11 },
      }),
    ]);
  });

  it("skips an object annotated with Argo CD's Validate=false", () => {
    const annotated =
      'metadata:\n  annotations: {argocd.argoproj.io/sync-options: Validate=false}\n  name: web\n';
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "3"\n';
    expect(validate(text).map((finding) => finding.rule)).toEqual(['wrong-type']);
    expect(validate(text.replace('metadata:\n  name: web\n', annotated))).toEqual([]);
  });

  it('finds wrong types: a string replica count, a map where a list belongs', () => {
    const findings = validate(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "3"\n  template:\n    spec:\n      containers: {name: web}\n',
    );
    expect(findings.map((finding) => [finding.origin.line, finding.message])).toEqual([
      [6, 'spec.replicas must be an integer, not the string "3"'],
      [9, 'spec.template.spec.containers must be a list, not a map'],
    ]);
  });

  it('accepts quantities written as numbers and int-or-string ports', () => {
    expect(
      validate(
        deployment(
          '          image: web:1\n          resources: {limits: {cpu: 1, memory: 1Gi}}\n          livenessProbe: {httpGet: {port: http}}\n',
        ),
      ),
    ).toEqual([]);
  });

  it('names an unknown kind of a built-in group', () => {
    expect(validate('apiVersion: apps/v1\nkind: Deployent\nmetadata:\n  name: x\n')).toEqual([
      expect.objectContaining({
        rule: 'unknown-kind',
        message: 'apps/v1 has no kind Deployent; did you mean Deployment?',
      }),
    ]);
  });

  it('never quotes a Secret value in a type error', () => {
    const [finding] = validate(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  PORT: 5432\n  TOKEN: [hunter2]\n',
    );
    expect(finding?.message).toBe('stringData.TOKEN must be a string, not a list');
    const secretNumber = validate('apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  PIN: true\n');
    expect(secretNumber[0]?.message).toBe('data.PIN must be a string, not a boolean');
  });
});

describe('custom resources', () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
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
              properties:
                size: {type: integer}
                port: {x-kubernetes-int-or-string: true}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
---
`;
  it('checks a custom resource against its CRD in the same manifests', () => {
    const findings = validate(
      `${crd}apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: big\n  colour: red\n  port: http\n  extra: {anything: 1}\n`,
    );
    expect(findings.map((finding) => [finding.origin.line, finding.message])).toEqual([
      [29, 'spec.size must be integer (CRD schema)'],
      [30, 'unknown field "spec.colour"'],
    ]);
  });
});

describe('identity', () => {
  it('requires apiVersion, kind and a valid name', () => {
    const findings = validate('metadata:\n  name: Bad_Name\n');
    expect(findings.map((finding) => finding.message)).toEqual([
      'apiVersion is required',
      'kind is required',
      "metadata.name \"Bad_Name\" must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character",
    ]);
  });

  it('allows RBAC names with colons', () => {
    expect(
      validate(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: "system:reader"\nrules: []\n',
      ),
    ).toEqual([]);
  });

  it('refuses two documents for the same object, counting the default namespace', () => {
    const cm = (namespace: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n${namespace}`;
    const findings = validate(`${cm('')}---\n${cm('  namespace: default\n')}`);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'duplicate-object',
        message: 'ConfigMap a is also defined at m.yaml:1:1; keep one of them',
      }),
    ]);
  });
});

describe('policy', () => {
  it.each([
    ['nginx', 'has no tag'],
    ['nginx:latest', 'uses :latest'],
    ['registry:5000/team/app', 'has no tag'],
    ['registry:5000/team/app:1.2', undefined],
    ['ghcr.io/acme/app@sha256:0123', undefined],
  ])('image %s → %s', (image, problem) => {
    const result = unpinnedImageProblem(image);
    if (problem) expect(result).toContain(problem);
    else expect(result).toBeUndefined();
  });

  it('warns by default about unpinned images and missing resources, and errors or stays quiet on request', () => {
    const text = deployment('          image: web:latest\n');
    // Sorted by line: the missing resources point at the container, above its image.
    expect(validate(text).map((finding) => [finding.severity, finding.rule])).toEqual([
      ['warning', 'resources-declared'],
      ['warning', 'image-pinned'],
    ]);
    expect(
      validate(text, { 'policy-pinned-images': 'error', 'policy-resources': 'off' }).map((f) => [
        f.severity,
        f.rule,
      ]),
    ).toEqual([['error', 'image-pinned']]);
  });

  it('refuses kinds outside allowed-kinds', () => {
    const text =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: admin\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\n';
    const [finding] = validate(text, { 'allowed-kinds': 'Deployment, Service, ConfigMap' });
    expect(finding).toMatchObject({ severity: 'error', rule: 'allowed-kinds', origin: { line: 2 } });
    expect(finding?.message).toContain('add rbac.authorization.k8s.io/ClusterRoleBinding to allowed-kinds');
    expect(validate(text, { 'allowed-kinds': 'rbac.authorization.k8s.io/ClusterRoleBinding' })).toEqual([]);
  });

  it('refuses namespaces outside allowed-namespaces, including the default one', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
    expect(validate(cm, { 'allowed-namespaces': 'shop', namespace: 'shop' })).toEqual([]);
    const [finding] = validate(cm, { 'allowed-namespaces': 'shop' });
    expect(finding?.message).toBe(
      'ConfigMap a would be in namespace "default", which is not allowed (allowed-namespaces: shop)',
    );
    expect(
      validate('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n', {
        'allowed-namespaces': 'shop',
      }),
    ).toHaveLength(1);
    // Cluster-scoped objects have no namespace to check.
    expect(
      validate('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n', {
        'allowed-namespaces': 'shop',
      }),
    ).toEqual([]);
  });
});

describe('secrets kept in git', () => {
  const sopsMetadata = `sops:
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOQ
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2026-11-20T10:00:00Z"
  mac: ENC[AES256_GCM,data:4aXb,iv:Zm9v,tag:YmFy,type:str]
  version: 3.9.1
`;

  it('refuses a SOPS-encrypted Secret at its sops metadata, saying how to decrypt it, with no other findings', () => {
    const findings = validate(`apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: ENC[AES256_GCM,data:c2VjcmV0,iv:aXY=,tag:dGFn,type:str]
${sopsMetadata}`);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'sops-encrypted',
        origin: expect.objectContaining({ line: 7 }),
        message: expect.stringContaining(
          'decrypt it in a workflow step before kubesync (sops --decrypt --in-place',
        ),
      }),
    ]);
  });

  it('passes SealedSecrets and SopsSecrets through: a controller in the cluster decrypts them', () => {
    const findings = validate(`apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq
---
apiVersion: isindir.github.com/v1alpha3
kind: SopsSecret
metadata:
  name: app
spec:
  secretTemplates:
    - name: app
      stringData:
        token: ENC[AES256_GCM,data:dG9r,iv:aXY=,tag:dGFn,type:str]
${sopsMetadata}`);
    expect(findings).toEqual([]);
  });
});
