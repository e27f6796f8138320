import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinnedReference } from '../../src/build/build-image.js';
import { digestFromPackOutput, packBuildArgs } from '../../src/build/buildpacks.js';
import { digestFromMetadata, dockerBuildArgs } from '../../src/build/dockerfile.js';
import type { ImageBuild } from '../../src/build/image-build.js';
import { digestFromPushOutput, nixpacksBuildArgs } from '../../src/build/nixpacks.js';
import { planImageBuild } from '../../src/build/plan-image-build.js';
import type { Application } from '../../src/manifests/app.js';
import { applicationSchema } from '../../src/manifests/app.js';
import { Workspace } from '../../src/manifests/workspace.js';
import { makeWorkspace } from '../support/workspace.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const SHA = '0123456789abcdef0123456789abcdef01234567';

const build: ImageBuild = {
  builder: 'dockerfile',
  image: `ghcr.io/acme/web:${SHA}`,
  context: '/repo/web',
  dockerfile: '/repo/web/Dockerfile.prod',
  args: ['NODE_ENV=production', 'RETRIES=3'],
};

describe('builder command lines', () => {
  it('docker buildx build pushes, writes its metadata file, and passes args as --build-arg', () => {
    expect(dockerBuildArgs(build, '/tmp/x/metadata.json')).toEqual([
      'buildx',
      'build',
      '--push',
      '--metadata-file',
      '/tmp/x/metadata.json',
      '-f',
      '/repo/web/Dockerfile.prod',
      '-t',
      `ghcr.io/acme/web:${SHA}`,
      '--build-arg',
      'NODE_ENV=production',
      '--build-arg',
      'RETRIES=3',
      '/repo/web',
    ]);
  });

  it('nixpacks build names the image and passes args as --env', () => {
    expect(nixpacksBuildArgs({ ...build, builder: 'nixpacks', args: ['A=1'] })).toEqual([
      'build',
      '/repo/web',
      '--name',
      `ghcr.io/acme/web:${SHA}`,
      '--env',
      'A=1',
    ]);
  });

  it('pack build publishes from the context', () => {
    expect(packBuildArgs({ ...build, builder: 'buildpack', args: [] })).toEqual([
      'build',
      `ghcr.io/acme/web:${SHA}`,
      '--path',
      '/repo/web',
      '--publish',
    ]);
  });
});

describe('the pushed digest', () => {
  it('is containerimage.digest of the buildx metadata file', () => {
    const metadata = JSON.stringify({
      'buildx.build.ref': 'builder/builder0/x',
      'containerimage.descriptor': { digest: `sha256:${'cd34'.repeat(16)}` },
      'containerimage.digest': DIGEST,
      'image.name': 'ghcr.io/acme/web:abc',
    });
    expect(digestFromMetadata(metadata, 'ghcr.io/acme/web:abc')).toBe(DIGEST);
  });

  it.each(['', '{}', '{"containerimage.digest": "sha256:short"}', 'not json'])(
    'is an error naming the image when the metadata file holds %j',
    (text) => {
      expect(() => digestFromMetadata(text, 'ghcr.io/acme/web:abc')).toThrow(
        'docker buildx build of ghcr.io/acme/web:abc reported no pushed digest',
      );
    },
  );

  it("is the last line of docker push's output", () => {
    const output = [
      'The push refers to repository [ghcr.io/acme/web]',
      `5f70bf18a086: Layer already exists`,
      `abc: digest: ${DIGEST} size: 1570`,
    ].join('\n');
    expect(digestFromPushOutput(output, 'ghcr.io/acme/web:abc')).toBe(DIGEST);
    expect(() => digestFromPushOutput('5f70bf18a086: Pushed\n', 'ghcr.io/acme/web:abc')).toThrow(
      'docker push ghcr.io/acme/web:abc printed no digest',
    );
  });

  it("is pack's *** Digest line", () => {
    const output = `===> EXPORTING\n*** Images (6f1c3e2b9a4d):\n      ghcr.io/acme/web:abc\n\n*** Digest: ${DIGEST}\n`;
    expect(digestFromPackOutput(output, 'ghcr.io/acme/web:abc')).toBe(DIGEST);
    expect(() => digestFromPackOutput('===> EXPORTING\n', 'ghcr.io/acme/web:abc')).toThrow(
      'pack build of ghcr.io/acme/web:abc printed no digest',
    );
  });

  it.each([
    [`ghcr.io/acme/web:${SHA}`, `ghcr.io/acme/web@${DIGEST}`],
    ['localhost:5000/web:v2', `localhost:5000/web@${DIGEST}`],
    ['web', `web@${DIGEST}`],
    [`registry:5000/team/web:1@sha256:${'0'.repeat(64)}`, `registry:5000/team/web@${DIGEST}`],
  ])('pins %s as %s', (image, pinned) => {
    expect(pinnedReference(image, DIGEST)).toBe(pinned);
  });
});

