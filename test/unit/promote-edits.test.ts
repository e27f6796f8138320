import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../src/model/errors.js';
import { editAppOverlay } from '../../src/promote/app-overlay-edit.js';
import { editHelmValues } from '../../src/promote/helm-values-edit.js';
import type { ImageMove } from '../../src/promote/image-moves.js';
import { editKustomizationImages } from '../../src/promote/kustomization-edit.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const move = (name: string, current: string, promoted: string): ImageMove => ({ name, current, promoted });

describe("promote's edit of an Application overlay", () => {
  it('replaces spec.image and nothing else: comments, blank lines, quoting and order stay', () => {
    const text = `# production: reviewed by the platform team
apiVersion: pipeops.io/v1
kind: Application

spec:
  image: "ghcr.io/acme/web:1.2.0" # pinned by promote
  deploy:
    replicas: 3   # three zones
`;
    expect(editAppOverlay('manifests/production/pipeops.yaml', text, 'ghcr.io/acme/web:1.3.0')).toBe(
      text.replace('"ghcr.io/acme/web:1.2.0"', '"ghcr.io/acme/web:1.3.0"'),
    );
  });

  it('adds spec.image to an overlay that takes it from base, keeping its comments', () => {
    const text = `# production overrides
spec:
  deploy:
    replicas: 3 # three zones
`;
    const edited = editAppOverlay('manifests/production/pipeops.yaml', text, 'ghcr.io/acme/web:1.3.0');
    expect(parse(edited)).toEqual({ spec: { deploy: { replicas: 3 }, image: 'ghcr.io/acme/web:1.3.0' } });
    expect(edited).toContain('# production overrides');
    expect(edited).toContain('replicas: 3 # three zones');
  });

  it('adds spec itself to an overlay without one, as a plain map', () => {
    const edited = editAppOverlay(
      'manifests/production/pipeops.yaml',
      '# empty overlay\nmetadata: {}\n',
      'web:2',
    );
    expect(edited).toBe('# empty overlay\nmetadata: {}\nspec:\n  image: web:2\n');
  });

  it('names the file and line of YAML it cannot read', () => {
    expect(() => editAppOverlay('manifests/production/pipeops.yaml', 'spec:\n  image: [\n', 'x:1')).toThrow(
      /^manifests\/production\/pipeops\.yaml:\d+: .*fix the YAML first/,
    );
  });
});

describe("promote's edit of a kustomization's images", () => {
  const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../base
images:
  # the web app, promoted from staging
  - name: web
    newName: ghcr.io/acme/web
    newTag: 1.2.0
  - name: redis # pinned by hand, never promoted
    newTag: "7.2"
`;

  it('sets newTag of the entry that renders the image name, and leaves the other entries as written', () => {
    const edited = editKustomizationImages('k8s/production/kustomization.yaml', kustomization, [
      move('ghcr.io/acme/web', 'ghcr.io/acme/web:1.2.0', 'ghcr.io/acme/web:1.3.0'),
    ]);
    expect(edited).toBe(kustomization.replace('newTag: 1.2.0', 'newTag: 1.3.0'));
  });

  it('sets the digest of a digest-pinned image, and drops a tag the promoted reference lacks', () => {
    const edited = editKustomizationImages('k8s/production/kustomization.yaml', kustomization, [
      move('ghcr.io/acme/web', 'ghcr.io/acme/web:1.2.0', `ghcr.io/acme/web@${DIGEST}`),
    ]);
    const images = (parse(edited) as { images: unknown[] }).images;
    expect(images).toEqual([
      { name: 'web', newName: 'ghcr.io/acme/web', digest: DIGEST },
      { name: 'redis', newTag: '7.2' },
    ]);
    expect(edited).toContain('# the web app, promoted from staging');
    expect(edited).toContain('- name: redis # pinned by hand, never promoted');
  });

  it('keeps both the tag and the digest when the promoted reference has both', () => {
    const edited = editKustomizationImages('k8s/production/kustomization.yaml', kustomization, [
      move('ghcr.io/acme/web', 'ghcr.io/acme/web:1.2.0', `ghcr.io/acme/web:1.3.0@${DIGEST}`),
    ]);
    expect((parse(edited) as { images: unknown[] }).images[0]).toEqual({
      name: 'web',
      newName: 'ghcr.io/acme/web',
      newTag: '1.3.0',
      digest: DIGEST,
    });
  });

  it('adds an entry for an image the kustomization does not list yet', () => {
    const edited = editKustomizationImages(
      'k8s/production/kustomization.yaml',
      'resources:\n  - ../base # shared\n',
      [move('ghcr.io/acme/worker', 'ghcr.io/acme/worker:0.9', 'ghcr.io/acme/worker:1.0')],
    );
    expect(parse(edited)).toEqual({
      resources: ['../base'],
      images: [{ name: 'ghcr.io/acme/worker', newTag: '1.0' }],
    });
    expect(edited).toContain('# shared');
  });
});

describe("promote's edit of a Helm values file", () => {
  const values = `# production values
replicaCount: 3
image:
  repository: ghcr.io/acme/web # the registry production pulls from
  tag: 1.2.0
  pullPolicy: IfNotPresent
`;
  const web = move('ghcr.io/acme/web', 'ghcr.io/acme/web:1.2.0', 'ghcr.io/acme/web:1.3.0');

  it('writes the tag into a key ending in tag', () => {
    const edited = editHelmValues('chart/values-production.yaml', values, 'image.tag', [web]);
    expect(edited.text).toBe(values.replace('tag: 1.2.0', 'tag: 1.3.0'));
    expect(edited.move).toBe(web);
  });

  it("picks the image of the tag's repository among several, and writes tag@digest for a pinned one", () => {
    const worker = move('ghcr.io/acme/worker', 'ghcr.io/acme/worker:2', 'ghcr.io/acme/worker:3');
    const pinned = { ...web, promoted: `ghcr.io/acme/web:1.3.0@${DIGEST}` };
    const edited = editHelmValues('chart/values-production.yaml', values, 'image.tag', [worker, pinned]);
    expect(edited.move).toBe(pinned);
    expect(edited.text).toContain(`tag: 1.3.0@${DIGEST}`);
  });

  it('writes the whole reference into a key that holds one', () => {
    const text = 'image: ghcr.io/acme/web:1.2.0 # whole reference\n';
    expect(editHelmValues('chart/values-production.yaml', text, 'image', [web]).text).toBe(
      'image: ghcr.io/acme/web:1.3.0 # whole reference\n',
    );
  });

  it('refuses a key the file does not have, and one that is not a single value, naming file and line', () => {
    expect(() => editHelmValues('chart/values-production.yaml', values, 'web.image', [web])).toThrow(
      /chart\/values-production\.yaml: there is no key web\.image \(promote-values-key\)/,
    );
    expect(() => editHelmValues('chart/values-production.yaml', values, 'image', [web])).toThrow(UserError);
    expect(() => editHelmValues('chart/values-production.yaml', values, 'image', [web])).toThrow(
      /chart\/values-production\.yaml:3: image is not a single value/,
    );
  });
});
