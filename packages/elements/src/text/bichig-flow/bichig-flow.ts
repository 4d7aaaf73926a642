import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { TaskFunctionOptions } from '@lit/task';
import { themeTokens } from '../../internal/theme.js';
import { bichigFlowStyles } from './bichig-flow.styles.js';
import { loadNativeFonts } from '../../internal/fonts.js';
import { BichigFallbackEvent, BichigRenderEvent } from '../../internal/events.js';
import type { BichigRenderDetail } from '../../internal/events.js';
import { parseRenderer } from '../../internal/renderer.js';
import type { RendererMode } from '../../internal/renderer.js';
import { getLocale } from '../../localize.js';
import { localDigits } from '../../internal/digits.js';
import { BichigText } from '../bichig-text/bichig-text.js';
import { parked } from '../bichig-text/layout-batch.js';
import { defineElement } from '../../internal/define.js';
import { isVerticalWheel, scrollOnWheel, wheelDistance } from '../../wheel.js';
import { BichigUnsafeContentEvent, sanitizeNodes } from '../../internal/sanitize.js';

/** Blocks whose text the shaped renderer can set as one <bichig-text>. */
const TEXT_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'FIGCAPTION',
  'TD',
  'TH',
  'DT',
  'DD',
  'CAPTION',
]);

type LayoutArgs = readonly [mode: RendererMode, version: number];

/**
 * A long article in vertical Mongolian: columns top→bottom that advance left→right, as high as
 * the element, scrolling horizontally. The article is the element's light DOM (headings,
 * paragraphs, lists, images, figures, tables, links, emphasis), so it reads without JavaScript;
 * the element shows a styled copy in its shadow tree, where headings and links stay real DOM.
 *
 * The mouse wheel and vertical swipes scroll horizontally; ←/→ move by one column,
 * PageUp/PageDown by one screen, Home/End to the ends. `paginated` shows one page at a time.
 * With `renderer="shaped"` (or `auto` where the browser's shaping is not right) paragraphs of
 * plain text are set with HarfBuzz as <bichig-text>; blocks that contain links or other inline
 * markup are always set natively so the links stay real, focusable DOM.
 *
 * @summary A vertical Mongolian article that scrolls or pages horizontally.
 *
 * @slot - The article: block HTML (h1–h6, p, ul/ol/li, img, figure/figcaption, table, blockquote, a, em, u, strong). It is not displayed itself; a sanitised, styled copy is (no scripts, event handlers, styles, forms, SVG or embedded documents; links and images only with http(s), mailto, tel or relative URLs).
 *
 * @csspart viewport - The horizontally scrolling, focusable region.
 * @csspart article - The vertical article inside the viewport.
 * @csspart pager - The page controls (paginated mode).
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart page-status - "page n of m".
 *
 * @cssprop --bichig-flow-height - Height of the element (default 100% of its container).
 * @cssprop --bichig-line-height - Column pitch as a multiple of the font size (default 1.8).
 * @cssprop --bichig-list-style - list-style-type of ordered lists (default mongolian digits in Mongolian, decimal otherwise).
 * @cssprop --bichig-color-link - Link colour.
 * @cssprop --bichig-color-emphasis - Colour of the wavy emphasis line.
 * @cssprop --bichig-color-focus - Focus ring colour.
 *
 * @event bichig-fallback - {BichigFallbackEvent} A block could not be shaped and is shown natively (from its <bichig-text>), or the fonts did not load.
 * @event bichig-render - {BichigRenderEvent} The article has been laid out (after every block finished).
 * @event bichig-unsafe-content - {BichigUnsafeContentEvent} The article had a script, an event handler, a `javascript:` link or other unsafe markup, left out of the copy (the text stays; such a link stays as text).
 * @event bichig-page - {CustomEvent<{page: number, pages: number}>} The page changed in paginated mode (1-based).
 */
export class BichigFlow extends LitElement {
  static override styles = [themeTokens, bichigFlowStyles];
  static override properties = {
    renderer: { reflect: true },
    paginated: { type: Boolean, reflect: true },
    label: {},
    page: { type: Number },
    pages: { state: true },
    version: { state: true },
  };

  /** `native` (default), `shaped` or `auto`. */
  declare renderer: RendererMode;
  /** Show one page at a time, with page controls, instead of free horizontal scrolling. */
  declare paginated: boolean;
  /** Accessible name of the scrolling region; default the article's first heading, else a localized "article". */
  declare label: string | undefined;
  /** The current page (1-based) in paginated mode. */
  declare page: number;
  declare private pages: number;
  declare private version: number;

