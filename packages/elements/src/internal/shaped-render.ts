/**
 * Turns a core {@link TextLayout} into markup: the glyphs as SVG, and over them a transparent
 * text layer (as pdf.js does for PDF pages) that carries the exact source text for selection,
 * copy, find-in-page and screen readers.
 */
import { selectedRange } from './selection.js';
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
    const m =
      glyph.rotation === 90
        ? `0 ${r(s)} ${r(s)} 0 ${r(glyph.x)} ${r(glyph.y)}`
        : `${r(s)} 0 0 ${r(-s)} ${r(glyph.x)} ${r(glyph.y)}`;
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

/** Splits one column's clusters into text-layer segments, appending them to `segments`. */
function columnSegments(layout: TextLayout, column: number, segments: TextSegment[]): void {
  let current: TextSegment | undefined;
  let currentScript = '';
  let endsWithSpace = false;
  for (const cluster of layout.clustersInColumn(column)) {
    const text = layout.text.slice(cluster.start, cluster.end);
    if (text === '\n' || text === '\r\n' || text === '\r' || text === '\u2029') {
      current = undefined; // paragraph breaks carry no glyphs; the copy handler restores them
      continue;
    }
    const space = isSpace(text);
    const scriptKey = `${cluster.script}/${cluster.orientation}`;
    const startNew =
      !current || (endsWithSpace && !space) || (!space && scriptKey !== currentScript && currentScript !== '');
    if (startNew) {
      current = {
        column,
        start: cluster.start,
        end: cluster.end,
        top: cluster.box.y,
        bottom: cluster.box.y + cluster.box.height,
      };
      segments.push(current);
      currentScript = space ? '' : scriptKey;
    } else if (current) {
      current.end = cluster.end;
      current.bottom = Math.max(current.bottom, cluster.box.y + cluster.box.height);
      if (!space) currentScript = scriptKey;
    }
    endsWithSpace = space;
  }
}

/** Splits the layout's clusters into text-layer segments, column by column. */
export function textSegments(layout: TextLayout): TextSegment[] {
  const segments: TextSegment[] = [];
  for (let column = 0; column < layout.columns.length; column++) columnSegments(layout, column, segments);
  return segments;
}

/**
 * The transparent text layer: one absolutely placed column per layout column, one span per
 * segment (a word with its trailing spaces, or a run of one script), placed at the segment's
 * first cluster and as long as the segment in the layout. Nothing is measured: each word starts
 * exactly where its glyphs start, so where a browser would shape a word differently from
 * HarfBuzz the difference stays inside that word. Spans carry `data-start` (source offset) for
 * the copy handler. Columns come in groups of `columnsPerGroup` (each with `data-from`, its first
 * column) that skip layout while far from the viewport (`content-visibility: auto` in the
 * element's styles) but stay in the DOM for find-in-page, selection and screen readers. From
 * `fromColumn` (the first column of a group) on only: the groups a grown layout adds.
 */
export function textLayerHtml(layout: TextLayout, columnsPerGroup = 8, fromColumn = 0): string {
  const groups: string[] = [];
  const segments: TextSegment[] = [];
  for (let from = fromColumn; from < layout.columns.length; from += columnsPerGroup) {
    const to = Math.min(from + columnsPerGroup, layout.columns.length);
    const left = layout.columns[from]!.box.x;
    const last = layout.columns[to - 1]!.box;
    let columns = '';
    for (let index = from; index < to; index++) {
      const column = layout.columns[index]!;
      segments.length = 0;
      columnSegments(layout, index, segments);
      if (segments.length === 0) continue;
      let spans = '';
      for (const segment of segments) {
        const text = layout.text.slice(segment.start, segment.end);
        spans += `<span data-start="${segment.start}" style="top:${r(segment.top)}px;height:${r(segment.bottom - segment.top)}px">${escapeHtml(text)}</span>`;
      }
      columns += `<div class="column" style="left:${r(column.box.x - left)}px;width:${r(column.box.width)}px">${spans}</div>`;
    }
    if (columns)
      groups.push(
        `<div class="columns" data-from="${from}" style="left:${r(left)}px;width:${r(last.x + last.width - left)}px">${columns}</div>`,
      );
  }
  return groups.join('');
}

