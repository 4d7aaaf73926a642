// End-to-end tests of the demo portal, on the built static site (`npm run build -w demo-site`)
// served by `vite preview`, in Debian's Chromium driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { formatNumber } from '@bichig/core/format';
import { loadFont } from '@bichig/core';
import {
  startPreview,
  launchBrowser,
  watchErrors,
  axeViolations,
  SCREENSHOTS,
  portalPages,
  newVisitor,
  openPortalPage,
  deepText,
  VIEWPORTS,
  typeWithVirtualKeyboard,
  type Preview,
  type PortalPage,
} from './support.js';

let preview: Preview;
let browser: Browser;
let pages: PortalPage[];
before(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
  pages = portalPages();
});
after(async () => {
  await browser?.close();
  await preview?.close();
});

const shot = (name: string) => new URL(`portal-${name}.png`, SCREENSHOTS).pathname;

/** The first built page matching `test`. */
function pageWhere(description: string, match: (p: PortalPage) => boolean): string {
  const found = pages.find(match);
  assert.ok(found, `the build has a page of this type: ${description}`);
  return found.url;
}

test('navigate: main portal → banner site → its Mongolian version → an article', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  await openPortalPage(page, preview, '/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  // The main portal lists its banners; East Ujimqin has a Mongolian version.
  await page.locator('main a[href="/dwq/"]').first().click();
  await page.waitForURL('**/dwq/');
  assert.match((await page.locator('.site-name').textContent()) ?? '', /东乌珠穆沁旗/);
  await page.locator('a.lang-switch').click();
  await page.waitForURL('**/dwq/mn/');
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  const state = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    mode: getComputedStyle(document.body).writingMode,
  }));
  assert.deepEqual(state, { lang: 'mn-Mong', mode: 'vertical-lr' });
  const article = page.locator('main .item-list a[href$=".html"]').first();
  const title = (await article.textContent())!.trim();
  assert.match(title, /[\u1820-\u18AA]/, 'the Mongolian site lists Mongolian titles');
  await article.click();
  await page.waitForURL(/\/dwq\/mn\/[a-z0-9-]+\/[a-z0-9-]+\.html$/);
  assert.equal((await page.locator('main h1').textContent())!.trim(), title);
  // Its counterpart is the Chinese version of the same content, and the breadcrumb leads back.
  const counterpart = await page.locator('a.lang-switch').getAttribute('href');
  assert.match(counterpart ?? '', /^\/dwq\/[a-z0-9-]+\/[a-z0-9-]+\.html$/);
  assert.equal(await page.locator('.breadcrumb a').first().getAttribute('href'), '/mn/');
  await page.locator('a.lang-switch').click();
  await page.waitForURL(`**${counterpart}`);
  assert.match((await page.locator('main h1').textContent()) ?? '', /[\u4E00-\u9FFF]/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('search: a Mongolian word and a Chinese phrase find their articles, highlighted', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  const data: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) data.push(path);
  });
  await openPortalPage(page, preview, `/search/?q=${encodeURIComponent('那达慕大会')}`);
  await page.locator('bichig-search [part~="result"]').first().waitFor();
  const zhResults = await deepText(page, 'bichig-search');
  assert.match(zhResults, /那达慕/);
  assert.ok((await page.locator('bichig-search [part~="mark"]').count()) > 0, 'matches are highlighted');
  // The sharded index, fetched per query: its manifest, a few shards and the hits shown; never the cluster.
  assert.ok(data.includes('/data/search/manifest.json'), data.join(' '));
  assert.ok(
    data.some((p) => p.startsWith('/data/search/terms/')),
    data.join(' '),
  );
  assert.deepEqual(
    data.filter((p) => !p.startsWith('/data/search/')),
    [],
    'the search page downloads no cluster data',
  );

  const word = 'ᠮᠠᠯ';
  await openPortalPage(page, preview, `/mn/search/?q=${encodeURIComponent(word)}`);
  await page.locator('bichig-search [part~="result"]').first().waitFor();
  assert.ok((await page.locator('bichig-search [part~="result"]').count()) > 0);
  assert.match(await deepText(page, '[part~="results"]'), new RegExp(word));
  // The virtual keyboard comes with the first focus of the search box, not with the page.
  assert.equal(
    await page.evaluate(() => customElements.get('bichig-keyboard') === undefined),
    true,
    'no keyboard loaded before the box is focused',
  );
  await page.locator('bichig-search [part~="input"]').focus();
  await page.locator('bichig-search bichig-keyboard button[data-key]').first().waitFor();
  await page.screenshot({ path: shot('search-mn-desktop') });
  assert.deepEqual(errors, []);
  await page.context().close();
});

/**
 * The built scripts holding the cluster loader (@bichig/cluster's fetchCluster, which the columns'
 * `src` and the portal's mailbox and survey data use), found by a string of its own.
 */
function clusterLoaderChunks(): string[] {
  const assets = new URL('../../demo-site/dist/assets/', import.meta.url);
  const chunks = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .filter((name) =>
      readFileSync(new URL(name, assets), 'utf8').includes('an absolute URL of the directory holding cluster.json'),
    )
    .map((name) => `/assets/${name}`);
  assert.ok(chunks.length, 'the build has the cluster loader (its argument check is the marker)');
  return chunks;
}

