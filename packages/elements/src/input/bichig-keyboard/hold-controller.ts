/**
 * Holding a key: a letter held long enough opens its forms (long-press), and a held Backspace or
 * Delete repeats (after a delay, then at a steady rate) until the pointer lifts, is cancelled or
 * leaves the key. The click that ends a hold then adds nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a finger must rest on a letter key before its variants open, ms. */
export const LONG_PRESS_MS = 450;
/** Holding Backspace or Delete: the first repeat comes after this long, ms (as on phone keyboards)… */
export const REPEAT_DELAY_MS = 500;
/** …and then one deletion every this many ms, until the finger lifts or leaves the key. */
export const REPEAT_INTERVAL_MS = 80;

/** What a hold does, given by the element. */
export interface HoldActions<Key> {
  /** The key was held long enough to open its menu: true when a menu opened. */
  longPress(key: Key): boolean;
  /** A repeating key was held past the delay: press it once; false stops the repeat. */
  repeatStart(key: Key): boolean;
  /** One more repeat; false stops it (no field took the key). */
  repeat(key: Key): boolean;
  /** The key's button, lit while it repeats. */
  button(key: Key): Element | null;
}

export class HoldController<Key> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #actions: HoldActions<Key>;
  #delayTimer = 0;
  #repeatTimer = 0;
  #repeatingButton: Element | undefined;
  /** The hold opened a menu or repeated: the click that ends it must add nothing. */
  #swallowClick = false;

  constructor(host: ReactiveControllerHost & Element, actions: HoldActions<Key>) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** A pointer went down on the key `key`: start timing, for a repeat or a long-press. */
  start(key: Key, repeats: boolean): void {
    this.reset();
    if (repeats) {
      this.#delayTimer = window.setTimeout(() => this.#startRepeat(key), REPEAT_DELAY_MS);
      return;
    }
    this.#delayTimer = window.setTimeout(() => {
      if (this.#actions.longPress(key)) this.#swallowClick = true;
    }, LONG_PRESS_MS);
  }

  /** A pointer went down off the keys (or not with the main button): no hold, and no click to swallow. */
  reset(): void {
    this.#swallowClick = false;
    this.cancel();
  }

  /** The pointer lifted, was cancelled or left the key: stop timing and repeating. */
  cancel = (): void => {
    clearTimeout(this.#delayTimer);
    if (!this.#repeatTimer) return;
    clearInterval(this.#repeatTimer);
    this.#repeatTimer = 0;
    this.#repeatingButton?.classList.remove('active');
    this.#repeatingButton = undefined;
  };

  /** Did the pointer that just lifted end a hold (a menu opened, or a key repeated)? */
  get ended(): boolean {
    return this.#swallowClick;
  }

  /**
   * Whether to swallow this click: only the click that ends a hold is swallowed. A click from
   * Enter or Space (detail 0) is a new key press, even when a hold ended off its key and left no
   * click to swallow.
   */
  takeClick(event: MouseEvent): boolean {
    if (!this.#swallowClick) return false;
    this.#swallowClick = false;
    return event.detail !== 0;
  }

  /** The repeats are announced once (by the first press), not per character. */
  #startRepeat(key: Key): void {
    this.#swallowClick = true;
    if (!this.#actions.repeatStart(key)) return;
    this.#repeatingButton = this.#actions.button(key) ?? undefined;
    this.#repeatingButton?.classList.add('active');
    this.#repeatTimer = window.setInterval(() => {
      if (!this.#host.isConnected || !this.#actions.repeat(key)) this.cancel();
    }, REPEAT_INTERVAL_MS);
  }
}
