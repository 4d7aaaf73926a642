/**
 * Visible marks for invisible format controls (FVS1–4, MVS, NNBSP, ZWJ, ZWNJ) over a native
 * text control. The control's value is never touched: a mirror with the control's exact text and
 * text styles is laid out under it (transparent, inert), the position of each control character
 * is read from the mirror with a DOM Range, and a small named mark is placed there. Because the
 * mirror holds the same text in one text node with the same font, it is shaped exactly like the
 * control, so the marks sit where the characters are.
 */
import { INVISIBLE_CHARACTERS } from '@bichig/keyboard';
import type { TextControl } from './text-control.js';

const CAP_BY_CHAR = new Map(INVISIBLE_CHARACTERS.map((info) => [info.char, info.cap]));
const INVISIBLE_PATTERN = new RegExp(`[${INVISIBLE_CHARACTERS.map((info) => info.char).join('')}]`, 'gu');

/** The computed properties that decide where text lands in a text control. */
const COPIED_PROPERTIES = [
  'box-sizing',
  'writing-mode',
  'direction',
  'text-orientation',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

/** A control character and where it is, in px relative to the control's scrolled content. */
export interface ControlMarkPosition {
  index: number;
  cap: string;
  /** The character's box along the column: left/top of its line box, its extent along the column. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Lays the control's text out in `mirror` exactly as the control does (same text, same text
 * styles, same wrapping length and scroll position) and returns the mirror's text node.
 * `mirror` must be an absolutely positioned sibling over the control.
 */
export function syncMirror(control: TextControl, mirror: HTMLElement, singleLine: boolean): Text {
  const style = getComputedStyle(control);
  // Copying styles invalidates the mirror's layout: do it only when something that matters changed.
  const values = COPIED_PROPERTIES.map((property) => style.getPropertyValue(property));
  const borders = ['top', 'right', 'bottom', 'left'].map((side) => style.getPropertyValue(`border-${side}-width`));
  const signature = [
    ...values,
    ...borders,
    control.clientWidth,
    control.clientHeight,
    control.offsetLeft,
    control.offsetTop,
    singleLine,
  ].join('|');
  if (copiedStyles.get(mirror) !== signature) {
    copiedStyles.set(mirror, signature);
    COPIED_PROPERTIES.forEach((property, i) => mirror.style.setProperty(property, values[i]!));
    // Borders are copied as transparent widths so the content box starts where the control's does.
    ['top', 'right', 'bottom', 'left'].forEach((side, i) =>
      mirror.style.setProperty(`border-${side}-width`, borders[i]!),
    );
    mirror.style.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
    mirror.style.overflowWrap = singleLine ? 'normal' : 'break-word';
    // The control's client box excludes its scrollbar: the mirror must wrap at the same length.
    const borderX = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const borderY = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    mirror.style.width = `${control.clientWidth + borderX}px`;
    mirror.style.height = `${control.clientHeight + borderY}px`;
    mirror.style.left = `${control.offsetLeft}px`;
    mirror.style.top = `${control.offsetTop}px`;
  }

  const text = control.value;
  let node = mirror.firstChild;
  if (!(node instanceof Text)) {
    node = document.createTextNode('');
    mirror.prepend(node);
  }
  const textNode = node as Text;
  const old = textNode.data;
  if (old !== text) {
    // Replace only the changed stretch: the browser then reuses the shaping of the rest.
    let start = 0;
    const limit = Math.min(old.length, text.length);
    while (start < limit && old.charCodeAt(start) === text.charCodeAt(start)) start++;
    let end = 0;
    while (end < limit - start && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end))
      end++;
    textNode.replaceData(start, old.length - end - start, text.slice(start, text.length - end));
  }
  // The mirror is never scrolled: positions are measured in the unscrolled text, and the marks
  // layer (outside the mirror) follows the control's scrolling with a transform.
  return textNode;
}

const copiedStyles = new WeakMap<HTMLElement, string>();

/** The column box (its left and right, px in the viewport) of the character at `index` of the mirror text. */
function columnOf(textNode: Text, index: number): { left: number; right: number } | undefined {
  if (index < 0 || index >= textNode.length) return undefined;
  const range = document.createRange();
  range.setStart(textNode, index);
  range.setEnd(textNode, index + 1);
  const rect = range.getClientRects()[0];
  return rect ? { left: rect.left, right: rect.right } : undefined;
}

/**
 * Is `offset` a soft wrap: the characters before and after it sit in different columns without
 * a line break between them? There the same offset is two caret places: the end of one column
 * and the top of the next. Returns the earlier column's box, or undefined.
 */
export function softWrapBefore(textNode: Text, offset: number): { left: number; right: number } | undefined {
  const previousChar = textNode.data[offset - 1];
  if (previousChar === undefined || previousChar === '\n' || offset >= textNode.length) return undefined;
  const before = columnOf(textNode, offset - 1);
  const after = columnOf(textNode, offset);
  if (!before || !after || Math.abs(before.left - after.left) < 1) return undefined;
  return before;
}

/** The position of every invisible control character in the mirror (call `syncMirror` first). */
export function measureControlMarks(mirror: HTMLElement, textNode: Text): ControlMarkPosition[] {
  const text = textNode.data;
  const origin = mirror.getBoundingClientRect();
  const offsetX = mirror.scrollLeft - mirror.clientLeft - origin.left;
  const offsetY = mirror.scrollTop - mirror.clientTop - origin.top;
  const positions: ControlMarkPosition[] = [];
  const range = document.createRange();
  for (const match of text.matchAll(INVISIBLE_PATTERN)) {
    const index = match.index;
    range.setStart(textNode, index);
    range.setEnd(textNode, index + match[0].length);
    const rect = range.getClientRects()[0] ?? afterPrevious(range, textNode, index);
    if (!rect) continue;
    positions.push({
      index,
      cap: CAP_BY_CHAR.get(match[0]) ?? '',
      left: rect.left + offsetX,
      top: rect.top + offsetY,
      width: rect.width,
      height: rect.height,
    });
  }
  return positions;
}

/**
 * Where a character with no box of its own sits: WebKit gives a format control that its shaping
 * swallowed (an FVS after its letter) no client rects. The mark then goes right after the
 * character before it, along the column (the mirror is vertical-lr); with nothing before it, at
 * the top of the character after it.
 */
function afterPrevious(range: Range, textNode: Text, index: number): DOMRect | undefined {
  if (index > 0) {
    range.setStart(textNode, index - 1);
    range.setEnd(textNode, index);
    const before = range.getClientRects()[0];
    if (before) return new DOMRect(before.left, before.bottom, before.width, 0);
  }
  if (index + 1 < textNode.length) {
    range.setStart(textNode, index + 1);
    range.setEnd(textNode, index + 2);
    const after = range.getClientRects()[0];
    if (after) return new DOMRect(after.left, after.top, after.width, 0);
  }
  return undefined;
}

/**
 * Draws the marks into `layer`, an absolutely placed box at the control's padding-box origin,
 * outside the mirror (adding marks then never lays the mirror's text out again). Existing mark
 * elements are reused, so typing moves a few marks instead of rebuilding them all.
 */
export function drawControlMarks(layer: HTMLElement, positions: readonly ControlMarkPosition[]): void {
  const existing = layer.children;
  positions.forEach((position, i) => {
    let mark = existing[i] as HTMLElement | undefined;
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'mark';
      mark.setAttribute('part', 'control-mark');
      layer.append(mark);
    }
    const index = String(position.index);
    if (mark.dataset['index'] !== index) mark.dataset['index'] = index;
    if (mark.textContent !== position.cap) mark.textContent = position.cap;
    const left = `${position.left + position.width}px`;
    const top = `${position.top}px`;
    if (mark.style.left !== left) mark.style.left = left;
    if (mark.style.top !== top) mark.style.top = top;
  });
  while (existing.length > positions.length) existing[existing.length - 1]!.remove();
}
