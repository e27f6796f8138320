import { joinImage, splitImage } from '../manifests/image-reference.js';
import type { Log } from '../model/log.js';
import { buildWithBuildpacks } from './buildpacks.js';
import { buildWithDockerfile } from './dockerfile.js';
import type { BuilderName, ImageBuild } from './image-build.js';
import { buildWithNixpacks } from './nixpacks.js';

const BUILDERS: Readonly<Record<BuilderName, (build: ImageBuild, log: Log) => Promise<string>>> = {
  dockerfile: buildWithDockerfile,
  nixpacks: buildWithNixpacks,
  buildpack: buildWithBuildpacks,
};

/** Builds and pushes the image; returns the pushed image pinned by digest (`ghcr.io/acme/web@sha256:…`). */
export async function buildImage(build: ImageBuild, log: Log): Promise<string> {
  const digest = await BUILDERS[build.builder](build, log);
  return pinnedReference(build.image, digest);
}

/** `ghcr.io/acme/web:abc123` pushed as `sha256:…` → `ghcr.io/acme/web@sha256:…`. */
export function pinnedReference(image: string, digest: string): string {
  return joinImage({ name: splitImage(image).name, digest });
}
