import { css } from 'lit';

export const bichigBilingualStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .switch {
    display: flex;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .switch button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.3em 1em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    cursor: pointer;
  }
  .switch button[aria-pressed='true'] {
    background: var(--_surface);
    border-color: var(--_focus);
    font-weight: 700;
  }
  .switch button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .panes {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--bichig-bilingual-gap, 2em);
  }
  .pane {
    min-inline-size: 0;
    min-block-size: 0;
  }
  .pane[hidden] {
    display: none;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
  /* Wide: both versions side by side, Chinese first (left), and no switch. */
  @container (min-width: 48rem) {
    .switch {
      display: none;
    }
    .panes {
      grid-template-columns: minmax(0, var(--bichig-bilingual-zh-share, 1fr)) minmax(
          0,
          var(--bichig-bilingual-mn-share, 1fr)
        );
    }
    .pane[hidden] {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .switch button[aria-pressed='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
