import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { MAX_MANIFEST_BYTES } from '../../src/manifests/workspace.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace, REPO_ROOT, settingsFor } from '../support/workspace.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe('raw Kubernetes folders', () => {
  it('reads .yaml and .yml files recursively in sorted order, skipping empty documents', async () => {
    const root = makeWorkspace({
      'k8s/b.yaml': cm('b'),
      'k8s/a/z.yml': `---\n${cm('az')}---\n---\n${cm('az2')}`,
      'k8s/notes.txt': 'not yaml',
      'k8s/.hidden.yaml': cm('hidden'),
    });
    const loaded = await loadManifests(settingsFor(root, { manifest: 'k8s' }));
    expect(loaded.type).toBe('kubernetes');
    expect(loaded.resources.map((resource) => (resource.object.metadata as { name: string }).name)).toEqual([
      'az',
      'az2',
      'b',
    ]);
    expect(loaded.files).toEqual(['k8s/a/z.yml', 'k8s/b.yaml']);
    expect(loaded.resources[1]?.origin).toEqual({ file: 'k8s/a/z.yml', line: 8, column: 1 });
  });

  it('expands kind: List into its items, each with its own origin', async () => {
    const root = makeWorkspace({
      'list.yaml':
        'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: one\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: two\n',
    });
    const loaded = await loadManifests(settingsFor(root, { manifest: 'list.yaml' }));
    expect(loaded.resources.map((resource) => resource.origin.line)).toEqual([4, 8]);
    expect(loaded.resources[1]?.locate(['metadata', 'name']).line).toBe(11);
  });

  it('loads the bundled raw example with a CRD and its custom resource', async () => {
    const loaded = await loadManifests(settingsFor(REPO_ROOT, { manifest: 'examples/raw' }));
    expect(loaded.resources.map((resource) => resource.object.kind)).toEqual([
      'Deployment',
      'Service',
      'ConfigMap',
      'Namespace',
      'CustomResourceDefinition',
      'Widget',
    ]);
  });
});

describe('workspace safety', () => {
  it.each([
    ['../outside.yaml', 'leaves the repository'],
    ['/etc/passwd', 'is an absolute path'],
    ['missing.yaml', 'does not exist in the repository'],
  ])('refuses manifest %s', async (manifest, message) => {
    const root = makeWorkspace({ 'ok.yaml': cm('a') });
    await expect(loadManifests(settingsFor(root, { manifest }))).rejects.toThrow(message);
  });

  it('refuses symlinks that point outside the workspace, as the manifest or inside a folder', async () => {
    const outside = makeWorkspace({ 'secret.yaml': cm('outside') });
    const root = makeWorkspace({ 'k8s/a.yaml': cm('a') });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'link.yaml'));
    symlinkSync(outside, path.join(root, 'k8s/escape'));
    await expect(loadManifests(settingsFor(root, { manifest: 'link.yaml' }))).rejects.toThrow(
      'outside the repository',
    );
    await expect(loadManifests(settingsFor(root, { manifest: 'k8s' }))).rejects.toThrow(
      'k8s/escape is a symlink',
    );
  });

  it('survives a symlink loop inside the workspace', async () => {
    const root = makeWorkspace({ 'k8s/a.yaml': cm('a') });
    symlinkSync(path.join(root, 'k8s'), path.join(root, 'k8s/loop'));
    const loaded = await loadManifests(settingsFor(root, { manifest: 'k8s' }));
    expect(loaded.resources).toHaveLength(1);
  });

  it('refuses files over the size bound', async () => {
    const root = makeWorkspace({});
    mkdirSync(path.join(root, 'k8s'));
    writeFileSync(path.join(root, 'k8s/big.yaml'), `# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n`);
    await expect(loadManifests(settingsFor(root, { manifest: 'k8s' }))).rejects.toThrow(
      'over the 8388608-byte limit',
    );
  });
});

