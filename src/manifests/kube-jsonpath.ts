import { isRecord } from '../model/resource.js';

/**
 * The JSONPath of `kubectl wait --for=jsonpath=…` (k8s.io/client-go/util/jsonpath, through kubectl's
 * relaxed form: `{.status.phase}`, `.status.phase` and `status.phase` are one path). kubesync reads the
 * parts a wait needs: fields, `['quoted keys']`, `[index]`, `[*]` and `[?(@.field == "value")]` filters.
 */
export type PathStep =
  | { readonly step: 'field'; readonly name: string }
  | { readonly step: 'index'; readonly index: number }
  | { readonly step: 'all' }
  | { readonly step: 'filter'; readonly filter: Filter };

export interface Filter {
  readonly path: readonly PathStep[];
  /** Without an operator the filter keeps the elements that have the field. */
  readonly operator?: '==' | '!=' | '<' | '<=' | '>' | '>=';
  readonly literal?: string | number | boolean;
}

export interface KubeJsonPath {
  /** As written, for messages. */
  readonly text: string;
  readonly steps: readonly PathStep[];
}

export class JsonPathError extends Error {}

const SUPPORTED =
  'kubesync reads fields (.status.phase), quoted keys ([\'app.kubernetes.io/name\']), [index], [*] and filters ([?(@.type=="Ready")])';

/** Parses a path as `kubectl wait --for=jsonpath=` takes it; throws a JsonPathError saying what is wrong. */
export function parseKubeJsonPath(text: string): KubeJsonPath {
  const relaxed = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(text.trim());
  const inner = relaxed?.[1] ?? relaxed?.[2];
  if (inner === undefined)
    throw new JsonPathError(
      `"${text}" is not a path: write it as {.status.phase} (one pair of braces around fields joined by dots)`,
    );
  const reader = new Reader(`.${inner}`);
  const steps = reader.steps();
  if (!reader.done()) throw new JsonPathError(`unexpected "${reader.rest()}" in ${text}; ${SUPPORTED}`);
  return { text, steps };
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }
  rest(): string {
    return this.source.slice(this.at);
  }

  /** Steps until the end, or until a character that cannot start one (`)` or an operator in a filter). */
  steps(): PathStep[] {
    const steps: PathStep[] = [];
    for (;;) {
      const next = this.source[this.at];
      if (next === '.') {
        if (this.source[this.at + 1] === '.')
          throw new JsonPathError(`recursive descent (..) is not supported; ${SUPPORTED}`);
        this.at += 1;
        if (this.source[this.at] === '*') throw new JsonPathError(`.* is not supported: write [*]`);
        steps.push({ step: 'field', name: this.fieldName() });
      } else if (next === '[') {
        steps.push(this.bracket());
      } else {
        return steps;
      }
    }
  }

  private fieldName(): string {
    let name = '';
    while (!this.done()) {
      const char = this.source[this.at]!;
      if (char === '\\' && this.source[this.at + 1] === '.') {
        name += '.';
        this.at += 2;
        continue;
      }
      if ('.[](){}=!<>,\'" \t'.includes(char)) break;
      name += char;
      this.at += 1;
    }
    if (name === '') throw new JsonPathError(`a field name is missing at "${this.rest()}"`);
    return name;
  }

  private bracket(): PathStep {
    const close = this.closingBracket();
    const body = this.source.slice(this.at + 1, close).trim();
    const inside = new Reader(body);
    this.at = close + 1;
    if (body === '*') return { step: 'all' };
    if (/^-?\d+$/.test(body)) return { step: 'index', index: Number(body) };
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(body);
    if (quoted) return { step: 'field', name: quoted[1] ?? quoted[2] ?? '' };
    if (body.startsWith('?(') && body.endsWith(')')) return { step: 'filter', filter: inside.filter() };
    if (body.includes(':')) throw new JsonPathError(`slices ([${body}]) are not supported; ${SUPPORTED}`);
    if (body.includes(',')) throw new JsonPathError(`unions ([${body}]) are not supported; ${SUPPORTED}`);
    throw new JsonPathError(`[${body}] is not supported; ${SUPPORTED}`);
  }

  /** The `]` closing the `[` at the cursor, skipping brackets and quotes inside a filter. */
  private closingBracket(): number {
    let depth = 0;
    let quote: string | undefined;
    for (let index = this.at; index < this.source.length; index += 1) {
      const char = this.source[index];
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[') depth += 1;
      else if (char === ']' && --depth === 0) return index;
    }
    throw new JsonPathError(`a [ is not closed in "${this.source.slice(this.at)}"`);
  }

  /** `?(@.type == "Ready")`, the reader positioned at `?`. */
  private filter(): Filter {
    const body = this.source.slice(2, -1).trim();
    if (!body.startsWith('@'))
      throw new JsonPathError(`a filter starts with @ (the element), as [?(@.type=="Ready")]: "${body}"`);
    const reader = new Reader(body.slice(1));
    const path = reader.steps();
    const rest = reader.rest().trim();
    if (rest === '') return { path };
    const comparison = /^(==|!=|<=|>=|<|>)\s*(.+)$/.exec(rest);
    if (!comparison)
      throw new JsonPathError(
        `the filter [?(${body})] compares with ==, !=, <, <=, > or >=, as [?(@.type=="Ready")]`,
      );
    return {
      path,
      operator: comparison[1] as Filter['operator'],
      literal: literalOf(comparison[2]!.trim(), body),
    };
  }
}

function literalOf(text: string, filter: string): string | number | boolean {
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  throw new JsonPathError(
    `the filter [?(${filter})] compares with ${text}: quote a string ("Ready"), or give a number or true/false`,
  );
}

/** The values a path finds in an object; a missing field finds nothing (kubectl's AllowMissingKeys). */
export function findValues(path: KubeJsonPath | readonly PathStep[], root: unknown): unknown[] {
  const steps = 'steps' in path ? path.steps : path;
  let values: unknown[] = [root];
  for (const step of steps) values = values.flatMap((value) => apply(step, value));
  return values;
}

function apply(step: PathStep, value: unknown): unknown[] {
  switch (step.step) {
    case 'field':
      return isRecord(value) && step.name in value ? [value[step.name]] : [];
    case 'index': {
      if (!Array.isArray(value)) return [];
      const index = step.index < 0 ? value.length + step.index : step.index;
      return index >= 0 && index < value.length ? [value[index]] : [];
    }
    case 'all':
      if (Array.isArray(value)) return value;
      return isRecord(value) ? Object.keys(value).map((key) => value[key]) : [];
    case 'filter':
      return Array.isArray(value) ? value.filter((element) => matches(step.filter, element)) : [];
  }
}

function matches(filter: Filter, element: unknown): boolean {
  const found = findValues(filter.path, element);
  if (filter.operator === undefined) return found.length > 0;
  return found.some((value) => compare(value, filter.operator!, filter.literal!));
}

function compare(
  value: unknown,
  operator: NonNullable<Filter['operator']>,
  literal: string | number | boolean,
) {
  if (operator === '==' || operator === '!=') {
    const equal = typeof value === typeof literal && value === literal;
    return operator === '==' ? equal : !equal;
  }
  if (typeof value !== 'number' || typeof literal !== 'number') return false;
  if (operator === '<') return value < literal;
  if (operator === '<=') return value <= literal;
  if (operator === '>') return value > literal;
  return value >= literal;
}

/** A found value as kubectl prints it for the comparison (Go's %v of a JSON scalar). */
export function formatValue(value: string | number | boolean | null): string {
  if (value === null) return '<nil>';
  return typeof value === 'string' ? value : String(value);
}
