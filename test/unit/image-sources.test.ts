import { afterAll, describe, expect, it } from 'vitest';
import { renderManifests } from '../../src/app/commands/render.js';
import { validateManifests } from '../../src/app/commands/validate.js';
import { containersOf } from '../../src/manifests/image-overrides.js';
import type { ManifestType } from '../../src/model/resource.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { formatFinding } from '../../src/model/finding.js';
import { imageSource, SOURCE_TYPES, WRITTEN_IMAGE } from '../support/image-sources.js';
import { useRealTools } from '../support/tools.js';
import { settingsFor } from '../support/workspace.js';

const tools = useRealTools();
afterAll(() => tools.restore());

/** kustomize and helm sources need the real binaries; the others run anywhere. */
const needsTools = (type: ManifestType) => (type === 'kustomize' || type === 'helm') && !tools.available;

const render = (type: ManifestType, inputs: Record<string, string>) =>
  renderManifests(settingsFor(imageSource(type), { manifest: 'k8s', ...inputs }), new SecretValues());

const deployedImages = (objects: readonly Record<string, unknown>[]) =>
  objects.flatMap((object) => containersOf(object).map((container) => container.image));

describe.each(SOURCE_TYPES)('images on a %s source', (type) => {
  it.skipIf(needsTools(type))(`renders the overridden image ${tools.reason}`, async () => {
    const rendered = await render(type, { images: 'ghcr.io/acme/web=registry.example.com/web:2.0.0' });
    expect(rendered.validation.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(deployedImages(rendered.objects)).toEqual(['registry.example.com/web:2.0.0']);
    expect(rendered.yaml).toContain('image: registry.example.com/web:2.0.0');
  });

  it.skipIf(needsTools(type))(`takes image-tag for an entry without a tag ${tools.reason}`, async () => {
    const rendered = await render(type, { images: 'ghcr.io/acme/web', 'image-tag': 'v3.1.0' });
    expect(deployedImages(rendered.objects)).toEqual(['ghcr.io/acme/web:v3.1.0']);
  });

  it.skipIf(needsTools(type))(`fails an entry that matches no container ${tools.reason}`, async () => {
    const rendered = await render(type, { images: 'ghcr.io/acme/wbe:2.0.0' });
    expect(rendered.validation.valid).toBe(false);
    expect(rendered.validation.findings.map(formatFinding)).toContain(
      'input images:1:1: error: images entry "ghcr.io/acme/wbe:2.0.0" matches no container (an entry names the image without tag or digest): did you mean ghcr.io/acme/web? images here: ghcr.io/acme/web [image-unmatched]',
    );
  });
});

describe.each(SOURCE_TYPES.filter((type) => type !== 'app'))('image and image-tag on a %s source', (type) => {
  it.skipIf(needsTools(type))(
    `are errors naming images, and the written image stays ${tools.reason}`,
    async () => {
      const settings = settingsFor(imageSource(type), {
        manifest: 'k8s',
        image: 'ghcr.io/acme/web:abc123',
        'image-tag': 'v2',
      });
      const result = await validateManifests(settings, new SecretValues());
      expect(result.valid).toBe(false);
      const unused = result.findings.filter((finding) => finding.rule === 'image-input-unused');
      expect(unused.map((finding) => finding.origin.file)).toEqual(['input image', 'input image-tag']);
      for (const finding of unused) expect(finding.message).toContain('images');
      expect(deployedImages(result.loaded.resources.map((resource) => resource.object))).toEqual([
        WRITTEN_IMAGE,
      ]);
    },
  );
});

describe('image and image-tag on an Application', () => {
  it('set its image, as before', async () => {
    const rendered = await render('app', { image: 'ghcr.io/acme/web:abc123', 'image-tag': 'v2' });
    expect(deployedImages(rendered.objects)).toEqual(['ghcr.io/acme/web:v2']);
  });
});
