// The fixture's images (the 图解 charts under media/) as the portal publishes them: beside the data,
// at /data/xilingol/media/, where the pages link them (the fixture is loaded with that mediaBase).
//
// A Mongolian chart labels its columns in traditional script with font-family 'Bichig Mongolian',
// but an SVG shown through <img> is an isolated document: it cannot use the page's web fonts, and a
// reader's phone rarely has a Mongolian font (or has a pre-UTN #57 one that joins wrongly). So each
// Mongolian chart gets its own font: the project's Mongolian font subset to the characters that
// chart draws (with HarfBuzz's layout closure, so every positional and FVS form stays), as WOFF2 in
// a data: URL @font-face inside the SVG. The chart stays an ordinary image — lazily loaded, cached,
// the same file for every page that shows it, its alt text on the <img> — and reads the same in
// every browser. (Inlining the SVG in each page would use the page's font instead, but only on
// Mongolian pages, and would put every chart's markup into every list and carousel that shows it.)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FontFile, type FontSubsets } from './fonts.js';
import { isMongolianLetter } from '@bichig/core/mongolian';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const svgWindow = new JSDOM('').window;
const svgPurifier = createDOMPurify(svgWindow as unknown as Window & typeof globalThis);
/** A reference that stays inside the SVG (`#id`); anything else would load or run something. */
const internalReference = /^\s*#/;
/** A url() in CSS that is not a reference inside the SVG, or an @import. */
const externalCssUrl = /url\(\s*['"]?\s*(?!#)|@import/i;
svgPurifier.addHook('uponSanitizeAttribute', (_node, data) => {
  const name = data.attrName.toLowerCase();
  if ((name === 'href' || name === 'xlink:href' || name === 'src') && !internalReference.test(data.attrValue))
    data.keepAttr = false;
  if (name === 'style' && externalCssUrl.test(data.attrValue)) data.keepAttr = false;
});
svgPurifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && externalCssUrl.test(node.textContent ?? '')) node.textContent = '';
});

/** What is left of an SVG from the data after sanitising is not an SVG. */
export class UnsafeSvgError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnsafeSvgError';
  }
}

/**
 * `svg` with nothing that runs or loads: no script, no event handler, no foreignObject (HTML
 * inside), no reference outside the file (href, src, CSS url() and @import), as DOMPurify's SVG
 * profile cleans it in a DOM (jsdom). What is drawn stays. A chart is published this way, so a
 * chart with a script in the data cannot run when opened directly.
 *
 * @throws {UnsafeSvgError} when what is left is not an SVG.
 */
export function sanitizeSvg(svg: string, file = 'an SVG'): string {
  const body = svgPurifier.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script', 'a', 'use', 'image', 'feImage'],
    ADD_TAGS: ['style'],
    RETURN_DOM: true,
  });
  const root = body.firstElementChild;
  if (!root || root.localName !== 'svg') throw new UnsafeSvgError(file, 'no <svg> element is left after sanitising');
  return new svgWindow.XMLSerializer().serializeToString(root);
}

/** The font family the fixture's Mongolian charts ask for first. */
export const CHART_MONGOLIAN_FAMILY = 'Bichig Mongolian';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Every character the SVG draws as text (the content of its <text> and <tspan> elements). */
export function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => decodeXmlText(m[1]!.replace(/<[^>]+>/g, '')))
    .join(' ');
}

/** `svg` with an @font-face for {@link CHART_MONGOLIAN_FAMILY} whose source is `woff2`, embedded. */
export function embedFontFace(svg: string, woff2: Uint8Array): string {
  const face = `@font-face{font-family:'${CHART_MONGOLIAN_FAMILY}';src:url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format('woff2')}`;
  if (/<style\b[^>]*>/.test(svg)) return svg.replace(/<style\b[^>]*>/, (open) => `${open}${face}`);
  // No style sheet of its own: add one right after the opening tag.
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${face}</style>`);
}

export interface PublishedMedia {
  /** Images copied. */
  readonly files: number;
  /** Mongolian charts that got an embedded font, and their sizes before and after. */
  readonly embedded: { file: string; before: number; after: number }[];
}

/**
 * Copies the fixture's media directory to `outDir`, embedding a per-chart subset of the Mongolian
 * font into every SVG that draws Mongolian text.
 */
export async function publishMedia(
  sourceDir: string,
  outDir: string,
  subsets: FontSubsets,
  mongolianFont: FontFile,
): Promise<PublishedMedia> {
  mkdirSync(outDir, { recursive: true });
  const embedded: PublishedMedia['embedded'] = [];
  let files = 0;
  for (const name of readdirSync(sourceDir).sort()) {
    const from = join(sourceDir, name);
    const to = join(outDir, name);
    files++;
    if (!name.endsWith('.svg')) {
      copyFileSync(from, to);
      continue;
    }
    // Sanitised before the font is embedded (its data: URL is ours).
    const svg = sanitizeSvg(readFileSync(from, 'utf8'), name);
    const text = drawnText(svg);
    const codePoints = new Set([...text].map((ch) => ch.codePointAt(0)!));
    if (![...codePoints].some(isMongolianLetter)) {
      writeFileSync(to, svg);
      continue;
    }
    // Everything the chart's text elements draw: the Mongolian letters and the spaces, digits and
    // punctuation set in the same runs (the subsetter keeps only what the font has).
    for (const cp of [0x20, 0xa0, 0x202f, 0x180e]) codePoints.add(cp);
    const { woff2 } = await subsets.woff2(mongolianFont, codePoints);
    const out = embedFontFace(svg, woff2);
    writeFileSync(to, out);
    embedded.push({ file: name, before: Buffer.byteLength(svg), after: Buffer.byteLength(out) });
  }
  return { files, embedded };
}
