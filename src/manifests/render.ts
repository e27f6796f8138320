import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { Origin } from '../model/origin.js';
import type { Resource } from '../model/resource.js';
import { isRecord, resourceAt } from '../model/resource.js';
import { KustomizeOrigins, stripOriginAnnotation, writeOriginWrapper } from './kustomize-origins.js';
import { toolWarnings } from './tool-warnings.js';
import type { ToolResult } from '../tools/exec-tool.js';
import { findTool, failUnlessSucceeded } from '../tools/exec-tool.js';
import { runRenderTool } from '../tools/render-tool.js';
import { checkChartArchives } from './chart-archives.js';
import { checkChartDependencies } from './chart-dependencies.js';
import type { KustomizationSourceOptions } from './kustomization-sources.js';
import { checkKustomizationSources, KUSTOMIZATION_FILES } from './kustomization-sources.js';
import type { Workspace } from './workspace.js';
import { parseYaml } from './yaml.js';

export interface RenderedTool {
  readonly resources: Resource[];
  readonly findings: Finding[];
}

const INSTALL_HINTS = {
  kustomize:
    'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl, which embeds it; both are on GitHub-hosted runners',
  helm: 'install helm (https://helm.sh/docs/intro/install/, or the azure/setup-helm action); it is on GitHub-hosted runners',
};

/**
 * `kustomize build <dir>`, or `kubectl kustomize <dir>` where only kubectl is installed. The build goes
 * through a wrapper that turns on kustomize's origin annotations, so each object points at the file
 * (and line) it came from; the annotation is removed before anything else sees the objects.
 *
 * Nothing runs until the repository's symlinks and the kustomization's paths are known to stay inside
 * the repository. kustomize runs with its defaults that matter here: the RootOnly load restrictor, and
 * neither --enable-alpha-plugins, --enable-exec nor --enable-helm, so a kustomization runs no program.
 */
export async function renderKustomize(
  workspace: Workspace,
  folder: string,
  options: KustomizationSourceOptions,
): Promise<RenderedTool> {
  workspace.refuseLinksLeaving('kustomize', folder);
  await checkKustomizationSources(workspace, folder, options);
  const kustomize = await findTool('kustomize');
  const kubectl = kustomize ? '' : await findTool('kubectl');
  if (!kustomize && !kubectl) {
    throw new UserError(
      `${workspace.relative(folder)} is a kustomization, but neither kustomize nor kubectl was found on PATH: ${INSTALL_HINTS.kustomize}`,
    );
  }
  const description = `kustomize build ${workspace.relative(folder)}`;
  const run = { description, network: options.allowRemoteSources };
  const build = (dir: string) =>
    kustomize
      ? runRenderTool(kustomize, ['build', dir], run)
      : runRenderTool(kubectl, ['kustomize', dir], run);
  const kustomizationFile = KUSTOMIZATION_FILES.map((name) => path.join(folder, name)).find((file) =>
    existsSync(file),
  );
  const origin: Origin = { file: workspace.relative(kustomizationFile ?? folder), line: 1, column: 1 };
  const kustomization = kustomizationFile
    ? parseYaml(origin.file, await workspace.readManifest(kustomizationFile)).documents[0]
    : undefined;
  // A kustomization that asks for origin annotations itself keeps them, with the paths it expects.
  const userWantsOrigins = JSON.stringify(kustomization?.value ?? {}).includes('originAnnotations');

  let result: ToolResult;
  let buildRoot = folder;
  if (userWantsOrigins) {
    result = await build(folder);
  } else {
    const wrapper = await writeOriginWrapper(folder);
    try {
      result = await build(wrapper.dir);
      buildRoot = wrapper.dir;
      result = { ...result, stderr: result.stderr.split(wrapper.dir).join(workspace.relative(folder)) };
    } finally {
      await wrapper.remove();
    }
    // A kustomize too old for buildMetadata (before 4.5.4) fails the wrapper; the plain build says
    // whether the user's kustomization itself is at fault.
    if (result.exitCode !== 0) [result, buildRoot] = [await build(folder), folder];
  }
  failUnlessSucceeded(result, description);

  const origins = new KustomizeOrigins(workspace, buildRoot, origin);
  const parsed = parseYaml(origin.file, result.stdout);
  const resources: Resource[] = [];
  for (const document of parsed.documents) {
    if (!isRecord(document.value)) continue;
    resources.push(await origins.resourceOf(document.value));
    if (!userWantsOrigins) stripOriginAnnotation(document.value);
  }
  const findings = [
    ...parsed.findings.map((finding) => ({ ...finding, origin })),
    ...toolWarnings(result.stderr, 'kustomize', origin, (field) =>
      isRecord(kustomization?.value) && field in kustomization.value
        ? kustomization.origins.locate([field])
        : undefined,
    ),
  ];
  return { resources, findings };
}

