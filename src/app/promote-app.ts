import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imagesOf } from '../sync/record.js';
import { UserError, isUserError } from '../model/errors.js';
import type { RunContext } from './events/github-event.js';
import type { Settings } from '../settings/inputs.js';
import type { LoadedManifests } from '../manifests/load.js';
import { loadManifests } from '../manifests/load.js';
import { splitImage } from '../manifests/image-reference.js';
import { editAppOverlay } from '../promote/app-overlay-edit.js';
import type { EnvironmentSource } from '../promote/environment-source.js';
import { environmentSource } from '../promote/environment-source.js';
import { editHelmValues } from '../promote/helm-values-edit.js';
import type { ImageMove } from '../promote/image-moves.js';
import { imageMoves, isChange } from '../promote/image-moves.js';
import { editKustomizationImages } from '../promote/kustomization-edit.js';
import type { ReleaseOutcome } from './commands/last-release.js';
import { releaseFromGit, releaseFromParent } from './commands/last-release.js';
import type { PromotionResult } from '../promote/promotion-result.js';
import type { GitHubPromotions } from '../github/github.js';
import { statusRefusal } from '../promote/status-check.js';
import { renderPlanComment } from '../report/markdown.js';
import { promotionBody, promotionTitle } from '../report/promotion-body.js';
import { deploymentEnvironmentOf, planCommentOf, statusContextOf } from './records/plan-records.js';
import { formatFinding } from '../model/finding.js';
import { appNameOf } from './commands/app-name.js';
import { readInventory } from '../cluster/session.js';
import { runPlan } from './commands/plan.js';
import type { Runtime } from './commands/runtime.js';

export const PROMOTION_LABEL = 'kubesync/promotion';

/** What one app's promotion did: the pull request it opened or updated, or why it refused. */
/** The branch a promotion of an app to an environment is written on; one pull request each. */
export function promotionBranch(app: string, to: string): string {
  return `kubesync/promote/${app}/${to}`;
}

/**
 * One app's promotion: read what `from` runs (its ApplySet parent, else its source in git), refuse
 * unless its last apply succeeded, write those images into `to`'s source, and open or update the
 * pull request from `kubesync/promote/<app>/<to>`. Nothing is written on refusal or error.
 */
export async function runPromote(
  settings: Settings,
  run: RunContext,
  runtime: Runtime,
): Promise<PromotionResult> {
  const { from, to } = environmentsOf(settings);
  const toSource = sourceOf(settings, to);
  requireFile(settings, toSource, to);
  const toSettings = settingsFor(settings, toSource, to);
  const toLoaded = await renderSource(toSettings);
  const app = appNameOf(toSettings, toLoaded);
  const fromSettings = fromSettingsOf(settings, sourceOf(settings, from), from);
  // The name of `from`'s apply: the same rule, on `from`'s manifest path.
  const fromApp = appNameOf(fromSettings, toLoaded);
  const github = promotionGitHub(run, runtime);
  const base = { app, from, to, images: [] };

  const release = await lastRelease(fromSettings, fromApp, github, runtime);
  if ('refused' in release) return { ...base, refused: release.refused };
  const statusContext = statusContextOf(fromSettings, fromApp);
  const notSucceeded = statusRefusal(
    await github.statusesOf(release.commit),
    statusContext,
    release.commit,
    from,
  );
  if (notSucceeded) return { ...base, fromCommit: release.commit, refused: notSucceeded };

  const toImages = imagesOf(toLoaded.resources.map((resource) => resource.object));
  const candidates = imageMoves(release.images, toImages);
  if (candidates.length === 0)
    return {
      ...base,
      fromCommit: release.commit,
      refused: `${from} runs no image that ${to}'s source runs (${from}: ${release.images.join(', ')}; ${to}: ${toImages.join(', ') || 'none'})`,
    };
  const text = await readFile(path.join(settings.workspace, toSource.file), 'utf8');
  const edit = editSource(toSource, text, candidates, settings, toLoaded);
  const result = { ...base, images: edit.moves, fromCommit: release.commit, editedFile: toSource.file };
  if (!edit.moves.some(isChange) || edit.text === text) {
    runtime.log.info(`${to} already runs ${from}'s images: nothing to promote`);
    return result;
  }

  const title = promotionTitle(app, to, edit.moves);
  const plan = await planWithEdit(toSettings, app, toSource.file, edit.text, run, runtime);
  const body = promotionBody(
    {
      app,
      from,
      to,
      fromCommit: release.commit,
      statusContext,
      imagesFrom: release.imagesFrom,
      moves: edit.moves,
      editedFile: toSource.file,
      plan,
    },
    runtime.secrets,
  );
  const branch = promotionBranch(app, to);
  const baseBranch = await github.baseBranch(settings.revision.ref);
  const file = toSource.file.split(path.sep).join('/');
  await github.writeBranch(branch, run.sha, [{ path: file, text: edit.text }], title);
  runtime.log.info(`${branch}: ${file} holds ${from}'s images`);
  const pullRequest = await github.upsertPullRequest({
    branch,
    base: baseBranch,
    title,
    body,
    label: PROMOTION_LABEL,
  });
  runtime.log.info(
    `pull request #${pullRequest.number} ${pullRequest.created ? 'opened' : 'updated'}: ${pullRequest.url}`,
  );
  return { ...result, pullRequest };
}

