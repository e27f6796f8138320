import { plural } from '../model/plural.js';
import { KubeApiError } from '../cluster/api-error.js';
import { describeApiError } from '../cluster/describe-error.js';
import { newerFieldHint } from '../cluster/newer-fields.js';
import { rejectedFields } from '../cluster/rejected-fields.js';
import { UserError } from '../model/errors.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { describeObject } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { errorAt, formatFinding } from '../model/finding.js';

export const SERVER_REJECTED_RULE = 'server-rejected';

/**
 * The API server refused objects of the manifests in a dry run. Each refusal is a finding on the line
 * of the field it names (the object's first line when it names none), reported like validate's.
 */
export class ServerRejection extends UserError {
  constructor(
    readonly findings: readonly Finding[],
    readonly objects: number,
    total: number,
  ) {
    super(
      `the API server refused ${objects} of ${plural(total, 'object')} in a dry run; nothing was applied:\n${findings.map((finding) => `  ${formatFinding(finding)}`).join('\n')}`,
    );
  }
}

/**
 * Whether the refusal is about the object as written (invalid values, unknown fields, wrong types,
 * an admission webhook's denial) rather than about credentials, a missing namespace or the network.
 * 1.26 answers a server-side apply of an undeclared field with a 500 (kubernetes#122480).
 */
export function isContentRejection(error: unknown): error is KubeApiError {
  if (!(error instanceof KubeApiError)) return false;
  if (error.status === 400 || error.status === 422) return true;
  return error.status === 500 && /failed to create typed patch object/.test(error.apiMessage);
}

export function rejectionFindings(error: KubeApiError, object: KubeObject, resource: Resource): Finding[] {
  const subject = describeObject(object);
  const fields = rejectedFields(error, object);
  if (fields.length === 0) {
    const described = describeApiError(error, subject);
    return [
      errorAt(resource.origin, SERVER_REJECTED_RULE, `${described.message}; the API server refused it`),
    ];
  }
  return fields.map((field) => {
    const hint = newerFieldHint(field.field, field.message);
    return errorAt(
      resource.locate(field.path),
      SERVER_REJECTED_RULE,
      `${subject}: the API server refused it: ${field.message.startsWith(`${field.field}: `) ? field.message : `${field.field.replace(/^\./, '')}: ${field.message}`}${hint ? `; ${hint}` : ''}`,
    );
  });
}
