import type { FieldPath } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import { isRecord } from '../model/resource.js';
import type { KubeApiError } from './api-error.js';

/** A field of the object as sent that the API server rejected, with what it said about that field. */
export interface RejectedField {
  readonly path: FieldPath;
  /** The field as the server names it (`spec.replicas`, `.spec.containers[name="web"].image`). */
  readonly field: string;
  readonly message: string;
}

/** A field as the API server spells it: `spec.ports[0].port`, `.spec.containers[name="web"].image`. */
interface NamedField {
  readonly field: string;
  readonly message: string;
  /** For a JSON type error: whether a value is of the type the server received. */
  readonly isSentValue?: (value: unknown) => boolean;
}

/**
 * Every field of `object` that an API rejection names, as a path into `object`. A field the object
 * does not have is cut to its longest existing prefix, and its message then names the server's field.
 * Empty when the rejection names no field of the object.
 */
export function rejectedFields(error: KubeApiError, object: KubeObject): RejectedField[] {
  const named = error.causes.some((cause) => cause.field)
    ? fieldsOfCauses(error.causes)
    : fieldsInMessage(error.apiMessage);
  return named.flatMap(({ field, message, isSentValue }) => {
    const { path, complete } = resolve(object, field, isSentValue ?? (() => true));
    if (path.length === 0) return [];
    return [{ path, field, message: complete ? message : `${field}: ${message}` }];
  });
}

function fieldsOfCauses(causes: KubeApiError['causes']): NamedField[] {
  return causes.flatMap(({ field, message, reason }) =>
    field ? [{ field, message: message ?? reason ?? '' }] : [],
  );
}

/** The fields named in the message of a rejection that has no `details.causes`. */
function fieldsInMessage(message: string): NamedField[] {
  // Server-side apply (500 in 1.26): `...): .spec.foo: field not declared in schema`, or several
  // after `errors:`, one per line.
  const typedPatch = /failed to create typed patch object \([^)]*\): ([\s\S]*)/.exec(message);
  if (typedPatch) {
    return (typedPatch[1] ?? '')
      .replace(/^errors:\n/, '')
      .split('\n')
      .flatMap((line) => splitField(line.trim()) ?? []);
  }

  // Create or update with fieldValidation=Strict (400).
  const strict = /strict decoding error: (.*)/.exec(message);
  if (strict) {
    return [...(strict[1] ?? '').matchAll(/(unknown|duplicate) field "((?:[^"\\]|\\.)*)"/g)].map(
      ([, problem, field]) => ({ field: field ?? '', message: `${problem} field` }),
    );
  }

  // Create or update with a value of the wrong JSON type (400); Go names the field without list indexes.
  const unmarshal = /cannot unmarshal (\w+)(?: \S+)? into Go struct field \w+\.(\S+) of type (\S+)/.exec(
    message,
  );
  if (unmarshal) {
    const [, sentType, field = '', goType] = unmarshal;
    return [
      {
        field,
        message: `cannot unmarshal ${sentType} into ${goType}`,
        isSentValue: (value) => jsonTypeOf(value) === sentType,
      },
    ];
  }

  // 422 Invalid: `Deployment.apps "web" is invalid: spec.replicas: ...`, several as `[a: ..., b: ...]`.
  const invalid = / is invalid: ([\s\S]*)/.exec(message);
  if (invalid) {
    const list = invalid[1] ?? '';
    return invalidFields(list.startsWith('[') && list.endsWith(']') ? list.slice(1, -1) : list);
  }
  return [];
}

/** Messages contain `, ` too, so a part that does not start with a field continues the one before. */
function invalidFields(list: string): NamedField[] {
  const fields: { field: string; message: string }[] = [];
  for (const part of list.split(', ')) {
    const named = splitField(part);
    const previous = fields.at(-1);
    if (named) fields.push(named);
    else if (previous) previous.message += `, ${part}`;
  }
  return fields;
}

/** `spec.ports[0].port: Invalid value: 0` into the field and its message; undefined if no field leads. */
function splitField(text: string): { field: string; message: string } | undefined {
  if (!/^\.?[A-Za-z_]/.test(text)) return undefined;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (depth > 0) continue;
    else if (char === ':' && text.charAt(index + 1) === ' ') {
      return { field: text.slice(0, index), message: text.slice(index + 2) };
    } else if (/\s/.test(char)) return undefined;
  }
  return undefined;
}

