import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ClusterSearch, SearchQueryError } from '@bichig/cluster';
import type { Cluster, HighlightRange, Language, SearchHit, SearchKind, SearchResults } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf, languageOfText } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { safeHref } from '../../internal/sanitize.js';
import { isMongolian } from '@bichig/core/mongolian';
import { insertConvertedPaste } from '../../input/field/paste-conversion.js';
import { searchStyles } from './bichig-search.styles.js';

const KINDS: readonly SearchKind[] = [
  'article',
  'catalog',
  'service',
  'letter',
  'interview',
  'survey',
  'topic',
  'supply-demand',
];

/** One search index per loaded cluster and publication moment, built once and shared. */
const indexes = new WeakMap<Cluster, Map<string, Promise<ClusterSearch>>>();
function searchIndexFor(cluster: Cluster, now: string): Promise<ClusterSearch> {
  let byMoment = indexes.get(cluster);
  if (!byMoment) indexes.set(cluster, (byMoment = new Map()));
  // The index only depends on the day (what is public), so one per day is enough.
  const day = now.slice(0, 10);
  let index = byMoment.get(day);
  if (!index) byMoment.set(day, (index = ClusterSearch.buildAsync(cluster, { now })));
  return index;
}

function kindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'article':
      return msg('文章', { id: 'search.kind.article' });
    case 'catalog':
      return msg('公开目录', { id: 'search.kind.catalog' });
    case 'service':
      return msg('办事服务', { id: 'search.kind.service' });
    case 'letter':
      return msg('信件', { id: 'search.kind.letter' });
    case 'interview':
      return msg('访谈', { id: 'search.kind.interview' });
    case 'survey':
      return msg('调查征集', { id: 'search.kind.survey' });
    case 'topic':
      return msg('专题', { id: 'search.kind.topic' });
    case 'supply-demand':
      return msg('供求信息', { id: 'search.kind.supply-demand' });
  }
}

/** Detail of `bichig-search`. */
export interface BichigSearchDetail {
  query: string;
  page: number;
}

