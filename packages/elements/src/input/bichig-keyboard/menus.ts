/**
 * The keyboard's two menus (a key's long-press variants, the layouts) and where focus goes as
 * they open and close: into a menu opened from the keyboard, back to its key or switch when it
 * closes, nowhere for a pointer (the field keeps focus). At most one menu is open.
 */
import type { ReactiveControllerHost } from 'lit';
import type { VariantMenu } from './variant-menu.js';
import { navigateMenu } from './navigation.js';

interface MenusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class KeyboardMenus {
  readonly #host: MenusHost;
  #variants: VariantMenu | undefined;
  #layoutsOpen = false;

  constructor(host: MenusHost) {
    this.#host = host;
  }

  /** The open long-press menu, if any. */
  get variants(): VariantMenu | undefined {
    return this.#variants;
  }

  get layoutsOpen(): boolean {
    return this.#layoutsOpen;
  }

  openVariants(menu: VariantMenu): void {
    this.#set(menu, false);
    if (menu.byKeyboard) void this.focusAfterUpdate('[part~="variant"]');
  }

  /** Closes the long-press menu; `refocusKey` puts focus back on its key. */
  closeVariants(refocusKey: boolean): void {
    const keyId = this.#variants?.keyId;
    this.#set(undefined, this.#layoutsOpen);
    if (refocusKey && keyId) void this.focusAfterUpdate(`.keys button[data-key="${CSS.escape(keyId)}"]`);
  }

  /** Opens the layout menu; `focusChoice` moves focus to the checked layout. */
  openLayouts(focusChoice: boolean): void {
    this.#set(undefined, true);
    if (focusChoice) void this.focusAfterUpdate('[part~="layout-option"][aria-checked="true"]');
  }

  /** Closes the layout menu; `refocusSwitch` puts focus back on the layout switch. */
  closeLayouts(refocusSwitch: boolean): void {
    this.#set(this.#variants, false);
    if (refocusSwitch) void this.focusAfterUpdate('.layout-switch');
  }

  /** Closes both menus without moving focus. */
  closeAll(): void {
    this.#set(undefined, false);
  }

  /** A tap or a click toggles the layout menu without moving focus; Enter or Space (detail 0) moves focus into it. */
  onLayoutSwitchClick = (event: MouseEvent): void => {
    if (this.#layoutsOpen) this.closeLayouts(event.detail === 0);
    else this.openLayouts(event.detail === 0);
  };

  /** Up or Down on the switch opens the layout menu with focus in it. */
  onLayoutSwitchKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.openLayouts(true);
  };

  onVariantsKeyDown = (event: KeyboardEvent): void =>
    navigateMenu(event, this.#buttons('[data-variant]'), () => this.closeVariants(true));

  onLayoutsKeyDown = (event: KeyboardEvent): void =>
    navigateMenu(event, this.#buttons('[part~="layout-option"]'), () => this.closeLayouts(true));

  #set(variants: VariantMenu | undefined, layoutsOpen: boolean): void {
    if (variants === this.#variants && layoutsOpen === this.#layoutsOpen) return;
    this.#variants = variants;
    this.#layoutsOpen = layoutsOpen;
    this.#host.requestUpdate();
  }

  /** After the next render, focuses the element `selector` finds. */
  async focusAfterUpdate(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #buttons(selector: string): HTMLButtonElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>(selector)];
  }
}
