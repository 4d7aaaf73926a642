import { LitElement, css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from './define.js';
import { themeTokens } from './theme.js';

/**
 * `<bichig-select>`: a native `<select>` (its one child) whose closed face reads in the writing mode
 * of the text around it.
 *
 * WebKitGTK and Safari before 17.4 keep a <select> horizontal whatever the page says, so on a
 * vertical Mongolian page its chosen option lies on its side. In a vertical context this element
 * draws the chosen option's text in its own face, in the context's vertical-lr (it is no form
 * control, so every engine sets it vertically), and lays the real select, transparent, over that
 * face: a click, a tap, focus and the keys still go to the native select, which opens the engine's
 * own option list and keeps its label, its value in the form and its events. The face is hidden
 * from assistive technology; the focus ring is drawn around it. The same in the three engines: no
 * engine is asked what it supports. In a horizontal context the select is shown as it is.
 *
 * The face follows the select: its `change` and `input`, and any change a renderer makes to its
 * options or attributes (a MutationObserver), update the text and the invalid mark (`aria-invalid`); a change of the context's writing mode (a page
 * switching language around it) changes this element's box, which a ResizeObserver reports.
 */
export class BichigSelect extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      /* Important: the select is styled by the element it is rendered in, whose rules would otherwise
       win over ::slotted (an outer scope's normal declarations come first; its important ones last). */
      :host([vertical]) ::slotted(select) {
        position: absolute !important;
        inset: 0 !important;
        inline-size: 100% !important;
        block-size: 100% !important;
        min-inline-size: 0 !important;
        min-block-size: 0 !important;
        margin: 0 !important;
        opacity: 0 !important;
        cursor: pointer;
      }
      [part~='face'] {
        display: none;
      }
      :host([vertical]) [part~='face'] {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        box-sizing: border-box;
        min-inline-size: 2.75rem;
        min-block-size: 2.75rem;
        padding: 0.5em 0.25em;
        border: 1px solid var(--_border);
        border-radius: 4px;
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
        line-height: 1.4;
        white-space: nowrap;
      }
      /* A select marked invalid (aria-invalid) keeps its warning border on the face it lies over. */
      :host([vertical][invalid]) [part~='face'] {
        border: 2px solid var(--_danger, #b3261e);
      }
      :host([vertical]:focus-within) [part~='face'] {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      /* A down-pointing chevron in a vertical line: the list opens below, as a select's does. */
      [part~='face-text'] {
        max-inline-size: 16em;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      [part~='face-arrow'] {
        font-size: 0.75em;
        text-orientation: upright;
      }
    `,
  ];

  static override properties = {
    text: { state: true },
  };

  declare private text: string;
  #observer: MutationObserver | undefined;
  #resizes: ResizeObserver | undefined;

  constructor() {
    super();
    this.text = '';
  }

  /** The select this element faces. */
  get select(): HTMLSelectElement | null {
    return this.querySelector(':scope > select');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onChange);
    this.#observer ??= new MutationObserver(this.#onChange);
    this.#observer.observe(this, { subtree: true, childList: true, attributes: true, characterData: true });
    this.#resizes ??= new ResizeObserver(this.#onResize);
    this.#resizes.observe(this);
    this.#update();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('input', this.#onChange);
    this.#observer?.disconnect();
    this.#resizes?.disconnect();
  }

  /** The select, its options or the context changed: read the chosen text and the writing mode again. */
  readonly #onChange = (): void => this.#update();

  /**
   * The box changed size: read the writing mode again in the next frame, not in the observer's
   * callback — showing or hiding the face resizes this same box, which inside the callback is a
   * ResizeObserver loop (an error event on the page).
   */
  readonly #onResize = (): void => {
    requestAnimationFrame(() => this.#update());
  };

  #update(): void {
    const select = this.select;
    this.text = select?.selectedOptions[0]?.text.trim() ?? '';
    this.toggleAttribute('invalid', select?.getAttribute('aria-invalid') === 'true');
    // The context's writing mode (this element is no form control: every engine reports it).
    this.toggleAttribute('vertical', getComputedStyle(this).writingMode.startsWith('vertical'));
  }

  protected override render(): TemplateResult {
    return html`<slot @slotchange=${this.#onChange}></slot
      ><span part="face" aria-hidden="true"
        ><span part="face-text">${this.text}</span><span part="face-arrow">▼</span></span
      >`;
  }
}

defineElement('bichig-select', BichigSelect);

declare global {
  interface HTMLElementTagNameMap {
    'bichig-select': BichigSelect;
  }
}
