import * as core from '@actions/core';
import type { Log } from '../model/log.js';

/** The runner's log, with its collapsible groups. */
export const actionLog: Log = {
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
  group: (name, run) => core.group(name, run),
};
