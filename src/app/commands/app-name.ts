import path from 'node:path';
import type { Settings } from '../../settings/inputs.js';
import type { LoadedManifests } from '../../manifests/load.js';
import { dns1035LabelProblem } from '../../manifests/names.js';

/** The app's name: the input, else the Application's, the Helm release, or the manifest folder's. */
export function appNameOf(settings: Settings, loaded: LoadedManifests): string {
  if (settings.app) return settings.app;
  if (loaded.app) return loaded.app.metadata.name;
  if (loaded.declaredName && !dns1035LabelProblem(loaded.declaredName)) return loaded.declaredName;
  if (loaded.type === 'helm' && settings.helm.release) return settings.helm.release;
  const base = path.basename(path.resolve(settings.workspace, settings.manifest)).replace(/\.ya?ml$/i, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return name || 'app';
}
