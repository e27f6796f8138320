import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import { execTool } from '../tools/exec-tool.js';
import { requireTool, runBuildStep } from './build-tool.js';
import { isDigest } from './digest.js';
import type { ImageBuild } from './image-build.js';

const SETUP_BUILDX =
  'add the step docker/setup-buildx-action (https://github.com/docker/setup-buildx-action) before kubesync, or install Docker with buildx';

/** `docker buildx build --push`, the digest read from the metadata file buildx writes. */
export async function buildWithDockerfile(build: ImageBuild, log: Log): Promise<string> {
  const docker = await requireTool('docker', `the dockerfile builder needs docker buildx; ${SETUP_BUILDX}`);
  const buildx = await execTool(docker, ['buildx', 'version']);
  if (buildx.exitCode !== 0)
    throw new UserError(`docker has no buildx plugin, which the dockerfile builder needs: ${SETUP_BUILDX}`);
  const folder = await mkdtemp(path.join(tmpdir(), 'kubesync-build-'));
  try {
    const metadataFile = path.join(folder, 'metadata.json');
    await runBuildStep(
      docker,
      dockerBuildArgs(build, metadataFile),
      `docker buildx build of ${build.image}`,
      log,
    );
    return digestFromMetadata(await readFile(metadataFile, 'utf8').catch(() => ''), build.image);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function dockerBuildArgs(build: ImageBuild, metadataFile: string): string[] {
  return [
    'buildx',
    'build',
    '--push',
    '--metadata-file',
    metadataFile,
    ...(build.dockerfile ? ['-f', build.dockerfile] : []),
    '-t',
    build.image,
    ...build.args.flatMap((arg) => ['--build-arg', arg]),
    build.context,
  ];
}

/** buildx's `--metadata-file` JSON: the pushed manifest's digest is `containerimage.digest`. */
export function digestFromMetadata(text: string, image: string): string {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch {
    metadata = undefined;
  }
  const digest =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as Record<string, unknown>)['containerimage.digest']
      : undefined;
  if (!isDigest(digest))
    throw new UserError(
      `docker buildx build of ${image} reported no pushed digest (containerimage.digest in its --metadata-file); is the buildx driver one that can push (docker/setup-buildx-action sets one up)?`,
    );
  return digest;
}
