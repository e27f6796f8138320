import { UserError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import { requireTool, runBuildStep } from './build-tool.js';
import { lastDigestAfter } from './digest.js';
import type { ImageBuild } from './image-build.js';

const INSTALL_NIXPACKS =
  'install it before kubesync, e.g. a step running `curl -sSL https://nixpacks.com/install.sh | bash` (https://nixpacks.com/docs/install)';

/** `nixpacks build` into the local Docker, then `docker push`, whose last line names the digest. */
export async function buildWithNixpacks(build: ImageBuild, log: Log): Promise<string> {
  const nixpacks = await requireTool('nixpacks', `the nixpacks builder needs it; ${INSTALL_NIXPACKS}`);
  const docker = await requireTool(
    'docker',
    'the nixpacks builder builds with Docker and pushes with docker push; install Docker (it is on GitHub-hosted Linux runners)',
  );
  await runBuildStep(nixpacks, nixpacksBuildArgs(build), `nixpacks build of ${build.image}`, log);
  const pushed = await runBuildStep(docker, ['push', build.image], `docker push ${build.image}`, log);
  return digestFromPushOutput(pushed, build.image);
}

export function nixpacksBuildArgs(build: ImageBuild): string[] {
  return ['build', build.context, '--name', build.image, ...build.args.flatMap((arg) => ['--env', arg])];
}

export function digestFromPushOutput(output: string, image: string): string {
  const digest = lastDigestAfter(output, 'digest: ');
  if (!digest) throw new UserError(`docker push ${image} printed no digest (a "digest: sha256:…" line)`);
  return digest;
}
