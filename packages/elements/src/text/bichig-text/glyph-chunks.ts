/**
 * Draws a shaped layout's glyphs only where they can be seen. The columns are cut into chunks;
 * each chunk has an empty sentinel box (always present, so the element keeps its full width and
 * scrolling and find-in-page work) and, while it is near a viewport, an SVG with its glyphs.
 * Chunks that come near are drawn in short slices between frames; chunks far away are dropped,
 * so the DOM stays as small as one or two screens of text however long the text is.
 */
import type { TextLayout } from '@bichig/core';
import { glyphColumnsSvg } from '../../internal/shaped-render.js';

/** Columns per chunk: about a screen's tenth at common sizes, and one paragraph of an article. */
export const COLUMNS_PER_CHUNK = 8;
/** Chunks this far (px) outside a viewport are drawn ahead and not yet dropped. */
const MARGIN_PX = 800;
/** Drawing work per task, ms: well under the 50 ms that makes a task long. */
const SLICE_MS = 8;

interface ClipRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Chunk {
  owner: GlyphChunks;
  index: number;
  sentinel: HTMLElement;
  svg: SVGSVGElement | undefined;
  queued: boolean;
  near: boolean;
}

// One observer for the page: sentinels of every element. scrollMargin (Chromium 120+) widens the
// clip of scroll containers between the sentinel and the viewport, as rootMargin does the viewport's.
let observer: IntersectionObserver | undefined;
const chunkOf = new WeakMap<Element, Chunk>();

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const chunk = chunkOf.get(entry.target);
        if (!chunk) continue;
        chunk.near = entry.isIntersecting;
        if (chunk.near) enqueue(chunk);
        else chunk.owner.drop(chunk);
      }
    },
    { rootMargin: `${MARGIN_PX}px`, scrollMargin: `${MARGIN_PX}px` } as IntersectionObserverInit,
  );
  return observer;
}

// Printing lays the page out without the observer: every chunk must be drawn first. Afterwards
// the observer's next report drops those far from the viewport again.
const shown = new Set<GlyphChunks>();
let printListening = false;

function listenForPrinting(): void {
  if (printListening) return;
  printListening = true;
  window.addEventListener('beforeprint', () => {
    for (const chunks of shown) chunks.drawAll();
  });
  window.addEventListener('afterprint', () => {
    for (const chunks of shown) chunks.dropFar();
  });
}

const drawQueue: Chunk[] = [];
let draining = false;

function enqueue(chunk: Chunk): void {
  if (chunk.svg || chunk.queued) return;
  chunk.queued = true;
  drawQueue.push(chunk);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
}

/** Draws queued chunks until the slice's time is used, then yields to the browser (input, frames) and goes on. */
function drain(): void {
  const deadline = performance.now() + SLICE_MS;
  while (drawQueue.length > 0 && performance.now() < deadline) {
    const chunk = drawQueue.shift()!;
    chunk.queued = false;
    if (chunk.near && chunk.owner.owns(chunk) && chunk.sentinel.isConnected) chunk.owner.draw(chunk);
  }
  if (drawQueue.length > 0) setTimeout(drain, 0);
  else draining = false;
}

/** The part of the viewport `element` can be seen through: the window clipped by every scrolling ancestor (across shadow roots). */
export function visibleClip(element: Element): ClipRect {
  const clip: ClipRect = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof ShadowRoot) {
      node = node.host;
      continue;
    }
    if (!(node instanceof Element) || node === document.documentElement) break;
    const style = getComputedStyle(node);
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    if (clipsX || clipsY) {
      const box = node.getBoundingClientRect();
      if (clipsX) {
        clip.left = Math.max(clip.left, box.left);
        clip.right = Math.min(clip.right, box.right);
      }
      if (clipsY) {
        clip.top = Math.max(clip.top, box.top);
        clip.bottom = Math.min(clip.bottom, box.bottom);
      }
    }
    node = node.parentNode;
  }
  return clip;
}

/**
 * The chunks of `layout`, drawn in `host`, that intersect the visible part of the viewport (a
 * read of the host's box and its scroll containers: call it when layout is clean, with the other
 * reads of a batch).
 */
export function visibleChunks(layout: TextLayout, host: Element): number[] {
  const visible: number[] = [];
  if (layout.columns.length === 0) return visible;
  const box = host.getBoundingClientRect();
  // Outside the window, nothing can be in sight (and the scroll containers need not be read).
  if (box.right <= 0 || box.left >= window.innerWidth || box.bottom <= 0 || box.top >= window.innerHeight)
    return visible;
  const clip = visibleClip(host);
  if (box.bottom <= clip.top || box.top >= clip.bottom) return visible;
  for (let from = 0, index = 0; from < layout.columns.length; from += COLUMNS_PER_CHUNK, index++) {
    const first = layout.columns[from]!;
    const last = layout.columns[Math.min(from + COLUMNS_PER_CHUNK, layout.columns.length) - 1]!;
    const left = box.left + first.box.x;
    const right = box.left + last.box.x + last.box.width;
    if (right > clip.left && left < clip.right) visible.push(index);
  }
  return visible;
}

/**
 * How far along the inline axis, px from `host`'s left edge, its columns can be seen (the right
 * edge of the visible part of the viewport); 0 when none of it can be (a read, like {@link visibleChunks}).
 */
export function extentInSight(host: Element): number {
  const box = host.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight || box.left >= window.innerWidth) return 0;
  const clip = visibleClip(host);
  if (box.bottom <= clip.top || box.top >= clip.bottom) return 0;
  return Math.max(0, clip.right - box.left);
}

