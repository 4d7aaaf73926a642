import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { BichigColumnElement, columnBaseStyles } from '../../columns/column-base.js';
import type { ColumnContext } from '../../columns/column-base.js';
import { siteHeaderStyles } from './bichig-site-header.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/**
 * The site header: the site's name in both scripts, as Inner Mongolia's sites show it — on a
 * Chinese site the Chinese name large and the Mongolian name as a short vertical line beside it;
 * on a Mongolian site the vertical Mongolian name first. The names link to the site's home page.
 * Sites without a Mongolian name show the Chinese one only.
 *
 * @summary The site name in Chinese and vertical Mongolian, with slots for a logo and tools.
 *
 * @slot logo - The emblem or logo, before the names.
 * @slot - Tools at the end (language switch, search, accessibility toolbar).
 *
 * @csspart home - The link around the names.
 * @csspart name-zh - The Chinese name.
 * @csspart name-mn - The Mongolian name (vertical).
 *
 * @cssprop --bichig-header-background - Background (default a deep blue).
 * @cssprop --bichig-header-color - Text colour (default white).
 * @cssprop --bichig-header-mn-height - Height of the vertical Mongolian name (default 7em; 9em on Mongolian sites).
 *
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site does not exist.
 */
export class BichigSiteHeader extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, siteHeaderStyles];
  static override properties: PropertyDeclarations = {
    homeHref: { attribute: 'home-href' },
  };

  /** The home page link; default the site's path. */
  declare homeHref: string | undefined;

  protected override renderColumn(context: ColumnContext): unknown {
    const { site } = context;
    const zh = site.name.zh;
    const mn = site.name.mn;
    const mongolianFirst = context.language === 'mn' && mn !== undefined;
    const zhName = zh ? html`<span class="name-zh" part="name-zh" lang="zh-Hans">${zh}</span>` : nothing;
    const mnName = mn ? html`<span class="name-mn" part="name-mn">${this.renderText(mn, 'mn')}</span>` : nothing;
    return html`<div class="bar ${mongolianFirst ? 'mongolian-first' : ''}">
      <slot name="logo"></slot>
      <a class="home" part="home" href=${safeHref(this.homeHref ?? site.path)}>
        ${mongolianFirst ? html`${mnName}${zhName}` : html`${zhName}${mnName}`}
        <span class="visually-hidden" lang=${this.uiLang}>${msg('首页', { id: 'site-header.home' })}</span>
      </a>
      <div class="tools"><slot></slot></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-site-header': BichigSiteHeader;
  }
}
