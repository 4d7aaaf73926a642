// The fixture's images (the 图解 charts under media/) as the portal publishes them: beside the data,
// at /data/xilingol/media/, where the pages link them (the fixture is loaded with that mediaBase).
//
// A Mongolian chart labels its columns in traditional script: `<text class="v">` in
// `writing-mode: vertical-lr`. An SVG shown through <img> is an isolated document: it cannot use the
// page's web fonts, a reader's phone rarely has a Mongolian font (or has a pre-UTN #57 one that
// joins wrongly), and even with a font embedded WebKit sets vertical SVG text letter by letter
// (letters overlap, NNBSP shows as a box). So the build lays every Mongolian label out with
// @bichig/core — the same HarfBuzz layout the shaped renderer uses — and writes its glyph outlines
// into the SVG instead of the text: each glyph once in <defs>, drawn with <use>. The chart then
// needs no font at all, reads the same in every engine, and is smaller than with an embedded
// subset. The text stays where readers get it: the <img>'s alt, the SVG's <title>/<desc>, and an
// aria-label on each label's group. The chart stays an ordinary image — lazily loaded, cached, the
// same file for every page that shows it. Labels without Mongolian (Chinese, figures) stay <text>.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutText, type FontStack } from '@bichig/core';
import { isMongolian } from '@bichig/core/mongolian';
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
    // An accessible chart: role="img" with its title and description, and its language for XML readers.
    ADD_ATTR: ['role', 'xml:lang'],
    RETURN_DOM: true,
  });
  const root = body.firstElementChild;
  if (!root || root.localName !== 'svg') throw new UnsafeSvgError(file, 'no <svg> element is left after sanitising');
  // Nothing was taken out: publish the file as written (re-serialising would only reformat it).
  // (DOMPurify lists the <body> it parsed into, which it returns, among what it removed.)
  const removed = svgPurifier.removed.filter((entry) => !('element' in entry && entry.element === body));
  if (removed.length === 0) return svg;
  return new svgWindow.XMLSerializer().serializeToString(root);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Every character the SVG draws as text (the content of its <text> elements). */
export function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => decodeXmlText(m[1]!.replace(/<[^>]+>/g, '')))
    .join(' ');
}

function attributesOf(openTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of openTag.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) attributes.set(m[1]!, decodeXmlText(m[2]!));
  return attributes;
}

/**
 * The fill a `<text>` with these attributes gets from the chart's own style sheet: its `fill`
 * attribute, else the last `.class{…fill:…}` rule among its classes, else the `text{…}` rule.
 * (The fixture's charts style labels with simple rules; an outline group is no `<text>`, so it
 * gets its colour written on it.)
 */
