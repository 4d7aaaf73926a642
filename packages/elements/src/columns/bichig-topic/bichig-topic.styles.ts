import { css } from 'lit';

export const topicStyles = css`
  .banner {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: 0.75em;
  }
  .topic-title {
    font-size: 1.4em;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .summary-text {
    margin: 0 0 0.5em;
  }
  .period {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.75em;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 2px solid var(--_border);
    margin-block-end: 0.5em;
  }
  [role='tab'] {
    border-radius: 4px 4px 0 0;
    border-block-end: 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_link);
    color: var(--_surface); /* the link colour's counterpart: stays readable when high contrast makes links yellow */
    border-color: var(--_link);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 1em;
  }
  .card {
    border: 1px solid var(--_border);
    padding: 0.75em;
    border-radius: 4px;
    display: block;
  }
  .ended {
    color: var(--_muted);
  }
  .vertical .topic-title,
  .vertical .summary-text,
  .vertical .period,
  .vertical .banner {
    margin: 0 0.75em 0 0;
  }
  .vertical [role='tablist'] {
    border-block-end: 0;
    border-right: 2px solid var(--_border);
    margin: 0 0.5em 0 0;
  }
  .vertical .cards {
    display: block;
  }
  .vertical .card {
    margin-right: 0.75em;
  }
  .vertical .banner {
    max-inline-size: none;
    max-height: 100%;
    max-width: 20rem;
    width: auto;
    height: auto;
  }
`;
