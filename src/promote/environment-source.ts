import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import { APP_FILE } from '../manifests/load.js';

export type SourceKind = 'app' | 'kustomize' | 'helm';

/** Where one environment's own source is, the file a promotion edits, and how to render it. */
export interface EnvironmentSource {
  readonly kind: SourceKind;
  /** The file holding the environment's image, relative to the workspace. */
  readonly file: string;
  /** The manifest to render the environment with. */
  readonly manifest: string;
  /** Values files added to helm-values for the environment. */
  readonly valuesFiles: readonly string[];
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * Each environment keeps its version in a file of its own: `<manifest>/<environment>/pipeops.yaml`
 * over `<manifest>/base/`, the kustomization `<manifest>/<environment>/`, or a chart's
 * `<manifest>/values-<environment>.yaml`. Whether `file` exists is the caller's to check.
 */
export function environmentSource(
  workspace: string,
  manifest: string,
  manifestType: string,
  environment: string,
): EnvironmentSource {
  const folder = manifestFolder(workspace, manifest);
  const at = (...parts: string[]) => path.join(workspace, folder, ...parts);
  const kind = manifestType === 'auto' ? detectKind(at, environment) : manifestType;
  switch (kind) {
    case 'app':
      return {
        kind,
        file: path.join(folder, environment, APP_FILE),
        manifest: folder,
        valuesFiles: [],
      };
    case 'kustomize': {
      const name = KUSTOMIZATION_FILES.find((file) => existsSync(at(environment, file)));
      return {
        kind,
        file: path.join(folder, environment, name ?? KUSTOMIZATION_FILES[0] ?? ''),
        manifest: path.join(folder, environment),
        valuesFiles: [],
      };
    }
    case 'helm': {
      const name = [`values-${environment}.yaml`, `values-${environment}.yml`].find((file) =>
        existsSync(at(file)),
      );
      const file = path.join(folder, name ?? `values-${environment}.yaml`);
      return { kind, file, manifest: folder, valuesFiles: [file] };
    }
    default:
      throw new UserError(
        `promote writes into ${environment}'s own source, and ${manifest} has none (${kind}): use environment overlays (<manifest>/<environment>/pipeops.yaml), a kustomization per environment (<manifest>/<environment>/kustomization.yaml) or a chart with values-<environment>.yaml`,
      );
  }
}

/** The default `pipeops.yaml` means `manifests/` when the repository keeps its overlays there, as load does. */
function manifestFolder(workspace: string, manifest: string): string {
  const normalized = path.normalize(manifest);
  if (normalized === APP_FILE && !existsSync(path.join(workspace, APP_FILE))) {
    if (existsSync(path.join(workspace, 'manifests', 'base', APP_FILE))) return 'manifests';
  }
  return normalized;
}

function detectKind(at: (...parts: string[]) => string, environment: string): string {
  if (existsSync(at('base', APP_FILE))) return 'app';
  if (existsSync(at('Chart.yaml'))) return 'helm';
  if (KUSTOMIZATION_FILES.some((file) => existsSync(at(environment, file)))) return 'kustomize';
  return 'one source for every environment';
}
