/**
 * The control a vertical field edits through, whichever it is: a native <textarea>/<input>, or
 * where the engine lays those out horizontally, a <bichig-editable-text> with the same API
 * (editable-control.ts). Types and checks only, so that importing them defines no element.
 */
import type { EditableTextControl } from './editable-control.js';

export type TextControl = HTMLTextAreaElement | HTMLInputElement | EditableTextControl;

/** True for a text control: a native <textarea>, an <input>, or a <bichig-editable-text>. */
export function isTextControl(node: unknown): node is TextControl {
  return (
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLInputElement ||
    (node instanceof HTMLElement && node.localName === 'bichig-editable-text')
  );
}

/** True for a control of one line: an <input>, or the editable control of a <bichig-input>. */
export function isSingleLineControl(control: TextControl): boolean {
  if (control instanceof HTMLInputElement) return true;
  return !(control instanceof HTMLTextAreaElement) && control.singleLine;
}
