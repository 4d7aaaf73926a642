import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Column } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../../columns/column-base.js';
import type { ColumnContext } from '../../columns/column-base.js';
import { navStyles } from './bichig-nav.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/**
 * The site's navigation: its visible columns in their order, sub-columns in disclosure submenus
 * (WAI-ARIA APG "disclosure navigation": a button with `aria-expanded` beside each parent link,
 * Escape closes and returns focus). The current column is marked `aria-current="page"`. On a
 * Mongolian site the menu is vertical per W3C mlreq: every item is a vertical column of text and
 * the items advance left→right; the bar scrolls horizontally on narrow screens (the mouse wheel
 * too). ←/→ move between top-level items in both scripts.
 *
 * @summary The column navigation, with vertical Mongolian menus.
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The top-level list.
 * @csspart link - A column link.
 * @csspart toggle - A submenu button.
 * @csspart submenu - A submenu list.
 *
 * @cssprop --bichig-nav-background - Bar background (default #1565c0).
 * @cssprop --bichig-nav-color - Bar text (default white).
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) bar (default 12em).
 *
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site does not exist.
 */
export class BichigNav extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, navStyles];
  static override properties: PropertyDeclarations = {
    current: { reflect: true },
    homeLabel: { attribute: 'home-label' },
    open: { state: true },
  };

  /** Id of the current column (marked in the menu; its parent's submenu shows it). */
  declare current: string | undefined;
  /** Leave out the home link when set to an empty string; otherwise its text (default 首页 in the content language). */
  declare homeLabel: string | undefined;
  declare private open: string | undefined;

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.#close(this.open);
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    // Left/right move between the top-level links (in both writing modes the items advance left→right).
    const links = [...this.renderRoot.querySelectorAll<HTMLElement>('.bar > li > a')];
    // The shadow root's active element, not ':focus', which WebKit does not match while its window is not focused.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const from = links.findIndex((link) => link === focused || link.parentElement?.contains(focused));
    if (from < 0) return;
    event.preventDefault();
    const to = (from + (event.key === 'ArrowRight' ? 1 : -1) + links.length) % links.length;
    links[to]?.focus();
  };

  #children(context: ColumnContext, parentId: string): Column[] {
    return context.cluster.columns(context.site.id).filter((c) => c.parentId === parentId);
  }

  #close(focusToggleOf?: string): void {
    this.open = undefined;
    if (focusToggleOf)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#toggle-${CSS.escape(focusToggleOf)}`)?.focus(),
      );
  }

  #renderItem(column: Column, context: ColumnContext): TemplateResult {
    const children = this.#children(context, column.id);
    const current = column.id === this.current;
    const expanded = this.open === column.id;
    const link = html`<a
      part="link"
      href=${safeHref(this.hrefFor('column', context.site.id, column.id, column.id))}
      aria-current=${current ? 'page' : nothing}
      >${this.renderLocalized(column.name)}</a
    >`;
    if (!children.length) return html`<li>${link}</li>`;
    const name = this.textOf(column.name);
    return html`<li
      @focusout=${(event: FocusEvent) => {
        if (expanded && !(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.#close();
      }}
    >
      ${link}
      <button
        type="button"
        class="toggle"
        part="toggle"
        id=${`toggle-${column.id}`}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${`submenu-${column.id}`}
        aria-label=${`${name} ${msg('子栏目', { id: 'nav.submenu' })}`}
        @click=${() => (this.open = expanded ? undefined : column.id)}
      >
        <span aria-hidden="true">${expanded ? '▴' : '▾'}</span>
      </button>
      <ul class="submenu" part="submenu" id=${`submenu-${column.id}`} ?hidden=${!expanded}>
        ${children.map(
          (child) =>
            html`<li>
              <a
                part="link"
                href=${safeHref(this.hrefFor('column', context.site.id, child.id, child.id))}
                aria-current=${child.id === this.current ? 'page' : nothing}
                >${this.renderLocalized(child.name)}</a
              >
            </li>`,
        )}
      </ul>
    </li>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const top = context.cluster.columns(context.site.id).filter((c) => !c.parentId);
    const home = this.homeLabel ?? (context.language === 'mn' ? 'ᠨᠢᠭᠤᠷ ᠬᠠᠭᠤᠳᠠᠰᠤ' : '首页');
    return html`<nav
      part="nav"
      class=${context.vertical ? 'vertical' : 'horizontal'}
      lang=${context.lang}
      aria-label=${msg('栏目导航', { id: 'nav.label' })}
      @keydown=${this.#onKeyDown}
    >
      <ul class="bar" part="list">
        ${home ? html`<li><a part="link" href=${safeHref(context.site.path)} aria-current=${this.current === '' ? 'page' : nothing}>${this.renderText(home, context.language)}</a></li>` : nothing}
        ${top.map((column) => this.#renderItem(column, context))}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-nav': BichigNav;
  }
}
