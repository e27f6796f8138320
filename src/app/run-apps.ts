import * as core from '@actions/core';
import pLimit from 'p-limit';
import {
  applyAndRecord,
  applyNotes,
  healing,
  messageOf,
  planAndRecord,
  provenanceOf,
  shouldSelfHeal,
  withReleaseTag,
} from './run-app.js';
import type { AppOfMany, AppSelection } from './apps/app-list.js';
import { changedFiles, isAppChanged } from './apps/changed-apps.js';
import type { RunCancellation } from '../model/cancel.js';
import type { Runtime } from './commands/runtime.js';
import { validateManifests } from './commands/validate.js';
import { UserError } from '../model/errors.js';
import { targetOfEvent, type Git } from './events/event-target.js';
import type { RunContext } from './events/github-event.js';
import type { ResolvedCommand, Settings } from '../settings/inputs.js';
import type { ActionEnvironment } from '../action/run-action.js';
import { plural } from '../model/plural.js';
import type { ActionReport } from '../action/action-report.js';
import { appsDiff, appsOutputs, appsSummary, hasFailed, type AppOutcome } from '../report/apps-summary.js';
import { BufferedLog } from './buffered-log.js';
import { parseSettings } from '../settings/parse-settings.js';
import { commandForEvent } from './events/trigger.js';

type ManyApps = Extract<AppSelection, { kind: 'many' }>;

export interface ManyAppsContext {
  readonly environment: ActionEnvironment;
  readonly event: RunContext;
  readonly runtime: Runtime;
  readonly report: ActionReport;
  readonly cancellation: RunCancellation;
  readonly git: Git;
}

/**
 * Every app of a manifest list or kubesync.yaml in one step: each with its own settings, lock, ApplySet,
 * comment, status and Deployment, `app-concurrency` at a time. One app's failure is its own row in the
 * summary; the others still plan and apply. Each app's log is printed, in a group, when it is done.
 */
export async function runManyApps(
  selection: ManyApps,
  step: Settings,
  context: ManyAppsContext,
): Promise<void> {
  const { environment, event, report } = context;
  const command = commandForEvent(step.command, environment.eventName, event.dispatch?.type);
  if (command === 'rbac')
    throw new UserError('rbac prints the roles of one app; give `manifest` the path of that one app');
  const notes: string[] = [];
  const skipped: AppOutcome[] = selection.skipped.map(({ label, reason }) => ({
    kind: 'skipped',
    label,
    reason,
  }));
  let apps = selection.apps;
  if (step.apps.changedOnly) {
    const changed = await changedFiles(event.changes, context.git);
    if (changed.known) {
      const unchanged = apps.filter((app) => !isAppChanged(app, changed.files));
      apps = apps.filter((app) => isAppChanged(app, changed.files));
      for (const app of unchanged)
        skipped.push({ kind: 'skipped', label: app.label, reason: 'no file of it changed' });
      notes.push(
        `changed-only: ${plural(apps.length, 'app')} changed, ${unchanged.length} skipped (${plural(changed.files.length, 'file')} changed)`,
      );
    } else {
      notes.push(`changed-only: ${changed.why}; every app runs`);
    }
  }
  for (const note of notes) core.info(note);
  const limit = pLimit(step.apps.concurrency);
  const runs = apps.map((app) => limit(() => runApp(app, command, context)));
  // Printed in order as each is done, so a slow first app holds the others' logs back, never mixes them.
  const outcomes: AppOutcome[] = [];
  for (const pending of runs) {
    const { outcome, log } = await pending;
    await core.group(`${outcome.label}${outcome.environment ? ` (${outcome.environment})` : ''}`, () =>
      Promise.resolve(log.replay(core)),
    );
    if (outcome.kind !== 'skipped' && 'validation' in outcome && outcome.validation)
      report.annotate(outcome.validation);
    outcomes.push(outcome);
  }
  const all = [...outcomes, ...skipped];
  for (const [name, value] of Object.entries(appsOutputs(all))) report.output(name, value);
  const diff = appsDiff(all);
  if (diff) report.output('diff-file', report.diffFile('apps', diff));
  await report.summary(appsSummary(command, all, notes, context.runtime.secrets));
  const failed = all.filter(hasFailed);
  if (failed.length > 0)
    core.setFailed(
      `${plural(failed.length, 'app')} of ${all.length} failed: ${failed.map((outcome) => outcome.label).join(', ')}; see the summary`,
    );
}

async function runApp(
  app: AppOfMany,
  command: ResolvedCommand,
  context: ManyAppsContext,
): Promise<{ outcome: AppOutcome; log: BufferedLog }> {
  const log = new BufferedLog();
  const { environment, runtime } = context;
  // Its own log comes when it is done; this line shows it started, should it never finish.
  core.info(`${app.label}: started`);
  const appRuntime: Runtime = {
    ...runtime,
    log,
    connect: app.withoutCredentials ? () => undefined : runtime.connect,
  };
  let settings: Settings | undefined;
  try {
    const parsed = parseSettings(app.inputs, { workspace: environment.workspace, env: environment.env });
    settings = { ...withReleaseTag(parsed, environment.env), oneOfMany: true };
    runtime.secrets.register(settings.secrets.doppler.token);
    const target = await targetOfEvent(context.event, settings, context.git);
    if (target.kind === 'skip')
      return { outcome: { kind: 'skipped', label: app.label, reason: target.reason }, log };
    return { outcome: await runCommand(command, target.settings, target.run, appRuntime, context), log };
  } catch (error) {
    const message = messageOf(error);
    log.warning(message);
    return {
      outcome: { kind: 'failed', label: app.label, environment: settings?.environment, message },
      log,
    };
  }
}

async function runCommand(
  command: ResolvedCommand,
  settings: Settings,
  run: RunContext,
  runtime: Runtime,
  context: ManyAppsContext,
): Promise<AppOutcome> {
  const label = settings.app || settings.manifest;
  const { environment } = settings;
  if (command === 'validate' || command === 'render') {
    const validation = await validateManifests(settings, runtime.secrets, { offline: true });
    return { kind: 'validated', label, environment, settings, validation };
  }
  if (command === 'promote') {
    const { runPromote } = await import('./commands/promote.js');
    const result = await runPromote(settings, run, runtime);
    return { kind: 'promoted', label: result.app, environment: result.to, result };
  }
  const provenance = await provenanceOf(run, context.environment);
  const apply = async (applied: Settings) => {
    const recorded = await context.cancellation.withCleanup(() =>
      applyAndRecord(applied, run, provenance, runtime, context.cancellation.signal),
    );
    return {
      kind: 'applied',
      label: recorded.result.app,
      environment,
      settings: applied,
      result: recorded.result,
      validation: recorded.result.validation,
      notes: applyNotes(recorded),
      deploymentId: recorded.deploymentId,
      environmentUrl: recorded.environmentUrl,
    } as const;
  };
  if (command === 'apply') return apply(settings);
  const result = await planAndRecord(settings, run, provenance, runtime);
  if (shouldSelfHeal(settings, run, result)) {
    runtime.log.info('self-heal: the cluster drifted from this commit; applying it');
    return apply(healing(settings));
  }
  return {
    kind: 'planned',
    label: result.app,
    environment,
    settings,
    result,
    validation: result.validation,
    notes: result.unknownReason ? [`status Unknown: ${result.unknownReason}`] : [],
  };
}
