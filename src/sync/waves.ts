import { waveOf } from '../manifests/hook-annotations.js';
import type { Change } from '../plan/change.js';

/** One sync wave: the changes applied (and healthy) before the next wave starts. */
export interface Wave {
  readonly wave: number;
  readonly changes: Change[];
}

/** The changes to apply, grouped by `argocd.argoproj.io/sync-wave`, lowest wave first. */
export function wavesOf(changes: readonly Change[], extraWaves: readonly number[] = []): Wave[] {
  const toApply = changes.filter((change) => change.action === 'create' || change.action === 'update');
  const numbers = new Set([...toApply.map((change) => waveOf(change.desired ?? {})), ...extraWaves]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((wave) => ({ wave, changes: toApply.filter((change) => waveOf(change.desired ?? {}) === wave) }));
}

/** The wave a planned change is applied (or, for a prune, deleted) in. */
export function waveOfChange(change: Change): number {
  return waveOf(change.desired ?? change.live ?? {});
}
