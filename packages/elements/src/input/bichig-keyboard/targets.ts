/**
 * The fields <bichig-keyboard> types into, behind one interface: native <input>/<textarea>,
 * contenteditable elements, and <bichig-textarea>/<bichig-input> (through their native control),
 * wherever they are, inside shadow roots included. Offsets are UTF-16 code units, as in
 * HTMLInputElement.selectionStart and in @bichig/keyboard's EditorState.
 */
import { isVerticalTextField } from '../field/vertical-field-brand.js';
import type { TextControl } from '../field/text-control.js';
import { selectedRange } from '../../internal/selection.js';

/** A field's text and selection. */
export interface FieldSnapshot {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** A field the keyboard can type into. */
export interface EditTarget {
  /** The element the page knows: the <input>, <textarea>, contenteditable root or <bichig-textarea>. */
  readonly element: HTMLElement;
  /** One line only: Enter submits instead of inserting a line break. */
  readonly singleLine: boolean;
  /** Not editable now (disabled, read-only, detached). */
  readonly locked: boolean;
  /** Most UTF-16 code units the value may hold, or Infinity. */
  readonly maxLength: number;
  /** The form the field belongs to, if any. */
  readonly form: HTMLFormElement | null;
  read(): FieldSnapshot;
  /**
   * Replaces value[start, end) with `text` and puts the selection at [caretStart, caretEnd],
   * as the user's own typing would: beforeinput (cancelable) and input events fire.
   * Returns false when the page cancelled the edit.
   */
  replace(start: number, end: number, text: string, caretStart: number, caretEnd: number, inputType: string): boolean;
  select(start: number, end: number): void;
  /** Whether the field (or its control) has focus now. */
  hasFocus(): boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', '']);

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) {
    if (isVerticalTextField(active)) return active;
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** True for an element the keyboard can type into. */
export function isEditableElement(element: Element | null | undefined): element is HTMLElement {
  if (!element || !(element instanceof HTMLElement)) return false;
  if (isVerticalTextField(element)) return true;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  return element.isContentEditable;
}

/** The root of the editing host an element belongs to (a contenteditable's outermost editable ancestor). */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The edit target for `element`, or null if the keyboard cannot type into it. */
export function editTargetFor(element: Element | null | undefined): EditTarget | null {
  if (!isEditableElement(element)) return null;
  if (isVerticalTextField(element))
    return new TextControlTarget(element, () => element.nativeControl, element.singleLine);
  if (element instanceof HTMLTextAreaElement) return new TextControlTarget(element, () => element, false);
  if (element instanceof HTMLInputElement) return new TextControlTarget(element, () => element, true);
  return new ContentEditableTarget(editingHost(element));
}

let graphemes: Intl.Segmenter | undefined;

/** Is `offset` a grapheme cluster boundary of `text` (where the browser's own editing can put a caret)? */
function atClusterBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Only the stretch around the offset matters: segment a short window, not the whole field.
  const from = Math.max(0, offset - 16);
  const window = text.slice(from, Math.min(text.length, offset + 16));
  for (const segment of graphemes.segment(window)) {
    const at = from + segment.index;
    if (at === offset) return true;
    if (at > offset) return false;
  }
  return false;
}

function fireBeforeInput(target: EventTarget, inputType: string, data: string | null): boolean {
  return target.dispatchEvent(
    new InputEvent('beforeinput', { bubbles: true, composed: true, cancelable: true, inputType, data }),
  );
}

function fireInput(target: EventTarget, inputType: string, data: string | null): void {
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

/** A native <input>/<textarea>, or the native control inside a vertical field. */
class TextControlTarget implements EditTarget {
  constructor(
    readonly element: HTMLElement,
    private readonly control: () => TextControl | null,
    readonly singleLine: boolean,
  ) {}

  get locked(): boolean {
    const control = this.control();
    return !control || !control.isConnected || control.disabled || control.readOnly || control.matches(':disabled');
  }

  get maxLength(): number {
    const max = this.control()?.maxLength ?? -1;
    return max >= 0 ? max : Infinity;
  }

  get form(): HTMLFormElement | null {
    const element = this.element as HTMLElement & { form?: HTMLFormElement | null };
    return element.form ?? null;
  }

  read(): FieldSnapshot {
    const control = this.control();
    if (!control) return { value: '', selectionStart: 0, selectionEnd: 0 };
    const value = control.value;
    const start = control.selectionStart ?? value.length;
    const end = control.selectionEnd ?? start;
    return { value, selectionStart: Math.min(start, end), selectionEnd: Math.max(start, end) };
  }

  hasFocus(): boolean {
    const control = this.control();
    if (!control) return false;
    const root = control.getRootNode() as unknown as DocumentOrShadowRoot;
    return root.activeElement === control && document.hasFocus();
  }

  replace(start: number, end: number, text: string, caretStart: number, caretEnd: number, inputType: string): boolean {
    const control = this.control();
    if (!control) return false;
    // execCommand fires no beforeinput, so the page's chance to refuse the edit is given here.
    if (!fireBeforeInput(control, inputType, text || null)) return false;
    const before = control.value;
    const expected = before.slice(0, start) + text + before.slice(end);
    // The browser's own insertion keeps the undo history, but it snaps a selection to grapheme
    // clusters: an FVS or MVS removed without its letter must go through setRangeText instead.
    if (this.hasFocus() && atClusterBoundary(before, start) && atClusterBoundary(before, end)) {
      control.setSelectionRange(start, end);
      const done =
        text === '' ? start === end || document.execCommand('delete') : document.execCommand('insertText', false, text);
      if (done && control.value === expected) {
        control.setSelectionRange(caretStart, caretEnd);
        return true;
      }
      if (done && control.value !== before) {
        // Something else changed the edit (a maxlength the keyboard did not know): keep the
        // browser's result, which is what the user sees, rather than overwrite it.
        return true;
      }
    }
    control.setRangeText(text, start, end);
    control.setSelectionRange(caretStart, caretEnd);
    fireInput(control, inputType, text || null);
    return true;
  }

  select(start: number, end: number): void {
    this.control()?.setSelectionRange(start, end);
  }
}

/** Where a text offset lands in a contenteditable's DOM. */
interface DomPoint {
  node: Node;
  offset: number;
}

/** A stretch of a contenteditable's text: a text node, a <br> ('\n'), or the break before a block ('\n', node = the block). */
interface Piece {
  node: Node;
  text: string;
}

/** The boundary point right after a piece. */
function endPoint(piece: Piece): DomPoint {
  if (piece.node instanceof Text) return { node: piece.node, offset: piece.node.length };
  if (piece.node instanceof HTMLBRElement) return { node: piece.node.parentNode!, offset: indexOf(piece.node) + 1 };
  return { node: piece.node, offset: 0 };
}

function preservesLineBreaks(element: HTMLElement): boolean {
  return (
    /^(pre|pre-wrap|pre-line|break-spaces)$/.test(getComputedStyle(element).whiteSpace) ||
    /preserve/.test(getComputedStyle(element).whiteSpaceCollapse ?? '')
  );
}

/**
 * A contenteditable element. Its value is the text of its text nodes in document order, with a
 * line break for each <br> and between block elements, the same text a user sees.
 * Edits are made on the DOM directly (not with execCommand), because Chromium's editing turns
 * typed spaces into no-break spaces in contenteditable: the text must be exactly what was typed.
 */
/**
 * The last selection seen inside each contenteditable, for presses made while focus is on the
 * keyboard (where an engine may have dropped the field's selection: WebKit can clear it when
 * focus moves to a key). Per element, not per target: a target is made for each press.
 */
const rememberedSelections = new WeakMap<HTMLElement, { start: number; end: number }>();

class ContentEditableTarget implements EditTarget {
  readonly singleLine = false;
  readonly maxLength = Infinity;
  readonly form = null;

  constructor(readonly element: HTMLElement) {}

  get locked(): boolean {
    return !this.element.isConnected || !this.element.isContentEditable;
  }

  hasFocus(): boolean {
    const root = this.element.getRootNode() as unknown as DocumentOrShadowRoot;
    const active = root.activeElement;
    return !!active && (active === this.element || this.element.contains(active)) && document.hasFocus();
  }

  /** Text nodes and line breaks in order. */
  private pieces(): Piece[] {
    const pieces: Piece[] = [];
    const visit = (node: Node, first: boolean): void => {
      for (let child = node.firstChild, index = 0; child; child = child.nextSibling, index++) {
        if (child instanceof Text) pieces.push({ node: child, text: child.data });
        else if (child instanceof HTMLBRElement) pieces.push({ node: child, text: '\n' });
        else if (child instanceof HTMLElement) {
          const block = isBlock(child);
          if (
            block &&
            pieces.length > 0 &&
            !(first && index === 0) &&
            !pieces[pieces.length - 1]!.text.endsWith('\n')
          ) {
            pieces.push({ node: child, text: '\n' });
          }
          visit(child, false);
        }
      }
    };
    visit(this.element, true);
    return pieces;
  }

  private offsetOf(node: Node, offset: number, pieces: readonly Piece[]): number {
    const point = document.createRange();
    point.setStart(node, offset);
    let total = 0;
    for (const piece of pieces) {
      if (piece.node === node && piece.node instanceof Text) return total + offset;
      const end = endPoint(piece);
      // comparePoint > 0: the piece ends after the boundary point, so it is not before it.
      if (point.comparePoint(end.node, end.offset) > 0) return total;
      total += piece.text.length;
    }
    return total;
  }

  read(): FieldSnapshot {
    const pieces = this.pieces();
    const value = pieces.map((piece) => piece.text).join('');
    const range = selectedRange(this.element.getRootNode());
    let start: number | undefined;
    let end: number | undefined;
    if (range && this.element.contains(range.startContainer) && this.element.contains(range.endContainer)) {
      start = this.offsetOf(range.startContainer, range.startOffset, pieces);
      end = this.offsetOf(range.endContainer, range.endOffset, pieces);
    }
    if (start !== undefined && end !== undefined) rememberedSelections.set(this.element, { start, end });
    const fallback = rememberedSelections.get(this.element) ?? { start: value.length, end: value.length };
    const s = Math.min(start ?? fallback.start, value.length);
    const e = Math.min(end ?? fallback.end, value.length);
    return { value, selectionStart: Math.min(s, e), selectionEnd: Math.max(s, e) };
  }

  /** The DOM point for a text offset (inside a text node where possible). */
  private pointAt(offset: number, pieces: readonly Piece[] = this.pieces()): DomPoint {
    let total = 0;
    for (const piece of pieces) {
      const length = piece.text.length;
      if (piece.node instanceof Text && offset <= total + length) return { node: piece.node, offset: offset - total };
      if (!(piece.node instanceof Text) && offset === total)
        return { node: piece.node.parentNode!, offset: indexOf(piece.node) };
      total += length;
    }
    const last = pieces[pieces.length - 1];
    return last ? endPoint(last) : { node: this.element, offset: 0 };
  }

  replace(start: number, end: number, text: string, caretStart: number, caretEnd: number, inputType: string): boolean {
    if (!fireBeforeInput(this.element, inputType, text || null)) return false;
    const pieces = this.pieces();
    const from = this.pointAt(start, pieces);
    const to = this.pointAt(end, pieces);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    range.deleteContents();
    if (text !== '') {
      const fragment = document.createDocumentFragment();
      if (preservesLineBreaks(this.element)) fragment.append(document.createTextNode(text));
      else {
        text.split('\n').forEach((line, i) => {
          if (i > 0) fragment.append(document.createElement('br'));
          if (line !== '') fragment.append(document.createTextNode(line));
        });
      }
      range.insertNode(fragment);
    }
    this.element.normalize();
    this.select(caretStart, caretEnd);
    fireInput(this.element, inputType, text || null);
    return true;
  }

  select(start: number, end: number): void {
    const pieces = this.pieces();
    const from = this.pointAt(start, pieces);
    const to = this.pointAt(end, pieces);
    rememberedSelections.set(this.element, { start, end });
    const selection = document.getSelection();
    if (!selection) return;
    // Setting a selection in an unfocused contenteditable would not move focus, but keep it for later.
    selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  }
}

function indexOf(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node);
}

const BLOCK_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'flow-root']);
function isBlock(element: HTMLElement): boolean {
  if (element.localName === 'div' || element.localName === 'p' || element.localName === 'li') return true;
  return BLOCK_DISPLAYS.has(getComputedStyle(element).display);
}
