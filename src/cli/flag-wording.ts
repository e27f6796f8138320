import { INPUT_DEFINITIONS } from '../settings/inputs.js';
import type { Log } from '../model/log.js';

/** The inputs a terminal gives as flags, by name. */
const FLAGS = new Set(
  INPUT_DEFINITIONS.map(({ definition }) => definition).flatMap((definition) =>
    definition.surface === 'action' ? [] : [definition.name],
  ),
);

const flag = (name: string, value: string | undefined) =>
  value === undefined || value === 'true'
    ? `--${name}`
    : value === 'false'
      ? `--no-${name}`
      : `--${name} ${value}`;

/**
 * Messages name a setting as a workflow sets it (`set create-namespace: true`, `the kubeconfig input`,
 * `add X to allowed-kinds in the workflow`); in a terminal the same setting is a flag
 * (`pass --create-namespace`, `--kubeconfig`). Only names of the CLI's flags are reworded.
 */
export function inFlagWords(text: string): string {
  return text
    .replace(
      /\bset ([a-z][a-z-]*): ([^\s,;)`]+)(?: in the workflow\b)?/g,
      (phrase, name: string, value: string) => (FLAGS.has(name) ? `pass ${flag(name, value)}` : phrase),
    )
    .replace(/\b(?:the )?([a-z][a-z-]*) input\b/g, (phrase, name: string) =>
      FLAGS.has(name) ? flag(name, undefined) : phrase,
    )
    .replace(/\binput "([a-z][a-z-]*)"/g, (phrase, name: string) =>
      FLAGS.has(name) ? flag(name, undefined) : phrase,
    )
    .replace(/\bto ([a-z][a-z-]*) in the workflow\b/g, (phrase, name: string) =>
      FLAGS.has(name) ? `to --${name}` : phrase,
    );
}

/** A log whose lines speak of flags, for the terminal. */
export function flagWordedLog(log: Log): Log {
  return {
    info: (line) => log.info(inFlagWords(line)),
    warning: (line) => log.warning(inFlagWords(line)),
    group: (name, run) => log.group(name, run),
    ...(log.status ? { status: log.status } : {}),
  };
}
