import { css } from 'lit';

export const interviewStyles = css`
  .interviews {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .interviews button {
    text-align: start;
  }
  .interviews button[aria-current='true'] {
    border-color: var(--_link);
    box-shadow: inset 0 0 0 1px var(--_link);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 3px;
    font-size: 0.875em;
    border: 1px solid currentColor;
    margin: 0;
  }
  .badge.live {
    background: #b3261e;
    color: #fff;
    border-color: #b3261e;
  }
  .badge.preview {
    color: #0b57d0;
  }
  h2 {
    margin: 0.25em 0;
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.05em;
    margin: 0.75em 0 0.25em;
  }
  .when {
    color: var(--_muted);
    margin: 0.25em 0;
  }
  .guests {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .guest-title {
    color: var(--_muted);
  }
  video {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    background: #000;
    margin-block: 0.75em;
  }
  .transcript {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .transcript li {
    margin-block-end: 0.75em;
  }
  .speaker {
    font-weight: bold;
  }
  .speaker::after {
    content: '：';
  }
  .vertical .speaker::after {
    content: ':';
  }
  time {
    color: var(--_muted);
    margin-inline-start: 0.5em;
    font-size: 0.875em;
  }
  .words {
    margin: 0.25em 0 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: 4px;
  }
  /* Mongolian: the interview is one vertical line; the list and the transcript advance left→right. */
  .vertical .interviews {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  .vertical video {
    /* Images and video are never rotated (mlreq): size them physically. */
    writing-mode: horizontal-tb;
    inline-size: min(24rem, 70vw);
    block-size: auto;
  }
  .vertical .transcript li {
    margin-block-end: 1em;
  }
`;
