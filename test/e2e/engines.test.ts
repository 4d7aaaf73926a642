// The portal in Chromium, Firefox ESR and WebKitGTK (test/e2e/engine-driver.ts): the Mongolian home,
// an article with a chart, the mailbox typed into with the virtual keyboard, and search, at a phone's
// and a desktop's size, with screenshots in .cache/screenshots/engines-<engine>-*.png to look at.
// BICHIG_ENGINES=firefox,webkit picks engines. portal.test.ts covers the portal in depth in Chromium.
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { startPreview, standardKeyMap, SCREENSHOTS, VIEWPORTS, type Preview } from './support.js';
import { ENGINES, openEngine, type Engine, type EnginePage } from './engine-driver.js';

const engines = (process.env.BICHIG_ENGINES?.split(',') as Engine[] | undefined) ?? ENGINES;

let preview: Preview;
before(async () => {
  preview = await startPreview();
});
after(async () => {
  await preview?.close();
});

const shot = (engine: Engine, name: string) => new URL(`engines-${engine}-${name}.png`, SCREENSHOTS).pathname;

/**
 * Resizes the window on a blank page: a portal page resized from phone to desktop starts loading
 * what a wide screen shows (the accessibility toolbar), and leaving it at once for the next page
 * cuts those requests, which Firefox reports as console errors of the page left.
 */
async function resize(page: EnginePage, viewport: { width: number; height: number }): Promise<void> {
  await page.goto('about:blank');
  await page.setViewport(viewport);
}

async function open(page: EnginePage, url: string): Promise<void> {
  await page.goto(new URL(url, preview.url).href);
  await page.waitFor(`${url} ready (html[data-ready])`, `() => document.documentElement.dataset.ready === 'true'`);
  await page.evaluate(`() => document.fonts.ready.then(() => true)`);
}

/**
 * Parts expected to fail in an engine, each naming what is missing there. They still run and must
 * fail; one that passes fails with "passes now", so the entry goes when the gap closes.
 */
const EXPECTED_FAILURES: Partial<Record<Engine, Record<string, string>>> = {};

/** Runs `body` as subtest `name`, expecting it to fail where EXPECTED_FAILURES says so. */
async function part(t: TestContext, engine: Engine, key: string, name: string, body: () => Promise<void>) {
  const gap = EXPECTED_FAILURES[engine]?.[key];
  if (!gap) return t.test(name, body);
  return t.test(`${name} [expected to fail in ${engine}: ${gap}]`, async (sub) => {
    const failure = await body().then(
      () => undefined,
      (error: unknown) => error,
    );
    if (failure === undefined) assert.fail(`passes in ${engine} now: remove its expectation "${gap}"`);
    sub.diagnostic(`${engine} lacks: ${gap} (${String(failure).split('\n')[0]})`);
  });
}

function assertNoErrors(page: EnginePage, where: string): void {
  const errors = page.errors();
  // WebDriver classic (WebKit) has no console: errors there are seen only through failed assertions.
  if (errors) assert.deepEqual(errors, [], `${page.engine}: console errors on ${where}`);
}

/**
 * A selector per character for the key that types it: the desktop keyboard's standard layout names
 * keys by KeyboardEvent.code, the phone layout by code point ("U+182E").
 */
