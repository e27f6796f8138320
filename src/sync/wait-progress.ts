/** How progress is told and timed; tests give their own clock. */
export interface ProgressOptions {
  /** Milliseconds since some fixed point: Date.now, or a test's clock. */
  readonly now: () => number;
  /** At most one line per object this often, and only when what it says changed. */
  readonly everyMs: number;
  /** A line of the log: each object's progress, and the final line. */
  readonly line?: (line: string) => void;
  /**
   * On a terminal: one status line, rewritten in place, instead of a line per change. The final lines
   * still go to `line`.
   */
  readonly status?: (line: string) => void;
}

/** `850ms`, `12s`, `2m05s`. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/**
 * The progress of a wait: what each object still waited for says, told when it changed and at most every
 * `everyMs`; a final line per object with the time it took.
 */
export class WaitProgress {
  private readonly started: number;
  private readonly latest = new Map<string, string>();
  private readonly told = new Map<string, string>();
  private lastTold = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ProgressOptions) {
    this.started = options.now();
  }

  /** What an object still waited for says now: `deployment/web: 2/3 replicas ready, 1 Pending: …`. */
  waiting(name: string, message: string): void {
    this.latest.set(name, message);
  }

  /** Whether it is time to tell progress again; the wait reads the pods only then. */
  due(): boolean {
    return this.options.now() - this.lastTold >= this.options.everyMs;
  }

  /** Tells what changed since the last time, when it is due. */
  tell(): void {
    if (!this.due()) return;
    this.lastTold = this.options.now();
    const changed = [...this.latest].filter(([name, message]) => this.told.get(name) !== message);
    if (changed.length === 0) return;
    for (const [name, message] of changed) this.told.set(name, message);
    if (this.options.status) {
      this.options.status([...this.latest].map(([name, message]) => `${name}: ${message}`).join(' · '));
      return;
    }
    for (const [name, message] of changed) this.options.line?.(`${name}: ${message}`);
  }

  /** The final line of one object: `deployment/web: 3/3 replicas ready (took 12s)`. */
  done(name: string, message: string): void {
    this.latest.delete(name);
    this.options.line?.(`${name}: ${message} (took ${duration(this.options.now() - this.started)})`);
  }
}
