import pLimit from 'p-limit';
import type { ClusterClient, ResourceAttributes } from '../cluster/client.js';
import type { ObjectRef } from '../model/object.js';
import { UserError } from '../model/errors.js';
import { formatOrigin } from '../model/origin.js';
import type { AccessNeed } from './needs.js';
import { ruleText } from '../cluster/rule-text.js';
import { roleOf } from './rules.js';

export interface AccessCheck {
  /** Needs the credentials lack, that kubesync cannot do without. */
  readonly missing: AccessNeed[];
  /** Needs the credentials lack, that kubesync carries on without. */
  readonly optional: AccessNeed[];
  /** Why nothing could be checked (the server refused or could not answer the reviews). */
  readonly unchecked?: string;
}

/**
 * Asks the API server, with SelfSubjectAccessReviews at bounded concurrency, which of the needs these
 * credentials lack. A kind is asked about as a whole first; only when that is denied are the objects
 * asked about by name (a Role may grant single names). A create (or the rollback's delete) needed only
 * for an object that is not in the cluster yet is dropped when the object turns out to exist.
 */
export async function checkAccess(
  client: ClusterClient,
  needs: readonly AccessNeed[],
  concurrency: number,
): Promise<AccessCheck> {
  const limit = pLimit(concurrency);
  const answers = new Map<string, Promise<boolean>>();
  const allowed = (attributes: ResourceAttributes) => {
    const key = JSON.stringify([
      attributes.verb,
      attributes.group,
      attributes.resource,
      attributes.namespace ?? '',
      attributes.name ?? '',
    ]);
    let answer = answers.get(key);
    if (!answer) {
      answer = limit(() => client.reviewAccess(withoutUndefined(attributes)));
      answers.set(key, answer);
    }
    return answer;
  };
  const kindLevel = (need: AccessNeed) => ({ ...need, name: undefined });
  try {
    const denied: AccessNeed[] = [];
    await Promise.all(
      needs.map(async (need) => {
        if (await allowed(attributesOf(kindLevel(need)))) return;
        if (need.name && (await allowed(attributesOf(need)))) return;
        denied.push(need);
      }),
    );
    const lookups = new Map<string, Promise<boolean>>();
    const exists = (ref: ObjectRef) => {
      const key = JSON.stringify([ref.apiVersion, ref.kind, ref.namespace ?? '', ref.name]);
      let lookup = lookups.get(key);
      if (!lookup) {
        lookup = limit(() => existsAlready(client, ref));
        lookups.set(key, lookup);
      }
      return lookup;
    };
    const still = await Promise.all(
      denied.map(async (need) => (need.whenMissing && (await exists(need.whenMissing)) ? undefined : need)),
    );
    const lacking = needs.filter((need) => still.includes(need));
    return {
      missing: lacking.filter((need) => !need.optional),
      optional: lacking.filter((need) => need.optional),
    };
  } catch (error) {
    return { missing: [], optional: [], unchecked: (error as Error).message };
  }
}

function attributesOf(need: AccessNeed): ResourceAttributes {
  return {
    verb: need.verb,
    group: need.group,
    resource: need.resource,
    namespace: need.namespace,
    name: need.name,
  };
}

function withoutUndefined(attributes: ResourceAttributes): ResourceAttributes {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, value]) => value !== undefined),
  ) as unknown as ResourceAttributes;
}

/** Whether an object is in the cluster, which makes a need for it while missing moot. */
async function existsAlready(client: ClusterClient, ref: ObjectRef): Promise<boolean> {
  try {
    return (await client.get(ref)) !== undefined;
  } catch {
    // Not readable either (that is reported too): assume it has to be created.
    return false;
  }
}

/** `deployments.apps`, `services`: a resource as kubectl and RBAC messages name it. */
export function resourceLabel(need: Pick<AccessNeed, 'group' | 'resource'>): string {
  return need.group ? `${need.resource}.${need.group}` : need.resource;
}

/** `in namespace shop` or `at the cluster scope`. */
export function scopeLabel(need: Pick<AccessNeed, 'namespace'>): string {
  return need.namespace ? `in namespace ${need.namespace}` : 'at the cluster scope';
}

/**
 * Every missing permission at once, one line per rule to add, each naming the first object that needs
 * it (its file and line), as a UserError before anything is changed.
 */
export function accessRefusal(missing: readonly AccessNeed[], stage: 'plan' | 'apply'): UserError {
  const rules = new Map<string, AccessNeed[]>();
  for (const need of missing) {
    const key = JSON.stringify([need.verb, need.group, need.resource, need.namespace ?? '', roleOf(need)]);
    rules.set(key, [...(rules.get(key) ?? []), need]);
  }
  const lines = [...rules.values()].map((needs) => {
    const [first] = needs as [AccessNeed, ...AccessNeed[]];
    const others = [...new Set(needs.slice(1).map((need) => need.subject))].filter(
      (subject) => subject !== first.subject,
    );
    const also =
      others.length === 0
        ? ''
        : `; also for ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}`;
    const rule = ruleText({ apiGroups: [first.group], resources: [first.resource], verbs: [first.verb] });
    return `${first.origin ? `${formatOrigin(first.origin)}: ` : ''}${first.subject}: the credentials cannot ${first.verb} ${resourceLabel(first)} ${scopeLabel(first)} (${first.purpose}${also}); add to ${roleOf(first)}: ${rule}`;
  });
  const count = `${lines.length} permission${lines.length === 1 ? '' : 's'}`;
  return new UserError(
    `the credentials lack ${count} that this ${stage} needs, so nothing was ${stage === 'plan' ? 'planned' : 'applied'}; add ${lines.length === 1 ? 'this rule' : 'these rules'} to the RBAC of the deploying identity (kubesync rbac prints the whole Role and ClusterRole; see docs/rbac.md):\n${lines.map((line) => `  ${line}`).join('\n')}`,
  );
}
