/** A commit status as GitHub lists them, newest first. */
export interface CommitStatus {
  readonly context: string;
  readonly state: string;
  readonly description?: string | null;
}

/**
 * Why `from`'s last apply cannot be promoted, from the statuses of its commit (newest first, so the
 * first of the context is its state now); undefined when it succeeded.
 */
export function statusRefusal(
  statuses: readonly CommitStatus[],
  context: string,
  sha: string,
  from: string,
): string | undefined {
  const commit = sha.slice(0, 7);
  const status = statuses.find((entry) => entry.context === context);
  if (!status)
    return `${from}'s last apply (commit ${commit}) has no commit status ${context}; only an apply that succeeded is promoted`;
  const said = status.description ? `: ${status.description}` : '';
  if (status.state === 'success') return undefined;
  if (status.state === 'pending')
    return `${from}'s last apply (commit ${commit}) has not finished (${context} is pending${said}); promote once it has succeeded`;
  return `${from}'s last apply (commit ${commit}) did not succeed (${context} is ${status.state}${said}); fix ${from} first`;
}
