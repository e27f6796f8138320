import type { RunContext } from './events/github-event.js';
import type { RunCancellation } from '../model/cancel.js';
import type { Provenance } from '../model/provenance.js';

/** What an app runs with besides its settings and the runtime: the run that started it. */
export interface AppContext {
  /** The event and commit; the CLI's names no repository, so nothing is recorded on GitHub. */
  readonly run: RunContext;
  /** The commit and source deployed, read when a command needs it. */
  readonly provenance: (run: RunContext) => Promise<Provenance>;
  readonly cancellation: RunCancellation;
}
