import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { guard } from 'lit/directives/guard.js';
import { getLayer, getLayout } from '@bichig/keyboard';
import type { KeyboardLayer, KeyboardLayout, ScreenKey } from '@bichig/keyboard';
import { themeTokens } from '../../internal/theme.js';
import { getLocale } from '../../localize.js';
import { bichigKeyboardStyles } from './bichig-keyboard.styles.js';
import { Announcer } from './announcer.js';
import { FieldTrackerController } from './field-tracker.js';
import { HardwareKeysController } from './hardware-keys.js';
import { HoldController } from './hold-controller.js';
import { BichigLayoutChangeEvent } from './keyboard-events.js';
import { renderKey, spokenKey } from './key-template.js';
import { LayoutMemoryController, forgetLayoutChoice } from './layout-memory.js';
import { renderLayoutMenu, renderLayoutSwitch } from './layout-menu.js';
import { localized } from './localized.js';
import { isGridKey, navigateToolbar, nextKeyInGrid } from './navigation.js';
import { SuggestionsController, renderSuggestionBar } from './suggestion-bar.js';
import { Typing } from './typing.js';
import type { SuggestionKind } from './suggestion-bar.js';
import { VariantGlyphs } from './variant-glyphs.js';
import { menuChoices, renderVariantMenu } from './variant-menu.js';
import { KeyboardMenus } from './menus.js';
import { parseRenderer } from '../../internal/renderer.js';
import type { RendererMode } from '../../internal/renderer.js';

export { BichigKeyEvent, BichigLayoutChangeEvent } from './keyboard-events.js';
export type { BichigKeyDetail, BichigLayoutChangeDetail } from './keyboard-events.js';
export { LAYOUT_STORAGE_KEY } from './layout-memory.js';
export { changedStretch } from './edits.js';

const physicalKeysConverter = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(off|false|0)$/i.test(value),
  toAttribute: (value: boolean): string => (value ? 'on' : 'off'),
};

/** A pointer never moves focus: the field keeps it, with its caret. */
function keepFocus(event: Event): void {
  event.preventDefault();
}

/**
 * An on-screen traditional Mongolian keyboard (GB/T 28038 standard layout by default) that types
 * into a field without taking its focus: the field named by `for` (an id in the keyboard's own
 * tree scope, then the document), or else the editable field focused last — a native <input> or
 * <textarea>, a contenteditable element, a <bichig-textarea> or <bichig-input>, inside shadow
 * roots too. Caret and selection stay where the engine (@bichig/keyboard's `applyKey`) puts them.
 *
 * While it is shown and `physical-keys` is on, hardware keys typed into that field are mapped by
 * `KeyboardEvent.code` to the chosen layout, whatever layout the operating system has (IME
 * composition passes through untouched). Invisible characters have named keys (FVS1–FVS4, MVS,
 * NNBSP, ZWJ, ZWNJ; FVS4 on the bottom row and the controls layer). Long-press a letter (or
 * press Shift+F10 / Alt+↓ on a focused key) for its positional and FVS forms, drawn as glyphs
 * shaped by @bichig/core. The suggestion bar offers word completions, case suffixes chosen by
 * vowel harmony, and the FVS forms of the letter before the caret.
 *
 * Which layout: the one the visitor chose with the layout switch (a button in the suggestion bar
 * with a menu of the four layouts; the choice is kept in localStorage under
 * `bichig-keyboard-layout` and applies to every keyboard of the site), else the `layout`
 * attribute, else — automatically — the `touch` layout on a touch screen (`pointer: coarse`) or a
 * viewport narrower than the standard layout's rows, and the standard layout elsewhere.
 *
 * Keys are at least 44 × 44 px; a pointer never moves focus (pointerdown/mousedown default
 * prevented); keyboard users Tab into the keys (one tab stop, arrow keys between keys, Home/End)
 * and the keys type into the field focused last. Motion is off under prefers-reduced-motion.
 * Holding Backspace or Delete repeats it (after 500 ms, then every 80 ms) until the pointer lifts
 * or leaves the key; holding a letter opens its forms.
 *
 * @summary On-screen Mongolian keyboard bound to a field.
 *
 * @csspart keyboard - The whole keyboard.
 * @csspart suggestions - The suggestion bar.
 * @csspart suggestion - One suggestion button.
 * @csspart physical-toggle - The button that turns hardware key mapping on and off.
 * @csspart layout-switch - The button that opens the layout menu.
 * @csspart layout-menu - The menu of layouts.
 * @csspart layout-option - One layout in that menu.
 * @csspart keys - The key area of the current layer.
 * @csspart key - One key; also `key-letter`, `key-control` (invisible characters) and `key-function`.
 * @csspart variants - The long-press menu of letter forms.
 * @csspart variant - One letter form in that menu.
 *
 * @cssprop --bichig-color-surface - Key background.
 * @cssprop --bichig-color-border - Key borders.
 * @cssprop --bichig-color-focus - Focus ring.
 * @cssprop --bichig-keyboard-key-size - Minimum key size: 44px by default (WCAG 2.5.5); a site may lower it, not under 24px (WCAG 2.5.8). The touch layout's rows of seven 44px keys fit a 360px phone.
 *
 * @event bichig-key - {BichigKeyEvent} A key (on screen, a suggestion, or a mapped hardware key) was applied; `detail.value` is the field's new value.
 * @event bichig-layout-change - {BichigLayoutChangeEvent} The visitor chose another layout with the layout switch; `detail.layout` is its id, `detail.previous` the one before.
 */