export interface HelmOptions {
  /** The release name; empty means the app's name. */
  readonly release: string;
  /** The app's name (the `app` input), which names the release when `release` is empty. */
  readonly app?: string;
  readonly namespace: string;
  readonly valuesFiles: readonly string[];
  readonly setValues: readonly string[];
  /** The environment, whose `values-<environment>.yaml` beside the chart's values.yaml is used when there. */
  readonly environment?: string;
}

/**
 * `helm template`; each object points at the chart template it came from (helm's `# Source:` line).
 * Before helm runs, the repository's symlinks, the chart's local dependencies and its archives are
 * checked to stay inside the repository. helm fetches nothing (no --dependency-update) and runs no
 * post-renderer; every value is one argv element joined to its flag, and `--` ends the flags before the
 * release name, so no input can become a flag.
 */
export async function renderHelm(
  workspace: Workspace,
  chart: string,
  options: HelmOptions,
): Promise<RenderedTool> {
  workspace.refuseLinksLeaving('helm', chart);
  await checkChartDependencies(workspace, chart);
  await checkChartArchives(workspace, chart);
  const helm = await findTool('helm');
  if (!helm) {
    throw new UserError(
      `${workspace.relative(chart)} is a Helm chart, but helm was not found on PATH: ${INSTALL_HINTS.helm}`,
    );
  }
  const release = options.release || options.app || releaseNameOf(path.basename(chart));
  const args = ['template', `--namespace=${options.namespace}`];
  for (const file of await valuesFilesOf(workspace, chart, options))
    args.push(`--values=${await workspace.resolve(file, 'helm values file')}`);
  for (const value of options.setValues) args.push(`--set=${value}`);
  args.push('--', release, chart);
  const description = `helm template ${workspace.relative(chart)}`;
  const result = await runRenderTool(helm, args, { description, network: false });
  failUnlessSucceeded(result, description);
  const chartOrigin: Origin = {
    file: workspace.relative(path.join(chart, 'Chart.yaml')),
    line: 1,
    column: 1,
  };
  const chartParent = path.dirname(chart);
  const rendered = parseToolOutput(result.stdout, chartOrigin, (source) => {
    // `# Source: <chart-name>/templates/x.yaml`: the chart name is the chart folder as helm sees it.
    const relative = source.split('/').slice(1).join('/');
    const file = relative ? path.join(chart, relative) : undefined;
    return file && existsSync(file) && workspace.contains(file)
      ? { file: workspace.relative(file), line: 1, column: 1 }
      : {
          ...chartOrigin,
          file: source
            ? `${workspace.relative(chartParent)}/${source}`.replace(/^\.\//, '')
            : chartOrigin.file,
        };
  });
  return {
    ...rendered,
    findings: [...rendered.findings, ...toolWarnings(result.stderr, 'helm', chartOrigin)],
  };
}

/**
 * The values files helm reads besides the chart's values.yaml: the environment's
 * `values-<environment>.yaml` in the chart folder when there is one, then `helm-values` in order (a
 * later file wins).
 */
async function valuesFilesOf(workspace: Workspace, chart: string, options: HelmOptions): Promise<string[]> {
  const files = [...options.valuesFiles];
  if (!options.environment) return files;
  const own = workspace.relative(path.join(chart, `values-${options.environment}.yaml`));
  const listed = await Promise.all(files.map((file) => workspace.resolve(file, 'helm values file')));
  const ownPath = path.join(workspace.root, own);
  if (!existsSync(ownPath) || listed.includes(ownPath)) return files;
  return [own, ...files];
}

/** A folder name as a Helm release name: lower-case letters, digits and dashes, at most 53 characters. */
export function releaseNameOf(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return name || 'release';
}

function parseToolOutput(
  output: string,
  toolOrigin: Origin,
  originOfSource: (source: string) => Origin,
): RenderedTool {
  const parsed = parseYaml(toolOrigin.file, output);
  const resources: Resource[] = [];
  for (const document of parsed.documents) {
    if (typeof document.value !== 'object' || Array.isArray(document.value)) continue;
    const origin = originOfSource(sourceComment(document.comment));
    resources.push(resourceAt(document.value as Record<string, unknown>, () => origin));
  }
  // A tool's output lines mean nothing to the user; its problems are reported at the tool's input file.
  const findings = parsed.findings.map((finding) => ({ ...finding, origin: toolOrigin }));
  return { resources, findings };
}

function sourceComment(comment: string | undefined): string {
  return /^ ?Source: (.+)$/m.exec(comment ?? '')?.[1]?.trim() ?? '';
}
