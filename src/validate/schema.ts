import { BUILT_IN_GROUPS } from '../manifests/built-in-groups.js';
import { suggest } from '../manifests/app.js';
import type { FieldPath } from '../model/origin.js';
import { formatPath } from '../model/origin.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, versionOf } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import generatedSchemas from './kubernetes-schemas.json' with { type: 'json' };

/** A model field as client-node's generator typed it: [field, type, format]; no format when empty. */
export type SchemaAttribute = readonly [name: string, type: string, format?: string];
/** client-node model name (`V1Deployment`) → its fields; written by src/generate/kubernetes-schemas.ts. */
export type KubernetesSchemas = Readonly<Record<string, readonly SchemaAttribute[]>>;

interface Attribute {
  readonly type: string;
  readonly format: string;
}
/** A model's fields by name, in the model's order (the order "did you mean" candidates are offered in). */
type Model = ReadonlyMap<string, Attribute>;

const schemas = new Map(Object.entries(generatedSchemas as unknown as KubernetesSchemas));
const modelCache = new Map<string, Model>();

function modelFor(typeName: string): Model | undefined {
  const cached = modelCache.get(typeName);
  if (cached) return cached;
  const attributes = schemas.get(typeName);
  if (!attributes) return undefined;
  const model: Model = new Map(attributes.map(([name, type, format = '']) => [name, { type, format }]));
  modelCache.set(typeName, model);
  return model;
}

/** `apps/v1` `Deployment` → `V1Deployment`; `autoscaling/v2` → `V2…`; `v1beta1` → `V1beta1…`. */
export function builtInModel(apiVersion: string, kind: string): Model | undefined {
  if (!BUILT_IN_GROUPS.has(groupOf(apiVersion))) return undefined;
  const version = versionOf(apiVersion);
  return modelFor(`${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`);
}

/**
 * Checks a built-in object offline against the Kubernetes OpenAPI model that client-node is generated
 * from (its tables, extracted at build time into kubernetes-schemas.json): unknown fields (with a "did
 * you mean") and wrong types, each at its own line. The API server would reject both (kubectl's fieldValidation=Strict); catching them here saves a round trip and
 * works on pull requests from forks, which have no cluster.
 */
export function checkBuiltInSchema(resource: Resource): Finding[] {
  const apiVersion = apiVersionOf(resource.object);
  const kind = kindOf(resource.object);
  if (!apiVersion || !kind || !BUILT_IN_GROUPS.has(groupOf(apiVersion))) return [];
  const model = builtInModel(apiVersion, kind);
  if (!model) {
    return [
      errorAt(
        resource.locate(['apiVersion']),
        'unknown-kind',
        `${apiVersion} has no kind ${kind}; check apiVersion and kind (e.g. kubectl api-resources)`,
      ),
    ];
  }
  const findings: Finding[] = [];
  checkObject(resource.object, model, [], resource, findings);
  return findings;
}

function checkObject(
  value: Record<string, unknown>,
  model: Model,
  path: FieldPath,
  resource: Resource,
  findings: Finding[],
) {
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    const attribute = model.get(key);
    if (!attribute) {
      const suggestion = suggest(key, [...model.keys()]);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      findings.push(
        errorAt(
          resource.locate(childPath),
          'unknown-field',
          `unknown field "${formatPath(childPath)}"${hint}`,
        ),
      );
      continue;
    }
    if (child === null) continue;
    checkValue(child, attribute.type, attribute.format, childPath, resource, findings);
  }
}

function checkValue(
  value: unknown,
  type: string,
  format: string,
  path: FieldPath,
  resource: Resource,
  findings: Finding[],
) {
  const wrongType = (expected: string) =>
    findings.push(
      errorAt(
        resource.locate(path),
        'wrong-type',
        `${formatPath(path)} must be ${expected}, not ${describe(value, kindOf(resource.object) !== 'Secret')}`,
      ),
    );
  const array = /^Array<(.+)>$/.exec(type);
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (array?.[1]) {
    if (!Array.isArray(value)) return wrongType('a list');
    value.forEach((item, index) => {
      if (item !== null) checkValue(item, array[1] ?? '', '', [...path, index], resource, findings);
    });
  } else if (map?.[1]) {
    if (!isRecord(value)) return wrongType('a map');
    for (const [key, item] of Object.entries(value)) {
      // Quantities (`cpu: 1`) are strings in the model, but the API server reads plain numbers too.
      if (map[1] === 'string' && typeof item === 'number') continue;
      if (item !== null) checkValue(item, map[1], '', [...path, key], resource, findings);
    }
  } else if (type === 'string' || type === 'Date') {
    // A string with a byte format is base64 (Secret data is a map of them, handled above).
    if (typeof value !== 'string')
      return wrongType(format === 'date-time' ? 'a timestamp string' : 'a string');
  } else if (type === 'number') {
    if (typeof value !== 'number') return wrongType(format.startsWith('int') ? 'an integer' : 'a number');
    if (format.startsWith('int') && !Number.isInteger(value)) return wrongType('an integer');
  } else if (type === 'boolean') {
    if (typeof value !== 'boolean') return wrongType('true or false');
  } else if (type === 'IntOrString') {
    if (typeof value !== 'number' && typeof value !== 'string') return wrongType('an integer or a string');
  } else if (type !== 'any' && type !== 'object') {
    const model = modelFor(type);
    if (!model) return;
    if (!isRecord(value)) return wrongType('a map');
    checkObject(value, model, path, resource, findings);
  }
}

function describe(value: unknown, showValue: boolean): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a map';
  if (!showValue) return `a ${typeof value}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
