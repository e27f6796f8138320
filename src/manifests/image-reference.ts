/** A container image split as kustomize splits it: the name it is matched by, its tag and its digest. */
export interface ImageReference {
  /** The image without tag or digest: `ghcr.io/acme/web`, `localhost:5000/web`. */
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

export const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

/** `ghcr.io/acme/web:1.0@sha256:…` → name, tag and digest; a registry's port is part of the name. */
export function splitImage(image: string): ImageReference {
  const at = image.indexOf('@');
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const rest = at === -1 ? image : image.slice(0, at);
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  return {
    name: tag === undefined ? rest : rest.slice(0, colon),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

export function joinImage({ name, tag, digest }: ImageReference): string {
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
