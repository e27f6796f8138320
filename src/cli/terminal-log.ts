import type { Log } from '../model/log.js';

/** The CLI logs to stderr, so stdout stays the diff or the YAML a script may pipe on. */
export const terminalLog: Log = {
  info: (line) => process.stderr.write(`${line}\n`),
  warning: (line) => process.stderr.write(`warning: ${line}\n`),
  group: async (name, run) => {
    process.stderr.write(`── ${name}\n`);
    return run();
  },
};
