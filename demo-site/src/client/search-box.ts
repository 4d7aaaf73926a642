// The header's search box on a vertical (Mongolian) page, in an engine that lays a native <input>
// out horizontally whatever the page says (WebKitGTK, Safari before 17.4): there the word typed
// lay on its side in a wide horizontal box. The box becomes a <bichig-input>, which such engines
// set in vertical-lr (its control is then a contenteditable, input/field/editable-control.ts): the
// same id (its <label for>), name and enterkeyhint, form-associated, so the GET form submits `q`
// as before and Enter submits it; the browser's editing, IME and the virtual keyboard (which types
// into any vertical field) stay, and the value is exactly what was typed. Whatever was typed into
// the native box before it came is kept, with the focus. main.ts loads this only there; without
// JavaScript, or in engines that set the native box vertically, the native box is the one used.
import '@bichig/elements/bichig-input.js';
import type { BichigInput } from '@bichig/elements';
import { prepareElements } from './page.js';

/** Replaces the native search box `input` by a vertical field with its name, label and text. */
export async function verticalSearchBox(input: HTMLInputElement): Promise<void> {
  await prepareElements();
  const field = document.createElement('bichig-input') as BichigInput;
  for (const name of ['id', 'name', 'enterkeyhint', 'lang'])
    if (input.hasAttribute(name)) field.setAttribute(name, input.getAttribute(name)!);
  field.value = input.value;
  const focused = document.activeElement === input;
  const [start, end] = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length];
  input.replaceWith(field);
  await field.updateComplete;
  if (focused) {
    field.focus();
    field.setSelectionRange(start, end);
  }
}
