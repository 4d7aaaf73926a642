/**
 * mlreq caret moves at the end of a column of a vertical <textarea>: ↓ at the end of a column
 * continues at the top of the next. The text control API has no caret affinity, so the offset the
 * browser shows at the end of a column (upstream, at a soft wrap; the same offset is also the top
 * of the next column) is tracked from the moves that put the caret there (End, a click).
 */
import { softWrapBefore, syncMirror } from './control-marks.js';
import { isSingleLineControl, type TextControl as NativeControl } from './text-control.js';

export class ColumnCaret {
  readonly #control: () => NativeControl | null;
  readonly #mirror: () => HTMLElement | null;
  /** The caret offset shown at the end of a column, while it is there. */
  #atColumnEnd: number | undefined;

  constructor(control: () => NativeControl | null, mirror: () => HTMLElement | null) {
    this.#control = control;
    this.#mirror = mirror;
  }

  /** Typing or a pointer press moves the caret off the column's end. */
  forget = (): void => {
    this.#atColumnEnd = undefined;
  };

  /** Handles ↓ at a column's end (returns true: the key is done) and notes where End leaves the caret. */
  keydown(event: KeyboardEvent): boolean {
    const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    const at = this.#atColumnEnd;
    this.#atColumnEnd = undefined;
    const control = this.#control();
    if (plain && event.key === 'ArrowDown' && at !== undefined && control) {
      if (control.selectionStart === at && control.selectionEnd === at) {
        // The browser would step past the first character of the next column; the same offset
        // set afresh is drawn at its top.
        event.preventDefault();
        control.setSelectionRange(at, at);
        return true;
      }
    }
    if (plain && event.key === 'End') {
      // After the browser's own move: End puts the caret at the end of the column.
      setTimeout(() => (this.#atColumnEnd = this.#softWrapAtCaret()?.offset));
    }
    return false;
  }

  /** A click after the last character of a column leaves the caret at that column's end. */
  pointerup = (event: PointerEvent): void => {
    const x = event.clientX;
    setTimeout(() => {
      const wrap = this.#softWrapAtCaret();
      this.#atColumnEnd = wrap && x >= wrap.column.left - 1 && x <= wrap.column.right + 1 ? wrap.offset : undefined;
    });
  };

  /** The soft wrap at the collapsed caret, if any (measured in the mirror). */
  #softWrapAtCaret(): { offset: number; column: { left: number; right: number } } | undefined {
    const control = this.#control();
    const mirror = this.#mirror();
    if (!control || !mirror || isSingleLineControl(control)) return undefined;
    if (control.selectionStart !== control.selectionEnd) return undefined;
    const offset = control.selectionStart ?? 0;
    const column = softWrapBefore(syncMirror(control, mirror, false), offset);
    return column ? { offset, column } : undefined;
  }
}
