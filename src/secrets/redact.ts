import { escapeCell, escapeMarkdown } from '../report/escape.js';
import { MASK } from './mask.js';

/**
 * Values shorter than this are not searched for in text: replacing every "1" or "ok" would garble every
 * message while hiding nothing. Secret data is masked structurally (diffs, render) whatever its length.
 */
export const MIN_REDACTED_LENGTH = 4;

/**
 * The secret values this run has seen (Doppler values, Secret data from the manifests and the cluster,
 * tokens), and every text form they could leak in: as written, line by line, base64, URL-encoded,
 * JSON-escaped and Markdown-escaped. Everything kubesync writes outside the cluster passes through
 * `redact`.
 */
export class SecretValues {
  private readonly forms = new Set<string>();
  private sorted: string[] = [];
  /** Called once per new value; the action registers it with the runner's masking (core.setSecret). */
  onRegister: (value: string) => void = () => undefined;

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

  redact(text: string): string {
    let result = text;
    for (const form of this.sorted) if (result.includes(form)) result = result.split(form).join(MASK);
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

/** The one registry of the process: like the runner's masker, whoever reads a secret tells it. */
export const secretValues = new SecretValues();

/** Registers the values of a Secret object (data decoded from base64, and stringData). */
export function registerSecretData(object: Record<string, unknown>): void {
  if (object.kind !== 'Secret') return;
  for (const [field, encoded] of [
    ['data', true],
    ['stringData', false],
  ] as const) {
    const values = object[field];
    if (typeof values !== 'object' || values === null) continue;
    for (const value of Object.values(values)) {
      if (typeof value !== 'string') continue;
      secretValues.register(encoded ? Buffer.from(value, 'base64').toString('utf8') : value);
    }
  }
}

/** Registers every Secret in an API answer: a Secret, or a SecretList (whose items carry no kind). */
export function registerSecretsIn(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const { kind, items } = body as { kind?: unknown; items?: unknown };
  if (kind === 'Secret') registerSecretData(body as Record<string, unknown>);
  if (kind !== 'SecretList' || !Array.isArray(items)) return;
  for (const item of items as unknown[]) {
    if (typeof item === 'object' && item !== null) registerSecretData({ ...item, kind: 'Secret' });
  }
}