export class BichigKeyboard extends LitElement {
  static override styles = [themeTokens, bichigKeyboardStyles];

  static override properties = {
    htmlFor: { attribute: 'for' },
    layout: {},
    physicalKeys: { attribute: 'physical-keys', reflect: true, converter: physicalKeysConverter },
    renderer: { reflect: true },
    focusedKey: { state: true },
  };

  /** The id of the field to type into; without it, the editable field focused last. */
  declare htmlFor: string;
  /**
   * The page's layout: `standard` (GB/T 28038), `mongolian-script`, `phonetic` or `touch`; empty
   * (the default) picks one for the device. A visitor's own choice (the layout switch) wins.
   */
  declare layout: string;
  /** Map hardware keys to the layout while the keyboard is shown (`physical-keys="off"` turns it off). */
  declare physicalKeys: boolean;
  /**
   * How the letter forms in the suggestion bar and the long-press menu are drawn: `shaped`
   * (HarfBuzz, SVG), `native` (the browser's text in the project font: no HarfBuzz download) or
   * `auto` (native where this browser shapes the font as HarfBuzz does). Give the keyboard the
   * renderer of the page's text, so it shows the forms as the fields will.
   */
  declare renderer: RendererMode;
  /** The key that is the grid's tab stop (the one focused last). */
  declare private focusedKey: string | undefined;

  /** The id of the layout the last render showed, to start a newly shown layout on its default layer. */
  #shownLayoutId: string | undefined;

