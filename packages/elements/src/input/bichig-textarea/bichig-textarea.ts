import { bichigTextareaStyles } from './bichig-textarea.styles.js';
import { VerticalFieldBase } from '../field/vertical-field.js';

/**
 * A multi-line text field for traditional Mongolian, set vertically: columns run top→bottom and
 * advance left→right (W3C mlreq), the caret lies across the column, ↓/↑ move along the text
 * (↓ at the end of a column continues at the top of the next), →/← move to the next/previous
 * column, and the mouse wheel scrolls horizontally.
 *
 * It is a real <textarea> in vertical-lr with the Mongolian font first, so the browser's own
 * editing, IME composition, undo and accessibility apply; the host is form-associated
 * (ElementInternals): `name`, `value`, `required`, `maxlength`, `minlength`, `disabled`,
 * `readonly`, validity, form reset and submission work as on a <textarea>. The value is exactly
 * the Unicode typed (FVS, MVS, NNBSP, ZWJ, ZWNJ included); pasted content is reduced to plain
 * text; `show-controls` shows the invisible format controls as small named marks without
 * changing the value. Its starting value is its text content, as for <textarea>.
 * Pair it with <bichig-keyboard> for an on-screen Mongolian keyboard.
 *
 * @summary Vertical, form-associated Mongolian text area.
 *
 * @csspart frame - The box around the control and the marks.
 * @csspart control - The native <textarea> that holds the text.
 * @csspart marks - The layer with the format-control marks (`show-controls`).
 * @csspart control-mark - One format-control mark (its text is FVS1…FVS4, MVS, NNBSP, ZWJ, ZWNJ).
 *
 * @cssprop --bichig-color-text - Text colour (default: currentColor).
 * @cssprop --bichig-color-border - Border of the field.
 * @cssprop --bichig-color-focus - Focus ring.
 * @cssprop --bichig-color-mark - Colour of the format-control marks.
 * @cssprop --bichig-line-height - Column pitch as a multiple of the font size (default 1.8).
 *
 * @event input - The value changed by typing, pasting or the on-screen keyboard (from the inner control; composed).
 * @event change - The value was committed (the field lost focus after a change).
 * @event select - The selection changed.
 */
export class BichigTextarea extends VerticalFieldBase {
  static override styles = bichigTextareaStyles;

  readonly singleLine = false;

  protected initialValue(): string {
    return this.textContent ?? '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-textarea': BichigTextarea;
  }
}
