import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import type { Application } from '../manifests/app.js';
import { withTag } from '../manifests/load.js';
import type { Workspace } from '../manifests/workspace.js';
import type { BuilderName, ImageBuild } from './image-build.js';

export interface ImageBuildSettings {
  /** Input `image`, which wins over spec.image. */
  readonly image: string;
  /** Input `image-tag`; empty tags the image with the commit. */
  readonly imageTag: string;
  readonly commit: string;
}

/**
 * What building an Application's spec.build means here: the image (input `image` or spec.image)
 * tagged `image-tag` or the commit sha; the context relative to the repository root (default `.`),
 * the Dockerfile relative to the context (default `Dockerfile`), as docker compose reads them.
 */
export async function planImageBuild(
  app: Application,
  workspace: Workspace,
  settings: ImageBuildSettings,
): Promise<ImageBuild> {
  const name = app.metadata.name;
  const spec = app.spec.build;
  if (!spec) {
    throw new UserError(
      `build is on, but Application ${name} has no spec.build: add one (builder: dockerfile, nixpacks or buildpack), or turn build off and deploy a pushed image`,
    );
  }
  const named = settings.image || app.spec.image;
  if (!named) {
    throw new UserError(
      `build is on, but Application ${name} names no image to push to: set spec.image (e.g. ghcr.io/acme/${name}) or the image input`,
    );
  }
  const tag = settings.imageTag || (settings.commit === 'unknown' ? '' : settings.commit);
  if (!tag) throw new UserError('build is on, but there is no commit to tag the image with: set image-tag');
  const context = await workspace.resolve(spec.context ?? '.', 'spec.build.context');
  const dockerfilePath = path.join(context, spec.dockerfile ?? 'Dockerfile');
  const builder: BuilderName =
    spec.builder ?? (spec.dockerfile !== undefined || existsSync(dockerfilePath) ? 'dockerfile' : 'nixpacks');
  const dockerfile =
    builder === 'dockerfile'
      ? await workspace.resolve(workspace.relative(dockerfilePath), 'spec.build.dockerfile')
      : undefined;
  return {
    builder,
    image: withTag(named, tag),
    context,
    ...(dockerfile ? { dockerfile } : {}),
    args: Object.entries(spec.args ?? {}).map(([key, value]) => `${key}=${String(value)}`),
  };
}
