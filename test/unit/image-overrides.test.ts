import { afterEach, describe, expect, it } from 'vitest';
import { overrideImages } from '../../src/app/commands/override-images.js';
import { imageInputsWithoutEffect } from '../../src/manifests/image-inputs.js';
import { applyImageOverrides, containersOf } from '../../src/manifests/image-overrides.js';
import type { KubeObject } from '../../src/model/object.js';
import type { Resource } from '../../src/model/resource.js';
import { formatFinding } from '../../src/model/finding.js';
import { settingsFor } from '../support/workspace.js';

const origin = { file: 'k8s/all.yaml', line: 1, column: 1 };
const resource = (object: KubeObject): Resource => ({ object, origin, locate: () => origin });

const pod = (image: string) => ({
  initContainers: [{ name: 'migrate', image: 'ghcr.io/acme/migrate:1' }],
  containers: [
    { name: 'app', image },
    { name: 'proxy', image: 'envoyproxy/envoy:v1.30' },
  ],
  ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }],
});
const template = (image: string) => ({ template: { spec: pod(image) } });

const WORKLOADS: KubeObject[] = [
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd' },
    spec: template('ghcr.io/acme/web:1'),
  },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: template('ghcr.io/acme/web') },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'ds' },
    spec: template('ghcr.io/acme/web:1'),
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'rs' },
    spec: template('ghcr.io/acme/web:1'),
  },
  { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: template('ghcr.io/acme/web:1') },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cj' },
    spec: { schedule: '@daily', jobTemplate: { spec: template('ghcr.io/acme/web:1') } },
  },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: pod('ghcr.io/acme/web:1') },
];

function apply(images: string, resources: readonly Resource[], defaultTag = '') {
  return applyImageOverrides(resources, {
    overrides: settingsFor('/', { images }).images,
    defaultTag,
    originOf: (override) => ({ file: 'input images', line: override.line, column: 1 }),
  });
}

const imagesOf = (resources: readonly Resource[]) =>
  resources.map((item) => containersOf(item.object).map((container) => container.image));

describe('applyImageOverrides', () => {
  it('sets containers, init and ephemeral containers of every workload kind, and only the matching ones', () => {
    const resources = WORKLOADS.map(resource);
    const result = apply(
      'ghcr.io/acme/web:2\nghcr.io/acme/migrate=ghcr.io/acme/tools\nbusybox:1.37',
      resources,
    );
    expect(result.findings).toEqual([]);
    expect(imagesOf(result.resources)).toEqual(
      WORKLOADS.map(() => [
        'ghcr.io/acme/tools:1',
        'ghcr.io/acme/web:2',
        'envoyproxy/envoy:v1.30',
        'busybox:1.37',
      ]),
    );
  });

  it('leaves the objects it was given as they were', () => {
    const resources = WORKLOADS.map(resource);
    const before = structuredClone(resources.map((item) => item.object));
    apply('ghcr.io/acme/web:2', resources);
    expect(resources.map((item) => item.object)).toEqual(before);
  });

  it('matches the image without tag or digest exactly, as kustomize does', () => {
    const resources = [resource(WORKLOADS[0]!)];
    const result = apply('acme/web:2', resources);
    expect(imagesOf(result.resources)[0]).toContain('ghcr.io/acme/web:1');
    expect(result.findings.map(formatFinding)).toEqual([
      'input images:1:1: error: images entry "acme/web:2" matches no container (an entry names the image without tag or digest): did you mean ghcr.io/acme/web? images here: busybox, envoyproxy/envoy, ghcr.io/acme/migrate, ghcr.io/acme/web [image-unmatched]',
    ]);
  });

  it('says did you mean for a misspelling, on the line of the entry', () => {
    const result = apply('redis:7\nghcr.io/acme/wbe:2', [resource(WORKLOADS[0]!)]);
    expect(result.findings.map((finding) => [finding.origin.line, finding.message])).toEqual([
      [1, expect.stringContaining('"redis:7" matches no container') as string],
      [2, expect.stringContaining('did you mean ghcr.io/acme/web?') as string],
    ]);
    expect(result.findings[0]?.message).not.toContain('did you mean');
  });

  it('says when no workload runs an image at all', () => {
    const configMap = resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });
    expect(apply('web:2', [configMap]).findings[0]?.message).toBe(
      'images entry "web:2" matches no container: no workload here runs an image',
    );
  });

  it('gives image-tag to the entries that name no tag and no digest', () => {
    const result = apply('ghcr.io/acme/web\nbusybox:1.37', [resource(WORKLOADS[1]!)], 'v4.0.0');
    expect(imagesOf(result.resources)[0]).toEqual([
      'ghcr.io/acme/migrate:1',
      'ghcr.io/acme/web:v4.0.0',
      'envoyproxy/envoy:v1.30',
      'busybox:1.37',
    ]);
  });

  it('without image-tag, an entry with a name only changes nothing but must still match', () => {
    const resources = [resource(WORKLOADS[0]!)];
    const result = apply('ghcr.io/acme/web', resources);
    expect(result.findings).toEqual([]);
    expect(result.resources[0]).toBe(resources[0]);
  });
});

