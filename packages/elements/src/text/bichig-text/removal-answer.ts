/**
 * The `whenRendered()` calls still waiting when an element is taken out of the document. Its
 * render in flight is parked then (it starts again if the element is put back), so without this
 * they would wait forever: a column that re-renders, or a form replaced by its receipt, would
 * hang whoever awaited the texts inside. They are answered at once instead. A move (out and back
 * in within the same task, as a keyed list reorders) answers no one.
 */
export class RemovalAnswer<T> {
  readonly #host: Element;
  readonly #answer: () => T;
  #waiting: { promise: Promise<T>; resolve: (value: T) => void } | undefined;

  /** `answer` gives what the waiting calls receive when the host is taken out. */
  constructor(host: Element, answer: () => T) {
    this.#host = host;
    this.#answer = answer;
  }

  /** `drawn`, or the answer if the host, in the document now, is taken out before it settles. */
  race(drawn: Promise<T>): Promise<T> {
    if (!this.#host.isConnected) return drawn;
    if (!this.#waiting) {
      let resolve!: (value: T) => void;
      const promise = new Promise<T>((done) => (resolve = done));
      this.#waiting = { promise, resolve };
    }
    return Promise.race([drawn, this.#waiting.promise]);
  }

  /** From the host's `disconnectedCallback()`. */
  removed(): void {
    const waiting = this.#waiting;
    if (!waiting) return;
    queueMicrotask(() => {
      if (this.#host.isConnected || this.#waiting !== waiting) return;
      this.#waiting = undefined;
      waiting.resolve(this.#answer());
    });
  }
}

/** How many columns the browser set a native text in (distinct left edges of its line boxes). */
export function nativeColumnCount(text: Element | null): number {
  if (!text) return 0;
  const range = document.createRange();
  range.selectNodeContents(text);
  const lefts = new Set<number>();
  for (const rect of range.getClientRects()) if (rect.width > 0) lefts.add(Math.round(rect.left));
  return lefts.size;
}
