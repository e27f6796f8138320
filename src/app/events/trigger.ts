import { DISPATCH_COMMANDS } from './dispatch-commands.js';
import type { Command, ResolvedCommand } from '../../settings/inputs.js';

/** `command: auto` picks the command from the event that started the workflow (DESIGN.md, triggers). */
export function commandForEvent(
  command: Command,
  eventName: string | undefined,
  dispatchType?: string,
): ResolvedCommand {
  if (command !== 'auto') return command;
  switch (eventName) {
    case 'push':
    case 'workflow_dispatch':
    case 'deployment':
      return 'apply';
    case 'repository_dispatch':
      return (dispatchType && DISPATCH_COMMANDS[dispatchType]) || 'validate';
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
    case 'schedule':
    case undefined:
    case '':
      return 'plan';
    default:
      return 'validate';
  }
}

/** `refs/tags/v1.4.2` → `v1.4.2`: a release deploy takes its image tag from the git tag. */
export function releaseTagOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
