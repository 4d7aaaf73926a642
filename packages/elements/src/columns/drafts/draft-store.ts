// Where the forms keep what a person has typed but not yet sent: one IndexedDB record per form and
// site, written on every change, so a reload, a back/forward navigation, a replaced element or a
// killed tab gives the text back. IndexedDB (not sessionStorage) because it survives the tab and
// holds long letters; the browser keeps it per origin, and the key names the cluster, site and form.

const DATABASE = 'bichig-drafts';
const STORE = 'drafts';

/** A saved draft: the form's own value and when it was written (ms since the epoch). */
export interface SavedDraft<T> {
  readonly value: T;
  readonly savedAt: number;
}

let warned = false;
function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn('bichig: drafts cannot be kept in this browser (IndexedDB is unavailable); typing still works', error);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The drafts of every bichig form on this origin. Operations on one key run in the order they were
 * asked for (a save right before a clear never lands after it); a browser without IndexedDB (or
 * one that refuses it) loses drafts, never the form: loads give `undefined`, saves do nothing.
 */
export class DraftStore {
  #db: Promise<IDBDatabase | undefined> | undefined;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(readonly databaseName = DATABASE) {}

  #open(): Promise<IDBDatabase | undefined> {
    return (this.#db ??= (async () => {
      try {
        if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
        const open = indexedDB.open(this.databaseName, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(STORE);
        const db = await request(open);
        // Let a page (or a test) delete or upgrade the database: close, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          this.#db = undefined;
        };
        db.onclose = () => (this.#db = undefined);
        return db;
      } catch (error) {
        warnOnce(error);
        this.#db = undefined;
        return undefined;
      }
    })());
  }

  /** Runs `work` after everything already asked for `key`. */
  #queue<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.#queues.set(key, tail);
    void tail.then(() => {
      if (this.#queues.get(key) === tail) this.#queues.delete(key);
    });
    return next;
  }

  async #transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
    const db = await this.#open();
    if (!db) return undefined;
    try {
      const tx = db.transaction(STORE, mode, { durability: 'strict' });
      const result = request(run(tx.objectStore(STORE)));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
      return await result;
    } catch (error) {
      warnOnce(error);
      return undefined;
    }
  }

  /** The draft kept under `key`, if any. */
  load<T>(key: string): Promise<SavedDraft<T> | undefined> {
    return this.#queue(key, async () => {
      const found = await this.#transact<unknown>('readonly', (store) => store.get(key));
      return isSavedDraft<T>(found) ? found : undefined;
    });
  }

  /** Keeps `value` under `key`, replacing what was there. Resolves when it is on disk. */
  save<T>(key: string, value: T): Promise<void> {
    const record: SavedDraft<T> = { value, savedAt: Date.now() };
    return this.#queue(key, async () => {
      await this.#transact('readwrite', (store) => store.put(record, key));
    });
  }

  /** Forgets the draft under `key` (the form was sent and its receipt shown). */
  clear(key: string): Promise<void> {
    return this.#queue(key, async () => {
      await this.#transact('readwrite', (store) => store.delete(key));
    });
  }
}

function isSavedDraft<T>(value: unknown): value is SavedDraft<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    typeof (value as { savedAt?: unknown }).savedAt === 'number'
  );
}

let shared: DraftStore | undefined;
/** The store every form of the page uses. */
export function draftStore(): DraftStore {
  return (shared ??= new DraftStore());
}
