import { getExecOutput } from '@actions/exec';
import { which } from '@actions/io';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Finding } from '../validate/finding.js';
import type { Origin } from './origin.js';
import type { Resource } from './resource.js';
import { resourceAt } from './resource.js';
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

/** `kustomize build <dir>`, or `kubectl kustomize <dir>` where only kubectl is installed. */
export async function renderKustomize(workspace: Workspace, folder: string): Promise<RenderedTool> {
  const kustomize = await which('kustomize', false);
  const kubectl = kustomize ? '' : await which('kubectl', false);
  if (!kustomize && !kubectl) {
    throw new UserError(
      `${workspace.relative(folder)} is a kustomization, but neither kustomize nor kubectl was found on PATH: ${INSTALL_HINTS.kustomize}`,
    );
  }
  const [tool, args] = kustomize ? [kustomize, ['build', folder]] : [kubectl, ['kustomize', folder]];
  const output = await runTool(tool, args, `kustomize build ${workspace.relative(folder)}`);
  const kustomization = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((name) => path.join(folder, name))
    .find((file) => existsSync(file));
  const origin: Origin = { file: workspace.relative(kustomization ?? folder), line: 1, column: 1 };
  return parseToolOutput(output, origin, () => origin);
}

export interface HelmOptions {
  readonly release: string;
  readonly namespace: string;
  readonly valuesFiles: readonly string[];
  readonly setValues: readonly string[];
}

/** `helm template`; each object points at the chart template it came from (helm's `# Source:` line). */
export async function renderHelm(
  workspace: Workspace,
  chart: string,
  options: HelmOptions,
): Promise<RenderedTool> {
  const helm = await which('helm', false);
  if (!helm) {
    throw new UserError(
      `${workspace.relative(chart)} is a Helm chart, but helm was not found on PATH: ${INSTALL_HINTS.helm}`,
    );
  }
  const args = ['template', options.release || path.basename(chart), chart, '--namespace', options.namespace];
  for (const file of options.valuesFiles)
    args.push('--values', await workspace.resolve(file, 'helm values file'));
  for (const value of options.setValues) args.push('--set', value);
  // The command line may carry --set values that are secrets: it is never echoed, and errors name only the chart.
  const output = await runTool(helm, args, `helm template ${workspace.relative(chart)}`);
  const chartOrigin: Origin = {
    file: workspace.relative(path.join(chart, 'Chart.yaml')),
    line: 1,
    column: 1,
  };
  const chartParent = path.dirname(chart);
  return parseToolOutput(output, chartOrigin, (source) => {
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
}

async function runTool(tool: string, args: string[], description: string): Promise<string> {
  const result = await getExecOutput(tool, args, { silent: true, ignoreReturnCode: true });
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim().split('\n').slice(-20).join('\n');
    throw new UserError(
      `${description} failed (exit code ${result.exitCode}):\n${stderr}\nFix the error above and run again.`,
    );
  }
  return result.stdout;
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
