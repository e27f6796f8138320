import {
  dns1035LabelProblem,
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  pathSegmentProblem,
} from '../manifests/names.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, metadataOf } from '../model/resource.js';
import type { ScopeCatalog } from '../manifests/scope.js';
import { formatOrigin } from '../model/origin.js';
import { isHookObject } from '../manifests/hook-annotations.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';

/** The kinds of RBAC, whose names are path segments and whose creation the API server guards. */
export const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
const LABEL_NAMED_KINDS = new Set(['Namespace']);
const DNS1035_NAMED_KINDS = new Set(['Service']);

/** Whether an object is well formed enough to be identified: apiVersion, kind and a valid name. */
export function checkIdentity(resource: Resource): Finding[] {
  const { object } = resource;
  const findings: Finding[] = [];
  const missing = (field: string, path: string[]) =>
    findings.push(errorAt(resource.locate(path), 'required-field', `${field} is required`));
  if (typeof object.apiVersion !== 'string' || object.apiVersion === '')
    missing('apiVersion', ['apiVersion']);
  if (typeof object.kind !== 'string' || object.kind === '') missing('kind', ['kind']);
  if (!isRecord(object.metadata)) {
    missing('metadata', ['metadata']);
    return findings;
  }
  const { name, generateName, namespace } = object.metadata;
  // A hook is created, not applied, so each run may name it anew.
  const generated = typeof generateName === 'string' && generateName !== '' && isHookObject(object);
  if ((typeof name !== 'string' || name === '') && !generated) {
    const hint =
      typeof generateName === 'string' ? ' (generateName cannot be applied declaratively; set a name)' : '';
    findings.push(
      errorAt(resource.locate(['metadata']), 'required-field', `metadata.name is required${hint}`),
    );
  } else if (typeof name === 'string' && name !== '') {
    const problem = nameProblem(kindOf(object) ?? '', name);
    if (problem) {
      findings.push(
        errorAt(resource.locate(['metadata', 'name']), 'invalid-name', `metadata.name "${name}" ${problem}`),
      );
    }
  }
  if (namespace !== undefined) {
    const problem = typeof namespace === 'string' ? dns1123LabelProblem(namespace) : 'must be a string';
    if (problem) {
      findings.push(
        errorAt(
          resource.locate(['metadata', 'namespace']),
          'invalid-name',
          typeof namespace === 'string'
            ? `metadata.namespace "${namespace}" ${problem}`
            : `metadata.namespace ${problem}`,
        ),
      );
    }
  }
  return findings;
}

function nameProblem(kind: string, name: string): string | undefined {
  if (RBAC_KINDS.has(kind)) return pathSegmentProblem(name);
  if (LABEL_NAMED_KINDS.has(kind)) return dns1123LabelProblem(name);
  if (DNS1035_NAMED_KINDS.has(kind)) return dns1035LabelProblem(name);
  return dns1123SubdomainProblem(name);
}

/** Two documents describing the same object would fight each other on every apply. */
export function checkDuplicates(
  resources: readonly Resource[],
  scopes: ScopeCatalog,
  namespace: string,
): Finding[] {
  const seen = new Map<string, Resource>();
  const findings: Finding[] = [];
  for (const resource of resources) {
    const { object } = resource;
    const apiVersion = apiVersionOf(object);
    const kind = kindOf(object);
    const name = metadataOf(object).name;
    if (!apiVersion || !kind || typeof name !== 'string') continue;
    const key = `${groupOf(apiVersion)}/${kind}/${scopes.effectiveNamespace(resource, namespace) ?? ''}/${name}`;
    const first = seen.get(key);
    if (first) {
      findings.push(
        errorAt(
          resource.locate(['metadata', 'name']),
          'duplicate-object',
          `${kind} ${name} is also defined at ${formatOrigin(first.origin)}; keep one of them`,
        ),
      );
    } else {
      seen.set(key, resource);
    }
  }
  return findings;
}
