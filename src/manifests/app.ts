import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { Finding } from '../validate/finding.js';
import { errorAt } from '../validate/finding.js';
import { dns1035LabelProblem, isHostname } from './names.js';
import type { FieldPath, OriginMap } from './origin.js';
import { formatPath } from './origin.js';
import { isQuantity } from './quantity.js';

export const APP_API_VERSION = 'pipeops.io/v1';
export const APP_KIND = 'Application';

const DOPPLER_REF = /^doppler:\/\/([A-Za-z0-9_.-]+)\/([A-Za-z_][A-Za-z0-9_]*)$/;

const quantity = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine(isQuantity, { message: 'is not a Kubernetes quantity (e.g. 250m, 0.5, 512Mi, 1Gi)' });

const name = z.string().superRefine((value, context) => {
  const problem = dns1035LabelProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});

const envVar = z
  .strictObject({
    name: z.string().regex(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/, {
      message:
        "must start with a letter, '_', '-' or '.', and contain only letters, digits, '_', '-' and '.'",
    }),
    value: z.union([z.string(), z.number(), z.boolean()]).transform(String).optional(),
    valueFrom: z
      .union([
        z
          .string()
          .regex(DOPPLER_REF, { message: 'must be doppler://<config>/<NAME> or {secretRef: {name, key}}' }),
        z.strictObject({ secretRef: z.strictObject({ name: z.string().min(1), key: z.string().min(1) }) }),
      ])
      .optional(),
  })
  .refine((env) => (env.value === undefined) !== (env.valueFrom === undefined), {
    message: 'set exactly one of value or valueFrom',
  });

const autoscale = z
  .strictObject({
    enabled: z.boolean().default(false),
    minReplicas: z.int().min(1).optional(),
    maxReplicas: z.int().min(1).optional(),
    targetCPU: z.int().min(1).max(100).optional(),
  })
  .superRefine((value, context) => {
    if (!value.enabled) return;
    if (value.maxReplicas === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maxReplicas'],
        message: 'is required when autoscale is enabled',
      });
    } else if (value.minReplicas !== undefined && value.minReplicas > value.maxReplicas) {
      context.addIssue({
        code: 'custom',
        path: ['minReplicas'],
        message: 'must not be greater than maxReplicas',
      });
    }
  });

export const applicationSchema = z.strictObject({
  apiVersion: z.literal(APP_API_VERSION),
  kind: z.literal(APP_KIND),
  metadata: z.strictObject({
    name,
    labels: z.record(z.string(), z.string()).optional(),
  }),
  spec: z
    .strictObject({
      image: z.string().min(1).optional(),
      build: z
        .strictObject({
          framework: z.string().optional(),
          builder: z.enum(['nixpacks', 'dockerfile', 'buildpack']).optional(),
          dockerfile: z.string().optional(),
          context: z.string().optional(),
          args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
        })
        .optional(),
      deploy: z
        .strictObject({
          replicas: z.int().min(0).optional(),
          strategy: z.enum(['rolling', 'recreate']).optional(),
        })
        .optional(),
      env: z.array(envVar).optional(),
      resources: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
      autoscale: autoscale.optional(),
      network: z
        .strictObject({
          port: z.int().min(1).max(65535).optional(),
          public: z.boolean().optional(),
          domains: z
            .array(
              z.string().refine(isHostname, { message: 'is not a valid host name (e.g. app.example.com)' }),
            )
            .optional(),
        })
        .optional(),
    })
    .default({}),
});

export type Application = z.infer<typeof applicationSchema>;
export type AppEnvVar = z.infer<typeof envVar>;

export function isApplicationDocument(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>).apiVersion === APP_API_VERSION &&
    (value as Record<string, unknown>).kind === APP_KIND
  );
}

export function parseDopplerRef(ref: string): { config: string; name: string } | undefined {
  const match = DOPPLER_REF.exec(ref);
  return match ? { config: match[1] ?? '', name: match[2] ?? '' } : undefined;
}

/** Checks an Application document; every problem becomes a finding at the line of its field. */
export function parseApplication(
  value: unknown,
  origins: OriginMap,
): { app?: Application; findings: Finding[] } {
  const result = applicationSchema.safeParse(value);
  if (result.success) return { app: result.data, findings: [] };
  const findings = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key] as FieldPath;
        return errorAt(origins.locate(path), 'unknown-field', unknownFieldMessage(path));
      });
    }
    const path = issue.path as FieldPath;
    const field = formatPath(path) || 'document';
    return [errorAt(origins.locate(path), 'app-schema', `${field}: ${describeIssue(issue)}`)];
  });
  return { findings };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.values.length === 1)
    return `must be ${JSON.stringify(issue.values[0])}`;
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message.replace(/^Invalid input: /, '');
}

function unknownFieldMessage(path: FieldPath): string {
  const key = String(path[path.length - 1]);
  const known = knownKeysAt(applicationSchema, path.slice(0, -1));
  const suggestion = suggest(key, known);
  const hint = suggestion
    ? `did you mean "${suggestion}"?`
    : known.length > 0
      ? `known fields here: ${known.join(', ')}`
      : 'remove it';
  return `unknown field "${formatPath(path)}": ${hint}`;
}

/** The nearest known name to a misspelled one, when it is near enough to be the likely intent. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(key, [...known]);
  const lowerMatch = known.find((name) => name.toLowerCase() === key.toLowerCase());
  if (lowerMatch) return lowerMatch;
  return distance(key, candidate) <= Math.max(2, Math.floor(key.length / 3)) ? candidate : undefined;
}

/** The field names an object schema allows at `path`, found by walking the zod schema. */
function knownKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  const inner = unwrap(schema);
  if (path.length === 0) return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
  const [head, ...rest] = path;
  if (inner instanceof z.ZodObject && typeof head === 'string') {
    const child = (inner.shape as Record<string, z.ZodType>)[head];
    return child ? knownKeysAt(child, rest) : [];
  }
  if (inner instanceof z.ZodArray) return knownKeysAt(inner.element as z.ZodType, rest);
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}
