/**
 * The event types of `repository_dispatch` that kubesync acts on, and the command each runs. A module
 * of its own: the trigger table reads it in every run, the payload's schema only a dispatched one needs.
 */
export const DISPATCH_COMMANDS: Readonly<Record<string, 'apply' | 'plan'>> = {
  'kubesync-sync': 'apply',
  'kubesync-plan': 'plan',
};
