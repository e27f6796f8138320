import type { ClusterClient } from '../cluster/client.js';
import { describeApiError } from '../cluster/describe-error.js';
import type { HookPhase } from '../manifests/hook-annotations.js';
import { apiVersionOf, describeObject, kindOf, labelOf, metadataOf, namespaceOf } from '../model/resource.js';
import type { Log } from '../model/log.js';
import { refOf } from '../model/object.js';
import type { PlannedHook } from '../plan/planned-hook.js';
import { HOOK_ID_LABEL, HOOK_OF_LABEL, hookIdOf } from '../manifests/hook-labels.js';
import { deleteAndWaitUntilGone } from './replace.js';
import type { FailureReport } from '../model/failure-report.js';
import { explainWaitProblems } from './explain-failures.js';
import { describeWaitProblems, waitUntilReady } from './wait.js';

export interface HookRunOptions {
  readonly timeoutMs: number;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
  readonly log: Log;
  readonly status?: (line: string) => void;
  /** Where the report of a hook that failed goes; without it, the problem line alone says why. */
  readonly failures?: FailureReport[];
}

export interface HookPhaseOutcome {
  /** `Job shop/migrate-x7k2q: complete`, one line per hook that ran. */
  readonly ran: string[];
  readonly problems: string[];
}

/** The hooks of one phase, wave by wave (lowest first). */
export function hooksInPhase(hooks: readonly PlannedHook[], phase: HookPhase): PlannedHook[][] {
  const inPhase = hooks.filter((hook) => hook.spec.phases.includes(phase));
  const waves = [...new Set(inPhase.map((hook) => hook.spec.wave))].sort((a, b) => a - b);
  return waves.map((wave) => inPhase.filter((hook) => hook.spec.wave === wave));
}

/**
 * Runs hooks as Argo CD does: the previous object of each is deleted first (BeforeHookCreation), it is
 * created (POST: a generateName gets its name from the server), and waited for until it completes;
 * then HookSucceeded or HookFailed delete it. The hooks of one call run side by side.
 */
export async function runHooks(
  client: ClusterClient,
  hooks: readonly PlannedHook[],
  options: HookRunOptions,
): Promise<HookPhaseOutcome> {
  const outcomes = await Promise.all(
    hooks.map((hook) =>
      // Whatever goes wrong with one hook is that hook's failure: SyncFail and rollback still follow.
      runHook(client, hook, options).catch((error: unknown) => ({
        ran: [],
        problems: [describeApiError(error, hook.subject, hook.origin).message],
      })),
    ),
  );
  return {
    ran: outcomes.flatMap((outcome) => outcome.ran),
    problems: outcomes.flatMap((outcome) => outcome.problems),
  };
}

async function runHook(
  client: ClusterClient,
  hook: PlannedHook,
  options: HookRunOptions,
): Promise<HookPhaseOutcome> {
  const policies = hook.spec.deletePolicies;
  let created;
  try {
    if (policies.includes('BeforeHookCreation')) await deletePrevious(client, hook, options);
    created = await client.create(hook.object);
  } catch (error) {
    return { ran: [], problems: [describeApiError(error, hook.subject, hook.origin).message] };
  }
  const ref = refOf(created);
  const generation = metadataOf(created).generation;
  const subject = describeObject(created);
  options.log.info(`${subject}: hook created`);
  const waited = await waitUntilReady(
    client,
    [{ ...ref, applied: created, generation: typeof generation === 'number' ? generation : undefined }],
    {
      timeoutMs: options.timeoutMs,
      pollMs: options.pollMs,
      signal: options.signal,
      log: options.log.info,
      status: options.status,
    },
  );
  const explained = options.failures
    ? await explainWaitProblems({ client, reports: options.failures }, waited)
    : describeWaitProblems(waited);
  const problems = explained.map((problem) => `hook ${problem}`);
  const deleteNow = waited.ok ? policies.includes('HookSucceeded') : policies.includes('HookFailed');
  if (deleteNow) {
    try {
      await client.delete(ref, 'Background');
      options.log.info(`${subject}: hook deleted (${waited.ok ? 'HookSucceeded' : 'HookFailed'})`);
    } catch (error) {
      problems.push(describeApiError(error, subject).message);
    }
  }
  return { ran: [`${subject}: ${waited.ok ? 'complete' : 'failed'}`], problems };
}

/**
 * The objects an earlier run of this app created for this hook: found by its hook labels (a
 * generateName names each run's object differently), and by name, which a create would collide with.
 * Only this app's hooks are ever deleted: an object of the same name that is not one is an error.
 */
async function deletePrevious(client: ClusterClient, hook: PlannedHook, options: HookRunOptions) {
  const apiVersion = apiVersionOf(hook.object) ?? '';
  const kind = kindOf(hook.object) ?? '';
  const namespace = namespaceOf(hook.object);
  const id = hookIdOf(hook.object);
  const owner = labelOf(hook.object, HOOK_OF_LABEL);
  const labelled =
    id && owner
      ? await client.list(apiVersion, kind, {
          ...(namespace ? { namespace } : {}),
          labelSelector: `${HOOK_ID_LABEL}=${id},${HOOK_OF_LABEL}=${owner}`,
        })
      : [];
  const name = metadataOf(hook.object).name;
  const named = typeof name === 'string' && name ? await client.get(refOf(hook.object)) : undefined;
  if (named && (!owner || labelOf(named, HOOK_OF_LABEL) !== owner)) {
    throw new Error(
      `${hook.subject} exists and is not a hook of this app (no ${HOOK_OF_LABEL}: ${owner ?? ''} label); kubesync deletes only its own hooks: rename the hook or remove that object`,
    );
  }
  const previous = new Map(
    [...labelled, ...(named ? [named] : [])].map((object) => [String(metadataOf(object).uid), object]),
  );
  for (const object of previous.values()) {
    const ref = { ...refOf(object), apiVersion };
    await deleteAndWaitUntilGone(client, ref, metadataOf(object).uid, options);
    options.log.info(`${hook.subject}: previous hook ${ref.name} deleted (BeforeHookCreation)`);
  }
}
