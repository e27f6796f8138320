import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildImage } from '../../src/build/build-image.js';
import type { ImageBuild } from '../../src/build/image-build.js';
import type { FakeBuilderOptions } from '../support/fake-builders.js';
import { fakeBuilders } from '../support/fake-builders.js';
import { recordingLog } from '../support/engine.js';
import { makeTempDir } from '../support/workspace.js';

const IMAGE = 'ghcr.io/acme/web:0123456789abcdef0123456789abcdef01234567';

function buildOf(builder: ImageBuild['builder'], context: string): ImageBuild {
  return {
    builder,
    image: IMAGE,
    context,
    ...(builder === 'dockerfile' ? { dockerfile: `${context}/Dockerfile` } : {}),
    args: ['NODE_ENV=production'],
  };
}

/** The fakes first on PATH; `alone` hides every real tool (this machine may have docker). */
function useFakes(options: FakeBuilderOptions = {}, alone = false) {
  const fakes = fakeBuilders(options);
  vi.stubEnv('PATH', fakes.path(alone));
  return fakes;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('building with the builder spec.build names', () => {
  it('dockerfile: docker buildx build --push, pinned by the digest of its metadata file', async () => {
    const fakes = useFakes();
    const context = makeTempDir();
    const log = recordingLog();
    const pinned = await buildImage(buildOf('dockerfile', context), log);
    expect(pinned).toBe(`ghcr.io/acme/web@${fakes.digest}`);
    const [version, build] = fakes.calls();
    expect(version).toEqual({ tool: 'docker', args: ['buildx', 'version'] });
    const metadataFile = build?.args[4] ?? '';
    expect(build).toEqual({
      tool: 'docker',
      args: [
        'buildx',
        'build',
        '--push',
        '--metadata-file',
        metadataFile,
        '-f',
        `${context}/Dockerfile`,
        '-t',
        IMAGE,
        '--build-arg',
        'NODE_ENV=production',
        context,
      ],
    });
    expect(metadataFile).toMatch(/metadata\.json$/);
    // The builder's progress is shown as it comes.
    expect(log.lines).toContain('#1 [internal] load build definition from Dockerfile');
  });

  it('nixpacks: nixpacks build, then docker push, pinned by the pushed digest', async () => {
    const fakes = useFakes();
    const context = makeTempDir();
    expect(await buildImage(buildOf('nixpacks', context), recordingLog())).toBe(
      `ghcr.io/acme/web@${fakes.digest}`,
    );
    expect(fakes.calls()).toEqual([
      { tool: 'nixpacks', args: ['build', context, '--name', IMAGE, '--env', 'NODE_ENV=production'] },
      { tool: 'docker', args: ['push', IMAGE] },
    ]);
  });

  it('buildpack: pack build --publish, pinned by the digest pack prints', async () => {
    const fakes = useFakes();
    const context = makeTempDir();
    expect(await buildImage(buildOf('buildpack', context), recordingLog())).toBe(
      `ghcr.io/acme/web@${fakes.digest}`,
    );
    expect(fakes.calls()).toEqual([
      {
        tool: 'pack',
        args: ['build', IMAGE, '--path', context, '--publish', '--env', 'NODE_ENV=production'],
      },
    ]);
  });
});

describe('a builder that is missing or fails', () => {
  it.each([
    ['dockerfile', [], 'docker was not found on PATH', 'docker/setup-buildx-action'],
    ['nixpacks', ['docker'], 'nixpacks was not found on PATH', 'https://nixpacks.com/install.sh'],
    ['nixpacks', ['nixpacks'], 'docker was not found on PATH', 'install Docker'],
    ['buildpack', [], 'pack was not found on PATH', 'buildpacks/github-actions/setup-pack'],
  ] as const)(
    '%s with only %j installed fails at once, naming the setup step',
    async (builder, tools, missing, step) => {
      const fakes = useFakes({ tools }, true);
      const failure = buildImage(buildOf(builder, makeTempDir()), recordingLog());
      await expect(failure).rejects.toThrow(missing);
      await expect(failure).rejects.toThrow(step);
      expect(fakes.calls()).toEqual([]);
    },
  );

  it('dockerfile on a docker without buildx names docker/setup-buildx-action', async () => {
    const fakes = useFakes({ withoutBuildx: true }, true);
    await expect(buildImage(buildOf('dockerfile', makeTempDir()), recordingLog())).rejects.toThrow(
      'docker has no buildx plugin, which the dockerfile builder needs: add the step docker/setup-buildx-action',
    );
    expect(fakes.calls().map((call) => call.args.slice(0, 2))).toEqual([['buildx', 'version']]);
  });

  it.each(['dockerfile', 'nixpacks', 'buildpack'] as const)(
    '%s: a failed build shows the last 20 lines of the builder',
    async (builder) => {
      const fakes = useFakes({ failBuild: true });
      const failure = buildImage(buildOf(builder, makeTempDir()), recordingLog());
      await expect(failure).rejects.toThrow(/failed \(exit code 1\):\n#12 build step 12\n/);
      await expect(failure).rejects.toThrow(
        'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
      );
      await expect(failure).rejects.not.toThrow('#11 build step 11\n');
      // Nothing is pushed after a failed build.
      expect(fakes.calls().some((call) => call.tool === 'docker' && call.args[0] === 'push')).toBe(false);
    },
  );
});
