import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { themeTokens, focusRing } from '../../internal/theme.js';
import { controlLabel, controlLabelStyles } from '../../internal/control-label.js';
import { getLocale } from '../../localize.js';
import { languageOfLang } from '../../columns/column-base.js';
import { a11yToolbarStyles } from './bichig-a11y-toolbar.styles.js';

import {
  A11Y_STORAGE_KEY,
  DEFAULT_A11Y_SETTINGS,
  TEXT_SCALES,
  readA11ySettings,
  type A11ySettings,
} from '../../a11y-settings.js';

export { A11Y_STORAGE_KEY, DEFAULT_A11Y_SETTINGS, TEXT_SCALES, readA11ySettings, type A11ySettings };

const LARGE_CURSOR = `url("data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24"><path d="M3 2l16 9-7 1.6L9.6 20z" fill="#000" stroke="#fff" stroke-width="1.4" stroke-linejoin="round"/></svg>',
)}") 4 2, auto`;

/**
 * The page-wide CSS hook. The toolbar writes the settings onto <html> as attributes, and this sheet
 * (added to the document once) turns them into styles; a site may add its own rules for the same
 * attributes:
 *   html[data-bichig-text-scale]  with --bichig-text-scale: 1.25   font-size scaled (rem/em layouts follow)
 *   html[data-bichig-contrast="high"]                               black background, white text, yellow links
 *   html[data-bichig-cursor="large"]                                a 48 px cursor
 *   html[data-bichig-reading-guide]                                 the guide line is shown
 */
export const PAGE_HOOK_CSS = `
html[data-bichig-text-scale] { font-size: calc(100% * var(--bichig-text-scale, 1)); }
html[data-bichig-contrast="high"] {
  --bichig-color-text: #fff; --bichig-color-muted: #fff; --bichig-color-link: #ff0; --bichig-color-focus: #0ff;
  --bichig-color-surface: #000; --bichig-color-border: #fff; --bichig-header-background: #000; --bichig-nav-background: #000;
  --bichig-footer-background: #000; --bichig-header-color: #fff; --bichig-nav-color: #ff0;
  background: #000 !important; color: #fff !important;
}
html[data-bichig-contrast="high"] body { background: #000 !important; color: #fff !important; }
html[data-bichig-contrast="high"] a { color: #ff0 !important; }
html[data-bichig-contrast="high"] img { filter: contrast(1.2); }
html[data-bichig-cursor="large"], html[data-bichig-cursor="large"] * { cursor: ${LARGE_CURSOR} !important; }
`;

