/** What the API server refuses in an object, worded as a Kubernetes 1.26 API server words it. */
import * as models from '@kubernetes/client-node';
import type { Json, JsonObject } from './fields.js';
import { equal, getPath, isObject } from './fields.js';
import type { ResourceType } from './resources.js';
import type { Schema } from './ownership.js';
import { itemLabel } from './ownership.js';
import { HttpError, invalid } from './status.js';

type Cause = { reason: string; field: string; message: string };

const STATEFUL_SET_MUTABLE = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
];

/**
 * The 422 Invalid a write (apply, POST, PUT, patch; dry run or not) gets for what the API server's
 * validation refuses: values it never takes (negative replicas, malformed label values), and on an
 * update the fields that cannot change in place. One error lists every cause, values first.
 */
export function validate(type: ResourceType, before: JsonObject | undefined, after: JsonObject): void {
  const causes = [...invalidValues(type, after), ...(before ? immutableFields(type, before, after) : [])];
  if (causes.length > 0) throw invalid(type, String(getPath(after, ['metadata', 'name']) ?? ''), causes);
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_VALUE_RULE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SCALABLE = new Set(['apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet']);
const POD_TEMPLATES = new Set([...SCALABLE, 'apps/DaemonSet', 'batch/Job']);

/** Label values (the object's, and its pod template's, which the API server calls spec.template.labels) and replicas. */
function invalidValues(type: ResourceType, object: JsonObject): Cause[] {
  const causes: Cause[] = [];
  const labels = (value: Json | undefined, field: string) => {
    for (const label of isObject(value) ? Object.values(value) : []) {
      if (typeof label !== 'string') continue;
      const invalidValue = `Invalid value: ${JSON.stringify(label)}: `;
      if (label.length > 63)
        causes.push({
          reason: 'FieldValueInvalid',
          field,
          message: `${invalidValue}must be no more than 63 characters`,
        });
      if (!LABEL_VALUE.test(label))
        causes.push({ reason: 'FieldValueInvalid', field, message: `${invalidValue}${LABEL_VALUE_RULE}` });
    }
  };
  labels(getPath(object, ['metadata', 'labels']), 'metadata.labels');
  const replicas = getPath(object, ['spec', 'replicas']);
  if (SCALABLE.has(`${type.group}/${type.kind}`) && typeof replicas === 'number' && replicas < 0)
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'spec.replicas',
      message: `Invalid value: ${replicas}: must be greater than or equal to 0`,
    });
  if (POD_TEMPLATES.has(`${type.group}/${type.kind}`))
    labels(getPath(object, ['spec', 'template', 'metadata', 'labels']), 'spec.template.labels');
  return causes;
}

/** Fields an update changes that cannot change in place. */
function immutableFields(type: ResourceType, before: JsonObject, after: JsonObject): Cause[] {
  const spec = (object: JsonObject) => (isObject(object.spec) ? object.spec : {});
  const [old, next] = [spec(before), spec(after)];
  const causes: Cause[] = [];
  const immutable = (field: string, value: string) =>
    causes.push({
      reason: 'FieldValueInvalid',
      field,
      message: `Invalid value: ${value}: field is immutable`,
    });
  switch (`${type.group}/${type.kind}`) {
    case 'apps/Deployment':
    case 'apps/ReplicaSet':
    case 'apps/DaemonSet':
      if (!equal(old.selector, next.selector)) immutable('spec.selector', goLabelSelector(next.selector));
      break;
    case 'apps/StatefulSet': {
      const fixed = (value: JsonObject) =>
        Object.fromEntries(Object.entries(value).filter(([key]) => !STATEFUL_SET_MUTABLE.includes(key)));
      if (!equal(fixed(old), fixed(next)))
        causes.push({
          reason: 'FieldValueForbidden',
          field: 'spec',
          message: `Forbidden: updates to statefulset spec for fields other than ${STATEFUL_SET_MUTABLE.slice(
            0,
            -1,
          )
            .map((field) => `'${field}'`)
            .join(', ')} and 'minReadySeconds' are forbidden`,
        });
      break;
    }
    case 'batch/Job':
      if (!equal(old.selector, next.selector)) immutable('spec.selector', goLabelSelector(next.selector));
      if (!equal(old.template, next.template))
        immutable('spec.template', goValue('core.PodTemplateSpec', next.template ?? null));
      break;
    case '/Service': {
      const [was, is] = [old.clusterIP, next.clusterIP];
      if (typeof was === 'string' && was && typeof is === 'string' && is && was !== is)
        causes.push({
          reason: 'FieldValueInvalid',
          field: 'spec.clusterIPs[0]',
          message: `Invalid value: []string{${JSON.stringify(is)}}: may not change once set`,
        });
      break;
    }
    case '/PersistentVolumeClaim': {
      const bound = getPath(before, ['status', 'phase']) === 'Bound';
      const fixed = (value: JsonObject): JsonObject => {
        if (!bound || !isObject(value.resources)) return value;
        const { requests: _requests, ...resources } = value.resources;
        return { ...value, resources };
      };
      if (!equal(fixed(old), fixed(next)))
        causes.push({
          reason: 'FieldValueForbidden',
          field: 'spec',
          message: `Forbidden: spec is immutable after creation except resources.requests for bound claims\n${specDiff('core.PersistentVolumeClaimSpec', old, next)}`,
        });
      break;
    }
    default:
      break;
  }
  return causes;
}