test('search: before a query the page downloads neither the query code nor the index; the first query typed brings them', async () => {
  const viteManifest = JSON.parse(
    readFileSync(new URL('../../demo-site/dist/.vite/manifest.json', import.meta.url), 'utf8'),
  ) as Record<string, { file: string }>;
  const queryChunk = `/${viteManifest['../packages/elements/src/columns/bichig-search/search-query.ts']!.file}`;
  const loaderChunks = clusterLoaderChunks();
  const page = await newVisitor(browser, VIEWPORTS.desktop);
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const queryFiles = () => requested.filter((p) => p === queryChunk || p.startsWith('/data/search/'));
  const loaderFiles = () => requested.filter((p) => loaderChunks.includes(p));
  await openPortalPage(page, preview, '/mn/search/');
  await page.waitForLoadState('networkidle');
  const input = page.locator('bichig-search [part~="input"]');
  await input.waitFor();
  assert.deepEqual(queryFiles(), [], 'the page before a query: the box and the shell only');
  assert.deepEqual(
    loaderFiles(),
    [],
    'the page before a query: no cluster loader (a search over the index never uses it)',
  );
  // The box's first focus brings the keyboard (to type Mongolian without a Mongolian layout), not the query code.
  await input.focus();
  await page.locator('bichig-search bichig-keyboard button[data-key]').first().waitFor();
  assert.deepEqual(queryFiles(), [], 'focusing the box loads no query code');
  // The keyboard tells a vertical field by a brand, so a page whose box is a native field gets no field code.
  assert.deepEqual(
    requested.filter((p) => /^\/assets\/vertical-field-[\w-]{8}\.js$/.test(p)),
    [],
    'the keyboard brings no vertical field',
  );
  const word = 'ᠮᠠᠯ';
  await typeWithVirtualKeyboard(page, 'bichig-search bichig-keyboard', word);
  await page.locator('bichig-search [part~="submit"]').click();
  await page.locator('bichig-search [part~="result"]').first().waitFor();
  assert.match(await deepText(page, '[part~="results"]'), new RegExp(word));
  assert.ok((await page.locator('bichig-search [part~="mark"]').count()) > 0, 'matches are highlighted');
  const loaded = queryFiles();
  assert.ok(loaded.includes(queryChunk), `the query code came with the first query: ${loaded.join(' ')}`);
  assert.equal(loaded.filter((p) => p === '/data/search/manifest.json').length, 1, 'the manifest, once');
  assert.deepEqual(loaderFiles(), [], 'nor does a query over the index bring the cluster loader');
  assert.ok(
    loaded.some((p) => p.startsWith('/data/search/terms/')),
    'and the shards of its term',
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('mailbox: a letter typed in Mongolian with the virtual keyboard is submitted, looked up by its code and counted', async () => {
  const page = await newVisitor(browser, VIEWPORTS.desktop);
  const errors = watchErrors(page);
  await openPortalPage(page, preview, '/mn/mailbox/');
  const mailbox = page.locator('bichig-mailbox').first();
  await mailbox.waitFor();
  const mailboxId = await mailbox.getAttribute('mailbox');
  const counted = () =>
    page.evaluate(async (id) => {
      const element = document.querySelector('bichig-mailbox') as unknown as {
        adapter: { letterStatistics(q: object): Promise<{ overall: { received: number } }> };
      };
      return (await element.adapter.letterStatistics({ mailboxId: id })).overall.received;
    }, mailboxId);
  const before = await counted();

  const subject = 'ᠮᠠᠯ ᠡᠮᠴᠢ';
  const body = 'ᠮᠠᠯ ᠡᠮᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ';
  await mailbox.locator('input[type="radio"]').first().check();
  await mailbox.locator('bichig-input').click();
  await typeWithVirtualKeyboard(page, 'bichig-mailbox bichig-keyboard', subject);
  await mailbox.locator('bichig-textarea').click();
  await typeWithVirtualKeyboard(page, 'bichig-mailbox bichig-keyboard', body);
  await mailbox.locator('input[data-field="contact.name"]').fill('ᠪᠠᠲᠤ');
  await mailbox.locator('input[data-field="contact.phone"]').fill('13800000000');
  await page.screenshot({ path: shot('mailbox-mn-typed') });
  await mailbox.locator('[part~="submit"]').click();
  const receipt = mailbox.locator('[part~="receipt"]');
  await receipt.waitFor();
  const code = /[0-9A-Z]{8,12}/.exec((await deepText(page, '[part~="receipt"]')) ?? '')?.[0];
  assert.ok(code, 'the receipt shows a query code');

  // The letter survives a reload (IndexedDB) and is found by its code, exactly as typed.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  assert.equal(await counted(), before + 1, 'the statistics count the new letter');
  const stored = await page.evaluate(async (code) => {
    const element = document.querySelector('bichig-mailbox') as unknown as {
      adapter: { lookupLetter(c: string): Promise<{ letter: { subject: string; body: string[] } } | null> };
    };
    const found = await element.adapter.lookupLetter(code);
    return found && { subject: found.letter.subject, body: found.letter.body };
  }, code);
  assert.deepEqual(stored, { subject, body: [body] });
  const reloaded = page.locator('bichig-mailbox').first();
  await reloaded.locator('[role="tab"]').nth(1).click();
  await reloaded.locator('input').first().fill(code);
  await reloaded.locator('input').first().press('Enter');
  await reloaded.locator('[part~="letter"]').first().waitFor();
  assert.ok((await deepText(page, '[part~="letter"]')).includes(subject), 'the looked-up letter shows its subject');
  await page.screenshot({ path: shot('mailbox-mn-lookup') });
  await reloaded.locator('[role="tab"]').nth(3).click();
  await reloaded.locator('[part~="statistics"]').waitFor();
  assert.ok(
    (await deepText(page, '[part~="statistics"]')).includes(formatNumber(before + 1, { locale: 'mn-Mong' })),
    'the statistics tab shows the new total in Mongolian digits',
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('mailbox: the Chinese form is native fields and downloads no vertical field; the Mongolian form shows its fields registered', async () => {
  const verticalFieldChunk = /^\/assets\/(vertical-field|bichig-textarea|bichig-input)-[\w-]{8}\.js$/;
  const page = await newVisitor(browser, VIEWPORTS.phone);
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openPortalPage(page, preview, '/mailbox/');
  await page.waitForLoadState('networkidle');
  const mailbox = page.locator('bichig-mailbox').first();
  await mailbox.locator('textarea[data-field="body"]').waitFor();
  assert.deepEqual(
    requested.filter((p) => verticalFieldChunk.test(p)),
    [],
    'no vertical field on the Chinese page',
  );
  assert.equal(await page.evaluate(() => customElements.get('bichig-textarea') === undefined), true);
  // A letter is still written, checked and sent in the native fields.
  await mailbox.locator('input[type="radio"]').first().check();
  await mailbox.locator('input[data-field="subject"]').fill('草原补奖');
  await mailbox.locator('textarea[data-field="body"]').fill('请问草原补奖资金什么时候发放？');
  await mailbox.locator('input[data-field="contact.name"]').fill('巴图');
  await mailbox.locator('[part~="submit"]').click();
  await mailbox.locator('[part~="summary"]').waitFor();
  assert.match(await deepText(page, '[part~="summary"]'), /1/, 'the missing phone is named in the summary');
  await mailbox.locator('input[data-field="contact.phone"]').fill('13800000000');
  await mailbox.locator('[part~="submit"]').click();
  await mailbox.locator('[part~="receipt"]').waitFor();
  assert.deepEqual(errors, []);

  // The Mongolian form's fields are defined when it is first shown: never empty unknown elements.
  await openPortalPage(page, preview, '/mn/mailbox/');
  const mn = page.locator('bichig-mailbox').first();
  await mn.locator('bichig-textarea').waitFor();
  assert.deepEqual(
    await page.evaluate(() => {
      const root = document.querySelector('bichig-mailbox')!.shadowRoot!;
      return ['bichig-input', 'bichig-textarea'].map((tag) => root.querySelector(tag)?.matches(':defined'));
    }),
    [true, true],
  );
  assert.ok(
    requested.some((p) => verticalFieldChunk.test(p)),
    'the Mongolian page brings them',
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('interactive pages list every module their columns start with in their head: the page inserts no preload itself (#14)', async () => {
  // A module missing from the list would be preloaded by script (Vite's helper, one <link> per
  // chunk, a main-thread cost after first paint): the head's list and the document's must agree.
  const page = await newVisitor(browser, VIEWPORTS.phone);
  const errors = watchErrors(page);
  for (const url of ['/mailbox/', '/mn/mailbox/', '/search/', '/mn/search/']) {
    const html = await (await page.request.get(new URL(url, preview.url).href)).text();
    const listed = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(listed.length > 0, `${url} lists its modules`);
    await openPortalPage(page, preview, url);
    const inDocument = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname),
    );
    assert.deepEqual(inDocument.sort(), [...listed].sort(), `${url}: no preload added by script`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('survey: an answer is counted and the count survives a reload', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  await openPortalPage(page, preview, '/zlq/surveys/survey-002.html');
  const survey = page.locator('bichig-survey');
  await survey.waitFor();
  const responses = () =>
    page.evaluate(async () => {
      const element = document.querySelector('bichig-survey') as unknown as {
        adapter: { surveyResults(id: string): Promise<{ responses: number }> };
      };
      return (await element.adapter.surveyResults('survey-002')).responses;
    });
  const before = await responses();
  await survey.locator('textarea').first().fill('建议在苏木设立流动服务点。');
  await survey.locator('[part~="submit"]').click();
  await survey.locator('[part~="results"]').waitFor();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  assert.equal(await responses(), before + 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('accessibility toolbar: larger text and high contrast apply, persist across pages, and reset', async () => {
  const page = await newVisitor(browser, VIEWPORTS.phone);
  const errors = watchErrors(page);
  await openPortalPage(page, preview, '/mn/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const original = await size();
  // On a phone the toolbar is behind its menu button.
  await page.locator('.a11y-menu > summary').click();
  const toolbar = page.locator('bichig-a11y-toolbar [role="toolbar"]');
  await toolbar.locator('button').first().click();
  assert.ok((await size()) > original, 'the text is larger');
  // Keyboard operation: the toolbar is one tab stop, arrows move between its buttons.
  await toolbar.locator('button').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('html').getAttribute('data-bichig-contrast'), 'high');
  await page.screenshot({ path: shot('toolbar-mn-phone-high-contrast') });
  await openPortalPage(page, preview, '/dwq/');
  assert.equal(
    await page.locator('html').getAttribute('data-bichig-contrast'),
    'high',
    'the setting persists on the next page',
  );
  assert.ok((await size()) > 16, 'so does the text size');
  await page.locator('.a11y-menu > summary').click();
  await page.locator('bichig-a11y-toolbar [role="toolbar"] button').last().click();
  assert.equal(await page.locator('html').getAttribute('data-bichig-contrast'), null);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('Mongolian pages: vertical text fits the phone screen, scrolls sideways, and the wheel scrolls horizontally', async () => {
  const page = await newVisitor(browser, VIEWPORTS.phone);
  await openPortalPage(page, preview, '/mn/');
  const box = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    mode: getComputedStyle(document.querySelector('main')!).writingMode,
  }));
  assert.equal(box.mode, 'vertical-lr');
  assert.ok(box.scrollHeight <= box.innerHeight, `no vertical scrolling (${box.scrollHeight} > ${box.innerHeight})`);
  assert.ok(box.scrollWidth > box.innerWidth * 2, 'the columns continue to the right');
  await page.context().close();

  // On desktop the page scrolls sideways with a scrollbar that may take room (classic scrollbars):
  // the page is exactly as tall as what is left, never a scrollbar taller (a second scrollbar).
  const desktop = await newVisitor(browser, VIEWPORTS.desktop);
  await openPortalPage(desktop, preview, '/mn/');
  const height = await desktop.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  assert.ok(
    height.scrollHeight <= height.clientHeight,
    `desktop: no vertical scrolling (${height.scrollHeight} > ${height.clientHeight} px inside the scrollbars)`,
  );
  await desktop.mouse.move(640, 400);
  await desktop.mouse.wheel(0, 400);
  await desktop.waitForFunction(() => scrollX > 0);
  await desktop.context().close();
});

// ───────────────────────────── phones: content first ─────────────────────────────

// Written as a string so the test transpiler cannot wrap the function in helpers the page lacks.
// The box of the first piece of text in <main> a reader can see (visually hidden headings skipped).
const FIRST_CONTENT_BOX = `() => {
  const main = document.querySelector('main');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 4 || box.height < 4) continue;
    const parent = node.parentElement;
    if (parent.closest('.visually-hidden') || getComputedStyle(parent).visibility !== 'visible') continue;
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, text: node.textContent.trim().slice(0, 40) };
  }
  return null;
}`;

/**
 * How much of `selector`'s first match a reader sees in the viewport, in px²: 0 when it is not
 * rendered, off screen, or covered (the middle of its visible part hits something else).
 */
async function shownArea(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return 0;
    const box = element.getBoundingClientRect();
    const left = Math.max(box.left, 0);
    const top = Math.max(box.top, 0);
    const width = Math.min(box.right, innerWidth) - left;
    const height = Math.min(box.bottom, innerHeight) - top;
    if (width <= 0 || height <= 0) return 0;
    let hit = document.elementFromPoint(left + width / 2, top + height / 2);
    // A hit inside a shadow root, or on the element's own text, counts as the element.
    while (hit && hit !== element && !element.contains(hit)) hit = (hit.getRootNode() as ShadowRoot).host ?? null;
    return hit ? width * height : 0;
  }, selector);
}

test('phone: Mongolian home and article open on their content; the menu opens by keyboard and by tap; axe-core clean', async () => {
  const article =
    pages.find((p) => p.url === '/mn/news/xlgl-mn-news-001.html')?.url ??
    pageWhere('a Mongolian article', (p) => p.language === 'mn' && p.kind === 'article');
  // At least this much of the first text must be on the first screen, not just its edge.
  const margin = 60;
  for (const url of ['/mn/', article]) {
    const page = await newVisitor(browser, VIEWPORTS.phone, { touch: true });
    const errors = watchErrors(page);
    await openPortalPage(page, preview, url);
    assert.equal(await page.evaluate(() => scrollX), 0);
    const first = (await page.evaluate(`(${FIRST_CONTENT_BOX})()`)) as {
      left: number;
      top: number;
      text: string;
    } | null;
    assert.ok(first, `${url} has text in <main>`);
    assert.ok(
      first.left < VIEWPORTS.phone.width - margin && first.top < VIEWPORTS.phone.height - margin,
      `${url}: the content ("${first.text}") starts in the first screen (left ${Math.round(first.left)} px)`,
    );
    if (url === article)
      assert.ok(
        ((await page.locator('main h1').boundingBox())?.x ?? Infinity) < VIEWPORTS.phone.width - margin,
        'the article heading is in the first screen',
      );
    await page.screenshot({ path: shot(`content-first-${url === '/mn/' ? 'home' : 'article'}-mn-phone`) });

    // The chrome is collapsed behind two labelled buttons: the column menu and the accessibility toolbar.
    const menu = page.locator('.nav-menu > summary');
    const a11y = page.locator('.a11y-menu > summary');
    assert.equal(await shownArea(page, 'nav.columns a'), 0, 'the column links wait behind the menu');
    assert.equal(await shownArea(page, 'bichig-a11y-toolbar'), 0, 'so does the toolbar');
    assert.match((await menu.textContent())?.trim() ?? '', /^[ᠠ-ᢪ]/, 'the menu button is named in Mongolian');
    assert.match((await a11y.textContent())?.trim() ?? '', /^[ᠠ-ᢪ]/, 'so is the toolbar button');
    assert.ok(
      (await shownArea(page, '.nav-menu > summary')) > 0 && (await shownArea(page, '.a11y-menu > summary')) > 0,
    );
    assert.ok((await shownArea(page, '.search-link')) > 0, 'the header links to search');
    assert.ok((await shownArea(page, '.lang-switch')) > 0, 'and to the Chinese version');
    assert.deepEqual(await axeViolations(page), [], `axe-core on ${url} (menus closed)`);

    // Keyboard: Tab reaches the menu button, Enter opens it, the links show in vertical columns, Escape closes.
    await page.keyboard.press('Tab'); // the skip link
    let tabs = 0;
    while (!(await menu.evaluate((el) => el === document.activeElement)) && tabs++ < 12)
      await page.keyboard.press('Tab');
    assert.ok(await menu.evaluate((el) => el === document.activeElement), 'Tab reaches the menu button');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.nav-menu').getAttribute('open'), '');
    assert.ok((await shownArea(page, 'nav.columns a')) > 0, 'the first column link is on screen');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.querySelector('nav.columns a')!).writingMode),
      'vertical-lr',
    );
    const link = page.locator('nav.columns a').first();
    const linkBox = (await link.boundingBox())!;
    assert.ok(linkBox.height > linkBox.width, 'the link reads as a vertical column');
    await page.screenshot({ path: shot(`menu-open-${url === '/mn/' ? 'home' : 'article'}-mn-phone`) });
    assert.deepEqual(await axeViolations(page), [], `axe-core on ${url} (menu open)`);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('details.nav-menu').getAttribute('open'), null, 'Escape closes the menu');
    assert.ok(await menu.evaluate((el) => el === document.activeElement), 'and leaves focus on its button');

    // Tap: the menu opens, and a tapped link leads to its column.
    await menu.tap();
    assert.ok((await shownArea(page, 'nav.columns a')) > 0, 'a tap opens the menu');
    // Tap: the toolbar opens with every setting, and works.
    await a11y.tap();
    const buttons = page.locator('bichig-a11y-toolbar [role="toolbar"] button');
    assert.equal(await buttons.count(), 6, 'every setting is there');
    assert.ok((await buttons.first().boundingBox())!.width > 0);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await buttons.first().tap();
    assert.ok((await size()) > before, 'larger text from the phone toolbar');
    await buttons.last().tap();
    assert.equal(await size(), before, 'reset from the phone toolbar');
    await a11y.tap();
    assert.equal(await shownArea(page, 'bichig-a11y-toolbar'), 0, 'a second tap closes the toolbar');
    const href = await page.locator('nav.columns li:nth-child(2) a').getAttribute('href');
    await page.locator('nav.columns li:nth-child(2) a').tap();
    await page.waitForURL(`**${href}`);
    assert.deepEqual(errors, [], `console errors on ${url}`);
    await page.context().close();
  }
});

test('phone: the Chinese home opens on its content with the same menus; desktop keeps the navigation and toolbar shown', async () => {
  const phone = await newVisitor(browser, VIEWPORTS.phone, { touch: true });
  const errors = watchErrors(phone);
  await openPortalPage(phone, preview, '/');
  const first = (await phone.evaluate(`(${FIRST_CONTENT_BOX})()`)) as { top: number; text: string } | null;
  assert.ok(first && first.top < VIEWPORTS.phone.height - 60, `the content starts in the first screen (${first?.top})`);
  assert.equal(await shownArea(phone, 'nav.columns a'), 0);
  assert.equal((await phone.locator('.nav-menu > summary').textContent())?.trim(), '栏目导航');
  assert.equal((await phone.locator('.a11y-menu > summary').textContent())?.trim(), '无障碍');
  await phone.screenshot({ path: shot('content-first-home-zh-phone') });
  await phone.locator('.nav-menu > summary').focus();
  await phone.keyboard.press('Space');
  assert.ok((await shownArea(phone, 'nav.columns a')) > 0, 'Space opens the menu');
  await phone.screenshot({ path: shot('menu-open-home-zh-phone') });
  assert.deepEqual(await axeViolations(phone), [], 'axe-core on / (phone, menu open)');
  assert.deepEqual(errors, []);
  await phone.context().close();

  for (const url of ['/', '/mn/']) {
    const desktop = await newVisitor(browser, VIEWPORTS.desktop);
    await openPortalPage(desktop, preview, url);
    assert.equal(await shownArea(desktop, '.nav-menu > summary'), 0, `${url}: no menu button on a desktop`);
    assert.equal(await shownArea(desktop, '.a11y-menu > summary'), 0, `${url}: no toolbar button either`);
    assert.equal(await shownArea(desktop, '.search-link'), 0, `${url}: the search box, not a link`);
    assert.ok((await shownArea(desktop, 'nav.columns a')) > 0, `${url}: the navigation is shown`);
    assert.ok((await shownArea(desktop, 'bichig-a11y-toolbar')) > 0, `${url}: and the toolbar`);
    // Whole, across its line: the box reserved for it (overflow hidden across) holds its buttons.
    await desktop.waitForFunction(() =>
      document.querySelector('bichig-a11y-toolbar')?.shadowRoot?.querySelector('[part~="toolbar"] button'),
    );
    const across = await desktop.evaluate(() => {
      const box = document.querySelector('.masthead .toolbar')!;
      const vertical = getComputedStyle(box).writingMode.startsWith('vertical');
      const outer = box.getBoundingClientRect();
      const buttons = [
        ...document.querySelector('bichig-a11y-toolbar')!.shadowRoot!.querySelectorAll('[part~="toolbar"] button'),
      ].map((b) => b.getBoundingClientRect());
      return vertical
        ? {
            start: outer.left,
            end: outer.right,
            first: Math.min(...buttons.map((b) => b.left)),
            last: Math.max(...buttons.map((b) => b.right)),
          }
        : {
            start: outer.top,
            end: outer.bottom,
            first: Math.min(...buttons.map((b) => b.top)),
            last: Math.max(...buttons.map((b) => b.bottom)),
          };
    });
    assert.ok(
      across.first >= across.start && across.last <= across.end,
      `${url}: the toolbar's buttons (${across.first}–${across.last}) are not clipped by their box (${across.start}–${across.end})`,
    );
    assert.ok((await shownArea(desktop, '.search-box input')) > 0);
    assert.equal(
      await desktop.locator('details.nav-menu').getAttribute('open'),
      '',
      'the open state follows the width',
    );
    await desktop.context().close();
  }
});

test('Mongolian pages read without JavaScript, in their own font subset', async () => {
  const url = pageWhere('a Mongolian article', (p) => p.language === 'mn' && p.kind === 'article');
  const page = await newVisitor(browser, VIEWPORTS.phone, { javaScriptEnabled: false });
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(new URL(url, preview.url).href);
  await page.waitForLoadState('networkidle');
  assert.ok(
    fonts.some((f) => /^200 \/fonts\/mn-[0-9a-f]+\.woff2$/.test(f)),
    `the page's Mongolian subset loaded (${fonts.join(', ')})`,
  );
  assert.ok(!fonts.some((f) => f.includes('NotoSansMongolian-Regular')), 'not the whole font');
  const title = await page.locator('main h1').boundingBox();
  assert.ok(title && title.height > title.width, 'the title is set vertically');
  assert.ok(title.x < VIEWPORTS.phone.width - 60, `the title is in the first screen (left ${title.x} px)`);
  await page.screenshot({ path: shot('article-mn-phone-no-js') });
  // The menu is a plain <details>: it opens without a script.
  assert.equal(await shownArea(page, 'nav.columns a'), 0);
  await page.locator('.nav-menu > summary').click();
  assert.ok((await shownArea(page, 'nav.columns a')) > 0, 'the menu opens without JavaScript');
  await page.context().close();

  // The subset holds every Mongolian character the page shows, and is much smaller than the font.
  const document = await (await fetch(new URL(url, preview.url))).text();
  const subsetUrl = /\/fonts\/mn-[0-9a-f]+\.woff2/.exec(document)![0];
  const bytes = new Uint8Array(await (await fetch(new URL(subsetUrl, preview.url))).arrayBuffer());
  const full = readFileSync(new URL('../../fonts/NotoSansMongolian-Regular.woff2', import.meta.url));
  assert.ok(bytes.byteLength < full.byteLength * 0.6, `subset ${bytes.byteLength} B vs full ${full.byteLength} B`);
  const font = await loadFont(bytes);
  const shown = new Set(
    [...document.replace(/<[^>]+>/g, ' ')].map((c) => c.codePointAt(0)!).filter((cp) => cp >= 0x1820 && cp <= 0x18aa),
  );
  const missing = [...shown].filter((cp) => !font.hasCodePoint(cp)).map((cp) => `U+${cp.toString(16).toUpperCase()}`);
  assert.deepEqual(missing, []);
});

test('Chinese pages draw their Mongolian words as shaped SVG and download no font', async () => {
  const page = await newVisitor(browser, VIEWPORTS.desktop);
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.(woff2?|ttf)$/.test(new URL(response.url()).pathname)) fonts.push(response.url());
  });
  await openPortalPage(page, preview, '/dwq/');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fonts, []);
  const name = page.locator('.site-name svg.name-mn');
  assert.equal(await name.getAttribute('lang'), 'mn-Mong');
  assert.match((await name.getAttribute('aria-label')) ?? '', /^[\u1820-\u18AA]/);
  assert.ok((await name.locator('use').count()) > 5, 'the glyphs are drawn');
  const box = (await name.boundingBox())!;
  assert.ok(box.height > box.width / 3, 'set vertically, in columns');
  await page.context().close();
});

test('an unknown URL is a 404, not the home page', async () => {
  const response = await fetch(new URL('/no-such-column/', preview.url));
  assert.equal(response.status, 404);
});

// Every page type, in both languages, at both sizes: no console errors, axe-core clean, screenshots.
const PAGE_TYPES: [string, (p: PortalPage) => boolean][] = [
  ['home-zh', (p) => p.url === '/'],
  ['home-mn', (p) => p.url === '/mn/'],
  ['banner-home-zh', (p) => p.url === '/dwq/'],
  ['department-home-zh', (p) => p.kind === 'home' && p.url.startsWith('/bm/')],
  ['sumu-home-zh', (p) => p.url === '/dwq/wlyst/'],
  ['news-column-zh', (p) => p.url === '/news/'],
  ['news-column-mn', (p) => p.url === '/mn/news/'],
  ['article-zh', (p) => p.kind === 'article' && p.language === 'zh'],
  ['article-mn', (p) => p.kind === 'article' && p.language === 'mn'],
  ['catalog-zh', (p) => p.url === '/disclosure/'],
  ['catalog-entry-zh', (p) => p.kind === 'item' && p.url.startsWith('/disclosure/')],
  ['catalog-mn', (p) => p.url === '/mn/disclosure/'],
  ['catalog-entry-mn', (p) => p.kind === 'item' && p.url.startsWith('/mn/disclosure/')],
  ['service-hall-zh', (p) => p.url === '/services/'],
  ['service-guide-zh', (p) => p.kind === 'item' && p.url.startsWith('/services/')],
  ['mailbox-zh', (p) => p.url === '/mailbox/'],
  ['mailbox-mn', (p) => p.url === '/mn/mailbox/'],
  ['replied-letter-zh', (p) => p.kind === 'item' && p.url.startsWith('/mailbox/')],
  ['interview-zh', (p) => p.kind === 'item' && p.url.startsWith('/interviews/')],
  ['interview-mn', (p) => p.kind === 'item' && p.url.startsWith('/mn/interviews/')],
  ['survey-zh', (p) => p.url === '/zlq/surveys/survey-002.html'],
  ['survey-mn', (p) => p.kind === 'item' && p.url.startsWith('/mn/surveys/')],
  ['topic-zh', (p) => p.kind === 'item' && p.url.startsWith('/topics/')],
  ['topic-mn', (p) => p.kind === 'item' && p.url.startsWith('/mn/topics/')],
  ['prices-zh', (p) => p.url === '/prices/'],
  ['prices-mn', (p) => p.url === '/mn/prices/'],
  ['supply-demand-zh', (p) => p.kind === 'item' && p.url.startsWith('/supply-demand/')],
  ['leaders-mn', (p) => p.url === '/mn/leaders/'],
  ['search-zh', (p) => p.url === '/search/'],
  ['search-mn', (p) => p.url === '/mn/search/'],
];

for (const [name, match] of PAGE_TYPES) {
  test(`page type ${name}: loads without console errors, axe-core clean, screenshots at phone and desktop`, async () => {
    const url = pageWhere(name, match);
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const page = await newVisitor(browser, viewport);
      const errors = watchErrors(page);
      await openPortalPage(page, preview, url);
      await page.screenshot({ path: shot(`${name}-${size}`) });
      if (size === 'desktop') assert.deepEqual(await axeViolations(page), [], `axe-core on ${url}`);
      assert.deepEqual(errors, [], `console errors on ${url} (${size})`);
      await page.context().close();
    }
  });
}

// ───────────────────────────── pictures, charts and pins ─────────────────────────────

/** Makes every image of the page load now (they are lazy) and returns what each one got. */
async function loadedImages(page: Page, selector: string) {
  return page.evaluate(async (selector) => {
    const images = [...document.querySelectorAll<HTMLImageElement>(selector)];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    return images.map((image) => ({
      src: new URL(image.src).pathname,
      alt: image.alt,
      naturalWidth: image.naturalWidth,
      lang: image.closest('[lang]')?.getAttribute('lang') ?? '',
    }));
  }, selector);
}

test('picture news: the Chinese and Mongolian main portals show their charts, and an article shows its chart with alt text and caption', async () => {
  for (const [home, language] of [
    ['/', 'zh'],
    ['/mn/', 'mn'],
  ] as const) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const page = await newVisitor(browser, viewport);
      const errors = watchErrors(page);
      await openPortalPage(page, preview, home);
      const carousel = page.locator('main .picture-news');
      assert.equal(
        await carousel.getAttribute('aria-roledescription'),
        language === 'mn' ? 'ᠵᠢᠷᠤᠭ\u202Fᠤᠨ ᠵᠠᠭᠰᠠᠭᠠᠯ' : '轮播',
      );
      const slides = carousel.locator('.slide[role="group"]');
      const count = await slides.count();
      assert.ok(count >= 2, `${home} shows at least two slides (${count})`);
      const images = await loadedImages(page, 'main .picture-news img');
      assert.equal(images.length, count);
      for (const image of images) {
        assert.match(image.src, /^\/data\/xilingol\/media\/[a-z0-9-]+\.svg$/);
        assert.ok(image.naturalWidth > 0, `${image.src} loaded on ${home}`);
        assert.ok(image.alt.length > 10, `${image.src} has alt text`);
        if (language === 'mn') assert.match(image.alt, /[\u1820-\u18AA]/, 'Mongolian alt text on the Mongolian portal');
      }
      await page.screenshot({ path: shot(`picture-news-${language}-${size}`) });
      if (size === 'desktop') {
        // The first slide's headline leads to its article, which shows the same chart with its caption.
        const first = images[0]!;
        await slides.first().locator('a').click();
        await page.waitForURL(/\.html$/);
        await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
        const figures = await loadedImages(page, 'main figure img');
        assert.ok(
          figures.some((f) => f.src === first.src && f.alt === first.alt && f.naturalWidth > 0),
          'the article shows the chart',
        );
        const caption = (await page.locator('main figure figcaption').first().textContent())?.trim() ?? '';
        assert.ok(caption.length > 4, 'the chart has a caption');
        if (language === 'mn') assert.match(caption, /[\u1820-\u18AA]/);
        await page.locator('main figure').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot(`article-chart-${language}-desktop`) });
        assert.deepEqual(await axeViolations(page), [], `axe-core on ${page.url()}`);
      }
      assert.deepEqual(errors, [], `console errors on ${home} (${size})`);
      await page.context().close();
    }
  }
});

