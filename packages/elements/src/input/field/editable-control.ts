/**
 * The control of <bichig-textarea> and <bichig-input> where the engine lays form controls out
 * horizontally whatever their writing mode (WebKitGTK; Safari before 17.4): a plain-text
 * contenteditable, which every engine sets in vertical-lr, with the text-control API of a
 * <textarea> — value, selection offsets and direction, setSelectionRange, setRangeText, select,
 * disabled, readOnly, maxLength, and `change`/`select` events — so the field, <bichig-keyboard>
 * and code written for a <textarea> work on it unchanged. The browser still does the editing:
 * caret, selection, IME, undo, spell-check hooks.
 *
 * A value set from script is written as one Text node holding it exactly ('\n' for a line break,
 * white-space: pre-wrap), plus a <br> after a final line break so that the empty last column is
 * drawn and can hold the caret. Engines split text and add <br>s or blocks while editing; the value
 * and the offsets read any of that (a <br> or a block is one line break), and nothing is rewritten
 * under the engine's feet. Offsets are UTF-16 code units, as in HTMLTextAreaElement.
 */
import { defineElement } from '../../internal/define.js';
import { selectedRange } from '../../internal/selection.js';

type Direction = 'forward' | 'backward' | 'none';

interface Span {
  start: number;
  end: number;
  direction: Direction;
}

/** A stretch of the content: a text node, a <br> ('\n'), or the break before a block ('\n', node = the block). */
interface Piece {
  node: Node;
  text: string;
}

function indexOf(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node);
}

/** True when `contenteditable="plaintext-only"` is known here (it keeps pasted and dropped markup out). */
function plaintextOnly(element: HTMLElement): boolean {
  try {
    element.contentEditable = 'plaintext-only';
    return element.contentEditable === 'plaintext-only';
  } catch {
    return false;
  }
}

/** Physical arrow key → logical caret move in vertical-lr. */
const ARROW_MOVES: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
  ArrowDown: ['forward', 'character'],
  ArrowUp: ['backward', 'character'],
  ArrowRight: ['forward', 'line'],
  ArrowLeft: ['backward', 'line'],
};

export class EditableTextControl extends HTMLElement {
  /** One line, as <bichig-input>: line breaks are refused (typed) or become spaces (inserted). */
  #singleLine = false;
  #disabled = false;
  #readOnly = false;
  #maxLength = -1;
  /** The selection while the control is not focused: a <textarea> keeps its own, the document does not. */
  #kept: Span = { start: 0, end: 0, direction: 'none' };
  #valueAtFocus: string | undefined;
  #pointerFocus = false;
  #composing = false;
  #editable: 'plaintext-only' | 'true' | undefined;

