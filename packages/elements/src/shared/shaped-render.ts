/**
 * Turns a core {@link TextLayout} into markup: the glyphs as SVG, and over them a transparent
 * text layer (as pdf.js does for PDF pages) that carries the exact source text for selection,
 * copy, find-in-page and screen readers.
 */
import type { TextLayout } from '@bichig/core';

/** px-rounding that keeps markup short without visible error. */
const r = (n: number): string => (Math.round(n * 100) / 100).toString();

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => escapes[c]!);
}

/**
 * The glyphs of `layout` as an SVG string. Each distinct glyph's outline is written once into
 * <defs> and placed with <use>, so a long text with few distinct glyphs stays small.
 * `idPrefix` keeps several SVGs in one shadow root apart.
 */
export function glyphSvg(layout: TextLayout, idPrefix: string, options: { bold?: boolean } = {}): string {
  // id → whether the glyph has an outline (spaces and controls have none and are not placed).
  const defined = new Map<string, boolean>();
  const defs: string[] = [];
  const uses: string[] = [];
  for (const glyph of layout.glyphs) {
    const font = layout.fonts[glyph.font];
    if (!font) continue;
    const id = `${idPrefix}-${glyph.font}-${glyph.id}`;
    let drawable = defined.get(id);
    if (drawable === undefined) {
      const path = font.font.glyphPath(glyph.id);
      drawable = path.length > 0;
      if (drawable) defs.push(`<path id="${id}" d="${path}"/>`);
      defined.set(id, drawable);
    }
    if (!drawable) continue;
    const s = font.scale;
    // Same matrices as core's glyphTransform: rotated glyphs send the font's x axis down.
    const m = glyph.rotation === 90 ? `0 ${r(s)} ${r(s)} 0 ${r(glyph.x)} ${r(glyph.y)}` : `${r(s)} 0 0 ${r(-s)} ${r(glyph.x)} ${r(glyph.y)}`;
    uses.push(`<use href="#${id}" transform="matrix(${m})"/>`);
  }
  const w = r(layout.width);
  const h = r(layout.height);
  // Neither font has a bold face; like the browser, embolden by stroking the outline (in font units, ~3 % of the em).
  const upem = layout.fonts[0]?.font.upem ?? 1000;
  const stroke = options.bold ? ` stroke="currentColor" stroke-width="${r(upem * 0.03)}" stroke-linejoin="round"` : '';
  return `<svg part="glyphs" aria-hidden="true" focusable="false" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" fill="currentColor"${stroke}><defs>${defs.join('')}</defs>${uses.join('')}</svg>`;
}

/** A stretch of one column laid over its glyphs: a word with its trailing spaces, or a run of another script. */
export interface TextSegment {
  column: number;
  start: number;
  end: number;
  /** Top and bottom along the column, px. */
  top: number;
  bottom: number;
}

const isSpace = (text: string): boolean => /^\s+$/u.test(text);

/** Splits the layout's clusters into text-layer segments, column by column. */
export function textSegments(layout: TextLayout): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | undefined;
  let currentScript = '';
  let endsWithSpace = false;
  for (const cluster of layout.clusters) {
    const text = layout.text.slice(cluster.start, cluster.end);
    if (text === '\n' || text === '\u2029') {
      current = undefined; // paragraph breaks carry no glyphs; the copy handler restores them
      continue;
    }
    const space = isSpace(text);
    const scriptKey = `${cluster.script}/${cluster.orientation}`;
    const startNew = !current || current.column !== cluster.column || (endsWithSpace && !space) || (!space && scriptKey !== currentScript && currentScript !== '');
    if (startNew) {
      current = { column: cluster.column, start: cluster.start, end: cluster.end, top: cluster.box.y, bottom: cluster.box.y + cluster.box.height };
      segments.push(current);
      currentScript = space ? '' : scriptKey;
    } else if (current) {
      current.end = cluster.end;
      current.bottom = Math.max(current.bottom, cluster.box.y + cluster.box.height);
      if (!space) currentScript = scriptKey;
    }
    endsWithSpace = space;
  }
  return segments;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const naturalLengthCache = new Map<string, number>();

/** The browser's own advance of `text` in `font` (a CSS font shorthand), horizontal = vertical for sideways text. */
function naturalLength(text: string, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return 0;
  const key = `${font}\u0001${text}`;
  let length = naturalLengthCache.get(key);
  if (length === undefined) {
    measureContext.font = font;
    length = measureContext.measureText(text).width;
    if (naturalLengthCache.size > 50_000) naturalLengthCache.clear();
    naturalLengthCache.set(key, length);
  }
  return length;
}

/**
 * The transparent text layer: one absolutely placed column per layout column, one span per
 * segment whose start and end sit exactly on the first and last cluster of the segment; the
 * browser's rendering of the segment is stretched (scaleY) to the shaped length in between.
 * Spans carry `data-start` (source offset) for the copy handler.
 */
export function textLayerHtml(layout: TextLayout, cssFont: string): string {
  const byColumn = new Map<number, string[]>();
  for (const segment of textSegments(layout)) {
    const text = layout.text.slice(segment.start, segment.end);
    const length = segment.bottom - segment.top;
    const natural = naturalLength(text, cssFont);
    const scale = natural > 0 && length > 0 ? length / natural : 1;
    let spans = byColumn.get(segment.column);
    if (!spans) byColumn.set(segment.column, (spans = []));
    spans.push(`<span data-start="${segment.start}" style="top:${r(segment.top)}px;transform:scaleY(${scale.toFixed(4)})">${escapeHtml(text)}</span>`);
  }
  const columns: string[] = [];
  for (const column of layout.columns) {
    const spans = byColumn.get(column.index);
    if (!spans) continue;
    columns.push(`<div class="column" style="left:${r(column.box.x)}px;width:${r(column.box.width)}px">${spans.join('')}</div>`);
  }
  return columns.join('');
}

/**
 * The source offset of a DOM boundary point inside a text layer or a native text element:
 * the nearest ancestor with `data-start` gives the offset of its first character.
 */
export function sourceOffsetOf(node: Node, offset: number, root: Node): number | undefined {
  let element: Node | null = node;
  let within = offset;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: take the start of the child after it, or the end of the one before.
    const child = node.childNodes[offset];
    if (child) return sourceOffsetOf(child, 0, root);
    const previous = node.childNodes[offset - 1];
    if (previous) return sourceOffsetOf(previous, (previous.textContent ?? '').length, root);
    within = 0;
  }
  // `root` itself may carry data-start (the native renderer's single text element).
  while (element && element !== root.parentNode) {
    if (element instanceof HTMLElement && element.dataset['start'] !== undefined) {
      // Offsets of text nodes before this one inside the same segment element.
      let before = 0;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode()) before += text.textContent?.length ?? 0;
      return Number(element.dataset['start']) + before + within;
    }
    element = element.parentNode;
  }
  return undefined;
}

/**
 * The source text of the selection inside `root` (a shadow root), for the copy handler; or
 * undefined when the selection is not inside it.
 */
export function selectedSource(root: ShadowRoot, source: string, container: Node): string | undefined {
  const selection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) && !container.contains(range.endContainer)) return undefined;
  const start = container.contains(range.startContainer) ? sourceOffsetOf(range.startContainer, range.startOffset, container) : 0;
  const end = container.contains(range.endContainer) ? sourceOffsetOf(range.endContainer, range.endOffset, container) : source.length;
  if (start === undefined || end === undefined) return undefined;
  return source.slice(Math.min(start, end), Math.max(start, end));
}
