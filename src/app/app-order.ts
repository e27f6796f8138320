import { hasFailed, type AppOutcome } from './app-outcome.js';
import type { AppOfMany } from './apps/app-list.js';

/**
 * The apps in the order `needs` gives, as the summary shows it: each step's apps run at once, and a
 * step starts when the apps it needs are done, e.g. "db, operators → api → web". Undefined when no app
 * of the step needs another. Needs naming an app this step does not run (another environment,
 * changed-only) are not waited for.
 */
export function needsOrder(apps: readonly AppOfMany[]): string | undefined {
  const labels = new Set(apps.map((app) => app.label));
  const needsOf = (app: AppOfMany) => app.needs.filter((need) => labels.has(need));
  if (!apps.some((app) => needsOf(app).length > 0)) return undefined;
  const depth = new Map<string, number>();
  const byLabel = new Map(apps.map((app) => [app.label, app]));
  // kubesync.yaml has no cycles (app-config refuses them), so this ends.
  const depthOf = (app: AppOfMany): number => {
    const known = depth.get(app.label);
    if (known !== undefined) return known;
    const needs = needsOf(app).flatMap((need) => byLabel.get(need) ?? []);
    const value = needs.length === 0 ? 0 : 1 + Math.max(...needs.map(depthOf));
    depth.set(app.label, value);
    return value;
  };
  const steps: string[][] = [];
  for (const app of apps) (steps[depthOf(app)] ??= []).push(app.label);
  return steps.map((step) => step.join(', ')).join(' → ');
}

/**
 * Starts every app once the apps it needs are done: with `waitForNeeds` (apply), an app whose need
 * failed, was refused, is not ready, or was itself skipped for one of these, is skipped, and the reason
 * names the app that failed; without it (plan: plans do not depend on each other), every app starts at
 * once. Apps that need nothing start at once; `start` limits how many run together. One promise per
 * app, in the apps' order.
 */
export function runInNeedsOrder<T extends { readonly outcome: AppOutcome }>(
  apps: readonly AppOfMany[],
  waitForNeeds: boolean,
  start: (app: AppOfMany) => Promise<T>,
  skip: (app: AppOfMany, reason: string) => T,
): Promise<T>[] {
  if (!waitForNeeds) return apps.map(start);
  const byLabel = new Map(apps.map((app) => [app.label, app]));
  const runs = new Map<string, Promise<T>>();
  /** Why an app was skipped for its needs, by its label: its dependents are skipped for the same. */
  const skippedFor = new Map<string, string>();
  const runOf = (app: AppOfMany): Promise<T> => {
    const known = runs.get(app.label);
    if (known) return known;
    const needs = app.needs.flatMap((need) => byLabel.get(need) ?? []);
    const run = Promise.all(needs.map(runOf)).then((done) => {
      for (const [at, { outcome }] of done.entries()) {
        const need = needs[at]?.label ?? '';
        const reason =
          skippedFor.get(need) ?? (hasFailed(outcome) ? `because ${need} failed` : notReady(need, outcome));
        if (reason) {
          skippedFor.set(app.label, reason);
          return skip(app, reason);
        }
      }
      return start(app);
    });
    runs.set(app.label, run);
    return run;
  };
  return apps.map(runOf);
}

/** An apply that did not fail yet left its app short of Synced: a canary waiting for its decision. */
function notReady(need: string, outcome: AppOutcome): string | undefined {
  if (outcome.kind !== 'applied') return undefined;
  const { waiting, syncStatus, dryRun } = outcome.result;
  if (waiting) return `because ${need} is not ready (${waiting})`;
  if (syncStatus !== 'Synced' && !dryRun) return `because ${need} is not ready (${syncStatus})`;
  return undefined;
}
