// <bichig-search>'s box: a native search field, or on a vertical page in an engine that keeps
// form controls horizontal (WebKitGTK, Safari before 17.4), a <bichig-input> (one vertical
// column, edited through its editable control), so a Mongolian query is set vertically like
// every other Mongolian field and the box does not stand across the page.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { verticalFormControls } from '../../internal/vertical-controls.js';

export interface SearchBoxOptions {
  lang: string;
  value: string;
  /** The element the box is in: its writing mode decides which box it gets. */
  host: HTMLElement;
  onInput: (value: string) => void;
  onPaste: (event: ClipboardEvent) => void;
}

/** True when the box must be a <bichig-input>: a vertical page and no vertical form controls. */
export function needsVerticalField(host: HTMLElement): boolean {
  return !verticalFormControls() && getComputedStyle(host).writingMode.startsWith('vertical');
}

let fieldLoading: Promise<unknown> | undefined;

/** The box (`#query`, part `input`). */
export function renderSearchBox(options: SearchBoxOptions): TemplateResult {
  const placeholder = msg('输入关键词', { id: 'search.placeholder' });
  const onInput = (event: Event): void => options.onInput((event.target as HTMLInputElement).value);
  if (needsVerticalField(options.host)) {
    // Loaded only where it is needed; it converts pasted Menksoft itself.
    fieldLoading ??= import('../../input/bichig-input.js');
    return html`<bichig-input
      id="query"
      part="input"
      name="q"
      lang=${options.lang}
      .value=${options.value}
      @input=${onInput}
      placeholder=${placeholder}
      enterkeyhint="search"
      autocomplete="off"
    ></bichig-input>`;
  }
  return html`<input
    id="query"
    part="input"
    type="search"
    name="q"
    lang=${options.lang}
    .value=${options.value}
    @paste=${options.onPaste}
    @input=${onInput}
    placeholder=${placeholder}
    enterkeyhint="search"
    autocomplete="off"
  />`;
}
