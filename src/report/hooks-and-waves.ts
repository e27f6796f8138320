import type { HookPhase } from '../manifests/hook-annotations.js';
import type { Plan } from '../plan/plan.js';
import { hooksOf } from '../plan/planned-hooks.js';
import { waveOfChange } from '../sync/waves.js';

const WHEN: Record<HookPhase, string> = {
  PreSync: 'before the resources (PreSync)',
  Sync: 'with the resources (Sync)',
  PostSync: 'after they are healthy (PostSync)',
  SyncFail: 'if the sync fails (SyncFail)',
};

/**
 * What the sync runs around the resources, as plain lines: each hook phase with its hooks, and the
 * wave of each changed object. Empty when there are no hooks and every change is in wave 0.
 */
export function hooksAndWavesLines(plan: Plan): string[] {
  const hooks = hooksOf(plan);
  const changed = plan.changes.filter((change) => change.action === 'create' || change.action === 'update');
  const waved = changed.some((change) => waveOfChange(change) !== 0);
  if (hooks.length === 0 && !waved) return [];
  const lines: string[] = [];
  const phase = (name: HookPhase) => {
    for (const hook of hooks.filter((candidate) => candidate.spec.phases.includes(name)))
      lines.push(`${WHEN[name]}: ${hook.subject} (hook, wave ${hook.spec.wave})`);
  };
  phase('PreSync');
  for (const change of [...changed].sort((a, b) => waveOfChange(a) - waveOfChange(b)))
    lines.push(`wave ${waveOfChange(change)}: ${change.subject} (${change.action})`);
  phase('Sync');
  phase('PostSync');
  phase('SyncFail');
  return lines;
}

/** The section as text (the plan on a terminal, the diff file): `#` lines, which patch tools skip. */
export function hooksAndWavesText(plan: Plan): string {
  const lines = hooksAndWavesLines(plan);
  if (lines.length === 0) return '';
  return `# Hooks and waves, in the order the sync runs them:\n${lines.map((line) => `#   ${line}\n`).join('')}`;
}

/** The section as Markdown, for the job summary and the PR comment. */
export function hooksAndWavesMarkdown(plan: Plan | undefined, escape: (text: string) => string): string {
  const lines = plan ? hooksAndWavesLines(plan) : [];
  if (lines.length === 0) return '';
  return `**Hooks and waves**, in the order the sync runs them:\n\n${lines.map((line) => `- ${escape(line)}\n`).join('')}\n`;
}