  readonly #layouts = new LayoutMemoryController(this, () => this.layout);
  readonly #fields = new FieldTrackerController(
    this,
    () => this.htmlFor,
    () => this.#suggestions.schedule(),
  );
  readonly #glyphs = new VariantGlyphs(this, () => parseRenderer(this.renderer, this));
  readonly #suggestions = new SuggestionsController(
    this,
    () => this.#fields.sync(),
    (texts, position) => texts.forEach((text) => this.#glyphs.load(text, position)),
  );
  readonly #announcer = new Announcer(this);
  readonly #menus = new KeyboardMenus(this);
  readonly #typing = new Typing(this, {
    layout: () => this.keyboardLayout,
    target: () => this.#fields.sync(),
    announce: (text) => this.#announcer.announce(text),
    layerSwitched: () => {
      this.#menus.closeVariants(false);
      this.#announcer.announce(localized(this.currentLayer.name) ?? '');
    },
    edited: () => this.#suggestions.update(),
  });
  readonly #hold = new HoldController<ScreenKey>(this, {
    longPress: (key) => this.#openMenu(key, false),
    repeatStart: (key) => {
      this.#menus.closeAll();
      return this.#pressKey(key);
    },
    repeat: (key) => this.#typing.apply(key.action, 'screen', key.id),
    button: (key) => this.#keyButton(key.id),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.htmlFor = '';
    this.layout = '';
    this.physicalKeys = true;
    this.renderer = 'auto';
    this.focusedKey = undefined;
    new HardwareKeysController(this, {
      enabled: () => this.physicalKeys && !this.hidden,
      claim: (path) => this.#fields.claim(path),
      layout: () => this.keyboardLayout,
      apply: (target, action, code) => this.#typing.applyTo(target, action, 'physical', code),
    });
  }

  /**
   * The id of the layout in use: the visitor's choice, else `layout`, else the one that suits the
   * device (`touch` on a touch screen or a narrow viewport, `standard` elsewhere).
   */
  get activeLayout(): string {
    return this.keyboardLayout.id;
  }

  /** The layout in use (an unknown `layout` falls back to the automatic choice, with a warning). */
  get keyboardLayout(): KeyboardLayout {
    return this.#layouts.current;
  }

  /** The layer shown now. */
  get currentLayer(): KeyboardLayer {
    const layout = this.keyboardLayout;
    try {
      return getLayer(layout, this.#typing.layer);
    } catch {
      return getLayer(layout);
    }
  }

  /** The field the keys type into now, or null. */
  get target(): HTMLElement | null {
    return this.#fields.current?.element ?? null;
  }

  /**
   * Forgets the visitor's layout choice (localStorage and this page): every keyboard goes back
   * to its `layout` attribute or the automatic choice. For a site's "reset settings".
   */
  static forgetLayoutChoice(): void {
    forgetLayoutChoice();
  }

  /**
   * Shows the layout `id` and keeps it as this visitor's choice (localStorage), for every keyboard
   * of the site; fires `bichig-layout-change` when the layout shown changes.
   * @throws UnknownLayoutError for an id that is not a built-in layout.
   */
  chooseLayout(id: string): void {
    getLayout(id);
    const previous = this.activeLayout;
    this.#layouts.remember(id);
    this.#menus.closeLayouts(false);
    if (id !== previous) {
      this.#announcer.announce(localized(getLayout(id).name) ?? id);
      this.dispatchEvent(new BichigLayoutChangeEvent({ layout: id, previous }));
    }
  }

  /**
   * Presses the key `keyId` of the current layer, as a tap would.
   * @returns false when the layer has no such key or no field took it.
   */
  press(keyId: string): boolean {
    const key = this.#findKey(keyId);
    if (!key) return false;
    return this.#pressKey(key);
  }

  /** Types `text` into the field at the caret (replacing the selection), as a key would. */
  type(text: string): boolean {
    return this.#typing.apply({ type: 'insert', text }, 'screen', 'text');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) this.#layouts.warnIfUnknown();
    const layout = this.keyboardLayout;
    if (layout.id !== this.#shownLayoutId) {
      this.#shownLayoutId = layout.id;
      this.#typing.reset(layout);
      this.#menus.closeVariants(false);
    }
  }

  // ——— pointer and keyboard handling of the keys ———

  #onKeysPointerDown = (event: PointerEvent): void => {
    event.preventDefault();
    const key = this.#keyOf(event);
    if (!key || event.button !== 0) {
      this.#hold.reset();
      return;
    }
    this.#hold.start(key, key.action.type === 'backspace' || key.action.type === 'delete');
  };

  /** Leaving the key (not for one of its own children) cancels the long-press or the repeat. */
  #onKeysPointerOut = (event: PointerEvent): void => {
    const from = (event.target as Element).closest('button[data-key]');
    if (from && !from.contains(event.relatedTarget as Node | null)) this.#hold.cancel();
  };

  #onPointerUp = (event: PointerEvent): void => {
    this.#hold.cancel();
    if (!this.#hold.ended || !this.#menus.variants) return;
    // Sliding from the key onto a form and lifting the finger chooses that form.
    const under = (this.renderRoot as ShadowRoot)
      .elementFromPoint(event.clientX, event.clientY)
      ?.closest<HTMLElement>('[data-variant]');
    if (under) this.#chooseVariant(Number(under.dataset['variant']));
  };

  #onKeysClick = (event: MouseEvent): void => {
    const key = this.#keyOf(event);
    if (!key || this.#hold.takeClick(event)) return;
    this.#menus.closeAll();
    this.#pressKey(key);
  };

  #onKeysFocusIn = (event: FocusEvent): void => {
    const key = this.#keyOf(event);
    if (key) this.focusedKey = key.id;
  };

  /** Arrow keys move between keys (APG roving tabindex); Shift+F10, Alt+↓ or the menu key open a letter's forms. */
  #onKeysKeyDown = (event: KeyboardEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button) return;
    const key = this.#findKey(button.dataset['key'] ?? '');
    const opensMenu =
      event.key === 'ContextMenu' ||
      (event.shiftKey && event.key === 'F10') ||
      (event.altKey && event.key === 'ArrowDown');
    if (key && opensMenu) {
      if (this.#openMenu(key, true)) event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      if (this.#menus.variants) this.#menus.closeVariants(true);
      return;
    }
    if (!isGridKey(event)) return;
    event.preventDefault();
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('.keys .row')].map((row) => [
      ...row.querySelectorAll<HTMLButtonElement>('button[data-key]'),
    ]);
    const next = nextKeyInGrid(event, button, rows);
    if (!next) return;
    this.focusedKey = next.dataset['key'];
    next.focus();
  };

  #onSuggestionsKeyDown = (event: KeyboardEvent): void => navigateToolbar(event, this.#buttons('.bar button'));

  #pressKey(key: ScreenKey): boolean {
    const applied = this.#typing.apply(key.action, 'screen', key.id);
    if (applied && key.action.type !== 'layer') this.#announcer.announce(spokenKey(key));
    return applied;
  }

  #applySuggestion(kind: SuggestionKind, index: number): void {
    const text = this.#typing.applySuggestion(kind, index);
    if (text !== undefined) this.#announcer.announce(text);
  }

  // ——— menus ———

  #openMenu(key: ScreenKey, byKeyboard: boolean): boolean {
    const field = this.#fields.sync();
    const choices = menuChoices(key, field ? field.read() : { value: '', selectionStart: 0, selectionEnd: 0 });
    if (choices.length === 0) return false;
    for (const choice of choices) if (choice.position) this.#glyphs.load(choice.text, choice.position);
    this.#menus.openVariants({ keyId: key.id, choices, byKeyboard });
    return true;
  }

  #chooseVariant(index: number): void {
    const choice = this.#menus.variants?.choices[index];
    const byKeyboard = this.#menus.variants?.byKeyboard ?? false;
    if (!choice) return;
    this.#menus.closeVariants(byKeyboard);
    const applied = this.#typing.apply({ type: 'insert', text: choice.text }, 'screen', `variant:${index}`);
    if (applied) this.#announcer.announce(choice.label);
  }

  #pickLayout(id: string, byKeyboard: boolean): void {
    this.chooseLayout(id);
    if (byKeyboard) void this.#menus.focusAfterUpdate('.layout-switch');
  }

  // ——— lookups ———

  #keyOf(event: Event): ScreenKey | undefined {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-key]');
    return button ? this.#findKey(button.dataset['key'] ?? '') : undefined;
  }

  #findKey(id: string): ScreenKey | undefined {
    for (const row of this.currentLayer.rows) for (const key of row) if (key.id === id) return key;
    return undefined;
  }

  #keyButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.keys button[data-key="${CSS.escape(id)}"]`);
  }

  #buttons(selector: string): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>(selector)];
  }

  // ——— rendering ———

  #renderSuggestions(): TemplateResult {
    const layout = this.keyboardLayout;
    const layoutSwitch = (tabIndex: number): TemplateResult =>
      renderLayoutSwitch(layout, this.#menus.layoutsOpen, tabIndex, {
        keepFocus,
        click: this.#menus.onLayoutSwitchClick,
        keydown: this.#menus.onLayoutSwitchKeyDown,
      });
    return renderSuggestionBar(this.#suggestions.current, this.#glyphs, this.physicalKeys, layoutSwitch, {
      keepFocus,
      keydown: this.#onSuggestionsKeyDown,
      apply: (kind, index) => this.#applySuggestion(kind, index),
      togglePhysicalKeys: () => (this.physicalKeys = !this.physicalKeys),
    });
  }

  #renderMenus(): TemplateResult | typeof nothing {
    const menu = this.#menus.variants;
    if (menu) {
      const key = this.#findKey(menu.keyId);
      const title = key && key.action.type === 'insert' ? key.action.text : (key?.cap ?? '');
      return renderVariantMenu(menu, title, this.#glyphs, {
        keepFocus,
        keydown: this.#menus.onVariantsKeyDown,
        choose: (index) => this.#chooseVariant(index),
        close: () => this.#menus.closeVariants(true),
      });
    }
    if (!this.#menus.layoutsOpen) return nothing;
    return renderLayoutMenu(this.activeLayout, {
      keepFocus,
      keydown: this.#menus.onLayoutsKeyDown,
      pick: (id, byKeyboard) => this.#pickLayout(id, byKeyboard),
    });
  }

  protected override render() {
    const layer = this.currentLayer;
    const layoutName = localized(this.keyboardLayout.name) ?? this.layout;
    const tabStop = this.focusedKey ?? layer.rows[1]?.[0]?.id ?? layer.rows[0]?.[0]?.id;
    return html`<div
      class="keyboard"
      part="keyboard"
      data-layout=${this.activeLayout}
      lang=${getLocale()}
      role="group"
      aria-label=${msg(str`蒙古文键盘：${layoutName}`, { id: 'keyboard.name' })}
      @pointerdown=${keepFocus}
      @mousedown=${keepFocus}
      @pointerup=${this.#onPointerUp}
    >
      ${this.#renderSuggestions()}
      <div class="key-area">
        <div
          class="keys"
          part="keys"
          role="group"
          aria-label=${localized(layer.name) ?? layer.id}
          @keydown=${this.#onKeysKeyDown}
          @pointerdown=${this.#onKeysPointerDown}
          @pointercancel=${this.#hold.cancel}
          @pointerout=${this.#onKeysPointerOut}
          @contextmenu=${keepFocus}
          @click=${this.#onKeysClick}
          @focusin=${this.#onKeysFocusIn}
        >
          ${guard([layer, getLocale(), this.#typing.layer, this.focusedKey], () =>
            layer.rows.map(
              (row) =>
                html`<div class="row">
                  ${row.map((key) => renderKey(key, key.id === tabStop, this.#typing.layer))}
                </div>`,
            ),
          )}
        </div>
        ${this.#renderMenus()}
      </div>
      ${this.#announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-keyboard': BichigKeyboard;
  }
}