/** The glyphs of one element's layout, drawn chunk by chunk into `container`. */
export class GlyphChunks {
  #layout: TextLayout | undefined;
  #bold = false;
  #chunks: Chunk[] = [];
  /** Following the viewport: new chunks are watched too. */
  #observing = false;
  constructor(readonly container: HTMLElement) {}

  /** Replaces what is shown by `layout`: sentinels for all its chunks, no glyphs yet. */
  show(layout: TextLayout, bold: boolean): void {
    this.clear();
    this.#layout = layout;
    this.#bold = bold;
    this.#addChunks();
  }

  /**
   * Shows `layout`, whose first `shared` columns are those of the layout shown (a long text's
   * layout grown by its next paragraphs): the chunks made of those columns alone stay as they
   * are; the others are made again, and those of them that were drawn are drawn again at once
   * from the new layout, so no frame goes without them.
   */
  extend(layout: TextLayout, shared: number): void {
    const keep = Math.min(this.#chunks.length, Math.floor(shared / COLUMNS_PER_CHUNK));
    const redraw: number[] = [];
    for (const chunk of this.#chunks.splice(keep)) {
      if (chunk.svg) redraw.push(chunk.index);
      observer?.unobserve(chunk.sentinel);
      chunkOf.delete(chunk.sentinel);
      chunk.sentinel.remove();
      chunk.svg?.remove();
    }
    this.#layout = layout;
    const added = this.#addChunks();
    this.drawNow(redraw);
    // The chunks kept are watched already: only the new ones are added (a long text grows by
    // many steps, each of which would otherwise go through every chunk).
    if (this.#observing) for (const chunk of added) sharedObserver().observe(chunk.sentinel);
  }

  /** Sentinels for the chunks of the layout from the first one not yet made; gives those chunks. */
  #addChunks(): Chunk[] {
    const layout = this.#layout!;
    const made = this.#chunks.length;
    const sentinels = document.createDocumentFragment();
    for (
      let from = this.#chunks.length * COLUMNS_PER_CHUNK, index = this.#chunks.length;
      from < layout.columns.length;
      from += COLUMNS_PER_CHUNK, index++
    ) {
      const first = layout.columns[from]!;
      const last = layout.columns[Math.min(from + COLUMNS_PER_CHUNK, layout.columns.length) - 1]!;
      const sentinel = document.createElement('div');
      sentinel.className = 'chunk';
      sentinel.style.cssText = `left:${first.box.x}px;width:${last.box.x + last.box.width - first.box.x}px`;
      const chunk: Chunk = { owner: this, index, sentinel, svg: undefined, queued: false, near: false };
      chunkOf.set(sentinel, chunk);
      this.#chunks.push(chunk);
      sentinels.append(sentinel);
    }
    this.container.append(sentinels);
    return this.#chunks.slice(made);
  }

  /** Draws every chunk now (before printing). */
  drawAll(): void {
    for (const chunk of this.#chunks) this.draw(chunk);
  }

  /** Drops the chunks the observer last reported far from every viewport. */
  dropFar(): void {
    for (const chunk of this.#chunks) if (!chunk.near) this.drop(chunk);
  }

  /** Starts following the viewport (drawing chunks that come near, dropping those that go far). */
  observe(): void {
    const io = sharedObserver();
    // Observing a sentinel already observed does nothing (a grown layout observes its new ones).
    for (const chunk of this.#chunks) io.observe(chunk.sentinel);
    this.#observing = true;
    shown.add(this);
    listenForPrinting();
  }

  /** Draws now, in this task, the chunks `indexes` (those {@link visibleChunks} found in sight). */
  drawNow(indexes: readonly number[]): void {
    for (const index of indexes) {
      const chunk = this.#chunks[index];
      if (!chunk) continue;
      chunk.near = true;
      this.draw(chunk);
    }
  }

  /** Stops following the viewport (the element left the document); what is drawn stays. */
  unobserve(): void {
    for (const chunk of this.#chunks) observer?.unobserve(chunk.sentinel);
    this.#observing = false;
    shown.delete(this);
  }

  owns(chunk: Chunk): boolean {
    return this.#chunks[chunk.index] === chunk;
  }

  /** Draws one chunk's glyphs (in column order among the chunks already drawn, so the DOM reads in text order). */
  draw(chunk: Chunk): void {
    const layout = this.#layout;
    if (!layout || chunk.svg || !this.owns(chunk)) return;
    const from = chunk.index * COLUMNS_PER_CHUNK;
    const to = Math.min(from + COLUMNS_PER_CHUNK, layout.columns.length);
    const markup = glyphColumnsSvg(layout, from, to, { bold: this.#bold });
    const template = document.createElement('template');
    template.innerHTML = markup;
    const svg = template.content.firstElementChild as SVGSVGElement | null;
    if (!svg) return;
    chunk.svg = svg;
    const next = this.#chunks.find((other) => other.index > chunk.index && other.svg);
    this.container.insertBefore(svg, next?.svg ?? null);
  }

  /** Removes a chunk's glyphs (it went far from every viewport); its sentinel stays. */
  drop(chunk: Chunk): void {
    if (!this.owns(chunk) || !chunk.svg) return;
    chunk.svg.remove();
    chunk.svg = undefined;
  }

  /** Chunks whose glyphs are in the DOM. */
  get drawnChunks(): number {
    return this.#chunks.filter((chunk) => chunk.svg).length;
  }

  get chunkCount(): number {
    return this.#chunks.length;
  }

  /** Removes everything and stops observing. */
  clear(): void {
    const io = observer;
    for (const chunk of this.#chunks) {
      io?.unobserve(chunk.sentinel);
      chunkOf.delete(chunk.sentinel);
    }
    this.#chunks = [];
    this.#layout = undefined;
    this.#observing = false;
    shown.delete(this);
    this.container.replaceChildren();
  }
}