  constructor() {
    super();
    this.addEventListener('beforeinput', this.#onBeforeInput);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('compositionstart', () => (this.#composing = true));
    this.addEventListener('compositionend', () => (this.#composing = false));
    this.addEventListener('pointerdown', () => (this.#pointerFocus = true));
    this.addEventListener('focus', this.#onFocus);
    this.addEventListener('blur', this.#onBlur);
  }

  connectedCallback(): void {
    // After the field's own keydown handler (added with the template, before this runs), which
    // moves the caret itself at the end of a column.
    this.addEventListener('keydown', this.#onKeyDown);
    this.setAttribute('role', 'textbox');
    this.#editable ??= plaintextOnly(this) ? 'plaintext-only' : 'true';
    this.#syncState();
    this.toggleAttribute('data-empty', this.value === '');
    document.addEventListener('selectionchange', this.#onSelectionChange);
  }

  disconnectedCallback(): void {
    this.removeEventListener('keydown', this.#onKeyDown);
    document.removeEventListener('selectionchange', this.#onSelectionChange);
  }

  get singleLine(): boolean {
    return this.#singleLine;
  }
  set singleLine(value: boolean) {
    this.#singleLine = Boolean(value);
    this.#syncState();
  }

  get disabled(): boolean {
    return this.#disabled;
  }
  set disabled(value: boolean) {
    this.#disabled = Boolean(value);
    this.#syncState();
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }
  set readOnly(value: boolean) {
    this.#readOnly = Boolean(value);
    this.#syncState();
  }

  /** Most UTF-16 code units the value may hold (typing, pasting and the keyboard stop there); -1 for no limit. */
  get maxLength(): number {
    return this.#maxLength;
  }
  set maxLength(value: number) {
    this.#maxLength = Number.isInteger(value) && value >= 0 ? value : -1;
  }

  get value(): string {
    return this.#read();
  }
  /** As a <textarea>'s: replaces the text and puts the caret at its end; fires no event. */
  set value(value: string) {
    const text = String(value ?? '');
    this.#write(text);
    this.#select({ start: text.length, end: text.length, direction: 'none' });
  }

  get selectionStart(): number {
    return this.#selection().start;
  }
  set selectionStart(offset: number) {
    const { end, direction } = this.#selection();
    this.setSelectionRange(offset, Math.max(offset, end), direction);
  }
  get selectionEnd(): number {
    return this.#selection().end;
  }
  set selectionEnd(offset: number) {
    const { start, direction } = this.#selection();
    this.setSelectionRange(Math.min(start, offset), offset, direction);
  }
  get selectionDirection(): Direction {
    return this.#selection().direction;
  }

  setSelectionRange(start: number | null, end: number | null, direction: Direction = 'none'): void {
    const length = this.value.length;
    const to = Math.min(Math.max(0, end ?? 0), length);
    const from = Math.min(Math.max(0, start ?? 0), to);
    this.#select({ start: from, end: to, direction: from === to ? 'none' : direction });
  }

  select(): void {
    this.setSelectionRange(0, this.value.length, 'none');
  }

  /** As HTMLTextAreaElement.setRangeText (the four selection modes included); fires no event. */
  setRangeText(replacement: string): void;
  setRangeText(replacement: string, start: number, end: number, selectionMode?: SelectionMode): void;
  setRangeText(replacement: string, start?: number, end?: number, selectionMode: SelectionMode = 'preserve'): void {
    const value = this.value;
    const old = this.#selection();
    if (start !== undefined && end !== undefined && start > end)
      throw new DOMException('The start offset is after the end offset.', 'IndexSizeError');
    const from = Math.min(start ?? old.start, value.length);
    const to = Math.min(end ?? old.end, value.length);
    const text = String(replacement);
    this.#write(value.slice(0, from) + text + value.slice(to));
    const after = from + text.length;
    const moved = (offset: number, edge: number): number =>
      offset > to ? offset + text.length - (to - from) : offset > from ? edge : offset;
    const mode = start === undefined ? 'preserve' : selectionMode;
    const span: Span =
      mode === 'select'
        ? { start: from, end: after, direction: 'none' }
        : mode === 'start'
          ? { start: from, end: from, direction: 'none' }
          : mode === 'end'
            ? { start: after, end: after, direction: 'none' }
            : { start: moved(old.start, from), end: moved(old.end, after), direction: old.direction };
    this.#select(span);
  }

  // ——— internals ———

  #focused(): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.activeElement === this;
  }

  /**
   * The content as the value sees it: text nodes, <br>s and blocks in document order. Engines
   * split and add nodes while editing, so nothing here assumes the one Text node `#write` makes.
   */
  #pieces(root: Node = this): Piece[] {
    const pieces: Piece[] = [];
    let endsWithBreak = true;
    const visit = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child instanceof Text) {
          pieces.push({ node: child, text: child.data });
          if (child.data !== '') endsWithBreak = child.data.endsWith('\n');
        } else if (child instanceof HTMLBRElement) {
          // The <br> an engine keeps after a final line break (or in an empty line) draws the line; it is no character.
          if (!child.nextSibling && endsWithBreak) continue;
          pieces.push({ node: child, text: '\n' });
          endsWithBreak = true;
        } else if (child instanceof HTMLElement) {
          // An engine without plaintext-only makes a block per line.
          if (!endsWithBreak && /^(div|p)$/.test(child.localName)) {
            pieces.push({ node: child, text: '\n' });
            endsWithBreak = true;
          }
          visit(child);
        }
      }
    };
    visit(root);
    return pieces;
  }

  /** The value: the text of the content, a <br> or a block counting as a line break. */
  #read(): string {
    const first = this.firstChild;
    if (first instanceof Text && !first.nextSibling) return first.data;
    return this.#pieces()
      .map((piece) => piece.text)
      .join('');
  }

  /** Makes the content one Text node holding `value` (and the <br> a final line break needs to be drawn). */
  #write(value: string): void {
    const text = document.createTextNode(value);
    if (value.endsWith('\n')) this.replaceChildren(text, document.createElement('br'));
    else this.replaceChildren(text);
    this.toggleAttribute('data-empty', value === '');
  }

  /** The selection now: the document's while focused, the kept one otherwise. */
  #selection(): Span {
    if (this.#focused()) {
      const live = this.#liveSelection();
      if (live) this.#kept = live;
    }
    const length = this.value.length;
    const end = Math.min(this.#kept.end, length);
    return { start: Math.min(this.#kept.start, end), end, direction: this.#kept.direction };
  }

  #liveSelection(): Span | undefined {
    const selection = document.getSelection();
    const range = selectedRange(this.getRootNode());
    if (!selection || !range || !this.contains(range.startContainer) || !this.contains(range.endContainer))
      return undefined;
    const start = this.#offsetOf(range.startContainer, range.startOffset);
    const end = this.#offsetOf(range.endContainer, range.endOffset);
    let direction: Direction = start === end ? 'none' : 'forward';
    const { anchorNode, focusNode } = selection;
    if (start !== end && anchorNode && focusNode && this.contains(anchorNode) && this.contains(focusNode)) {
      if (this.#offsetOf(focusNode, selection.focusOffset) < this.#offsetOf(anchorNode, selection.anchorOffset))
        direction = 'backward';
    }
    return { start, end, direction };
  }

  /** The value offset of a DOM boundary point inside the content. */
  #offsetOf(node: Node, offset: number): number {
    if (node instanceof Text && node === this.firstChild) return offset;
    const before = document.createRange();
    before.setStart(this, 0);
    before.setEnd(node, offset);
    return this.#pieces(before.cloneContents())
      .map((piece) => piece.text)
      .join('').length;
  }

  /** The DOM boundary point of a value offset (inside a text node where there is one). */
  #pointAt(offset: number): [Node, number] {
    let total = 0;
    for (const { node, text } of this.#pieces()) {
      if (node instanceof Text && offset <= total + text.length) return [node, offset - total];
      if (!(node instanceof Text) && offset === total) return [node.parentNode!, indexOf(node)];
      total += text.length;
    }
    return [this, this.childNodes.length];
  }

  #select(span: Span): void {
    this.#kept = span;
    const selection = document.getSelection();
    if (!selection || !this.#focused()) return;
    const [base, extent] = span.direction === 'backward' ? [span.end, span.start] : [span.start, span.end];
    selection.setBaseAndExtent(...this.#pointAt(base), ...this.#pointAt(extent));
  }

  #syncState(): void {
    if (!this.#editable) return;
    const editable = !this.#disabled && !this.#readOnly;
    this.contentEditable = editable ? this.#editable : 'false';
    if (this.#disabled) this.removeAttribute('tabindex');
    else this.tabIndex = 0;
    this.setAttribute('aria-multiline', String(!this.#singleLine));
    this.toggleAttribute('data-single-line', this.#singleLine);
    this.setAttribute('aria-readonly', String(this.#readOnly));
    this.setAttribute('aria-disabled', String(this.#disabled));
  }

  /**
   * mlreq: the arrow keys move physically. WebKit moves a vertical contenteditable's caret by
   * line with ↓/↑ (its textarea is never vertical), so they are taken here in every engine: ↓/↑
   * along the column (a character forward/back), →/← to the next/previous column (a line), Shift
   * extending the selection.
   */
  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = ARROW_MOVES[event.key];
    const selection = document.getSelection();
    if (!move || !selection || !this.#focused()) return;
    event.preventDefault();
    selection.modify(event.shiftKey ? 'extend' : 'move', move[0], move[1]);
  };

  #onBeforeInput = (event: InputEvent): void => {
    if (this.#disabled || this.#readOnly) return void event.preventDefault();
    const type = event.inputType;
    const lineBreak = type === 'insertParagraph' || type === 'insertLineBreak';
    if (lineBreak && this.#singleLine) return void event.preventDefault();
    if (!type.startsWith('insert') || type === 'insertCompositionText') return;
    const data = lineBreak ? '\n' : (event.data ?? event.dataTransfer?.getData('text/plain') ?? null);
    if (data === null) return;
    let text = data.replace(/\r\n?/g, '\n');
    if (this.#singleLine) text = text.replace(/\n+/g, ' ');
    const { start, end } = this.#selection();
    const room = this.#maxLength < 0 ? Infinity : Math.max(0, this.#maxLength - (this.value.length - (end - start)));
    // What the browser would insert itself is left to it: that keeps its undo history.
    if (text === data && text.length <= room) return;
    event.preventDefault();
    const inserted = [...text].reduce((kept, ch) => (kept.length + ch.length <= room ? kept + ch : kept), '');
    if (inserted === '') return;
    this.setRangeText(inserted, start, end, 'end');
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: type, data: inserted }));
  };

  #onInput = (): void => {
    let value = this.value;
    if (this.#singleLine && value.includes('\n') && !this.#composing) {
      // A line break that came in without a beforeinput (execCommand from a script): a space, as in an <input>.
      const { start, end } = this.#selection();
      value = value.replace(/\n/g, ' ');
      this.#write(value);
      this.#select({ start, end, direction: 'none' });
    }
    this.toggleAttribute('data-empty', value === '');
    if (!this.#composing && this.#maxLength >= 0 && value.length > this.#maxLength) {
      // An IME commit is not refused before it lands: the characters past the limit before the caret go.
      const caret = this.#selection().end;
      const excess = value.length - this.#maxLength;
      const from = Math.max(0, caret - excess);
      this.#write(value.slice(0, from) + value.slice(from + excess));
      this.#select({ start: from, end: from, direction: 'none' });
    }
  };

  #onSelectionChange = (): void => {
    if (!this.#focused()) return;
    const before = this.#kept;
    const live = this.#liveSelection();
    if (!live) return;
    this.#kept = live;
    if (live.start !== live.end && (live.start !== before.start || live.end !== before.end))
      this.dispatchEvent(new Event('select', { bubbles: true }));
  };

  #onFocus = (): void => {
    this.#valueAtFocus = this.value;
    // Focus by keyboard or script comes back to the kept selection, as a <textarea>'s does; a
    // pointer puts the caret where it pressed.
    if (!this.#pointerFocus) this.#select(this.#kept);
    this.#pointerFocus = false;
  };

  #onBlur = (): void => {
    this.#pointerFocus = false;
    const live = this.#liveSelection();
    if (live) this.#kept = live;
    if (this.#valueAtFocus !== undefined && this.#valueAtFocus !== this.value)
      this.dispatchEvent(new Event('change', { bubbles: true }));
    this.#valueAtFocus = undefined;
  };
}

/**
 * Registers <bichig-editable-text> (once), when a field first needs it: a call rather than an
 * import's side effect, so that a bundler that drops side-effect-free modules keeps it.
 */
export function defineEditableControl(): void {
  defineElement('bichig-editable-text', EditableTextControl);
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-editable-text': EditableTextControl;
  }
}
