import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { suggest } from '../manifests/app.js';
import type { FieldPath } from '../model/origin.js';
import { formatPath } from '../model/origin.js';
import type { Resource } from '../model/resource.js';
import { apiVersionOf, groupOf, isRecord, kindOf, versionOf } from '../model/resource.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';

type JsonSchema = Record<string, unknown>;

/**
 * The schemas of the CRDs among the resources, or undefined when there are none: the JSON Schema
 * validator is loaded only then, which keeps it out of most runs' start-up.
 */
export async function customResourceSchemasOf(
  resources: readonly Resource[],
): Promise<CustomResourceSchemas | undefined> {
  if (!resources.some(({ object }) => kindOf(object) === 'CustomResourceDefinition')) return undefined;
  // ajv is CommonJS: Node and the bundle both give its module object as the default export.
  const { Ajv } = (await import('ajv')).default;
  return new CustomResourceSchemas(resources, new Ajv(CRD_VALIDATOR_OPTIONS));
}

/** Every error, no strict mode (CRD schemas carry Kubernetes' own keywords), formats left to the server. */
export const CRD_VALIDATOR_OPTIONS = {
  allErrors: true,
  strict: false,
  validateFormats: false,
  verbose: true,
} as const;

/**
 * Validates custom resources against the openAPIV3Schema of a CRD in the same manifests, with the
 * API server's structural-schema rules: unknown fields are errors unless the schema preserves them.
 */
export class CustomResourceSchemas {
  private readonly schemas = new Map<string, { validate: ValidateFunction; schema: JsonSchema }>();

  constructor(
    resources: readonly Resource[],
    private readonly ajv: Ajv,
  ) {
    for (const { object } of resources) {
      if (kindOf(object) !== 'CustomResourceDefinition' || !isRecord(object.spec)) continue;
      const { group, names, versions } = object.spec;
      if (
        typeof group !== 'string' ||
        !isRecord(names) ||
        typeof names.kind !== 'string' ||
        !Array.isArray(versions)
      )
        continue;
      for (const version of versions) {
        if (!isRecord(version) || typeof version.name !== 'string' || !isRecord(version.schema)) continue;
        const openApi = version.schema.openAPIV3Schema;
        if (!isRecord(openApi)) continue;
        const schema = toJsonSchema(openApi, true);
        try {
          this.schemas.set(`${group}/${version.name}/${names.kind}`, {
            validate: this.ajv.compile(schema),
            schema,
          });
        } catch {
          // A schema ajv cannot compile is left to the API server, which has the final word.
        }
      }
    }
  }

  check(resource: Resource): Finding[] {
    const apiVersion = apiVersionOf(resource.object);
    const kind = kindOf(resource.object);
    if (!apiVersion || !kind) return [];
    const entry = this.schemas.get(`${groupOf(apiVersion)}/${versionOf(apiVersion)}/${kind}`);
    if (!entry || entry.validate(resource.object)) return [];
    return (entry.validate.errors ?? []).map((error) => toFinding(error, resource));
  }
}

function toFinding(error: ErrorObject, resource: Resource): Finding {
  const path: FieldPath = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (error.keyword === 'additionalProperties') {
    const field = String(error.params.additionalProperty);
    const known = Object.keys(isRecord(error.parentSchema?.properties) ? error.parentSchema.properties : {});
    const suggestion = suggest(field, known);
    const childPath = [...path, field];
    return errorAt(
      resource.locate(childPath),
      'unknown-field',
      `unknown field "${formatPath(childPath)}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    );
  }
  const where = formatPath(path) || kindOf(resource.object) || 'object';
  return errorAt(
    resource.locate(path),
    'crd-schema',
    `${where} ${error.message ?? 'is invalid'} (CRD schema)`,
  );
}

/** The CRD dialect of OpenAPI v3 as plain JSON Schema. */
function toJsonSchema(node: JsonSchema, root = false): JsonSchema {
  const schema: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-kubernetes-') || key === 'nullable') continue;
    if (key === 'properties' && isRecord(value)) {
      schema.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, isRecord(child) ? toJsonSchema(child) : child]),
      );
    } else if (key === 'items' && isRecord(value)) {
      schema.items = toJsonSchema(value);
    } else if (key === 'additionalProperties' && isRecord(value)) {
      schema.additionalProperties = toJsonSchema(value);
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      schema[key] = (value as unknown[]).map((child) => (isRecord(child) ? toJsonSchema(child) : child));
    } else if (key === 'not' && isRecord(value)) {
      schema.not = toJsonSchema(value);
    } else {
      schema[key] = value;
    }
  }
  if (node['x-kubernetes-int-or-string'] === true) {
    delete schema.type;
    schema.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node.nullable === true && typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  const preservesUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = node['x-kubernetes-embedded-resource'] === true;
  if (embedded || root) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    // apiVersion, kind and metadata are checked by the API server's own rules, not the CRD's.
    schema.properties = { ...properties, apiVersion: {}, kind: {}, metadata: {} };
  }
  if (isRecord(schema.properties) && schema.additionalProperties === undefined && !preservesUnknown) {
    schema.additionalProperties = false;
  }
  return schema;
}