test('picture news: each picture has its box before it loads, so nothing moves when it comes (both languages, phone and desktop)', async () => {
  // Written as a string (tsx's keepNames would wrap the inner function in a helper the page lacks).
  const boxes = (page: Page) =>
    page.evaluate<{ section: number[]; image: number[] }>(`(() => {
      const rect = (element) => {
        const r = element.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10);
      };
      return {
        section: rect(document.querySelector('main .picture-news')),
        image: rect(document.querySelector('main .picture-news img')),
      };
    })()`);
  for (const home of ['/', '/mn/']) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const page = await newVisitor(browser, viewport);
      const errors = watchErrors(page);
      // The pictures are held back until the page is measured without them.
      const held: (() => Promise<void>)[] = [];
      let holding = true;
      await page.route('**/data/xilingol/media/*', (route) => {
        if (holding) held.push(() => route.continue());
        else void route.continue();
      });
      // Not openPortalPage: the load event waits for the pictures.
      await page.goto(new URL(home, preview.url).href, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      await page.evaluate(() => document.fonts.ready);
      const before = await boxes(page);
      assert.equal(
        await page.evaluate(() => (document.querySelector('main .picture-news img') as HTMLImageElement).complete),
        false,
        'the first picture is held back while the page is measured',
      );
      assert.ok(
        before.image[2]! > 0 && before.image[3]! > 0,
        `${home} (${size}): the picture has a box before it loads`,
      );
      holding = false;
      await Promise.all(held.splice(0).map((release) => release()));
      await page.waitForFunction(() => {
        const image = document.querySelector('main .picture-news img') as HTMLImageElement;
        return image.complete && image.naturalWidth > 0;
      });
      // One frame for the layout of the loaded picture.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(
        await boxes(page),
        before,
        `${home} (${size}): the picture news did not move or grow when its picture came`,
      );
      assert.deepEqual(errors, [], `console errors on ${home} (${size})`);
      await page.context().close();
    }
  }
});

