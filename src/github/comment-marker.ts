import type { SecretValues } from '../secrets/redact.js';

const MARKER_START = '<!-- kubesync:';
const MARKER_END = ' -->';

/** The hidden first line that identifies an app's comment and carries what apply compares against. */
export function commentMarker(app: string, environment: string): string {
  return `${MARKER_START}${app}:${environment || 'default'} `;
}

/**
 * The marker of a further comment of an app's plan, numbered from 2: `<!-- kubesync:web:production:part-2 `.
 * It never starts with `commentMarker`, so the first comment alone is the one apply reads.
 */
export function partMarker(app: string, environment: string, part: number): string {
  return `${partsPrefix(app, environment)}${part} `;
}

/** What the markers of every further comment of an app's plan start with. */
export function partsPrefix(app: string, environment: string): string {
  return `${MARKER_START}${app}:${environment || 'default'}:part-`;
}

/** The number of a further comment, read from its marker; undefined for any other body. */
export function partOf(body: string, app: string, environment: string): number | undefined {
  const prefix = partsPrefix(app, environment);
  if (!body.startsWith(prefix)) return undefined;
  const number = /^(\d+) /.exec(body.slice(prefix.length))?.[1];
  return number === undefined ? undefined : Number(number);
}

/**
 * The hidden first line of an app's drift issue. It starts like a comment's marker, so that the
 * redaction of the body (redactComment) keeps it as it is.
 */
export function driftIssueMarker(app: string, environment: string): string {
  return `${MARKER_START}drift-issue:${app}:${environment || 'default'}${MARKER_END}`;
}

/** What the marker records of the reviewed plan. Comments written before `desired` existed lack it. */
export interface MarkerData {
  readonly digest: string;
  readonly desired?: string;
  readonly sha: string;
}

export function markerLine(app: string, environment: string, data: MarkerData): string {
  return `${commentMarker(app, environment)}${JSON.stringify(data)}${MARKER_END}`;
}

export function partMarkerLine(app: string, environment: string, part: number, sha: string): string {
  return `${partMarker(app, environment, part)}${JSON.stringify({ sha })}${MARKER_END}`;
}

/** Reads the digests and commit back out of a comment body written by `renderPlanComment`. */
export function readMarker(body: string, app: string, environment: string): MarkerData | undefined {
  const prefix = commentMarker(app, environment);
  if (!body.startsWith(prefix)) return undefined;
  const end = body.indexOf(MARKER_END);
  try {
    return JSON.parse(body.slice(prefix.length, end)) as MarkerData;
  } catch {
    return undefined;
  }
}

/**
 * Redacts a comment body except its marker line, which holds identifiers and hashes only: redacting
 * an app or environment name that equals a secret value there would lose the comment.
 */
export function redactComment(body: string, secrets: SecretValues): string {
  const end = body.indexOf(`${MARKER_END}\n`);
  if (!body.startsWith(MARKER_START) || end === -1 || body.slice(0, end).includes('\n'))
    return secrets.redact(body);
  const cut = end + MARKER_END.length + 1;
  return body.slice(0, cut) + secrets.redact(body.slice(cut));
}