describe('Applications and overlays', () => {
  it('merges the environment overlay over base, and picks manifests/ by default', async () => {
    const root = makeWorkspace({
      'manifests/base/pipeops.yaml':
        'apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: api\nspec:\n  image: api:1.0.0\n  deploy:\n    replicas: 1\n',
      'manifests/production/pipeops.yaml': 'spec:\n  deploy:\n    replicas: 5\n    replica: 2\n',
    });
    const loaded = await loadManifests(settingsFor(root, { environment: 'production' }));
    expect(loaded.files).toEqual(['manifests/base/pipeops.yaml', 'manifests/production/pipeops.yaml']);
    // The typo is reported in the environment file that holds it.
    expect(loaded.findings).toEqual([
      expect.objectContaining({ origin: { file: 'manifests/production/pipeops.yaml', line: 4, column: 5 } }),
    ]);
  });

  it('names the environments that exist when the asked one does not', async () => {
    await expect(
      loadManifests(settingsFor(REPO_ROOT, { manifest: 'examples/overlays', environment: 'qa' })),
    ).rejects.toThrow('environments here: production, staging');
  });

  it('renders the production overlay of the example', async () => {
    const loaded = await loadManifests(
      settingsFor(REPO_ROOT, { manifest: 'examples/overlays', environment: 'production' }),
    );
    expect(loaded.findings).toEqual([]);
    const [deployment, , ingress] = loaded.resources.map((resource) => resource.object);
    // Maps merge (replicas over base's deploy), lists replace (production's env, not base's).
    expect(deployment).toMatchObject({
      spec: {
        replicas: 3,
        template: {
          spec: {
            containers: [
              {
                image: 'ghcr.io/acme/checkout:3.0.0',
                env: [
                  { name: 'LOG_LEVEL', value: 'warn' },
                  { name: 'PAYMENT_PROVIDER_URL', value: 'https://api.payments.example.com' },
                ],
              },
            ],
          },
        },
      },
    });
    expect(ingress).toMatchObject({ kind: 'Ingress', spec: { rules: [{ host: 'checkout.example.com' }] } });
  });

  it('takes the image input over spec.image, and errors without either', async () => {
    const app = (image: string) =>
      `apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: api\nspec:\n${image}  deploy:\n    replicas: 1\n`;
    const root = makeWorkspace({ 'with.yaml': app('  image: api:1.0.0\n'), 'without.yaml': app('') });
    const loaded = await loadManifests(settingsFor(root, { manifest: 'with.yaml', image: 'api:2.0.0' }));
    expect(JSON.stringify(loaded.resources[0]?.object)).toContain('"image":"api:2.0.0"');
    const missing = await loadManifests(settingsFor(root, { manifest: 'without.yaml' }));
    expect(missing.findings[0]).toMatchObject({
      rule: 'image-missing',
      origin: { file: 'without.yaml', line: 5 },
    });
  });
});

describe('kustomize and helm, with the real tools', () => {
  const tools = useRealTools();
  afterAll(() => tools.restore());

  it.skipIf(!tools.available)(
    `renders a kustomization with kustomize or kubectl kustomize ${tools.reason}`,
    async () => {
      const loaded = await loadManifests(
        settingsFor(REPO_ROOT, { manifest: 'examples/kustomize/overlays/production' }),
      );
      expect(loaded.type).toBe('kustomize');
      const kinds = loaded.resources.map(
        (resource) =>
          `${String(resource.object.kind)}/${String((resource.object.metadata as { namespace?: string }).namespace)}`,
      );
      expect(kinds.sort()).toEqual(['Deployment/production', 'Secret/production', 'Service/production']);
      const origins = Object.fromEntries(
        loaded.resources.map((resource) => [String(resource.object.kind), resource.origin.file]),
      );
      // Each object points at the file it came from; the generated Secret at the overlay's generator.
      expect(origins).toEqual({
        Deployment: 'examples/kustomize/base/deployment.yaml',
        Service: 'examples/kustomize/base/service.yaml',
        Secret: 'examples/kustomize/overlays/production/kustomization.yaml',
      });
    },
  );

  it.skipIf(!tools.available)(
    `renders a chart with helm template, values files and --set ${tools.reason}`,
    async () => {
      const loaded = await loadManifests(
        settingsFor(REPO_ROOT, {
          manifest: 'examples/helm/chart',
          'helm-release': 'cache',
          'helm-values': 'examples/helm/production-values.yaml',
          'helm-set': 'image.tag=7.2.6',
        }),
      );
      expect(loaded.type).toBe('helm');
      const deployment = loaded.resources.find((resource) => resource.object.kind === 'Deployment');
      expect(deployment?.object).toMatchObject({ metadata: { name: 'cache' }, spec: { replicas: 2 } });
      expect(JSON.stringify(deployment?.object)).toContain('docker.io/library/redis:7.2.6');
      expect(deployment?.origin.file).toBe('examples/helm/chart/templates/deployment.yaml');
    },
  );

  it.skipIf(!tools.available)(
    `reports a failing helm template with the tool's message ${tools.reason}`,
    async () => {
      const root = makeWorkspace({
        'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
        'chart/templates/a.yaml': '{{ .Values.missing.field }}\n',
      });
      await expect(loadManifests(settingsFor(root, { manifest: 'chart' }))).rejects.toThrow(
        /helm template chart failed \(exit code 1\)/,
      );
    },
  );

  it('says which tool is missing and how to get it', async () => {
    const original = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(
        loadManifests(settingsFor(REPO_ROOT, { manifest: 'examples/helm/chart' })),
      ).rejects.toThrow('is a Helm chart, but helm was not found on PATH: install helm');
      await expect(
        loadManifests(settingsFor(REPO_ROOT, { manifest: 'examples/kustomize/base' })),
      ).rejects.toThrow('neither kustomize nor kubectl was found on PATH');
    } finally {
      process.env.PATH = original;
    }
  });
});
