import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SearchQueryError } from '@bichig/cluster';
import type {
  Cluster,
  ClusterSearch,
  Language,
  SearchKind,
  SearchOptions,
  SearchResults,
  SearchService,
} from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf, languageOfText } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { isMongolian } from '@bichig/core/mongolian';
import { searchStyles } from './bichig-search.styles.js';
import { PasteOnDemand } from './paste-on-demand.js';
import { renderSearchBox } from './search-box.js';
import { KeyboardOnDemand } from '../base/keyboard-on-demand.js';
import { parseRenderer } from '../../internal/renderer.js';
import type { SearchFilters, SearchView } from './search-parts.js';
import { loadSearchQuery, openSearchService, searchQuery } from './query-on-demand.js';
import { BichigDataErrorEvent } from '../base/data-error-event.js';
import { DEFAULT_LINK_PATTERN, fillLinkPattern } from '../base/link-pattern.js';
import { controlLabel } from '../../internal/control-label.js';

/**
 * The in-browser index of a whole cluster, loaded only by a search given `cluster` or `src`, with
 * the query module that renders its results.
 */
function searchIndexFor(cluster: Cluster, now: string): Promise<ClusterSearch> {
  return Promise.all([import('./cluster-index.js'), loadSearchQuery()]).then(([module]) =>
    module.searchIndexFor(cluster, now),
  );
}

/** A search of a sharded index: what it was for (query and options), and its answer once there. */
interface ShardedSearchRun {
  readonly key: string;
  readonly done: Promise<unknown>;
  answer?: SearchResults | SearchQueryError;
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
 * paged. Mongolian results are set vertically. With a cluster (`cluster` or `src`) the index is
 * built once per cluster, in chunks, so a phone's main thread stays responsive; with `index` (the
 * URL of a sharded index's manifest, made at build time by `buildShardedSearch`) nothing is
 * indexed on the phone: the manifest is fetched first, then per query only the shards of its terms
 * and the hits shown, with the same results.
 *
 * @summary The search box and results page of the whole cluster, with highlights.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart submit - The search button.
 * @csspart keyboard - The Mongolian on-screen keyboard (with `keyboard`).
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
    index: { reflect: true },
    api: { reflect: true },
    keyboard: { type: Boolean, reflect: true },
    shardedIndex: { attribute: false },
    searchIndex: { state: true },
    sharded: { state: true },
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
  /**
   * URL of the manifest of a sharded search index (`…/search/manifest.json`), used when no cluster
   * is given: the page then downloads kilobytes per query instead of every site's data.
   */
  declare index: string | undefined;
  /**
   * URL of a search server (`…/api/search/`, @bichig/server's): each query is one request answered
   * with its results (a few kilobytes), nothing of the index is downloaded. Takes precedence over
   * `index`; used when no cluster is given.
   */
  declare api: string | undefined;
  /**
   * Show a Mongolian <bichig-keyboard> under the search box, loaded when the box is first focused
   * (keys typed on a hardware keyboard meanwhile are kept and mapped by its layout).
   */
  declare keyboard: boolean;
  /** A loaded sharded index or search server; takes precedence over `api` and `index`. */
  declare shardedIndex: SearchService | undefined;
  declare private searchIndex: ClusterSearch | undefined;
  /**
   * The sharded index's state: not opened (no query yet), loading its manifest and the query module,
   * loaded, or failed (the manifest, the module or a query's files).
   */
  declare private sharded:
    | { kind: 'idle' }
    | { kind: 'loading' }
    | { kind: 'loaded'; index: SearchService }
    | { kind: 'failed'; error: Error; index?: SearchService };
  /** What is typed in the box, before it is submitted. */
  declare private draft: string | undefined;

  readonly #paste = new PasteOnDemand((notice) => (this.pasteNotice = notice));
  #indexFor: Cluster | undefined;
  #shardedFrom: string | SearchService | undefined;
  #shardedLoad: Promise<unknown> = Promise.resolve();
  /** The latest sharded search: what it was for, and its answer once there. */
  #shardedSearch: ShardedSearchRun | undefined;

  constructor() {
    super();
    this.query = '';
    this.page = 1;
    this.pageSize = 10;
    this.pasteNotice = '';
    this.scope = 'cluster';
    this.kind = '';
    this.language = '';
    this.keyboard = false;
    this.sharded = { kind: 'idle' };
    // The box: a native search field, or a <bichig-input> where form controls stay horizontal.
    new KeyboardOnDemand(
      this,
      (node) => node instanceof HTMLElement && node.id === 'query' && node.getRootNode() === this.renderRoot,
    );
  }

