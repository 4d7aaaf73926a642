import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { Task, TaskStatus } from '@lit/task';
import type { TaskFunctionOptions } from '@lit/task';
import type { LayoutOptions, TextLayout } from '@bichig/core';
import { themeTokens } from '../../internal/theme.js';
import { bichigTextStyles } from './bichig-text.styles.js';
import { FontLoadError } from '@bichig/core/errors';
import { loadNativeFonts } from '../../internal/fonts.js';
import { loadShapedEngine, shapedEngineLoaded, ShapedRendererError } from '../../internal/shaped-engine.js';
import type { ShapedEngine } from '../../internal/shaped-engine.js';
import { probeNativeShaping } from '../../internal/probe.js';
import { selectedSource } from '../../internal/shaped-render.js';
import { inSlices, parked, runInLayoutBatch } from './layout-batch.js';
import { visibleChunks } from './glyph-chunks.js';
import { RemovalAnswer, nativeColumnCount } from './removal-answer.js';
import { glyphChunks, textLayer } from './shaped-parts.js';
import { BichigFallbackEvent, BichigRenderEvent } from '../../internal/events.js';
import type { BichigRenderDetail, FallbackReason, ResolvedRenderer } from '../../internal/events.js';
import { parseRenderer } from '../../internal/renderer.js';
import { nativeTextRuns } from '@bichig/core/mongolian';
import type { RendererMode } from '../../internal/renderer.js';

type DrawArgs = readonly [mode: ReturnType<typeof parseRenderer>, text: string];

/** A newer refresh took over while a layout was under way. */
class SupersededLayout extends Error {
  override readonly name = 'SupersededLayout';
}
/** The longest column a placeholder asks for, px (far below the browser's layout limits). */
const LONGEST_COLUMN = 1e7;
/** Texts longer than this are shaped ahead in slices (an article's paragraph is shorter). */
const SHAPE_AHEAD_CHARACTERS = 4_000;

/**
 * A run of traditional Mongolian set vertically (columns top→bottom, advancing left→right),
 * which may mix in Chinese (upright), Latin and digits (sideways).
 *
 * The text is the element's text content (or its `text` property). It is drawn either by the
 * browser (`native`) or from @bichig/core's HarfBuzz layout as SVG glyphs under a transparent,
 * selectable text layer (`shaped`); `auto` picks native when a one-time probe shows the browser
 * shapes the project font exactly as HarfBuzz does. Whatever fails, the text stays visible.
 *
 * @summary Vertical Mongolian text, shaped with HarfBuzz or set natively.
 *
 * @csspart text - The box holding the text: the native text, or the shaped glyphs and text layer.
 * @csspart glyphs - The SVG with the shaped glyphs (shaped renderer only).
 * @csspart text-layer - The transparent, selectable text over the glyphs (shaped renderer only).
 *
 * @cssprop --bichig-color-text - Colour of the text (default: currentColor).
 * @cssprop --bichig-line-height - Column pitch as a multiple of the font size (default 1.8).
 * @cssprop --bichig-color-selection - Background of selected text in the text layer.
 *
 * @event bichig-fallback - {BichigFallbackEvent} The font, the shaping code, the WASM or the layout failed; the text is shown natively (in the system's fonts when the font failed). `detail.reason` (`font`, `module`, `wasm`, `layout`), `detail.error` names the URL or module.
 * @event bichig-render - {BichigRenderEvent} The text was drawn; `detail.renderer` is `shaped` or `native`, `detail.columns` the column count.
 */
export class BichigText extends LitElement {
  static override styles = [themeTokens, bichigTextStyles];

  // Declared reactive properties instead of decorators: the same source then works under every
  // toolchain a site may use (tsc, esbuild, Vite), whatever its decorator settings.
  static override properties = {
    renderer: { reflect: true },
    blockSize: { type: Number, attribute: 'block-size' },
    text: {},
    resolved: { state: true },
    shapedLayout: { state: true },
    naturalLength: { state: true },
    visibleChunks: { state: true },
  };

  /** `shaped`, `native` or `auto` (default). An unknown value is treated as `auto`, with a console warning. */
  declare renderer: RendererMode;
  /** Column length in px. Without it the columns are as long as the container allows. */
  declare blockSize: number | undefined;
  /** The text; when unset, the element's own text content is used. */
  declare text: string | undefined;
  /** The renderer in use. */
  declare private resolved: ResolvedRenderer;
  declare private shapedLayout: TextLayout | undefined;
  declare private naturalLength: number;
  /** The glyph chunks in sight when the layout was drawn (drawn at once; the others as they come near). */
  declare private visibleChunks: readonly number[] | undefined;

