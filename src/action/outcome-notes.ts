import type { AppOutcome } from '../app/app-outcome.js';

/** The lines under a plan's or an apply's summary: what GitHub did not take, a dry run, problems, rollbacks and prunes. */
export function outcomeNotes(outcome: Extract<AppOutcome, { kind: 'planned' | 'applied' }>): string[] {
  if (outcome.kind === 'planned') {
    const { unknownReason } = outcome.result;
    return [
      ...(outcome.refusal ? [outcome.refusal] : []),
      ...(unknownReason ? [`status Unknown: ${unknownReason}`] : []),
    ];
  }
  const { result, recorded } = outcome;
  return [
    ...(outcome.windowOverride ? [`deploy window overridden by ${outcome.windowOverride}`] : []),
    ...recorded.warnings,
    ...(result.dryRun ? ['dry-run: nothing was changed'] : []),
    ...(result.notes ?? []),
    ...result.problems,
    ...result.restored.map((line) => `rolled back: ${line}`),
    ...result.pruned.map((subject) => `pruned: ${subject}`),
  ];
}