  /** Searches again after a failed fetch (the files that did load stay cached). */
  override reload(): void {
    if (!this.#usesShards) return super.reload();
    const failed = this.sharded.kind === 'failed' ? this.sharded : undefined;
    this.#shardedSearch = undefined;
    if (failed?.index) this.sharded = { kind: 'loaded', index: failed.index };
    else this.#loadShards();
  }

  /**
   * Resolves when the results of the query are on screen (its index and the query module loaded;
   * before a first query nothing is loaded, so at once).
   */
  async whenIndexed(): Promise<void> {
    await this.whenLoaded();
    if (this.#usesShards) {
      // Until the manifest and the latest search have landed (a search may start another).
      for (;;) {
        await this.#shardedLoad;
        await this.updateComplete;
        const search = this.#shardedSearch;
        if (search) await search.done;
        await this.updateComplete;
        if (this.#shardedSearch === search && this.sharded.kind !== 'loading') break;
      }
      await this.updateComplete;
      return;
    }
    const cluster = this.data;
    if (cluster) await searchIndexFor(cluster, this.moment);
    await this.updateComplete;
    await this.updateComplete;
  }

  /** Runs the search for the current query and filters (on a cluster's index; a sharded search answers asynchronously). */
  results(context: ColumnContext): SearchResults | SearchQueryError | undefined {
    if (!this.searchIndex || !this.query.trim()) return undefined;
    try {
      return this.searchIndex.search(this.query, this.#options(context.site.id));
    } catch (error) {
      if (error instanceof SearchQueryError) return error;
      throw error;
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.#paste.pending) await this.#paste.pending;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cluster = this.data;
    if (cluster && cluster !== this.#indexFor) {
      this.#indexFor = cluster;
      this.searchIndex = undefined;
      void searchIndexFor(cluster, this.moment).then((index) => {
        if (this.#indexFor === cluster) this.searchIndex = index;
      });
    }
    if ((changed.has('kind') || changed.has('language') || changed.has('scope')) && this.hasUpdated) this.page = 1;
    if (this.#usesShards) {
      // Opened by the first query, or by the first thing typed (it is then there by the submit).
      const wanted = !!this.query.trim() || !!this.draft?.trim();
      if (this.#shardSource !== this.#shardedFrom && (wanted || this.sharded.kind !== 'idle')) {
        if (wanted) this.#loadShards();
        else this.#closeShards();
      }
      this.#searchShards();
    }
  }

  /** Whether the element searches a sharded index (no cluster given, an index is). */
  get #usesShards(): boolean {
    return !this.cluster && !this.src && (this.shardedIndex !== undefined || !!this.api || !!this.index);
  }

  /** Where the sharded search comes from: a given index, a server (`api:` URL) or a manifest URL. */
  get #shardSource(): string | SearchService | undefined {
    return this.shardedIndex ?? (this.api ? `api:${this.api}` : this.index);
  }

  /** The index of a sharded search (loaded, or failed after loading), if any. */
  get #shardedIndex(): SearchService | undefined {
    return this.sharded.kind === 'loaded' || this.sharded.kind === 'failed' ? this.sharded.index : undefined;
  }

  #loadShards(): void {
    const from = this.#shardSource!;
    this.#shardedFrom = from;
    this.#shardedSearch = undefined;
    this.sharded = { kind: 'loading' };
    const loading: Promise<SearchService> =
      typeof from !== 'string' ? loadSearchQuery().then(() => from) : openSearchService(from);
    this.#shardedLoad = loading.then(
      (index) => {
        if (this.#shardedFrom === from) this.sharded = { kind: 'loaded', index };
      },
      (error: unknown) => {
        if (this.#shardedFrom === from) this.#failShards(error);
      },
    );
  }

  /** Back to no index (its source changed before any query): the next query opens the new one. */
  #closeShards(): void {
    this.#shardedFrom = undefined;
    this.#shardedSearch = undefined;
    this.#shardedLoad = Promise.resolve();
    this.sharded = { kind: 'idle' };
  }

  #failShards(error: unknown, index?: SearchService): void {
    const failure = error instanceof Error ? error : new Error(String(error));
    this.sharded = { kind: 'failed', error: failure, ...(index ? { index } : {}) };
    this.dispatchEvent(
      new BichigDataErrorEvent({
        ...((this.api ?? this.index) ? { src: this.api ?? this.index } : {}),
        error: failure,
        issues: [],
      }),
    );
  }

