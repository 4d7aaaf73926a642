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
import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { formatDate, formatNumber } from '@bichig/core/format';
import type { FormatDateOptions, FormatNumberOptions } from '@bichig/core/format';
import { UnknownIdError, formatIssue, loadClusterWith, ClusterFileNotFoundError, pickLocalized } from '@bichig/cluster';
import type {
  Cluster,
  Column,
  Language,
  LoadResult,
  Localized,
  LocalizedText,
  Site,
  ValidationIssue,
} from '@bichig/cluster';
import { themeTokens, focusRing, visuallyHidden } from '../internal/theme.js';
import { parseRenderer } from '../internal/renderer.js';
import type { RendererMode } from '../internal/renderer.js';
import { getLocale } from '../localize.js';
import { NATIVE_FONT_STACK, loadNativeFonts } from '../internal/fonts.js';
import { isMongolian, langTag, languageOfTag } from '@bichig/core/mongolian';

// ───────────────────────────── languages ─────────────────────────────

/** BCP 47 tag of a content language, as written in `lang` attributes. */
export type ContentLang = 'zh-Hans' | 'mn-Mong';

/** The cluster language (`zh` / `mn`) a `lang` value means, or undefined for other languages. */
export function languageOfLang(lang: string | null | undefined): Language | undefined {
  return languageOfTag(lang);
}

/** The BCP 47 tag written on text in a cluster language. */
export function langOf(language: Language): ContentLang {
  return langTag(language);
}

/** Text in one language together with that language (a Mongolian page may fall back to Chinese text). */
export type LangText = LocalizedText;

/** Picks `value`'s text in `language`, falling back to the other language, and says which one it got. */
export const pickText: (value: Localized, language: Language) => LangText = pickLocalized;

/** The language text is written in: Mongolian when it has traditional Mongolian letters, else Chinese. */
export function languageOfText(text: string): Language {
  return isMongolian(text) ? 'mn' : 'zh';
}

// ───────────────────────────── loading from a URL ─────────────────────────────

/** A cluster could not be loaded from `src`: the manifest was unreachable, not JSON or not a cluster. */
export class ClusterSourceError extends Error {
  override readonly name = 'ClusterSourceError';
  constructor(
    /** The manifest URL that was asked for. */
    readonly url: string,
    /** What the loader found wrong. */
    readonly issues: readonly ValidationIssue[],
  ) {
    super(
      `The cluster data at ${url} could not be loaded: ${issues.slice(0, 3).map(formatIssue).join('; ') || 'unknown error'}`,
    );
  }
}

/** A site or column id that the loaded cluster does not have. */
export class ColumnNotFoundError extends Error {
  override readonly name = 'ColumnNotFoundError';
  constructor(
    readonly kind: 'site' | 'column' | 'item',
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`There is no ${kind} "${id}" in the cluster data`, options);
  }
}

const loadsByUrl = new Map<string, Promise<LoadResult>>();

/** Splits `src` into the directory URL and the manifest's file name. */
function manifestLocation(src: string, base: string): { root: URL; manifest: string; url: string } {
  const url = new URL(src, base);
  if (url.pathname.endsWith('.json')) {
    const manifest = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    return { root: new URL('./', url), manifest, url: url.href };
  }
  const root = new URL(url.pathname.endsWith('/') ? url.href : `${url.href}/`);
  return { root, manifest: 'cluster.json', url: new URL('cluster.json', root).href };
}

/**
 * Loads (once per page and URL) the cluster whose manifest is at `src` — `…/cluster.json` or the
 * directory holding it, relative to `base` (the document by default). Rejects with
 * {@link ClusterSourceError} when the manifest itself cannot be used; records that fail
 * validation are left out and listed in the result's `errors`.
 */
