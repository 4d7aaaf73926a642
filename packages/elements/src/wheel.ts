/**
 * The mouse wheel over vertical Mongolian (W3C mlreq: lines advance left→right, so the wheel
 * scrolls horizontally). One helper for every scroller bichig draws: the column layouts, the flow,
 * the fields, and the portal's page.
 */

/**
 * How far (in px) a wheel event's vertical delta moves a vertical-text scroller.
 *
 * Pixel deltas are taken as they are. A line delta (Firefox sends these: 3 lines a notch) moves by
 * the scroller's own line height — in vertical-lr text a line is one column, so a notch advances
 * three columns, as a notch scrolls three lines of horizontal text. A page delta moves by `page`
 * (default: the scroller's visible width).
 */
export function wheelDistance(event: WheelEvent, scroller: Element, page: number = scroller.clientWidth): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return event.deltaY * lineHeightOf(scroller);
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return event.deltaY * page;
  return event.deltaY;
}

/** The used line height of `element` in px ('normal' is taken as 1.2 × the font size, as browsers do). */
export function lineHeightOf(element: Element): number {
  const style = getComputedStyle(element);
  const lineHeight = parseFloat(style.lineHeight);
  if (Number.isFinite(lineHeight) && lineHeight > 0) return lineHeight;
  const fontSize = parseFloat(style.fontSize);
  return (Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 16) * 1.2;
}

/** Whether a wheel event asks to scroll vertical text: mostly vertical, and not a pinch-zoom (ctrl+wheel). */
export function isVerticalWheel(event: WheelEvent): boolean {
  return !event.ctrlKey && Math.abs(event.deltaY) > Math.abs(event.deltaX);
}

/**
 * Scrolls `scroller` horizontally by a vertical wheel event and cancels the event when it moved.
 * At either end (or for a horizontal or ctrl+wheel) it does nothing, so the page scrolls on.
 * Returns whether it scrolled.
 */
export function scrollOnWheel(event: WheelEvent, scroller: Element): boolean {
  if (!isVerticalWheel(event)) return false;
  const max = scroller.scrollWidth - scroller.clientWidth;
  if (max <= 0) return false;
  const target = Math.min(max, Math.max(0, scroller.scrollLeft + wheelDistance(event, scroller)));
  if (Math.abs(target - scroller.scrollLeft) < 0.5) return false;
  scroller.scrollLeft = target;
  event.preventDefault();
  return true;
}
