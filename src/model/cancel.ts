import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from './errors.js';

/** The run was cancelled (the runner's SIGINT/SIGTERM, or Ctrl-C): a reason to stop, not a bug. */
export class CancelledError extends UserError {
  constructor(readonly signalName: string) {
    super(`cancelled (${signalName})`);
  }
}

/** Why the run must stop, or undefined while it may go on. */
export function cancellation(signal: AbortSignal | undefined): CancelledError | undefined {
  if (!signal?.aborted) return undefined;
  return signal.reason instanceof CancelledError ? signal.reason : new CancelledError(String(signal.reason));
}

/** Waits `ms`, or less when the run is cancelled meanwhile; never throws. */
export async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  await sleep(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}

/** How a run learns it was cancelled, and keeps the process alive for work that must clean up. */
export interface RunCancellation {
  /** Aborted on the first SIGINT or SIGTERM while work that cleans up is under way. */
  readonly signal: AbortSignal;
  /** Runs `work` so that a cancellation lets it finish cleaning up instead of ending the process. */
  readonly withCleanup: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Turns SIGINT and SIGTERM (a cancelled workflow: the runner sends them before SIGKILL) into an
 * aborted signal, so an apply stops starting work and cleans up: releases the lock, records the
 * outcome. With nothing to clean up (a plan, a render), or on a second signal, the process ends at once.
 */
export function cancelOnSignals(): RunCancellation {
  const controller = new AbortController();
  let cleanupsUnderWay = 0;
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted || cleanupsUnderWay === 0) process.exit(name === 'SIGINT' ? 130 : 143);
    controller.abort(new CancelledError(name));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    withCleanup: async (work) => {
      cleanupsUnderWay++;
      try {
        return await work();
      } finally {
        cleanupsUnderWay--;
      }
    },
  };
}
