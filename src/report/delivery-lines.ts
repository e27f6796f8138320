import type { Plan } from '../plan/plan.js';

/** Each canary or blue-green rollout of the plan: how it goes, and what it creates while it runs. */
export function deliveryLines(plan: Plan | undefined): string[] {
  return (plan?.delivery ?? []).map(
    (step) =>
      `${step.subject}: ${step.description}${step.creates.length > 0 ? `; creates ${step.creates.join(', ')} while it runs` : ''}`,
  );
}

/** The section as text (the plan on a terminal, the diff file): `#` lines, which patch tools skip. */
export function deliveryText(plan: Plan): string {
  const lines = deliveryLines(plan);
  if (lines.length === 0) return '';
  return `# Progressive delivery:\n${lines.map((line) => `#   ${line}\n`).join('')}`;
}

/** The section as Markdown, for the job summary and the PR comment. */
export function deliveryMarkdown(plan: Plan | undefined, escape: (text: string) => string): string {
  const lines = deliveryLines(plan);
  if (lines.length === 0) return '';
  return `**Progressive delivery**:\n\n${lines.map((line) => `- ${escape(line)}\n`).join('')}\n`;
}
