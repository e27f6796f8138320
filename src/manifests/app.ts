import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import { dns1035LabelProblem, isHostname } from './names.js';
import type { FieldPath, OriginMap } from '../model/origin.js';
import { formatPath } from '../model/origin.js';
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

/**
 * A document meant as an Application even when misspelled: any kind and version of the pipeops.io
 * group (`pipeops.io/v2`, `kind: Aplication`, `apiVersion: pipeops/v1`). It is then checked as one and its mistakes are named, rather
 * than passed through as an unknown custom resource.
 */
export function isApplicationLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { apiVersion } = value as Record<string, unknown>;
  return typeof apiVersion === 'string' && /^pipeops(\.io)?(\/|$)/.test(apiVersion);
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
    const input = valueAt(value, path);
    return [errorAt(origins.locate(path), 'app-schema', `${field}: ${describeIssue(issue, path, input)}`)];
  });
  return { findings };
}

/** zod leaves the offending value out of its issues; it is read from the document instead. */
function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, path: FieldPath, input: unknown): string {
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return 'is required';
  if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'apiVersion')
    return `${JSON.stringify(input)} is not a supported version; use ${APP_API_VERSION}`;
  if (issue.code === 'invalid_value' && path.length === 1 && path[0] === 'kind') {
    const hint = typeof input === 'string' && suggest(input, [APP_KIND]) ? 'did you mean' : 'it must be';
    return `${JSON.stringify(input)} is not a kubesync kind; ${hint} ${JSON.stringify(APP_KIND)}${hint === 'did you mean' ? '?' : ''}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1)
    return `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`;
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
  if (issue.code === 'invalid_type')
    return `expected ${describeExpected(issue.expected, input)}, got ${describeValue(input)}`;
  if (issue.code === 'invalid_union') {
    const expected = issue.errors.flatMap((branch) =>
      branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
        ? [describeExpected(branch[0].expected, input)]
        : [],
    );
    if (expected.length === issue.errors.length && expected.length > 0)
      return `expected ${[...new Set(expected)].join(' or ')}, got ${describeValue(input)}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list',
};

function describeExpected(expected: string, input: unknown): string {
  if (expected === 'int' && typeof input === 'number') return 'a whole number';
  return EXPECTED[expected] ?? expected;
}

/** A scalar as written (long strings cut), a collection by its shape. */
function describeValue(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'a map';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input;
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
