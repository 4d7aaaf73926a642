// The order of a page's start on a slow phone: its text first, then the interactive columns, in
// steps. Each task over 50 ms blocks a tap (and Lighthouse counts it as blocking time).

const root = document.documentElement;

/**
 * Resolves in a later task, so that the browser can paint and answer input between the steps of a
 * page's start.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long browsers keep text blank for a `font-display: block` face before they show a fallback. */
const FONT_BLOCK_PERIOD_MS = 3_000;

/**
 * Resolves once a Mongolian page's text can be painted: its font (`font-display: block`, so the
 * text is blank until then) has loaded, and a task has passed in which the browser paints it. The
 * interactive columns start after that, so their scripts never hold the main thread when the font
 * arrives and the reader waits to read. A Chinese page (system fonts) waits for nothing; a font
 * that fails, or is still on its way when the browser gives up and shows the fallback, holds the
 * columns no longer.
 */
export async function textPainted(): Promise<void> {
  if (root.lang !== 'mn-Mong' || !root.dataset['fontMongolian']) return;
  const blockPeriod = new Promise((resolve) => setTimeout(resolve, FONT_BLOCK_PERIOD_MS));
  await Promise.race([document.fonts.load('1em "Bichig Mongolian"').catch(() => undefined), blockPeriod]);
  await nextTask();
}
