import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import type { ImageOverride } from './image-override.js';
import { splitImage } from './image-reference.js';
import type { Origin } from '../model/origin.js';
import type { ManifestType } from '../model/resource.js';

export interface ImageInputs {
  readonly image: string;
  /** image-tag as the user gave it; a default the user never wrote (a release's git tag) is not given. */
  readonly imageTag: string;
  readonly overrides: readonly ImageOverride[];
}

const SOURCE: Record<Exclude<ManifestType, 'app'>, string> = {
  kubernetes: 'Kubernetes YAML',
  kustomize: 'a kustomization',
  helm: 'a Helm chart',
};

/**
 * `image` and `image-tag` set an Application's image. Given for another source they would change
 * nothing, and a release would deploy the old image without a word: each is an error pointing at
 * `images`, which works for every source.
 */
export function imageInputsWithoutEffect(
  type: ManifestType,
  inputs: ImageInputs,
  originOf: (input: 'image' | 'image-tag') => Origin,
): Finding[] {
  if (type === 'app') return [];
  const source = SOURCE[type];
  const findings: Finding[] = [];
  if (inputs.image) {
    const { name } = splitImage(inputs.image);
    findings.push(
      errorAt(
        originOf('image'),
        'image-input-unused',
        `image sets the image of an Application only, and does nothing for ${source}: use images instead, e.g. \`images: ${inputs.image}\` (sets every ${name} container to it)`,
      ),
    );
  }
  const takesTag = inputs.overrides.some((override) => !override.newTag && !override.digest);
  if (inputs.imageTag && !takesTag) {
    const example = inputs.overrides[0]?.name ?? 'ghcr.io/acme/web';
    findings.push(
      errorAt(
        originOf('image-tag'),
        'image-input-unused',
        `image-tag sets the tag of an Application's image, or of the images entries that name no tag or digest, and ${source} has neither: name the image in images, e.g. \`images: ${example}\` (its containers then run tag ${inputs.imageTag})`,
      ),
    );
  }
  return findings;
}
