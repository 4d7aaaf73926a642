import { css } from 'lit';

export const navStyles = css`
  nav {
    background: var(--bichig-nav-background, #1565c0);
    color: var(--bichig-nav-color, #fff);
    --bichig-color-focus: #ffd54f;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
  }
  .bar > li {
    position: relative;
    display: flex;
    align-items: stretch;
  }
  a {
    color: inherit;
    text-decoration: none;
    display: flex;
    align-items: center;
    padding: 0.6em 0.9em;
    min-block-size: 2.75rem;
  }
  a:hover,
  a:focus-visible,
  a[aria-current='page'] {
    background: rgb(0 0 0 / 0.25);
  }
  a[aria-current='page'] {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .toggle {
    background: transparent;
    color: inherit;
    border: 0;
    border-radius: 0;
    padding: 0 0.4em;
    min-inline-size: 2rem;
  }
  .toggle[aria-expanded='true'] {
    background: rgb(0 0 0 / 0.25);
  }
  .submenu {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 10;
    min-inline-size: 100%;
    background: var(--bichig-nav-background, #1565c0);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
  }
  .submenu[hidden] {
    display: none;
  }
  .submenu a {
    white-space: nowrap;
  }
  /* Vertical Mongolian: each menu item is a vertical column; items advance left→right. */
  nav.vertical {
    height: var(--bichig-column-height, 12em);
    overflow-x: auto;
    overflow-y: visible;
  }
  /* In vertical-lr the flex "column" direction is the block axis: left→right. */
  .vertical .bar {
    flex-direction: column;
    flex-wrap: nowrap;
    inline-size: 100%;
  }
  .vertical .bar > li {
    flex-direction: row;
  }
  .vertical a {
    padding: 0.9em 0.5em;
  }
  .vertical .submenu {
    position: static;
    box-shadow: none;
    background: rgb(0 0 0 / 0.15);
  }
`;