describe('image and image-tag where they do nothing', () => {
  const originOf = (input: string) => ({ file: `input ${input}`, line: 1, column: 1 });
  const check = (type: 'app' | 'kubernetes' | 'kustomize' | 'helm', inputs: Record<string, string>) =>
    imageInputsWithoutEffect(
      type,
      {
        image: inputs.image ?? '',
        imageTag: inputs['image-tag'] ?? '',
        overrides: settingsFor('/', { images: inputs.images ?? '' }).images,
      },
      originOf,
    ).map(formatFinding);

  it('image for a non-Application source is an error that points to images', () => {
    expect(check('kustomize', { image: 'ghcr.io/acme/web:abc' })).toEqual([
      'input image:1:1: error: image sets the image of an Application only, and does nothing for a kustomization: use images instead, e.g. `images: ghcr.io/acme/web:abc` (sets every ghcr.io/acme/web container to it) [image-input-unused]',
    ]);
  });

  it('image-tag for a non-Application source without an images entry to take it is an error', () => {
    expect(check('helm', { 'image-tag': 'v1' })).toEqual([
      "input image-tag:1:1: error: image-tag sets the tag of an Application's image, or of the images entries that name no tag or digest, and a Helm chart has neither: name the image in images, e.g. `images: ghcr.io/acme/web` (its containers then run tag v1) [image-input-unused]",
    ]);
    expect(check('kubernetes', { 'image-tag': 'v1', images: 'ghcr.io/acme/web:v0' })).toHaveLength(1);
    expect(check('kubernetes', { 'image-tag': 'v1', images: 'ghcr.io/acme/web' })).toEqual([]);
  });

  it('both are what an Application takes', () => {
    expect(check('app', { image: 'ghcr.io/acme/web:abc', 'image-tag': 'v1' })).toEqual([]);
  });
});

describe('the git tag that the action gives image-tag on a tag push', () => {
  const ref = process.env.GITHUB_REF;
  afterEach(() => {
    if (ref === undefined) delete process.env.GITHUB_REF;
    else process.env.GITHUB_REF = ref;
  });

  it('is no error for a source it does nothing for, while the same tag given otherwise is', () => {
    const loaded = { type: 'kubernetes' as const, resources: [], findings: [], files: [] };
    const settings = settingsFor('/', { 'image-tag': 'v1.2.0' });
    const onTag = { ...settings, revision: { ref: 'refs/tags/v1.2.0' } };
    expect(overrideImages(loaded, onTag).findings).toEqual([]);
    const onBranch = { ...settings, revision: { ref: 'refs/heads/main' } };
    expect(overrideImages(loaded, onBranch).findings.map((finding) => finding.rule)).toEqual([
      'image-input-unused',
    ]);
  });
});