function labelFill(svg: string, attributes: Map<string, string>): string {
  const explicit = attributes.get('fill');
  if (explicit) return explicit;
  const style = [...svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const classes = new Set((attributes.get('class') ?? '').split(/\s+/).filter(Boolean));
  let fill = '#000';
  let fromClass = false;
  for (const rule of style.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const value = /(?:^|;)\s*fill\s*:\s*([^;]+)/.exec(rule[2]!)?.[1]?.trim();
    if (!value) continue;
    for (const selector of rule[1]!.split(',').map((s) => s.trim())) {
      if (selector === 'text' && !fromClass) fill = value;
      else if (selector.startsWith('.') && classes.has(selector.slice(1))) {
        fill = value;
        fromClass = true;
      }
    }
  }
  return fill;
}

/**
 * A glyph outline from HarfBuzz (absolute M/L/Q/C/Z in font units) written compactly: coordinates
 * in whole multiples of `unit` font units (the caller scales the outline back up by `unit`; with
 * 1000 units per em, 4 units are 0.08 px at 20 px), relative commands, a repeated command left
 * out, minus signs separating the numbers. About a third of the original's length.
 */
export function compactPath(path: string, unit = 1): string {
  let out = '';
  let previous = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const numbers = (values: number[]): string => {
    let text = '';
    for (const value of values) text += value < 0 || text === '' ? String(value) : ` ${value}`;
    return text;
  };
  for (const m of path.matchAll(/([MLQCZ])([^MLQCZ]*)/gi)) {
    const command = m[1]!.toUpperCase();
    const args = (m[2]!.match(/-?[\d.]+(?:e-?\d+)?/gi) ?? []).map((v) => Math.round(Number(v) / unit));
    if (command === 'Z') {
      out += 'z';
      previous = 'z';
      x = startX;
      y = startY;
      continue;
    }
    const relative: number[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) relative.push(args[i]! - x, args[i + 1]! - y);
    // Every point of a segment is relative to the segment's start; the last one is the new current point.
    x = args[args.length - 2]!;
    y = args[args.length - 1]!;
    if (command === 'M') {
      startX = x;
      startY = y;
    }
    // A command repeats implicitly (after "m", further pairs are "l"): only a change is written.
    const letter = command.toLowerCase();
    const implicit = letter === previous || (letter === 'l' && previous === 'm');
    const written = numbers(relative);
    out += implicit ? (written.startsWith('-') ? written : ` ${written}`) : letter + written;
    previous = letter;
  }
  return out;
}

/** What {@link outlineMongolianLabels} did to one chart. */
export interface OutlinedChart {
  /** The chart with its Mongolian labels as outlines. */
  readonly svg: string;
  /** Each outlined label's text, in document order. */
  readonly labels: string[];
}

/**
 * `svg` with every `<text>` that draws Mongolian letters replaced by the glyph outlines of the
 * same text, laid out vertically by @bichig/core at the label's position (x is the column's
 * centre, y where the text starts, as SVG places vertical text), size and anchor. Each glyph is
 * defined once (`<path id>` in `<defs>`); a label is a group per font and orientation, scaled to
 * font units, whose `<use>`s only say where along the column each glyph goes.
 * @throws {Error} when a label asks for horizontal Mongolian (the charts set it vertically only),
 * a character of a label is in no font of `fonts` (it would show as a box), or the chart already
 * uses the ids the outlines need.
 */
/** Outlines are written on a grid of this many font units (0.08 px at 20 px for a 1000-unit em). */
const GRID = 4;

export function outlineMongolianLabels(svg: string, fonts: FontStack): OutlinedChart {
  const defined = new Map<string, string>();
  const defs: string[] = [];
  const labels: string[] = [];
  const prefix = 'bm';
  if (new RegExp(`\\bid="${prefix}\\d`).test(svg)) throw new Error(`The chart already has ids starting "${prefix}"`);
  const out = svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attributeText: string, content: string) => {
    const text = decodeXmlText(content.replace(/<[^>]+>/g, ''));
    if (!isMongolian(text)) return whole;
    const attributes = attributesOf(attributeText);
    const classes = (attributes.get('class') ?? '').split(/\s+/);
    const vertical =
      classes.includes('v') || /vertical/.test(attributes.get('writing-mode') ?? attributes.get('style') ?? '');
    if (!vertical) throw new Error(`The Mongolian chart label "${text}" is not set vertically`);
    const fontSize = Number(attributes.get('font-size') ?? '16');
    const x = Number(attributes.get('x') ?? '0');
    const y = Number(attributes.get('y') ?? '0');
    const layout = layoutText(text, { fonts, fontSize, blockSize: 100_000 });
    if (layout.missing.length)
      throw new Error(
        `No font draws ${layout.missing.map((m) => `U+${m.codePoint.toString(16).toUpperCase()}`).join(' ')} in the chart label "${text}"`,
      );
    const extent = layout.columns[0]?.extent ?? 0;
    const anchor = attributes.get('text-anchor') ?? 'start';
    const dy = anchor === 'middle' ? -extent / 2 : anchor === 'end' ? -extent : 0;
    // The layout's column is columnWidth wide with the text centred in it; SVG's x is that centre.
    const dx = x - layout.columnWidth / 2;
    // Glyphs grouped by font and orientation: one scale for the group, font-unit offsets per glyph.
    const groups = new Map<string, { scale: number; rotation: 0 | 90; uses: string[] }>();
    for (const glyph of layout.glyphs) {
      const font = layout.fonts[glyph.font]!;
      const path = font.font.glyphPath(glyph.id);
      if (path === '') continue;
      const key = `${glyph.font}-${glyph.id}`;
      let id = defined.get(key);
      if (id === undefined) {
        id = `${prefix}${defined.size}`;
        defined.set(key, id);
        defs.push(`<path id="${id}" d="${compactPath(path, GRID)}"/>`);
      }
      const groupKey = `${glyph.font}/${glyph.rotation}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { scale: font.scale * GRID, rotation: glyph.rotation, uses: [] }));
      // Inverse of the group's matrix (see glyphTransform): rotated glyphs go down the font's x axis.
      const unit = font.scale * GRID;
      const [ux, uy] = glyph.rotation === 90 ? [glyph.y / unit, glyph.x / unit] : [glyph.x / unit, -glyph.y / unit];
      group.uses.push(`<use href="#${id}" x="${Math.round(ux)}" y="${Math.round(uy)}"/>`);
    }
    labels.push(text);
    const fill = labelFill(svg, attributes);
    // Bold labels: a stroke in the fill's colour, as browsers embolden a face that has no bold (Skia:
    // 1/24 em at 9 px down to 1/32 em at 36 px). It is drawn in the outlines' own units (font units).
    const bold = /^(bold|[6-9]00)$/.test(attributes.get('font-weight') ?? '');
    const boldRatio = 1 / 24 + (Math.min(Math.max(fontSize, 9), 36) - 9) * ((1 / 32 - 1 / 24) / 27);
    const inner = [...groups.values()]
      .map(({ scale, rotation, uses }) => {
        const s = +scale.toPrecision(6);
        const matrix = rotation === 90 ? `0 ${s} ${s} 0 0 0` : `${s} 0 0 ${-s} 0 0`;
        const stroke = bold ? ` stroke-width="${Math.round((fontSize * boldRatio) / scale)}"` : '';
        return `<g transform="matrix(${matrix})"${stroke}>${uses.join('')}</g>`;
      })
      .join('');
    const stroke = bold ? ` stroke="${escapeXml(fill)}"` : '';
    return `<g aria-label="${escapeXml(text)}" fill="${escapeXml(fill)}"${stroke} transform="translate(${num(dx)} ${num(y + dy)})">${inner}</g>`;
  });
  if (!labels.length) return { svg, labels };
  const withDefs = out.replace(/<svg\b[^>]*>/, (open) => `${open}<defs>${defs.join('')}</defs>`);
  return { svg: withDefs, labels };
}

export interface PublishedMedia {
  /** Images copied. */
  readonly files: number;
  /** Mongolian charts whose labels became outlines, with their sizes before and after. */
  readonly outlined: { file: string; before: number; after: number; labels: string[] }[];
}

/**
 * Copies the fixture's media directory to `outDir`, turning the Mongolian labels of every SVG into
 * outlines laid out with `fonts` (the Mongolian font first, then the Chinese one for digits).
 */
export function publishMedia(sourceDir: string, outDir: string, fonts: FontStack): PublishedMedia {
  mkdirSync(outDir, { recursive: true });
  const outlined: PublishedMedia['outlined'] = [];
  let files = 0;
  for (const name of readdirSync(sourceDir).sort()) {
    const from = join(sourceDir, name);
    const to = join(outDir, name);
    files++;
    if (!name.endsWith('.svg')) {
      copyFileSync(from, to);
      continue;
    }
    // Sanitised before the labels are outlined (the <use> references that adds are ours).
    const svg = sanitizeSvg(readFileSync(from, 'utf8'), name);
    const chart = outlineMongolianLabels(svg, fonts);
    if (!chart.labels.length) {
      writeFileSync(to, svg);
      continue;
    }
    writeFileSync(to, chart.svg);
    outlined.push({
      file: name,
      before: Buffer.byteLength(svg),
      after: Buffer.byteLength(chart.svg),
      labels: chart.labels,
    });
  }
  return { files, outlined };
}
