import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { mkdtemp, realpath, rm, writeFile } from './file-system.js';
import type { Origin } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { annotationOf, isRecord, kindOf, metadataOf, nameOf } from '../model/resource.js';
import type { Workspace } from './workspace.js';
import type { LocatedDocument } from './yaml.js';
import { parseYaml } from './yaml.js';

/** The annotation kustomize's `buildMetadata: [originAnnotations]` writes: the file an object came from. */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/**
 * A kustomization in a temporary folder whose only resource is the user's kustomization, with origin
 * annotations turned on: the user's files stay untouched and the output is the same objects, each
 * annotated with the file it came from (relative to the wrapper's folder).
 */
export async function writeOriginWrapper(
  folder: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'kubesync-kustomize-')));
  // kustomize refuses absolute paths to a base; a relative one from the temporary folder is fine.
  const base = path.relative(dir, folder).split(path.sep).join('/');
  await writeFile(
    path.join(dir, 'kustomization.yaml'),
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbuildMetadata: [originAnnotations]\nresources:\n  - ${JSON.stringify(base)}\n`,
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

interface OriginAnnotation {
  readonly path?: string;
  readonly configuredIn?: string;
  readonly configuredBy?: { readonly kind?: string };
}

function readOriginAnnotation(object: KubeObject): OriginAnnotation | undefined {
  const text = annotationOf(object, ORIGIN_ANNOTATION);
  if (text === undefined) return undefined;
  try {
    const value: unknown = parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the origin annotation, which is kubesync's bookkeeping and must not reach the cluster. */
export function stripOriginAnnotation(object: KubeObject): void {
  const metadata = metadataOf(object);
  if (!isRecord(metadata.annotations)) return;
  delete metadata.annotations[ORIGIN_ANNOTATION];
  if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
}

/**
 * Points rendered objects back at their source files: the document in `path:` that declares the same
 * kind and (before a namePrefix or nameSuffix) name, field by field; a generated ConfigMap or Secret at
 * its generator entry in the kustomization. Anything else (a remote base) stays at `fallback`.
 */
export class KustomizeOrigins {
  private readonly files = new Map<string, Promise<LocatedDocument[]>>();

  constructor(
    private readonly workspace: Workspace,
    /** The folder the origin annotations' paths are relative to: the root of the build. */
    private readonly buildRoot: string,
    private readonly fallback: Origin,
  ) {}

  async resourceOf(object: KubeObject): Promise<Resource> {
    const annotation = readOriginAnnotation(object);
    const located = annotation ? await this.locate(object, annotation) : undefined;
    const locate = located ?? (() => this.fallback);
    return { object, origin: locate([]), locate };
  }

  private async locate(
    object: KubeObject,
    annotation: OriginAnnotation,
  ): Promise<Resource['locate'] | undefined> {
    if (annotation.path) {
      const documents = await this.documentsOf(annotation.path);
      const source = sourceDocument(documents, object);
      if (source) return (fieldPath) => source.origins.locate(fieldPath);
      const [first] = documents;
      return first ? () => ({ ...first.origins.documentOrigin, line: 1, column: 1 }) : undefined;
    }
    if (annotation.configuredIn) {
      const [kustomization] = await this.documentsOf(annotation.configuredIn);
      if (!kustomization) return undefined;
      const entry = generatorEntry(kustomization, annotation.configuredBy?.kind, nameOf(object) ?? '');
      return () => kustomization.origins.locate(entry);
    }
    return undefined;
  }

  private documentsOf(relativeToBuild: string): Promise<LocatedDocument[]> {
    const absolute = path.resolve(this.buildRoot, relativeToBuild);
    let documents = this.files.get(absolute);
    if (!documents) {
      documents = this.read(absolute);
      this.files.set(absolute, documents);
    }
    return documents;
  }

  private async read(absolute: string): Promise<LocatedDocument[]> {
    if (!this.workspace.contains(absolute)) return [];
    try {
      const text = await this.workspace.readManifest(absolute);
      return parseYaml(this.workspace.relative(absolute), text).documents;
    } catch {
      return [];
    }
  }
}

/** The source document of a rendered object: the one of its kind whose name the rendered name contains. */
function sourceDocument(
  documents: readonly LocatedDocument[],
  object: KubeObject,
): LocatedDocument | undefined {
  const kind = kindOf(object);
  const sameKind = documents.filter(
    (document) => isRecord(document.value) && kindOf(document.value) === kind,
  );
  if (sameKind.length <= 1) return sameKind[0];
  const rendered = nameOf(object) ?? '';
  return longestNameMatch(sameKind, rendered, (document) => nameOf(document.value as KubeObject));
}

/** `configMapGenerator[2]` for a ConfigMap generated by the third entry of that list. */
function generatorEntry(kustomization: LocatedDocument, generatorKind: string | undefined, rendered: string) {
  const key = generatorKind ? generatorKind.charAt(0).toLowerCase() + generatorKind.slice(1) : '';
  const value = isRecord(kustomization.value) ? kustomization.value[key] : undefined;
  if (!Array.isArray(value)) return key ? [key] : [];
  const entries = (value as unknown[]).map((entry, index) => ({ entry, index }));
  const match = longestNameMatch(entries, rendered, ({ entry }) =>
    isRecord(entry) && typeof entry.name === 'string' ? entry.name : undefined,
  );
  return match ? [key, match.index] : [key];
}

function longestNameMatch<T>(
  candidates: readonly T[],
  rendered: string,
  nameOfCandidate: (candidate: T) => string | undefined,
) {
  let best: T | undefined;
  let bestLength = -1;
  for (const candidate of candidates) {
    const name = nameOfCandidate(candidate);
    if (name === undefined || !rendered.includes(name)) continue;
    if (name.length > bestLength) [best, bestLength] = [candidate, name.length];
  }
  return best;
}
