import { css } from 'lit';

export const pictureNewsStyles = css`
  .carousel {
    position: relative;
    max-inline-size: 48rem;
  }
  .slide {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .picture {
    aspect-ratio: var(--bichig-picture-ratio, 16 / 9);
    background: var(--_surface);
    overflow: hidden;
  }
  .picture img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    display: block;
  }
  .caption {
    padding: 0.5em 0;
    font-size: 1.05em;
  }
  .caption a {
    text-decoration: none;
  }
  .caption a:hover,
  .caption a:focus-visible {
    text-decoration: underline;
  }
  /* Mongolian: picture on the left, the headline as vertical columns to its right. */
  /* Mongolian: a slide of fixed height, the picture filling the width the headline's vertical
     columns leave. */
  .slide.vertical-caption {
    flex-direction: row;
    gap: 0.75em;
    height: var(--bichig-picture-height, 15rem);
  }
  .slide.vertical-caption .picture {
    flex: 1 1 auto;
    min-width: 0;
    aspect-ratio: auto;
    height: 100%;
  }
  .slide.vertical-caption .caption {
    writing-mode: vertical-lr;
    padding: 0;
    flex: none;
    height: 100%;
    max-width: 45%;
    overflow: hidden;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    align-items: center;
    margin-block-start: 0.5em;
  }
  .picker[aria-current='true'] {
    background: var(--_link);
    color: var(--_surface); /* the link colour's counterpart: stays readable when high contrast makes links yellow */
    border-color: var(--_link);
  }
`;