// Written as a string (tsx's keepNames would wrap named inner functions in a helper the page lacks).
const FAR_INK = `async ({ first, second, width }) => {
  const draw = async (markup) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const w = Math.min(width, canvas.width);
    const data = context.getImageData(0, 0, w, canvas.height).data;
    const dark = new Uint8Array(w * canvas.height);
    for (let i = 0; i < dark.length; i++) dark[i] = data[i * 4] + data[i * 4 + 1] + data[i * 4 + 2] < 384 ? 1 : 0;
    return { dark, w, h: canvas.height };
  };
  const a = await draw(first);
  const b = await draw(second);
  const far = (p, q) => {
    let ink = 0;
    let away = 0;
    for (let y = 0; y < p.h; y++)
      for (let x = 0; x < p.w; x++) {
        if (!p.dark[y * p.w + x]) continue;
        ink++;
        let near = false;
        for (let dy = -2; dy <= 2 && !near; dy++)
          for (let dx = -2; dx <= 2 && !near; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy >= 0 && yy < q.h && xx >= 0 && xx < q.w && q.dark[yy * q.w + xx]) near = true;
          }
        if (!near) away++;
      }
    return { ink, away };
  };
  return { first: far(a, b), second: far(b, a) };
}`;

test('Mongolian charts are outlines: in an <img>, with no font inside, they draw what a browser sets with the font', async () => {
  const page = await newVisitor(browser, VIEWPORTS.desktop);
  await openPortalPage(page, preview, '/mn/');
  const src = await page.locator('main .picture-news img').first().getAttribute('src');
  assert.ok(src);
  const published = await (await fetch(new URL(src, preview.url))).text();
  assert.doesNotMatch(published, /@font-face|data:font/, `${src} carries no font`);
  assert.ok(
    ![...published.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].some((m) => /[\u1820-\u18AA]/.test(m[1]!)),
    `${src} has no Mongolian <text> left`,
  );
  // The reference: the fixture's chart with the whole project font embedded (no unicode-range, so
  // spaces stay in the Mongolian run), which Chromium sets correctly as vertical SVG text. The
  // outlines must put the same ink in the same places; what may differ is one- and two-digit runs,
  // which the outlines set upright like the shaped renderer, and digits from another font.
  const name = src.split('/').pop()!;
  const source = readFileSync(new URL(`../../packages/fixtures/xilingol/media/${name}`, import.meta.url), 'utf8');
  const woff2 = readFileSync(new URL('../../fonts/NotoSansMongolian-Regular.woff2', import.meta.url)).toString(
    'base64',
  );
  const reference = source.replace(
    /<style>/,
    `<style>@font-face{font-family:'Bichig Mongolian';src:url(data:font/woff2;base64,${woff2}) format('woff2')}`,
  );
  type Far = { ink: number; away: number };
  // Drawn in a blank page: the portal's CSP (rightly) refuses the blob: images the comparison makes.
  await page.goto('about:blank');
  const { first, second } = (await page.evaluate(
    `(${FAR_INK})(${JSON.stringify({ first: published, second: reference, width: 720 })})`,
  )) as { first: Far; second: Far };
  assert.ok(first.ink > 5000, `the chart is drawn (${first.ink} dark pixels)`);
  assert.ok(first.away / first.ink < 0.04, `outline ink more than 2 px from the font's: ${first.away} of ${first.ink}`);
  assert.ok(
    second.away / second.ink < 0.04,
    `font ink more than 2 px from the outlines': ${second.away} of ${second.ink}`,
  );
  assert.ok(Math.abs(first.ink / second.ink - 1) < 0.15, `as much ink (${first.ink} and ${second.ink} px)`);
  // Without the outlines the labels are gone: the comparison sees them, not only the chart's lines.
  const bare = published.replace(/<g aria-label="[^"]*"[^>]*>(?:<g [^>]*>(?:<use [^>]*\/>)+<\/g>)+<\/g>/g, '');
  const without = (await page.evaluate(
    `(${FAR_INK})(${JSON.stringify({ first: bare, second: reference, width: 720 })})`,
  )) as { first: Far; second: Far };
  assert.ok(without.second.away > 10 * second.away + 1000, `the outlines draw the labels (${without.second.away} px)`);
  await page.context().close();
});

