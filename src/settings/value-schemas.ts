import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ImageOverride } from '../manifests/image-override.js';
import { parseImageOverride } from '../manifests/image-override.js';
import { VARIABLE_NAME } from '../manifests/envsubst.js';
import { dns1123LabelProblem } from '../manifests/names.js';
import { isBuiltInName } from '../manifests/substitute.js';
import type { IgnoreRule } from '../model/ignore-rule.js';
import { scheduleProblem, timeZoneProblem, type DeployWindow } from '../model/deploy-windows.js';

/** The zod schemas that turn an input's text into its typed value. */

/** Comma- or newline-separated items. */
export const list = z.string().transform((text) =>
  text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

/** One item per line. */
export const lines = z.string().transform((text) =>
  text
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

export const policyLevel = z.enum(['warning', 'error', 'off']);
export type PolicyLevel = z.infer<typeof policyLevel>;

/** true/false as YAML 1.2 core writes them (GitHub's own boolean inputs accept the same). */
export const boolean = z
  .enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
  .transform((value) => value.toLowerCase() === 'true');

/** `90s`, `5m`, `1h`, `500ms` → milliseconds. A bare number is refused: 5 could mean seconds or minutes. */
export const duration = z.string().transform((text, context) => {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) {
    const hint = /^\d+$/.test(text.trim()) ? `; give a unit, e.g. ${text.trim()}s or ${text.trim()}m` : '';
    context.addIssue({
      code: 'custom',
      message: `"${text}" is not a duration${hint || '; write e.g. 90s, 5m or 1h'}`,
    });
    return z.NEVER;
  }
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
  return Number(match[1]) * unit;
});

/** A whole number within bounds, said in words a person reads. */
export const wholeNumber = (min: number, max: number) =>
  z.string().transform((text, context) => {
    const value = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
      context.addIssue({
        code: 'custom',
        message: `must be a whole number from ${min} to ${max} (got ${JSON.stringify(text)})`,
      });
      return z.NEVER;
    }
    return value;
  });

/** Built when ignore-differences is given, not at every start-up. */
const ignoreRules = () =>
  z.array(
    z.strictObject({
      group: z.string().default(''),
      kind: z.string().min(1),
      name: z.string().optional(),
      namespace: z.string().optional(),
      jsonPointers: z.array(z.string().regex(/^\//, { message: 'a JSON pointer starts with /' })).min(1),
    }),
  );

/**
 * An input holding YAML, read by `schema`: a YAML error, or the schema's first issue (`every`: each
 * of them), is the input's error.
 */
function yamlInput<T>(schema: () => z.ZodType<T>, issues: 'first' | 'every') {
  return z.string().transform((text, context): T | [] => {
    if (!text.trim()) return [];
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message: `is not YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
      });
      return z.NEVER;
    }
    const result = schema().safeParse(parsed);
    if (!result.success) {
      const reported = issues === 'every' ? result.error.issues : result.error.issues.slice(0, 1);
      for (const issue of reported)
        context.addIssue({ code: 'custom', message: `[${issue.path.join('.')}] ${issue.message}` });
      return z.NEVER;
    }
    return result.data;
  });
}

/** Argo CD's ignoreDifferences, written as a YAML list. */
export const ignoreDifferences = yamlInput<IgnoreRule[]>(ignoreRules, 'first');

/** A DNS-1123 label (a namespace, an app name), or empty. */
export const label = (what: string) =>
  z.string().superRefine((value, context) => {
    const problem = value === '' ? undefined : dns1123LabelProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}` });
  });

/** The action.yml default `${{ github.token }}` is an expression the runner expands; unexpanded it is none. */
export const githubToken = z.string().transform((value) => (value.startsWith('${{') ? '' : value));

/** kustomize's `images`, one entry per line; a bad entry is named with its line. */
export const imageOverrides = z.string().transform((text, context): ImageOverride[] => {
  const overrides: ImageOverride[] = [];
  text.split('\n').forEach((raw, index) => {
    const entry = raw.trim();
    if (!entry) return;
    const parsed = parseImageOverride(entry, index + 1);
    if ('problem' in parsed) {
      context.addIssue({ code: 'custom', message: `line ${index + 1} (${entry}): ${parsed.problem}` });
      return;
    }
    const earlier = overrides.find((override) => override.name === parsed.override.name);
    if (earlier) {
      context.addIssue({
        code: 'custom',
        message: `line ${index + 1} (${entry}): line ${earlier.line} already overrides ${earlier.name}`,
      });
      return;
    }
    overrides.push(parsed.override);
  });
  return overrides;
});

/**
 * `NAME=VALUE` lines (the `substitute` input) → [name, value] pairs in order; a later line wins. Names
 * are Flux's variable names, and KUBESYNC_ ones are kubesync's own.
 */
export const variableAssignments = lines.transform((items, context): [string, string][] => {
  const pairs: [string, string][] = [];
  for (const item of items) {
    const equals = item.indexOf('=');
    const name = equals === -1 ? '' : item.slice(0, equals).trim();
    if (equals === -1 || !VARIABLE_NAME.test(name)) {
      context.addIssue({
        code: 'custom',
        message: `"${item}" is not NAME=VALUE (a name of letters, digits and _, not starting with a digit)`,
      });
    } else if (isBuiltInName(name)) {
      context.addIssue({ code: 'custom', message: `${name}: names starting with KUBESYNC_ are built-ins` });
    } else {
      pairs.push([name, item.slice(equals + 1).trim()]);
    }
  }
  return pairs;
});

/** A canary metric's bound: `0.05` or `<= 0.05` is a maximum, `>= 0.99` a minimum; empty is none. */
export const metricThreshold = z.string().transform((text, context) => {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = /^(<=|>=)?\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/i.exec(trimmed);
  if (!match) {
    context.addIssue({
      code: 'custom',
      message: `"${text}" is not a threshold; write a number (a maximum, e.g. 0.05) or >= 0.99 (a minimum)`,
    });
    return z.NEVER;
  }
  return { bound: match[1] === '>=' ? ('min' as const) : ('max' as const), value: Number(match[2]) };
});

/** Go's durations as Argo CD's windows write them: 1h, 30m, 1h30m, 90s. */
const windowDuration = z.string().transform((text, context) => {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  const [, hours = '0', minutes = '0', seconds = '0'] = match ?? [];
  const ms = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
  if (!match || ms === 0) {
    context.addIssue({ code: 'custom', message: `"${text}" is not a duration; write e.g. 1h, 30m or 2h30m` });
    return z.NEVER;
  }
  return ms;
});

/** Built when deploy-windows is given, not at every start-up. */
const windowList = () =>
  z.array(
    z
      .strictObject({
        kind: z.enum(['allow', 'deny']),
        schedule: z.string().superRefine((schedule, context) => {
          const problem = scheduleProblem(schedule, 'UTC');
          if (problem)
            context.addIssue({
              code: 'custom',
              message: `"${schedule}" is not a cron schedule of five fields (minute hour day-of-month month day-of-week): ${problem}`,
            });
        }),
        duration: windowDuration,
        timeZone: z
          .string()
          .default('UTC')
          .superRefine((zone, context) => {
            const problem = timeZoneProblem(zone);
            if (problem) context.addIssue({ code: 'custom', message: problem });
          }),
        environments: z.array(z.string().min(1)).default([]),
      })
      .transform(({ duration, ...window }): DeployWindow => ({ ...window, durationMs: duration })),
  );

/** Argo CD's sync windows, written as a YAML list (deploy-windows). */
export const deployWindows = yamlInput<DeployWindow[]>(windowList, 'every');
