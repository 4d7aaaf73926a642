import { bichigInputStyles } from './bichig-input.styles.js';
import { VerticalFieldBase } from '../field/vertical-field.js';

/**
 * A single-line text field for traditional Mongolian: one vertical column (top→bottom) that
 * scrolls along its length, for a search box or a name. Enter submits the form; pasted line
 * breaks become spaces. Otherwise as <bichig-textarea>: a real native <input> in vertical-lr with
 * the Mongolian font first (browser editing, IME, accessibility), form-associated through
 * ElementInternals (`name`, `value`, `required`, `maxlength`, `minlength`, `disabled`, `readonly`,
 * validity, reset, submission), the value exactly the Unicode typed, `show-controls` marks.
 * Its starting value is its `value` attribute, as for <input>.
 *
 * @summary Vertical, form-associated single-line Mongolian field.
 *
 * @csspart frame - The box around the control and the marks.
 * @csspart control - The native <input> that holds the text.
 * @csspart marks - The layer with the format-control marks (`show-controls`).
 * @csspart control-mark - One format-control mark.
 *
 * @cssprop --bichig-color-text - Text colour (default: currentColor).
 * @cssprop --bichig-color-border - Border of the field.
 * @cssprop --bichig-color-focus - Focus ring.
 * @cssprop --bichig-color-mark - Colour of the format-control marks.
 *
 * @event input - The value changed (from the inner control; composed).
 * @event change - The value was committed.
 * @event select - The selection changed.
 */
export class BichigInput extends VerticalFieldBase {
  static override styles = bichigInputStyles;

  static override properties = {
    ...VerticalFieldBase.properties,
    enterKeyHint: { attribute: 'enterkeyhint' },
  };

  declare enterKeyHint: string;

  readonly singleLine = true;

  protected initialValue(): string {
    return this.getAttribute('value') ?? '';
  }

  protected override controlEnterKeyHint(): string {
    return this.enterKeyHint;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-input': BichigInput;
  }
}
