import type { Runtime } from './commands/runtime.js';
import type { RunContext } from './events/github-event.js';
import { isGitHubUnavailable } from '../github/github-unavailable.js';
import { evaluateWindows, formatOpening, windowsOf } from '../model/deploy-windows.js';
import type { Settings } from '../settings/inputs.js';

/** The label on a merged pull request that lets its apply through outside the deploy windows. */
export const OVERRIDE_WINDOW_LABEL = 'kubesync/override-window';
/** The workflow_dispatch input that does the same for a run started by hand. */
export const OVERRIDE_WINDOW_INPUT = 'override-window';

export type WindowGate =
  | { readonly kind: 'open' }
  /** Outside the windows, let through by a person: who, and how. */
  | { readonly kind: 'overridden'; readonly by: string }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Whether an apply of the app may run now, under the workflow's deploy-windows: outside them only with
 * an override, which names the person. The clock is the runtime's, so tests fix it.
 */
export async function deployWindowGate(
  settings: Settings,
  run: RunContext,
  runtime: Runtime,
): Promise<WindowGate> {
  const closed = windowsClosed(settings, runtime);
  if (!closed) return { kind: 'open' };
  const by = await overrideOf(run, runtime);
  return by ? { kind: 'overridden', by } : { kind: 'refused', message: `apply refused: ${closed}` };
}

/** Why the environment's windows are closed now, with the next opening; undefined while they are open. */
export function windowsClosed(settings: Settings, runtime: Runtime): string | undefined {
  const windows = windowsOf(settings.deployment.windows, settings.environment);
  const verdict = evaluateWindows(windows, runtime.now?.() ?? new Date());
  if (verdict.allowed) return undefined;
  const target = settings.environment ? `environment ${settings.environment}` : 'this app';
  const zone = windows[0]?.timeZone ?? 'UTC';
  const next = verdict.nextOpening
    ? `the next opening is ${formatOpening(verdict.nextOpening, zone)}`
    : 'no window opens within a year';
  return `${target} is outside its deploy windows (${verdict.reason}); ${next}. To deploy now, label the merged pull request ${OVERRIDE_WINDOW_LABEL}, or run the workflow by hand with the input ${OVERRIDE_WINDOW_INPUT}: true`;
}

/** Who let the apply through: the dispatch's sender, or the merger of a pull request carrying the label. */
async function overrideOf(run: RunContext, runtime: Runtime): Promise<string | undefined> {
  const who = run.sender ? `@${run.sender}` : 'an unnamed user';
  if (run.eventName === 'workflow_dispatch') {
    const value = run.workflowInputs?.[OVERRIDE_WINDOW_INPUT];
    return value === true || value === 'true'
      ? `${who} (workflow_dispatch input ${OVERRIDE_WINDOW_INPUT})`
      : undefined;
  }
  const github = run.repository ? runtime.github?.records : undefined;
  if (run.eventName !== 'push' || !github) return undefined;
  try {
    const pull = (await github.pullRequestsOf(run.sha)).find(
      (candidate) => candidate.mergedAs === run.sha && candidate.labels.includes(OVERRIDE_WINDOW_LABEL),
    );
    return pull ? `${who} (label ${OVERRIDE_WINDOW_LABEL} on pull request #${pull.number})` : undefined;
  } catch (error) {
    if (!isGitHubUnavailable(error)) throw error;
    runtime.log.warning(
      `${error.problem}: the merged pull request's labels could not be read, so no ${OVERRIDE_WINDOW_LABEL} was found; ${error.check}`,
    );
    return undefined;
  }
}
