import { describe, expect, it } from 'vitest';
import { parseApplication } from '../../src/manifests/app.js';
import { loadManifests } from '../../src/manifests/load.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { makeWorkspace, REPO_ROOT, settingsFor } from '../support/workspace.js';

const app = ({ apiVersion = 'pipeops.io/v1', kind = 'Application', spec = '' } = {}) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  image: ghcr.io/acme/web:1.0.0\n${spec}`;

function messages(text: string) {
  const [document] = parseYaml('pipeops.yaml', text).documents;
  if (!document) throw new Error('no document');
  return parseApplication(document.value, document.origins).findings.map(
    (finding) => `${finding.origin.line}: ${finding.message}`,
  );
}

describe('a misspelled Application is checked as one, not passed as a custom resource', () => {
  it.each([
    [{ kind: 'Aplication' }, '2: kind: "Aplication" is not a kubesync kind; did you mean "Application"?'],
    [{ kind: 'Deployment' }, '2: kind: "Deployment" is not a kubesync kind; it must be "Application"'],
    [
      { apiVersion: 'pipeops.io/v2' },
      '1: apiVersion: "pipeops.io/v2" is not a supported version; use pipeops.io/v1',
    ],
    [
      { apiVersion: 'pipeops/v1' },
      '1: apiVersion: "pipeops/v1" is not a supported version; use pipeops.io/v1',
    ],
  ])('%j in pipeops.yaml is an error', async (fields, message) => {
    const root = makeWorkspace({ 'pipeops.yaml': app(fields) });
    const loaded = await loadManifests(settingsFor(root));
    expect(loaded.type).toBe('app');
    expect(loaded.findings.map((finding) => `${finding.origin.line}: ${finding.message}`)).toEqual([message]);
  });

  it('refuses one in a folder of Kubernetes YAML, as it does a correct one', async () => {
    const root = makeWorkspace({
      'k8s/app.yaml': app({ apiVersion: 'pipeops.io/v2' }),
      'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    });
    const loaded = await loadManifests(settingsFor(root, { manifest: 'k8s' }));
    expect(loaded.findings.map((finding) => finding.rule)).toEqual(['mixed-manifest']);
  });

  it('leaves Argo CD Applications, of another group, alone', async () => {
    const root = makeWorkspace({
      'argo.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\n',
    });
    expect((await loadManifests(settingsFor(root, { manifest: 'argo.yaml' }))).type).toBe('kubernetes');
  });
});

describe('a value of the wrong type is reported as a wrong type', () => {
  it.each([
    ['  deploy:\n    replicas: two\n', '8: spec.deploy.replicas: expected a number, got "two"'],
    ['  deploy:\n    replicas: 2.5\n', '8: spec.deploy.replicas: expected a whole number, got 2.5'],
    [
      '  network:\n    public: yes please\n',
      '8: spec.network.public: expected true or false, got "yes please"',
    ],
    [
      '  network:\n    domains: a.example.com\n',
      '8: spec.network.domains: expected a list, got "a.example.com"',
    ],
    ['  deploy: 3\n', '7: spec.deploy: expected a map, got 3'],
    ['  resources:\n    cpu: [1]\n', '8: spec.resources.cpu: expected a string or a number, got a list'],
    [
      '  deploy:\n    strategy: bluegreen\n',
      '8: spec.deploy.strategy: must be one of "rolling", "recreate", got "bluegreen"',
    ],
  ])('%j', (spec, message) => {
    expect(messages(app({ spec }))).toEqual([message]);
  });

  it('keeps "is required" for a field that is missing', () => {
    expect(messages('apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  labels: {}\n')).toEqual([
      '3: metadata.name: is required',
    ]);
  });
});

describe('an environment overlay given on its own', () => {
  it('says it is an overlay and how to validate it', async () => {
    await expect(
      loadManifests(settingsFor(REPO_ROOT, { manifest: 'examples/overlays/production' })),
    ).rejects.toThrow(
      'examples/overlays/production/pipeops.yaml is an overlay of examples/overlays/base/pipeops.yaml, not a whole Application: use `examples/overlays --environment production` (in a workflow, manifest: examples/overlays and environment: production)',
    );
  });

  it('still loads base on its own, and an environment file that is a whole Application', async () => {
    const root = makeWorkspace({
      'm/base/pipeops.yaml': app(),
      'm/qa/pipeops.yaml': app(),
    });
    for (const manifest of ['m/base', 'm/qa', 'm/qa/pipeops.yaml']) {
      expect((await loadManifests(settingsFor(root, { manifest }))).findings).toEqual([]);
    }
  });
});
