// The mlreq wheel rule for an element's vertical (Mongolian) boxes: a vertical wheel over a box of
// class `vertical` that overflows sideways scrolls it horizontally (one line a notch).
import { isVerticalWheel, scrollOnWheel } from '../wheel.js';

/** A `wheel` listener (add it with `passive: false`) for a host whose vertical boxes have class `vertical`. */
export function scrollVerticalBoxOnWheel(event: WheelEvent): void {
  if (!isVerticalWheel(event)) return;
  const scroller = event
    .composedPath()
    .find(
      (node): node is HTMLElement =>
        node instanceof HTMLElement && node.classList.contains('vertical') && node.scrollWidth > node.clientWidth,
    );
  if (scroller) scrollOnWheel(event, scroller);
}
