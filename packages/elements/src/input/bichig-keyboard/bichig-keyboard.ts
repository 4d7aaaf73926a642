import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { guard } from 'lit/directives/guard.js';
import {
  FUNCTION_KEY_NAMES,
  LAYOUTS,
  actionForKeyEvent,
  applyFvsChoice,
  applyKey,
  applyWordSuggestion,
  fvsChoicesBeforeCaret,
  getLayer,
  getLayout,
  invisibleCharacterInfo,
  isMongolianLetter,
  letterVariantChoices,
  suffixSuggestions,
  wordSuggestions,
  DEFAULT_LAYOUT_ID,
} from '@bichig/keyboard';
import type {
  EditorState,
  FvsChoicesBeforeCaret,
  KeyAction,
  KeyboardLayer,
  KeyboardLayout,
  LetterPosition,
  LocalizedText,
  ScreenKey,
  SuffixSuggestion,
  VariantChoice,
  WordSuggestion,
} from '@bichig/keyboard';
import { themeTokens } from '../../internal/theme.js';
import { getLocale } from '../../localize.js';
import { bichigKeyboardStyles } from './bichig-keyboard.styles.js';
import { deepActiveElement, editTargetFor, isEditableElement } from './targets.js';
import type { EditTarget, FieldSnapshot } from './targets.js';
import { inContext, variantGlyphSvg } from './variant-glyphs.js';
import { isVerticalTextField } from '../field/vertical-field.js';
import { hasMongolianCodePoint } from '@bichig/core/mongolian';

/** How long a finger must rest on a letter key before its variants open, ms. */
const LONG_PRESS_MS = 450;
/** Holding Backspace or Delete: the first repeat comes after this long, ms (as on phone keyboards)… */
const REPEAT_DELAY_MS = 500;
/** …and then one deletion every this many ms, until the finger lifts or leaves the key. */
const REPEAT_INTERVAL_MS = 80;
/** Size of the variant glyph pictures, px. */
const VARIANT_GLYPH_SIZE = 30;

/** A choice in the long-press menu: a letter form, or one of the key's extra characters. */
interface MenuChoice {
  text: string;
  /** The form's position (for the glyph picture), when it is a letter form. */
  position?: LetterPosition;
  fvs: number;
  label: string;
  caption: string;
}

/** Detail of the `bichig-key` event. */
export interface BichigKeyDetail {
  /** The on-screen key's id (its KeyboardEvent.code for keys with a physical counterpart), or the code of the physical key. */
  key: string;
  action: KeyAction;
  /** `screen` for the on-screen keyboard or a suggestion, `physical` for a hardware key. */
  source: 'screen' | 'physical';
  /** The field's value after the key, or undefined if no field took it. */
  value: string | undefined;
}

