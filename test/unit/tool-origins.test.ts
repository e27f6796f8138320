import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { releaseNameOf, renderHelm } from '../../src/manifests/render.js';
import type { Resource } from '../../src/model/resource.js';
import { Workspace } from '../../src/manifests/workspace.js';
import { formatFinding } from '../../src/model/finding.js';
import { toolWarnings } from '../../src/manifests/tool-warnings.js';
import { validateResources } from '../../src/validate/validate.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const workloads = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  LEVEL: info
---
apiVersion: apps/v1
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
          image: web:1.0.0
          imagePullPolicyy: Always
          resources: {requests: {cpu: 10m}}
`;

const kustomizeRepo = () =>
  makeWorkspace({
    'app/base/kustomization.yaml': 'resources:\n  - workloads.yaml\n',
    'app/base/workloads.yaml': workloads,
    'app/prod/kustomization.yaml':
      'bases:\n  - ../base\nnamePrefix: prod-\nconfigMapGenerator:\n  - name: flags\n    literals: [A=1]\n  - name: extra\n    literals: [B=2]\n',
  });

const where = (resource: Resource | undefined) =>
  resource && `${resource.origin.file}:${resource.origin.line}`;

describe('kustomize output points at the files it came from', () => {
  it.skipIf(!tools.available)(`each object at its source document and field ${tools.reason}`, async () => {
    const root = kustomizeRepo();
    const loaded = await loadManifests(settingsFor(root, { manifest: 'app/prod' }));
    const byName = new Map(
      loaded.resources.map((resource) => [
        String(resource.object.kind) + ' ' + String((resource.object.metadata as { name: string }).name),
        resource,
      ]),
    );
    expect(where(byName.get('ConfigMap prod-settings'))).toBe('app/base/workloads.yaml:1');
    expect(where(byName.get('Deployment prod-web'))).toBe('app/base/workloads.yaml:8');
    // A generated ConfigMap points at its generator entry.
    const extra = loaded.resources.find((resource) =>
      String((resource.object.metadata as { name: string }).name).startsWith('prod-extra-'),
    );
    expect(where(extra)).toBe('app/prod/kustomization.yaml:7');

    const findings = validateResources(loaded.resources, settingsFor(root), 'kustomize');
    expect(findings.map(formatFinding)).toEqual([
      'app/base/workloads.yaml:22:11: error: unknown field "spec.template.spec.containers[0].imagePullPolicyy"; did you mean "imagePullPolicy"? [unknown-field]',
    ]);
  });

  it.skipIf(!tools.available)(`counts the files kustomize read, not 1 ${tools.reason}`, async () => {
    const loaded = await loadManifests(settingsFor(kustomizeRepo(), { manifest: 'app/prod' }));
    expect(loaded.files.length).toBeGreaterThan(1);
    expect(loaded.files).toEqual(
      [...new Set(loaded.resources.map((resource) => resource.origin.file))].sort(),
    );
    expect(loaded.files.every((file) => file.startsWith('app/'))).toBe(true);
  });

  it.skipIf(!tools.available)(`keeps the origin annotation out of the objects ${tools.reason}`, async () => {
    const loaded = await loadManifests(settingsFor(kustomizeRepo(), { manifest: 'app/prod' }));
    for (const { object } of loaded.resources) {
      expect(JSON.stringify(object)).not.toContain('config.kubernetes.io/origin');
      expect(object.metadata).not.toHaveProperty('annotations');
    }
  });

  it.skipIf(!tools.available)(
    `shows kustomize's warnings at the field they name ${tools.reason}`,
    async () => {
      const loaded = await loadManifests(settingsFor(kustomizeRepo(), { manifest: 'app/prod' }));
      expect(loaded.findings).toEqual([
        expect.objectContaining({
          severity: 'warning',
          rule: 'kustomize-warning',
          message: expect.stringContaining(
            "kustomize: 'bases' is deprecated. Please use 'resources' instead.",
          ),
          origin: { file: 'app/prod/kustomization.yaml', line: 1, column: 1 },
        }),
      ]);
    },
  );

  it.skipIf(!tools.available)(
    `leaves the annotation to a kustomization that asks for it ${tools.reason}`,
    async () => {
      const root = makeWorkspace({
        'k/kustomization.yaml': 'buildMetadata: [originAnnotations]\nresources:\n  - workloads.yaml\n',
        'k/workloads.yaml': workloads,
      });
      const loaded = await loadManifests(settingsFor(root, { manifest: 'k' }));
      expect(loaded.resources.map(where)).toEqual(['k/workloads.yaml:1', 'k/workloads.yaml:8']);
      expect(loaded.resources[0]?.object.metadata).toEqual({
        name: 'settings',
        annotations: { 'config.kubernetes.io/origin': 'path: workloads.yaml\n' },
      });
    },
  );
});

