import { lstatSync } from 'node:fs';
import path from 'node:path';
import { APP_FILE } from '../../manifests/load.js';
import { isUserError } from '../../model/errors.js';
import type { Resource } from '../../model/resource.js';
import { plural } from '../../model/plural.js';
import { renderedDiffPlan } from '../../plan/rendered-diff.js';
import { SECRET_MASKERS } from '../../secrets/diff-maskers.js';
import type { Settings } from '../../settings/inputs.js';
import { checkoutCommitTree } from '../../tools/git-tree.js';
import type { RunContext } from '../events/github-event.js';
import type { PlanResult } from './plan.js';
import type { Runtime } from './runtime.js';
import { validateManifests } from './validate.js';

/**
 * A pull request planned without the cluster (no credentials, or `plan-mode: render`) gets the diff
 * of its manifests rendered at the base commit and at the head instead. The base is read from git
 * history into a folder outside the workspace and rendered exactly as the head is: the same sandbox,
 * the same refusals, for it is as untrusted. When the base cannot be rendered, the reason says why.
 */
export async function withRenderedDiff(
  result: PlanResult,
  settings: Settings,
  run: RunContext,
  runtime: Runtime,
): Promise<PlanResult> {
  const cause = result.unknownCause;
  const base = run.changes?.base;
  if (!result.validation.valid || !run.pullRequest || !base) return result;
  if (cause !== 'no-credentials' && cause !== 'render-mode') return result;
  const { log } = runtime;
  try {
    const resources = await log.group(`render the base commit ${base.slice(0, 7)}`, async () => {
      const rendered = await renderBase(settings, base, runtime);
      log.info(
        rendered
          ? `${plural(rendered.length, 'object')} at the base commit`
          : 'the app is not at the base commit: every object is new',
      );
      return rendered ?? [];
    });
    const plan = renderedDiffPlan(resources, result.validation.loaded.resources, {
      namespace: settings.namespace,
      ignoreDifferences: settings.ignoreDifferences,
      maskers: SECRET_MASKERS,
      prune: settings.apply.prune,
    });
    return { ...result, plan, rendered: { base } };
  } catch (error) {
    if (!isUserError(error)) throw error;
    log.warning(`no rendered diff: ${error.message}`);
    return { ...result, unknownReason: `${result.unknownReason ?? ''}; no rendered diff: ${error.message}` };
  }
}

/** The objects the app renders at the base commit; undefined when the app is not there yet. */
async function renderBase(
  settings: Settings,
  base: string,
  runtime: Runtime,
): Promise<readonly Resource[] | undefined> {
  const tree = await checkoutCommitTree(settings.workspace, base);
  try {
    if (!manifestExists(tree.root, settings.manifest)) return undefined;
    const baseSettings: Settings = {
      ...settings,
      workspace: tree.root,
      revision: { ...settings.revision, sha: base },
    };
    // Its Secrets' values are registered for redaction too; its findings are the base's, not this change's.
    const validation = await validateManifests(baseSettings, runtime.secrets, { offline: true });
    return validation.loaded.resources;
  } finally {
    tree.remove();
  }
}

/**
 * Whether the manifest path is in the tree at all, a symlink included (it is refused when rendered,
 * as at the head); the default pipeops.yaml may live in manifests/base/, as loading allows.
 */
function manifestExists(root: string, manifest: string): boolean {
  const exists = (...parts: string[]) =>
    lstatSync(path.join(root, ...parts), { throwIfNoEntry: false }) !== undefined;
  return exists(manifest) || (manifest === APP_FILE && exists('manifests', 'base', APP_FILE));
}
