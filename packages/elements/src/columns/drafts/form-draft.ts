import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftStore, type DraftStore } from './draft-store.js';

/** What a form tells its {@link FormDraftController}. */
export interface FormDraftOptions<T> {
  /** The record's key: the form kind, cluster, site and form id; `undefined` while the form is not known yet. */
  key(): string | undefined;
  /** Whether nothing has been typed or chosen yet (a draft is only put back into a blank form). */
  isBlank(): boolean;
  /** The stored value, checked: `undefined` when it is not what this form keeps (an old or damaged record). */
  accept(stored: unknown): T | undefined;
  /** Puts a stored draft back into the form. */
  restore(value: T): void;
  store?: DraftStore;
}

/**
 * Keeps a form's draft from the first keystroke until its receipt is shown: `save()` on every
 * change, `clear()` when the receipt is on screen. When the form appears (connected, or shown for
 * another site or form) and is still blank, the saved draft is put back and `restored` becomes true
 * so the form can say so. What the person types always wins over a draft that loads late.
 */
export class FormDraftController<T> implements ReactiveController {
  /** A draft was put back into the form (until the form is sent or another form is shown). */
  restored = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: FormDraftOptions<T>;
  readonly #store: DraftStore;
  #loadedKey: string | undefined;
  #loading: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: FormDraftOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#store = options.store ?? draftStore();
    host.addController(this);
  }

  hostConnected(): void {
    this.#loadedKey = undefined;
  }

  hostUpdated(): void {
    const key = this.#options.key();
    if (key === undefined || key === this.#loadedKey) return;
    this.#loadedKey = key;
    this.restored = false;
    this.#loading = this.#load(key);
  }

  /** Resolves when the draft of the current form has been looked for (and put back, if any). */
  get loaded(): Promise<void> {
    return this.#loading;
  }

  async #load(key: string): Promise<void> {
    const saved = await this.#store.load<unknown>(key);
    if (!saved || key !== this.#loadedKey || !this.#options.isBlank()) return;
    const value = this.#options.accept(saved.value);
    if (value === undefined) return;
    this.#options.restore(value);
    this.restored = true;
    this.#host.requestUpdate();
  }

  /** Keeps `value` as the draft of the current form (a blank form forgets its draft). */
  save(value: T): Promise<void> {
    const key = this.#options.key();
    if (key === undefined) return Promise.resolve();
    return this.#options.isBlank() ? this.#store.clear(key) : this.#store.save(key, value);
  }

  /** Forgets the draft: call once the receipt is shown. */
  clear(): Promise<void> {
    this.restored = false;
    const key = this.#options.key();
    return key === undefined ? Promise.resolve() : this.#store.clear(key);
  }
}