/**
 * Cluster-wide search (站群搜索): a search box and the results page, on @bichig/cluster's
 * ClusterSearch (Chinese by bigrams, Mongolian by word stems with their case suffixes folded, so
 * ᠠᠵᠢᠯ finds ᠠᠵᠢᠯ ᠤᠨ). Results show their kind, site, date, and the title and a snippet with
 * the matches highlighted; they can be narrowed to this site, a kind and a language, and are
 * paged. Mongolian results are set vertically. The index is built once per cluster, in chunks,
 * so a phone's main thread stays responsive.
 *
 * @summary The search box and results page of the whole cluster, with highlights.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart submit - The search button.
 * @csspart filters - Scope, kind and language selects.
 * @csspart status - The result count or the reason there are none.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart title - A result's title link.
 * @csspart snippet - A result's text around the match.
 * @csspart mark - A highlighted match.
 * @csspart pager - The page controls.
 *
 * @cssprop --bichig-search-mark - Background of highlighted matches (default #fff3a3).
 * @cssprop --bichig-column-height - Height of vertical (Mongolian) results.
 *
 * @event bichig-search - {CustomEvent<BichigSearchDetail>} A search was run (the site may put the query in the URL).
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigSearch extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, searchStyles];
  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    page: { type: Number, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    scope: { reflect: true },
    kind: { reflect: true },
    language: { reflect: true },
    index: { state: true },
    draft: { state: true },
    pasteNotice: { state: true },
  };

  /** What converting the last paste into the box changed (Menksoft → Unicode); shown in the status line. */
  declare pasteNotice: string;

  /** The query searched for. Setting it runs the search. */
  declare query: string;
  /** The results page, 1-based. */
  declare page: number;
  /** Results per page (default 10). */
  declare pageSize: number;
  /** `cluster` (default: every site) or `site` (only the site named by `site`). */
  declare scope: 'cluster' | 'site';
  /** Only results of this kind; empty for all. */
  declare kind: SearchKind | '';
  /** Only results in this language (`zh`, `mn`); empty for both. */
  declare language: Language | '';
  declare private index: ClusterSearch | undefined;
  /** What is typed in the box, before it is submitted. */
  declare private draft: string | undefined;

  #indexFor: Cluster | undefined;

  constructor() {
    super();
    this.query = '';
    this.page = 1;
    this.pageSize = 10;
    this.pasteNotice = '';
    this.scope = 'cluster';
    this.kind = '';
    this.language = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cluster = this.data;
    if (cluster && cluster !== this.#indexFor) {
      this.#indexFor = cluster;
      this.index = undefined;
      void searchIndexFor(cluster, this.moment).then((index) => {
        if (this.#indexFor === cluster) this.index = index;
      });
    }
    if ((changed.has('kind') || changed.has('language') || changed.has('scope')) && this.hasUpdated) this.page = 1;
  }

  /** Resolves when the search index is ready and the results are on screen. */
  async whenIndexed(): Promise<void> {
    await this.whenLoaded();
    const cluster = this.data;
    if (cluster) await searchIndexFor(cluster, this.moment);
    await this.updateComplete;
    await this.updateComplete;
  }

  #submit(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    this.query = (input?.value ?? '').trim();
    this.page = 1;
    this.draft = undefined;
    this.dispatchEvent(
      new CustomEvent<BichigSearchDetail>('bichig-search', {
        detail: { query: this.query, page: 1 },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Runs the search for the current query and filters. */
  results(context: ColumnContext): SearchResults | SearchQueryError | undefined {
    if (!this.index || !this.query.trim()) return undefined;
    try {
      return this.index.search(this.query, {
        ...(this.scope === 'site' ? { siteIds: [context.site.id] } : {}),
        ...(this.kind ? { kinds: [this.kind] } : {}),
        ...(this.language ? { languages: [this.language] } : {}),
        limit: Math.max(1, this.pageSize),
        offset: (Math.max(1, this.page) - 1) * Math.max(1, this.pageSize),
        snippetContext: 50,
      });
    } catch (error) {
      if (error instanceof SearchQueryError) return error;
      throw error;
    }
  }

  /** Text with its highlight ranges wrapped in <mark>. */
  #highlighted(text: string, ranges: readonly HighlightRange[]): TemplateResult {
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(text.slice(at, start));
      parts.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
      at = end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return html`${parts}`;
  }

  #renderHit(hit: SearchHit, context: ColumnContext): TemplateResult {
    const { document } = hit;
    const site = context.cluster.sites.get(document.siteId);
    const lang = langOf(document.language);
    return html`<li part="result" lang=${lang}>
      <a
        class="result-title"
        part="title"
        href=${safeHref(this.hrefFor(document.kind, document.siteId, document.itemId))}
        >${this.#highlighted(document.title, hit.titleHighlights)}</a
      >
      ${hit.snippet.text ? html`<p class="snippet" part="snippet">${this.#highlighted(hit.snippet.text, hit.snippet.highlights)}</p>` : nothing}
      <span class="meta">
        <span lang=${this.uiLang}>${kindLabel(document.kind)}</span>
        ${site ? html`<span lang=${langOf(context.language)}>${this.textOf(site.name)}</span>` : nothing}
        ${document.date ? this.renderDate(document.date) : nothing}
      </span>
    </li>`;
  }

  #renderFilters(): TemplateResult {
    const set = (property: 'scope' | 'kind' | 'language') => (event: Event) => {
      (this as unknown as Record<string, string>)[property] = (event.target as HTMLSelectElement).value;
    };
    return html`<div class="filters" part="filters" lang=${this.uiLang}>
      ${
        this.site
          ? html`<label
              >${msg('范围', { id: 'search.scope' })}
              <select @change=${set('scope')}>
                <option value="cluster" ?selected=${this.scope !== 'site'}>
                  ${msg('全部站点', { id: 'search.scope-cluster' })}
                </option>
                <option value="site" ?selected=${this.scope === 'site'}>
                  ${msg('本站', { id: 'search.scope-site' })}
                </option>
              </select></label
            >`
          : nothing
      }
      <label
        >${msg('类别', { id: 'search.kind' })}
        <select @change=${set('kind')}>
          <option value="" ?selected=${!this.kind}>${msg('全部类别', { id: 'search.kind-all' })}</option>
          ${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${kindLabel(kind)}</option>`)}
        </select></label
      >
      <label
        >${msg('语言', { id: 'search.language' })}
        <select @change=${set('language')}>
          <option value="" ?selected=${!this.language}>${msg('中文和蒙古文', { id: 'search.language-all' })}</option>
          <option value="zh" ?selected=${this.language === 'zh'} lang="zh-Hans">中文</option>
          <option value="mn" ?selected=${this.language === 'mn'} lang="mn-Mong">ᠮᠣᠩᠭᠣᠯ</option>
        </select></label
      >
    </div>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const results = this.results(context);
    const typed = this.draft ?? this.query;
    const inputLang = langOf(typed ? languageOfText(typed) : context.language);
    let status: TemplateResult | typeof nothing = nothing;
    let list: unknown = nothing;
    if (!this.index && this.query) status = html`${msg('正在建立索引…', { id: 'search.indexing' })}`;
    else if (results instanceof SearchQueryError)
      status = html`${msg('请输入要搜索的中文、蒙古文、字母或数字', { id: 'search.no-terms' })}`;
    else if (results && results.total === 0)
      status = html`${msg(str`没有找到与“${this.query}”相关的结果`, { id: 'search.none' })}`;
    else if (results) {
      status = html`${msg(str`找到 ${this.formatUiNumber(results.total)} 条结果`, { id: 'search.count' })}`;
      const pages = Math.max(1, Math.ceil(results.total / Math.max(1, this.pageSize)));
      const byLanguage = (language: Language) => results.hits.filter((hit) => hit.document.language === language);
      const group = (language: Language) => {
        const hits = byLanguage(language);
        if (!hits.length) return nothing;
        return html`<div class=${language === 'mn' ? 'vertical' : 'horizontal'} lang=${langOf(language)}>
          <ol part="results">
            ${hits.map((hit) => this.#renderHit(hit, context))}
          </ol>
        </div>`;
      };
      // Each script in its own writing mode: Chinese results horizontal, Mongolian ones vertical.
      const order: Language[] = context.language === 'mn' ? ['mn', 'zh'] : ['zh', 'mn'];
      list = html`${order.map(group)}
      ${this.renderPager(Math.min(this.page, pages), pages, (page) => {
        this.page = page;
        this.dispatchEvent(
          new CustomEvent<BichigSearchDetail>('bichig-search', {
            detail: { query: this.query, page },
            bubbles: true,
            composed: true,
          }),
        );
      })}`;
    }
    const statusLine = this.pasteNotice ? html`${this.pasteNotice} ${status}` : status;
    return html`<form
        role="search"
        part="form"
        aria-label=${msg('站群搜索', { id: 'search.label' })}
        @submit=${this.#submit}
        lang=${this.uiLang}
      >
        <label class="visually-hidden" for="query">${msg('搜索关键词', { id: 'search.query-label' })}</label>
        <input
          id="query"
          part="input"
          type="search"
          name="q"
          lang=${inputLang}
          .value=${typed}
          @paste=${(event: ClipboardEvent) => {
            this.pasteNotice = insertConvertedPaste(event, event.target as HTMLInputElement)?.notice ?? '';
          }}
          @input=${(event: Event) => {
            this.draft = (event.target as HTMLInputElement).value;
            if (isMongolian(this.draft)) this.ensureMongolianFont();
          }}
          placeholder=${msg('输入关键词', { id: 'search.placeholder' })}
          enterkeyhint="search"
          autocomplete="off"
        />
        <button type="submit" part="submit">${msg('搜索', { id: 'search.submit' })}</button>
      </form>
      ${this.query ? this.#renderFilters() : nothing}
      <p class="status" part="status" role="status" lang=${this.uiLang}>${statusLine}</p>
      ${list}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-search': BichigSearch;
  }
  interface HTMLElementEventMap {
    'bichig-search': CustomEvent<BichigSearchDetail>;
  }
}