  /** The options of the current search, for the site in scope (`siteId`). */
  #options(siteId: string | undefined): SearchOptions {
    return {
      ...(this.scope === 'site' && siteId ? { siteIds: [siteId] } : {}),
      ...(this.kind ? { kinds: [this.kind] } : {}),
      ...(this.language ? { languages: [this.language] } : {}),
      limit: Math.max(1, this.pageSize),
      offset: (Math.max(1, this.page) - 1) * Math.max(1, this.pageSize),
      snippetContext: 50,
    };
  }

  /** Starts the sharded search for the current query and filters, unless it is the one already run. */
  #searchShards(): void {
    if (this.sharded.kind !== 'loaded' || !this.query.trim()) return;
    const index = this.sharded.index;
    const query = this.query;
    const options = this.#options(this.site);
    const key = JSON.stringify([query, options]);
    if (this.#shardedSearch?.key === key) return;
    const search: ShardedSearchRun = {
      key,
      done: index.search(query, options).then(
        (answer) => {
          search.answer = answer;
          if (this.#shardedSearch === search) this.requestUpdate();
        },
        (error: unknown) => {
          if (this.#shardedSearch !== search) return;
          if (error instanceof SearchQueryError) {
            search.answer = error;
            this.requestUpdate();
          } else this.#failShards(error, index);
        },
      ),
    };
    this.#shardedSearch = search;
  }

  #submit(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('[part~="input"]');
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

  /** Links to a hit: with a sharded index, the site's path comes from its manifest. */
  protected override hrefFor(kind: string, siteId: string, id: string, columnId?: string): string {
    if (this.data || !this.#usesShards) return super.hrefFor(kind, siteId, id, columnId);
    const index = this.#shardedIndex;
    return fillLinkPattern(this.linkPattern ?? DEFAULT_LINK_PATTERN, {
      sitePath: index?.manifest.siteInfo?.[siteId]?.path ?? '/',
      site: siteId,
      kind,
      id,
      column: columnId ?? '',
    });
  }

  #filters(): SearchFilters {
    return {
      uiLang: this.uiLang,
      hasSite: !!this.site,
      scope: this.scope,
      kind: this.kind,
      language: this.language,
      set: (filter, value) => ((this as unknown as Record<string, string>)[filter] = value),
    };
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const view: SearchView = {
      language: context.language,
      siteId: context.site.id,
      siteName: (id) => context.cluster.sites.get(id)?.name,
    };
    const results = this.results(context);
    return this.#renderSearch(view, results, !this.searchIndex && this.query ? 'indexing' : undefined);
  }

  /** With a sharded index: the search as soon as its manifest is there, the error state when a file fails. */
  protected override render(): unknown {
    if (!this.#usesShards) return super.render();
    const index = this.#shardedIndex;
    const view: SearchView = {
      language: this.contentLanguage(undefined),
      siteId: this.site,
      siteName: (id) => index?.manifest.siteInfo?.[id]?.name,
    };
    if (this.sharded.kind === 'failed') return this.#renderSearch(view, undefined, this.sharded.error);
    const answer = this.query.trim() ? this.#shardedSearch?.answer : undefined;
    return this.#renderSearch(view, answer, this.query.trim() && !answer ? 'loading' : undefined);
  }

  /** The form, the filters, the status line and the results (or why there are none). */
  #renderSearch(
    view: SearchView,
    results: SearchResults | SearchQueryError | undefined,
    pending: 'indexing' | 'loading' | Error | undefined,
  ): unknown {
    const typed = this.draft ?? this.query;
    const inputLang = langOf(typed ? languageOfText(typed) : view.language);
    let status: TemplateResult | typeof nothing = nothing;
    let list: unknown = nothing;
    if (pending instanceof Error) list = this.renderError(pending, true);
    else if (pending === 'indexing') status = html`${msg('正在建立索引…', { id: 'search.indexing' })}`;
    else if (pending === 'loading') status = html`${msg('正在加载…', { id: 'column.loading' })}`;
    else if (results instanceof SearchQueryError)
      status = html`${msg('请输入要搜索的中文、蒙古文、字母或数字', { id: 'search.no-terms' })}`;
    else if (results && results.total === 0)
      status = html`${msg(str`没有找到与“${this.query}”相关的结果`, { id: 'search.none' })}`;
    else if (results && searchQuery) {
      // Results come from an index that the query module came with.
      status = html`${msg(str`找到 ${this.formatUiNumber(results.total)} 条结果`, { id: 'search.count' })}`;
      list = searchQuery.renderResultList(results, {
        view,
        uiLang: this.uiLang,
        pageSize: this.pageSize,
        hrefFor: ({ document: { kind, siteId, itemId } }) => this.hrefFor(kind, siteId, itemId),
        pager: (pages) =>
          this.renderPager(Math.min(this.page, pages), pages, (page) => {
            this.page = page;
            this.dispatchEvent(
              new CustomEvent<BichigSearchDetail>('bichig-search', {
                detail: { query: this.query, page },
                bubbles: true,
                composed: true,
              }),
            );
          }),
      });
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
        ${renderSearchBox({
          lang: inputLang,
          value: typed,
          host: this,
          onPaste: this.#paste.onPaste,
          onInput: (value) => {
            this.draft = value;
            if (isMongolian(value)) this.ensureMongolianFont();
          },
        })}
        <button type="submit" part="submit">${controlLabel(msg('搜索', { id: 'search.submit' }))}</button>
      </form>
      ${this.keyboard ? html`<bichig-keyboard part="keyboard" lang=${this.uiLang} renderer=${parseRenderer(this.renderer, this)}></bichig-keyboard>` : nothing}
      ${this.query && searchQuery ? searchQuery.renderFilters(this.#filters()) : nothing}
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
