import { UserError } from '../model/errors.js';
import type { Settings } from './inputs.js';
import { INPUT_DEFINITIONS, INPUT_NAMES } from './inputs.js';
import { nest } from './input-table.js';

/** Input name → the text given (empty or missing = unset). */
export type RawInputs = Readonly<Partial<Record<string, string>>>;

/**
 * Turns raw input text into Settings, each input through its schema (an unset one takes its default,
 * or its environment variable when the table names one), or one UserError naming every bad input.
 */
export function parseSettings(
  raw: RawInputs,
  context: { readonly workspace: string; readonly env?: NodeJS.ProcessEnv },
): Settings {
  const problems: string[] = [];
  const values = INPUT_DEFINITIONS.map(({ definition, path }) => {
    const given = raw[definition.name]?.trim() || definition.fallback?.(raw, context.env ?? {})?.trim();
    const text = given || definition.default;
    const result = definition.schema.safeParse(text);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message =
          issue.code === 'invalid_value'
            ? `must be one of ${issue.values.map(String).join(', ')} (got ${JSON.stringify(text)})`
            : issue.message;
        problems.push(`input "${definition.name}": ${message}`);
      }
    }
    return { path, value: result.data };
  });
  if (problems.length > 0) throw new UserError(problems.join('; '));
  const { GITHUB_SHA: sha, GITHUB_REF: ref } = context.env ?? {};
  const revision = { ...(sha ? { sha } : {}), ...(ref ? { ref } : {}) };
  return { ...nest(values), workspace: context.workspace, revision } as Settings;
}

/** The action's side: reads each input once through the given reader (core.getInput in production). */
export function readActionInputs(getInput: (name: string) => string): RawInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) raw[name] = getInput(name);
  return raw;
}
