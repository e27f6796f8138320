import type { Origin } from './origin.js';
import { formatOrigin } from './origin.js';

/**
 * A problem the user can fix: a bad manifest, a bad input, missing credentials or a missing tool.
 * Anything that is not a UserError is a bug in kubesync and keeps its stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    message: string,
    readonly origin?: Origin,
  ) {
    super(origin ? `${formatOrigin(origin)}: ${message}` : message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