function application(spec: Record<string, unknown>): Application {
  return applicationSchema.parse({
    apiVersion: 'pipeops.io/v1',
    kind: 'Application',
    metadata: { name: 'web' },
    spec,
  });
}

describe('planImageBuild', () => {
  const settings = { image: '', imageTag: '', commit: SHA };
  const open = (files: Record<string, string>) => Workspace.open(makeWorkspace(files));

  it('tags spec.image with the commit and builds the context Dockerfile by default', async () => {
    const workspace = await open({ Dockerfile: 'FROM scratch\n' });
    const app = application({
      image: 'ghcr.io/acme/web:1.4.2',
      build: { args: { PORT: 8080, DEBUG: false } },
    });
    expect(await planImageBuild(app, workspace, settings)).toEqual({
      builder: 'dockerfile',
      image: `ghcr.io/acme/web:${SHA}`,
      context: workspace.root,
      dockerfile: path.join(workspace.root, 'Dockerfile'),
      args: ['PORT=8080', 'DEBUG=false'],
    });
  });

  it('takes input image and image-tag over spec.image and the commit', async () => {
    const workspace = await open({ 'web/Dockerfile': 'FROM scratch\n' });
    const app = application({ image: 'ghcr.io/acme/old', build: { context: 'web' } });
    const planned = await planImageBuild(app, workspace, {
      ...settings,
      image: 'registry.example.com/web@sha256:' + '1'.repeat(64),
      imageTag: 'v2.0.0',
    });
    expect(planned).toMatchObject({
      builder: 'dockerfile',
      image: 'registry.example.com/web:v2.0.0',
      context: path.join(workspace.root, 'web'),
    });
  });

  it('uses nixpacks without a Dockerfile, and the builder spec.build names', async () => {
    const workspace = await open({ 'package.json': '{}' });
    const nixpacks = await planImageBuild(application({ image: 'web', build: {} }), workspace, settings);
    expect(nixpacks).toEqual({ builder: 'nixpacks', image: `web:${SHA}`, context: workspace.root, args: [] });
    const pack = await planImageBuild(
      application({ image: 'web', build: { builder: 'buildpack' } }),
      workspace,
      settings,
    );
    expect(pack.builder).toBe('buildpack');
  });

  it('reads dockerfile relative to the context, and refuses one outside the repository', async () => {
    const workspace = await open({ 'app/docker/Prod.Dockerfile': 'FROM scratch\n' });
    const planned = await planImageBuild(
      application({ image: 'web', build: { context: 'app', dockerfile: 'docker/Prod.Dockerfile' } }),
      workspace,
      settings,
    );
    expect(planned.dockerfile).toBe(path.join(workspace.root, 'app/docker/Prod.Dockerfile'));
    await expect(
      planImageBuild(
        application({ image: 'web', build: { dockerfile: '../Dockerfile' } }),
        workspace,
        settings,
      ),
    ).rejects.toThrow('spec.build.dockerfile "../Dockerfile" leaves the repository');
    await expect(
      planImageBuild(application({ image: 'web', build: { builder: 'dockerfile' } }), workspace, settings),
    ).rejects.toThrow('spec.build.dockerfile "Dockerfile" does not exist in the repository');
  });

  it('says what is missing: spec.build, an image to push to, a tag', async () => {
    const workspace = await open({ Dockerfile: 'FROM scratch\n' });
    await expect(planImageBuild(application({ image: 'web' }), workspace, settings)).rejects.toThrow(
      'build is on, but Application web has no spec.build',
    );
    await expect(planImageBuild(application({ build: {} }), workspace, settings)).rejects.toThrow(
      'build is on, but Application web names no image to push to: set spec.image',
    );
    await expect(
      planImageBuild(application({ image: 'web', build: {} }), workspace, { ...settings, commit: 'unknown' }),
    ).rejects.toThrow('no commit to tag the image with: set image-tag');
  });
});