/** Go's `%#v` of a LabelSelector, as the API server prints an invalid one. */
function goLabelSelector(selector: Json | undefined): string {
  const value = isObject(selector) ? selector : {};
  const labels = value.matchLabels;
  const matchLabels = isObject(labels)
    ? `map[string]string{${Object.keys(labels)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${JSON.stringify(labels[key])}`)
        .join(', ')}}`
    : 'map[string]string(nil)';
  const expressions = Array.isArray(value.matchExpressions)
    ? `[]v1.LabelSelectorRequirement{${value.matchExpressions
        .map((expression) => {
          const { key, operator, values } = isObject(expression) ? expression : {};
          const list = Array.isArray(values)
            ? `[]string{${values.map((item) => JSON.stringify(item)).join(', ')}}`
            : '[]string(nil)';
          return `v1.LabelSelectorRequirement{Key:${JSON.stringify(key ?? '')}, Operator:${JSON.stringify(operator ?? '')}, Values:${list}}`;
        })
        .join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${matchLabels}, MatchExpressions:${expressions}}`;
}

/**
 * A Go-like rendering of a value with a type name (`core.PodTemplateSpec{Spec:{Containers:[...]}}`):
 * the shape of what the API server prints, not Go's full dump of every zero field and pointer.
 */
function goValue(typeName: string, value: Json): string {
  const render = (item: Json): string => {
    if (Array.isArray(item)) return `[${item.map(render).join(', ')}]`;
    if (isObject(item))
      return `{${Object.entries(item)
        .map(([key, child]) => `${key.charAt(0).toUpperCase()}${key.slice(1)}:${render(child)}`)
        .join(', ')}}`;
    return JSON.stringify(item);
  };
  return `${typeName}${render(value)}`;
}

/** The changed top-level fields as go-cmp's diff lays them out (values as JSON rather than Go). */
function specDiff(typeName: string, before: JsonObject, after: JsonObject): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const field = (key: string) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const changed = keys.filter((key) => !equal(before[key], after[key]));
  const lines = changed.flatMap((key) => [
    ...(key in before ? [`- \t${field(key)}: ${JSON.stringify(before[key])},`] : []),
    ...(key in after ? [`+ \t${field(key)}: ${JSON.stringify(after[key])},`] : []),
  ]);
  const identical = keys.length - changed.length;
  return [
    `  ${typeName}{`,
    ...lines,
    ...(identical > 0 ? [`  \t... // ${identical} identical fields`] : []),
    '  }',
    '',
  ].join('\n');
}

interface Attribute {
  baseName: string;
  type: string;
}
type Model = { getAttributeTypeMap(): Attribute[] };
const registry = models as unknown as Record<string, Model | undefined>;

function modelFor(name: string): Model | undefined {
  const model = registry[name];
  return model && typeof model.getAttributeTypeMap === 'function' ? model : undefined;
}

/**
 * What server-side apply of a built-in kind says of fields its schema does not declare: in 1.26 an
 * HTTP 500 without reason or details (kubernetes#122480). Within one map the API server stops at the
 * first such field it meets (in Go's map order; here the first written); several are listed one a
 * line (in Go's map order, which varies; here sorted).
 */
export function checkDeclaredFields(schema: Schema, type: ResourceType, object: JsonObject): void {
  const model = modelFor(`${type.version.charAt(0).toUpperCase()}${type.version.slice(1)}${type.kind}`);
  if (!model) return;
  const fields = undeclaredFields(schema, object, model, '', []).sort();
  if (fields.length === 0) return;
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  const errors = fields.map((field) => `${field}: field not declared in schema`);
  throw new HttpError(
    500,
    '',
    `failed to create typed patch object (${namespace}/${String(metadata.name ?? '')}; ${schema.apiVersion}, Kind=${type.kind}): ${errors.length === 1 ? errors[0] : `errors:\n  ${errors.join('\n  ')}`}`,
  );
}

function undeclaredFields(
  schema: Schema,
  value: Json,
  model: Model,
  path: string,
  names: string[],
): string[] {
  if (!isObject(value)) return [];
  const attributes = new Map(
    model.getAttributeTypeMap().map((attribute) => [attribute.baseName, attribute.type]),
  );
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const type = attributes.get(key);
    if (type === undefined) {
      found.push(`${path}.${key}`);
      break;
    }
    const element = /^Array<(.+)>$/.exec(type)?.[1];
    const childModel = modelFor(element ?? type);
    if (!childModel) continue;
    const childNames = [...names, key];
    if (element && Array.isArray(child))
      child.forEach((item, index) => {
        const label = itemLabel(schema, childNames, item) ?? `[${index}]`;
        found.push(...undeclaredFields(schema, item, childModel, `${path}.${key}${label}`, childNames));
      });
    else found.push(...undeclaredFields(schema, child, childModel, `${path}.${key}`, childNames));
  }
  return found;
}