export function loadClusterFromUrl(
  src: string,
  base: string = globalThis.document?.baseURI ?? '',
): Promise<LoadResult> {
  const { root, manifest, url } = manifestLocation(src, base);
  let loading = loadsByUrl.get(url);
  if (!loading) {
    loading = loadClusterWith(async (path) => {
      const response = await fetch(new URL(path, root));
      if (response.status === 404) throw new ClusterFileNotFoundError(path);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${new URL(path, root).href}`);
      return response.text();
    }, manifest).then((result) => {
      const fatal = result.errors.filter((issue) => issue.file === manifest && issue.dropped === 'file');
      if (fatal.length) throw new ClusterSourceError(url, fatal);
      return result;
    });
    // A failure is not cached, so a retry (or the next element) fetches again.
    loading.catch(() => loadsByUrl.delete(url));
    loadsByUrl.set(url, loading);
  }
  return loading;
}

/** Forgets loaded clusters (all, or the one at `src`), so the next use fetches again. */
export function clearClusterCache(src?: string): void {
  if (src === undefined) loadsByUrl.clear();
  else loadsByUrl.delete(manifestLocation(src, globalThis.document?.baseURI ?? '').url);
}

// ───────────────────────────── events ─────────────────────────────

export interface BichigDataErrorDetail {
  /** The URL that was loaded, when the data came from `src`. */
  src?: string;
  /** The error that stopped the element from showing its content, if any. */
  error?: Error;
  /** Validation problems of records that were left out (the rest is shown). */
  issues: readonly ValidationIssue[];
}

/**
 * Fired (bubbling, composed) when a column element's data could not be loaded or used (`error`,
 * shown in the element too), or when records were left out because they did not validate (`issues`).
 */
export class BichigDataErrorEvent extends CustomEvent<BichigDataErrorDetail> {
  static readonly eventName = 'bichig-data-error';
  constructor(detail: BichigDataErrorDetail) {
    super(BichigDataErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-data-error': BichigDataErrorEvent;
  }
}

// ───────────────────────────── the base element ─────────────────────────────

/** What a column element renders from, once its data is there. */
export interface ColumnContext {
  readonly cluster: Cluster;
  readonly site: Site;
  /** The column named by `column`, when the element was given one. */
  readonly column: Column | undefined;
  /** The content language. */
  readonly language: Language;
  /** Its BCP 47 tag. */
  readonly lang: ContentLang;
  /** Whether the content is set vertically (Mongolian). */
  readonly vertical: boolean;
}

type LoadState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; cluster: Cluster } | { kind: 'failed'; error: Error };

/** A wheel delta in lines or pages, in px. */
const WHEEL_LINE_PX = 40;

/** Styles every column element shares: tokens, focus ring, the vertical scroller, states, the pager. */
export const columnBaseStyles = [
  themeTokens,
  focusRing,
  css`
    :host {
      display: block;
      color: var(--_text);
      line-height: 1.6;
    }
    :host([hidden]) {
      display: none;
    }
    a {
      color: var(--_link);
    }
    /* Vertical Mongolian: the content box is vertical-lr; its columns advance left→right and it
       scrolls horizontally inside a box as high as --bichig-column-height. */
    .vertical {
      writing-mode: vertical-lr;
      font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
      /* Physical sizes: the box sits in a horizontal page; it is as wide as its columns up to the
         container's width, then scrolls. */
      height: var(--bichig-column-height, min(32rem, 80vh));
      max-width: 100%;
      overflow-x: auto;
      overflow-y: hidden;
      text-orientation: mixed;
      text-underline-position: right;
    }
    .vertical bichig-text {
      max-block-size: none;
    }
    [part~='heading'] {
      font-size: 1.125em;
      font-weight: 700;
      margin-block-end: 0.5em;
    }
    .vertical [part~='heading'] {
      margin-block-end: 0;
      margin-right: 0.75em;
    }
    .state {
      padding: 0.75em 1em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: var(--_surface);
    }
    .state.error {
      border-color: #b3261e;
      color: inherit;
    }
    .state .details {
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    /* Form controls show Mongolian options and typed Mongolian: they need the Mongolian font first
       (the browser has none of its own on most phones). */
    select,
    input,
    textarea {
      font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
    }
    button {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 4px;
      padding: 0.25em 0.75em;
      cursor: pointer;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
    }
    button:disabled {
      cursor: default;
      opacity: 0.55;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-start: 0.75em;
    }
    .vertical .pager {
      margin-block-start: 0;
      margin-inline-start: 0;
    }
    .visually-hidden {
      ${visuallyHidden}
    }
  `,
];

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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.renderer = 'auto';
    this.loadState = { kind: 'idle' };
    this.addEventListener('wheel', this.#onWheel, { passive: false });
  }

  #loadGeneration = 0;
  #reportedIssuesOf: Cluster | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && !this.cluster) this.#load(this.src);
  }

  #load(src: string): void {
    const generation = ++this.#loadGeneration;
    this.loadState = { kind: 'loading' };
    loadClusterFromUrl(src).then(
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

  /** Loads `src` again (after a network failure). */
  reload(): void {
    if (!this.src) return;
    clearClusterCache(this.src);
    this.#load(this.src);
  }

  /** Resolves once the data from `src` has loaded (or failed) and the element has rendered it. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    while (this.loadState.kind === 'loading') {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.updateComplete;
  }

  /** The cluster in use: the `cluster` property, else the one loaded from `src`. */
  get data(): Cluster | undefined {
    return this.cluster ?? (this.loadState.kind === 'loaded' ? this.loadState.cluster : undefined);
  }

  /** The content language: from `lang` here or on an ancestor, else the site's, else Chinese. */
  protected contentLanguage(site: Site | undefined): Language {
    const own = languageOfLang(this.lang) ?? languageOfLang(this.closest('[lang]')?.getAttribute('lang'));
    return own ?? site?.language ?? 'zh';
  }

  #context: ColumnContext | undefined;
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

  /** The context of the last render (for subclasses' event handlers). */
  protected get context(): ColumnContext | undefined {
    return this.#context;
  }

  /** The moment that decides what is published. */
  protected get moment(): string {
    return this.now ?? new Date().toISOString();
  }

  // ── formatting, in the content language ──

  /** A date in the content language (Mongolian script and digits for mn), short style by default. */
  protected formatDate(value: string | Date, options: Partial<FormatDateOptions> = {}): string {
    const lang = this.#context?.lang ?? 'zh-Hans';
    try {
      return formatDate(value, { style: 'short', ...options, locale: lang });
    } catch {
      // A malformed date in published data: show it as written rather than nothing.
      return String(value);
    }
  }

  /** A number in the content language. */
  protected formatNumber(value: number, options: Partial<FormatNumberOptions> = {}): string {
    const lang = this.#context?.lang ?? 'zh-Hans';
    try {
      return formatNumber(value, { ...options, locale: lang });
    } catch {
      return String(value);
    }
  }

  /** A number in the interface locale (page counters, result counts: they sit in interface strings). */
  protected formatUiNumber(value: number): string {
    const locale = getLocale();
    try {
      return formatNumber(value, { locale: locale === 'mn-Mong' || locale === 'en' ? locale : 'zh-Hans' });
    } catch {
      return String(value);
    }
  }

  /** A `<time>` with the machine-readable date and the formatted one. */
  protected renderDate(value: string, options: Partial<FormatDateOptions> = {}): TemplateResult {
    return html`<time datetime=${value.slice(0, 10)} lang=${this.#context?.lang ?? 'zh-Hans'}
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
    const picked = pickText(value, this.#context?.language ?? 'zh');
    return this.renderText(picked.text, picked.language, part);
  }

  /** The text of a localized value in the content language. */
  protected textOf(value: Localized): string {
    return pickLocalized(value, this.#context?.language ?? 'zh').text;
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

  // ── pagination, shared by the list layouts ──

  /**
   * Previous / next buttons and "page n of m". `onPage` receives the new 1-based page. In vertical
   * layouts the pager sits at the end of the line of columns, previous on the left.
   */
  protected renderPager(page: number, pages: number, onPage: (page: number) => void): TemplateResult | typeof nothing {
    if (pages <= 1) return nothing;
    const status = msg(str`第 ${this.formatUiNumber(page)} 页，共 ${this.formatUiNumber(pages)} 页`, {
      id: 'column.page-status',
    });
    // A group, not a <nav> landmark: a page with several lists would have several same-named landmarks.
    return html`<div
      class="pager"
      part="pager"
      role="group"
      aria-label=${msg('分页', { id: 'column.pagination' })}
      lang=${this.uiLang}
    >
      <button type="button" part="previous" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>
        ${msg('上一页', { id: 'column.previous' })}
      </button>
      <span part="page-status" aria-live="polite">${status}</span>
      <button type="button" part="next" ?disabled=${page >= pages} @click=${() => onPage(page + 1)}>
        ${msg('下一页', { id: 'column.next' })}
      </button>
    </div>`;
  }

  // ── rendering ──

  protected override render(): unknown {
    const context = this.resolveContext();
    if (context instanceof Error) {
      this.#context = undefined;
      return this.renderError(context);
    }
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
    this.#context = context;
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Mongolian set natively outside <bichig-text> (highlighted search results, select options,
    // form fields) needs the Mongolian font registered too; phones have none of their own.
    if (!this.#fontsRequested && isMongolian(this.renderRoot.textContent ?? '')) this.ensureMongolianFont();
    const context = this.resolveContext();
    if (context instanceof Error && this.#lastReported !== context.message) {
      this.#lastReported = context.message;
      this.dispatchEvent(
        new BichigDataErrorEvent({ ...(this.src ? { src: this.src } : {}), error: context, issues: [] }),
      );
    }
  }
  #lastReported: string | undefined;
  #fontsRequested = false;

  /** Registers the Mongolian font (once), for Mongolian this element sets natively or that is typed into it. */
  protected ensureMongolianFont(): void {
    if (this.#fontsRequested) return;
    this.#fontsRequested = true;
    loadNativeFonts().catch((error: unknown) =>
      console.warn(`<${this.localName}>: ${error instanceof Error ? error.message : String(error)}`),
    );
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
      ${retry ? html`<button type="button" part="retry" @click=${() => this.reload()}>${msg('重试', { id: 'column.retry' })}</button>` : nothing}
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

  // mlreq: in vertical text the mouse wheel scrolls horizontally.
  #onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return;
    const path = event.composedPath();
    const scroller = path.find(
      (node): node is HTMLElement =>
        node instanceof HTMLElement && node.classList.contains('vertical') && node.scrollWidth > node.clientWidth,
    );
    if (!scroller || path.indexOf(scroller) < 0) return;
    const delta =
      event.deltaY * (event.deltaMode === 1 ? WHEEL_LINE_PX : event.deltaMode === 2 ? scroller.clientWidth : 1);
    const max = scroller.scrollWidth - scroller.clientWidth;
    const target = Math.min(max, Math.max(0, scroller.scrollLeft + delta));
    if (target === scroller.scrollLeft) return; // at the end: let the page scroll
    scroller.scrollLeft = target;
    event.preventDefault();
  };
}

/** Links of column elements unless `link-pattern` says otherwise: `/dwzmqq/article/a-123.html`. */
export const DEFAULT_LINK_PATTERN = '{sitePath}{kind}/{id}.html';

/** Fills a link pattern's `{token}`s; `{id}` is URL-encoded (index numbers contain "/"). */
export function fillLinkPattern(
  pattern: string,
  values: { sitePath: string; site: string; kind: string; id: string; column: string },
): string {
  return pattern.replace(/\{(sitePath|site|kind|id|column)\}/g, (_, token: keyof typeof values) =>
    token === 'sitePath' ? values.sitePath : encodeURIComponent(values[token]),
  );
}

/** Slices `items` into pages of `size` and clamps `page` into range. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
