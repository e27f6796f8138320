import { KubeApiError } from '../cluster/api-error.js';

/**
 * How the API server words a refusal to change a field in place: a Job's template or a Deployment's
 * selector ("field is immutable"), a Service's clusterIP ("may not change once set"), a PVC's spec
 * ("spec is immutable after creation"), a StatefulSet's spec beyond the fields it may update.
 */
const IMMUTABLE = [
  /field is immutable/,
  /is immutable after creation/,
  /may not change once set/,
  /updates to statefulset spec for fields other than/,
];

/** The fields an update may not change in place, or undefined when the refusal is for another reason. */
export function immutableFields(error: unknown): string[] | undefined {
  if (!(error instanceof KubeApiError) || error.status !== 422) return undefined;
  const immutable = (text: string) => IMMUTABLE.some((pattern) => pattern.test(text));
  if (error.causes.length === 0) return immutable(error.apiMessage) ? ['spec'] : undefined;
  // Any other invalid field is an error to fix, which a replacement would not cure.
  if (!error.causes.every((cause) => immutable(cause.message ?? ''))) return undefined;
  return [...new Set(error.causes.map((cause) => cause.field ?? 'spec'))];
}
