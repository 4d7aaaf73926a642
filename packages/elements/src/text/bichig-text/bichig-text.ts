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
import { copySelectedSource } from '../../internal/shaped-render.js';
import { parked, runInLayoutBatch } from './layout-batch.js';
import { extentInSight, visibleChunks } from './glyph-chunks.js';
import { firstScreenSignal, growToEnd, PROGRESSIVE_CHARACTERS, PrefixLayout } from './progressive-layout.js';
import { LONGEST_COLUMN, layoutOptions, metricsDiffer } from './layout-metrics.js';
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
  /** Layouts of this element waiting in (or going through) the page's layout batch, or growing after it: it reads its size anyway. */
  #batchJobs = 0;
  /** The text the shaped layout lays out (all of it, or its first paragraphs while it grows). */
  #shapedText = '';
  /** Resolved when the drawing in flight has drawn what is in sight, before the rest of a long text. */
  #firstScreen = firstScreenSignal<BichigRenderDetail>();
  #mutations: MutationObserver | undefined;
  #resize: ResizeObserver | undefined;
  /** Answers the whenRendered() calls waiting when the element leaves the document before its text is drawn. */
  readonly #removal = new RemovalAnswer<BichigRenderDetail>(this, () => this.#notShown());

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

  /**
   * Resolves when what is in sight of the current text is drawn, glyphs and text layer: for a long
   * text, its first columns, before the rest is laid out (`columns` counts those); otherwise when
   * `whenRendered()` does.
   */
  whenFirstScreen(): Promise<BichigRenderDetail> {
    const rendered = this.whenRendered();
    const waiting = this.isUpdatePending || this.#drawing.status === TaskStatus.INITIAL;
    const first = waiting ? this.updateComplete.then(() => this.#firstScreen.promise) : this.#firstScreen.promise;
    return Promise.race([rendered, first]);
  }

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.source;
    const sourceChanged = source !== this.#lastSource;
    this.#lastSource = source;
    if (changed.has('renderer') || changed.has('blockSize') || changed.has('text') || sourceChanged) this.#refresh();
  }

  /** Watches the drawn layout's metrics box (1em × 1lh): a new font size or line height calls for a new layout. */
  #onMetricsBox = (metrics: Element | undefined): void => {
    if (metrics === this.#metricsBox) return;
    if (this.#metricsBox) this.#resize?.unobserve(this.#metricsBox);
    this.#metricsBox = metrics;
    this.#metricsSize = undefined;
    if (metrics) this.#resize?.observe(metrics);
  };

  #onCopy = (event: ClipboardEvent): void => copySelectedSource(event, this.renderRoot, this.source);

  /** What `whenRendered()` gives for an element taken out of the document before it was drawn. */
  #notShown = (): BichigRenderDetail => ({ renderer: this.resolved, columns: 0 });

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
    return !!this.shapedLayout && metricsDiffer(box, this.shapedLayout, this.#lineHeightIsLength);
  }

  #readLightText(): void {
    const text = this.textContent ?? '';
    if (text !== this.#lightText) {
      this.#lightText = text;
      if (this.text === undefined) this.requestUpdate();
    }
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
    this.#firstScreen = firstScreenSignal<BichigRenderDetail>();
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

  /**
   * Lays the text out and draws it, in the page's layout batch (all shaped elements read their
   * sizes together, then write together). Without block-size: a placeholder as long as the text
   * could be, clamped by the container, tells the length available; then the columns at that
   * length. Finally the chunks of glyphs in sight are drawn; the others follow when they come
   * near the viewport. A long text is laid out a screen at a time: the paragraphs that fill what
   * is in sight, painted, then the rest in slices between frames (progressive-layout.ts).
   */
  async #layoutShaped(engine: ShapedEngine, stale: () => boolean): Promise<void> {
    const text = this.source;
    const check = (): void => {
      if (stale()) throw new SupersededLayout();
    };
    this.#batchJobs++;
    try {
      const prefix = await this.#runPhases(engine, text, check);
      if (prefix.complete) return;
      this.#firstScreen.resolve({ renderer: 'shaped', columns: this.shapedLayout?.columns.length ?? 0 });
      const drawnAt = prefix.blockSize;
      await growToEnd(prefix, check, (layout) => {
        this.shapedLayout = layout;
        return this.updateComplete;
      });
      // A later paragraph too long for one column made the columns as long as the container allows.
      if (prefix.blockSize !== drawnAt) this.#observedHeight = this.clientHeight;
    } finally {
      this.#batchJobs--;
    }
  }

  /**
   * The three phases of a layout in the page's batch: placeholder, columns (of a long text, those
   * of its paragraphs that fill what is in sight), chunks in sight. Gives the prefix laid out.
   */
  async #runPhases(engine: ShapedEngine, text: string, check: () => void): Promise<PrefixLayout> {
    let options: LayoutOptions | undefined;
    /** No text is longer than this (px): every character's advance is under 1.5 em. */
    let longest = 0;
    let available = 0;
    let inSight = Infinity;
    let bold = false;
    let lineHeightIsLength = true;
    let height = 0;
    let visible: number[] = [];
    let prefix: PrefixLayout | undefined;
    await runInLayoutBatch(this, [
      {
        // For every waiting text at once, cheaply: its style, and its placeholder (the render's
        // from the start; a text drawn before goes back to it), which tells the length available.
        read: () => {
          check();
          const style = getComputedStyle(this);
          bold = Number(style.fontWeight) >= 600;
          lineHeightIsLength = Number.isFinite(parseFloat(style.lineHeight));
          options = layoutOptions(engine, style, this.blockSize ?? 1);
          longest = Math.min(LONGEST_COLUMN, Math.ceil((text.length + 1) * options.fontSize! * 1.5));
        },
        write: () => {
          this.#bold = bold;
          this.#lineHeightIsLength = lineHeightIsLength;
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
          if (text.length > PROGRESSIVE_CHARACTERS) inSight = extentInSight(this);
          if (this.blockSize !== undefined) return;
          const box = this.renderRoot.querySelector<HTMLElement>('.shaped');
          available = Math.min(box ? box.getBoundingClientRect().height : longest, this.clientHeight || longest);
          // Not rendered (display: none somewhere above): one column per paragraph for now; the
          // resize observer lays the text out again once it has a size.
          if (available <= 0) available = longest;
        },
        write: async () => {
          // Like an inline-block: as long as the longest paragraph when every paragraph fits
          // (within half a pixel), else as long as the container allows. Each paragraph is
          // shaped once; the layout only breaks the cached paragraphs into columns again.
          const fixed = this.blockSize !== undefined;
          prefix = new PrefixLayout(engine, text, { ...options!, blockSize: this.blockSize ?? 1 }, available, fixed);
          await prefix.fillTo(inSight, check);
          this.#shapedText = text;
          this.shapedLayout = prefix.layout();
          this.resolved = 'shaped';
          await this.updateComplete;
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
    return prefix!;
  }

  /**
   * The placeholder is as long as the text could be (every advance is under 1.5 em), which the
   * container clamps (max-inline-size: 100%) to the length it allows: no style read needed.
   */
  #placeholderLength(): string {
    if (this.blockSize !== undefined) return `${this.blockSize}px`;
    return `min(${LONGEST_COLUMN}px, ${(this.source.length + 1) * 1.5}em)`;
  }

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
          style=${styleMap({ height: this.#placeholderLength(), width: '1px' })}
        >
          <span class="pending">${this.source}</span>
        </div>`;
      // While a long text's layout grows: the text not yet laid out, for assistive technology and find.
      const rest = this.#shapedText.slice(layout.text.length);
      return html`<div
        class="shaped"
        part="text"
        style=${styleMap({ height: `${layout.blockSize}px`, width: `${layout.width}px` })}
      >
        <div class="glyphs" ${glyphChunks(layout, this.#bold, this.visibleChunks)}></div>
        <div class="text-layer" part="text-layer" lang=${lang} data-start="0" ${textLayer(layout)}></div>
        ${rest ? html`<span class="pending" lang=${lang} data-start=${layout.text.length}>${rest}</span>` : nothing}
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
