import * as core from '@actions/core';

/** Where commands write progress: the runner's log (with groups) or a terminal. */
import type { Log } from '../model/log.js';

export type { Log };

export const actionLog: Log = {
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
  group: (name, run) => core.group(name, run),
};

/** The CLI logs to stderr, so stdout stays the diff or the YAML a script may pipe on. */
export const terminalLog: Log = {
  info: (line) => process.stderr.write(`${line}\n`),
  warning: (line) => process.stderr.write(`warning: ${line}\n`),
  group: async (name, run) => {
    process.stderr.write(`── ${name}\n`);
    return run();
  },
};
