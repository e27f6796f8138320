import type { Log } from '../model/log.js';

/** What the log writes to: stderr, or a test's stand-in. */
export interface TerminalStream {
  readonly write: (text: string) => unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Back to the start of the line, and the line cleared. */
const CLEAR_LINE = '\r\u001b[K';

/**
 * The CLI's log on a stream. On a terminal it has a status line too, rewritten in place (a wait's
 * progress), which every other line clears first so that the two never mix.
 */
export function terminalLogOn(stream: TerminalStream): Log {
  let showing = false;
  const write = (text: string) => {
    if (showing) stream.write(CLEAR_LINE);
    showing = false;
    stream.write(text);
  };
  const log: Log = {
    info: (line) => write(`${line}\n`),
    warning: (line) => write(`warning: ${line}\n`),
    group: async (name, run) => {
      write(`── ${name}\n`);
      return run();
    },
  };
  if (!stream.isTTY) return log;
  return {
    ...log,
    status: (line) => {
      // One line: longer than the terminal is wide, it would wrap and \r would rewrite only its end.
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`${CLEAR_LINE}${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      showing = true;
    },
  };
}

/** The CLI logs to stderr, so stdout stays the diff or the YAML a script may pipe on. */
export const terminalLog: Log = terminalLogOn(process.stderr);
