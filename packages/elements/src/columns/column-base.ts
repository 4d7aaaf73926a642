/**
 * The shared base of the column (栏目) layouts and the site chrome.
 *
 * Data. A column element reads a loaded @bichig/cluster {@link Cluster}, given either
 *  - as the `cluster` property (a site that already loaded its data, or a test), or
 *  - as `src`: the URL of a cluster manifest (`…/cluster.json`, or the directory holding it). The
 *    manifest and its site files are fetched once per page and URL, validated record by record by
 *    @bichig/cluster, and shared by every element with the same `src`.
 * `site` names the site (default: the cluster's main portal) and `column` the column, by id.
 * A manifest that cannot be read, an unknown site or column: the element shows a visible error
 * (role=alert, with a retry for network failures) — never a blank box — and fires
 * `bichig-data-error`. Records that failed validation are left out by the loader; the element
 * shows the rest and reports the dropped ones through the same event.
 *
 * Language. The content language comes from `lang` (on the element or the nearest ancestor;
 * `mn…` → Mongolian, `zh…` → Chinese), else from the site's own language. Chinese is laid out
 * horizontally; Mongolian vertically (writing-mode: vertical-lr, columns advancing left→right, the
 * mouse wheel scrolling horizontally, W3C mlreq), with Mongolian runs drawn by <bichig-text>
 * using the element's `renderer`. Interface strings follow the @lit/localize locale
 * (`setLocale`), which may differ from the content language.
 *
 * Formatting. Dates and numbers go through @bichig/core's formatters in the content language
 * (`formatDate`, `formatNumber`), so Mongolian gets traditional script and Mongolian digits.
 */
import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { formatDate, formatNumber } from '@bichig/core/format';
import type { FormatDateOptions, FormatNumberOptions } from '@bichig/core/format';
import { isMongolian } from '@bichig/core/mongolian';
import { UnknownIdError, pickLocalized } from '@bichig/cluster';
import type { Cluster, Column, Language, Localized, Site } from '@bichig/cluster';
import { parseRenderer } from '../internal/renderer.js';
import type { RendererMode } from '../internal/renderer.js';
import { getLocale } from '../localize.js';
import { loadNativeFonts } from '../internal/fonts.js';
// mlreq: in vertical text the mouse wheel scrolls horizontally.
import { scrollVerticalBoxOnWheel } from '../internal/vertical-wheel.js';
import { columnBaseStyles } from './base/column-base.styles.js';
import '../internal/bichig-select.js';
import { controlLabel } from '../internal/control-label.js';
import type { ColumnContext } from './base/context.js';
import { BichigDataErrorEvent } from './base/data-error-event.js';
import { ClusterSourceError, ColumnNotFoundError } from './base/errors.js';
import { formatUiNumber, langOf, languageOfLang, languageOfText, pickText } from './base/language.js';
import { DEFAULT_LINK_PATTERN, fillLinkPattern } from './base/link-pattern.js';
import { renderPager } from './base/pager.js';

// The pieces a column element is made of, for the layouts that import them from here.
export { columnBaseStyles } from './base/column-base.styles.js';
export type { ColumnContext } from './base/context.js';
export { BichigDataErrorEvent } from './base/data-error-event.js';
export type { BichigDataErrorDetail } from './base/data-error-event.js';
export { ClusterSourceError, ColumnNotFoundError } from './base/errors.js';
export { langOf, languageOfLang, languageOfText, pickText } from './base/language.js';
export type { ContentLang, LangText } from './base/language.js';
export { DEFAULT_LINK_PATTERN, fillLinkPattern } from './base/link-pattern.js';
export { paginate } from './base/pager.js';

type LoadState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; cluster: Cluster } | { kind: 'failed'; error: Error };

/**
 * Base class of the column layouts and site chrome. Subclasses implement {@link renderColumn};
 * loading, errors, language and formatting are handled here.
 *
 * @fires bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or used, or records were left out.
 */
export abstract class BichigColumnElement extends LitElement {
  static override styles: CSSResultGroup = columnBaseStyles;

