// Words an engine shapes wrongly natively, redrawn from the outlines the build made of them
// (src/build/variant-words.ts; #12 item 4). Loaded only by pages that have such a word (FVS1–4,
// ZWJ, ZWNJ). Each distinct word, and a probe word, is set natively off screen, at 100 px in the
// page's font, and its length compared with HarfBuzz's (the span's data-advance): Chromium and
// Firefox agree and nothing more happens (no outline fetched, no HarfBuzz); where an engine
// disagrees on the probe word (WebKit ignores FVS1–4), every variant word, else each word it
// disagrees on, gets an SVG of its outlines in the place of the text, and the text stays,
// transparent, over it: selection, copy, find-in-page and screen readers get exactly the same text.
import { ENGINE_PROBE, VARIANT_WORD_CLASS, type WordOutline } from './variant-word-format.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The drawing is as wide as the font's content area and sits on it (its line-over edge on the
 * text's), so its letters stand where the browser's would; the text stays over it, transparent,
 * scaled to its length (by redraw()), for selection, find-in-page and screen readers; its line is
 * the font's own ascent and descent (a line gap of 0), no leading. Here rather than in portal.css:
 * a page whose words need no redrawing downloads none of it.
 */
const STYLES = `
.${VARIANT_WORD_CLASS}[data-drawn] { position: relative; }
.${VARIANT_WORD_CLASS}[data-drawn] > svg { vertical-align: text-top; overflow: visible; }
.${VARIANT_WORD_CLASS}-text {
  position: absolute; top: 0; left: 0; line-height: normal; white-space: nowrap;
  color: transparent; transform-origin: top left;
}
.${VARIANT_WORD_CLASS}-text::selection { color: transparent; }`;

let styled = false;

/** Adds STYLES to the document, once. */
function addStyles(): void {
  if (styled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styled = true;
}
/** The size the probe sets the words at, px. */
const PROBE_SIZE = 100;

/**
 * How far the browser's length may be from HarfBuzz's for a word of `glyphs` glyphs, px: WebKit
 * rounds each glyph's advance to a whole pixel (the elements' auto probe allows the same). A word
 * whose FVS is ignored is far outside it: ᠳ᠋ᠤᠭᠠᠷ is 314 px long in WebKit against HarfBuzz's 260.
 */
function tolerance(glyphs: number): number {
  return 0.5 * glyphs + 0.5;
}

/**
 * The words of `spans` this engine sets wrongly, each with the ratio of HarfBuzz's length to the
 * native one: every word when the engine sets ENGINE_PROBE wrongly (it breaks such words, also
 * those whose length it keeps), else the words whose own length is off.
 */
async function misshapenWords(spans: readonly HTMLElement[]): Promise<Map<string, number>> {
  const expected = new Map<string, { advance: number; glyphs: number }>([
    [ENGINE_PROBE.word, { advance: ENGINE_PROBE.advance, glyphs: ENGINE_PROBE.glyphs }],
  ]);
  for (const span of spans)
    expected.set(span.textContent ?? '', {
      advance: Number(span.dataset['advance']),
      glyphs: Number(span.dataset['glyphs']) || (span.textContent ?? '').length,
    });
  const family = getComputedStyle(spans[0]!).fontFamily;
  await document.fonts.load(`${PROBE_SIZE}px ${family}`, [...expected.keys()].join(''));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'absolute',
    left: '-10000px',
    top: '0',
    visibility: 'hidden',
    writingMode: 'vertical-lr',
    whiteSpace: 'nowrap',
    font: `${PROBE_SIZE}px/1 ${family}`,
  });
  const probes = [...expected.keys()].map((word) => {
    const line = host.appendChild(document.createElement('div'));
    const probe = line.appendChild(document.createElement('span'));
    probe.textContent = word;
    return { word, probe };
  });
  document.body.append(host);
  const lengths = new Map(probes.map(({ word, probe }) => [word, probe.getBoundingClientRect().height]));
  host.remove();
  const agrees = (word: string) => {
    const { advance, glyphs } = expected.get(word)!;
    return Math.abs(lengths.get(word)! - advance * PROBE_SIZE) <= tolerance(glyphs);
  };
  const engineBreaks = !agrees(ENGINE_PROBE.word);
  const wrong = new Map<string, number>();
  for (const span of spans) {
    const word = span.textContent ?? '';
    if (wrong.has(word) || (!engineBreaks && agrees(word))) continue;
    const length = lengths.get(word)!;
    wrong.set(word, length > 0 ? (expected.get(word)!.advance * PROBE_SIZE) / length : 1);
  }
  return wrong;
}

const outlines = new Map<string, Promise<WordOutline>>();

/** The outline file at `url`, fetched once. */
function fetchOutline(url: string): Promise<WordOutline> {
  let pending = outlines.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
      return (await response.json()) as WordOutline;
    });
    outlines.set(url, pending);
  }
  return pending;
}

/** `outline` as an SVG one em per `unitsPerEm`, filled with the text's colour, hidden from assistive technology. */
function drawing(outline: WordOutline, bold: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${outline.width} ${outline.height}`);
  svg.setAttribute('width', `${outline.width / outline.unitsPerEm}em`);
  svg.setAttribute('height', `${outline.height / outline.unitsPerEm}em`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'currentColor');
  // A bold run of a font with no bold face is emboldened by the browser by a pixel, whatever its
  // size: so is the drawing, by a one-pixel stroke that keeps its width when the text is scaled.
  if (bold) {
    svg.setAttribute('stroke', 'currentColor');
    svg.setAttribute('stroke-width', '1');
  }
  for (const glyph of outline.glyphs) {
    const path = svg.appendChild(document.createElementNS(SVG, 'path'));
    path.setAttribute('d', glyph.d);
    path.setAttribute('transform', `matrix(${glyph.transform.join(' ')})`);
    if (bold) path.setAttribute('vector-effect', 'non-scaling-stroke');
  }
  return svg;
}

/**
 * Replaces the look of `span`'s word with its outline; its text stays in the DOM, in place, scaled
 * by `ratio` along the column to the drawing's length (so selection and find highlight the word).
 */
async function redraw(span: HTMLElement, ratio: number): Promise<void> {
  const word = span.textContent ?? '';
  const outline = await fetchOutline(span.dataset['outline']!);
  if (outline.word !== word)
    throw new Error(`${span.dataset['outline']} is the outline of "${outline.word}", not of "${word}"`);
  addStyles();
  const text = document.createElement('span');
  text.className = `${VARIANT_WORD_CLASS}-text`;
  text.style.transform = `scaleY(${ratio})`;
  text.append(...span.childNodes);
  span.append(drawing(outline, Number(getComputedStyle(span).fontWeight) >= 600), text);
  span.dataset['drawn'] = '';
}

/**
 * Redraws the page's variant words that this engine shapes wrongly; resolves with how many spans
 * were redrawn. A word whose outline does not load stays as the browser set it, with a warning.
 */
export async function redrawVariantWords(): Promise<number> {
  const spans = [...document.querySelectorAll<HTMLElement>(`.${VARIANT_WORD_CLASS}[data-outline]`)];
  if (!spans.length) return 0;
  const wrong = await misshapenWords(spans);
  const results = await Promise.allSettled(
    spans.flatMap((span) => {
      const ratio = wrong.get(span.textContent ?? '');
      return ratio === undefined ? [] : [redraw(span, ratio)];
    }),
  );
  for (const result of results)
    if (result.status === 'rejected') console.warn('portal: a word could not be redrawn', result.reason);
  return results.filter((result) => result.status === 'fulfilled').length;
}
