import type { Change } from '../plan/change.js';
import { ADOPT_ANNOTATION, unadoptedOwned } from '../plan/ownership.js';
import type { Plan } from '../plan/plan.js';
import { escapeMarkdown } from '../model/markdown-escape.js';
import { code, plural } from './inline.js';

/** Objects named one per line; the rest are counted, so the warning never crowds out the diffs. */
const MAX_LISTED = 20;

/**
 * The section a PR comment opens with when the plan would take over objects another owner manages
 * (another app, a Helm release, an Argo CD application): a GitHub caution alert naming each one and
 * its owner, and what allows it (apply refuses them otherwise). Empty when none.
 */
export function ownershipWarningMarkdown(plan: Plan | undefined): string {
  const owned = plan?.changes.filter((change) => change.owned) ?? [];
  if (owned.length === 0) return '';
  const refused = unadoptedOwned(owned).length;
  const verdict =
    refused === 0
      ? 'The workflow allows taking them over; merging does.'
      : `Merging does not apply them: apply refuses to take them over unless the workflow sets ${code('allow-adoption: true')}, or ${code('allow-adoption: annotated')} with the annotation ${code(`${ADOPT_ANNOTATION}: "true"`)} on the object.`;
  const lines = [
    '> [!CAUTION]',
    `> **${plural(owned.length, 'object')} managed by another owner**. ${verdict}`,
    '>',
    ...owned.slice(0, MAX_LISTED).map((change) => `> - ${describe(change)}`),
  ];
  if (owned.length > MAX_LISTED) lines.push(`> - …and ${owned.length - MAX_LISTED} more`);
  return `${lines.join('\n')}\n\n`;
}

function describe(change: Change): string {
  const adopted = change.owned?.adoptedBy ? ` (taken over: ${escapeMarkdown(change.owned.adoptedBy)})` : '';
  return `${escapeMarkdown(change.subject)}: managed by ${escapeMarkdown(change.owned?.owner ?? '')}${adopted}`;
}
