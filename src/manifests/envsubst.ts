/**
 * Flux's variable substitution in one string (its envsubst fork): `${NAME}`, `${NAME:=default}` and
 * `${NAME:-default}` (the default when NAME is unset or empty), `${NAME=default}` and `${NAME-default}`
 * (only when unset), defaults that hold substitutions themselves, and `$${...}` for a literal `${...}`.
 * `$NAME` without braces is left alone, as Flux leaves it, so shell scripts keep their variables.
 */

/** A variable's value, or undefined when it is not defined. */
export type Lookup = (name: string) => string | undefined;

export interface ExpansionProblem {
  /** The expression as written, e.g. `${TAG}`. */
  readonly expression: string;
  readonly message: string;
}

export interface Expansion {
  readonly text: string;
  readonly problems: readonly ExpansionProblem[];
}

/** A name Flux accepts for a variable. */
export const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

const EXPRESSION = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:=|:-|=|-)([\s\S]*))?$/;
const LEADING_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/**
 * Expands every `${...}` whose variable name `inScope` accepts; any other one, escaped or not, is left
 * exactly as written (so substitution can be limited to kubesync's built-ins).
 */
export function expand(
  text: string,
  lookup: Lookup,
  inScope: (name: string) => boolean = () => true,
): Expansion {
  const problems: ExpansionProblem[] = [];
  const result = expandInto(text, lookup, inScope, problems);
  return { text: result, problems };
}

function expandInto(
  text: string,
  lookup: Lookup,
  inScope: (name: string) => boolean,
  problems: ExpansionProblem[],
): string {
  let result = '';
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('${', at);
    if (start === -1) break;
    const escaped = start > at && text[start - 1] === '$';
    const end = closingBrace(text, start + 2);
    const name = LEADING_NAME.exec(text.slice(start + 2))?.[0] ?? '';
    if (!inScope(name)) {
      result += text.slice(at, end === -1 ? text.length : end + 1);
      at = end === -1 ? text.length : end + 1;
      continue;
    }
    if (end === -1) {
      if (escaped) {
        result += text.slice(at, start - 1) + text.slice(start);
      } else {
        problems.push({
          expression: text.slice(start),
          message: 'has no closing }; close it, or write $${ to keep it as written',
        });
        result += text.slice(at);
      }
      at = text.length;
      break;
    }
    const expression = text.slice(start, end + 1);
    result += escaped
      ? text.slice(at, start - 1) + expression
      : text.slice(at, start) + evaluate(expression, lookup, inScope, problems);
    at = end + 1;
  }
  return result + text.slice(at);
}

/** The index of the `}` that closes the `${` opened just before `from`, or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let index = from; index < text.length; index++) {
    if (text.startsWith('${', index)) {
      depth++;
      index++;
    } else if (text[index] === '}' && --depth === 0) {
      return index;
    }
  }
  return -1;
}

function evaluate(
  expression: string,
  lookup: Lookup,
  inScope: (name: string) => boolean,
  problems: ExpansionProblem[],
): string {
  const match = EXPRESSION.exec(expression.slice(2, -1));
  if (!match) {
    problems.push({
      expression,
      message:
        'is not a substitution kubesync understands: write ${NAME}, ${NAME:=default}, or $${...} to keep it as written',
    });
    return expression;
  }
  const [, name = '', operator, fallback = ''] = match;
  const value = lookup(name);
  const useDefault =
    operator === ':=' || operator === ':-'
      ? value === undefined || value === ''
      : operator !== undefined && value === undefined;
  if (useDefault) return expandInto(fallback, lookup, inScope, problems);
  if (value !== undefined) return value;
  problems.push({
    expression,
    message: `is not defined: set ${name} in substitute or substitute-from, give a default (\${${name}:=value}), or write $\${${name}} to keep it as written`,
  });
  return expression;
}
