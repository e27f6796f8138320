import { UserError } from '../model/errors.js';
import { joinImage, splitImage } from '../manifests/image-reference.js';
import type { ImageMove } from './image-moves.js';
import { applyEdits, readEditable } from './yaml-edit.js';

/**
 * `to`'s values file with the promoted image at `key` (dotted, e.g. `image` or `image.tag`): a key
 * ending in `tag` takes the tag (and the digest, `1.3.0@sha256:…`, which the usual `repo:tag` template
 * renders as a pinned reference); any other key takes the whole reference.
 */
export function editHelmValues(
  file: string,
  text: string,
  key: string,
  moves: readonly ImageMove[],
): { text: string; move: ImageMove } {
  const path = key.split('.');
  const { document, lineOf } = readEditable(file, text);
  if (!document.hasIn(path))
    throw new UserError(
      `${file}: there is no key ${key} (promote-values-key); name the key that holds the image, e.g. image or image.tag`,
    );
  const location = `${file}:${lineOf(path) ?? 1}`;
  const current = document.getIn(path);
  if (typeof current === 'object' && current !== null)
    throw new UserError(
      `${location}: ${key} is not a single value; name the key that holds the image or its tag`,
    );
  const byTag = path.at(-1) === 'tag';
  const sibling = byTag ? document.getIn([...path.slice(0, -1), 'repository']) : current;
  const move = moveFor(
    moves,
    typeof sibling === 'string' ? splitImage(sibling).name : undefined,
    location,
    key,
  );
  const { tag, digest } = splitImage(move.promoted);
  if (byTag && !tag)
    throw new UserError(
      `${location}: ${move.promoted} has no tag to write into ${key}; give promote-values-key the key of the whole image reference`,
    );
  const value = byTag ? `${tag ?? ''}${digest ? `@${digest}` : ''}` : joinImage(splitImage(move.promoted));
  return { text: applyEdits(file, text, [{ path, value }]), move };
}

/** The promoted image the key stands for: the one of its name, or the only one. */
function moveFor(moves: readonly ImageMove[], name: string | undefined, location: string, key: string) {
  const named = name ? moves.find((move) => move.name === name) : undefined;
  if (named) return named;
  const [only, second] = moves;
  if (only && !second) return only;
  throw new UserError(
    `${location}: cannot tell which of ${moves.map((move) => move.name).join(', ')} ${key} holds; give it the whole image reference, or a repository key beside the tag`,
  );
}
