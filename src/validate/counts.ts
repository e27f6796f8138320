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

/** What a tool read its files through, for the count line. */
const TOOL_SOURCES: Readonly<Record<string, { source: string; file: string }>> = {
  kustomize: { source: 'kustomization', file: 'file' },
  helm: { source: 'chart', file: 'template' },
};

/**
 * `3 objects from 2 files (kubernetes), 1 error, 0 warnings`, or `from 1 kustomization, 4 files`: what
 * validation saw and found, in English.
 */
export function countLine(counts: ValidationCounts): string {
  const objects = plural(counts.objects, 'object');
  const tool = counts.source ? TOOL_SOURCES[counts.source] : undefined;
  const files =
    counts.files === undefined
      ? ''
      : tool
        ? ` from 1 ${tool.source}, ${plural(counts.files, tool.file)}`
        : ` from ${plural(counts.files, 'file')}${counts.source ? ` (${counts.source})` : ''}`;
  return `${objects}${files}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}
