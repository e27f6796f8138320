import pLimit from 'p-limit';
import type { AppOutcome } from './app-outcome.js';
import type { AppOfMany, AppSelection } from './apps/app-list.js';
import { needsOrder, runInNeedsOrder } from './app-order.js';
import { changedFiles, isAppChanged } from './apps/changed-apps.js';
import { BufferedLog } from './buffered-log.js';
import type { Runtime } from './commands/runtime.js';
import { targetOfEvent, type Git } from './events/event-target.js';
import type { RunContext } from './events/github-event.js';
import { commandForEvent, releaseTagOf } from './events/trigger.js';
import { readProvenance } from './provenance.js';
import { messageOf, runApp } from './run-app.js';
import type { RunCancellation } from '../model/cancel.js';
import { UserError } from '../model/errors.js';
import { plural } from '../model/plural.js';
import type { Provenance } from '../model/provenance.js';
import type { ResolvedCommand, Settings } from '../settings/inputs.js';
import { parseSettings } from '../settings/parse-settings.js';

/** What a workflow run gives the apps: its workspace, environment and event. */
export interface RunEnvironment {
  readonly workspace: string;
  readonly eventName: string | undefined;
  readonly env: NodeJS.ProcessEnv;
}

export interface AppsContext {
  readonly environment: RunEnvironment;
  readonly event: RunContext;
  readonly runtime: Runtime;
  readonly cancellation: RunCancellation;
  readonly git: Git;
}

/** What the step's apps came to, in the order they were listed, the skipped ones last. */
export interface AppsRun {
  readonly command: ResolvedCommand;
  /** One app named by `manifest`, reported as that app alone; else a list, reported as a table. */
  readonly single: boolean;
  readonly outcomes: readonly AppOutcome[];
  /** What the step decided about all of them (changed-only). */
  readonly notes: readonly string[];
}

/**
 * Every app of the step, 1..N, each through runApp with its own settings, lock, ApplySet, comment,
 * status and Deployment, `app-concurrency` at a time. One app's failure is its own outcome; the
 * others still plan and apply, but an apply skips the apps that `needs` the failed one. With several apps each app's log is printed, in a group, when it is
 * done, so apps running at once never mix their lines.
 */
export async function runApps(
  selection: AppSelection,
  step: Settings,
  context: AppsContext,
): Promise<AppsRun> {
  const { environment, event, runtime } = context;
  const command = commandForEvent(step.command, environment.eventName, event.dispatch?.type);
  if (selection.kind === 'one') {
    const outcome = await runOneApp(step, undefined, command, runtime, context);
    logThrottling(runtime);
    return { command, single: true, outcomes: [outcome], notes: [] };
  }
  if (command === 'rbac')
    throw new UserError('rbac prints the roles of one app; give `manifest` the path of that one app');
  const { apps, skipped, notes } = await changedOnly(selection, step, context);
  const order = needsOrder(apps);
  if (order) notes.push(`order: ${order}`);
  for (const note of notes) runtime.log.info(note);
  const limit = pLimit(step.apps.concurrency);
  // An app waits for its needs outside the limit, so waiting never holds a place another app could run in.
  const runs = runInNeedsOrder(
    apps,
    command === 'apply',
    (app) => limit(() => runAppOfMany(app, command, context)),
    (app, reason) => {
      const log = new BufferedLog();
      log.info(`skipped ${reason}`);
      return { outcome: { kind: 'skipped', label: app.label, reason }, log };
    },
  );
  // Printed in order as each is done, so a slow first app holds the others' logs back, never mixes them.
  const outcomes: AppOutcome[] = [];
  for (const pending of runs) {
    const { outcome, log } = await pending;
    await runtime.log.group(`${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}`, () =>
      Promise.resolve(log.replay(runtime.log)),
    );
    outcomes.push(outcome);
  }
  logThrottling(runtime);
  return { command, single: false, outcomes: [...outcomes, ...skipped], notes };
}

