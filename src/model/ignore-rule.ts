/** A field left out of the diff, in Argo CD's `ignoreDifferences` form. */
export interface IgnoreRule {
  readonly group: string;
  readonly kind: string;
  readonly name?: string | undefined;
  readonly namespace?: string | undefined;
  readonly jsonPointers: readonly string[];
}
