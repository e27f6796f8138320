/** Whether an object has settled, and if so whether well; `message` is what a person watching wants to see. */
export interface Readiness {
  readonly done: boolean;
  readonly ok: boolean;
  readonly message: string;
}

export const ready = (message: string): Readiness => ({ done: true, ok: true, message });
export const waiting = (message: string): Readiness => ({ done: false, ok: false, message });
export const failed = (message: string): Readiness => ({ done: true, ok: false, message });
