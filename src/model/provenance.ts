/** Where an apply comes from: the commit and the workflow run, recorded on every object it writes. */
export interface Provenance {
  readonly commit: string;
  readonly run: string;
  readonly ref: string;
  /** The run's attempt and job, which tell two jobs (or re-runs) of one run apart. */
  readonly attempt?: string;
  readonly job?: string;
}
