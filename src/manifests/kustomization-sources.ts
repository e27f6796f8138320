import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import type { FieldPath } from '../model/origin.js';
import { formatOrigin, formatPath } from '../model/origin.js';
import { isRecord } from '../model/resource.js';
import type { Workspace } from './workspace.js';
import { parseYaml } from './yaml.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A path a kustomization names: a base (a folder, a file or a remote source) or a file it reads. */
interface NamedPath {
  readonly field: FieldPath;
  readonly value: string;
  readonly kind: 'base' | 'file';
}

export interface KustomizationSourceOptions {
  /** The workflow's allow-remote-sources: remote bases may be fetched. */
  readonly allowRemoteSources: boolean;
}

/**
 * Refuses a kustomization that would make kustomize read outside the repository: a path that climbs
 * out or goes into .git (kustomize builds a base anywhere on disk), a remote base the workflow does not
 * allow, or `helmCharts` (kustomize would run helm with arguments the kustomization chooses). Local
 * bases and components are checked the same way, recursively. Every problem is named at its line.
 */
export async function checkKustomizationSources(
  workspace: Workspace,
  folder: string,
  options: KustomizationSourceOptions,
): Promise<void> {
  const problems: string[] = [];
  const visited = new Set<string>();
  const pending = [folder];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (visited.has(current)) continue;
    visited.add(current);
    const file = KUSTOMIZATION_FILES.map((name) => path.join(current, name)).find((name) => existsSync(name));
    if (!file) continue;
    const relativeFile = workspace.relative(file);
    const [document] = parseYaml(relativeFile, await workspace.readManifest(file)).documents;
    if (!document || !isRecord(document.value)) continue;
    const at = (field: FieldPath) => formatOrigin(document.origins.locate(field));
    if ('helmCharts' in document.value) {
      problems.push(
        `${at(['helmCharts'])}: helmCharts needs kustomize's --enable-helm, which kubesync does not pass (kustomize would run helm with the release name and arguments this file chooses); render the chart as an app of its own, with manifest: set to the chart's folder`,
      );
    }
    for (const named of namedPaths(document.value)) {
      const problem = problemOf(workspace, current, named, options);
      if (problem)
        problems.push(`${at(named.field)}: ${formatPath(named.field)} "${named.value}" ${problem}`);
      else if (named.kind === 'base') {
        const absolute = path.resolve(current, named.value);
        if (existsSync(absolute) && statSync(absolute).isDirectory()) pending.push(absolute);
      }
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}

function problemOf(
  workspace: Workspace,
  folder: string,
  named: NamedPath,
  options: KustomizationSourceOptions,
): string | undefined {
  const absolute = path.resolve(folder, named.value);
  const local = existsSync(absolute);
  if (named.kind === 'base' && !local && isRemote(named.value)) {
    return options.allowRemoteSources
      ? undefined
      : 'is a remote source; kubesync renders only what the repository holds unless the workflow allows remote sources. Vendor it into the repository, or set allow-remote-sources: true in the workflow';
  }
  if (!workspace.contains(absolute)) {
    return `leaves the repository (${absolute}); kustomize would read it. Give a path inside the repository`;
  }
  if (workspace.isInGitFolder(absolute)) {
    return "is in the repository's .git folder, which holds the checkout's credentials; give a path outside it";
  }
  return undefined;
}

/**
 * A resource kustomize fetches rather than reads: a URL, a git address, or (as kustomize reads a path
 * that does not exist on disk) one that starts with a host name such as github.com/owner/repo.
 */
function isRemote(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^git(::|@)/.test(value)) return true;
  const [first = ''] = value.split('/');
  return first.includes('.') && first !== '.' && first !== '..' && value.includes('/');
}

/** Every path a kustomization names, with the field it is written in. */
function namedPaths(kustomization: Record<string, unknown>): NamedPath[] {
  const found: NamedPath[] = [];
  const add = (field: FieldPath, value: unknown, kind: NamedPath['kind']) => {
    // An entry holding YAML (an inline patch or plugin configuration) names no file.
    if (typeof value === 'string' && value.trim() && !value.includes('\n'))
      found.push({ field, value, kind });
  };
  const each = (key: string, kind: NamedPath['kind']) =>
    listOf(kustomization[key]).forEach((value, index) => add([key, index], value, kind));
  for (const key of ['resources', 'bases', 'components', 'generators', 'transformers', 'validators']) {
    each(key, 'base');
  }
  for (const key of ['crds', 'configurations', 'patchesStrategicMerge']) each(key, 'file');
  for (const key of ['patches', 'patchesJson6902', 'replacements']) {
    listOf(kustomization[key]).forEach((entry, index) => {
      if (isRecord(entry)) add([key, index, 'path'], entry.path, 'file');
    });
  }
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    listOf(kustomization[key]).forEach((entry, index) => {
      if (!isRecord(entry)) return;
      listOf(entry.files).forEach((file, fileIndex) =>
        // `key=path` names the key in the generated object, then the file.
        add(
          [key, index, 'files', fileIndex],
          typeof file === 'string' ? file.replace(/^[^=]*=/, '') : file,
          'file',
        ),
      );
      listOf(entry.envs).forEach((env, envIndex) => add([key, index, 'envs', envIndex], env, 'file'));
      add([key, index, 'env'], entry.env, 'file');
    });
  }
  if (isRecord(kustomization.openapi)) add(['openapi', 'path'], kustomization.openapi.path, 'file');
  if (isRecord(kustomization.helmGlobals)) {
    add(['helmGlobals', 'chartHome'], kustomization.helmGlobals.chartHome, 'file');
  }
  return found;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
