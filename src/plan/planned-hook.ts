import type { HookSpec } from '../manifests/hook-annotations.js';
import type { KubeObject } from '../model/object.js';
import type { Origin } from '../model/origin.js';

/** A hook the sync will create in its phases (never dry-run: a generateName object has no name yet). */
export interface PlannedHook {
  /** `Job shop/migrate`, or `Job shop/migrate-*` for a generateName. */
  readonly subject: string;
  readonly object: KubeObject;
  readonly origin: Origin;
  readonly spec: HookSpec;
}