function keysFor(text: string): string[] {
  const byText = standardKeyMap();
  return [...text].map((ch) => {
    const point = `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;
    const ids = ch === ' ' ? ['Space'] : [byText.get(ch), point].filter(Boolean);
    return ids.map((id) => `button[data-key="${id}"]`).join(', ');
  });
}

/**
 * Every button and select face a reader sees on the page (through shadow roots) that holds a
 * Mongolian word of three or more letters, and which way that word runs: from its first letter to
 * its last, a word read down the column moves down more than across. WebKitGTK keeps the controls
 * themselves horizontal; their labels and faces must still read vertically (internal/control-label.ts,
 * internal/bichig-select.ts, the portal's .control-label).
 */
async function mongolianControlLabels(page: EnginePage): Promise<{ total: number; sideways: string[] }> {
  return page.evaluate<{ total: number; sideways: string[] }>(`() => {
    const controls = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('button, [part~="face-text"]')) controls.push(element);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    const letterBox = (node, offset) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const sideways = [];
    let total = 0;
    for (const control of controls) {
      const own = control.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue;
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const word = /[\u1820-\u18aa]{3,}/u.exec(node.data);
        if (!word) continue;
        const first = letterBox(node, word.index);
        const last = letterBox(node, word.index + word[0].length - 1);
        total++;
        const down = last.top - first.top;
        const across = Math.abs(last.left - first.left);
        if (!(down > across)) sideways.push(word[0] + ' (down ' + Math.round(down) + ', across ' + Math.round(across) + ')');
        break;
      }
    }
    return { total, sideways };
  }`);
}

/** Mongolian pages with buttons or selects: the columns' filters and pagers, a survey, the services. */
const CONTROL_PAGES = [
  '/mn/',
  '/mn/news/',
  '/mn/notices/',
  '/mn/policy/',
  '/mn/prices/',
  '/mn/interpretation/',
  '/mn/interviews/',
  '/mn/services/',
  '/mn/topics/',
  '/mn/surveys/survey-001.html',
];

/**
 * The field a reader types into (through shadow roots: a <bichig-input>'s control), the header
 * box's value, the field's text and background colours, and which way the typed word runs: a form control by its computed writing mode
 * (its text is no DOM text), any other field also by its letters (the first to the last moves down
 * more than across).
 */
const TYPED_FIELD = `() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const result = { value: document.getElementById('header-q')?.value ?? null, field: active?.localName ?? '',
    mode: active ? getComputedStyle(active).writingMode : '', down: null, across: null,
    color: active ? getComputedStyle(active).color : '', background: active ? getComputedStyle(active).backgroundColor : '' };
  const walker = active && document.createTreeWalker(active, NodeFilter.SHOW_TEXT);
  for (let node = walker?.nextNode(); node; node = walker.nextNode()) {
    if (node.data.length < 2) continue;
    const letter = (offset) => { const range = document.createRange(); range.setStart(node, offset);
      range.setEnd(node, offset + 1); return range.getBoundingClientRect(); };
    const first = letter(0);
    const last = letter(node.data.length - 1);
    result.down = last.top - first.top;
    result.across = Math.abs(last.left - first.left);
    break;
  }
  return result;
}`;

for (const engine of engines) {
  test(`${engine}: the header's search box on a Mongolian page takes a word typed down the column and searches for it`, async (t) => {
    // WebKitGTK (and Safari before 17.4) keep a native <input> horizontal on a vertical page: the
    // portal gives it a vertical field there (src/client/search-box.ts); without JavaScript the
    // native box is what submits. A desktop's size: a phone shows a link to the search page instead.
    const page = await openEngine(engine);
    t.diagnostic(`${engine}: ${page.version}`);
    try {
      const word = 'ᠮᠠᠯ';
      await resize(page, VIEWPORTS.desktop);
      await open(page, '/mn/news/');
      await page.click(['.search-box', '#header-q']);
      await page.type(word);
      const typed = await page.evaluate<{
        value: string | null;
        field: string;
        mode: string;
        down: number | null;
        across: number | null;
        color: string;
        background: string;
      }>(TYPED_FIELD);
      await page.screenshot(shot(engine, 'header-search-mn-desktop'));
      t.diagnostic(`${engine}: typed into <${typed.field}>, ${typed.mode}, ${JSON.stringify(typed)}`);
      assert.equal(typed.value, word, 'the header box holds the word typed');
      assert.match(typed.mode, /^vertical/, `the field typed into (<${typed.field}>) is set vertically`);
      assert.notEqual(typed.color, typed.background, 'the typed text has a colour of its own on the field');
      if (typed.down !== null)
        assert.ok(typed.down > typed.across!, `the typed word runs down (down ${typed.down}, across ${typed.across})`);
      await page.press('Enter');
      // The page is left while this asks: an evaluation in the page going away fails, and is asked again.
      const deadline = Date.now() + 30_000;
      for (;;) {
        try {
          await page.waitFor(
            'the search page with the word',
            `() => location.pathname === '/mn/search/' && new URLSearchParams(location.search).get('q') === ${JSON.stringify(word)} && document.documentElement.dataset.ready === 'true'`,
          );
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
      }
      assertNoErrors(page, '/mn/news/ → /mn/search/');
    } finally {
      await page.close();
    }
  });

  test(`${engine}: the Mongolian home, an article with its chart, the mailbox with the keyboard, and search`, async (t) => {
    const page = await openEngine(engine);
    t.diagnostic(`${engine}: ${page.version}`);
    try {
      await part(t, engine, 'home', 'Mongolian home: vertical Mongolian at a phone and a desktop size', async () => {
        for (const [size, viewport] of Object.entries(VIEWPORTS)) {
          await resize(page, viewport);
          await open(page, '/mn/');
          const facts = await page.evaluate<{
            lang: string;
            mode: string;
            text: string;
            innerHeight: number;
            notices: number;
          }>(`() => {
            const main = document.querySelector('main');
            return { lang: document.documentElement.lang, mode: getComputedStyle(main).writingMode,
              text: main.textContent, innerHeight,
              notices: [...document.querySelectorAll('.update-banner')].filter((e) => e.getBoundingClientRect().width > 0).length };
          }`);
          assert.equal(facts.notices, 0, 'no update notice is drawn on a page with no new version');
          assert.equal(facts.lang, 'mn-Mong');
          assert.equal(facts.mode, 'vertical-lr');
          assert.match(facts.text, /[\u1820-\u18AA]{4}/, 'the home shows Mongolian text');
          assert.equal(facts.innerHeight, viewport.height, 'the viewport is the size asked for');
          await page.screenshot(shot(engine, `home-mn-${size}`));
          assertNoErrors(page, `/mn/ (${size})`);
        }
      });

      await part(
        t,
        engine,
        'article',
        'an article with a chart: the chart loads, with Mongolian alt text',
        async () => {
          await resize(page, VIEWPORTS.desktop);
          await open(page, '/mn/');
          const href = await page.evaluate<string | null>(
            `() => document.querySelector('main .picture-news .slide a')?.getAttribute('href') ?? null`,
          );
          assert.ok(href, 'the Mongolian home links a picture-news article');
          await open(page, new URL(href, new URL('/mn/', preview.url)).pathname);
          // The chart loads lazily (loading="lazy"), when the reader scrolls to it.
          await page.evaluate<void>(
            `() => document.querySelector('main figure')?.scrollIntoView({ block: 'center', inline: 'center' })`,
          );
          await page.waitFor(
            'the article chart to load',
            `() => [...document.querySelectorAll('main figure img')].some((i) => i.complete && i.naturalWidth > 0)`,
          );
          const chart = await page.evaluate<{ alt: string; src: string }>(`() => {
          const image = [...document.querySelectorAll('main figure img')].find((i) => i.naturalWidth > 0);
          image.closest('figure').scrollIntoView({ block: 'center', inline: 'center' });
          return { alt: image.alt, src: image.getAttribute('src') };
        }`);
          assert.match(chart.src, /\.svg$/);
          assert.match(chart.alt, /[\u1820-\u18AA]/, 'Mongolian alt text');
          await page.screenshot(shot(engine, 'article-chart-mn-desktop'));
          assertNoErrors(page, href);
        },
      );

      await part(
        t,
        engine,
        'mailbox',
        'mailbox: the subject typed with the virtual keyboard is exactly what was typed',
        async () => {
          const subject = 'ᠮᠠᠯ ᠡᠮᠴᠢ';
          for (const [size, viewport] of Object.entries(VIEWPORTS)) {
            await resize(page, viewport);
            await open(page, '/mn/mailbox/');
            await page.click(['bichig-mailbox', 'bichig-input']);
            // The keyboard arrives when a Mongolian field is first tapped (it is not part of the
            // page's first download): a reader waits for its keys to show, and so does the test.
            await page.waitFor(
              'the virtual keyboard',
              `() => !!document.querySelector('bichig-mailbox')?.shadowRoot?.querySelector('bichig-keyboard')?.shadowRoot?.querySelector('button[data-key]')`,
            );
            for (const key of keysFor(subject)) await page.click(['bichig-mailbox', 'bichig-keyboard', key]);
            const value = await page.evaluate<string>(`() => {
            const find = (root) => root.querySelector('bichig-input') ??
              [...root.querySelectorAll('*')].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
            // The mailbox's own field (on a desktop in WebKit the header's search box is one too).
            return find(document.querySelector('bichig-mailbox').shadowRoot)?.value ?? '';
          }`);
            assert.equal(value, subject, `${engine} (${size}): the subject field holds what was typed`);
            await page.click(['bichig-mailbox', 'bichig-input']);
            await page.screenshot(shot(engine, `mailbox-mn-keyboard-${size}`));
            const labels = await mongolianControlLabels(page);
            t.diagnostic(`${engine} (${size}) /mn/mailbox/: ${labels.total} Mongolian buttons and select faces`);
            assert.ok(labels.total >= 5, `the mailbox's tabs and send button are measured (${labels.total})`);
            assert.deepEqual(labels.sideways, [], `${engine} (${size}): no Mongolian control label lies on its side`);
            assertNoErrors(page, `/mn/mailbox/ (${size})`);
            // The mailbox keeps what was typed as a draft (restored on the next visit): forget it,
            // from a page without a mailbox, so the next size starts from an empty letter.
            await open(page, '/mn/');
            await page.evaluate<void>(`() => new Promise((resolve, reject) => {
              const request = indexedDB.deleteDatabase('bichig-drafts');
              request.onsuccess = () => resolve(undefined);
              request.onerror = () => reject(request.error);
              request.onblocked = () => reject(new Error('the drafts database is still open'));
            })`);
          }
        },
      );

      await part(
        t,
        engine,
        'controls',
        'Mongolian pages: every button and select face reads down the column',
        async () => {
          // A desktop's size: there the header's search button and the accessibility toolbar show.
          await resize(page, VIEWPORTS.desktop);
          const counts: string[] = [];
          for (const url of CONTROL_PAGES) {
            await open(page, url);
            const labels = await mongolianControlLabels(page);
            counts.push(`${url} ${labels.total}`);
            assert.deepEqual(labels.sideways, [], `${engine}: ${url}: no Mongolian control label lies on its side`);
          }
          assert.ok(
            counts.every((c) => !c.endsWith(' 0')),
            `every page has Mongolian controls to measure: ${counts.join(', ')}`,
          );
          t.diagnostic(`${engine} (desktop) Mongolian buttons and select faces measured: ${counts.join(', ')}`);
        },
      );

      await part(t, engine, 'search', 'search: a Mongolian word finds its articles', async () => {
        const word = 'ᠮᠠᠯ';
        for (const [size, viewport] of Object.entries(VIEWPORTS)) {
          await resize(page, viewport);
          await open(page, `/mn/search/?q=${encodeURIComponent(word)}`);
          await page.waitFor(
            'search results',
            `() => { const s = document.querySelector('bichig-search');
              return !!s?.shadowRoot?.querySelector('[part~="result"]') || !!s?.querySelector('[part~="result"]'); }`,
          );
          const text = await page.evaluate<string>(`() => {
            const s = document.querySelector('bichig-search');
            return [...(s.shadowRoot ?? s).querySelectorAll('[part~="result"]')].map((r) => r.textContent).join(' ');
          }`);
          assert.match(text, new RegExp(word), 'the results show the word');
          await page.screenshot(shot(engine, `search-mn-${size}`));
          const labels = await mongolianControlLabels(page);
          t.diagnostic(`${engine} (${size}) /mn/search/: ${labels.total} Mongolian buttons and select faces`);
          assert.ok(labels.total >= 3, `the search buttons and the filters' faces are measured (${labels.total})`);
          assert.deepEqual(labels.sideways, [], `${engine} (${size}): no Mongolian control label lies on its side`);
          assertNoErrors(page, `/mn/search/ (${size})`);
        }
      });
    } finally {
      await page.close();
    }
  });
}
