import type { AppOutcome } from '../app/app-outcome.js';

/** The lines under a plan's or an apply's summary: what GitHub did not take, a dry run, problems, rollbacks and prunes. */
export function outcomeNotes(outcome: Extract<AppOutcome, { kind: 'planned' | 'applied' }>): string[] {
  if (outcome.kind === 'planned') {
    const { unknownReason, rendered } = outcome.result;
    return [
      ...(outcome.refusal ? [outcome.refusal] : []),
      ...(rendered ? [renderedNote(rendered.base)] : []),
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

/** What a rendered diff is, and what it is not, for the summary and the step's log. */
export function renderedNote(base: string): string {
  return `rendered diff: the manifests rendered at the base commit ${base.slice(0, 7)} against this commit's, not the cluster's answer (no cluster was asked)`;
}

/** The title of a plan's or an apply's section: a plan made without the cluster says it is a rendered diff. */
export function planTitle(
  command: string,
  app: string,
  environment: string | undefined,
  rendered: boolean,
): string {
  const what = rendered ? 'rendered diff' : command;
  return `kubesync ${what}: ${app}${environment ? ` (${environment})` : ''}`;
}
