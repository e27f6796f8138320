import type { PropagationPolicy } from '../cluster/client.js';
import type { CanaryOptions, Strategy } from '../progressive/strategy.js';

/** The settings a sync reads, and no others: the step's Settings is one of these. */
export interface SyncSettings {
  readonly apply: {
    readonly dryRun: boolean;
    readonly allowOlder: boolean;
    readonly forceConflicts: boolean;
    readonly concurrency: number;
    readonly timeoutMs: number;
    readonly wait: boolean;
    readonly rollback: boolean;
    readonly prune: boolean;
    readonly prunePropagation: PropagationPolicy;
  };
  readonly secrets: { readonly allowMissing: boolean };
  readonly delivery: {
    readonly strategy: Strategy;
    readonly canary: CanaryOptions;
    readonly blueGreenKeepMs: number;
  };
}
