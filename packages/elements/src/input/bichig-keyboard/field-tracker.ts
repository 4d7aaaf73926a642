/**
 * Which field a keyboard types into: the one named by `for` (an id in the keyboard's own tree
 * scope, then the document), or else the editable field focused last, inside shadow roots too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, editTargetFor, isEditableElement } from './targets.js';
import type { EditTarget } from './targets.js';
import { isVerticalTextField } from '../field/vertical-field-brand.js';

type Host = ReactiveControllerHost & HTMLElement;

export class FieldTrackerController implements ReactiveController {
  readonly #host: Host;
  readonly #htmlFor: () => string;
  readonly #onFieldFocus: () => void;
  #lastFocused: HTMLElement | undefined;
  /** Shadow roots listened in: focus moving inside one fires no focusin outside it. */
  readonly #watchedRoots = new WeakSet<ShadowRoot>();

  /** `onFieldFocus` runs when a field the keyboard may type into gains focus. */
  constructor(host: Host, htmlFor: () => string, onFieldFocus: () => void) {
    this.#host = host;
    this.#htmlFor = htmlFor;
    this.#onFieldFocus = onFieldFocus;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('focusin', this.#onFocusIn, true);
    const active = deepActiveElement();
    if (isEditableElement(active)) this.#lastFocused = active;
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.#onFocusIn, true);
  }

  /** The field the keys type into now, or null (a query: remembers nothing). */
  get current(): EditTarget | null {
    if (this.#htmlFor()) return editTargetFor(this.#forElement());
    return editTargetFor(this.#focusedNow() ?? this.#remembered());
  }

  /**
   * Remembers the field focused now (focus moving inside one shadow root fires no focusin
   * outside it, so this asks the document where focus is) and returns the keys' target.
   */
  sync(): EditTarget | null {
    if (this.#htmlFor()) return editTargetFor(this.#forElement());
    const focused = this.#focusedNow();
    if (focused) this.#lastFocused = focused;
    this.#lastFocused = this.#remembered();
    return editTargetFor(this.#lastFocused);
  }

  /**
   * The target of a key event whose path starts in a field the keyboard types into, else null;
   * without `for`, that field becomes the one remembered.
   */
  claim(path: readonly EventTarget[]): EditTarget | null {
    if (path.includes(this.#host)) return null;
    const editable = editableInPath(path);
    if (!editable) return null;
    if (this.#htmlFor()) {
      const forElement = this.#forElement();
      return forElement && path.includes(forElement) ? editTargetFor(forElement) : null;
    }
    this.#lastFocused = editable;
    return editTargetFor(editable);
  }

  #forElement(): HTMLElement | null {
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    const id = this.#htmlFor();
    const found = root.getElementById?.(id) ?? document.getElementById(id);
    return found instanceof HTMLElement ? found : null;
  }

  /** The editable element focused now, unless it is the keyboard or inside it. */
  #focusedNow(): HTMLElement | undefined {
    const active = deepActiveElement();
    return isEditableElement(active) && !this.#host.contains(active) && active !== this.#host ? active : undefined;
  }

  #remembered(): HTMLElement | undefined {
    return this.#lastFocused?.isConnected ? this.#lastFocused : undefined;
  }

  #onFocusIn = (event: FocusEvent): void => {
    const path = event.composedPath();
    // Later focus moves inside these shadow roots do not reach the document: listen in them too.
    for (const node of path) {
      if (node instanceof ShadowRoot && !this.#watchedRoots.has(node) && node !== this.#host.shadowRoot) {
        this.#watchedRoots.add(node);
        node.addEventListener('focusin', (inner) => {
          if (this.#host.isConnected) this.#onFocusIn(inner as FocusEvent);
        });
      }
    }
    if (path.includes(this.#host)) return;
    const editable = editableInPath(path);
    if (editable) {
      this.#lastFocused = editable;
      this.#onFieldFocus();
    }
  };
}

/** The editable field an event's path starts in: a vertical field rather than its inner control. */
function editableInPath(path: readonly EventTarget[]): HTMLElement | undefined {
  const index = path.findIndex((node) => node instanceof Element && isEditableElement(node));
  if (index < 0) return undefined;
  const first = path[index] as HTMLElement;
  for (const node of path.slice(index + 1)) {
    if (node instanceof Element && isVerticalTextField(node) && node.nativeControl === first) return node;
  }
  return first;
}
