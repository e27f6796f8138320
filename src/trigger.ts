import type { Command } from './inputs.js';

export type ResolvedCommand = Exclude<Command, 'auto'>;

/** `command: auto` picks the command from the event that started the workflow (DESIGN.md, triggers). */
export function commandForEvent(command: Command, eventName: string | undefined): ResolvedCommand {
  if (command !== 'auto') return command;
  switch (eventName) {
    case 'push':
    case 'workflow_dispatch':
      return 'apply';
    case 'pull_request':
    case 'pull_request_target':
    case 'schedule':
    case undefined:
    case '':
      return 'plan';
    default:
      return 'validate';
  }
}
