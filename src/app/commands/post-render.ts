import type { Settings } from '../../settings/inputs.js';
import type { LoadedManifests } from '../../manifests/load.js';
import type { SecretValues } from '../../secrets/redact.js';
import { overrideImages } from './override-images.js';
import { substituteVariables } from './substitute-variables.js';

/**
 * A change to the rendered objects before they are validated, for every source alike (Application,
 * raw, kustomize, helm). It returns the objects it leaves, with any findings it adds.
 */
export type PostRenderStep = (
  loaded: LoadedManifests,
  settings: Settings,
  context: PostRenderContext,
) => LoadedManifests | Promise<LoadedManifests>;

/** What a step may need beyond the settings. */
export interface PostRenderContext {
  /** Values a step brings in that are secret (a Secret's data) are registered here to be masked. */
  readonly secrets: SecretValues;
}

/** The steps, in order: each sees what the one before left. */
const STEPS: readonly PostRenderStep[] = [
  (loaded, settings, { secrets }) => substituteVariables(loaded, settings, secrets),
  overrideImages,
];

export async function postRender(
  loaded: LoadedManifests,
  settings: Settings,
  context: PostRenderContext,
): Promise<LoadedManifests> {
  let current = loaded;
  for (const step of STEPS) current = await step(current, settings, context);
  return current;
}
