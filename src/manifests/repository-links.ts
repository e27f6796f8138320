import fs from 'node:fs';
import path from 'node:path';

/** A symlink in the repository whose target a tool must not read, as found by findLinksLeaving. */
export interface LinkLeaving {
  /** The link, absolute. */
  readonly link: string;
  /** What the link says, as `ls -l` shows it. */
  readonly target: string;
  /** outside: the target (or where it would be, when it dangles) is outside the root; git: it is in .git. */
  readonly where: 'outside' | 'git';
}

/**
 * Every symlink under `root` (its own .git folder aside) whose target, followed all the way, is outside
 * `root` or inside its .git folder (the checkout's credentials live in .git/config), in path order. A
 * link that dangles is judged by where its target would be. This is Argo CD's rule
 * (CheckOutOfBoundsSymlinks, after CVE-2022-24904 and CVE-2022-31036): the whole repository is checked
 * before any tool runs, so nothing a tool follows, whatever the path it takes, can lead out.
 */
export function findLinksLeaving(root: string): LinkLeaving[] {
  const gitFolder = path.join(root, '.git');
  const inside = (absolute: string) => {
    const relative = path.relative(root, absolute);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  const found: LinkLeaving[] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (absolute !== gitFolder) folders.push(absolute);
      } else if (entry.isSymbolicLink()) {
        const target = fs.readlinkSync(absolute);
        const resolved = followed(absolute, target);
        if (!inside(resolved)) found.push({ link: absolute, target, where: 'outside' });
        else if (resolved === gitFolder || resolved.startsWith(gitFolder + path.sep)) {
          found.push({ link: absolute, target, where: 'git' });
        }
      }
    }
  }
  return found.sort((a, b) => (a.link < b.link ? -1 : a.link > b.link ? 1 : 0));
}

/** Where a link leads: its real path, or for a dangling link, where its target would be. */
function followed(link: string, target: string): string {
  try {
    return fs.realpathSync.native(link);
  } catch {
    return path.resolve(fs.realpathSync.native(path.dirname(link)), target);
  }
}