/** Fired (bubbling, composed) after the keyboard has applied a key to its field. */
export class BichigKeyEvent extends CustomEvent<BichigKeyDetail> {
  static readonly eventName = 'bichig-key';
  constructor(detail: BichigKeyDetail) {
    super(BichigKeyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Detail of the `bichig-layout-change` event. */
export interface BichigLayoutChangeDetail {
  /** The id of the layout the visitor chose: 'standard', 'mongolian-script', 'phonetic' or 'touch'. */
  layout: string;
  /** The id of the layout shown before. */
  previous: string;
}

/** Fired (bubbling, composed) when the visitor chose another layout with the layout switch (or `chooseLayout`). */
export class BichigLayoutChangeEvent extends CustomEvent<BichigLayoutChangeDetail> {
  static readonly eventName = 'bichig-layout-change';
  constructor(detail: BichigLayoutChangeDetail) {
    super(BichigLayoutChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-key': BichigKeyEvent;
    'bichig-layout-change': BichigLayoutChangeEvent;
  }
}

/** Where the visitor's layout choice is kept (one per origin, shared by every keyboard of the site). */
export const LAYOUT_STORAGE_KEY = 'bichig-keyboard-layout';

/**
 * The visitor's choice as last read or made in this page; `null` until storage is read. It is
 * also the only record where storage is unavailable (blocked cookies, sandboxed frames).
 */
let layoutChoice: string | undefined | null = null;

function storedLayoutChoice(): string | undefined {
  if (layoutChoice === null) {
    let stored: string | null | undefined;
    try {
      stored = globalThis.localStorage?.getItem(LAYOUT_STORAGE_KEY);
    } catch {
      stored = undefined;
    }
    // A value from an older version or typed by hand is ignored, not trusted.
    layoutChoice = LAYOUTS.some((layout) => layout.id === stored) ? (stored ?? undefined) : undefined;
  }
  return layoutChoice;
}

function storeLayoutChoice(id: string): void {
  layoutChoice = id;
  try {
    globalThis.localStorage?.setItem(LAYOUT_STORAGE_KEY, id);
  } catch {
    // Storage refused (quota, privacy mode): the choice holds for this page only.
  }
}

/** Unknown `layout` values already warned about (the layout is looked up on every key). */
const warnedLayouts = new Set<string>();

/** Every keyboard in the page, so a choice made on one shows on all of them. */
const connectedKeyboards = new Set<BichigKeyboard>();

/**
 * Width in px of the default (standard) layout's widest row with 44 px keys and 4 px gaps, plus
 * the keyboard's padding and border: a narrower viewport would scroll it sideways, so the
 * keyboard picks the phone layout there.
 */
function defaultLayoutWidthPx(): number {
  const rows = getLayout(DEFAULT_LAYOUT_ID).layers.flatMap((layer) => layer.rows);
  const widths = rows.map((row) => row.reduce((sum, key) => sum + (key.width ?? 1) * 44, 0) + (row.length - 1) * 4);
  return Math.max(...widths) + 2 * (4 + 1);
}

/** Matches where the phone layout suits best: a touch screen, or a viewport too narrow for the standard rows. */
let phoneQuery: MediaQueryList | undefined;
function phoneMediaQuery(): MediaQueryList | undefined {
  if (typeof matchMedia !== 'function') return undefined;
  phoneQuery ??= matchMedia(`(pointer: coarse), (max-width: ${defaultLayoutWidthPx() - 1}px)`);
  return phoneQuery;
}

/** The layout picked when neither the visitor nor the page chose one. */
const PHONE_LAYOUT_ID = 'touch';

function localized(text: LocalizedText | undefined): string | undefined {
  if (!text) return undefined;
  const locale = getLocale();
  return text[locale] ?? text['zh-Hans'];
}

const physicalKeysConverter = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(off|false|0)$/i.test(value),
  toAttribute: (value: boolean): string => (value ? 'on' : 'off'),
};

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
    layer: { state: true },
    suggestionState: { state: true },
    menu: { state: true },
    layoutMenuOpen: { state: true },
    focusedKey: { state: true },
    announcement: { state: true },
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
  declare private layer: string;
  declare private suggestionState: {
    words: WordSuggestion[];
    suffixes: SuffixSuggestion[];
    fvs: FvsChoicesBeforeCaret | null;
  };
  declare private menu: { keyId: string; choices: MenuChoice[]; byKeyboard: boolean } | undefined;
  declare private layoutMenuOpen: boolean;
  declare private focusedKey: string | undefined;
  declare private announcement: string;

  #lastFocused: HTMLElement | undefined;
  #returnLayer: string | undefined;
  #pendingLatin: EditorState['pendingLatin'];
  #longPressTimer = 0;
  #repeatTimer = 0;
  #suppressClick = false;
  #suggestionFrame = 0;
  #pressedTimer = 0;
  #lit: HTMLElement | undefined;
  #glyphs = new Map<string, string>();
  #suggestionKey = '';
  /** The id of the layout the last render showed, to start a newly shown layout on its default layer. */
  #shownLayoutId: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.htmlFor = '';
    this.layout = '';
    this.physicalKeys = true;
    this.layer = getLayout(DEFAULT_LAYOUT_ID).defaultLayer;
    this.suggestionState = { words: [], suffixes: [], fvs: null };
    this.menu = undefined;
    this.layoutMenuOpen = false;
    this.focusedKey = undefined;
    this.announcement = '';
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
    const chosen = storedLayoutChoice() ?? this.layout;
    if (chosen) {
      try {
        return getLayout(chosen);
      } catch (error) {
        if (!warnedLayouts.has(chosen))
          console.warn(`<bichig-keyboard>: ${(error as Error).message}; choosing one for the device`);
        warnedLayouts.add(chosen);
      }
    }
    return getLayout(phoneMediaQuery()?.matches ? PHONE_LAYOUT_ID : DEFAULT_LAYOUT_ID);
  }

  /**
   * Shows the layout `id` and keeps it as this visitor's choice (localStorage), for every keyboard
   * of the site; fires `bichig-layout-change` when the layout shown changes.
   * @throws UnknownLayoutError for an id that is not a built-in layout.
   */
  chooseLayout(id: string): void {
    getLayout(id);
    const previous = this.activeLayout;
    storeLayoutChoice(id);
    this.layoutMenuOpen = false;
    for (const keyboard of connectedKeyboards) keyboard.requestUpdate();
    this.requestUpdate();
    if (id !== previous) {
      this.#announce(localized(getLayout(id).name) ?? id);
      this.dispatchEvent(new BichigLayoutChangeEvent({ layout: id, previous }));
    }
  }

  /** The layer shown now. */
  get currentLayer(): KeyboardLayer {
    const layout = this.keyboardLayout;
    try {
      return getLayer(layout, this.layer);
    } catch {
      return getLayer(layout);
    }
  }

  /** The field the keys type into now, or null. */
  get target(): HTMLElement | null {
    return this.#target()?.element ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.#onFocusIn, true);
    window.addEventListener('keydown', this.#onPhysicalKeyDown, true);
    document.addEventListener('selectionchange', this.#scheduleSuggestions);
    document.addEventListener('input', this.#scheduleSuggestions, true);
    window.addEventListener('storage', this.#onStorage);
    phoneMediaQuery()?.addEventListener('change', this.#onDeviceChange);
    connectedKeyboards.add(this);
    const active = deepActiveElement();
    if (isEditableElement(active)) this.#lastFocused = active;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.#onFocusIn, true);
    window.removeEventListener('keydown', this.#onPhysicalKeyDown, true);
    document.removeEventListener('selectionchange', this.#scheduleSuggestions);
    document.removeEventListener('input', this.#scheduleSuggestions, true);
    window.removeEventListener('storage', this.#onStorage);
    phoneMediaQuery()?.removeEventListener('change', this.#onDeviceChange);
    connectedKeyboards.delete(this);
    cancelAnimationFrame(this.#suggestionFrame);
    this.#cancelLongPress();
  }

  /**
   * Forgets the visitor's layout choice (localStorage and this page): every keyboard goes back
   * to its `layout` attribute or the automatic choice. For a site's "reset settings".
   */
  static forgetLayoutChoice(): void {
    try {
      globalThis.localStorage?.removeItem(LAYOUT_STORAGE_KEY);
    } catch {
      // Nothing stored where storage is refused.
    }
    // Read storage afresh next time (another tab may choose meanwhile).
    layoutChoice = null;
    for (const keyboard of connectedKeyboards) keyboard.requestUpdate();
  }

  /** A choice made in another tab of the site shows here too. */
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== LAYOUT_STORAGE_KEY) return;
    layoutChoice = null;
    this.requestUpdate();
  };

  /** A phone turned, a window resized past the standard rows, a mouse plugged into a tablet. */
  #onDeviceChange = (): void => {
    this.requestUpdate();
  };

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const layout = this.keyboardLayout;
    if (layout.id !== this.#shownLayoutId) {
      this.#shownLayoutId = layout.id;
      this.layer = layout.defaultLayer;
      this.#returnLayer = undefined;
      this.#pendingLatin = undefined;
      this.menu = undefined;
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
    return this.#apply({ type: 'insert', text }, 'screen', 'text');
  }

  // ——— targets ———

  #forElement(): HTMLElement | null {
    if (!this.htmlFor) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor);
    return found instanceof HTMLElement ? found : null;
  }

  #target(): EditTarget | null {
    if (this.htmlFor) return editTargetFor(this.#forElement());
    // Focus moving inside one shadow root fires no focusin outside it, so ask where focus is now.
    const active = deepActiveElement();
    if (isEditableElement(active) && !this.contains(active) && active !== this) this.#lastFocused = active;
    if (this.#lastFocused && !this.#lastFocused.isConnected) this.#lastFocused = undefined;
    return editTargetFor(this.#lastFocused);
  }

  /** The editable field an event's path starts in: a vertical field rather than its inner control. */
  #editableInPath(path: readonly EventTarget[]): HTMLElement | undefined {
    const index = path.findIndex((node) => node instanceof Element && isEditableElement(node));
    if (index < 0) return undefined;
    const first = path[index] as HTMLElement;
    for (const node of path.slice(index + 1)) {
      if (node instanceof Element && isVerticalTextField(node) && node.nativeControl === first) return node;
    }
    return first;
  }

  #watchedRoots = new WeakSet<ShadowRoot>();

  #onFocusIn = (event: FocusEvent): void => {
    const path = event.composedPath();
    // Later focus moves inside these shadow roots do not reach the document: listen in them too.
    for (const node of path) {
      if (node instanceof ShadowRoot && !this.#watchedRoots.has(node) && node !== this.shadowRoot) {
        this.#watchedRoots.add(node);
        node.addEventListener('focusin', (inner) => {
          if (this.isConnected) this.#onFocusIn(inner as FocusEvent);
        });
      }
    }
    if (path.includes(this)) return;
    const editable = this.#editableInPath(path);
    if (editable) {
      this.#lastFocused = editable;
      this.#scheduleSuggestions();
    }
  };

  /** Does the keyboard type into the field this event's path starts in? */
  #ownsEventPath(path: readonly EventTarget[]): EditTarget | null {
    if (path.includes(this)) return null;
    const editable = this.#editableInPath(path);
    if (!editable) return null;
    if (this.htmlFor) {
      const forElement = this.#forElement();
      return forElement && path.includes(forElement) ? editTargetFor(forElement) : null;
    }
    this.#lastFocused = editable;
    return editTargetFor(editable);
  }

  // ——— applying keys ———

  #onPhysicalKeyDown = (event: KeyboardEvent): void => {
    if (!this.physicalKeys || this.hidden || !this.isConnected || event.defaultPrevented) return;
    // IME composition (keyCode 229 is Chromium's "an IME handles this key") passes through.
    if (event.isComposing || event.keyCode === 229) return;
    const target = this.#ownsEventPath(event.composedPath());
    if (!target) return;
    const layout = this.keyboardLayout;
    const action = actionForKeyEvent(layout, {
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
    this.#applyTo(target, action, 'physical', event.code);
  };

  /** Lights the on-screen key of a hardware key press for a moment (on the DOM: no re-render per key). */
  #light(code: string): void {
    const button = this.renderRoot.querySelector<HTMLElement>(`.keys button[data-code="${CSS.escape(code)}"]`);
    this.#lit?.classList.remove('active');
    this.#lit = button ?? undefined;
    if (!button) return;
    button.classList.add('active');
    clearTimeout(this.#pressedTimer);
    this.#pressedTimer = window.setTimeout(() => button.classList.remove('active'), 150);
  }

  #pressKey(key: ScreenKey): boolean {
    const applied = this.#apply(key.action, 'screen', key.id);
    if (applied && key.action.type !== 'layer') this.#announce(this.#spoken(key));
    return applied;
  }

  #apply(action: KeyAction, source: 'screen' | 'physical', keyId: string): boolean {
    if (action.type === 'layer') {
      this.#switchLayer(action);
      return true;
    }
    const target = this.#target();
    if (!target) {
      this.#announce(msg('请先选择一个输入框。', { id: 'keyboard.no-field' }));
      return false;
    }
    if (target.locked) {
      this.#announce(msg('此输入框不可编辑。', { id: 'keyboard.locked' }));
      return false;
    }
    return this.#applyTo(target, action, source, keyId);
  }

  #editorState(snapshot: FieldSnapshot): EditorState {
    return {
      ...snapshot,
      layer: this.layer,
      ...(this.#returnLayer !== undefined ? { returnLayer: this.#returnLayer } : {}),
      ...(this.#pendingLatin !== undefined ? { pendingLatin: this.#pendingLatin } : {}),
    };
  }

  #switchLayer(action: Extract<KeyAction, { type: 'layer' }>): void {
    const layout = this.keyboardLayout;
    const next = applyKey(
      {
        value: '',
        selectionStart: 0,
        selectionEnd: 0,
        layer: this.layer,
        ...(this.#returnLayer ? { returnLayer: this.#returnLayer } : {}),
      },
      action,
      { layout },
    );
    this.layer = next.layer ?? layout.defaultLayer;
    this.#returnLayer = next.returnLayer;
    this.menu = undefined;
    this.#announce(localized(this.currentLayer.name) ?? '');
  }

  #applyTo(target: EditTarget, action: KeyAction, source: 'screen' | 'physical', keyId: string): boolean {
    if (action.type === 'enter' && target.singleLine) {
      target.form?.requestSubmit();
      return true;
    }
    const state = this.#editorState(target.read());
    let next: EditorState;
    try {
      next = applyKey(state, action, { layout: this.keyboardLayout });
    } catch (error) {
      // A field whose selection cannot be read as offsets (an unusual contenteditable): leave it
      // untouched, so nothing typed is lost, and say why in the console.
      console.warn(`<bichig-keyboard> did not apply ${action.type}: ${(error as Error).message}`);
      return false;
    }
    const ok = this.#commit(target, state, next, inputTypeFor(action));
    if (ok) this.dispatchEvent(new BichigKeyEvent({ key: keyId, action, source, value: target.read().value }));
    return ok;
  }

  /** Writes an engine result into the field: only the changed stretch, then the engine's selection. */
  #commit(target: EditTarget, state: EditorState, next: EditorState, inputType: string): boolean {
    const layout = this.keyboardLayout;
    let ok = true;
    if (next.value !== state.value) {
      if (next.value.length > state.value.length && next.value.length > target.maxLength) {
        const max = target.maxLength;
        this.#announce(msg(str`已达到 ${max} 个字符的上限。`, { id: 'keyboard.too-long' }));
        return false;
      }
      const { start, end, text } = changedStretch(state, next);
      ok = target.replace(start, end, text, next.selectionStart, next.selectionEnd, inputType);
    } else if (next.selectionStart !== state.selectionStart || next.selectionEnd !== state.selectionEnd) {
      target.select(next.selectionStart, next.selectionEnd);
    }
    if (ok) {
      this.layer = next.layer ?? layout.defaultLayer;
      this.#returnLayer = next.returnLayer;
      this.#pendingLatin = next.pendingLatin;
    }
    this.#updateSuggestions();
    return ok;
  }

  // ——— suggestions ———

  #scheduleSuggestions = (): void => {
    cancelAnimationFrame(this.#suggestionFrame);
    this.#suggestionFrame = requestAnimationFrame(() => this.#updateSuggestions());
  };

  #updateSuggestions(): void {
    cancelAnimationFrame(this.#suggestionFrame);
    const target = this.#target();
    if (!target || target.locked) {
      this.#suggestionKey = '';
      this.suggestionState = { words: [], suffixes: [], fvs: null };
      return;
    }
    const state = target.read();
    let next: { words: WordSuggestion[]; suffixes: SuffixSuggestion[]; fvs: FvsChoicesBeforeCaret | null };
    try {
      next = {
        words: wordSuggestions(state, undefined, 5),
        suffixes: suffixSuggestions(state),
        fvs: fvsChoicesBeforeCaret(state),
      };
    } catch {
      next = { words: [], suffixes: [], fvs: null };
    }
    // Most key presses inside a word leave the bar as it was: then skip the re-render.
    const key = suggestionKey(next);
    if (key === this.#suggestionKey) return;
    this.#suggestionKey = key;
    this.suggestionState = next;
    const fvs = this.suggestionState.fvs;
    if (fvs) for (const choice of fvs.choices) this.#loadGlyph(choice.text, fvs.position);
  }

  #applySuggestion(kind: 'word' | 'suffix' | 'fvs', index: number): void {
    const target = this.#target();
    if (!target || target.locked) return;
    const state = this.#editorState(target.read());
    let next: EditorState | undefined;
    let text = '';
    if (kind === 'word') {
      const suggestion = wordSuggestions(state, undefined, 5)[index];
      if (suggestion) [next, text] = [applyWordSuggestion(state, suggestion), suggestion.word];
    } else if (kind === 'suffix') {
      const suggestion = suffixSuggestions(state)[index];
      if (suggestion) [next, text] = [applyKey(state, { type: 'insert', text: suggestion.text }), suggestion.text];
    } else {
      const choice = fvsChoicesBeforeCaret(state)?.choices[index];
      if (choice) [next, text] = [applyFvsChoice(state, choice.fvs), choice.text];
    }
    if (!next) return;
    const action: KeyAction = { type: 'insert', text };
    if (this.#commit(target, state, next, 'insertReplacementText')) {
      this.dispatchEvent(
        new BichigKeyEvent({
          key: `suggestion:${kind}:${index}`,
          action,
          source: 'screen',
          value: target.read().value,
        }),
      );
      this.#announce(text);
    }
  }

  // ——— long-press variants ———

  #menuChoices(key: ScreenKey): MenuChoice[] {
    const choices: MenuChoice[] = [];
    if (key.action.type === 'insert' && isMongolianLetter(key.action.text)) {
      const target = this.#target();
      const state = target ? target.read() : { value: '', selectionStart: 0, selectionEnd: 0 };
      for (const choice of letterVariantChoices(state, key.action.text)) choices.push(this.#formChoice(choice));
    }
    for (const extra of key.longPress ?? []) {
      const info = invisibleCharacterInfo(extra);
      choices.push({
        text: extra,
        fvs: 0,
        label: info ? `${localized(info.name)} ${info.cap}` : extra,
        caption: info ? info.cap : extra,
      });
    }
    return choices.length > 1 || (choices.length === 1 && key.longPress?.length) ? choices : [];
  }

  #formChoice(choice: VariantChoice): MenuChoice {
    const positionName = positionNames()[choice.position];
    const form = choice.fvs === 0 ? msg('基本形', { id: 'keyboard.variant-plain' }) : `FVS${choice.fvs}`;
    return {
      text: choice.text,
      position: choice.position,
      fvs: choice.fvs,
      label: `${choice.letter} ${positionName} ${form}`,
      caption: choice.fvs === 0 ? '—' : `FVS${choice.fvs}`,
    };
  }

  #loadGlyph(text: string, position: LetterPosition): void {
    const key = `${position}\u0001${text}`;
    if (this.#glyphs.has(key)) return;
    this.#glyphs.set(key, '');
    variantGlyphSvg(text, position, VARIANT_GLYPH_SIZE).then(
      (svg) => {
        this.#glyphs.set(key, svg);
        this.requestUpdate();
      },
      // The native font still draws the form (with the joiners in place): the menu stays usable.
      (error: Error) => console.warn(`<bichig-keyboard>: variant glyphs fall back to native text: ${error.message}`),
    );
  }

  #openMenu(key: ScreenKey, byKeyboard: boolean): boolean {
    const choices = this.#menuChoices(key);
    if (choices.length === 0) return false;
    for (const choice of choices) if (choice.position) this.#loadGlyph(choice.text, choice.position);
    this.menu = { keyId: key.id, choices, byKeyboard };
    this.layoutMenuOpen = false;
    if (byKeyboard)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="variant"]')?.focus());
    return true;
  }

  #closeMenu(refocusKey: boolean): void {
    const keyId = this.menu?.keyId;
    this.menu = undefined;
    if (refocusKey && keyId) void this.updateComplete.then(() => this.#keyButton(keyId)?.focus());
  }

  #chooseVariant(index: number): void {
    const choice = this.menu?.choices[index];
    const byKeyboard = this.menu?.byKeyboard ?? false;
    if (!choice) return;
    this.#closeMenu(byKeyboard);
    if (this.#apply({ type: 'insert', text: choice.text }, 'screen', `variant:${index}`)) this.#announce(choice.label);
  }

  // ——— pointer and keyboard handling of the keys ———

  /** A pointer never moves focus: the field keeps it, with its caret. */
  #keepFocus = (event: Event): void => {
    event.preventDefault();
  };

