import type { KubeObject } from './object.js';

/**
 * Hides what a diff must never show (Secret values, checksums of secret values), given both sides so
 * a changed value can read differently from an unchanged one. `valueSources` names where the desired
 * values came from (e.g. doppler://), for the masked text.
 */
export type DiffMasker = (
  before: KubeObject | undefined,
  after: KubeObject | undefined,
  valueSources?: Readonly<Record<string, string>>,
) => [KubeObject | undefined, KubeObject | undefined];
