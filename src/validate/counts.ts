import { plural } from '../model/plural.js';

export interface ValidationCounts {
  readonly objects: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files read; left out of the line when undefined. */
  readonly files?: number;
  /** The kind of source (app, kubernetes, kustomize, helm), shown after the files. */
  readonly source?: string;
}

/** `3 objects from 1 file (kustomize), 1 error, 0 warnings`: what validation saw and found, in English. */
export function countLine(counts: ValidationCounts): string {
  const objects = plural(counts.objects, 'object');
  const files =
    counts.files === undefined
      ? ''
      : ` from ${plural(counts.files, 'file')}${counts.source ? ` (${counts.source})` : ''}`;
  return `${objects}${files}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}