interface Resolution {
  readonly path: FieldPath;
  /** Whether the whole field was found, rather than only a prefix of it. */
  readonly complete: boolean;
  readonly isSentValue: boolean;
}

const NOT_FOUND: Resolution = { path: [], complete: false, isSentValue: false };

/**
 * The path of `field` in `node`. The field's text is read against the object, because a map key may
 * hold dots (`.metadata.labels.app.kubernetes.io/name`) and `[...]` may be an index, a map key
 * (`data[bad key!]`) or a server-side apply key (`[name="web"]`, `[port=80,protocol="TCP"]`, `[="a"]`).
 */
function resolve(node: unknown, field: string, isSentValue: (value: unknown) => boolean): Resolution {
  const rest = field.startsWith('.') ? field.slice(1) : field;
  if (rest === '') return resolveEnd(node, isSentValue);

  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    if (end === -1) return NOT_FOUND;
    const inside = rest.slice(1, end);
    const step = Array.isArray(node)
      ? itemIndex(node, inside)
      : isRecord(node) && Object.hasOwn(node, inside)
        ? inside
        : undefined;
    if (step === undefined) return NOT_FOUND;
    return within(step, resolve(childOf(node, step), rest.slice(end + 1), isSentValue));
  }

  if (isRecord(node)) {
    const key = Object.keys(node)
      .filter((candidate) => rest.startsWith(candidate) && /^(?:$|[.[])/.test(rest.slice(candidate.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (key === undefined) return NOT_FOUND;
    return within(key, resolve(node[key], rest.slice(key.length), isSentValue));
  }

  if (Array.isArray(node)) {
    // Go's JSON errors name a field inside a list without saying which item holds it.
    const items = node.map((item, index) => within(index, resolve(item, rest, isSentValue)));
    return items.find((item) => item.isSentValue) ?? items.find((item) => item.complete) ?? NOT_FOUND;
  }
  return NOT_FOUND;
}

function resolveEnd(node: unknown, isSentValue: (value: unknown) => boolean): Resolution {
  if (isSentValue(node)) return { path: [], complete: true, isSentValue: true };
  // Go's JSON errors name a map or list of the wrong values, not which value it is.
  const entries = Array.isArray(node) ? [...node.entries()] : isRecord(node) ? Object.entries(node) : [];
  const wrong = entries.find(([, value]) => isSentValue(value));
  return wrong
    ? { path: [wrong[0]], complete: true, isSentValue: true }
    : { path: [], complete: true, isSentValue: false };
}

function within(step: string | number, resolution: Resolution): Resolution {
  return { ...resolution, path: [step, ...resolution.path] };
}

function childOf(node: unknown, step: string | number): unknown {
  if (Array.isArray(node)) return node[step as number];
  return isRecord(node) ? node[step] : undefined;
}

/** The index in `list` that `[0]`, `[name="web"]`, `[containerPort=80,protocol="TCP"]` or `[="a"]` names. */
function itemIndex(list: readonly unknown[], inside: string): number | undefined {
  if (/^\d+$/.test(inside)) return Number(inside) < list.length ? Number(inside) : undefined;
  if (inside.startsWith('=')) {
    const value = parseKeyValue(inside.slice(1));
    const index = list.indexOf(value);
    return index === -1 ? undefined : index;
  }
  const keys = [...inside.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|[^,]*)/g)].map(
    ([, name = '', value = '']) => [name, parseKeyValue(value)] as const,
  );
  if (keys.length === 0) return undefined;
  const matches = (item: unknown, missingMatches: boolean) =>
    isRecord(item) &&
    keys.some(([name]) => item[name] !== undefined) &&
    keys.every(([name, value]) => item[name] === value || (missingMatches && item[name] === undefined));
  // The server fills in key fields the object leaves out with their defaults (a port's protocol: "TCP").
  let index = list.findIndex((item) => matches(item, false));
  if (index === -1) index = list.findIndex((item) => matches(item, true));
  return index === -1 ? undefined : index;
}

function parseKeyValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The JSON type as Go's encoding/json names it in `cannot unmarshal <type> into ...`. */
function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}