let hookInstalled = false;
function installPageHook(): void {
  if (hookInstalled || typeof document === 'undefined') return;
  hookInstalled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_HOOK_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Writes `settings` onto <html> (the documented CSS hook). */
export function applyA11ySettings(settings: A11ySettings, root: HTMLElement = document.documentElement): void {
  installPageHook();
  if (settings.textScale !== 1) {
    root.setAttribute('data-bichig-text-scale', String(settings.textScale));
    root.style.setProperty('--bichig-text-scale', String(settings.textScale));
  } else {
    root.removeAttribute('data-bichig-text-scale');
    root.style.removeProperty('--bichig-text-scale');
  }
  root.toggleAttribute('data-bichig-reading-guide', settings.readingGuide);
  if (settings.highContrast) root.setAttribute('data-bichig-contrast', 'high');
  else root.removeAttribute('data-bichig-contrast');
  if (settings.largeCursor) root.setAttribute('data-bichig-cursor', 'large');
  else root.removeAttribute('data-bichig-cursor');
}

/** Detail of `bichig-a11y-change`. */
export type BichigA11yChangeDetail = A11ySettings;

/**
 * The accessibility and elderly-friendly toolbar (无障碍 / 适老化): larger and smaller text, high
 * contrast, a reading guide line, a large cursor, and reset. Settings apply to the whole page
 * through attributes on <html> (see {@link PAGE_HOOK_CSS}) and persist per visitor in
 * localStorage, so every page of the site opens with them. It is a WAI-ARIA toolbar: one tab stop,
 * ←/→ (and ↑/↓) between buttons, Home/End; toggles are `aria-pressed`. The reading guide is a
 * horizontal band on Chinese pages and a vertical one on Mongolian pages (whose lines are
 * columns), following the pointer and the keyboard focus.
 *
 * @summary Larger text, high contrast, reading guide, large cursor and reset, remembered per visitor.
 *
 * @csspart toolbar - The toolbar.
 * @csspart button - Every button.
 * @csspart guide - The reading guide line.
 *
 * @cssprop --bichig-guide-color - Colour of the reading guide (default rgba(255, 213, 79, 0.45)).
 *
 * @event bichig-a11y-change - {CustomEvent<A11ySettings>} The settings changed (after they were applied and saved).
 */
export class BichigA11yToolbar extends LitElement {
  static override styles: CSSResultGroup = [themeTokens, focusRing, controlLabelStyles, a11yToolbarStyles];
  static override properties: PropertyDeclarations = {
    settings: { state: true },
    guideAt: { state: true },
  };

  declare private settings: A11ySettings;
  declare private guideAt: { x: number; y: number } | undefined;

  /** Roving tab index: which button is the toolbar's one tab stop. */
  #focusIndex = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.settings = { ...DEFAULT_A11Y_SETTINGS };
  }

  /** The current settings. */
  get value(): A11ySettings {
    return { ...this.settings };
  }

  /** Changes settings, applies them to the page, saves them and announces the change. */
  changeSettings(change: Partial<A11ySettings>): void {
    this.settings = { ...this.settings, ...change };
    applyA11ySettings(this.settings);
    try {
      localStorage.setItem(A11Y_STORAGE_KEY, JSON.stringify(this.settings));
    } catch {
      // Private mode or a full quota: the settings still apply to this page.
    }
    this.dispatchEvent(
      new CustomEvent<BichigA11yChangeDetail>('bichig-a11y-change', {
        detail: this.value,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Back to the page's own presentation (and forget the stored settings). */
  reset(): void {
    this.changeSettings({ ...DEFAULT_A11Y_SETTINGS });
    try {
      localStorage.removeItem(A11Y_STORAGE_KEY);
    } catch {
      // nothing stored
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.settings = readA11ySettings();
    applyA11ySettings(this.settings);
    document.addEventListener('pointermove', this.#onPointer, { passive: true });
    document.addEventListener('focusin', this.#onFocus);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointermove', this.#onPointer);
    document.removeEventListener('focusin', this.#onFocus);
  }

  protected override updated(): void {
    // The tab stop must stay on an enabled button ("larger" is disabled at the largest size).
    const all = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
    if (all[this.#focusIndex]?.disabled) {
      const enabled = all.findIndex((b) => !b.disabled);
      if (enabled >= 0) {
        this.#focusIndex = enabled;
        all.forEach((b, i) => (b.tabIndex = i === enabled ? 0 : -1));
      }
    }
  }

  #onPointer = (event: PointerEvent): void => {
    if (this.settings.readingGuide) this.guideAt = { x: event.clientX, y: event.clientY };
  };

  #onFocus = (event: FocusEvent): void => {
    if (!this.settings.readingGuide || !(event.target instanceof Element)) return;
    const rect = event.target.getBoundingClientRect();
    this.guideAt = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const all = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
    const buttons = all.filter((b) => !b.disabled);
    // The shadow root's active element, not ':focus', which WebKit does not match while its window is not focused.
    const from = buttons.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    if (from < 0) return;
    let to: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') to = (from + 1) % buttons.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') to = (from - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = buttons.length - 1;
    if (to === undefined) return;
    event.preventDefault();
    this.#focusIndex = all.indexOf(buttons[to]!);
    this.requestUpdate();
    void this.updateComplete.then(() => buttons[to!]?.focus());
  };

  #step(direction: 1 | -1): void {
    const index = TEXT_SCALES.indexOf(this.settings.textScale);
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, (index < 0 ? 0 : index) + direction))]!;
    this.changeSettings({ textScale: next });
  }

  /** Mongolian pages read in columns, so their guide is a vertical band. */
  get #guideVertical(): boolean {
    return (
      languageOfLang(document.documentElement.lang) === 'mn' ||
      languageOfLang(this.closest('[lang]')?.getAttribute('lang')) === 'mn'
    );
  }

  protected override render(): TemplateResult {
    const s = this.settings;
    const percent = Math.round(s.textScale * 100);
    const locale = getLocale();
    let index = 0;
    const tab = () => (index++ === this.#focusIndex ? 0 : -1);
    const toggle = (label: string, pressed: boolean, change: Partial<A11ySettings>) =>
      html`<button
        type="button"
        part="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        tabindex=${tab()}
        @click=${() => this.changeSettings(change)}
      >
        ${controlLabel(label)}
      </button>`;
    return html`<div
        role="toolbar"
        part="toolbar"
        aria-label=${msg('无障碍浏览', { id: 'a11y-toolbar.label' })}
        lang=${locale}
        @keydown=${this.#onKeyDown}
      >
        <button
          type="button"
          part="button"
          tabindex=${tab()}
          ?disabled=${s.textScale >= TEXT_SCALES[TEXT_SCALES.length - 1]!}
          @click=${() => this.#step(1)}
        >
          ${controlLabel(msg('放大文字', { id: 'a11y-toolbar.larger' }))}
        </button>
        <button
          type="button"
          part="button"
          tabindex=${tab()}
          ?disabled=${s.textScale <= TEXT_SCALES[0]!}
          @click=${() => this.#step(-1)}
        >
          ${controlLabel(msg('缩小文字', { id: 'a11y-toolbar.smaller' }))}
        </button>
        <span class="scale" role="status" aria-label=${msg(str`文字大小 ${percent}%`, { id: 'a11y-toolbar.scale' })}
          >${percent}%</span
        >
        ${toggle(msg('高对比度', { id: 'a11y-toolbar.contrast' }), s.highContrast, { highContrast: !s.highContrast })}
        ${toggle(msg('阅读辅助线', { id: 'a11y-toolbar.guide' }), s.readingGuide, { readingGuide: !s.readingGuide })}
        ${toggle(msg('大鼠标', { id: 'a11y-toolbar.cursor' }), s.largeCursor, { largeCursor: !s.largeCursor })}
        <button type="button" part="button" tabindex=${tab()} @click=${() => this.reset()}>
          ${controlLabel(msg('重置', { id: 'a11y-toolbar.reset' }))}
        </button>
      </div>
      ${
        s.readingGuide && this.guideAt
          ? html`<div
              class="guide ${this.#guideVertical ? 'vertical' : 'horizontal'}"
              part="guide"
              aria-hidden="true"
              style=${this.#guideVertical ? `left:${this.guideAt.x}px` : `top:${this.guideAt.y}px`}
            ></div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-a11y-toolbar': BichigA11yToolbar;
  }
  interface HTMLElementEventMap {
    'bichig-a11y-change': CustomEvent<BichigA11yChangeDetail>;
  }
}
