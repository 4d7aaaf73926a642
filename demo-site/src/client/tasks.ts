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

/**
 * Resolves once a Mongolian page's text can be painted: its font (`font-display: block`, so the
 * text is blank until then) has loaded, and a task has passed in which the browser paints it. The
 * interactive columns start after that, so their scripts never hold the main thread when the font
 * arrives and the reader waits to read. A Chinese page (system fonts) waits for nothing; a font
 * that fails to load is the stylesheet's fallback, and the columns start all the same.
 */
export async function textPainted(): Promise<void> {
  if (root.lang !== 'mn-Mong' || !root.dataset['fontMongolian']) return;
  await document.fonts.load('1em "Bichig Mongolian"').catch(() => undefined);
  await nextTask();
}
