/**
 * Glyph pictures for the long-press variant menu and the suggestion bar: a letter (with its FVS)
 * in a given position. The position is forced with zero width joiners around the letter (UTN #57's
 * test method), so the picture is the form the font will really use at the caret. How they are
 * drawn follows the keyboard's `renderer`: `shaped` shapes them with HarfBuzz and the project font
 * (SVG); `native` sets them as the browser's own text in the same font (no HarfBuzz download: a
 * page whose text is native shows the forms as its fields will); `auto` asks the probe whether
 * this browser shapes the font as HarfBuzz does, and draws natively where it does.
 */
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LetterPosition } from '@bichig/keyboard';
import { ZWJ } from '@bichig/keyboard';
import { loadShapedEngine } from '../../internal/shaped-engine.js';
import { glyphSvg } from '../../internal/shaped-render.js';
import { loadNativeFonts } from '../../internal/fonts.js';
import { probeNativeShaping } from '../../internal/probe.js';
import type { RendererMode } from '../../internal/renderer.js';

/** The letter (and its FVS) between the joiners that give it `position`. */
export function inContext(text: string, position: LetterPosition): string {
  switch (position) {
    case 'init':
      return text + ZWJ;
    case 'medi':
      return ZWJ + text + ZWJ;
    case 'fina':
      return ZWJ + text;
    default:
      return text;
  }
}

const cache = new Map<string, Promise<string>>();
let nextId = 1;

/**
 * The SVG markup of `text` shaped in `position` at `fontSize` px, set vertically (one column).
 * @throws ShapedRendererError when HarfBuzz or the font cannot be loaded; callers show the
 *   native text instead.
 */
export function variantGlyphSvg(text: string, position: LetterPosition, fontSize: number): Promise<string> {
  const display = inContext(text, position);
  const key = `${fontSize}\u0001${display}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const engine = await loadShapedEngine(display);
      const options = { fonts: engine.fonts, fontSize, columnWidth: fontSize * 1.4 };
      // First pass finds the column's natural length, the second draws it at exactly that length.
      const natural = engine.core.layoutText(display, { ...options, blockSize: 10_000 });
      const extent = Math.max(1, Math.ceil(Math.max(0, ...natural.columns.map((column) => column.extent))));
      const layout = engine.core.layoutText(display, { ...options, blockSize: extent });
      return glyphSvg(layout, `v${nextId++}`);
    })();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Size of the variant glyph pictures, px. */
const VARIANT_GLYPH_SIZE = 30;

/**
 * The glyph pictures one keyboard shows: loaded on request, drawn as native text (the joiners in
 * place) until they arrive or when they cannot be made.
 */
/** Whether `auto` draws the pictures shaped here: the probe's answer, asked once per page. */
let autoShapes: Promise<boolean> | undefined;
function shapesOnAuto(): Promise<boolean> {
  autoShapes ??= loadNativeFonts()
    .then(() => probeNativeShaping())
    .then(
      (probe) => !probe.agrees,
      // No answer (the font did not load): HarfBuzz draws the forms, as it does without a probe.
      () => true,
    );
  return autoShapes;
}

export class VariantGlyphs {
  readonly #host: ReactiveControllerHost;
  readonly #mode: () => RendererMode;
  /** SVG markup by position and text; '' while loading. */
  readonly #svgs = new Map<string, string>();

  constructor(host: ReactiveControllerHost, mode: () => RendererMode) {
    this.#host = host;
    this.#mode = mode;
  }

  /**
   * Starts making the picture of `text` in `position` when it is to be shaped; the host redraws
   * when it arrives. Until then, and when it is drawn natively, `render` sets it as text.
   */
  load(text: string, position: LetterPosition): void {
    const mode = this.#mode();
    if (mode === 'native') return;
    const key = `${position}\u0001${text}`;
    if (this.#svgs.has(key)) return;
    this.#svgs.set(key, '');
    const shapes = mode === 'shaped' ? Promise.resolve(true) : shapesOnAuto();
    shapes
      .then((shaped) => (shaped ? variantGlyphSvg(text, position, VARIANT_GLYPH_SIZE) : ''))
      .then(
        (svg) => {
          if (!svg) return;
          this.#svgs.set(key, svg);
          this.#host.requestUpdate();
        },
        // The native font still draws the form (with the joiners in place): the menu stays usable.
        (error: Error) => console.warn(`<bichig-keyboard>: variant glyphs fall back to native text: ${error.message}`),
      );
  }

  render(text: string, position: LetterPosition | undefined): TemplateResult {
    const svg = position && this.#mode() !== 'native' ? this.#svgs.get(`${position}\u0001${text}`) : undefined;
    if (svg) return html`<span class="glyph" aria-hidden="true">${unsafeHTML(svg)}</span>`;
    // A picture of the form, as the SVG is: drawn by the stylesheet from data-form, so it is not
    // text of the button (its name says the letter, position and FVS; axe's label-in-name rule).
    return html`<span
      class="glyph native"
      lang="mn-Mong"
      aria-hidden="true"
      data-form=${position ? inContext(text, position) : text}
    ></span>`;
  }
}