  #lightText = '';
  /** The source the last update saw. */
  #lastSource: string | undefined;
  /** The height drawn at: only a change from it (the container's doing) calls for a new layout. */
  #observedHeight = 0;
  /** The layout is drawn emboldened (font-weight 600 or more). */
  #bold = false;
  /** The metrics box of the drawn layout, and its size when first seen ("w×h"). */
  #metricsBox: Element | undefined;
  #metricsSize: string | undefined;
  /** The layout's column width is the CSS line height (not `normal`, which has no single length). */
  #lineHeightIsLength = true;
  /** Layouts of this element waiting in (or going through) the page's layout batch, which reads its size anyway. */
  #batchJobs = 0;
  /** Answers the whenRendered() calls waiting when the element leaves the document before its text is drawn. */
  readonly #removal = new RemovalAnswer<BichigRenderDetail>(this, () => this.#notShown());
  #mutations: MutationObserver | undefined;
  #resize: ResizeObserver | undefined;

  /**
   * Drawing the text: resolving the renderer, loading what it needs, laying out. A newer run
   * aborts the one in flight; `taskComplete` is what `whenRendered()` gives.
   */
  readonly #drawing = new Task<DrawArgs, BichigRenderDetail>(this, {
    task: (args, options) => this.#draw(args, options),
    autoRun: false,
  });

  constructor() {
    super();
    this.renderer = 'auto';
    this.resolved = 'native';
    this.naturalLength = 0;
    this.visibleChunks = undefined;
  }

  /** The source text being shown. */
  get source(): string {
    return this.text ?? this.#lightText;
  }

  /** Which renderer drew the text: `shaped` or `native`. */
  get resolvedRenderer(): ResolvedRenderer {
    return this.resolved;
  }

  /** The shaped layout (glyph positions, columns, hit testing), when the shaped renderer is in use. */
  get layout(): TextLayout | undefined {
    return this.resolved === 'shaped' ? this.shapedLayout : undefined;
  }

  /**
   * Resolves when the current text has been drawn by the renderer that will stay. A change not
   * yet picked up (light-DOM text just edited, a property just set) is waited for too. An element
   * not yet in the document is drawn once it is added. One taken out of the document before its
   * text was drawn (a column that re-renders, a tab that closes) resolves then, with
   * `columns: 0`: nothing of it is on screen; put back, it draws again, and a new call waits for that.
   */
  whenRendered(): Promise<BichigRenderDetail> {
    if (this.isConnected) this.#readLightText();
    else if (this.hasUpdated && (this.isUpdatePending || this.#drawing.status !== TaskStatus.COMPLETE))
      return Promise.resolve(this.#notShown());
    return this.#removal.race(
      !this.isUpdatePending && this.#drawing.status !== TaskStatus.INITIAL
        ? this.#drawing.taskComplete
        : this.updateComplete.then(() => this.#drawing.taskComplete),
    );
  }

  /** What `whenRendered()` gives for an element taken out of the document before it was drawn. */
  #notShown = (): BichigRenderDetail => ({ renderer: this.resolved, columns: 0 });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightText();
    this.#mutations = new MutationObserver(() => this.#readLightText());
    this.#mutations.observe(this, { childList: true, characterData: true, subtree: true });
    this.#resize = new ResizeObserver((entries) => {
      if (this.resolved !== 'shaped' || this.#batchJobs > 0) return;
      for (const entry of entries) {
        // A new column length (our inline size), or a new font size or line height (the
        // metrics box is 1em × 1lh: a larger-text setting changes it, not the host's px size).
        const relayout = entry.target === this ? this.#lengthChanged() : this.#recordMetrics(entry.contentRect);
        if (relayout) {
          this.#refresh();
          return;
        }
      }
    });
    this.#resize.observe(this);
    if (this.#metricsBox) this.#resize.observe(this.#metricsBox);
    // On the document: Chromium dispatches the copy of a selection inside a shadow tree to the
    // document body, not to the shadow tree, so the host would never see it.
    document.addEventListener('copy', this.#onCopy);
    // Moved while a render was under way (the disconnection parked it): start it again.
    if (this.hasUpdated && this.#drawing.status === TaskStatus.PENDING) this.#refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutations?.disconnect();
    this.#resize?.disconnect();
    document.removeEventListener('copy', this.#onCopy);
    this.#removal.removed();
  }

  #lengthChanged(): boolean {
    return this.blockSize === undefined && Math.abs(this.clientHeight - this.#observedHeight) > 0.5;
  }

  /** Records the metrics box's size; true when the font size or line height changed since the layout. */
  #recordMetrics(box: DOMRectReadOnly): boolean {
    const size = `${box.width.toFixed(2)}×${box.height.toFixed(2)}`;
    const first = this.#metricsSize === undefined;
    const changed = !first && size !== this.#metricsSize;
    this.#metricsSize = size;
    if (changed || !first) return changed;
    // First sight: font size or line height may have changed between the layout and now.
    const layout = this.shapedLayout;
    if (!layout) return false;
    // WebKit sizes the box's line height down to whole pixels (43.2 px gives 43, 28.8 px gives 28):
    // within a pixel it is the same metric. A relayout would draw the same columns, in a new
    // metrics box seen for the first time again: a layout every frame, for as long as the page is open (#12).
    return (
      Math.abs(box.width - layout.fontSize) > 0.5 ||
      (this.#lineHeightIsLength && Math.abs(box.height - layout.columnWidth) >= 1)
    );
  }

  #readLightText(): void {
    const text = this.textContent ?? '';
    if (text !== this.#lightText) {
      this.#lightText = text;
      if (this.text === undefined) this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.source;
    const sourceChanged = source !== this.#lastSource;
    this.#lastSource = source;
    if (changed.has('renderer') || changed.has('blockSize') || changed.has('text') || sourceChanged) this.#refresh();
  }

  #fallback(reason: FallbackReason, error: Error): void {
    console.warn(`<bichig-text> shows its text natively: ${error.message}`);
    this.dispatchEvent(new BichigFallbackEvent({ reason, requested: this.renderer, error }));
  }

  #finish(renderer: ResolvedRenderer, columns: number): BichigRenderDetail {
    const detail = { renderer, columns };
    this.dispatchEvent(new BichigRenderEvent(detail));
    return detail;
  }

  #finishNative(): BichigRenderDetail {
    return this.#finish('native', nativeColumnCount(this.renderRoot.querySelector('.native')));
  }

  /** Re-resolves the renderer and redraws. Later calls supersede earlier ones still in flight. */
  #refresh(): void {
    const mode = parseRenderer(this.renderer, this);
    // Asked for shaped, showing nothing yet, and the engine already here (a later text of the
    // page): the placeholder (the source for assistive technology, not laid out) until the layout
    // is drawn, not the native text first, whose layout would cost as much as the native
    // renderer's before the shaped one starts. While the engine is still downloading, the
    // native text stays: on a slow link the reader reads it meanwhile.
    if (mode === 'shaped' && this.resolved === 'native' && !this.hasUpdated && shapedEngineLoaded(this.source))
      this.resolved = 'shaped';
    void this.#drawing.run([mode, this.source]);
  }

  /**
   * One run of the drawing task. A run superseded by a newer one, or whose element left the
   * document, stops at its next step and never settles (a reconnected element starts a new run).
   */
  async #draw([mode, text]: DrawArgs, { signal }: TaskFunctionOptions): Promise<BichigRenderDetail> {
    const stale = (): boolean => signal.aborted || !this.isConnected;
    await this.updateComplete;
    // Native and auto need the browser's face first; shaped registers it from the bytes it
    // shapes with (loadShapedEngine), so a shaped-only page fetches the Mongolian font once.
    const nativeFonts = (): Promise<Error | undefined> =>
      loadNativeFonts().then(
        () => undefined,
        (error: Error) => error,
      );
    const fonts = mode === 'shaped' ? undefined : nativeFonts();
    if (mode === 'native') {
      const fontError = await fonts;
      if (stale()) return parked(signal);
      this.resolved = 'native';
      if (fontError) this.#fallback('font', fontError);
      await this.updateComplete;
      return this.#finishNative();
    }
    try {
      if (mode === 'auto') {
        // Decided before anything of the shaped renderer loads: a page that ends native pays
        // only for the Mongolian font (the probe's HarfBuzz lengths are precomputed).
        const fontError = await fonts;
        if (fontError)
          throw new ShapedRendererError(
            'font',
            fontError instanceof FontLoadError ? fontError.source : fontError.message,
            `The browser could not load the font: ${fontError.message}`,
            { cause: fontError },
          );
        const probe = await probeNativeShaping();
        if (probe.agrees) {
          if (stale()) return parked(signal);
          this.resolved = 'native';
          await this.updateComplete;
          return this.#finishNative();
        }
      }
      const engine = await loadShapedEngine(text);
      if (mode === 'shaped') await nativeFonts(); // the text layer is measured in the same font; a failure only costs alignment
      if (stale()) return parked(signal);
      await this.#layoutShaped(engine, stale);
      if (stale()) return parked(signal);
      return this.#finish('shaped', this.shapedLayout?.columns.length ?? 0);
    } catch (error) {
      if (stale()) return parked(signal);
      const reason = error instanceof ShapedRendererError ? error.reason : 'layout';
      this.resolved = 'native';
      this.#fallback(reason, error instanceof Error ? error : new Error(String(error)));
      // Shaped mode had not asked for the browser's face: the fallback text gets it now (a
      // site may serve the WOFF2 but not the shaping file).
      if (fonts === undefined) await nativeFonts();
      if (stale()) return parked(signal);
      await this.updateComplete;
      return this.#finishNative();
    }
  }

  /** Layout options for the element's computed `style`; `columnWidth` is the line height when it is a length. */
  #layoutOptions(engine: ShapedEngine, style: CSSStyleDeclaration, blockSize: number): LayoutOptions {
    const fontSize = parseFloat(style.fontSize) || 16;
    const lineHeight = parseFloat(style.lineHeight);
    return {
      fonts: engine.fonts,
      blockSize,
      fontSize,
      columnWidth: Number.isFinite(lineHeight) ? lineHeight : fontSize * 1.8,
    };
  }

  /**
   * Lays the text out and draws it, in the page's layout batch (all shaped elements read their
   * sizes together, then write together). Without block-size: a placeholder as long as the text
   * could be, clamped by the container, tells the length available; then the columns at that
   * length. Finally the chunks of glyphs in sight are drawn; the others follow when they come
   * near the viewport. A long text is shaped ahead, paragraph by paragraph between frames.
   */
  async #layoutShaped(engine: ShapedEngine, stale: () => boolean): Promise<void> {
    const text = this.source;
    const check = (): void => {
      if (stale()) throw new SupersededLayout();
    };
    if (text.length > SHAPE_AHEAD_CHARACTERS) {
      // Each paragraph shaped on its own between slices of work, so that the layout in the batch
      // finds them in core's paragraph cache (keyed by font size and paragraph) and only breaks
      // them into columns: no single task shapes the whole text (only speed depends on the cache).
      const options = this.#layoutOptions(engine, getComputedStyle(this), LONGEST_COLUMN);
      await inSlices(text.split(/\r\n|\n|\r/), (paragraph) => engine.core.layoutText(paragraph, options), stale);
    }
    this.#batchJobs++;
    try {
      await this.#runPhases(engine, text, check);
    } finally {
      this.#batchJobs--;
    }
  }

  /** The three phases of a layout in the page's batch: placeholder, columns, chunks in sight. */
  #runPhases(engine: ShapedEngine, text: string, check: () => void): Promise<void> {
    let options: LayoutOptions | undefined;
    /** No text is longer than this (px): every character's advance is under 1.5 em. */
    let longest = 0;
    let available = 0;
    let bold = false;
    let lineHeightIsLength = true;
    let height = 0;
    let visible: number[] = [];
    return runInLayoutBatch(this, [
      {
        // For every waiting text at once, cheaply: a placeholder as long as the text could be,
        // which the container clamps (max-inline-size: 100%) to the length it allows.
        read: () => {
          check();
          const style = getComputedStyle(this);
          bold = Number(style.fontWeight) >= 600;
          lineHeightIsLength = Number.isFinite(parseFloat(style.lineHeight));
          options = this.#layoutOptions(engine, style, this.blockSize ?? 1);
          longest = Math.min(LONGEST_COLUMN, Math.ceil((text.length + 1) * options.fontSize! * 1.5));
        },
        write: () => {
          this.#bold = bold;
          this.#lineHeightIsLength = lineHeightIsLength;
          this.naturalLength = this.blockSize ?? longest;
          this.visibleChunks = undefined;
          this.shapedLayout = undefined;
          this.resolved = 'shaped';
          return this.updateComplete;
        },
      },
      {
        // Group by group (this is where the text is shaped): the length available, then the columns.
        read: () => {
          check();
          if (this.blockSize !== undefined) return;
          const box = this.renderRoot.querySelector<HTMLElement>('.shaped');
          available = Math.min(box ? box.getBoundingClientRect().height : longest, this.clientHeight || longest);
          // Not rendered (display: none somewhere above): one column per paragraph for now; the
          // resize observer lays the text out again once it has a size.
          if (available <= 0) available = longest;
        },
        write: () => {
          if (this.blockSize !== undefined) {
            this.naturalLength = this.blockSize;
            this.shapedLayout = engine.core.layoutText(text, { ...options!, blockSize: this.blockSize });
          } else {
            // Like an inline-block: as long as the longest paragraph when every paragraph fits
            // (within half a pixel), else as long as the container allows. Shaping happens once;
            // the second layout only breaks the cached paragraphs into columns again.
            const trial = engine.core.layoutText(text, { ...options!, blockSize: available + 0.5 });
            const fits = trial.columns.every((column) => column.endsParagraph);
            const natural = Math.ceil(Math.max(1, ...trial.columns.map((column) => column.extent)));
            this.naturalLength = fits ? natural : available;
            this.shapedLayout = engine.core.layoutText(text, { ...options!, blockSize: fits ? natural : available });
          }
          this.resolved = 'shaped';
          return this.updateComplete;
        },
      },
      {
        // The chunks of glyphs in sight are drawn now; the others as they come near the viewport.
        read: () => {
          check();
          height = this.clientHeight;
          visible = this.shapedLayout ? visibleChunks(this.shapedLayout, this) : [];
        },
        write: () => {
          this.#observedHeight = height;
          this.visibleChunks = visible;
          return this.updateComplete;
        },
      },
    ]);
  }

  /** Watches the drawn layout's metrics box (1em × 1lh): a new font size or line height calls for a new layout. */
  #onMetricsBox = (metrics: Element | undefined): void => {
    if (metrics === this.#metricsBox) return;
    if (this.#metricsBox) this.#resize?.unobserve(this.#metricsBox);
    this.#metricsBox = metrics;
    this.#metricsSize = undefined;
    if (metrics) this.#resize?.observe(metrics);
  };

  #onCopy = (event: ClipboardEvent): void => {
    const container = this.renderRoot.querySelector('[part~="text"]');
    if (event.defaultPrevented || !container || !event.clipboardData || !(this.renderRoot instanceof ShadowRoot))
      return;
    const copied = selectedSource(this.renderRoot, this.source, container);
    if (copied === undefined) return;
    // The browser's own serialisation would add line breaks between the text layer's columns
    // (and Chromium turns no-break spaces into spaces); give back the exact source instead.
    event.clipboardData.setData('text/plain', copied);
    event.preventDefault();
  };

  protected override render(): TemplateResult {
    const lang = this.lang || 'mn-Mong';
    const blockStyle = this.blockSize !== undefined ? styleMap({ height: `${this.blockSize}px` }) : nothing;
    if (this.resolved === 'shaped') {
      const layout = this.shapedLayout;
      // While the text is shaped (a slow phone may take frames), it is already there for screen
      // readers and headings, hidden from sight: never an empty heading or an unnamed text.
      if (!layout)
        return html`<div
          class="shaped"
          part="text"
          lang=${lang}
          style=${styleMap({ height: `${this.naturalLength}px`, width: '1px' })}
        >
          <span class="pending">${this.source}</span>
        </div>`;
      return html`<div
        class="shaped"
        part="text"
        style=${styleMap({ height: `${Math.min(this.naturalLength, layout.blockSize) || layout.blockSize}px`, width: `${layout.width}px` })}
      >
        <div class="glyphs" ${glyphChunks(layout, this.#bold, this.visibleChunks)}></div>
        <div class="text-layer" part="text-layer" lang=${lang} data-start="0" ${textLayer(layout)}></div>
        <div class="metrics" ${ref(this.#onMetricsBox)}></div>
      </div>`;
    }
    // mlreq as in shaped: spaces kept with the ᠂ ᠃ ! ? : after them, short digit runs upright
    // (wrappers only: the text nodes hold the exact source for selection, copy and find-in-page).
    const runs = nativeTextRuns(this.source).map((run) =>
      run.kind === 'plain' ? run.text : html`<span class=${run.kind}>${run.text}</span>`,
    );
    return html`<span class="native" part="text" lang=${lang} data-start="0" style=${blockStyle}>${runs}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-text': BichigText;
  }
}
