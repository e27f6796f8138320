import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import { suggest } from './app.js';
import type { ImageOverride } from './image-override.js';
import { overrideImage, withDefaultTag } from './image-override.js';
import { splitImage } from './image-reference.js';
import type { Origin } from '../model/origin.js';
import { podSpecOf } from './pod-spec.js';
import type { Resource } from '../model/resource.js';
import { isRecord } from '../model/resource.js';

export const CONTAINER_FIELDS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export interface ImageOverrideOptions {
  readonly overrides: readonly ImageOverride[];
  /** The tag of every override that names neither tag nor digest (image-tag); empty for none. */
  readonly defaultTag: string;
  /** Where an override was given, for the error when it matches no container. */
  readonly originOf: (override: ImageOverride) => Origin;
}

/**
 * The resources with every container image an override matches replaced, as kustomize's `images`
 * does, and an error for each override that matched no container.
 */
export function applyImageOverrides(
  resources: readonly Resource[],
  options: ImageOverrideOptions,
): { resources: Resource[]; findings: Finding[] } {
  const overrides = options.overrides.map((override) => withDefaultTag(override, options.defaultTag));
  const matched = new Set<ImageOverride>();
  const present = new Set<string>();
  const result = resources.map((resource) => {
    if (overrides.length === 0 || !podSpecOf(resource.object)) return resource;
    const object = structuredClone(resource.object);
    let changed = false;
    for (const container of containersOf(object)) {
      const image = container.image;
      if (typeof image !== 'string') continue;
      const name = splitImage(image).name;
      present.add(name);
      const override = overrides.find((candidate) => candidate.name === name);
      if (!override) continue;
      matched.add(override);
      const replaced = overrideImage(image, override);
      if (replaced === image) continue;
      container.image = replaced;
      changed = true;
    }
    return changed ? { ...resource, object } : resource;
  });
  const findings =
    resources.length === 0
      ? []
      : overrides
          .filter((override) => !matched.has(override))
          .map((override) =>
            errorAt(options.originOf(override), 'image-unmatched', unmatchedMessage(override, [...present])),
          );
  return { resources: result, findings };
}

/** Every container of a workload's pod template (or a Pod), init and ephemeral ones included. */
export function containersOf(object: Record<string, unknown>): Record<string, unknown>[] {
  const spec = podSpecOf(object)?.spec;
  if (!spec) return [];
  return CONTAINER_FIELDS.flatMap((field) => {
    const list = spec[field];
    return Array.isArray(list) ? (list as unknown[]).filter(isRecord) : [];
  });
}

function unmatchedMessage(override: ImageOverride, present: string[]): string {
  const names = [...new Set(present)].sort();
  const written = `images entry ${JSON.stringify(override.text)}`;
  if (names.length === 0) return `${written} matches no container: no workload here runs an image`;
  const guess = nearestName(override.name, names);
  const hint = guess ? `did you mean ${guess}? ` : '';
  return `${written} matches no container (an entry names the image without tag or digest): ${hint}images here: ${names.join(', ')}`;
}

/** A misspelling, or the same image written with or without its registry (`nginx`, `docker.io/library/nginx`). */
function nearestName(name: string, names: readonly string[]): string | undefined {
  const lastPart = (image: string) => image.slice(image.lastIndexOf('/') + 1);
  return suggest(name, names) ?? names.find((candidate) => lastPart(candidate) === lastPart(name));
}
