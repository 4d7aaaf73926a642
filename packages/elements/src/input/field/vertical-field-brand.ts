// Which elements are vertical fields (<bichig-textarea>, <bichig-input>, anything built on their
// base), told without importing the base class: <bichig-keyboard> asks this of every field it may
// type into, and on a page whose fields are native controls (the search box) importing the base
// for an `instanceof` would download the whole field (its caret, marks, labels, paste conversion).
import type { TextControl } from './text-control.js';

/** What a vertical field reports to the keyboard and to tests: the native control doing the editing. */
export interface VerticalTextField extends HTMLElement {
  readonly nativeControl: TextControl | null;
  readonly singleLine: boolean;
}

/** The brand on the base's prototype (a registry symbol, so two copies of the package agree). */
export const VERTICAL_FIELD_BRAND: unique symbol = Symbol.for('bichig.vertical-field') as never;

/** True for a <bichig-textarea> / <bichig-input> (or any element built on their base). */
export function isVerticalTextField(element: Element): element is VerticalTextField {
  return (element as Element & { [VERTICAL_FIELD_BRAND]?: boolean })[VERTICAL_FIELD_BRAND] === true;
}
