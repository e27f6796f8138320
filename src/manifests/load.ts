import { joinImage, splitImage } from './image-reference.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { errorAt } from '../model/finding.js';
import type { Application } from './app.js';
import { isApplicationLike, parseApplication } from './app.js';
import { renderApplication } from './app-render.js';
import type { ManifestType, Resource } from '../model/resource.js';
import { isRecord, kindOf } from '../model/resource.js';
import { mergeOverlay } from './overlay.js';
import { KUSTOMIZATION_FILES } from './kustomization-sources.js';
import { renderHelm, renderKustomize } from './render.js';
import { Workspace } from './workspace.js';
import type { LocatedDocument } from './yaml.js';
import { parseYaml } from './yaml.js';

export const APP_FILE = 'pipeops.yaml';

/** The desired state as loaded: objects with their origins, and every problem met on the way. */
export interface LoadedManifests {
  readonly type: ManifestType;
  readonly resources: Resource[];
  readonly findings: Finding[];
  /** The Application, when the manifest is one; later stages read its name and domains. */
  readonly app?: Application;
  /** The Application's metadata.name as written, even when the Application is invalid. */
  readonly declaredName?: string;
  /** Files read, relative to the workspace. */
  readonly files: string[];
}

/** What loading reads of the settings. */
export interface LoadSettings {
  readonly manifest: string;
  readonly manifestType: ManifestType | 'auto';
  readonly environment: string;
  readonly image: string;
  readonly imageTag: string;
  readonly namespace: string;
  readonly ingressClass: string;
  readonly helm: {
    readonly release: string;
    readonly valuesFiles: readonly string[];
    readonly setValues: readonly string[];
  };
  readonly guardrails: {
    /** kustomize may fetch remote bases (the workflow's allow-remote-sources). */
    readonly allowRemoteSources: boolean;
  };
  /** The app's name when given; a Helm release defaults to it. */
  readonly app: string;
  readonly workspace: string;
}

export async function loadManifests(settings: LoadSettings): Promise<LoadedManifests> {
  const workspace = await Workspace.open(settings.workspace);
  const target = await resolveManifest(workspace, settings.manifest);
  const type = settings.manifestType === 'auto' ? await detectType(workspace, target) : settings.manifestType;
  switch (type) {
    case 'app':
      return loadApp(workspace, target, settings);
    case 'kubernetes':
      return loadKubernetes(workspace, target);
    case 'kustomize': {
      const rendered = await renderKustomize(workspace, folderOf(workspace, target, 'kustomize'), {
        allowRemoteSources: settings.guardrails.allowRemoteSources,
      });
      return { type, ...rendered, files: filesRendered(rendered.resources) };
    }
    case 'helm': {
      const rendered = await renderHelm(workspace, folderOf(workspace, target, 'helm'), {
        ...settings.helm,
        namespace: settings.namespace,
        app: settings.app,
        environment: settings.environment,
      });
      return { type, ...rendered, files: filesRendered(rendered.resources) };
    }
  }
}

/**
 * The default `pipeops.yaml` falls back to `manifests/`, the overlay layout, when the repository
 * keeps its Application there.
 */
async function resolveManifest(workspace: Workspace, manifest: string): Promise<string> {
  if (manifest === APP_FILE && !existsSync(path.join(workspace.root, APP_FILE))) {
    const overlays = path.join(workspace.root, 'manifests', 'base', APP_FILE);
    if (existsSync(overlays)) return workspace.resolve('manifests', 'manifest');
  }
  return workspace.resolve(manifest, 'manifest');
}

async function detectType(workspace: Workspace, target: string): Promise<ManifestType> {
  if (statSync(target).isDirectory()) {
    if (KUSTOMIZATION_FILES.some((name) => existsSync(path.join(target, name)))) return 'kustomize';
    if (existsSync(path.join(target, 'Chart.yaml'))) return 'helm';
    if (existsSync(path.join(target, APP_FILE)) || existsSync(path.join(target, 'base', APP_FILE)))
      return 'app';
    return 'kubernetes';
  }
  const parsed = parseYaml(workspace.relative(target), await workspace.readManifest(target));
  return parsed.documents.some((document) => isApplicationLike(document.value)) ? 'app' : 'kubernetes';
}

function folderOf(workspace: Workspace, target: string, type: string): string {
  if (statSync(target).isDirectory()) return target;
  throw new UserError(`manifest-type ${type} needs a folder, but ${workspace.relative(target)} is a file`);
}

async function loadKubernetes(workspace: Workspace, target: string): Promise<LoadedManifests> {
  const files = statSync(target).isDirectory() ? await workspace.listYamlFiles(target) : [target];
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const parsed = parseYaml(workspace.relative(file), await workspace.readManifest(file));
    findings.push(...parsed.findings);
    for (const document of parsed.documents) {
      if (!isRecord(document.value)) {
        findings.push(
          errorAt(
            document.origins.documentOrigin,
            'not-an-object',
            'document is not a Kubernetes object (a YAML mapping)',
          ),
        );
      } else if (isApplicationLike(document.value)) {
        findings.push(
          errorAt(
            document.origins.documentOrigin,
            'mixed-manifest',
            `a pipeops.io/v1 Application cannot be mixed with Kubernetes YAML; give its file as its own manifest`,
          ),
        );
      } else {
        resources.push(...expandList(document));
      }
    }
  }
  if (files.length === 0) throw new UserError(`${workspace.relative(target)} holds no .yaml or .yml files`);
  return { type: 'kubernetes', resources, findings, files: files.map((file) => workspace.relative(file)) };
}