  #keyOf(event: Event): ScreenKey | undefined {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-key]');
    return button ? this.#findKey(button.dataset['key'] ?? '') : undefined;
  }

  #onKeysPointerDown = (event: PointerEvent): void => {
    event.preventDefault();
    this.#suppressClick = false;
    this.#cancelLongPress();
    const key = this.#keyOf(event);
    if (!key || event.button !== 0) return;
    if (key.action.type === 'backspace' || key.action.type === 'delete') {
      this.#longPressTimer = window.setTimeout(() => this.#startRepeat(key), REPEAT_DELAY_MS);
      return;
    }
    this.#longPressTimer = window.setTimeout(() => {
      if (this.#openMenu(key, false)) this.#suppressClick = true;
    }, LONG_PRESS_MS);
  };

  /**
   * A held Backspace or Delete deletes once, then keeps deleting until the pointer lifts, is
   * cancelled or leaves the key; the click that ends the hold then adds nothing. The repeats are
   * announced once, not per character.
   */
  #startRepeat(key: ScreenKey): void {
    this.#suppressClick = true;
    this.#closeMenu(false);
    this.layoutMenuOpen = false;
    if (!this.#pressKey(key)) return;
    this.#keyButton(key.id)?.classList.add('active');
    this.#repeatTimer = window.setInterval(() => {
      if (!this.isConnected || !this.#apply(key.action, 'screen', key.id)) this.#cancelLongPress();
    }, REPEAT_INTERVAL_MS);
  }

  #cancelLongPress = (): void => {
    clearTimeout(this.#longPressTimer);
    if (!this.#repeatTimer) return;
    clearInterval(this.#repeatTimer);
    this.#repeatTimer = 0;
    this.renderRoot.querySelector('.keys button.active')?.classList.remove('active');
  };

  /** Leaving the key (not for one of its own children) cancels the long-press or the repeat. */
  #onKeysPointerOut = (event: PointerEvent): void => {
    const from = (event.target as Element).closest('button[data-key]');
    if (from && !from.contains(event.relatedTarget as Node | null)) this.#cancelLongPress();
  };

  #onKeyPointerUp(event: PointerEvent): void {
    this.#cancelLongPress();
    if (!this.#suppressClick || !this.menu) return;
    // Sliding from the key onto a form and lifting the finger chooses that form.
    const under = (this.renderRoot as ShadowRoot)
      .elementFromPoint(event.clientX, event.clientY)
      ?.closest<HTMLElement>('[data-variant]');
    if (under) this.#chooseVariant(Number(under.dataset['variant']));
  }

  #onKeysClick = (event: MouseEvent): void => {
    const key = this.#keyOf(event);
    if (!key) return;
    if (this.#suppressClick) {
      this.#suppressClick = false;
      // Only the click that ends a hold is swallowed: a click from Enter or Space (detail 0) is a
      // new key press, even when a hold ended off its key and left no click to swallow.
      if (event.detail !== 0) return;
    }
    this.#closeMenu(false);
    this.layoutMenuOpen = false;
    this.#pressKey(key);
  };

  #onKeysFocusIn = (event: FocusEvent): void => {
    const key = this.#keyOf(event);
    if (key) this.focusedKey = key.id;
  };

  #keyButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.keys button[data-key="${CSS.escape(id)}"]`);
  }

  #moveFocusTo(button: HTMLButtonElement | undefined | null): void {
    if (!button) return;
    this.focusedKey = button.dataset['key'];
    button.focus();
  }

  /** Arrow keys move between keys (APG roving tabindex); Shift+F10, Alt+↓ or the menu key open a letter's forms. */
  #onKeysKeyDown = (event: KeyboardEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (!button) return;
    const key = this.#findKey(button.dataset['key'] ?? '');
    if (
      key &&
      (event.key === 'ContextMenu' ||
        (event.shiftKey && event.key === 'F10') ||
        (event.altKey && event.key === 'ArrowDown'))
    ) {
      if (this.#openMenu(key, true)) event.preventDefault();
      return;
    }
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('.keys .row')].map((row) => [
      ...row.querySelectorAll<HTMLButtonElement>('button[data-key]'),
    ]);
    const rowIndex = rows.findIndex((row) => row.includes(button));
    const row = rows[rowIndex] ?? [];
    const column = row.indexOf(button);
    const nearestIn = (candidates: HTMLButtonElement[] | undefined): HTMLButtonElement | undefined => {
      if (!candidates?.length) return undefined;
      const centre = button.getBoundingClientRect().left + button.getBoundingClientRect().width / 2;
      return candidates.reduce((best, candidate) => {
        const c = candidate.getBoundingClientRect();
        const b = best.getBoundingClientRect();
        return Math.abs(c.left + c.width / 2 - centre) < Math.abs(b.left + b.width / 2 - centre) ? candidate : best;
      });
    };
    let next: HTMLButtonElement | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = row[column + 1];
        break;
      case 'ArrowLeft':
        next = row[column - 1];
        break;
      case 'ArrowDown':
        next = nearestIn(rows[rowIndex + 1]);
        break;
      case 'ArrowUp':
        next = nearestIn(rows[rowIndex - 1]);
        break;
      case 'Home':
        next = event.ctrlKey ? rows[0]?.[0] : row[0];
        break;
      case 'End':
        next = event.ctrlKey ? rows.at(-1)?.at(-1) : row.at(-1);
        break;
      case 'Escape':
        if (this.menu) this.#closeMenu(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#moveFocusTo(next);
  };

  #onMenuKeyDown = (event: KeyboardEvent): void =>
    this.#navigateMenu(event, '[data-variant]', () => this.#closeMenu(true));

  /**
   * Keyboard operation of the keyboard's two menus (letter variants, layouts), per the WAI-ARIA menu
   * pattern: arrows move and wrap, Home/End jump, Escape and Tab close; focus is roving.
   */
  #navigateMenu(event: KeyboardEvent, itemSelector: string, close: () => void): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(itemSelector)];
    const index = items.indexOf(event.target as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = items[(index + 1) % items.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = items[(index - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        close();
        return;
      default:
        return;
    }
    event.preventDefault();
    for (const item of items) item.tabIndex = item === next ? 0 : -1;
    next?.focus();
  }

  #onSuggestionsKeyDown = (event: KeyboardEvent): void => {
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.bar button')];
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowRight') next = items[index + 1];
    else if (event.key === 'ArrowLeft') next = items[index - 1];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items.at(-1);
    else return;
    event.preventDefault();
    if (!next) return;
    for (const item of items) item.tabIndex = item === next ? 0 : -1;
    next.focus();
  };

  #findKey(id: string): ScreenKey | undefined {
    for (const row of this.currentLayer.rows) for (const key of row) if (key.id === id) return key;
    return undefined;
  }

  #announce(text: string): void {
    // Re-announce the same text too: a screen reader ignores an unchanged live region.
    this.announcement = this.announcement === text ? `${text}\u200B` : text;
  }

  /** What a screen reader says for a key. */
  #spoken(key: ScreenKey): string {
    if (key.action.type === 'insert') {
      const info = invisibleCharacterInfo(key.action.text);
      if (info) return `${localized(info.name)} ${info.cap}`;
      if (key.action.text === ' ') return localized(FUNCTION_KEY_NAMES.space) ?? ' ';
      return key.action.text;
    }
    if (key.action.type === 'phonetic') return key.action.text;
    const name = localized(key.label) ?? key.cap;
    // A cap in letters or digits (FVS, ᠠ, ᠑᠒᠓) is part of the name, so speech input can say what is seen.
    return /[\p{L}\p{N}]/u.test(key.cap) && !name.includes(key.cap) ? `${name} ${key.cap}` : name;
  }

  // ——— rendering ———

  #renderKey(key: ScreenKey): TemplateResult {
    const width = key.width ?? 1;
    const style = styleMap({ '--key-units': String(width) });
    if (key.action.type === 'none' || (key.cap === '' && key.action.type !== 'insert')) {
      return html`<span class="key spacer" style=${style} aria-hidden="true"></span>`;
    }
    const action = key.action;
    const text = action.type === 'insert' ? action.text : action.type === 'phonetic' ? action.text : undefined;
    const invisible = text !== undefined ? invisibleCharacterInfo(text) : undefined;
    const mongolian = text !== undefined && !invisible && hasMongolianCodePoint(text);
    const kind = invisible
      ? 'key-control'
      : action.type === 'insert' || action.type === 'phonetic'
        ? 'key-letter'
        : 'key-function';
    const hasMenu = action.type === 'insert' && isMongolianLetter(action.text);
    const label = this.#spoken(key);
    const tabStop = (this.focusedKey ?? this.#defaultFocusKey()) === key.id;
    const active = action.type === 'layer' && action.layer === this.layer;
    return html`<button
      type="button"
      class=${classMap({ key: true, [kind]: true, active, wide: width > 1 })}
      part="key ${kind}"
      style=${style}
      data-key=${key.id}
      data-code=${key.code ?? nothing}
      tabindex=${tabStop ? 0 : -1}
      lang=${mongolian ? 'mn-Mong' : nothing}
      aria-label=${label}
      aria-haspopup=${hasMenu ? 'menu' : nothing}
      aria-pressed=${action.type === 'layer' ? String(action.layer === this.layer) : nothing}
      title=${invisible ? `${invisible.codePoint} ${label}` : nothing}
    >
      ${
        action.type === 'phonetic'
          ? html`<span class="cap" aria-hidden="true">${key.cap}</span
              ><span class="sub" lang="mn-Mong" aria-hidden="true">${action.text}</span>`
          : html`<span
              class=${classMap({ cap: true, vertical: mongolian, name: !!invisible })}
              lang=${mongolian ? 'mn-Mong' : nothing}
              aria-hidden="true"
              >${key.cap}</span
            >`
      }
    </button>`;
  }

  #defaultFocusKey(): string | undefined {
    return this.currentLayer.rows[1]?.[0]?.id ?? this.currentLayer.rows[0]?.[0]?.id;
  }

  #renderGlyph(text: string, position: LetterPosition | undefined): TemplateResult {
    const svg = position ? this.#glyphs.get(`${position}\u0001${text}`) : undefined;
    if (svg) return html`<span class="glyph" aria-hidden="true">${unsafeHTML(svg)}</span>`;
    return html`<span class="glyph native" lang="mn-Mong" aria-hidden="true"
      >${position ? inContext(text, position) : text}</span
    >`;
  }

  #renderSuggestions(): TemplateResult {
    const { words, suffixes, fvs } = this.suggestionState;
    let first = true;
    const tab = () => {
      const value = first ? 0 : -1;
      first = false;
      return value;
    };
    return html`<div
      class="bar"
      part="suggestions"
      role="toolbar"
      aria-label=${msg('输入建议', { id: 'keyboard.suggestions' })}
      @keydown=${this.#onSuggestionsKeyDown}
    >
      <div class="list">
        ${words.map(
          (word, i) =>
            html`<button
              type="button"
              class="suggestion word"
              part="suggestion"
              tabindex=${tab()}
              lang="mn-Mong"
              aria-label=${word.word}
              @pointerdown=${this.#keepFocus}
              @mousedown=${this.#keepFocus}
              @click=${() => this.#applySuggestion('word', i)}
            >
              <span class="vertical" aria-hidden="true">${word.word}</span>
            </button>`,
        )}
        ${suffixes.map((suffix, i) => {
          const caseName = localized(suffix.name) ?? suffix.grammaticalCase;
          return html`<button
            type="button"
            class="suggestion suffix"
            part="suggestion"
            tabindex=${tab()}
            aria-label=${`${caseName} ${suffix.suffix}`}
            title=${caseName}
            @pointerdown=${this.#keepFocus}
            @mousedown=${this.#keepFocus}
            @click=${() => this.#applySuggestion('suffix', i)}
          >
            <span class="vertical" lang="mn-Mong" aria-hidden="true">${suffix.text}</span>
          </button>`;
        })}
        ${
          fvs && fvs.choices.length > 1
            ? fvs.choices.map((choice, i) => {
                const label = this.#formChoice(choice).label;
                return html`<button
                  type="button"
                  class=${classMap({ suggestion: true, form: true, current: choice.fvs === fvs.current })}
                  part="suggestion"
                  tabindex=${tab()}
                  aria-label=${label}
                  aria-pressed=${String(choice.fvs === fvs.current)}
                  @pointerdown=${this.#keepFocus}
                  @mousedown=${this.#keepFocus}
                  @click=${() => this.#applySuggestion('fvs', i)}
                >
                  ${this.#renderGlyph(choice.text, fvs.position)}<span class="caption" aria-hidden="true"
                    >${choice.fvs === 0 ? '—' : `FVS${choice.fvs}`}</span
                  >
                </button>`;
              })
            : nothing
        }
      </div>
      ${this.#renderLayoutSwitch(tab())}
      <button
        type="button"
        class="toggle"
        part="physical-toggle"
        tabindex=${tab()}
        aria-pressed=${String(this.physicalKeys)}
        aria-label=${msg('实体键盘', { id: 'keyboard.physical-keys' })}
        title=${msg('用此布局映射实体键盘', { id: 'keyboard.physical-keys-hint' })}
        @pointerdown=${this.#keepFocus}
        @mousedown=${this.#keepFocus}
        @click=${() => (this.physicalKeys = !this.physicalKeys)}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          width="26"
          height="18"
          viewBox="0 0 26 18"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
        >
          <rect x="1" y="1" width="24" height="16" rx="2" />
          <path d="M5 6h2M9 6h2M13 6h2M17 6h2M21 6h0.5M5 10h2M9 10h2M13 10h2M17 10h4M8 14h10" stroke-linecap="round" />
        </svg>
      </button>
    </div>`;
  }

  #renderLayoutSwitch(tabIndex: number): TemplateResult {
    const name = localized(this.keyboardLayout.name) ?? this.activeLayout;
    const mongolianInterface = getLocale() === 'mn-Mong';
    return html`<button
      type="button"
      class="layout-switch"
      part="layout-switch"
      tabindex=${tabIndex}
      aria-haspopup="menu"
      aria-expanded=${String(this.layoutMenuOpen)}
      aria-controls=${this.layoutMenuOpen ? 'layout-menu' : nothing}
      aria-label=${msg(str`键盘布局：${name}`, { id: 'keyboard.layout-switch' })}
      title=${name}
      @pointerdown=${this.#keepFocus}
      @mousedown=${this.#keepFocus}
      @click=${this.#onLayoutSwitchClick}
      @keydown=${this.#onLayoutSwitchKeyDown}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="20"
        height="20"
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
      >
        <circle cx="10" cy="10" r="8.2" />
        <path d="M1.8 10h16.4M10 1.8c-4.4 4.6-4.4 11.8 0 16.4M10 1.8c4.4 4.6 4.4 11.8 0 16.4" />
      </svg>
      <span class=${classMap({ 'switch-label': true, vertical: mongolianInterface })} aria-hidden="true"
        >${msg('布局', { id: 'keyboard.layout' })}</span
      >
    </button>`;
  }

  #renderLayoutMenu(): TemplateResult | typeof nothing {
    if (!this.layoutMenuOpen) return nothing;
    const active = this.activeLayout;
    const mongolianInterface = getLocale() === 'mn-Mong';
    return html`<div
      id="layout-menu"
      class=${classMap({ 'layout-menu': true, vertical: mongolianInterface })}
      part="layout-menu"
      role="menu"
      aria-label=${msg('选择键盘布局', { id: 'keyboard.layout-menu' })}
      @keydown=${this.#onLayoutMenuKeyDown}
    >
      ${LAYOUTS.map((layout) => {
        const checked = layout.id === active;
        return html`<button
          type="button"
          role="menuitemradio"
          part="layout-option"
          data-layout=${layout.id}
          aria-checked=${String(checked)}
          tabindex=${checked ? 0 : -1}
          @pointerdown=${this.#keepFocus}
          @mousedown=${this.#keepFocus}
          @click=${(event: MouseEvent) => this.#pickLayout(layout.id, event.detail === 0)}
        >
          <span class="check" aria-hidden="true">${checked ? '✓' : ''}</span
          ><span class="layout-name">${localized(layout.name) ?? layout.id}</span>
        </button>`;
      })}
    </div>`;
  }

  #layoutSwitchButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.layout-switch');
  }

  #openLayoutMenu(focusChoice: boolean): void {
    this.menu = undefined;
    this.layoutMenuOpen = true;
    if (focusChoice)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part~="layout-option"][aria-checked="true"]')?.focus(),
      );
  }

  #closeLayoutMenu(refocusSwitch: boolean): void {
    this.layoutMenuOpen = false;
    if (refocusSwitch) void this.updateComplete.then(() => this.#layoutSwitchButton()?.focus());
  }

  /** A tap or a click toggles the menu without moving focus; Enter or Space (detail 0) moves focus into it. */
  #onLayoutSwitchClick = (event: MouseEvent): void => {
    if (this.layoutMenuOpen) this.#closeLayoutMenu(event.detail === 0);
    else this.#openLayoutMenu(event.detail === 0);
  };

  #onLayoutSwitchKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.#openLayoutMenu(true);
  };

  #onLayoutMenuKeyDown = (event: KeyboardEvent): void =>
    this.#navigateMenu(event, '[part~="layout-option"]', () => this.#closeLayoutMenu(true));

  #pickLayout(id: string, byKeyboard: boolean): void {
    this.chooseLayout(id);
    if (byKeyboard) void this.updateComplete.then(() => this.#layoutSwitchButton()?.focus());
  }

  #renderMenu(): TemplateResult | typeof nothing {
    const menu = this.menu;
    if (!menu) return nothing;
    const key = this.#findKey(menu.keyId);
    const title = key && key.action.type === 'insert' ? key.action.text : (key?.cap ?? '');
    return html`<div
      class="variants"
      part="variants"
      role="menu"
      aria-label=${msg(str`${title} 的字形`, { id: 'keyboard.variants' })}
      @keydown=${this.#onMenuKeyDown}
    >
      ${menu.choices.map(
        (choice, i) =>
          html`<button
            type="button"
            role="menuitem"
            part="variant"
            data-variant=${i}
            tabindex=${i === 0 ? 0 : -1}
            aria-label=${choice.label}
            @pointerdown=${this.#keepFocus}
            @mousedown=${this.#keepFocus}
            @click=${() => this.#chooseVariant(i)}
          >
            ${this.#renderGlyph(choice.text, choice.position)}<span class="caption" aria-hidden="true"
              >${choice.caption}</span
            >
          </button>`,
      )}
      <button
        type="button"
        role="menuitem"
        class="close"
        part="variant-close"
        tabindex="-1"
        aria-label=${msg('关闭', { id: 'keyboard.close' })}
        @pointerdown=${this.#keepFocus}
        @mousedown=${this.#keepFocus}
        @click=${() => this.#closeMenu(true)}
      >
        ×
      </button>
    </div>`;
  }

  protected override render() {
    const layer = this.currentLayer;
    const layoutName = localized(this.keyboardLayout.name) ?? this.layout;
    return html`<div
      class="keyboard"
      part="keyboard"
      data-layout=${this.activeLayout}
      lang=${getLocale()}
      role="group"
      aria-label=${msg(str`蒙古文键盘：${layoutName}`, { id: 'keyboard.name' })}
      @pointerdown=${this.#keepFocus}
      @mousedown=${this.#keepFocus}
      @pointerup=${(event: PointerEvent) => this.#onKeyPointerUp(event)}
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
          @pointercancel=${this.#cancelLongPress}
          @pointerout=${this.#onKeysPointerOut}
          @contextmenu=${this.#keepFocus}
          @click=${this.#onKeysClick}
          @focusin=${this.#onKeysFocusIn}
        >
          ${guard([layer, getLocale(), this.layer, this.focusedKey], () =>
            layer.rows.map((row) => html`<div class="row">${row.map((key) => this.#renderKey(key))}</div>`),
          )}
        </div>
        ${this.#renderMenu()} ${this.#renderLayoutMenu()}
      </div>
      <div class="live" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** What the suggestion bar shows, as one string, to tell whether it changed. */
function suggestionKey(state: {
  words: WordSuggestion[];
  suffixes: SuffixSuggestion[];
  fvs: FvsChoicesBeforeCaret | null;
}): string {
  const fvs = state.fvs
    ? `${state.fvs.position}:${state.fvs.current}:${state.fvs.choices.map((choice) => choice.text).join(',')}`
    : '';
  return `${state.words.map((word) => `${word.word}@${word.start}`).join(',')}|${state.suffixes.map((suffix) => suffix.text).join(',')}|${fvs}`;
}

/** The inputType of the beforeinput/input events a key's edit fires. */
function inputTypeFor(action: KeyAction): string {
  switch (action.type) {
    case 'backspace':
      return 'deleteContentBackward';
    case 'delete':
      return 'deleteContentForward';
    case 'enter':
      return 'insertLineBreak';
    default:
      return 'insertText';
  }
}

/**
 * The stretch of `state.value` that `next.value` replaced: the common prefix is cut at the old
 * caret (so a letter typed after the same letter is inserted at the caret, not before it).
 */
export function changedStretch(state: EditorState, next: EditorState): { start: number; end: number; text: string } {
  const before = state.value;
  const after = next.value;
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length, state.selectionStart);
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = Math.min(before.length - prefix, after.length - prefix);
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function positionNames(): Record<LetterPosition, string> {
  return {
    isol: msg('独立形', { id: 'keyboard.position-isol' }),
    init: msg('词首形', { id: 'keyboard.position-init' }),
    medi: msg('词中形', { id: 'keyboard.position-medi' }),
    fina: msg('词末形', { id: 'keyboard.position-fina' }),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-keyboard': BichigKeyboard;
  }
}
