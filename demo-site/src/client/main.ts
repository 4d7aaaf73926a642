// The client script of every page. The pages are prerendered and read without it; it adds what
// needs a script: the horizontal wheel on vertical pages, and — only on the pages that have them —
// the accessibility toolbar (prerendered as <bichig-a11y-toolbar>, upgraded here when needed) and — only on the
// pages that have them — the interactive columns (mailbox, survey, search), as separate chunks.
import './portal.css';
import { isVerticalWheel, scrollOnWheel } from '@bichig/elements/wheel.js';
import { hasStoredA11ySettings } from '@bichig/elements/a11y-settings.js';
import { textPainted } from './tasks.js';

const root = document.documentElement;
/** Wider than the stylesheet's phone layout (`max-width: 40rem`). */
const WIDE_SCREEN_QUERY = '(min-width: 40.0625rem)';

// mlreq: in vertical Mongolian the mouse wheel scrolls horizontally (the lines advance to the right).
if (root.classList.contains('vertical')) {
  window.addEventListener(
    'wheel',
    (event) => {
      if (event.defaultPrevented || !isVerticalWheel(event)) return;
      // A scroller of its own (a table, a field) keeps the wheel.
      for (const node of event.composedPath()) {
        if (node === document.body) break;
        if (
          node instanceof HTMLElement &&
          node.scrollHeight > node.clientHeight + 1 &&
          /(auto|scroll)/.test(getComputedStyle(node).overflowY)
        )
          return;
      }
      scrollOnWheel(event, document.scrollingElement ?? root);
    },
    { passive: false },
  );
}

// The column navigation and the accessibility toolbar are <details> disclosures, prerendered closed:
// on a phone they are menu buttons, and on wider screens the stylesheet shows their content with the
// button hidden. Their `open` state follows the screen width here, so assistive technology (and a
// browser without ::details-content) agrees with what is shown; Escape closes an open menu.
const wideScreen = matchMedia(WIDE_SCREEN_QUERY);
const disclosures = [...document.querySelectorAll<HTMLDetailsElement>('details.disclosure')];
const followScreenWidth = () => {
  for (const disclosure of disclosures) disclosure.open = wideScreen.matches;
};
followScreenWidth();
wideScreen.addEventListener('change', followScreenWidth);
for (const disclosure of disclosures)
  disclosure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !disclosure.open || wideScreen.matches) return;
    disclosure.open = false;
    disclosure.querySelector('summary')?.focus();
  });

// The accessibility toolbar (Lit, its labels) is upgraded when it is needed, not on every load: at
// once when it is shown (wide screens) or when the reader saved settings it must put back, else when
// its menu is first opened or touched — on a phone most readers never pay for it.
// A load that fails (the link dropped, or the reader left the page while it was on its way) leaves
// the prerendered toolbar as it is, says so in a warning, and is tried again on the next occasion.
let toolbar: Promise<unknown> | undefined;
const loadToolbar = (): Promise<unknown> =>
  (toolbar ??= (async () => {
    // Its labels (and every element's) in the page's language.
    if (root.lang === 'mn-Mong') await (await import('@bichig/elements/localize.js')).setLocale('mn-Mong');
    await import('@bichig/elements/bichig-a11y-toolbar.js');
  })().catch((error: unknown) => {
    toolbar = undefined;
    console.warn('portal: the accessibility toolbar did not load', error);
  }));
const savedSettings = hasStoredA11ySettings();
const a11yMenu = document.querySelector<HTMLDetailsElement>('details.a11y-menu');
const starting: Promise<unknown>[] = [];
if (!a11yMenu || wideScreen.matches || savedSettings) starting.push(loadToolbar());
else {
  a11yMenu.addEventListener('toggle', () => void loadToolbar());
  for (const event of ['pointerdown', 'focusin'] as const)
    a11yMenu.addEventListener(event, () => void loadToolbar(), { once: true, passive: true });
  wideScreen.addEventListener('change', () => void loadToolbar(), { once: true });
}

// The interactive columns start once the page's text is painted (their modules are on their way
// meanwhile: the page lists them as module preloads).
const features = new Set((root.dataset['features'] ?? '').split(' ').filter(Boolean));
const painted = textPainted();
const start = <T>(load: () => Promise<T>): Promise<T> => painted.then(load);
if (features.has('mailbox')) starting.push(start(() => import('./mailbox.js')).then((m) => m.startMailboxes()));
if (features.has('survey')) starting.push(start(() => import('./survey.js')).then((m) => m.startSurveys()));
if (features.has('search')) starting.push(start(() => import('./search.js')).then((m) => m.startSearch()));
if (features.has('offline')) starting.push(import('./offline-list.js').then((m) => m.listSavedPages()));
if (features.has('desk')) starting.push(start(() => import('./desk.js')).then((m) => m.startDesk()));
// The header's search box on a vertical page: where this engine keeps a native <input> horizontal
// whatever the page says (its computed writing mode tells), a vertical field replaces it
// (search-box.ts). Only where the box is shown (wide screens; a phone has a link to the search page),
// so a phone never pays for reading the box's style as the page starts.
const searchBox = document.querySelector<HTMLInputElement>('html.vertical .search-box input');
if (searchBox) {
  const horizontal = (): boolean => !getComputedStyle(searchBox).writingMode.startsWith('vertical');
  const replaceSearchBox = (): Promise<unknown> =>
    import('./search-box.js')
      .then((m) => m.verticalSearchBox(searchBox))
      // The native box still searches (a link dropped, or offline: the module is not in the shell).
      .catch((error: unknown) => console.warn('portal: the vertical search box did not load', error));
  if (wideScreen.matches) {
    if (horizontal()) starting.push(replaceSearchBox());
  } else
    wideScreen.addEventListener('change', () => void (wideScreen.matches && horizontal() && replaceSearchBox()), {
      once: true,
    });
}
// Words some engines shape wrongly natively (FVS, ZWJ), wrapped by the build: checked, and redrawn
// where this engine gets them wrong. A page without one loads nothing for it. (The class is
// variant-word-format.ts's VARIANT_WORD_CLASS, written out: importing it cost every page a chunk.)
if (document.querySelector('.variant-word'))
  starting.push(import('./variant-words.js').then((m) => m.redrawVariantWords()));

// Reading offline (service worker, offline packs, update notice): once the page has loaded, so that
// on a slow link the worker's downloads never compete with the page's own.
const startOffline = () =>
  void import('./offline-client.js')
    .then((m) => m.startOffline())
    .catch((error: unknown) => console.warn('portal: reading offline is not available', error));
if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') startOffline();
  else window.addEventListener('load', startOffline, { once: true });
}

/** Resolves when the page's interactive parts have started (tests wait for it). */
(window as unknown as { portalReady: Promise<unknown> }).portalReady = Promise.allSettled(starting).then((results) => {
  for (const result of results)
    if (result.status === 'rejected') console.error('portal: an interactive column failed to start', result.reason);
  root.dataset['ready'] = 'true';
});
