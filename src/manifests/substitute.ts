import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import type { Lookup } from './envsubst.js';
import { expand } from './envsubst.js';
import type { FieldPath } from '../model/origin.js';
import { formatPath } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { describeObject, isRecord, metadataOf } from '../model/resource.js';

/** Flux's opt-out, as an annotation or a label: `kustomize.toolkit.fluxcd.io/substitute: disabled`. */
export const SUBSTITUTE_OPT_OUT = 'kustomize.toolkit.fluxcd.io/substitute';

/** The names kubesync defines itself (KUBESYNC_APP, KUBESYNC_SHA, ...); no input may define one. */
export const BUILT_IN_PREFIX = 'KUBESYNC_';

export function isBuiltInName(name: string): boolean {
  return name.startsWith(BUILT_IN_PREFIX);
}

export interface SubstitutionOptions {
  readonly lookup: Lookup;
  /** Which `${...}` to expand, by variable name; the others stay as written. */
  readonly inScope: (name: string) => boolean;
}

export interface Substituted {
  readonly resources: Resource[];
  readonly findings: Finding[];
}

/**
 * Substitutes variables in the string values (never the keys) of every object that does not opt out.
 * A variable that is not defined and has no default is an error at the field that uses it, as in
 * Flux's strict mode; the field keeps the text as written.
 */
export function substituteResources(
  resources: readonly Resource[],
  options: SubstitutionOptions,
): Substituted {
  const findings: Finding[] = [];
  const result = resources.map((resource) => {
    if (optsOut(resource.object)) return resource;
    const object = substituteValue(resource.object, [], options, (path, message) =>
      findings.push(
        errorAt(
          resource.locate(path),
          'substitute-undefined',
          `${describeObject(resource.object)}: ${formatPath(path)}: ${message}`,
        ),
      ),
    ) as KubeObject;
    return object === resource.object ? resource : { ...resource, object };
  });
  return { resources: result, findings };
}

function optsOut(object: KubeObject): boolean {
  const { annotations, labels } = metadataOf(object);
  return [annotations, labels].some((map) => isRecord(map) && map[SUBSTITUTE_OPT_OUT] === 'disabled');
}

/** The value with substitutions made; the same value (not a copy) when nothing in it changed. */
function substituteValue(
  value: unknown,
  path: FieldPath,
  options: SubstitutionOptions,
  report: (path: FieldPath, message: string) => void,
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${')) return value;
    const { text, problems } = expand(value, options.lookup, options.inScope);
    for (const problem of problems) report(path, `${problem.expression} ${problem.message}`);
    return text;
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, index) =>
      substituteValue(item, [...path, index], options, report),
    );
    return items.every((item, index) => item === value[index]) ? value : items;
  }
  if (isRecord(value)) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const substituted = substituteValue(item, [...path, key], options, report);
      changed ||= substituted !== item;
      return [key, substituted] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}
