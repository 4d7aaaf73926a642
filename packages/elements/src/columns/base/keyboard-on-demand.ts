// The <bichig-keyboard> of a column's Mongolian form (the mailbox's letter, the search box), loaded
// when one of its fields is first focused (or tapped, or typed into) rather than with the column:
// its layouts, word list and FVS table are about a third of the mailbox's script, and a reader who
// only reads, looks a letter up or never searches needs none of it. The column renders
// <bichig-keyboard> from the start; it draws once its module has arrived. A column that renders
// no keyboard (its Chinese form) loads nothing.
//
// Nothing typed meanwhile is lost, mistyped or reordered: while the module loads, the printable
// keys typed into the form's Mongolian fields are held, and so is every editing or caret key after
// them (Enter, Backspace, Delete, arrows, Home/End, Page Up/Down: an Enter let through would break
// the line, or submit the form, before the letters typed ahead of it). Once the keyboard is ready
// they are handed to it in order, as it would have taken them (its layout maps them); a key its
// layout and the field leave alone goes into the field as the browser would have put it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSingleLineControl, isTextControl, type TextControl } from '../../input/field/text-control.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const KEYBOARD = 'bichig-keyboard';
/** Keys held after a held printable key, so they act in the order they were typed. */
const EDITING_KEYS = new Set([
  'Enter',
  'Backspace',
  'Delete',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);
const VERTICAL_FIELDS = new Set(['bichig-input', 'bichig-textarea']);
/** By default the form's Mongolian fields are its <bichig-input> and <bichig-textarea>. */
const isVerticalField = (node: EventTarget): boolean =>
  node instanceof HTMLElement && VERTICAL_FIELDS.has(node.localName);

let importKeyboard = (): Promise<unknown> => import('../../input/bichig-keyboard.js');
/**
 * For tests: how the keyboard's module is imported, e.g. held back until the test has typed, so
 * that the keys surely arrive while it is on its way (whatever the machine's speed or the
 * browser's cache). Takes effect for a page that has not loaded the keyboard yet.
 */
export function setKeyboardImportForTesting(load: () => Promise<unknown>): void {
  importKeyboard = load;
}

let loading: Promise<unknown> | undefined;
/** Loads (once per page) and registers <bichig-keyboard>. */
export function loadKeyboard(): Promise<unknown> {
  loading ??= importKeyboard().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

interface HeldKey {
  readonly target: EventTarget;
  readonly init: KeyboardEventInit;
}

export class KeyboardOnDemand implements ReactiveController {
  readonly #host: Host;
  readonly #isField: (node: EventTarget) => boolean;
  #held: HeldKey[] | undefined;

  /** `isField` tells the fields the keyboard types into (on an event's path, inside the host). */
  constructor(host: Host, isField: (node: EventTarget) => boolean = isVerticalField) {
    this.#host = host;
    this.#isField = isField;
    host.addController(this);
  }

  hostConnected(): void {
    // Focus may reach a field without a focusin here (moved there before a listener saw it), so a
    // pointer or a key in a field starts the loading too.
    this.#host.addEventListener('focusin', this.#onFieldEvent);
    this.#host.addEventListener('pointerdown', this.#onFieldEvent);
    this.#host.addEventListener('keydown', this.#onKeyDown, true);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFieldEvent);
    this.#host.removeEventListener('pointerdown', this.#onFieldEvent);
    this.#host.removeEventListener('keydown', this.#onKeyDown, true);
  }

  #inMongolianField(event: Event): boolean {
    return event.composedPath().some((node) => node !== this.#host && this.#isField(node));
  }

  #onFieldEvent = (event: Event): void => {
    if (this.#held || customElements.get(KEYBOARD) || !this.#inMongolianField(event)) return;
    if (!this.#host.renderRoot.querySelector(KEYBOARD)) return; // no keyboard in this form
    this.#load();
  };

  #load(): void {
    const held: HeldKey[] = (this.#held = []);
    loadKeyboard()
      .then(async () => {
        const keyboards = [...this.#host.renderRoot.querySelectorAll(KEYBOARD)] as unknown as {
          updateComplete?: Promise<unknown>;
        }[];
        await Promise.all(keyboards.map((keyboard) => keyboard.updateComplete));
      })
      .catch((error: unknown) => console.error(`<${this.#host.localName}>: the keyboard did not load`, error))
      .finally(() => {
        this.#held = undefined;
        for (const key of held) replay(key);
      });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    this.#onFieldEvent(event);
    const held = this.#held;
    if (!held || event.defaultPrevented || event.isComposing || event.keyCode === 229) return;
    if (event.ctrlKey || event.metaKey || !this.#inMongolianField(event)) return;
    const printable = event.key.length === 1;
    const editing = EDITING_KEYS.has(event.key) && held.length > 0;
    if (!printable && !editing) return;
    event.preventDefault();
    held.push({
      target: event.composedPath()[0]!,
      init: {
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        modifierCapsLock: event.getModifierState('CapsLock'),
        modifierAltGraph: event.getModifierState('AltGraph'),
      },
    });
  };
}

/** The form a control submits: its own, or for the editable control of a vertical field, the field's. */
function formOf(control: TextControl): HTMLFormElement | null {
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control.form;
  const host = (control.getRootNode() as ShadowRoot).host as (Element & { form?: HTMLFormElement | null }) | undefined;
  return host?.form ?? null;
}

/**
 * Hands a held key to the keyboard and the field (which moves the caret in a vertical column and
 * submits on Enter in one line); if neither takes it, types it as the browser would.
 */
function replay({ target, init }: HeldKey): void {
  const event = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
  if (!target.dispatchEvent(event)) return;
  if (!isTextControl(target)) return;
  const key = init.key!;
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  let inputType: string;
  if (key.length === 1) {
    target.setRangeText(key, start, end, 'end');
    inputType = 'insertText';
  } else if (key === 'Enter' && !isSingleLineControl(target)) {
    target.setRangeText('\n', start, end, 'end');
    inputType = 'insertLineBreak';
  } else if (key === 'Enter') {
    // One line: the browser submits the form on a real Enter, never on a dispatched one.
    formOf(target)?.requestSubmit();
    return;
  } else if (key === 'Backspace' || key === 'Delete') {
    let [from, to] = [start, end];
    if (from === to && key === 'Backspace') from -= [...target.value.slice(0, start)].at(-1)?.length ?? 0;
    if (from === to && key === 'Delete') to += [...target.value.slice(start)][0]?.length ?? 0;
    if (from === to) return;
    target.setRangeText('', from, to, 'end');
    inputType = key === 'Backspace' ? 'deleteContentBackward' : 'deleteContentForward';
  } else return; // a caret key neither took: the caret stays
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType }));
}