/** A glyph outline placed in px at origin (0, 0): its first point, and the rest as relative commands from there. */
interface PlacedOutline {
  /** The outline's first point relative to the glyph origin, in hundredths of a px. */
  x: number;
  y: number;
  /** Everything after the first move, in relative commands (hundredths kept exact: no rounding drift). */
  rest: string;
}

const outlines = new WeakMap<object, Map<string, PlacedOutline | null>>();
const hundredths = (n: number): string => (n / 100).toString();

/**
 * A glyph's outline (font units, y up, absolute commands as core's `glyphPath` gives them)
 * turned into px by the glyph's matrix without its translation — rotated glyphs send the font's
 * x axis down, upright ones flip y (the matrices of core's `glyphTransform`) — and written in
 * relative commands, so that placing it anywhere only needs a new first `M`. Cached per font,
 * glyph, rotation and scale; null for glyphs with no outline (spaces, controls).
 */
function placedOutline(
  font: { glyphPath(id: number): string },
  glyph: number,
  rotation: 0 | 90,
  scale: number,
): PlacedOutline | null {
  let byGlyph = outlines.get(font);
  if (!byGlyph) outlines.set(font, (byGlyph = new Map()));
  const key = `${glyph}/${rotation}/${scale}`;
  let outline = byGlyph.get(key);
  if (outline !== undefined) return outline;
  const path = font.glyphPath(glyph);
  outline = null;
  let first: [number, number] | undefined;
  let rest = '';
  // Current point and subpath start, in hundredths of a px relative to the glyph origin.
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const [, command, args] of path.matchAll(/([MLQCZmlqcz])([^MLQCZmlqcz]*)/g)) {
    const numbers = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const points: Array<[number, number]> = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const fx = numbers[i]!;
      const fy = numbers[i + 1]!;
      points.push(
        rotation === 90
          ? [Math.round(fy * scale * 100), Math.round(fx * scale * 100)]
          : [Math.round(fx * scale * 100), Math.round(-fy * scale * 100)],
      );
    }
    const op = command!.toUpperCase();
    if (op === 'Z') {
      rest += 'z';
      cx = sx;
      cy = sy;
      continue;
    }
    if (op === 'M') {
      const [x, y] = points[0] ?? [cx, cy];
      if (!first) first = [x, y];
      else rest += `m${hundredths(x - cx)} ${hundredths(y - cy)}`;
      cx = sx = x;
      cy = sy = y;
      continue;
    }
    // L, Q, C: every point of the segment relative to the point where the segment starts.
    const per = op === 'L' ? 1 : op === 'Q' ? 2 : 3;
    for (let i = 0; i + per <= points.length; i += per) {
      const segment = points.slice(i, i + per);
      rest += op.toLowerCase() + segment.map(([x, y]) => `${hundredths(x - cx)} ${hundredths(y - cy)}`).join(' ');
      [cx, cy] = segment[segment.length - 1]!;
    }
  }
  if (first) outline = { x: first[0], y: first[1], rest };
  byGlyph.set(key, outline);
  return outline;
}

/**
 * Columns [from, to) of `layout` as one SVG placed over them (`left` = the first column's x),
 * in the layout's coordinates (its viewBox starts at that x). Each glyph with an outline is a
 * subpath whose first point is absolute (an `M`; its other contours start with a relative `m`),
 * in layout order; a column's glyphs of one font, one after another, are one <path>. No
 * per-glyph transform, which in Chromium would give every glyph its own paint property node and
 * make each repaint of a long text re-layerize thousands of them (tens of ms per frame while
 * scrolling); and no element per glyph, whose styling, layout and painting made up a third of a
 * first screen's cost. One font's outlines all turn the same way, so with the default nonzero fill
 * glyphs that overlap (joined letters) fill as they did as separate paths.
 */