  #mutations: MutationObserver | undefined;
  #resize: ResizeObserver | undefined;
  #touch: { id: number; x: number; y: number; scrollLeft: number } | undefined;
  #wheelRemainder = 0;

  /**
   * Column pitch and page width, read once per size and per article (not on every scroll
   * event: reading a computed style or a box there would make the browser recompute the style
   * and layout of the whole article for each step of the scroll).
   */
  #measured: { pitch: number; pageWidth: number } | undefined;

  /** The locale of the last layout: a new locale lays the article out again. */
  #lastLocale: string | undefined;
  /** The sanitised copy of the light DOM article that `render()` shows. */
  #copy: DocumentFragment | undefined;

  /**
   * Laying the article out: copying the light DOM, waiting for the fonts and for every block's
   * <bichig-text>, counting the pages. A newer run aborts the one in flight (its result is
   * dropped, it fires no event); `taskComplete` is what `whenRendered()` gives.
   */
  readonly #layout = new Task<LayoutArgs, BichigRenderDetail>(this, {
    task: (args, options) => this.#layOut(args, options),
    autoRun: false,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.renderer = 'native';
    this.paginated = false;
    this.page = 1;
    this.pages = 1;
    this.version = 0;
  }

  /** The scrolling region. */
  get viewport(): HTMLElement | null {
    return this.renderRoot.querySelector('.viewport');
  }

  /** The width of one column (the article's line height), px. */
  get columnPitch(): number {
    return this.#measure().pitch;
  }

  /** One screen of whole columns, px. */
  get pageWidth(): number {
    return this.#measure().pageWidth;
  }

  /**
   * Resolves when the article has been laid out (every block drawn). A change not yet picked up
   * (a property just set) is waited for too.
   */
  whenRendered(): Promise<BichigRenderDetail> {
    if (!this.isUpdatePending && this.#layout.status !== TaskStatus.INITIAL) return this.#layout.taskComplete;
    return this.updateComplete.then(() => this.#layout.taskComplete);
  }

  /** Scrolls by `columns` columns (negative: back). */
  scrollByColumns(columns: number): void {
    this.viewport?.scrollBy({ left: columns * this.columnPitch, behavior: 'instant' });
  }

  /** Goes to page `page` (1-based, clamped). */
  goToPage(page: number): void {
    const clamped = Math.min(Math.max(1, Math.round(page)), this.pages);
    const viewport = this.viewport;
    if (viewport) viewport.scrollLeft = (clamped - 1) * this.pageWidth;
    if (clamped !== this.page) {
      this.page = clamped;
      this.dispatchEvent(
        new CustomEvent('bichig-page', { detail: { page: clamped, pages: this.pages }, bubbles: true, composed: true }),
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A change of the article: its light DOM, or an attribute of the host that no property owns
    // (lang, dir …). The host's property attributes (`renderer` reflected on the first update,
    // `paginated`, `page`, `label`) reach the element as properties: not a new article to copy.
    const owned = (this.constructor as typeof BichigFlow).observedAttributes;
    this.#mutations = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this || r.type !== 'attributes' || !owned.includes(r.attributeName!)))
        this.version++;
    });
    this.#mutations.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.#resize = new ResizeObserver(() => {
      this.#measured = undefined;
      this.#updatePages();
    });
    this.#resize.observe(this);
    const article = this.renderRoot.querySelector('.article');
    if (article) this.#resize.observe(article); // reconnected; on the first connection, firstUpdated does it
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutations?.disconnect();
    this.#resize?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = getLocale();
    const localeChanged = locale !== this.#lastLocale;
    this.#lastLocale = locale;
    if (
      !this.hasUpdated ||
      (changed as Map<string, unknown>).has('version') ||
      changed.has('renderer') ||
      localeChanged
    )
      this.#refresh();
  }

  protected override firstUpdated(): void {
    const viewport = this.viewport!;
    viewport.addEventListener('wheel', this.#onWheel, { passive: false });
    viewport.addEventListener('pointerdown', this.#onPointerDown);
    viewport.addEventListener('pointermove', this.#onPointerMove);
    viewport.addEventListener('pointerup', this.#onPointerUp);
    viewport.addEventListener('pointercancel', this.#onPointerUp);
    viewport.addEventListener('scroll', this.#onScroll, { passive: true });
    // The article's size changes with its font size and line height (e.g. a larger-text mode), which the pitch follows.
    this.#resize?.observe(this.renderRoot.querySelector('.article')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('paginated')) this.#updatePages();
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const viewport = this.viewport;
    if (!viewport) return;
    // Columns advance left→right, so → is forward, as is ↓ (the direction of reading within a column).
    const actions: Record<string, () => void> = {
      ArrowRight: () => (this.paginated ? this.#scrollByPages(1) : this.scrollByColumns(1)),
      ArrowLeft: () => (this.paginated ? this.#scrollByPages(-1) : this.scrollByColumns(-1)),
      PageDown: () => this.#scrollByPages(1),
      PageUp: () => this.#scrollByPages(-1),
      Home: () => (this.paginated ? this.goToPage(1) : viewport.scrollTo({ left: 0, behavior: 'instant' })),
      End: () =>
        this.paginated
          ? this.goToPage(this.pages)
          : viewport.scrollTo({ left: viewport.scrollWidth, behavior: 'instant' }),
    };
    const action = actions[event.key];
    if (!action) return;
    // Only when focus is on the region itself or a link in it; never steal keys from form fields.
    const target = event.composedPath()[0];
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLElement && target.isContentEditable)
    )
      return;
    event.preventDefault();
    action();
  };

  #onWheel = (event: WheelEvent): void => {
    const viewport = this.viewport;
    if (!viewport) return;
    if (!this.paginated) {
      scrollOnWheel(event, viewport);
      return;
    }
    // A vertical wheel turns the pages; a horizontal one (trackpads) or ctrl+wheel is left to the browser.
    if (!isVerticalWheel(event)) return;
    event.preventDefault();
    this.#wheelRemainder += wheelDistance(event, viewport, this.pageWidth);
    if (Math.abs(this.#wheelRemainder) >= 50) {
      this.#scrollByPages(Math.sign(this.#wheelRemainder));
      this.#wheelRemainder = 0;
    }
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || !this.viewport) return;
    this.#touch = { id: event.pointerId, x: event.clientX, y: event.clientY, scrollLeft: this.viewport.scrollLeft };
  };

  #onPointerMove = (event: PointerEvent): void => {
    const touch = this.#touch;
    const viewport = this.viewport;
    if (!touch || touch.id !== event.pointerId || !viewport || this.paginated) return;
    const dy = event.clientY - touch.y;
    // Swiping up reads on, like scrolling a horizontal page down.
    if (Math.abs(dy) > Math.abs(event.clientX - touch.x)) viewport.scrollLeft = touch.scrollLeft - dy;
  };

  #onPointerUp = (event: PointerEvent): void => {
    const touch = this.#touch;
    if (!touch || touch.id !== event.pointerId) return;
    this.#touch = undefined;
    if (!this.paginated) return;
    const dx = event.clientX - touch.x;
    const dy = event.clientY - touch.y;
    const dominant = Math.abs(dy) > Math.abs(dx) ? -dy : -dx;
    if (Math.abs(dominant) > 40) this.#scrollByPages(Math.sign(dominant));
  };

  #onScroll = (): void => {
    if (this.paginated) return;
    const width = this.pageWidth;
    const viewport = this.viewport;
    if (viewport && width > 0) this.page = Math.min(this.pages, Math.floor(viewport.scrollLeft / width + 0.5) + 1);
  };

  #measure(): { pitch: number; pageWidth: number } {
    if (this.#measured) return this.#measured;
    const article = this.renderRoot.querySelector('.article');
    const lineHeight = article ? parseFloat(getComputedStyle(article).lineHeight) : NaN;
    const pitch = Number.isFinite(lineHeight) && lineHeight > 0 ? lineHeight : 32;
    const viewport = this.viewport;
    const measured = {
      pitch,
      pageWidth: viewport ? Math.max(pitch, Math.floor(viewport.clientWidth / pitch) * pitch) : 0,
    };
    if (viewport && this.isConnected) this.#measured = measured;
    return measured;
  }

  #scrollByPages(pages: number): void {
    if (this.paginated) this.goToPage(this.page + pages);
    else this.viewport?.scrollBy({ left: pages * this.pageWidth, behavior: 'instant' });
  }

  #updatePages(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const width = this.pageWidth;
    this.pages = width > 0 ? Math.max(1, Math.ceil((viewport.scrollWidth - 1) / width)) : 1;
    if (this.paginated) this.goToPage(Math.min(this.page, this.pages));
  }

  /**
   * Lays the article out again (from `willUpdate()`: the update under way renders the new copy).
   * Later calls supersede earlier ones still in flight.
   */
  #refresh(): void {
    void this.#layout.run([parseRenderer(this.renderer, this), this.version]);
  }

  /**
   * One run of the layout task: copies the light DOM article, replacing plain-text blocks by
   * <bichig-text> unless native (at once: the update under way renders the copy), and waits until
   * every block is drawn. A run superseded by a newer one stops at its next step and never settles.
   */
  async #layOut([mode]: LayoutArgs, { signal }: TaskFunctionOptions): Promise<BichigRenderDetail> {
    this.#measured = undefined;
    // The copy is made by the sanitiser in an inert document, never by cloning here: a clone of
    // <img onerror> would load, and run its handler, again in this document. Ids would clash
    // with the light DOM's; slots mean nothing in the copy.
    const { fragment: copy, removed } = sanitizeNodes(this.childNodes, { dropAttributes: ['id', 'slot'] });
    if (removed.length) this.dispatchEvent(new BichigUnsafeContentEvent({ removed }));
    const texts: BichigText[] = [];
    if (mode !== 'native') {
      defineElement('bichig-text', BichigText);
      for (const block of copy.querySelectorAll<HTMLElement>([...TEXT_BLOCKS].join(','))) {
        if (block.children.length > 0 || !block.textContent?.trim()) continue; // inline markup: stays native
        const text = document.createElement('bichig-text') as BichigText;
        text.renderer = mode;
        text.textContent = block.textContent;
        block.replaceChildren(text);
        texts.push(text);
      }
    }
    this.#copy = copy;
    await this.updateComplete;
    if (signal.aborted) return parked(signal);
    try {
      await loadNativeFonts();
    } catch (error) {
      if (!signal.aborted) {
        this.dispatchEvent(new BichigFallbackEvent({ reason: 'font', requested: mode, error: error as Error }));
      }
    }
    const results = await Promise.all(texts.map((text) => text.whenRendered()));
    if (signal.aborted) return parked(signal);
    // Every block is drawn (its layout read in the same batch as the others'), so the size
    // read here costs the one layout the next frame would do anyway.
    this.#measured = undefined;
    this.#updatePages();
    const renderer = results.some((r) => r.renderer === 'shaped') ? 'shaped' : 'native';
    const columns = Math.round((this.viewport?.scrollWidth ?? 0) / this.columnPitch);
    const detail: BichigRenderDetail = { renderer, columns };
    this.dispatchEvent(new BichigRenderEvent(detail));
    return detail;
  }

  #headingText(): string | undefined {
    return this.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() || undefined;
  }

  protected override render(): TemplateResult {
    const lang = this.lang || 'mn-Mong';
    const locale = getLocale();
    const page = localDigits(this.page, locale);
    const pages = localDigits(this.pages, locale);
    return html`
      <div
        class="viewport"
        part="viewport"
        tabindex="0"
        role="region"
        aria-label=${this.label ?? this.#headingText() ?? msg('文章', { id: 'flow.region' })}
        @keydown=${this.#onKeyDown}
      >
        <div class="article" part="article" lang=${lang}>${this.#copy}</div>
      </div>
      <div class="pager" part="pager" role="group" aria-label=${msg('翻页', { id: 'flow.pager' })}>
        <button
          part="previous"
          type="button"
          aria-label=${msg('上一页', { id: 'flow.previous' })}
          ?disabled=${this.page <= 1}
          @click=${() => this.#scrollByPages(-1)}
        >
          <span aria-hidden="true">←</span>
        </button>
        <span class="page-status" part="page-status" aria-live="polite"
          >${msg(str`第 ${page} 页，共 ${pages} 页`, { id: 'flow.page-status' })}</span
        >
        <button
          part="next"
          type="button"
          aria-label=${msg('下一页', { id: 'flow.next' })}
          ?disabled=${this.page >= this.pages}
          @click=${() => this.#scrollByPages(1)}
        >
          <span aria-hidden="true">→</span>
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-flow': BichigFlow;
  }
  interface HTMLElementEventMap {
    'bichig-page': CustomEvent<{ page: number; pages: number }>;
  }
}
