import type { Origin } from '../model/origin.js';

/** Where the comment links to: the repository on GitHub and the commit under review. */
export interface RepositoryLinks {
  /** `https://github.com/acme/shop`. */
  readonly url: string;
  readonly sha: string;
}

/**
 * The repository's web address, from the run's (`<server>/<owner>/<repo>/actions/runs/<id>`), so that
 * GitHub Enterprise Server links point at the same server; undefined when the run has no repository.
 */
export function repositoryUrlOf(runUrl: string): string | undefined {
  const match = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\/[^/]*$/.exec(runUrl);
  return match?.[1];
}

export function commitUrl(links: RepositoryLinks): string {
  return `${links.url}/commit/${links.sha}`;
}

/**
 * The line of a manifest at the commit (`…/blob/<sha>/k8s/web.yaml#L12`); undefined for an origin
 * that is no file of the repository (`input create-namespace`, a path outside the checkout).
 */
export function fileLineUrl(links: RepositoryLinks, origin: Origin): string | undefined {
  const file = origin.file.replace(/^\.\//, '');
  if (!file || file.startsWith('/') || file.startsWith('../') || file.startsWith('input ')) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${links.url}/blob/${links.sha}/${path}#L${origin.line}`;
}
