/**
 * The event types of `repository_dispatch` that kubesync acts on, and the command each runs. A module
 * of its own, so that the CLI's render and validate, which read the trigger table, do not build the
 * payload's zod schema.
 */
export const DISPATCH_COMMANDS: Readonly<Record<string, 'apply' | 'plan'>> = {
  'kubesync-sync': 'apply',
  'kubesync-plan': 'plan',
};
