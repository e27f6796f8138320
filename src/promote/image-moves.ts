import { splitImage } from '../manifests/image-reference.js';

/** One image a promotion sets in `to`: the reference `from` runs in place of the one `to` runs. */
export interface ImageMove {
  /** The image without tag or digest, by which `from`'s and `to`'s references are matched. */
  readonly name: string;
  /** What `to`'s source runs now. */
  readonly current: string;
  /** What `from` runs, and `to` will. */
  readonly promoted: string;
}

/**
 * For each image `to` runs, the reference `from` runs under the same name. Images only one side runs
 * are left alone: a promotion moves versions, it does not add or remove containers.
 */
export function imageMoves(fromImages: readonly string[], toImages: readonly string[]): ImageMove[] {
  const fromByName = new Map<string, string>();
  for (const image of fromImages) {
    const { name } = splitImage(image);
    if (!fromByName.has(name)) fromByName.set(name, image);
  }
  const moves = new Map<string, ImageMove>();
  for (const current of toImages) {
    const { name } = splitImage(current);
    const promoted = fromByName.get(name);
    if (promoted && !moves.has(name)) moves.set(name, { name, current, promoted });
  }
  return [...moves.values()];
}

export function isChange(move: ImageMove): boolean {
  return move.current !== move.promoted;
}

/** `web 1.2.0 → 1.3.0`: the image's last path segment and its versions, for a title. */
export function shortChange(move: ImageMove): string {
  const short = move.name.slice(move.name.lastIndexOf('/') + 1);
  return `${short} ${versionOf(move.current)} → ${versionOf(move.promoted)}`;
}

/** The tag, else the digest cut to 12 hex digits, else `latest` (what an untagged image means). */
export function versionOf(image: string): string {
  const { tag, digest } = splitImage(image);
  if (tag) return tag;
  if (digest) return digest.replace(/^sha256:/, '@').slice(0, 13);
  return 'latest';
}
