import type { Settings } from '../../settings/inputs.js';
import { imageInputsWithoutEffect } from '../../manifests/image-inputs.js';
import { applyImageOverrides } from '../../manifests/image-overrides.js';
import type { LoadedManifests } from '../../manifests/load.js';
import type { Origin } from '../../model/origin.js';
import { releaseTagOf } from '../events/trigger.js';

/** Where an input's value is, for a finding about it (the inputs have no file of their own). */
function inputOrigin(name: string, line = 1): Origin {
  return { file: `input ${name}`, line, column: 1 };
}

/**
 * The post-render step of input `images` (with image-tag for the entries that name no tag), and the
 * errors for `image` / `image-tag` given where they do nothing.
 */
export function overrideImages(loaded: LoadedManifests, settings: Settings): LoadedManifests {
  const overrides = settings.images;
  const unused = imageInputsWithoutEffect(
    loaded.type,
    { image: settings.image, imageTag: givenImageTag(settings), overrides },
    (name) => inputOrigin(name),
  );
  const applied = applyImageOverrides(loaded.resources, {
    overrides,
    defaultTag: settings.imageTag,
    originOf: (override) => inputOrigin('images', override.line),
  });
  return {
    ...loaded,
    resources: applied.resources,
    findings: [...loaded.findings, ...unused, ...applied.findings],
  };
}

/**
 * image-tag as the user wrote it. The action fills it with the git tag on a tag push for every source
 * (run-apps.ts); that default does nothing for raw manifests without `images`, and must not fail their
 * release.
 */
function givenImageTag(settings: Settings): string {
  return settings.imageTag === releaseTagOf(settings.revision.ref) ? '' : settings.imageTag;
}
