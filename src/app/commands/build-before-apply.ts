import { buildImage } from '../../build/build-image.js';
import { planImageBuild } from '../../build/plan-image-build.js';
import { UserError } from '../../model/errors.js';
import type { Settings } from '../../settings/inputs.js';
import { loadManifests } from '../../manifests/load.js';
import { Workspace } from '../../manifests/workspace.js';
import type { Log } from '../../model/log.js';
import type { Provenance } from '../../model/provenance.js';

/** The settings the apply goes on with, and the image built for it, pinned by digest. */
export interface BuiltRelease {
  readonly settings: Settings;
  readonly image?: string;
}

/**
 * With `build`, builds and pushes the Application's image, and hands back settings whose `image` is
 * the pushed digest: the apply then validates and deploys exactly what was built. Invalid manifests
 * are not built; the validation that follows reports them and applies nothing.
 */
export async function buildBeforeApply(
  settings: Settings,
  provenance: Provenance,
  log: Log,
): Promise<BuiltRelease> {
  if (!settings.build) return { settings };
  const loaded = await loadManifests(settings);
  if (loaded.type !== 'app') {
    throw new UserError(
      `build builds a PipeOps Application's spec.build, but ${settings.manifest} is ${loaded.type} manifests: build and push the image in an earlier step (docker/build-push-action), and turn build off`,
    );
  }
  if (!loaded.app || loaded.findings.some((finding) => finding.severity === 'error')) {
    log.info('build: skipped, the Application has errors (validation lists them)');
    return { settings };
  }
  const build = await planImageBuild(loaded.app, await Workspace.open(settings.workspace), {
    image: settings.image,
    imageTag: settings.imageTag,
    commit: provenance.commit,
  });
  // imageTag is cleared so the pinned reference is deployed as it is, not re-tagged.
  if (settings.apply.dryRun) {
    log.info(`dry-run: ${build.image} is not built or pushed; the plan shows it by tag`);
    return { settings: { ...settings, image: build.image, imageTag: '' } };
  }
  const image = await log.group(`build ${build.image} (${build.builder})`, async () => {
    const pinned = await buildImage(build, log);
    log.info(`pushed ${pinned}`);
    return pinned;
  });
  return { settings: { ...settings, image, imageTag: '' }, image };
}