describe('a failing kustomization', () => {
  it.skipIf(!tools.available)(
    `is reported as kustomize reports it, without kubesync's wrapper ${tools.reason}`,
    async () => {
      const root = makeWorkspace({ 'k/kustomization.yaml': 'resources:\n  - missing.yaml\n' });
      const error = await loadManifests(settingsFor(root, { manifest: 'k' })).catch(
        (caught: unknown) => caught,
      );
      expect(String(error)).toMatch(/kustomize build k failed \(exit code 1\):\n.*missing\.yaml/);
      expect(String(error)).not.toContain('kubesync-kustomize-');
    },
  );
});

describe('helm', () => {
  const chart = (folder: string) =>
    makeWorkspace({
      [`${folder}/Chart.yaml`]: 'apiVersion: v2\nname: shop-chart\nversion: 0.1.0\ndeprecated: true\n',
      [`${folder}/templates/cm.yaml`]:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndatta: {}\n',
    });

  it.skipIf(!tools.available)(
    `takes the chart's values-<environment>.yaml with the environment, before helm-values ${tools.reason}`,
    async () => {
      const root = makeWorkspace({
        'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
        'chart/values.yaml': 'level: info\nsize: small\n',
        'chart/values-production.yaml': 'level: warn\nsize: large\n',
        'overrides.yaml': 'size: huge\n',
        'chart/templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  level: {{ .Values.level }}\n  size: {{ .Values.size }}\n',
      });
      const dataOf = async (inputs: Record<string, string>) =>
        (await loadManifests(settingsFor(root, { manifest: 'chart', ...inputs }))).resources[0]?.object.data;
      expect(await dataOf({ environment: 'production' })).toEqual({ level: 'warn', size: 'large' });
      expect(await dataOf({ environment: 'staging' })).toEqual({ level: 'info', size: 'small' });
      expect(await dataOf({ environment: 'production', 'helm-values': 'overrides.yaml' })).toEqual({
        level: 'warn',
        size: 'huge',
      });
    },
  );

  it.skipIf(!tools.available)(
    `findings point at the template, warnings at Chart.yaml ${tools.reason}`,
    async () => {
      const root = chart('charts/Shop_Chart');
      const loaded = await loadManifests(settingsFor(root, { manifest: 'charts/Shop_Chart' }));
      expect(loaded.findings).toEqual([
        {
          severity: 'warning',
          rule: 'helm-warning',
          message: 'helm: this chart is deprecated',
          origin: { file: 'charts/Shop_Chart/Chart.yaml', line: 1, column: 1 },
        },
      ]);
      const findings = validateResources(loaded.resources, settingsFor(root), 'helm');
      expect(findings.map((finding) => `${finding.origin.file} ${finding.rule}`)).toEqual([
        'charts/Shop_Chart/templates/cm.yaml unknown-field',
      ]);
      // Without an app name, the release is the chart folder's name made valid for helm.
      expect(loaded.resources[0]?.object.metadata).toEqual({ name: 'shop-chart' });
    },
  );

  it.skipIf(!tools.available)(`names the release after the app ${tools.reason}`, async () => {
    const root = chart('chart');
    const workspace = await Workspace.open(root);
    const rendered = await renderHelm(workspace, path.join(workspace.root, 'chart'), {
      release: '',
      app: 'storefront',
      namespace: 'shop',
      valuesFiles: [],
      setValues: [],
    });
    expect(rendered.resources[0]?.object.metadata).toEqual({ name: 'storefront' });
  });

  it('makes a folder name a valid release name', () => {
    expect(releaseNameOf('My_Chart')).toBe('my-chart');
    expect(releaseNameOf('__')).toBe('release');
    expect(releaseNameOf('a'.repeat(60))).toHaveLength(53);
  });
});

describe('tool warnings', () => {
  const origin = { file: 'chart/Chart.yaml', line: 1, column: 1 };

  it('reads helm 3 and helm 4 lines, once each, and leaves out the machine and debug noise', () => {
    const stderr = [
      'WARNING: Kubernetes configuration file is group-readable. This is insecure. Location: /home/u/.kube/config',
      'level=WARN msg="this chart is deprecated"',
      'level=WARN msg="this chart is deprecated"',
      'time=2025-01-01T00:00:00Z level=DEBUG msg="loading chart"',
      'walk.go:75: found symbolic link in path: chart/templates/x.yaml',
      '',
    ].join('\n');
    expect(toolWarnings(stderr, 'helm', origin).map((finding) => finding.message)).toEqual([
      'helm: this chart is deprecated',
      'helm: walk.go:75: found symbolic link in path: chart/templates/x.yaml',
    ]);
  });
});
