// Shared setup of the fallback tests (fallback-font, fallback-wasm, fallback-module): a
// <bichig-text> holding the UDHR article, its bichig-fallback events, and the native text it shows.
import { expect } from '@esm-bundle/chai';
import type { BichigText, BichigFallbackEvent } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from '../fixtures/udhr.js';

export interface Mounted {
  element: BichigText;
  /** Every bichig-fallback event the element dispatched so far. */
  fallbacks: BichigFallbackEvent[];
  /** The first bichig-fallback event. */
  fallback: Promise<BichigFallbackEvent>;
}

/** Appends a `<bichig-text renderer=… block-size="300">` with the UDHR article, listening before it connects. */
export function mountText(renderer: string): Mounted {
  const element = document.createElement('bichig-text') as BichigText;
  element.setAttribute('renderer', renderer);
  element.setAttribute('block-size', '300');
  element.textContent = UDHR_ARTICLE_1_MN;
  const fallbacks: BichigFallbackEvent[] = [];
  const fallback = new Promise<BichigFallbackEvent>((resolve) =>
    element.addEventListener('bichig-fallback', (event) => {
      fallbacks.push(event);
      resolve(event);
    }),
  );
  document.body.append(element);
  return { element, fallbacks, fallback };
}

/** The element shows the whole article as native text, at least 20 px wide; returns that text's node. */
export function expectNativeText(element: BichigText): Element {
  const text = element.shadowRoot!.querySelector('.native')!;
  expect(text.textContent).to.equal(UDHR_ARTICLE_1_MN);
  expect(text.getBoundingClientRect().width).to.be.greaterThan(20);
  return text;
}
