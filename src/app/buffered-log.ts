import type { Log } from '../model/log.js';

type Entry = { readonly kind: 'info' | 'warning'; readonly line: string };

/**
 * A log kept until its app is done, so that apps running at once print one after the other instead
 * of interleaved. A group becomes a heading: the runner's groups do not nest.
 */
export class BufferedLog implements Log {
  private readonly entries: Entry[] = [];

  readonly info = (line: string): void => {
    this.entries.push({ kind: 'info', line });
  };

  readonly warning = (line: string): void => {
    this.entries.push({ kind: 'warning', line });
  };

  readonly group = <T>(name: string, run: () => Promise<T>): Promise<T> => {
    this.entries.push({ kind: 'info', line: `── ${name}` });
    return run();
  };

  replay(to: Pick<Log, 'info' | 'warning'>): void {
    for (const entry of this.entries) to[entry.kind](entry.line);
  }
}
