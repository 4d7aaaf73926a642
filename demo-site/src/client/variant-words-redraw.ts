// The drawing half of variant-words.ts, loaded only where the engine sets a variant word wrongly
// (WebKit): each span of such a word gets an SVG of the outlines the build made of it
// (src/build/variant-words.ts) in the place of its text, and the text stays, transparent, over it.
// Only types from variant-word-format.ts: importing its class name too made it a chunk of its own.
import type { WordOutline } from './variant-word-format.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The drawing is as wide as the font's content area and sits on it (its line-over edge on the
 * text's), so its letters stand where the browser's would; the text stays over it, transparent,
 * scaled to its length (by redraw()), for selection, find-in-page and screen readers; its line is
 * the font's own ascent and descent (a line gap of 0), no leading. Here rather than in portal.css:
 * a page whose words need no redrawing downloads none of it.
 */
const styles = (word: string) => `
.${word}[data-drawn] { position: relative; }
.${word}[data-drawn] > svg { vertical-align: text-top; overflow: visible; }
.${word}-text {
  position: absolute; top: 0; left: 0; line-height: normal; white-space: nowrap;
  color: transparent; transform-origin: top left;
}
.${word}-text::selection { color: transparent; }`;

let styled = false;

/** Adds the styles of words of class `word` to the document, once. */
function addStyles(word: string): void {
  if (styled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles(word));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styled = true;
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
export async function redraw(span: HTMLElement, ratio: number, className: string): Promise<void> {
  const word = span.textContent ?? '';
  const outline = await fetchOutline(span.dataset['outline']!);
  if (outline.word !== word)
    throw new Error(`${span.dataset['outline']} is the outline of "${outline.word}", not of "${word}"`);
  addStyles(className);
  const text = document.createElement('span');
  text.className = `${className}-text`;
  text.style.transform = `scaleY(${ratio})`;
  text.append(...span.childNodes);
  span.append(drawing(outline, Number(getComputedStyle(span).fontWeight) >= 600), text);
  span.dataset['drawn'] = '';
}
