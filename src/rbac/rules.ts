import { Document, isMap, isSeq, type YAMLSeq } from 'yaml';
import type { AccessNeed, Verb } from './needs.js';
import { roleNamespaceOf, VERBS } from './needs.js';

/** One RBAC rule, with why kubesync needs it (the YAML comment above it). */
export interface PolicyRule {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: Verb[];
  readonly why: string;
}

/** The rules of one Role (namespace set) or of the ClusterRole (namespace undefined). */
export interface RoleRules {
  readonly namespace?: string;
  readonly rules: PolicyRule[];
}

/**
 * The fewest rules that grant every need: one Role per namespace and one ClusterRole, each rule one
 * API group with the resources that need the same verbs. Rules that are only optional come last.
 */
export function rolesFor(needs: readonly AccessNeed[]): RoleRules[] {
  // An optional need the ClusterRole grants anyway (reading a Namespace) needs no rule of its own.
  const clusterWide = new Set(
    needs
      .filter((need) => roleNamespaceOf(need) === undefined)
      .map((need) => `${need.verb} ${need.group} ${need.resource}`),
  );
  const scopes = new Map<string, AccessNeed[]>();
  for (const need of needs) {
    if (need.optional && clusterWide.has(`${need.verb} ${need.group} ${need.resource}`)) continue;
    const key = roleNamespaceOf(need) ?? '';
    scopes.set(key, [...(scopes.get(key) ?? []), need]);
  }
  const roles = [...scopes]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([namespace, scoped]) => ({ namespace: namespace || undefined, rules: rulesOf(scoped) }));
  return roles;
}

/** What one verb on one resource is for, and whether kubesync could do without it. */
interface Grant {
  readonly purposes: Set<string>;
  optional: boolean;
}

function rulesOf(needs: readonly AccessNeed[]): PolicyRule[] {
  // `group resource` → verb → what it is for
  const granted = new Map<string, { group: string; resource: string; verbs: Map<Verb, Grant> }>();
  for (const need of needs) {
    const key = `${need.group} ${need.resource}`;
    const entry = granted.get(key) ?? {
      group: need.group,
      resource: need.resource,
      verbs: new Map<Verb, Grant>(),
    };
    granted.set(key, entry);
    const grant = entry.verbs.get(need.verb) ?? { purposes: new Set<string>(), optional: true };
    grant.purposes.add(need.purpose);
    grant.optional &&= need.optional === true;
    entry.verbs.set(need.verb, grant);
  }
  // Resources of one group that need the same verbs for the same reasons share a rule.
  const rules = new Map<string, PolicyRule & { optional: boolean }>();
  const sorted = [...granted.values()].sort(
    (a, b) => a.group.localeCompare(b.group) || a.resource.localeCompare(b.resource),
  );
  for (const { group, resource, verbs } of sorted) {
    const ordered = VERBS.filter((verb) => verbs.has(verb));
    const optional = ordered.every((verb) => verbs.get(verb)?.optional === true);
    const purposes = ordered.map((verb) => [...(verbs.get(verb)?.purposes ?? [])].join(', '));
    const why = purposes.every((purpose) => purpose === purposes[0])
      ? (purposes[0] ?? '')
      : ordered.map((verb, index) => `${verb}: ${purposes[index] ?? ''}`).join('; ');
    const signature = `${group}|${ordered.join(',')}|${why}|${String(optional)}`;
    const rule = rules.get(signature) ?? { apiGroups: [group], resources: [], verbs: ordered, why, optional };
    rule.resources.push(resource);
    rules.set(signature, rule);
  }
  const all = [...rules.values()];
  return [...all.filter((rule) => !rule.optional), ...all.filter((rule) => rule.optional)].map(
    ({ optional, ...rule }) => ({
      ...rule,
      why: optional ? `optional (kubesync carries on without it): ${rule.why}` : rule.why,
    }),
  );
}

/** `the Role in namespace shop` or `the ClusterRole`: where a need's rule goes. */
export function roleOf(need: Pick<AccessNeed, 'group' | 'resource' | 'namespace' | 'optional'>): string {
  const namespace = roleNamespaceOf(need);
  return namespace ? `the Role in namespace ${namespace}` : 'the ClusterRole';
}

/** A ServiceAccount given as `<namespace>/<name>`. */
export interface ServiceAccountRef {
  readonly namespace: string;
  readonly name: string;
}

export interface RbacManifestOptions {
  /** Names the Roles, the ClusterRole and the bindings: `kubesync-<app>`. */
  readonly app: string;
  /** One comment line per entry at the top. */
  readonly header: readonly string[];
  /** Binds the roles to this ServiceAccount; without one, no bindings are written. */
  readonly serviceAccount?: ServiceAccountRef;
}

const RBAC_API = 'rbac.authorization.k8s.io/v1';

/**
 * The Roles and the ClusterRole (and, for a ServiceAccount, their bindings) as multi-document YAML for
 * `kubectl apply -f -`, each rule with a comment saying what kubesync uses it for.
 */
export function rbacManifests(roles: readonly RoleRules[], options: RbacManifestOptions): string {
  const name = `kubesync-${options.app}`;
  const documents: Document[] = [];
  for (const role of roles) {
    const metadata = role.namespace ? { name, namespace: role.namespace } : { name };
    const document = new Document({
      apiVersion: RBAC_API,
      kind: role.namespace ? 'Role' : 'ClusterRole',
      metadata,
      rules: role.rules.map(({ apiGroups, resources, verbs }) => ({ apiGroups, resources, verbs })),
    });
    const rules = document.get('rules');
    if (isSeq(rules)) commentRules(rules, role.rules);
    documents.push(document);
  }
  const account = options.serviceAccount;
  if (account) {
    const subjects = [{ kind: 'ServiceAccount', name: account.name, namespace: account.namespace }];
    for (const role of roles) {
      documents.push(
        new Document({
          apiVersion: RBAC_API,
          kind: role.namespace ? 'RoleBinding' : 'ClusterRoleBinding',
          metadata: role.namespace ? { name, namespace: role.namespace } : { name },
          roleRef: {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: role.namespace ? 'Role' : 'ClusterRole',
            name,
          },
          subjects,
        }),
      );
    }
  }
  const header = options.header.map((line) => `# ${line}`.trimEnd()).join('\n');
  const body = documents
    .map((document) => `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`)
    .join('');
  return `${header ? `${header}\n` : ''}${body}`;
}

function commentRules(sequence: YAMLSeq, rules: readonly PolicyRule[]) {
  sequence.items.forEach((item, index) => {
    const rule = rules[index];
    if (!rule || !isMap(item)) return;
    item.commentBefore = ` ${rule.why}`;
    for (const key of ['apiGroups', 'resources', 'verbs']) {
      const list = item.get(key, true);
      if (isSeq(list)) list.flow = true;
    }
  });
}
