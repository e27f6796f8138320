import type { ImageReference } from './image-reference.js';
import { DIGEST_PATTERN, joinImage, splitImage, TAG_PATTERN } from './image-reference.js';

/**
 * One entry of kustomize's `images`, in the forms `kustomize edit set image` takes: `name=newName`,
 * `name:newTag`, `name=newName:newTag`, `name@sha256:…`, `name=newName@sha256:…`, or `name` alone
 * (which takes the default tag, image-tag).
 */
export interface ImageOverride {
  /** As written, for messages. */
  readonly text: string;
  /** Its place in the list, from 1. */
  readonly line: number;
  /** The image it matches, without tag or digest. */
  readonly name: string;
  readonly newName?: string;
  readonly newTag?: string;
  readonly digest?: string;
}

const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._/:-]*$/;

/** Parses one entry, or says what is wrong with it. */
export function parseImageOverride(
  text: string,
  line: number,
): { override: ImageOverride } | { problem: string } {
  const equals = text.indexOf('=');
  const matched = equals === -1 ? text : text.slice(0, equals);
  const target = splitImage(equals === -1 ? text : text.slice(equals + 1));
  if (equals !== -1) {
    const written = splitImage(matched);
    if (written.tag !== undefined || written.digest !== undefined)
      return {
        problem: `the image to match, left of "=", is written without tag or digest (${written.name})`,
      };
  }
  const name = equals === -1 ? target.name : matched;
  const problem =
    nameProblem(name) ??
    (equals === -1 ? undefined : nameProblem(target.name, 'new name')) ??
    partProblem(target);
  if (problem) return { problem };
  return {
    override: {
      text,
      line,
      name,
      ...(equals === -1 ? {} : { newName: target.name }),
      ...(target.tag === undefined ? {} : { newTag: target.tag }),
      ...(target.digest === undefined ? {} : { digest: target.digest }),
    },
  };
}

function nameProblem(name: string, what = 'image name'): string | undefined {
  if (name === '') return `the ${what} is empty`;
  if (!NAME_PATTERN.test(name) || name.endsWith('/') || name.includes('//'))
    return `${JSON.stringify(name)} is not an ${what}`;
  return undefined;
}

function partProblem({ tag, digest }: ImageReference): string | undefined {
  if (tag !== undefined && !TAG_PATTERN.test(tag))
    return `${JSON.stringify(tag)} is not a tag (letters, digits, _ . -, at most 128)`;
  if (digest !== undefined && !DIGEST_PATTERN.test(digest))
    return `${JSON.stringify(digest)} is not a digest (sha256: and 64 hex digits)`;
  return undefined;
}

/** The override with `tag` as its new tag when it names neither tag nor digest. */
export function withDefaultTag(override: ImageOverride, tag: string): ImageOverride {
  if (!tag || override.newTag !== undefined || override.digest !== undefined) return override;
  return { ...override, newTag: tag };
}

/**
 * The image `override` turns `image` into, as kustomize's image transformer does: a new name keeps the
 * tag and digest; a new tag drops the digest, a new digest the tag.
 */
export function overrideImage(image: string, override: ImageOverride): string {
  const current = splitImage(image);
  const name = override.newName ?? current.name;
  if (override.newTag !== undefined || override.digest !== undefined)
    return joinImage({ name, tag: override.newTag, digest: override.digest });
  return joinImage({ ...current, name });
}
