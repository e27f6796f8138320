/**
 * Writes src/validate/kubernetes-schemas.json: the attribute tables of @kubernetes/client-node's
 * generated model classes, which validation checks built-in objects against. Reading them from the
 * classes at run time would load client-node's whole generated API (~130 MB) into every `validate`.
 *
 * Run after upgrading @kubernetes/client-node: `npm run generate:schemas`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as clientNode from '@kubernetes/client-node';
import * as prettier from 'prettier';
import type { KubernetesSchemas, SchemaAttribute } from '../validate/schema.js';

export const SCHEMAS_FILE = path.resolve(import.meta.dirname, '../validate/kubernetes-schemas.json');

interface GeneratedAttribute {
  readonly baseName: string;
  readonly type: string;
  readonly format: string;
}
interface GeneratedModel {
  getAttributeTypeMap(): GeneratedAttribute[];
}

function isModel(value: unknown): value is GeneratedModel {
  return typeof value === 'function' && 'getAttributeTypeMap' in value;
}

/** Every model class client-node exports → its attributes as [field, type, format?], in model order. */
export function kubernetesSchemas(models: Record<string, unknown> = clientNode): KubernetesSchemas {
  const schemas: Record<string, SchemaAttribute[]> = {};
  for (const name of Object.keys(models).sort()) {
    const model = models[name];
    if (!isModel(model)) continue;
    schemas[name] = model
      .getAttributeTypeMap()
      .map(({ baseName, type, format }): SchemaAttribute =>
        format ? [baseName, type, format] : [baseName, type],
      );
  }
  return schemas;
}

/** Formatted as the repository's prettier settings would, so `prettier --check` passes on it. */
export async function formatSchemas(schemas: KubernetesSchemas): Promise<string> {
  const options = await prettier.resolveConfig(SCHEMAS_FILE);
  return prettier.format(JSON.stringify(schemas), { ...options, filepath: SCHEMAS_FILE });
}

if (import.meta.main) {
  const schemas = kubernetesSchemas();
  await writeFile(SCHEMAS_FILE, await formatSchemas(schemas));
  console.log(`wrote ${Object.keys(schemas).length} models to ${path.relative(process.cwd(), SCHEMAS_FILE)}`);
}
