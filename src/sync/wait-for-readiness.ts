import type { KubeObject } from '../model/object.js';
import { findValues, formatValue } from '../manifests/kube-jsonpath.js';
import { isRecord, metadataOf } from '../model/resource.js';
import type { WaitClause, WaitFor } from '../manifests/wait-for.js';
import { WAIT_FOR_ANNOTATION } from '../manifests/wait-for.js';
import type { Readiness } from './readiness-verdict.js';
import { failed, ready, waiting } from './readiness-verdict.js';

/** Whether one clause holds, and what was seen when it does not. */
type Check =
  { readonly holds: true } | { readonly holds: false; readonly seen: string; readonly final?: boolean };

/**
 * Readiness exactly as the object's `kubesync.io/wait-for` says, as `kubectl wait --for` decides it;
 * `object` is undefined once the object is gone.
 */
export function waitForReadiness(waitFor: WaitFor, object: KubeObject | undefined): Readiness {
  switch (waitFor.kind) {
    case 'none':
      return ready(`not waited for (${WAIT_FOR_ANNOTATION}: none)`);
    case 'delete':
      return object === undefined ? ready('deleted') : waiting('waiting to be deleted');
    case 'all': {
      if (object === undefined) return waiting('not found yet');
      for (const clause of waitFor.clauses) {
        const check = checkClause(clause, object);
        if (check.holds) continue;
        const message = `${clause.text}: ${check.seen}`;
        return check.final ? failed(message) : waiting(`waiting for ${message}`);
      }
      return ready(waitFor.clauses.map((clause) => clause.text).join('; '));
    }
  }
}

function checkClause(clause: WaitClause, object: KubeObject): Check {
  return clause.kind === 'condition' ? checkCondition(clause, object) : checkJsonPath(clause, object);
}

/**
 * kubectl's rule: the first condition of that type (ignoring case) decides; while its observedGeneration
 * (or else status.observedGeneration) is below metadata.generation, it is about an older spec and does
 * not hold.
 */
function checkCondition(clause: Extract<WaitClause, { kind: 'condition' }>, object: KubeObject): Check {
  const status = isRecord(object.status) ? object.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const wanted = clause.type.toLowerCase();
  const condition = conditions.find(
    (entry): entry is Record<string, unknown> =>
      isRecord(entry) &&
      typeof entry.type === 'string' &&
      entry.type.toLowerCase() === wanted &&
      typeof entry.status === 'string',
  );
  if (!condition) return { holds: false, seen: `no ${clause.type} condition yet` };
  const generation = metadataOf(object).generation;
  const observed =
    typeof condition.observedGeneration === 'number'
      ? condition.observedGeneration
      : status.observedGeneration;
  if (typeof generation === 'number' && typeof observed === 'number' && observed < generation)
    return {
      holds: false,
      seen: `${String(condition.type)} is about generation ${observed}, not ${generation}`,
    };
  if (String(condition.status).toLowerCase() === clause.status.toLowerCase()) return { holds: true };
  const reason = typeof condition.reason === 'string' ? `: ${condition.reason}` : '';
  const message = typeof condition.message === 'string' ? ` (${condition.message})` : '';
  return {
    holds: false,
    seen: `${String(condition.type)} is ${String(condition.status)}${reason}${message}`,
  };
}

/** kubectl's rule: exactly one value found; with a value to match, a scalar printed as Go prints it. */
function checkJsonPath(clause: Extract<WaitClause, { kind: 'jsonpath' }>, object: KubeObject): Check {
  const values = findValues(clause.path, object);
  if (values.length === 0) return { holds: false, seen: 'not set yet' };
  if (values.length > 1)
    return {
      holds: false,
      final: true,
      seen: `the path finds ${values.length} values, and kubectl wait needs one: narrow it, e.g. with a [?(@.type=="Ready")] filter`,
    };
  if (clause.value === undefined) return { holds: true };
  const [value] = values;
  if (typeof value === 'object' && value !== null)
    return {
      holds: false,
      final: true,
      seen: `the path finds ${Array.isArray(value) ? 'a list' : 'an object'}, which cannot equal "${clause.value}": point it at a single field`,
    };
  const found = formatValue(value as string | number | boolean | null).trim();
  return found === clause.value.trim() ? { holds: true } : { holds: false, seen: `it is "${found}"` };
}