function environmentsOf(settings: Settings): { from: string; to: string } {
  const { from, to } = settings.promotion;
  if (!from || !to)
    throw new UserError(
      'promote needs the inputs from and to: the environment whose images move on (e.g. staging) and the one they move to (e.g. production)',
    );
  if (from === to) throw new UserError(`promote: from and to are both ${from}; name two environments`);
  return { from, to };
}

function sourceOf(settings: Settings, environment: string): EnvironmentSource {
  return environmentSource(settings.workspace, settings.manifest, settings.manifestType, environment);
}

function requireFile(settings: Settings, source: EnvironmentSource, environment: string): void {
  if (existsSync(path.join(settings.workspace, source.file))) return;
  const holds = { app: 'its overlay of base', kustomize: 'its kustomization', helm: 'its values' }[
    source.kind
  ];
  throw new UserError(
    `${source.file} does not exist: it is ${environment}'s own source (${holds}), where promote writes the images; create it, or check the inputs manifest and from/to`,
  );
}

/** The settings that render one environment's own source. */
function settingsFor(settings: Settings, source: EnvironmentSource, environment: string): Settings {
  return {
    ...settings,
    environment,
    manifest: source.manifest,
    helm: { ...settings.helm, valuesFiles: [...settings.helm.valuesFiles, ...source.valuesFiles] },
  };
}

/** `from`'s source, and its cluster: the from-* inputs, each falling back to the step's own. */
function fromSettingsOf(settings: Settings, source: EnvironmentSource, from: string): Settings {
  const { fromKubeconfig, fromContext, fromNamespace } = settings.promotion;
  return {
    ...settingsFor(settings, source, from),
    cluster: {
      ...settings.cluster,
      kubeconfig: fromKubeconfig || settings.cluster.kubeconfig,
      context: fromContext || settings.cluster.context,
    },
    namespace: fromNamespace || settings.namespace,
  };
}

async function renderSource(settings: Settings): Promise<LoadedManifests> {
  const loaded = await loadManifests(settings);
  const errors = loaded.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0)
    throw new UserError(
      `${settings.environment}'s source does not render, so its images are unknown:\n${errors.map(formatFinding).join('\n')}`,
    );
  return loaded;
}

function promotionGitHub(run: RunContext, runtime: Runtime): GitHubPromotions {
  if (!runtime.github)
    throw new UserError(
      'promote reads commit statuses and opens a pull request: it needs github-token and the repository (GITHUB_REPOSITORY)',
    );
  if (!run.sha) throw new UserError('promote needs the commit the workflow checked out (GITHUB_SHA)');
  return runtime.github.promotions;
}

