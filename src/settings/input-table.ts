import type { z } from 'zod';

/** What kubesync can be asked to do; `auto` picks from the event that started the workflow. */
export const COMMANDS = ['auto', 'validate', 'render', 'plan', 'apply', 'rbac', 'promote'] as const;
export type Command = (typeof COMMANDS)[number];
export type ResolvedCommand = Exclude<Command, 'auto'>;

/** Where an input can be given: both as an action input and a CLI flag, or in one of them only. */
export type Surface = 'both' | 'action' | 'cli';

/**
 * Who may set an input. `policy`: the workflow only (credentials, URLs, targets, guardrails, and every
 * switch that allows, requires or forces); `content`: a repository file (kubesync.yaml) too, since it
 * says what to deploy, not what is allowed.
 */
export type Trust = 'policy' | 'content';

/**
 * How a repository file may set a policy input all the same, to something stricter: `subset` for an
 * allow-list (every entry must be one the workflow allows), `stricter` for a policy level (off <
 * warning < error).
 */
export type Narrowing = 'subset' | 'stricter';

/** One row of the inputs table: an action input and CLI flag, and where its value lands in Settings. */
export interface InputDefinition<T = unknown> {
  readonly kind: 'input';
  /** The action input's name, which is also the CLI flag (`--manifest-type`). */
  readonly name: string;
  readonly trust: Trust;
  /** Only on a policy input: how a repository file may narrow it. */
  readonly narrows?: Narrowing;
  readonly description: string;
  /** The value when unset, as the action input's default (a string, as GitHub passes inputs). */
  readonly default: string;
  readonly schema: z.ZodType<T>;
  /** The commands that read it: the per-command help and sub-actions list only those. */
  readonly commands: readonly ResolvedCommand[];
  readonly surface: Surface;
  /**
   * The value when the input is empty, found at run time (DOPPLER_TOKEN from the environment, the
   * kubeconfig context's namespace); undefined leaves the default.
   */
  readonly fallback?: (
    raw: Readonly<Partial<Record<string, string>>>,
    env: NodeJS.ProcessEnv,
  ) => string | undefined;
  /** What the flag takes where the CLI differs from the action (a kubeconfig path, not its content). */
  readonly cli?: { readonly description: string; readonly valueName: string };
  /** A one-letter CLI alias, e.g. `-n` for `--namespace`. */
  readonly short?: string;
  /** A CLI flag given more than once adds to the list instead of replacing it. */
  readonly repeatable?: boolean;
}

export function input<T>(
  name: string,
  definition: Omit<InputDefinition<T>, 'kind' | 'name' | 'surface'> & { readonly surface?: Surface },
): InputDefinition<T> {
  return { kind: 'input', name, surface: 'both', ...definition };
}

/** The table: Settings' shape, with an input at every leaf. */
export interface SettingsTable {
  readonly [key: string]: InputDefinition | SettingsTable;
}

/** The typed Settings a table describes: each leaf is the output of its input's schema. */
export type SettingsOf<Table> = {
  readonly [Key in keyof Table]: Table[Key] extends InputDefinition<infer Value>
    ? Value
    : SettingsOf<Table[Key]>;
};

export interface OutputDefinition {
  readonly description: string;
  readonly commands: readonly ResolvedCommand[];
}

function isInput(entry: InputDefinition | SettingsTable): entry is InputDefinition {
  return entry.kind === 'input';
}

/** Every input of a table in the order written, each with the path where its value lands. */
export function inputsOf(
  table: SettingsTable,
  at: readonly string[] = [],
): { definition: InputDefinition; path: readonly string[] }[] {
  return Object.entries(table).flatMap(([key, entry]) =>
    isInput(entry) ? [{ definition: entry, path: [...at, key] }] : inputsOf(entry, [...at, key]),
  );
}

/** Puts each value where the table says (`['apply', 'prune']` → `{apply: {prune}}`). */
export function nest(
  values: readonly { path: readonly string[]; value: unknown }[],
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, value } of values) {
    let node = root;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1] ?? ''] = value;
  }
  return root;
}
