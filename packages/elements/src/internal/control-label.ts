import { css, html, type TemplateResult } from 'lit';

/**
 * A button's label, set in the writing mode of the text around the button.
 *
 * Chromium, Firefox and Safari 17.4+ set a <button> in the page's vertical-lr; WebKitGTK and older
 * Safari force it to horizontal-tb (a `!important` rule of their own style sheet), so a Mongolian
 * label inside lies on its side. An inline-block inside the button keeps a writing mode of its own
 * in every engine: it takes `--bichig-writing-mode`, which a vertical context declares beside its
 * `writing-mode: vertical-lr` (the column elements' `.vertical`, the keyboard, the portal's
 * `html.vertical`). Where nothing declares it, the label inherits the button's own mode, as before.
 * One rule for the three engines: where the button is vertical already, the label is the same.
 */
export function controlLabel(content: unknown): TemplateResult {
  return html`<span class="control-label">${content}</span>`;
}

/** The styles `controlLabel` needs, for an element that renders buttons with it. */
export const controlLabelStyles = css`
  .control-label {
    display: inline-block;
    writing-mode: var(--bichig-writing-mode);
  }
`;
