import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ColumnItem } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, paginate, pickText } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { newsListStyles } from './bichig-news-list.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/** Detail of `bichig-page-change`. */
export interface BichigPageChangeDetail {
  /** The new page, 1-based. */
  page: number;
  /** Number of pages. */
  pages: number;
}

/**
 * A column's list of articles (新闻列表): pinned items first, then newest; each with its date and
 * source; paged. For aggregated columns (news gathered from banners and departments) a select
 * filters the list by the site the items come from. Chinese is a horizontal list; Mongolian is
 * vertical, one column per entry, entries advancing left→right.
 *
 * @summary The article list of a cluster column, with dates, sources, pinned items and pages.
 *
 * @csspart heading - The column name above the list.
 * @csspart list - The `<ol>` of entries.
 * @csspart item - One entry.
 * @csspart title - The link of an entry.
 * @csspart date - The date of an entry.
 * @csspart source - The source of an entry.
 * @csspart pinned - The "pinned" badge.
 * @csspart filter - The source select.
 * @csspart pager - The page controls; also `previous`, `next`, `page-status`.
 * @csspart state - Loading, empty and error notes.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) list (default min(32rem, 80vh)).
 * @cssprop --bichig-color-link - Title colour.
 * @cssprop --bichig-color-muted - Dates and sources.
 *
 * @event bichig-page-change - {CustomEvent<BichigPageChangeDetail>} The reader moved to another page.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigNewsList extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, newsListStyles];
  // Lit inherits the base class's reactive properties.
  static override properties: PropertyDeclarations = {
    page: { type: Number, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
    sourceSite: { attribute: 'source-site' },
  };

  /** The page shown, 1-based. */
  declare page: number;
  /** Entries per page (default 10). */
  declare pageSize: number;
  /** Show each article's summary under its title. */
  declare showSummary: boolean;
  /** Level of the column-name heading, 1–6 (default 2). */
  declare headingLevel: number;
  /** Leave out the column-name heading (when the page already has one). */
  declare noHeading: boolean;
  /** Only items from this site (the source filter); empty for all. */
  declare sourceSite: string;

  protected override readonly needsColumn = true;

  constructor() {
    super();
    this.page = 1;
    this.pageSize = 10;
    this.showSummary = false;
    this.headingLevel = 2;
    this.noHeading = false;
    this.sourceSite = '';
  }

  /** The items of the column as the reader sees them (published now, source filter applied). */
  items(context: ColumnContext): ColumnItem[] {
    if (!context.column) return [];
    const all = context.cluster.columnItems(context.site.id, context.column.id, { now: this.moment });
    return this.sourceSite ? all.filter((item) => item.siteId === this.sourceSite) : all;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sourceSite') && changed.get('sourceSite') !== undefined) this.page = 1;
  }

  #goTo(page: number, pages: number): void {
    this.page = page;
    this.dispatchEvent(
      new CustomEvent<BichigPageChangeDetail>('bichig-page-change', {
        detail: { page, pages },
        bubbles: true,
        composed: true,
      }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
  }

  /** The source shown for an item: its stated source, else the site it came from when that is not this site. */
  protected sourceOf(item: ColumnItem, context: ColumnContext): string | undefined {
    if (item.article.source) return item.article.source;
    if (item.siteId !== context.site.id) {
      const site = context.cluster.sites.get(item.siteId);
      return site ? pickText(site.name, context.language).text : undefined;
    }
    return undefined;
  }

  protected renderHeading(context: ColumnContext): TemplateResult | typeof nothing {
    if (this.noHeading || !context.column) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const name = this.renderLocalized(context.column.name);
    return html`<div role="heading" aria-level=${level} part="heading" class="heading">${name}</div>`;
  }

  protected renderFilter(context: ColumnContext, sources: string[]): TemplateResult | typeof nothing {
    if (sources.length < 2 && !this.sourceSite) return nothing;
    const id = 'source-filter';
    return html`<div class="toolbar" lang=${this.uiLang}>
      <label for=${id}>${msg('来源', { id: 'news-list.source-label' })}</label>
      <bichig-select
        ><select
          id=${id}
          part="filter"
          @change=${(event: Event) => (this.sourceSite = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.sourceSite}>${msg('全部来源', { id: 'news-list.all-sources' })}</option>
          ${sources.map((siteId) => {
            const site = context.cluster.sites.get(siteId);
            return html`<option value=${siteId} ?selected=${siteId === this.sourceSite} lang=${context.lang}>
              ${site ? this.textOf(site.name) : siteId}
            </option>`;
          })}
        </select></bichig-select
      >
    </div>`;
  }

  /**
   * Extra badges before a title (the notice board adds "new"). Pinned is the column's own choice
   * (`item.pinned`): an article pinned on its banner's site is not pinned where the league gathers it.
   */
  protected renderBadges(item: ColumnItem): TemplateResult | typeof nothing {
    return item.pinned
      ? html`<span class="badge" part="pinned" lang=${this.uiLang}>${msg('置顶', { id: 'news-list.pinned' })}</span>`
      : nothing;
  }

  protected renderItem(item: ColumnItem, context: ColumnContext): TemplateResult {
    const { article } = item;
    const source = this.sourceOf(item, context);
    const href = this.hrefFor('article', item.siteId, article.id, article.columnId);
    return html`<li part="item" lang=${context.lang}>
      <a class="title" part="title" href=${safeHref(href)}
        >${this.renderBadges(item)}${this.renderText(article.title, article.language)}</a
      >
      ${context.vertical ? nothing : html`<span class="date" part="date">${this.renderDate(article.publishedAt)}</span>`}
      ${this.showSummary && article.summary ? html`<p class="summary">${this.renderText(article.summary, article.language)}</p>` : nothing}
      ${
        context.vertical || source
          ? html`<span class="meta">
              ${context.vertical ? html`<span class="date" part="date">${this.renderDate(article.publishedAt)}</span>` : nothing}
              ${
                source
                  ? html`<span part="source"
                      ><span lang=${this.uiLang}>${msg('来源：', { id: 'news-list.source' })}</span
                      >${this.renderText(source)}</span
                    >`
                  : nothing
              }
            </span>`
          : nothing
      }
    </li>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const all = context.column
      ? context.cluster.columnItems(context.site.id, context.column.id, { now: this.moment })
      : [];
    const sources = [...new Set(all.map((item) => item.siteId))];
    const filtered = this.sourceSite ? all.filter((item) => item.siteId === this.sourceSite) : all;
    const { items, page, pages } = paginate(filtered, this.page, Math.max(1, this.pageSize));
    const count = msg(str`共 ${this.formatUiNumber(filtered.length)} 条`, { id: 'news-list.count' });
    return html`
      ${context.vertical ? nothing : this.renderHeading(context)} ${this.renderFilter(context, sources)}
      ${
        filtered.length === 0
          ? html`${context.vertical ? this.renderHeading(context) : nothing}${this.renderEmpty()}`
          : html`<div class=${context.vertical ? 'vertical' : 'horizontal'} lang=${context.lang}>
              ${context.vertical ? this.renderHeading(context) : nothing}
              <ol part="list" aria-label=${context.column ? this.textOf(context.column.name) : nothing}>
                ${items.map((item) => this.renderItem(item, context))}
              </ol>
            </div>`
      }
      <p class="visually-hidden" lang=${this.uiLang}>${count}</p>
      ${this.renderPager(page, pages, (next) => this.#goTo(next, pages))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-news-list': BichigNewsList;
  }
  interface HTMLElementEventMap {
    'bichig-page-change': CustomEvent<BichigPageChangeDetail>;
  }
}
