import type { KubeObject } from './object.js';
import type { FieldPath, Origin } from './origin.js';

export type ManifestType = 'app' | 'kubernetes' | 'kustomize' | 'helm';

/** One object kubesync will manage, with where it was written so every finding points at a line. */
export interface Resource {
  readonly object: KubeObject;
  readonly origin: Origin;
  /** The origin of a field of `object`; for rendered objects, the line that produced it. */
  readonly locate: (path: FieldPath) => Origin;
  /**
   * For a Secret whose values are fetched at apply time: where each data key's value comes from
   * (`doppler://production/DATABASE_URL`). Plans and renders show this instead of a value.
   */
  readonly valueSources?: Readonly<Record<string, string>>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function apiVersionOf(object: KubeObject): string | undefined {
  return stringField(object.apiVersion);
}

export function kindOf(object: KubeObject): string | undefined {
  return stringField(object.kind);
}

export function metadataOf(object: KubeObject): Record<string, unknown> {
  return isRecord(object.metadata) ? object.metadata : {};
}

/** A string-valued annotation of the object, or undefined when it has none (or not a string). */
export function annotationOf(object: KubeObject, name: string): string | undefined {
  return stringField(fieldOf(metadataOf(object).annotations, name));
}

/** A string-valued label of the object, or undefined. */
export function labelOf(object: KubeObject, name: string): string | undefined {
  return stringField(fieldOf(metadataOf(object).labels, name));
}

/** A comma-separated annotation (`Prune=false,Replace=true`), entries trimmed; undefined when absent. */
export function annotationList(object: KubeObject, name: string): string[] | undefined {
  return annotationOf(object, name)
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function fieldOf(map: unknown, key: string): unknown {
  return isRecord(map) ? map[key] : undefined;
}

export function nameOf(object: KubeObject): string | undefined {
  return stringField(metadataOf(object).name);
}

export function namespaceOf(object: KubeObject): string | undefined {
  return stringField(metadataOf(object).namespace);
}

/** The API group of `apps/v1` is `apps`; of `v1` it is the core group, spelled ''. */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

/** `Deployment web` or `Deployment shop/web`, as people and kubectl write it. */
export function describeObject(object: KubeObject): string {
  const namespace = namespaceOf(object);
  const name = nameOf(object) ?? '<no name>';
  return `${kindOf(object) ?? '<no kind>'} ${namespace ? `${namespace}/` : ''}${name}`;
}

/** Resources built by kubesync itself (from an Application) point every field at one origin map. */
export function resourceAt(object: KubeObject, locate: (path: FieldPath) => Origin): Resource {
  return { object, origin: locate([]), locate };
}
