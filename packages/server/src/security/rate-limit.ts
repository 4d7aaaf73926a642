// A fixed-window counter per key (an address, a name): what keeps a script from filling a mailbox
// or guessing passwords. Kept in the server's memory: one process serves a cluster's forms; behind
// several processes, the proxy in front limits as well.

/** How many requests a key may make per window. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

/** Counts requests per key; `take` says whether one more is allowed and, if not, for how long. */
export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(limit: RateLimit, now: () => number = Date.now) {
    this.#limit = limit;
    this.#now = now;
  }

  /** Counts one request for `key`; answers 0 when allowed, else the seconds until it is. */
  take(key: string): number {
    const now = this.#now();
    if (this.#windows.size > 10_000) this.#sweep(now);
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.#limit.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    if (window.count >= this.#limit.limit)
      return Math.max(1, Math.ceil((window.start + this.#limit.windowMs - now) / 1000));
    window.count++;
    return 0;
  }

  /** Forgets `key` (e.g. after a successful sign-in). */
  reset(key: string): void {
    this.#windows.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows)
      if (now - window.start >= this.#limit.windowMs) this.#windows.delete(key);
  }
}
