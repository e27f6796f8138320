import { isMap, isSeq } from 'yaml';
import { UserError } from '../model/errors.js';
import { splitImage } from '../manifests/image-reference.js';
import type { ImageMove } from './image-moves.js';
import type { YamlEdit } from './yaml-edit.js';
import { applyEdits, documentText, readEditable, setPath } from './yaml-edit.js';

/**
 * `to`'s kustomization with each promoted image in its `images:`: the entry that renders the image's
 * name (its newName, else its name) gets the promoted newTag and digest, an image without an entry
 * gets one; every other entry and key is left as it is.
 */
export function editKustomizationImages(file: string, text: string, moves: readonly ImageMove[]): string {
  const { document, lineOf } = readEditable(file, text);
  const images = document.get('images', true);
  if (images !== undefined && images !== null && !isSeq(images))
    throw new UserError(`${file}:${lineOf(['images']) ?? 1}: images is not a list; kustomize expects one`);
  const entries: Record<string, unknown>[] = isSeq(images)
    ? images.items.map((item) => (isMap(item) ? (item.toJSON() as Record<string, unknown>) : {}))
    : [];
  const edits: YamlEdit[] = [];
  const added: Record<string, string>[] = [];
  for (const move of moves) {
    const { tag, digest } = splitImage(move.promoted);
    const index = entries.findIndex((entry) => renderedName(entry) === move.name);
    if (index === -1) {
      added.push({ name: move.name, ...(tag ? { newTag: tag } : {}), ...(digest ? { digest } : {}) });
      continue;
    }
    edits.push({ path: ['images', index, 'newTag'], value: tag });
    edits.push({ path: ['images', index, 'digest'], value: digest });
  }
  // Removing a key that is not there is no edit: without this, a tag-only entry would be rewritten.
  const needed = edits.filter((edit) => edit.value !== undefined || document.hasIn(edit.path));
  if (added.length === 0) return needed.length === 0 ? text : applyEdits(file, text, needed);
  for (const edit of needed) {
    if (edit.value === undefined) document.deleteIn(edit.path);
    else setPath(document, edit.path, edit.value);
  }
  if (isSeq(images)) for (const entry of added) images.add(document.createNode(entry));
  else document.set('images', document.createNode(added));
  return documentText(document);
}

function renderedName(entry: Record<string, unknown>): string | undefined {
  const name = typeof entry.newName === 'string' ? entry.newName : entry.name;
  return typeof name === 'string' ? name : undefined;
}
