export type GateFailure = 'throttled' | 'answered' | 'unanswered';

/**
 * How many requests one connection to an API server has in flight, for every app that shares it: at
 * most `bound` (the `concurrency` input), fewer while the server asks for less. A 429 halves the limit
 * (at least 1) and every `limit` answers in a row raise it by one again, up to the bound: additive
 * increase, multiplicative decrease, as TCP does with a congestion window.
 *
 * A request waits for its seat before it starts, so the time spent queueing is never part of its own
 * deadline. Seats are given in the order they were asked for.
 */
export class RequestGate {
  private limitNow: number;
  private lowest: number;
  private inFlight = 0;
  private answeredInARow = 0;
  /** Counts the decreases: a 429 to a request admitted before the last one was already heeded. */
  private epoch = 0;
  private throttledCount = 0;
  private readonly waiting: ((epoch: number) => void)[] = [];

  constructor(private bound: number) {
    this.bound = Math.max(1, Math.floor(bound));
    this.limitNow = this.bound;
    this.lowest = this.bound;
  }

  /** Requests let through at once now. */
  get limit(): number {
    return this.limitNow;
  }

  /** The lowest limit the server's 429s brought it to. */
  get lowestLimit(): number {
    return this.lowest;
  }

  /** How many times the server answered 429 through this gate. */
  get throttled(): number {
    return this.throttledCount;
  }

  /** A sharer that allows fewer requests at once lowers the bound for all: none gets more than it allowed. */
  lowerBound(bound: number): void {
    this.bound = Math.min(this.bound, Math.max(1, Math.floor(bound)));
    this.limitNow = Math.min(this.limitNow, this.bound);
    this.lowest = Math.min(this.lowest, this.limitNow);
  }

  /**
   * Runs `request` once a seat is free. `failure` tells what a failure was: a 429, another answer of
   * the server (a 404 is an answer like any other), or no answer at all (which counts for neither).
   */
  async through<T>(request: () => Promise<T>, failure: (error: unknown) => GateFailure): Promise<T> {
    const admittedIn = await this.admit();
    try {
      const result = await request();
      this.answered();
      return result;
    } catch (error) {
      const kind = failure(error);
      if (kind === 'throttled') this.slowDown(admittedIn);
      else if (kind === 'answered') this.answered();
      throw error;
    } finally {
      this.inFlight--;
      this.admitWaiting();
    }
  }

  private admit(): Promise<number> {
    if (this.waiting.length === 0 && this.inFlight < this.limitNow) {
      this.inFlight++;
      return Promise.resolve(this.epoch);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private admitWaiting(): void {
    while (this.inFlight < this.limitNow) {
      const next = this.waiting.shift();
      if (!next) return;
      this.inFlight++;
      next(this.epoch);
    }
  }

  private answered(): void {
    if (this.limitNow >= this.bound) return;
    if (++this.answeredInARow < this.limitNow) return;
    this.answeredInARow = 0;
    this.limitNow++;
  }

  private slowDown(admittedIn: number): void {
    this.throttledCount++;
    this.answeredInARow = 0;
    // The requests sent before the last decrease were sent at the old rate: their 429s ask for nothing new.
    if (admittedIn < this.epoch) return;
    this.epoch++;
    this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
    this.lowest = Math.min(this.lowest, this.limitNow);
  }
}
