/** An image digest as registries report it. */
export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}

/**
 * The last digest a builder printed after `label`: docker push ends `<tag>: digest: sha256:… size: 1570`,
 * pack `*** Digest: sha256:…`. Undefined when there is none.
 */
export function lastDigestAfter(output: string, label: string): string | undefined {
  const digests = output.split('\n').flatMap((line) => {
    const at = line.indexOf(label);
    const candidate = at === -1 ? '' : (line.slice(at + label.length).split(/\s/)[0] ?? '');
    return isDigest(candidate) ? [candidate] : [];
  });
  return digests.at(-1);
}
