import type { JsonObject } from './fields.js';
import type { ResourceType } from './resources.js';

/** An API error the fake answers with a `Status` body, as the API server does. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Empty for the answers that carry none (a server-side apply's 500). */
    readonly reason: string,
    message: string,
    readonly details?: JsonObject,
  ) {
    super(message);
  }
}

export function statusBody(code: number, reason: string, message: string, details?: JsonObject): JsonObject {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    ...(reason ? { reason } : {}),
    ...(details ? { details } : {}),
    code,
  };
}

/** `details` naming an object as the API server does: the group only when there is one. */
export function objectDetails(name: string, group: string, kind: string, extra: JsonObject = {}): JsonObject {
  return { name, ...(group ? { group } : {}), kind, ...extra };
}

/** `Deployment.apps`, `ConfigMap`: how validation and preconditions name a kind. */
export function qualifiedKind(type: ResourceType): string {
  return type.group ? `${type.kind}.${type.group}` : type.kind;
}

/** 422 Invalid with one cause per field, worded as the API server's field validation. */
export function invalid(
  type: ResourceType,
  name: string,
  causes: { reason: string; field: string; message: string }[],
): HttpError {
  const errors = causes.map((cause) => `${cause.field}: ${cause.message}`);
  return new HttpError(
    422,
    'Invalid',
    `${qualifiedKind(type)} "${name}" is invalid: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`,
    objectDetails(name, type.group, type.kind, { causes }),
  );
}
