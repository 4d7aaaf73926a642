/** The layout switch (in the suggestion bar) and its menu of the built-in layouts. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { classMap } from 'lit/directives/class-map.js';
import { LAYOUTS } from '@bichig/keyboard';
import type { KeyboardLayout } from '@bichig/keyboard';
import { getLocale } from '../../localize.js';
import { localized } from './localized.js';

export interface LayoutSwitchHandlers {
  keepFocus: (event: Event) => void;
  click: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
}

/** The button that opens the layout menu, named after the layout shown. */
export function renderLayoutSwitch(
  layout: KeyboardLayout,
  menuOpen: boolean,
  tabIndex: number,
  on: LayoutSwitchHandlers,
): TemplateResult {
  const name = localized(layout.name) ?? layout.id;
  const mongolianInterface = getLocale() === 'mn-Mong';
  return html`<button
    type="button"
    class="layout-switch"
    part="layout-switch"
    tabindex=${tabIndex}
    aria-haspopup="menu"
    aria-expanded=${String(menuOpen)}
    aria-controls=${menuOpen ? 'layout-menu' : nothing}
    aria-label=${msg(str`键盘布局：${name}`, { id: 'keyboard.layout-switch' })}
    title=${name}
    @pointerdown=${on.keepFocus}
    @mousedown=${on.keepFocus}
    @click=${on.click}
    @keydown=${on.keydown}
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

export interface LayoutMenuHandlers {
  keepFocus: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  /** A layout was picked; `byKeyboard` when by Enter or Space (focus then returns to the switch). */
  pick: (id: string, byKeyboard: boolean) => void;
}

/** The menu of the built-in layouts, `activeId` checked. */
export function renderLayoutMenu(activeId: string, on: LayoutMenuHandlers): TemplateResult {
  const mongolianInterface = getLocale() === 'mn-Mong';
  return html`<div
    id="layout-menu"
    class=${classMap({ 'layout-menu': true, vertical: mongolianInterface })}
    part="layout-menu"
    role="menu"
    aria-label=${msg('选择键盘布局', { id: 'keyboard.layout-menu' })}
    @keydown=${on.keydown}
  >
    ${LAYOUTS.map((layout) => {
      const checked = layout.id === activeId;
      return html`<button
        type="button"
        role="menuitemradio"
        part="layout-option"
        data-layout=${layout.id}
        aria-checked=${String(checked)}
        tabindex=${checked ? 0 : -1}
        @pointerdown=${on.keepFocus}
        @mousedown=${on.keepFocus}
        @click=${(event: MouseEvent) => on.pick(layout.id, event.detail === 0)}
      >
        <span class="check" aria-hidden="true">${checked ? '✓' : ''}</span
        ><span class="layout-name">${localized(layout.name) ?? layout.id}</span>
      </button>`;
    })}
  </div>`;
}