/** A `kind: List` (what `kubectl get -o yaml` writes) stands for its items. */
function expandList(document: LocatedDocument): Resource[] {
  const object = document.value as Record<string, unknown>;
  const { origins } = document;
  if (kindOf(object) === 'List' && Array.isArray(object.items)) {
    return object.items.flatMap((item, index) => {
      if (!isRecord(item)) return [];
      const locate = (fieldPath: readonly (string | number)[]) =>
        origins.locate(['items', index, ...fieldPath]);
      return [{ object: item, origin: locate([]), locate }];
    });
  }
  return [{ object, origin: origins.documentOrigin, locate: (fieldPath) => origins.locate(fieldPath) }];
}

async function loadApp(
  workspace: Workspace,
  target: string,
  settings: LoadSettings,
): Promise<LoadedManifests> {
  const { documents, findings, files } = await readAppDocuments(workspace, target, settings.environment);
  if (!documents) return { type: 'app', resources: [], findings, files };
  const { app, findings: appFindings } = parseApplication(documents.value, documents.origins);
  findings.push(...appFindings);
  const metadata =
    isRecord(documents.value) && isRecord(documents.value.metadata) ? documents.value.metadata : {};
  const declaredName = typeof metadata.name === 'string' ? metadata.name : undefined;
  if (!app) return { type: 'app', resources: [], findings, files, declaredName };
  const named = settings.image || app.spec.image;
  const image = named && settings.imageTag ? withTag(named, settings.imageTag) : named;
  if (!image) {
    findings.push(
      errorAt(
        documents.origins.locate(['spec']),
        'image-missing',
        `Application ${app.metadata.name} has no image: set spec.image, or the action's image input (--image in the CLI)`,
      ),
    );
    return { type: 'app', resources: [], findings, files, app };
  }
  const resources = renderApplication(app, documents.origins, {
    image,
    ingressClass: settings.ingressClass || undefined,
  });
  return { type: 'app', resources, findings, files, app };
}

/** The Application document: a single file, or base + environment overlay merged. */
async function readAppDocuments(
  workspace: Workspace,
  target: string,
  environment: string,
): Promise<{ documents?: LocatedDocument; findings: Finding[]; files: string[] }> {
  const isFolder = statSync(target).isDirectory();
  const baseFile = isFolder ? path.join(target, 'base', APP_FILE) : undefined;
  if (baseFile && existsSync(baseFile)) {
    const base = await readSingleDocument(workspace, baseFile);
    if (!environment) return { ...base, files: [workspace.relative(baseFile)] };
    const overlayFile = path.join(target, environment, APP_FILE);
    if (!existsSync(overlayFile)) {
      throw new UserError(
        `no overlay for environment "${environment}": ${workspace.relative(overlayFile)} does not exist (environments here: ${listEnvironments(target).join(', ') || 'none'})`,
      );
    }
    const overlay = await readSingleDocument(workspace, overlayFile);
    const findings = [...base.findings, ...overlay.findings];
    const files = [workspace.relative(baseFile), workspace.relative(overlayFile)];
    if (!base.documents || !overlay.documents) return { findings, files };
    return { documents: mergeOverlay(base.documents, overlay.documents), findings, files };
  }
  const file = isFolder ? path.join(target, APP_FILE) : target;
  const single = await readSingleDocument(workspace, file);
  if (single.documents) refuseLoneOverlay(workspace, file, single.documents.value);
  return { ...single, files: [workspace.relative(file)] };
}

/**
 * `<folder>/production/pipeops.yaml` beside `<folder>/base/pipeops.yaml` is an overlay: given alone it
 * lacks what base declares, and every finding would be a symptom of that.
 */
function refuseLoneOverlay(workspace: Workspace, file: string, value: unknown): void {
  const environmentFolder = path.dirname(file);
  const environment = path.basename(environmentFolder);
  const layout = path.dirname(environmentFolder);
  const base = path.join(layout, 'base', APP_FILE);
  if (environment === 'base' || path.basename(file) !== APP_FILE || !existsSync(base)) return;
  if (isRecord(value) && value.apiVersion !== undefined && value.kind !== undefined) return;
  const folder = workspace.relative(layout);
  throw new UserError(
    `${workspace.relative(file)} is an overlay of ${workspace.relative(base)}, not a whole Application: use \`${folder} --environment ${environment}\` (in a workflow, manifest: ${folder} and environment: ${environment})`,
  );
}

async function readSingleDocument(
  workspace: Workspace,
  file: string,
): Promise<{ documents?: LocatedDocument; findings: Finding[] }> {
  const relative = workspace.relative(file);
  const parsed = parseYaml(
    relative,
    await workspace.readManifest(await workspace.resolve(relative, 'manifest')),
  );
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const [first, second] = parsed.documents;
  if (!first) throw new UserError(`${relative} is empty; it must hold one pipeops.io/v1 Application`);
  if (second) {
    return {
      findings: [
        errorAt(
          second.origins.documentOrigin,
          'app-documents',
          `${relative} must hold exactly one Application document`,
        ),
      ],
    };
  }
  return { documents: first, findings: [] };
}

function listEnvironments(folder: string): string[] {
  return readdirNames(folder).filter(
    (name) => name !== 'base' && existsSync(path.join(folder, name, APP_FILE)),
  );
}

function readdirNames(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** `ghcr.io/acme/web:1.0.0` with tag `v2` is `ghcr.io/acme/web:v2`; a digest or tag is replaced. */
export function withTag(image: string, tag: string): string {
  return joinImage({ name: splitImage(image).name, tag });
}

/** The files a tool's objects came from (each object's origin), each once, in order. */
function filesRendered(resources: readonly Resource[]): string[] {
  return [...new Set(resources.map((resource) => resource.origin.file))].sort();
}
