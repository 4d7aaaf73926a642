import { css } from 'lit';

export const siteHeaderStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    padding: 0.75em 1em;
    background: var(--bichig-header-background, #0d3b78);
    color: var(--bichig-header-color, #fff);
  }
  .home {
    display: flex;
    align-items: center;
    gap: 0.75em;
    color: inherit;
    text-decoration: none;
    min-inline-size: 0;
  }
  .home:hover .name-zh,
  .home:focus-visible .name-zh {
    text-decoration: underline;
  }
  .name-zh {
    font-size: clamp(1.25em, 4vw, 2em);
    font-weight: 700;
    letter-spacing: 0.05em;
    line-height: 1.2;
  }
  .name-mn {
    writing-mode: vertical-lr;
    block-size: auto;
    height: var(--bichig-header-mn-height, 7em);
    font-size: 0.9em;
    --bichig-line-height: 1.5;
    overflow: hidden;
  }
  .mongolian-first .name-mn {
    font-size: 1.2em;
    height: var(--bichig-header-mn-height, 9em);
  }
  .mongolian-first .name-zh {
    font-size: 1em;
    font-weight: 400;
  }
  .tools {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  :host {
    --bichig-color-focus: #ffd54f;
  }
`;