/** What `from` runs: from its cluster when there are credentials for it, else from its source in git. */
async function lastRelease(
  fromSettings: Settings,
  fromApp: string,
  github: GitHubPromotions,
  runtime: Runtime,
): Promise<ReleaseOutcome> {
  const from = fromSettings.environment;
  const lastDeployment = await github.lastDeployment(deploymentEnvironmentOf(fromSettings, fromApp), fromApp);
  const session = runtime.connect(fromSettings, fromApp);
  if (session) {
    const { inventory } = session;
    const state = await readInventory(session);
    return releaseFromParent(state, from, `${inventory.namespace}/${inventory.parentName}`, lastDeployment);
  }
  runtime.log.info(`no credentials for ${from}'s cluster: reading its images from its source in git`);
  const checkedOut = fromSettings.revision.sha;
  if (lastDeployment && checkedOut && lastDeployment.sha !== checkedOut)
    runtime.log.warning(
      `${from} last applied ${lastDeployment.sha.slice(0, 7)}, but the checkout is ${checkedOut.slice(0, 7)}: the images are read from the checkout; give from-kubeconfig to read what ${from} runs`,
    );
  const source = sourceOf(fromSettings, from);
  requireFile(fromSettings, source, from);
  const loaded = await renderSource(fromSettings);
  const images = imagesOf(loaded.resources.map((resource) => resource.object));
  return releaseFromGit(lastDeployment, from, images, source.file);
}

/** `to`'s file with the images written in, and the images it sets. */
function editSource(
  source: EnvironmentSource,
  text: string,
  moves: readonly ImageMove[],
  settings: Settings,
  toLoaded: LoadedManifests,
): { text: string; moves: readonly ImageMove[] } {
  switch (source.kind) {
    case 'app': {
      const appImage = settings.image || toLoaded.app?.spec.image;
      const name = appImage ? splitImage(appImage).name : undefined;
      const move = moves.find((candidate) => candidate.name === name) ?? moves[0];
      if (!move) return { text, moves: [] };
      return { text: editAppOverlay(source.file, text, move.promoted), moves: [move] };
    }
    case 'kustomize':
      return { text: editKustomizationImages(source.file, text, moves), moves };
    case 'helm': {
      const key = settings.promotion.valuesKey;
      if (!key)
        throw new UserError(
          `promote, Helm chart: set promote-values-key to the key of ${source.file} that holds the image (e.g. image or image.tag)`,
        );
      const edited = editHelmValues(source.file, text, key, moves);
      return { text: edited.text, moves: [edited.move] };
    }
  }
}

/**
 * The plan of `to` as the pull request would leave it, when there are credentials for `to`: planned
 * from a copy of the checkout with the edit in it. A plan that cannot be made is a note, not a failure:
 * the pull request's own plan comment follows.
 */
async function planWithEdit(
  toSettings: Settings,
  app: string,
  file: string,
  text: string,
  run: RunContext,
  runtime: Runtime,
): Promise<{ markdown: string } | { note: string }> {
  const to = toSettings.environment;
  if (!runtime.connect(toSettings, app))
    return { note: `No credentials for ${to} in this step: the plan comes as this pull request's comment.` };
  const copy = await mkdtemp(path.join(tmpdir(), 'kubesync-promote-'));
  try {
    await cp(toSettings.workspace, copy, {
      recursive: true,
      filter: (source) => path.basename(source) !== '.git',
    });
    await writeFile(path.join(copy, file), text);
    const provenance = { commit: run.sha, run: run.runUrl, ref: toSettings.revision.ref ?? '' };
    const result = await runtime.log.group(`plan of ${to}`, () =>
      runPlan({ ...toSettings, workspace: copy }, provenance, runtime),
    );
    const comment = renderPlanComment(planCommentOf(toSettings, run, result), runtime.secrets);
    // The first line is the marker that finds a plan comment; this is not one.
    return { markdown: comment.slice(comment.indexOf('\n') + 1) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { note: `The plan of ${to} could not be made: ${error.message}` };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
