/** Where progress goes: the workflow log in the action, stderr in the CLI. */
export interface Log {
  readonly info: (line: string) => void;
  readonly warning: (line: string) => void;
  readonly group: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  /** On a terminal: one status line, rewritten in place (a wait's progress). Absent elsewhere. */
  readonly status?: (line: string) => void;
}
