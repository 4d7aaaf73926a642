import { css } from 'lit';

export const a11yToolbarStyles = css`
  :host {
    display: block;
  }
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    align-items: center;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.75em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_link);
    border-color: var(--_link);
    color: var(--_surface); /* the link colour's counterpart: stays readable when high contrast makes links yellow */
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .scale {
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.5em;
    text-align: center;
  }
  .guide {
    position: fixed;
    z-index: 2147483647;
    pointer-events: none;
    background: var(--bichig-guide-color, rgb(255 213 79 / 0.45));
    border: 1px solid rgb(0 0 0 / 0.5);
  }
  .guide.horizontal {
    inset-inline: 0;
    height: 2.2em;
    transform: translateY(-50%);
  }
  .guide.vertical {
    inset-block: 0;
    width: 2.2em;
    transform: translateX(-50%);
  }
  @media (forced-colors: active) {
    .guide {
      background: Highlight;
      opacity: 0.4;
    }
  }
`;
