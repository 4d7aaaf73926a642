import { isSingleLineControl, type TextControl } from './text-control.js';

/**
 * Inserts text into a native text control as typing would: through `insertText` (so it joins the
 * browser's undo history and honours maxlength), or, where that command is unavailable, by setting
 * the range and firing the `input` event a paste fires. Single-line controls get line breaks as
 * spaces. DOM only, nothing else: the search box imports it without the paste conversion.
 */
export function insertPastedText(control: TextControl, text: string): void {
  if (isSingleLineControl(control)) text = text.replace(/\r\n?|\n/g, ' ');
  control.focus();
  if (document.execCommand('insertText', false, text)) return;
  const start = control.selectionStart ?? control.value.length;
  const end = control.selectionEnd ?? start;
  control.setRangeText(text, start, end, 'end');
  control.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }),
  );
}