test('pinned items come first in their own column, and are not pinned where the league gathers them', async () => {
  const page = await newVisitor(browser, VIEWPORTS.desktop, { javaScriptEnabled: false });
  const entries = async (url: string) => {
    await page.goto(new URL(url, preview.url).href);
    return page.locator('main .item-list > li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        pinned: li.classList.contains('pinned'),
        badge: li.querySelector('.badge')?.textContent ?? '',
      })),
    );
  };
  const pinnedHrefs = new Map<string, string[]>();
  for (const [url, badge] of [
    ['/news/', '置顶'],
    ['/mn/news/', 'ᠲᠡᠷᠢᠭᠦᠨ\u202Fᠳᠦ'],
    ['/dwq/news/', '置顶'],
  ] as const) {
    const list = await entries(url);
    pinnedHrefs.set(
      url,
      list.filter((e) => e.pinned).map((e) => e.href),
    );
    const pinned = list.filter((e) => e.pinned).length;
    assert.ok(pinned > 0, `${url} has pinned items`);
    assert.ok(
      list.slice(0, pinned).every((e) => e.pinned && e.badge === badge),
      `${url}: pinned first, badged`,
    );
    assert.ok(
      list.slice(pinned).every((e) => !e.pinned && e.badge === ''),
      `${url}: then the rest`,
    );
  }
  // The league's column of banner news gathers East Ujimqin's pinned news without pinning it.
  const gathered = await entries('/banner-news/');
  const fromBanner = gathered.filter((e) => pinnedHrefs.get('/dwq/news/')!.includes(e.href));
  assert.ok(fromBanner.length > 0, 'the league lists a news item East Ujimqin pinned');
  assert.deepEqual(
    gathered.filter((e) => e.pinned || e.badge),
    [],
  );
  await page.context().close();
});
