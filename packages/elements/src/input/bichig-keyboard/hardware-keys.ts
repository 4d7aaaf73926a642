/**
 * Hardware keys typed into the keyboard's field, mapped by `KeyboardEvent.code` to the layout
 * shown, whatever layout the operating system has; IME composition passes through untouched.
 */
import type { LitElement, ReactiveController } from 'lit';
import { actionForKeyEvent } from '@bichig/keyboard';
import type { KeyAction, KeyboardLayout } from '@bichig/keyboard';
import type { EditTarget } from './targets.js';

/** How long the on-screen key of a hardware key press stays lit, ms. */
const LIT_MS = 150;

export interface HardwareKeyActions {
  /** Whether hardware keys are mapped now (`physical-keys` on, keyboard shown). */
  enabled(): boolean;
  /** The target when the event's path starts in the keyboard's field, else null. */
  claim(path: readonly EventTarget[]): EditTarget | null;
  layout(): KeyboardLayout;
  /** Applies a mapped key to the field. */
  apply(target: EditTarget, action: KeyAction, code: string): void;
}

export class HardwareKeysController implements ReactiveController {
  readonly #host: LitElement;
  readonly #actions: HardwareKeyActions;
  #lit: HTMLElement | undefined;
  #litTimer = 0;

  constructor(host: LitElement, actions: HardwareKeyActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.#onKeyDown, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#onKeyDown, true);
    clearTimeout(this.#litTimer);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.#actions.enabled() || !this.#host.isConnected || event.defaultPrevented) return;
    // IME composition (keyCode 229 is Chromium's "an IME handles this key") passes through.
    if (event.isComposing || event.keyCode === 229) return;
    const target = this.#actions.claim(event.composedPath());
    if (!target) return;
    const action = actionForKeyEvent(this.#actions.layout(), {
      code: event.code,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      capsLock: event.getModifierState?.('CapsLock') ?? false,
      altGraph: event.getModifierState?.('AltGraph') ?? false,
    });
    if (action === null) return;
    // Enter in a single-line field submits its form: leave it to the field.
    if (action.type === 'enter' && target.singleLine) return;
    event.preventDefault();
    if (target.locked) return;
    this.#light(event.code);
    this.#actions.apply(target, action, event.code);
  };

  /** Lights the on-screen key of a hardware key press for a moment (on the DOM: no re-render per key). */
  #light(code: string): void {
    const button = this.#host.renderRoot.querySelector<HTMLElement>(`.keys button[data-code="${CSS.escape(code)}"]`);
    this.#lit?.classList.remove('active');
    this.#lit = button ?? undefined;
    if (!button) return;
    button.classList.add('active');
    clearTimeout(this.#litTimer);
    this.#litTimer = window.setTimeout(() => button.classList.remove('active'), LIT_MS);
  }
}
