/** Whether an object has settled, and if so whether well; `message` is what a person watching wants to see. */
export interface Readiness {
  readonly done: boolean;
  readonly ok: boolean;
  readonly message: string;
}