/** Once, at the end: each API server that asked the run to slow down, so that someone can tune it. */
function logThrottling(runtime: Runtime): void {
  for (const { server, times, lowestLimit } of runtime.throttling?.() ?? []) {
    runtime.log.info(
      `the API server ${server} asked kubesync to slow down ${plural(times, 'time')} (429); kubesync retried after its Retry-After and sent fewer requests at once (down to ${lowestLimit}); a lower input "concurrency" asks less of it`,
    );
  }
}

async function runAppOfMany(
  app: AppOfMany,
  command: ResolvedCommand,
  context: AppsContext,
): Promise<{ outcome: AppOutcome; log: BufferedLog }> {
  const log = new BufferedLog();
  const { environment, runtime } = context;
  // Its own log comes when it is done; this line shows it started, should it never finish.
  runtime.log.info(`${app.label}: started`);
  const appRuntime: Runtime = {
    ...runtime,
    log,
    connect: app.withoutCredentials ? () => undefined : runtime.connect,
  };
  let settings: Settings;
  try {
    settings = { ...parseSettings(app.inputs, environment), oneOfMany: true };
  } catch (error) {
    const message = messageOf(error);
    log.warning(message);
    return { outcome: { kind: 'failed', label: app.label, message }, log };
  }
  const outcome = await runOneApp(settings, app.label, command, appRuntime, context);
  if (outcome.kind === 'failed') log.warning(outcome.message);
  return { outcome, log };
}

/** One app's settings, for the commit the event names (or skipped: the event is another step's). */
async function runOneApp(
  parsed: Settings,
  label: string | undefined,
  command: ResolvedCommand,
  runtime: Runtime,
  context: AppsContext,
): Promise<AppOutcome> {
  const settings = withReleaseTag(parsed, context.environment.env);
  runtime.secrets.register(settings.secrets.doppler.token);
  const appLabel = label ?? (settings.app || settings.manifest);
  let target;
  try {
    target = await targetOfEvent(context.event, settings, context.git);
  } catch (error) {
    return { kind: 'failed', label: appLabel, environment: settings.environment, message: messageOf(error) };
  }
  if (target.kind === 'skip') return { kind: 'skipped', label: appLabel, reason: target.reason };
  return runApp(command, target.settings, runtime, {
    run: target.run,
    provenance: (run) => provenanceOf(run, context.environment),
    cancellation: context.cancellation,
  });
}

/** changed-only: the apps of which a file changed run; the others are skipped, and the note says why. */
async function changedOnly(
  selection: Extract<AppSelection, { kind: 'many' }>,
  step: Settings,
  context: AppsContext,
): Promise<{ apps: readonly AppOfMany[]; skipped: AppOutcome[]; notes: string[] }> {
  const skipped: AppOutcome[] = selection.skipped.map(({ label, reason }) => ({
    kind: 'skipped',
    label,
    reason,
  }));
  if (!step.apps.changedOnly) return { apps: selection.apps, skipped, notes: [] };
  const changed = await changedFiles(context.event.changes, context.git);
  if (!changed.known)
    return { apps: selection.apps, skipped, notes: [`changed-only: ${changed.why}; every app runs`] };
  const apps = selection.apps.filter((app) => isAppChanged(app, changed.files));
  for (const app of selection.apps.filter((app) => !isAppChanged(app, changed.files)))
    skipped.push({ kind: 'skipped', label: app.label, reason: 'no file of it changed' });
  const note = `changed-only: ${plural(apps.length, 'app')} changed, ${selection.apps.length - apps.length} skipped (${plural(changed.files.length, 'file')} changed)`;
  return { apps, skipped, notes: [note] };
}

/** A release deploy (push of a tag) runs the image tagged like the release, unless told otherwise. */
function withReleaseTag(settings: Settings, env: NodeJS.ProcessEnv): Settings {
  return { ...settings, imageTag: settings.imageTag || (releaseTagOf(env.GITHUB_REF) ?? '') };
}

/** The commit deployed is the one the event names (a dispatch's ref), which the checkout holds. */
function provenanceOf(run: RunContext, environment: RunEnvironment): Promise<Provenance> {
  return readProvenance(
    run.dispatch ? { ...environment.env, GITHUB_SHA: run.sha } : environment.env,
    environment.workspace,
  );
}
