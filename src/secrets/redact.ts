import type { Origin } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import { describeObject, isRecord, kindOf, metadataOf, nameOf, namespaceOf } from '../model/resource.js';
import { escapeCell, escapeMarkdown } from '../model/markdown-escape.js';
import type { Finding } from '../model/finding.js';
import { warningAt } from '../model/finding.js';
import { MASK } from './mask.js';

/**
 * Values shorter than this are never searched for in text, and never registered with the runner's
 * masking: a short value ("shop", "admin") is also part of names and words, and replacing it everywhere
 * garbles them while hiding little. Secret data is masked structurally (diffs, render) whatever its
 * length, and a shorter Secret value gets a warning instead (`shortValueFindings`).
 */
export const MIN_REDACTED_LENGTH = 8;

/**
 * The secret values this run has seen (Doppler values, Secret data from the manifests and the cluster,
 * tokens), and every text form they could leak in: as written, line by line, base64, URL-encoded,
 * JSON-escaped and Markdown-escaped. Everything kubesync writes outside the cluster passes through
 * `redact`. Next to them it keeps identifiers (kinds, names, namespaces, labels, file paths): a value
 * found inside one of those is left as written, since the name shows it anyway.
 */
export class SecretValues {
  private readonly forms = new Set<string>();
  private sorted: string[] = [];
  private readonly identifiers = new Set<string>();

  /** `onRegister` is called once per new value; the action registers it with the runner's masking. */
  constructor(private readonly onRegister: (value: string) => void = () => undefined) {}

  register(value: string): void {
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length >= MIN_REDACTED_LENGTH);
    const candidates = value.length >= MIN_REDACTED_LENGTH ? [value, ...lines] : lines;
    let added = false;
    for (const candidate of new Set(candidates)) {
      for (const form of encodingsOf(candidate)) {
        if (this.forms.has(form)) continue;
        this.forms.add(form);
        added = true;
      }
    }
    if (!added) return;
    // Longest first, so a value that contains another is replaced whole.
    this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
    // The runner masks each line it prints, so a multi-line value is registered line by line as well.
    for (const candidate of new Set(candidates)) this.onRegister(candidate);
  }

  /** Names that redaction leaves as written wherever they appear. Shorter ones cannot hold a value. */
  keepIdentifiers(names: Iterable<string>): void {
    for (const name of names) if (name.length >= MIN_REDACTED_LENGTH) this.identifiers.add(name);
  }

  redact(text: string): string {
    let result = text;
    for (const form of this.sorted) {
      if (!result.includes(form)) continue;
      const covering = [...this.identifiers].filter((name) => name.includes(form));
      result = covering.length === 0 ? result.split(form).join(MASK) : replaceOutside(result, form, covering);
    }
    return result;
  }

  /** A deep copy of a JSON-like value with every string redacted. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.redactDeep(item)) as T;
    if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.redactDeep(item)]),
      ) as T;
    }
    return value;
  }

  get size(): number {
    return this.forms.size;
  }
}

/** Replaces each occurrence of `form` that does not lie inside an occurrence of one of `names`. */
function replaceOutside(text: string, form: string, names: readonly string[]): string {
  let result = '';
  let from = 0;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (at < from || insideName(text, at, form, names)) continue;
    result += text.slice(from, at) + MASK;
    from = at + form.length;
  }
  return result + text.slice(from);
}

function insideName(text: string, at: number, form: string, names: readonly string[]): boolean {
  for (const name of names) {
    for (let offset = name.indexOf(form); offset !== -1; offset = name.indexOf(form, offset + 1)) {
      if (at >= offset && text.startsWith(name, at - offset)) return true;
    }
  }
  return false;
}

function encodingsOf(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  const uri = encodeURIComponent(value);
  return [
    value,
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(value, 'utf8').toString('base64url'),
    uri,
    uri.replace(/%20/g, '+'),
    JSON.stringify(value).slice(1, -1),
    // Messages reach the PR comment and the job summary Markdown-escaped.
    escapeMarkdown(value),
    escapeCell(value),
  ].filter((form) => form.length >= MIN_REDACTED_LENGTH);
}

/** What an object is called: kind, name, namespace, `Kind namespace/name`, and its labels' keys and values. */
export function identifiersOf(object: KubeObject): string[] {
  const labels = metadataOf(object).labels;
  const names = [kindOf(object), nameOf(object), namespaceOf(object), describeObject(object)];
  if (namespaceOf(object)) names.push(`${namespaceOf(object)}/${nameOf(object) ?? ''}`);
  if (isRecord(labels))
    for (const [key, value] of Object.entries(labels))
      names.push(key, typeof value === 'string' ? value : '');
  return names.filter((name): name is string => Boolean(name));
}

/** A Secret's values: data decoded from base64, then stringData (which the server merges over data). */
function secretEntries(object: KubeObject): [string, string][] {
  if (kindOf(object) !== 'Secret') return [];
  const entries: [string, string][] = [];
  for (const [field, encoded] of [
    ['data', true],
    ['stringData', false],
  ] as const) {
    const values = object[field];
    if (!isRecord(values)) continue;
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string') continue;
      entries.push([key, encoded ? Buffer.from(value, 'base64').toString('utf8') : value]);
    }
  }
  return entries;
}

/**
 * Registers an object the manifests hold: the values of a Secret (data decoded from base64, and
 * stringData) to redact, and, for every kind, its identifiers to keep as written.
 */
export function registerSecretData(secrets: SecretValues, object: KubeObject): void {
  secrets.keepIdentifiers(identifiersOf(object));
  for (const [, value] of secretEntries(object)) secrets.register(value);
}

/**
 * Registers every object in an API answer, a single object or a list (whose items carry no kind):
 * Secrets' values to redact, and every object's identifiers to keep.
 */
export function registerSecretsIn(secrets: SecretValues, body: unknown): void {
  if (!isRecord(body)) return;
  const { kind, items } = body;
  if (typeof kind !== 'string') return;
  if (!kind.endsWith('List') || !Array.isArray(items)) {
    registerSecretData(secrets, body);
    return;
  }
  const itemKind = kind.slice(0, -'List'.length);
  for (const item of items as unknown[])
    if (isRecord(item)) registerSecretData(secrets, { ...item, kind: itemKind });
}

/**
 * One warning per Secret value too short to be searched for in text: structurally masked in the
 * Secret, but shown as written wherever else it appears (a ConfigMap, an env value, a message).
 */
export function shortValueFindings(
  objects: readonly { readonly object: KubeObject; readonly origin?: Origin }[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { object, origin } of objects) {
    if (!origin) continue;
    const keys = new Set(
      secretEntries(object)
        .filter(([, value]) => value.length > 0 && value.length < MIN_REDACTED_LENGTH)
        .map(([key]) => key),
    );
    for (const key of keys) {
      findings.push(
        warningAt(
          origin,
          'secret-value-too-short',
          `${describeObject(object)}: the value of ${key} is under ${MIN_REDACTED_LENGTH} characters, too short to mask outside the Secret; use a longer value`,
        ),
      );
    }
  }
  return findings;
}