  static override properties: PropertyDeclarations = {
    cluster: { attribute: false },
    src: { reflect: true },
    site: { reflect: true },
    column: { reflect: true },
    now: {},
    renderer: { reflect: true },
    linkPattern: { attribute: 'link-pattern' },
    loadState: { state: true },
  };

  /** A loaded cluster. Takes precedence over `src`. */
  declare cluster: Cluster | undefined;
  /** URL of the cluster manifest (`…/cluster.json`) or of the directory holding it. */
  declare src: string | undefined;
  /** Id of the site (default: the main portal). */
  declare site: string | undefined;
  /** Id of the column, for the layouts that show one column. */
  declare column: string | undefined;
  /** The moment (ISO timestamp) that decides what is published; default: now. */
  declare now: string | undefined;
  /** How Mongolian text is drawn: `native`, `shaped` or `auto` (default), as on <bichig-text>. */
  declare renderer: RendererMode;
  /**
   * Where the element's links point; the site decides its URLs. Tokens: `{sitePath}` (the site's
   * path, e.g. `/dwzmqq/`), `{site}` (site id), `{kind}` (article, catalog, service, topic,
   * interview, survey, letter, supply-demand, column), `{id}` (the item's id, URL-encoded),
   * `{column}` (column id, when known). Default {@link DEFAULT_LINK_PATTERN}.
   */
  declare linkPattern: string | undefined;
  declare protected loadState: LoadState;

  /** The column element needs a column id (news list); chrome elements do not. */
  protected readonly needsColumn: boolean = false;

  #loadGeneration = 0;
  /** Settles when the latest load from `src` has set {@link loadState}. */
  #pendingLoad: Promise<void> = Promise.resolve();
  #reportedIssuesOf: Cluster | undefined;