export function glyphColumnsSvg(
  layout: TextLayout,
  from: number,
  to: number,
  options: { bold?: boolean } = {},
): string {
  const first = layout.columns[from];
  const last = layout.columns[to - 1];
  if (!first || !last) return '';
  let paths = '';
  for (let column = from; column < to; column++) {
    let d = '';
    let font = -1;
    for (const glyph of layout.glyphsInColumn(column)) {
      const layoutFont = layout.fonts[glyph.font];
      if (!layoutFont) continue;
      const outline = placedOutline(layoutFont.font, glyph.id, glyph.rotation, layoutFont.scale);
      if (!outline) continue;
      if (glyph.font !== font && d) {
        paths += `<path d="${d}"/>`;
        d = '';
      }
      font = glyph.font;
      d += `M${hundredths(Math.round(glyph.x * 100) + outline.x)} ${hundredths(Math.round(glyph.y * 100) + outline.y)}${outline.rest}`;
    }
    if (d) paths += `<path d="${d}"/>`;
  }
  const x = r(first.box.x);
  const w = r(last.box.x + last.box.width - first.box.x);
  const h = r(layout.height);
  // Neither font has a bold face; like the browser, embolden by stroking the outline (~3 % of the em).
  const stroke = options.bold
    ? ` stroke="currentColor" stroke-width="${r(layout.fontSize * 0.03)}" stroke-linejoin="round"`
    : '';
  return `<svg part="glyphs" aria-hidden="true" focusable="false" data-columns="${from}-${to}" style="left:${x}px" width="${w}" height="${h}" viewBox="${x} 0 ${w} ${h}" fill="currentColor"${stroke}>${paths}</svg>`;
}

/**
 * The source offset of a DOM boundary point inside a text layer or a native text element:
 * the nearest ancestor with `data-start` gives the offset of its first character.
 */
export function sourceOffsetOf(node: Node, offset: number, root: Node): number | undefined {
  // `root` itself may carry data-start (the native renderer's single text element).
  for (let element: Node | null = node; element && element !== root.parentNode; element = element.parentNode) {
    if (element instanceof HTMLElement && element.dataset['start'] !== undefined) {
      // The text before the boundary inside the segment element, whatever node the boundary is in
      // (a text node, an element, or the template's comment markers around the text).
      const before = document.createRange();
      before.setStart(element, 0);
      before.setEnd(node, offset);
      return Number(element.dataset['start']) + before.toString().length;
    }
  }
  if (node.nodeType === Node.TEXT_NODE) return undefined;
  // A boundary between segments: take the start of the child after it, or the end of the one before.
  const child = node.childNodes[offset];
  if (child) return sourceOffsetOf(child, 0, root);
  const previous = node.childNodes[offset - 1];
  if (!previous) return undefined;
  const end = previous instanceof CharacterData ? previous.length : previous.childNodes.length;
  return sourceOffsetOf(previous, end, root);
}

/**
 * The source offset of a selection boundary inside `container`: inside the text (layer), as
 * {@link sourceOffsetOf}; before it (e.g. among the glyphs, which come first), 0; after it, the
 * end of the source.
 */
function boundaryOffset(node: Node, offset: number, container: Node, source: string): number | undefined {
  const found = sourceOffsetOf(node, offset, container);
  if (found !== undefined || !(container instanceof Element)) return found;
  const layer = container.matches('[data-start]') ? container : container.querySelector('[data-start]');
  if (!layer) return undefined;
  const text = document.createRange();
  text.selectNodeContents(layer);
  const side = text.comparePoint(
    node,
    Math.min(offset, node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').length : node.childNodes.length),
  );
  return side < 0 ? 0 : side > 0 ? source.length : undefined;
}

/**
 * The source text of the selection inside `root` (a shadow root), for the copy handler; or
 * undefined when the selection is not inside it.
 */
export function selectedSource(root: ShadowRoot, source: string, container: Node): string | undefined {
  const range = selectedRange(root);
  if (!range || range.collapsed) return undefined;
  if (!container.contains(range.startContainer) && !container.contains(range.endContainer)) return undefined;
  const start = container.contains(range.startContainer)
    ? boundaryOffset(range.startContainer, range.startOffset, container, source)
    : 0;
  const end = container.contains(range.endContainer)
    ? boundaryOffset(range.endContainer, range.endOffset, container, source)
    : source.length;
  if (start === undefined || end === undefined) return undefined;
  return source.slice(Math.min(start, end), Math.max(start, end));
}

/**
 * A copy handler's work for a text element: when the selection is inside `root` (a shadow root),
 * puts the exact source of it on the clipboard. The browser's own serialisation would add line
 * breaks between a text layer's columns (and Chromium turns no-break spaces into spaces).
 */
export function copySelectedSource(event: ClipboardEvent, root: Node, source: string): void {
  if (!(root instanceof ShadowRoot)) return;
  const container = root.querySelector('[part~="text"]');
  if (event.defaultPrevented || !container || !event.clipboardData) return;
  const copied = selectedSource(root, source, container);
  if (copied === undefined) return;
  event.clipboardData.setData('text/plain', copied);
  event.preventDefault();
}
