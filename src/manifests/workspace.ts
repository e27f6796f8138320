import path from 'node:path';
import { UserError } from '../errors.js';
import { lstat, readdir, readFile, realpath, stat } from './file-system.js';

/** Files above this size are refused rather than parsed: no manifest is that big, an attack might be. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/**
 * The folder kubesync may read: the checked-out repository. Every manifest path is resolved inside it
 * and refused when it leaves it, through `..`, an absolute path or a symlink pointing outside.
 */
export class Workspace {
  private constructor(readonly root: string) {}

  static async open(root: string): Promise<Workspace> {
    try {
      return new Workspace(await realpath(root));
    } catch {
      throw new UserError(`the workspace ${root} does not exist; run actions/checkout before kubesync`);
    }
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
    let real: string;
    try {
      real = await realpath(joined);
    } catch {
      throw new UserError(`${what} "${userPath}" does not exist in the repository`);
    }
    if (!this.contains(real)) {
      throw new UserError(
        `${what} "${userPath}" is a symlink to ${real}, outside the repository; refusing to read it`,
      );
    }
    return real;
  }

  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/') || '.';
  }

  contains(absolute: string): boolean {
    const relative = path.relative(this.root, absolute);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
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
        target = await realpath(absolute).catch(() => absolute);
        if (!this.contains(target)) {
          throw new UserError(
            `${this.relative(absolute)} is a symlink to ${target}, outside the repository; refusing to read it`,
          );
        }
      }
      const targetInfo = await stat(target);
      if (targetInfo.isDirectory()) files.push(...(await this.listYamlFiles(absolute, visited)));
      else if (/\.ya?ml$/i.test(entry)) files.push(absolute);
    }
    return files;
  }
}
