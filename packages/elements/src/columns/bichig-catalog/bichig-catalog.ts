import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CATALOG_GENRES, CATALOG_TOPICS, formatDocumentNumber, queryCatalog } from '@bichig/cluster';
import type { CatalogGenre, CatalogPage, CatalogTopic, PlacedCatalogEntry, Validity } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { catalogStyles } from './bichig-catalog.styles.js';
import { genreLabel, topicLabel, validityLabel } from '../catalog-labels.js';
import { safeHref } from '../../internal/sanitize.js';
import { controlLabel } from '../../internal/control-label.js';

/** The catalog's filters; an absent value means "all". */
export interface CatalogFilters {
  topic?: CatalogTopic;
  genre?: CatalogGenre;
  /** Issuing organ's code. */
  org?: string;
  year?: number;
  validity?: Validity;
  /** Words in the title, document number, index number or keywords. */
  text?: string;
}

const TOPIC_ORDER = Object.keys(CATALOG_TOPICS) as CatalogTopic[];
const GENRE_ORDER = Object.keys(CATALOG_GENRES) as CatalogGenre[];
const VALIDITY_ORDER: readonly Validity[] = ['valid', 'amended', 'not-yet-effective', 'abolished'];

let nextInstance = 1;

/**
 * The government information disclosure catalog (政府信息公开目录) of a site: filters by topic,
 * genre, issuing organ, year and validity (each menu counts what choosing it would give), a text
 * filter, pagination. In Chinese the entries form a table; in Mongolian the layout is vertical and
 * each entry is a column, advancing left→right. Every entry shows its index number (索引号) and
 * document number (文号).
 *
 * @summary Disclosure catalog with filters: a table in Chinese, one column per entry in Mongolian.
 *
 * @csspart filters - The filter form.
 * @csspart count - The number of matching entries.
 * @csspart table - The table (Chinese).
 * @csspart entries - The list of entry columns (Mongolian).
 * @csspart entry - One entry column (Mongolian) or table row (Chinese).
 * @csspart pager - The page controls.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 *
 * @event bichig-catalog-filter - {CustomEvent<{filters: CatalogFilters, page: number, total: number}>} The filters or page changed.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigCatalog extends BichigColumnElement {
  static override styles = [...columnBaseStyles, catalogStyles];
  static override properties = {
    ...BichigColumnElement.properties,
    pageSize: { type: Number, attribute: 'page-size' },
    scope: { reflect: true },
    filters: { attribute: false },
    page: { type: Number },
  };

  /** Entries per page (default 10). */
  declare pageSize: number;
  /**
   * `site` (default): the site's own entries; `descendants`: the site's and its sub-sites'. A site
   * with no entries of its own (a Mongolian version) shows those of its counterpart site.
   */
  declare scope: 'site' | 'descendants';
  /** The filters in effect (settable, e.g. from the page URL). */
  declare filters: CatalogFilters;
  /** The current page, 1-based. */
  declare page: number;

  readonly #id = `bichig-catalog-${nextInstance++}`;
  /** The last query result: what is on screen. */
  #result: CatalogPage | undefined;

  constructor() {
    super();
    this.pageSize = 10;
    this.scope = 'site';
    this.filters = {};
    this.page = 1;
  }

  /** Entries on the current page (after filtering), as shown. */
  get shownEntries(): readonly PlacedCatalogEntry[] {
    return this.#result?.items ?? [];
  }

  /** Entries matching the filters, on all pages. */
  get total(): number {
    return this.#result?.total ?? 0;
  }

  #setFilter<K extends keyof CatalogFilters>(key: K, value: CatalogFilters[K] | undefined): void {
    const next = { ...this.filters };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    this.filters = next;
    this.page = 1;
    void this.updateComplete.then(() => this.#announce());
  }

  #announce(): void {
    this.dispatchEvent(
      new CustomEvent('bichig-catalog-filter', {
        detail: { filters: { ...this.filters }, page: this.#result?.page ?? this.page, total: this.total },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The full text's URL (from `link-pattern`), when the entry has an article. */
  #href(placed: PlacedCatalogEntry): string | undefined {
    return placed.entry.articleId ? this.hrefFor('article', placed.siteId, placed.entry.articleId) : undefined;
  }

  #option(value: string, label: string, count: number | undefined, selected: boolean): TemplateResult {
    return html`<option value=${value} ?selected=${selected}>
      ${label}${count !== undefined ? ` (${this.formatNumber(count)})` : ''}
    </option>`;
  }

  #orgName(code: string, context: ColumnContext): string {
    const org = context.cluster.orgs.get(code);
    return org ? this.textOf(org.shortName ?? org.name) : code;
  }

  #documentNumber(placed: PlacedCatalogEntry): string {
    return placed.entry.documentNumber ? formatDocumentNumber(placed.entry.documentNumber) : '';
  }

  #title(placed: PlacedCatalogEntry): TemplateResult {
    const href = this.#href(placed);
    const text = this.renderText(placed.entry.title, placed.entry.language, 'title');
    return href ? html`<a href=${safeHref(href)} lang=${langOf(placed.entry.language)}>${text}</a>` : text;
  }

  protected renderColumn(context: ColumnContext): TemplateResult {
    const { cluster, site } = context;
    const siteIds = new Set([
      site.id,
      ...(this.scope === 'descendants' ? cluster.descendants(site.id).map((s) => s.id) : []),
    ]);
    let placed = [...cluster.catalogEntries()].filter((p) => siteIds.has(p.siteId));
    // A Mongolian site usually publishes no catalog of its own: it shows its Chinese counterpart's.
    const counterpart = placed.length === 0 ? cluster.counterpart(site.id) : undefined;
    if (counterpart) placed = [...cluster.catalogEntries()].filter((p) => p.siteId === counterpart.id);
    const f = this.filters;
    const result = queryCatalog(placed, {
      ...(f.topic ? { topics: [f.topic] } : {}),
      ...(f.genre ? { genres: [f.genre] } : {}),
      ...(f.org ? { orgCodes: [f.org] } : {}),
      ...(f.year ? { years: [f.year] } : {}),
      ...(f.validity ? { validities: [f.validity] } : {}),
      ...(f.text ? { text: f.text } : {}),
      page: this.page,
      pageSize: this.pageSize,
    });
    this.#result = result;
    const entries =
      result.items.length === 0
        ? this.#renderNone()
        : context.vertical
          ? this.#renderColumns(result.items, context)
          : this.#renderTable(result.items, context);
    return html`<section
      class=${context.vertical ? 'vertical catalog' : 'catalog'}
      part="catalog"
      lang=${context.lang}
      aria-labelledby="${this.#id}-heading"
    >
      <h2 id="${this.#id}-heading" class="visually-hidden" lang=${this.uiLang}>
        ${msg('政府信息公开目录', { id: 'catalog.heading' })}
      </h2>
      ${this.#renderFilters(result, context)}
      <p class="count" part="count" role="status" lang=${this.uiLang}>
        ${msg(str`共 ${this.formatNumber(result.total)} 条`, { id: 'catalog.count' })}
      </p>
      ${entries}
      ${this.renderPager(result.page, result.pageCount, (page) => {
        this.page = page;
        void this.updateComplete.then(() => {
          this.#announce();
          // Keep the keyboard where the reader is: on the pager, or on the first entry when a button disappeared.
          const pager = this.renderRoot.querySelector<HTMLElement>('[part~="pager"] button:not([disabled])');
          pager?.focus();
        });
      })}
    </section>`;
  }

  #renderNone(): TemplateResult {
    return html`<p class="state empty" part="state" lang=${this.uiLang}>
      ${msg('没有符合条件的信息', { id: 'catalog.none' })}
    </p>`;
  }

  #renderFilters(result: CatalogPage, context: ColumnContext): TemplateResult {
    const f = this.filters;
    const { facets } = result;
    const all = msg('全部', { id: 'catalog.all' });
    const topics = TOPIC_ORDER.filter((t) => facets.topics.has(t) || f.topic === t);
    const genres = GENRE_ORDER.filter((g) => facets.genres.has(g) || f.genre === g);
    const orgs = [...new Set([...facets.orgCodes.keys(), ...(f.org ? [f.org] : [])])]
      .map((code) => ({ code, name: this.#orgName(code, context) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
    const years = [...new Set([...facets.years.keys(), ...(f.year ? [f.year] : [])])].sort((a, b) => b - a);
    const validities = VALIDITY_ORDER.filter((v) => facets.validities.has(v) || f.validity === v);
    const id = this.#id;
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${msg('筛选信息公开目录', { id: 'catalog.filters' })}
      lang=${this.uiLang}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="${id}-topic">${msg('主题分类', { id: 'catalog.topic' })}</label>
        <bichig-select
          ><select
            id="${id}-topic"
            @change=${(e: Event) => this.#setFilter('topic', ((e.target as HTMLSelectElement).value || undefined) as CatalogTopic | undefined)}
          >
            ${this.#option('', all, undefined, !f.topic)}
            ${topics.map((t) => this.#option(t, topicLabel(t), facets.topics.get(t) ?? 0, f.topic === t))}
          </select></bichig-select
        >
      </div>
      <div class="field">
        <label for="${id}-genre">${msg('体裁分类', { id: 'catalog.genre' })}</label>
        <bichig-select
          ><select
            id="${id}-genre"
            @change=${(e: Event) => this.#setFilter('genre', ((e.target as HTMLSelectElement).value || undefined) as CatalogGenre | undefined)}
          >
            ${this.#option('', all, undefined, !f.genre)}
            ${genres.map((g) => this.#option(g, genreLabel(g), facets.genres.get(g) ?? 0, f.genre === g))}
          </select></bichig-select
        >
      </div>
      <div class="field">
        <label for="${id}-org">${msg('发布机构', { id: 'catalog.org' })}</label>
        <bichig-select
          ><select
            id="${id}-org"
            @change=${(e: Event) => this.#setFilter('org', (e.target as HTMLSelectElement).value || undefined)}
          >
            ${this.#option('', all, undefined, !f.org)}
            ${orgs.map((o) => this.#option(o.code, o.name, facets.orgCodes.get(o.code) ?? 0, f.org === o.code))}
          </select></bichig-select
        >
      </div>
      <div class="field">
        <label for="${id}-year">${msg('发布年份', { id: 'catalog.year' })}</label>
        <bichig-select
          ><select
            id="${id}-year"
            @change=${(e: Event) => this.#setFilter('year', Number((e.target as HTMLSelectElement).value) || undefined)}
          >
            ${this.#option('', all, undefined, !f.year)}
            ${years.map((y) => this.#option(String(y), this.formatNumber(y, { useGrouping: false }), facets.years.get(y) ?? 0, f.year === y))}
          </select></bichig-select
        >
      </div>
      <div class="field">
        <label for="${id}-validity">${msg('有效性', { id: 'catalog.validity' })}</label>
        <bichig-select
          ><select
            id="${id}-validity"
            @change=${(e: Event) => this.#setFilter('validity', ((e.target as HTMLSelectElement).value || undefined) as Validity | undefined)}
          >
            ${this.#option('', all, undefined, !f.validity)}
            ${validities.map((v) => this.#option(v, validityLabel(v), facets.validities.get(v) ?? 0, f.validity === v))}
          </select></bichig-select
        >
      </div>
      <div class="field">
        <label for="${id}-text">${msg('关键词', { id: 'catalog.text' })}</label>
        <input
          id="${id}-text"
          type="search"
          lang=${context.lang}
          .value=${f.text ?? ''}
          @change=${(e: Event) => this.#setFilter('text', (e.target as HTMLInputElement).value || undefined)}
        />
      </div>
      <button
        type="button"
        part="reset"
        ?disabled=${Object.keys(f).length === 0}
        @click=${() => {
          this.filters = {};
          this.page = 1;
          void this.updateComplete.then(() => this.#announce());
        }}
      >
        ${controlLabel(msg('清除筛选', { id: 'catalog.reset' }))}
      </button>
    </form>`;
  }

  #renderTable(items: readonly PlacedCatalogEntry[], context: ColumnContext): TemplateResult {
    return html`<div
      class="table-scroll"
      part="table-scroll"
      tabindex="0"
      role="region"
      aria-label=${msg('目录列表', { id: 'catalog.list' })}
      lang=${this.uiLang}
    >
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${msg('索引号', { id: 'catalog.index-number' })}</th>
            <th scope="col">${msg('名称', { id: 'catalog.title' })}</th>
            <th scope="col">${msg('发布机构', { id: 'catalog.org' })}</th>
            <th scope="col">${msg('文号', { id: 'catalog.document-number' })}</th>
            <th scope="col">${msg('主题分类', { id: 'catalog.topic' })}</th>
            <th scope="col">${msg('成文日期', { id: 'catalog.written-at' })}</th>
            <th scope="col">${msg('发布日期', { id: 'catalog.published-at' })}</th>
            <th scope="col">${msg('有效性', { id: 'catalog.validity' })}</th>
          </tr>
        </thead>
        <tbody lang=${context.lang}>
          ${items.map(
            (p) =>
              html`<tr part="entry" data-index-number=${p.entry.indexNumber}>
                <td class="index-number" lang="zxx">${p.entry.indexNumber}</td>
                <td class="title">${this.#title(p)}</td>
                <td>${p.entry.issuingOrgans.join('、')}</td>
                <td class="document-number">${this.#documentNumber(p) || '—'}</td>
                <td lang=${this.uiLang}>${topicLabel(p.entry.topic)}</td>
                <td>${this.renderDate(p.entry.writtenAt, { style: 'numeric' })}</td>
                <td>${this.renderDate(p.entry.publishedAt, { style: 'numeric' })}</td>
                <td lang=${this.uiLang}>${validityLabel(p.entry.validity)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderColumns(items: readonly PlacedCatalogEntry[], context: ColumnContext): TemplateResult {
    return html`<ol class="entries" part="entries" aria-label=${msg('目录列表', { id: 'catalog.list' })}>
      ${items.map(
        (p) =>
          html`<li class="entry" part="entry" data-index-number=${p.entry.indexNumber}>
            <h3 class="title">${this.#title(p)}</h3>
            <dl>
              <div>
                <dt lang=${this.uiLang}>${msg('索引号', { id: 'catalog.index-number' })}</dt>
                <dd class="index-number" lang="zxx">${p.entry.indexNumber}</dd>
              </div>
              ${
                p.entry.documentNumber
                  ? html`<div>
                      <dt lang=${this.uiLang}>${msg('文号', { id: 'catalog.document-number' })}</dt>
                      <dd class="document-number" lang="zh-Hans">${this.#documentNumber(p)}</dd>
                    </div>`
                  : nothing
              }
              <div>
                <dt lang=${this.uiLang}>${msg('发布机构', { id: 'catalog.org' })}</dt>
                <dd>${this.#orgName(p.entry.orgCode, context)}</dd>
              </div>
              <div>
                <dt lang=${this.uiLang}>${msg('主题分类', { id: 'catalog.topic' })}</dt>
                <dd lang=${this.uiLang}>${topicLabel(p.entry.topic)} · ${genreLabel(p.entry.genre)}</dd>
              </div>
              <div>
                <dt lang=${this.uiLang}>${msg('发布日期', { id: 'catalog.published-at' })}</dt>
                <dd>${this.renderDate(p.entry.publishedAt)}</dd>
              </div>
              <div>
                <dt lang=${this.uiLang}>${msg('有效性', { id: 'catalog.validity' })}</dt>
                <dd lang=${this.uiLang}>${validityLabel(p.entry.validity)}</dd>
              </div>
            </dl>
          </li>`,
      )}
    </ol>`;
  }
}
