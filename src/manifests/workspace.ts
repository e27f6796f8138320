import { readlinkSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import { lstat, readdir, readFile, realpath, stat } from './file-system.js';
import type { LinkLeaving } from './repository-links.js';
import { findLinksLeaving } from './repository-links.js';

/** Files above this size are refused rather than parsed: no manifest is that big, an attack might be. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/**
 * The folder kubesync may read: the checked-out repository. Every manifest path is resolved inside it
 * and refused when it leaves it, through `..`, an absolute path or a symlink pointing outside.
 */
export class Workspace {
  /** One per root and process, so that the repository's symlinks are walked once per run, not per app. */
  private static readonly opened = new Map<string, Workspace>();
  private linksLeaving?: LinkLeaving[];

  private constructor(readonly root: string) {}

  static async open(root: string): Promise<Workspace> {
    let real: string;
    try {
      real = await realpath(root);
    } catch {
      throw new UserError(`the workspace ${root} does not exist; run actions/checkout before kubesync`);
    }
    let workspace = Workspace.opened.get(real);
    if (!workspace) {
      workspace = new Workspace(real);
      Workspace.opened.set(real, workspace);
    }
    return workspace;
  }

  /**
   * Refuses to let `tool` render `source` while any symlink in the repository leads outside it or into
   * its .git folder: helm and kustomize follow links wherever they lead, so a chart's `files/token ->
   * /proc/self/environ` would put the step's environment into the render. The whole repository is
   * checked, once, because a tool reaches files beyond its folder (bases, values files).
   */
  refuseLinksLeaving(tool: 'helm' | 'kustomize', source: string): void {
    this.linksLeaving ??= findLinksLeaving(this.root);
    if (this.linksLeaving.length === 0) return;
    const lines = this.linksLeaving.map(({ link, target, where }) => {
      const reads = isWithin(source, link) ? 'would read it' : 'could follow it';
      const place = where === 'git' ? "inside the repository's .git folder" : 'outside the repository';
      return `${this.relative(link)} is a symlink to ${target}, ${place}; ${tool} ${reads}.`;
    });
    const fix =
      lines.length === 1
        ? "Replace the link with the file's content or remove it"
        : "Replace each link with its file's content or remove it";
    throw new UserError(`${lines.join('\n')}${lines.length === 1 ? ' ' : '\n'}${fix}.`);
  }

  /** The absolute path of a user-given path, after checking that it and its target stay inside. */
  async resolve(userPath: string, what: string): Promise<string> {
    if (path.isAbsolute(userPath)) {
      throw new UserError(
        `${what} "${userPath}" is an absolute path; give a path relative to the repository root`,
      );
    }
    const joined = path.resolve(this.root, userPath);
    if (!this.contains(joined)) {
      throw new UserError(`${what} "${userPath}" leaves the repository; give a path inside it`);
    }
    if (this.isInGitFolder(joined)) {
      throw new UserError(`${what} "${userPath}" is in the repository's .git folder; give a path outside it`);
    }
    let real: string;
    try {
      real = await realpath(joined);
    } catch {
      throw new UserError(`${what} "${userPath}" does not exist in the repository`);
    }
    if (!this.contains(real) || this.isInGitFolder(real)) {
      const place = this.contains(real) ? "inside the repository's .git folder" : 'outside the repository';
      throw new UserError(`${what} "${userPath}" is a symlink to ${real}, ${place}; refusing to read it`);
    }
    return real;
  }

  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/') || '.';
  }

  contains(absolute: string): boolean {
    return isWithin(this.root, absolute);
  }

  /** Whether a path is in the repository's .git folder, where the checkout keeps its credentials. */
  isInGitFolder(absolute: string): boolean {
    return isWithin(path.join(this.root, '.git'), absolute);
  }

  async readManifest(absolute: string): Promise<string> {
    const info = await stat(absolute);
    if (info.size > MAX_MANIFEST_BYTES) {
      throw new UserError(
        `${this.relative(absolute)} is ${info.size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit for a manifest; split it`,
      );
    }
    return readFile(absolute, 'utf8');
  }

  /** Every `.yaml`/`.yml` file under a folder, recursively, in a stable (sorted) order. */
  async listYamlFiles(folder: string, visited = new Set<string>()): Promise<string[]> {
    const files: string[] = [];
    const realFolder = await realpath(folder);
    // A symlinked folder pointing at its own ancestor would otherwise be walked forever.
    if (visited.has(realFolder)) return files;
    visited.add(realFolder);
    const entries = (await readdir(folder)).sort();
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const absolute = path.join(folder, entry);
      const info = await lstat(absolute);
      let target = absolute;
      if (info.isSymbolicLink()) {
        const real = await realpath(absolute).catch(() => undefined);
        target = real ?? path.resolve(folder, readlinkSync(absolute));
        if (!this.contains(target) || this.isInGitFolder(target)) {
          const place = this.contains(target)
            ? "inside the repository's .git folder"
            : 'outside the repository';
          throw new UserError(
            `${this.relative(absolute)} is a symlink to ${target}, ${place}; refusing to read it. Replace the link with the file's content or remove it`,
          );
        }
        if (!real) {
          throw new UserError(`${this.relative(absolute)} is a symlink to ${target}, which does not exist`);
        }
      }
      const targetInfo = await stat(target);
      if (targetInfo.isDirectory()) files.push(...(await this.listYamlFiles(absolute, visited)));
      else if (/\.ya?ml$/i.test(entry)) files.push(absolute);
    }
    return files;
  }
}

/** Whether `absolute` is `folder` or below it. */
function isWithin(folder: string, absolute: string): boolean {
  const relative = path.relative(folder, absolute);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