  #resolved: ColumnContext | Error | undefined;
  #lastReported: string | undefined;
  #fontsRequested = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.renderer = 'auto';
    this.loadState = { kind: 'idle' };
    this.addEventListener('wheel', scrollVerticalBoxOnWheel, { passive: false });
  }

  /** The cluster in use: the `cluster` property, else the one loaded from `src`. */
  get data(): Cluster | undefined {
    return this.cluster ?? (this.loadState.kind === 'loaded' ? this.loadState.cluster : undefined);
  }

  /** Loads `src` again (after a network failure). */
  reload(): void {
    if (!this.src) return;
    this.#load(this.src, true);
  }

  /** Resolves once the data from `src` has loaded (or failed) and the element has rendered it. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    // A newer load may start while one is pending: wait until none is.
    while (this.loadState.kind === 'loading') await this.#pendingLoad;
    await this.updateComplete;
  }

  /**
   * Resolves the context for this update before rendering (Lit's place for derived state), so
   * render(), the helpers and the subclasses' handlers all read the same one.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && !this.cluster) this.#load(this.src);
    this.#resolved = this.resolveContext();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Mongolian set natively outside <bichig-text> (highlighted search results, select options,
    // form fields) needs the Mongolian font registered too; phones have none of their own.
    if (!this.#fontsRequested && isMongolian(this.renderRoot.textContent ?? '')) this.ensureMongolianFont();
    const context = this.#resolved;
    if (context instanceof Error && this.#lastReported !== context.message) {
      this.#lastReported = context.message;
      this.dispatchEvent(
        new BichigDataErrorEvent({ ...(this.src ? { src: this.src } : {}), error: context, issues: [] }),
      );
    }
  }

  /**
   * Loads the cluster at `src` (`fresh`: forgetting the one loaded before). The loader (and
   * @bichig/cluster's fetchCluster with the validation it brings) is imported only here, so a page
   * whose columns are given their data (`cluster`, or a search over a prebuilt index) never
   * downloads it.
   */
  #load(src: string, fresh = false): void {
    const generation = ++this.#loadGeneration;
    this.loadState = { kind: 'loading' };
    this.#pendingLoad = import('./base/cluster-source.js')
      .then(({ clearClusterCache, loadClusterFromUrl }) => {
        if (fresh) clearClusterCache(src);
        return loadClusterFromUrl(src);
      })
      .then(
        (result) => {
          if (generation !== this.#loadGeneration) return;
          this.loadState = { kind: 'loaded', cluster: result.cluster };
          if (result.errors.length && this.#reportedIssuesOf !== result.cluster) {
            this.#reportedIssuesOf = result.cluster;
            console.warn(
              `<${this.localName}>: ${result.errors.length} record(s) of ${src} did not validate and are not shown`,
            );
            this.dispatchEvent(new BichigDataErrorEvent({ src, issues: result.errors }));
          }
        },
        (error: unknown) => {
          if (generation !== this.#loadGeneration) return;
          const failure = error instanceof Error ? error : new Error(String(error));
          this.loadState = { kind: 'failed', error: failure };
          this.dispatchEvent(
            new BichigDataErrorEvent({
              src,
              error: failure,
              issues: error instanceof ClusterSourceError ? error.issues : [],
            }),
          );
        },
      );
  }

  /** The content language: from `lang` here or on an ancestor, else the site's, else Chinese. */
  protected contentLanguage(site: Site | undefined): Language {
    const own = languageOfLang(this.lang) ?? languageOfLang(this.closest('[lang]')?.getAttribute('lang'));
    return own ?? site?.language ?? 'zh';
  }
  /** The data the element renders from, or the error that prevents it. */
  protected resolveContext(): ColumnContext | Error | undefined {
    const cluster = this.data;
    if (!cluster) return undefined;
    const siteId = this.site ?? cluster.rootSiteId;
    const site = cluster.sites.get(siteId);
    if (!site) return new ColumnNotFoundError('site', siteId);
    let column: Column | undefined;
    if (this.column) {
      column = site.columns.find((c) => c.id === this.column);
      if (!column) return new ColumnNotFoundError('column', this.column);
    } else if (this.needsColumn) {
      return new ColumnNotFoundError('column', '(none given)');
    }
    const language = this.contentLanguage(site);
    return { cluster, site, column, language, lang: langOf(language), vertical: language === 'mn' };
  }

  /** The context resolved for the current update (undefined while there is no data, or on an error). */
  protected get context(): ColumnContext | undefined {
    return this.#resolved instanceof Error ? undefined : this.#resolved;
  }

  /** The moment that decides what is published. */
  protected get moment(): string {
    return this.now ?? new Date().toISOString();
  }

  // ── formatting, in the content language ──

  /** A date in the content language (Mongolian script and digits for mn), short style by default. */
  protected formatDate(value: string | Date, options: Partial<FormatDateOptions> = {}): string {
    const lang = this.context?.lang ?? 'zh-Hans';
    try {
      return formatDate(value, { style: 'short', ...options, locale: lang });
    } catch {
      // A malformed date in published data: show it as written rather than nothing.
      return String(value);
    }
  }

  /** A number in the content language. */
  protected formatNumber(value: number, options: Partial<FormatNumberOptions> = {}): string {
    const lang = this.context?.lang ?? 'zh-Hans';
    try {
      return formatNumber(value, { ...options, locale: lang });
    } catch {
      return String(value);
    }
  }

  /** A number in the interface locale (page counters, result counts: they sit in interface strings). */
  protected formatUiNumber(value: number): string {
    return formatUiNumber(value);
  }

  /** The text of a localized value in the content language. */
  protected textOf(value: Localized): string {
    return pickLocalized(value, this.context?.language ?? 'zh').text;
  }

  /** The URL of an item (an article, a catalog entry, a column…) on a site, from {@link linkPattern}. */
  protected hrefFor(kind: string, siteId: string, id: string, columnId?: string): string {
    const site = this.data?.sites.get(siteId);
    return fillLinkPattern(this.linkPattern ?? DEFAULT_LINK_PATTERN, {
      sitePath: site?.path ?? '/',
      site: siteId,
      kind,
      id,
      column: columnId ?? '',
    });
  }

  /** The `lang` of interface strings (the @lit/localize locale). */
  protected get uiLang(): string {
    return getLocale();
  }

  /** Registers the Mongolian font (once), for Mongolian this element sets natively or that is typed into it. */
  protected ensureMongolianFont(): void {
    if (this.#fontsRequested) return;
    this.#fontsRequested = true;
    loadNativeFonts().catch((error: unknown) =>
      console.warn(`<${this.localName}>: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** A `<time>` with the machine-readable date and the formatted one. */
  protected renderDate(value: string, options: Partial<FormatDateOptions> = {}): TemplateResult {
    return html`<time datetime=${value.slice(0, 10)} lang=${this.context?.lang ?? 'zh-Hans'}
      >${this.formatDate(value, options)}</time
    >`;
  }

  // ── text ──

  /**
   * Renders a piece of content text with its `lang`: Mongolian as <bichig-text> (so the renderer
   * setting applies and NNBSP/FVS stay in one shaping run), Chinese as a plain span.
   */
  protected renderText(text: string, language: Language = languageOfText(text), part?: string): TemplateResult {
    if (language === 'mn') {
      return html`<bichig-text
        lang="mn-Mong"
        part=${part ?? nothing}
        renderer=${parseRenderer(this.renderer, this)}
        .text=${text}
      ></bichig-text>`;
    }
    return html`<span lang="zh-Hans" part=${part ?? nothing}>${text}</span>`;
  }

  /** Renders localized content text in the content language (falling back to the other one). */
  protected renderLocalized(value: Localized, part?: string): TemplateResult {
    const picked = pickText(value, this.context?.language ?? 'zh');
    return this.renderText(picked.text, picked.language, part);
  }

  // ── pagination, shared by the list layouts ──

  /** The pager of the list layouts (see {@link renderPager}). */
  protected renderPager(page: number, pages: number, onPage: (page: number) => void): TemplateResult | typeof nothing {
    return renderPager(page, pages, onPage);
  }

  // ── rendering ──

  protected override render(): unknown {
    const context = this.#resolved;
    if (context instanceof Error) return this.renderError(context);
    if (!context) {
      if (this.loadState.kind === 'failed') return this.renderError(this.loadState.error, true);
      if (this.loadState.kind === 'loading')
        return html`<div class="state loading" part="state" role="status" lang=${this.uiLang}>
          ${msg('正在加载…', { id: 'column.loading' })}
        </div>`;
      return html`<div class="state empty" part="state" role="status" lang=${this.uiLang}>
        ${msg('未提供数据', { id: 'column.no-data' })}
      </div>`;
    }
    try {
      return this.renderColumn(context);
    } catch (error) {
      const failure =
        error instanceof UnknownIdError
          ? new ColumnNotFoundError('item', error.id, { cause: error })
          : error instanceof Error
            ? error
            : new Error(String(error));
      console.error(failure);
      return this.renderError(failure);
    }
  }

  /** A visible error in place of the content, with a retry when the data came over the network. */
  protected renderError(error: Error, retry = false): TemplateResult {
    const headline =
      error instanceof ColumnNotFoundError
        ? msg('找不到要显示的内容', { id: 'column.not-found' })
        : msg('内容加载失败', { id: 'column.load-failed' });
    return html`<div class="state error" part="state error" role="alert" lang=${this.uiLang}>
      <p>${headline}</p>
      <p class="details" lang="en">${error.message}</p>
      ${retry ? html`<button type="button" part="retry" @click=${() => this.reload()}>${controlLabel(msg('重试', { id: 'column.retry' }))}</button>` : nothing}
    </div>`;
  }

  /** A visible note for a column with nothing to show. */
  protected renderEmpty(): TemplateResult {
    return html`<p class="state empty" part="state" role="status" lang=${this.uiLang}>
      ${msg('暂无内容', { id: 'column.empty' })}
    </p>`;
  }

  /** Renders the content; called only when the data and the site (and column, if required) are there. */
  protected abstract renderColumn(context: ColumnContext): unknown;
}
