import { UserError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import { requireTool, runBuildStep } from './build-tool.js';
import { lastDigestAfter } from './digest.js';
import type { ImageBuild } from './image-build.js';

const SETUP_PACK =
  'add the step buildpacks/github-actions/setup-pack (https://github.com/buildpacks/github-actions) before kubesync';

/** `pack build --publish`: pack pushes the image itself and ends with `*** Digest: sha256:…`. */
export async function buildWithBuildpacks(build: ImageBuild, log: Log): Promise<string> {
  const pack = await requireTool('pack', `the buildpack builder needs the pack CLI; ${SETUP_PACK}`);
  const output = await runBuildStep(pack, packBuildArgs(build), `pack build of ${build.image}`, log);
  return digestFromPackOutput(output, build.image);
}

export function packBuildArgs(build: ImageBuild): string[] {
  return [
    'build',
    build.image,
    '--path',
    build.context,
    '--publish',
    ...build.args.flatMap((arg) => ['--env', arg]),
  ];
}

export function digestFromPackOutput(output: string, image: string): string {
  const digest = lastDigestAfter(output, 'Digest: ');
  if (!digest)
    throw new UserError(`pack build of ${image} printed no digest (a "*** Digest: sha256:…" line)`);
  return digest;
}
