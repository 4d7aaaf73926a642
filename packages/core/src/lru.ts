/**
 * A bounded cache that forgets the least recently used entry first: the one cache behind the
 * shaper's word cache and the layout's paragraph cache. A Map keeps insertion order, so reading an
 * entry re-inserts it and the first key is always the oldest.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  #evictions = 0;

  /** @param capacity Most entries kept; 0 keeps none. */
  constructor(readonly capacity: number) {}

  /** The value for `key`, marked most recently used; undefined when it is not cached. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Caches `value` under `key`, forgetting the least recently used entry when over capacity. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value as K);
      this.#evictions++;
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  /** How many entries were forgotten to stay within capacity since construction or {@link clear}. */
  get evictions(): number {
    return this.#evictions;
  }

  clear(): void {
    this.#entries.clear();
    this.#evictions = 0;
  }
}
