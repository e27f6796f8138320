import type { KubeJsonPath } from './kube-jsonpath.js';
import { JsonPathError, parseKubeJsonPath } from './kube-jsonpath.js';
import type { KubeObject } from '../model/object.js';
import { annotationOf } from '../model/resource.js';

/** What ready means for one object, in `kubectl wait --for` syntax; `;` joins several that must all hold. */
export const WAIT_FOR_ANNOTATION = 'kubesync.io/wait-for';

/** One `kubectl wait --for` expression, other than `delete`. */
export type WaitClause =
  | {
      readonly kind: 'condition';
      /** As written, for messages. */
      readonly text: string;
      /** Compared as kubectl does, ignoring case. */
      readonly type: string;
      readonly status: string;
    }
  | {
      readonly kind: 'jsonpath';
      readonly text: string;
      readonly path: KubeJsonPath;
      /** Without one, any value the path finds will do. */
      readonly value?: string;
    };

export type WaitFor =
  | { readonly kind: 'none' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'all'; readonly clauses: readonly WaitClause[] };

export type ParsedWaitFor = { readonly waitFor: WaitFor } | { readonly problem: string };

const SYNTAX =
  'write condition=<type>[=<status>], jsonpath={<path>}[=<value>] or delete (as kubectl wait --for takes them), several joined by ";", or none';

/** The annotation's reading, or undefined when the object has none. */
export function waitForOf(object: KubeObject | undefined): ParsedWaitFor | undefined {
  const text = object ? annotationOf(object, WAIT_FOR_ANNOTATION) : undefined;
  return text === undefined ? undefined : parseWaitFor(text);
}

/** Far above any real expression; it bounds the work of reading one the repository wrote. */
const MAX_LENGTH = 2048;

export function parseWaitFor(text: string): ParsedWaitFor {
  if (text.length > MAX_LENGTH)
    return {
      problem: `${WAIT_FOR_ANNOTATION} is ${text.length} characters long, more than the ${MAX_LENGTH} kubesync reads: shorten it`,
    };
  const parts = splitOutsideQuotes(text)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { problem: `${WAIT_FOR_ANNOTATION} is empty: ${SYNTAX}` };
  const lowered = parts.map((part) => part.toLowerCase());
  if (lowered.includes('none')) {
    return parts.length === 1
      ? { waitFor: { kind: 'none' } }
      : { problem: `"none" means no wait, so it stands alone: remove it, or remove the others` };
  }
  if (lowered.includes('delete')) {
    return parts.length === 1
      ? { waitFor: { kind: 'delete' } }
      : { problem: `"delete" waits until the object is gone, when nothing else can hold: write it alone` };
  }
  const clauses: WaitClause[] = [];
  for (const part of parts) {
    const clause = parseClause(part);
    if ('problem' in clause) return clause;
    clauses.push(clause);
  }
  return { waitFor: { kind: 'all', clauses } };
}

function parseClause(text: string): WaitClause | { problem: string } {
  if (text.startsWith('--for')) return { problem: `write "${text.replace(/^--for[= ]/, '')}" without --for` };
  if (text.startsWith('condition=')) return parseCondition(text);
  if (text.startsWith('jsonpath=')) return parseJsonPathClause(text);
  return { problem: `"${text}" is not a wait expression: ${SYNTAX}` };
}

/** kubectl: the first `=` after the type starts the status, True by default. */
function parseCondition(text: string): WaitClause | { problem: string } {
  const rest = text.slice('condition='.length);
  const equals = rest.indexOf('=');
  const type = (equals === -1 ? rest : rest.slice(0, equals)).trim();
  const status = equals === -1 ? 'True' : rest.slice(equals + 1).trim();
  if (type === '') return { problem: `"${text}" names no condition: write condition=Ready` };
  if (!/^[A-Za-z0-9_./-]+$/.test(type))
    return { problem: `"${type}" in "${text}" is not a condition type: write condition=Ready` };
  if (!['true', 'false', 'unknown'].includes(status.toLowerCase()))
    return {
      problem: `a condition's status is True, False or Unknown, not "${status}": write condition=${type} (True) or condition=${type}=False`,
    };
  return { kind: 'condition', text, type, status };
}

/** kubectl splits on a single `=` (`==` belongs to a filter); the value may be quoted. */
function parseJsonPathClause(text: string): WaitClause | { problem: string } {
  const pieces = splitOnSingleEquals(text.slice('jsonpath='.length));
  if (pieces.length > 2)
    return {
      problem: `"${text}" has more than one "=": write jsonpath={.status.phase}=Running (use == only inside a filter)`,
    };
  const [expression = '', rawValue] = pieces;
  if (/^['"]/.test(expression.trim()))
    return {
      problem: `"${text}" quotes the path as a shell would: an annotation needs no quotes, write jsonpath=${expression.trim().replace(/^['"]|['"]$/g, '')}${rawValue === undefined ? '' : `=${rawValue}`}`,
    };
  let path: KubeJsonPath;
  try {
    path = parseKubeJsonPath(expression);
  } catch (error) {
    if (error instanceof JsonPathError) return { problem: `${error.message} (in "${text}")` };
    throw error;
  }
  if (rawValue === undefined) return { kind: 'jsonpath', text, path };
  const value = rawValue.trim().replace(/^['"]+|['"]+$/g, '');
  if (value === '')
    return {
      problem: `"${text}" has no value after "=": write jsonpath=${expression}=<value>, or leave out "=" to wait until the field is set`,
    };
  return { kind: 'jsonpath', text, path, value };
}

function splitOnSingleEquals(input: string): string[] {
  const output: string[] = [];
  let element = '';
  for (let index = 0; index < input.length; index += 1) {
    if (input[index] === '=') {
      if (input[index + 1] === '=') {
        element += '==';
        index += 1;
        continue;
      }
      // `!=`, `<=` and `>=` belong to a filter too.
      if (['!', '<', '>'].includes(element.at(-1) ?? '')) {
        element += '=';
        continue;
      }
      output.push(element);
      element = '';
      continue;
    }
    element += input[index];
  }
  return [...output, element];
}

/** `;` separates expressions, except inside a quoted filter value. */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ';') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  return [...parts, current];
}
