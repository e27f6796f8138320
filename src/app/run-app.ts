import type { Runtime } from './commands/runtime.js';
import { validateManifests } from './commands/validate.js';
import type { AppContext } from './app-context.js';
import type { AppOutcome } from './app-outcome.js';
import { deployWindowGate, windowsClosed } from './deploy-window-gate.js';
import { readableStack } from './stack-trace.js';
import { isGitHubUnavailable } from '../github/github-unavailable.js';
import { isUserError } from '../model/errors.js';
import type { ResolvedCommand, Settings } from '../settings/inputs.js';

/**
 * The one switch over commands: runs one app and records it (the plan's comment and status, the
 * apply's statuses and Deployment), and says what it came to. A failure is an outcome too, so that
 * one app's failure never stops the others.
 */
export async function runApp(
  command: ResolvedCommand,
  settings: Settings,
  runtime: Runtime,
  context: AppContext,
): Promise<AppOutcome> {
  const label = settings.app || settings.manifest;
  const { environment } = settings;
  try {
    switch (command) {
      case 'validate': {
        const validation = await validateManifests(settings, runtime.secrets, { offline: true });
        return { kind: 'validated', label, environment, settings, validation };
      }
      case 'render': {
        const { renderManifests } = await import('./commands/render.js');
        const result = await renderManifests(settings, runtime.secrets);
        return { kind: 'rendered', label, environment, settings, result };
      }
      case 'rbac': {
        const { runRbac } = await import('./commands/rbac.js');
        const result = await runRbac(settings, runtime.secrets);
        return { kind: 'rbac', label, environment, settings, result };
      }
      case 'promote': {
        const { runPromote } = await import('./promote-app.js');
        const result = await runPromote(settings, context.run, runtime);
        return { kind: 'promoted', label: result.app, environment: result.to, result };
      }
      case 'plan': {
        const [{ planAndRecord, shouldSelfHeal, healing }, { applyAndRecord }] = await Promise.all([
          import('./plan-app.js'),
          import('./apply-app.js'),
        ]);
        const provenance = await context.provenance(context.run);
        const { result, driftIssue } = await planAndRecord(settings, context.run, provenance, runtime);
        const closed = windowsClosed(settings, runtime);
        const refusal = closed && `an apply now would be refused: ${closed}`;
        if (refusal) runtime.log.warning(refusal);
        if (refusal || !shouldSelfHeal(settings, context.run, result))
          return { kind: 'planned', label: result.app, environment, settings, result, refusal, driftIssue };
        runtime.log.info('self-heal: the cluster drifted from this commit; applying it');
        const healed = await context.cancellation.withCleanup(() =>
          applyAndRecord(healing(settings), provenance, runtime, context, undefined, { healing: true }),
        );
        // A heal that failed leaves the drift issue the plan opened: the fleet view links it still.
        const recorded = { ...healed.recorded, driftIssue: healed.recorded.driftIssue ?? driftIssue };
        return { ...healed, recorded, healed: result };
      }
      case 'apply': {
        const gate = await deployWindowGate(settings, context.run, runtime);
        if (gate.kind === 'refused') return { kind: 'failed', label, environment, message: gate.message };
        const windowOverride = gate.kind === 'overridden' ? gate.by : undefined;
        if (windowOverride)
          runtime.log.warning(`outside the deploy windows: let through by ${windowOverride}`);
        const { applyAndRecord } = await import('./apply-app.js');
        const provenance = await context.provenance(context.run);
        const applied = await context.cancellation.withCleanup(() =>
          applyAndRecord(settings, provenance, runtime, context, windowOverride),
        );
        return windowOverride ? { ...applied, windowOverride } : applied;
      }
    }
  } catch (error) {
    return { kind: 'failed', label, environment, message: messageOf(error) };
  }
}

/** A person can act on these messages; a stack trace is for kubesync's bugs only. */
export function messageOf(error: unknown): string {
  return isUserError(error) || isGitHubUnavailable(error) ? error.message : readableStack(error);
}
