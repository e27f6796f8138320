import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../model/errors.js';
import { formatOrigin } from '../model/origin.js';
import { isRecord } from '../model/resource.js';
import type { Workspace } from './workspace.js';
import { parseYaml } from './yaml.js';

/**
 * Refuses a chart whose Chart.yaml points a dependency at a local folder (`repository: file://...`)
 * outside the repository or in its .git folder. Remote dependencies are never fetched: kubesync runs
 * `helm template` without --dependency-update, so helm renders only what charts/ holds.
 */
export async function checkChartDependencies(workspace: Workspace, chart: string): Promise<void> {
  const file = path.join(chart, 'Chart.yaml');
  if (!existsSync(file)) return;
  const [document] = parseYaml(workspace.relative(file), await workspace.readManifest(file)).documents;
  const dependencies = isRecord(document?.value) ? document.value.dependencies : undefined;
  if (!document || !Array.isArray(dependencies)) return;
  const problems: string[] = [];
  dependencies.forEach((dependency: unknown, index) => {
    const repository = isRecord(dependency) ? dependency.repository : undefined;
    if (typeof repository !== 'string' || !repository.startsWith('file://')) return;
    const absolute = path.resolve(chart, repository.slice('file://'.length));
    const field = ['dependencies', index, 'repository'];
    const at = `${formatOrigin(document.origins.locate(field))}: dependencies[${index}].repository "${repository}"`;
    if (!workspace.contains(absolute)) {
      problems.push(`${at} leaves the repository (${absolute}); give a chart folder inside the repository`);
    } else if (workspace.isInGitFolder(absolute)) {
      problems.push(`${at} is in the repository's .git folder; give a chart folder outside it`);
    }
  });
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}
