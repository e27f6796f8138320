import { INPUTS } from '../../settings/inputs.js';
import { suggest } from '../../manifests/app.js';
import type { RawInputs } from '../../settings/parse-settings.js';
import { list, policyLevel } from '../../settings/value-schemas.js';

/** An input value as kubesync.yaml writes it: a list is one entry per item. */
export type RepositoryValue = string | number | boolean | readonly string[];

/** Content inputs that still only the step sets: they choose the apps, or say how the step runs. */
const STEP_ONLY_CONTENT = new Set(['manifest', 'app']);

const LEVELS = ['off', 'warning', 'error'] as const;

/** The input's value as the step's raw inputs would carry it. */
export function asInputText(value: RepositoryValue): string {
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/**
 * Why a repository file may not set this input to this value, or undefined when it may. The workflow
 * is policy and the repository is content: a policy input belongs in the workflow, except a guardrail
 * the repository narrows (a smaller allow-list, a stricter level) within what the step allows.
 */
export function repositoryInputProblem(
  name: string,
  value: RepositoryValue,
  step: RawInputs,
): string | undefined {
  const definition = INPUTS[name];
  if (!definition) {
    const near = suggest(name, Object.keys(INPUTS));
    return `is not an input of kubesync${near ? `; did you mean ${near}?` : ''}`;
  }
  if (STEP_ONLY_CONTENT.has(name))
    return 'is set by the step or by the app entry, not per app; remove it here';
  if (definition.trust === 'content') return undefined;
  const workflowText = step[name]?.trim() || definition.default;
  if (definition.narrows === 'subset') return subsetProblem(name, asInputText(value), workflowText);
  if (definition.narrows === 'stricter')
    return typeof value === 'boolean'
      ? `is ${value}, not a level: quote it ("off"), since YAML reads a bare off or no as false`
      : stricterProblem(name, asInputText(value), workflowText);
  return `is a policy input, which only the workflow sets (credentials, targets, guardrails and every allow-, require- and force- switch); set it in the kubesync step's \`with:\` or remove it here`;
}

function subsetProblem(name: string, repositoryText: string, workflowText: string): string | undefined {
  const wanted = list.parse(repositoryText);
  const allowed = list.parse(workflowText);
  if (wanted.length === 0)
    return `is empty, which allows everything; a repository file may only narrow the guardrail ${name}: list what this app needs, or remove it here`;
  if (allowed.length === 0) return undefined;
  const beyond = wanted.filter((item) => !allowed.includes(item));
  if (beyond.length === 0) return undefined;
  return `allows ${beyond.join(', ')}, which the workflow's ${name} (${allowed.join(', ')}) does not; a repository file may only narrow a guardrail: remove ${beyond.length === 1 ? 'it' : 'them'} here, or widen ${name} in the workflow`;
}

function stricterProblem(name: string, repositoryText: string, workflowText: string): string | undefined {
  const wanted = policyLevel.safeParse(repositoryText.trim());
  if (!wanted.success) return `must be one of ${LEVELS.join(', ')} (got ${JSON.stringify(repositoryText)})`;
  const workflow = policyLevel.safeParse(workflowText.trim());
  if (!workflow.success) return undefined; // the step's own input is refused with its own error
  if (LEVELS.indexOf(wanted.data) >= LEVELS.indexOf(workflow.data)) return undefined;
  return `is ${wanted.data}, weaker than the workflow's ${workflow.data}; a repository file may only make ${name} stricter: remove it here, or change it in the workflow`;
}
