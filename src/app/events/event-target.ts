import { UserError } from '../../model/errors.js';
import type { RunContext } from './github-event.js';
import type { Settings } from '../../settings/inputs.js';
import { imageOverrides } from '../../settings/value-schemas.js';
import type { DispatchPayload } from './dispatch-payload.js';
import { DISPATCH_COMMANDS } from './dispatch-commands.js';
import { parseDispatchPayload } from './dispatch-payload.js';

/** What an event asks of this step: run with these settings on this commit, or leave it to another step. */
export type EventTarget =
  | { readonly kind: 'run'; readonly settings: Settings; readonly run: RunContext }
  | { readonly kind: 'skip'; readonly reason: string };

/** Runs git in the checkout; undefined when it fails. */
export type Git = (...args: string[]) => Promise<string | undefined>;

/**
 * The app, environment and commit a `repository_dispatch` or `deployment` event names. A step set up
 * for another app or environment leaves the event to the step that is (one workflow, many apps). A
 * webhook never chooses a manifest path or credentials, and its commit must be the one checked out.
 */
export async function targetOfEvent(run: RunContext, settings: Settings, git: Git): Promise<EventTarget> {
  if (run.dispatch && DISPATCH_COMMANDS[run.dispatch.type]) {
    const payload = parseDispatchPayload(run.dispatch.payload);
    const chosen = choose(settings, payload.app, payload.environment, 'client_payload');
    if (chosen.kind === 'skip') return chosen;
    const sha = payload.ref ? await checkedOut(payload, git) : run.sha;
    const images = payload.images ? withPayloadImages(chosen.settings.images, payload.images) : undefined;
    return {
      kind: 'run',
      settings: { ...chosen.settings, ...(images ? { images } : {}) },
      run: { ...run, sha },
    };
  }
  if (run.deployment) {
    const { app, environment } = run.deployment;
    const chosen = choose(settings, app, environment || undefined, 'the GitHub Deployment');
    return chosen.kind === 'skip' ? chosen : { kind: 'run', settings: chosen.settings, run };
  }
  return { kind: 'run', settings, run };
}

/**
 * An event selects a step by the app and environment it names; it never sets them. Taking a name from a
 * payload would let a webhook apply (and prune) one app's manifests under another app's ApplySet, or
 * an overlay with another environment's credentials.
 */
function choose(
  settings: Settings,
  app: string | undefined,
  environment: string | undefined,
  source: string,
): { kind: 'run'; settings: Settings } | { kind: 'skip'; reason: string } {
  for (const [what, named, own] of [
    ['app', app, settings.app],
    ['environment', environment, settings.environment],
  ] as const) {
    if (!named || named === own) continue;
    const step = own ? `this step deploys ${own}` : `this step sets no ${what} input to match it`;
    return { kind: 'skip', reason: `${source} names ${what} ${named}; ${step}` };
  }
  return { kind: 'run', settings };
}

/**
 * The step's `images` with the payload's on top: an entry for the same image replaces the step's (a
 * registry webhook deploying the tag it just pushed over the step's `images: ghcr.io/acme/web`).
 */
function withPayloadImages(step: Settings['images'], payload: readonly string[]): Settings['images'] {
  const parsed = imageOverrides.safeParse(payload.join('\n'));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new UserError(`repository_dispatch client_payload.images: ${problems}. Nothing was applied`);
  }
  const names = new Set(parsed.data.map((override) => override.name));
  return [...step.filter((override) => !names.has(override.name)), ...parsed.data];
}

/** The commit `ref` names, which must be the one the workflow checked out: kubesync deploys the checkout. */
async function checkedOut(payload: DispatchPayload, git: Git): Promise<string> {
  const ref = payload.ref ?? '';
  const [wanted, head] = await Promise.all([
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`),
    git('rev-parse', 'HEAD'),
  ]);
  if (!wanted) {
    throw new UserError(
      `repository_dispatch client_payload.ref ${ref} is no commit or tag of the checkout; fetch it (actions/checkout with fetch-depth: 0) or send a commit sha. Nothing was applied`,
    );
  }
  if (wanted !== head) {
    throw new UserError(
      `repository_dispatch client_payload.ref ${ref} is ${wanted.slice(0, 7)}, but the checkout is at ${(head ?? 'unknown').slice(0, 7)}; check it out first (actions/checkout with ref: \${{ github.event.client_payload.ref }}). Nothing was applied`,
    );
  }
  return wanted;
}
