// Reading offline (#14) on the built portal in Chromium, the browser set offline with
// `context.setOffline(true)`: an article opened online reads offline; a page never saved shows the
// offline page in the reader's language, listing what is saved; a site's offline pack is kept
// after the first visit (an article never opened reads offline); a letter written offline waits
// in the outbox and leaves when the link returns, with its receipt shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  startPreview,
  launchBrowser,
  watchErrors,
  newVisitor,
  openPortalPage,
  portalPages,
  SCREENSHOTS,
  FIXTURE_NOW,
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

interface Pack {
  site: string;
  budgetBytes: number;
  totalBytes: number;
  entries: { url: string; bytes: number; kind: 'page' | 'asset' }[];
}
function packOf(site: string): Pack {
  return JSON.parse(
    readFileSync(
      new URL(`../../demo-site/dist/data/offline/${encodeURIComponent(site)}.json`, import.meta.url),
      'utf8',
    ),
  ) as Pack;
}

/** Opens a page online and waits until the service worker has kept it (and the site's pack). */
async function openAndKeep(page: Page, url: string): Promise<void> {
  await openPortalPage(page, preview, url);
  await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', undefined, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => document.documentElement.dataset['offlinePack'] === 'ready', undefined, {
    timeout: 60_000,
  });
}

/** Navigates while offline (the service worker answers); resolves when the page has loaded. */
async function gotoOffline(page: Page, url: string): Promise<void> {
  await page.goto(new URL(url, preview.url).href, { waitUntil: 'load' });
}

const heading = (page: Page) => page.locator('main h1').first().textContent();

test('an opened article reads offline; a page never saved shows the offline page in its language, listing it', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  const context = page.context();
  const site = pages.find((p) => p.language === 'mn' && p.kind === 'article' && p.url.startsWith('/mn/'))!;
  const pack = packOf(site.site!);
  // An article outside the pack: only opening it can have kept it.
  const article =
    pages.find((p) => p.site === site.site && p.kind === 'article' && !pack.entries.some((e) => e.url === p.url)) ??
    site;
  await openAndKeep(page, article.url);
  const title = await heading(page);
  assert.ok(title, 'the article has a heading');

  await context.setOffline(true);
  await page.reload({ waitUntil: 'load' });
  assert.equal(await heading(page), title, 'the article reads offline');
  assert.equal(await page.locator('html').getAttribute('lang'), 'mn-Mong');

  // A column page of the same site was never opened and is in no pack: the Mongolian offline page.
  const column = pages.find((p) => p.site === site.site && p.kind === 'column')!;
  await gotoOffline(page, column.url);
  await page.waitForFunction(() => document.documentElement.dataset['offlineList'] === 'ready');
  assert.equal(await page.locator('html').getAttribute('lang'), 'mn-Mong');
  assert.equal(await page.locator('html').getAttribute('data-kind'), 'offline');
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).writingMode),
    'vertical-lr',
    'the Mongolian offline page is vertical',
  );
  const listed = await page
    .locator('[data-offline-list] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(listed.includes(article.url), `the offline page lists the article read offline (${article.url})`);
  assert.ok(listed.includes(pack.entries[0]!.url), 'and the site pack');
  await page.screenshot({ path: new URL('offline-page-mn.png', SCREENSHOTS).pathname });

  // A Chinese page never saved: the Chinese offline page.
  const chinese =
    pages.find((p) => p.language === 'zh' && p.kind === 'column' && p.site === 'xlgl') ??
    pages.find((p) => p.language === 'zh' && p.kind === 'column')!;
  await gotoOffline(page, chinese.url);
  await page.waitForFunction(() => document.documentElement.dataset['offlineList'] === 'ready');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  assert.equal(await heading(page), '此页面暂时无法打开');
  assert.deepEqual(
    errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
    [],
  );
  await context.close();
});

test("a site's offline pack is kept after the first visit, within its budget: an article never opened reads offline", async () => {
  const page = await newVisitor(browser);
  const context = page.context();
  const home = pages.find((p) => p.language === 'zh' && p.kind === 'home' && p.site && p.url !== '/')!;
  const pack = packOf(home.site!);
  assert.ok(pack.totalBytes <= pack.budgetBytes, 'the pack the build wrote fits its budget');
  const packed = pack.entries.filter((e) => e.kind === 'page' && e.url !== home.url);
  assert.ok(packed.length > 0, `the pack of ${home.site} holds articles`);
  await openAndKeep(page, home.url);
  const kept = await page.evaluate(() => document.documentElement.dataset['offlinePack']);
  assert.equal(kept, 'ready');

  const article = packed.at(-1)!;
  await context.setOffline(true);
  await gotoOffline(page, article.url);
  assert.equal(await page.locator('html').getAttribute('data-kind'), 'article', `${article.url} reads offline`);
  // What the worker stored for packs, in bytes: never above the budget.
  const stored = await page.evaluate(async () => {
    const cache = await caches.open('portal-packs');
    let bytes = 0;
    for (const request of await cache.keys()) bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
    return bytes;
  });
  assert.ok(stored <= pack.budgetBytes, `stored ${stored} bytes ≤ budget ${pack.budgetBytes}`);
  await context.close();
});

/** A form API for the portal, answered by Playwright: refuses (no network) while `down`. */
function serveFormApi(context: BrowserContext): { down: boolean; letters: unknown[] } {
  const api = { down: false, letters: [] as unknown[] };
  void context.route('**/portal-config.json', (route) => route.fulfill({ json: { formApi: '/api/forms/' } }));
  void context.route('**/api/forms/**', async (route) => {
    if (api.down) return route.abort('internetdisconnected');
    const request = route.request();
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/letters')) {
      api.letters.push(request.postDataJSON());
      return route.fulfill({
        status: 201,
        json: { queryCode: `OFFLINE${api.letters.length}A`, submittedAt: FIXTURE_NOW.toISOString() },
      });
    }
    return route.fulfill({ status: 404, json: {} });
  });
  return api;
}

test('search offline: a query made online answers again offline (its code and files kept); one never made shows the error state', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  const context = page.context();
  await openAndKeep(page, '/mn/search/');
  // The query code is loaded by the first query, through the worker, which keeps it with the index files.
  const word = 'ᠮᠠᠯ';
  await openPortalPage(page, preview, `/mn/search/?q=${encodeURIComponent(word)}`);
  const titles = page.locator('bichig-search [part~="title"]');
  await titles.first().waitFor();
  const online = await titles.allTextContents();
  assert.ok(online.length > 0);

  await context.setOffline(true);
  await page.reload({ waitUntil: 'load' });
  await titles.first().waitFor();
  assert.deepEqual(await titles.allTextContents(), online, 'the same results offline');

  // A query whose files were never fetched cannot be answered offline: the error state, as before.
  await page.locator('bichig-search [part~="input"]').fill('草原生态保护');
  await page.locator('bichig-search [part~="submit"]').click();
  await page.locator('bichig-search [part~="state"][part~="error"][role="alert"]').waitFor();
  assert.deepEqual(
    errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/.test(e)),
    [],
  );
  await context.close();
});

test('a letter written offline waits in the outbox (through a reload) and leaves with its receipt when the link returns', async () => {
  // The worker is left out here: the page is open before the link goes, and the API is routed.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const api = serveFormApi(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXTURE_NOW);
  const mailboxUrl = pages.find((p) => p.language === 'zh' && p.features.includes('mailbox'))!.url;
  await openPortalPage(page, preview, mailboxUrl);
  const mailbox = page.locator('bichig-mailbox').first();
  await mailbox.locator('input[type="radio"]').first().check();
  await mailbox.locator('[data-field="subject"]').click();
  await page.keyboard.type('草场围栏');
  await mailbox.locator('[data-field="body"]').click();
  await page.keyboard.type('请问草场围栏补贴什么时候发放？');
  await mailbox.locator('input[data-field="contact.name"]').fill('巴图');
  await mailbox.locator('input[data-field="contact.phone"]').fill('13800000000');

  api.down = true;
  await context.setOffline(true);
  await mailbox.locator('button[type="submit"]').click();
  const status = mailbox.locator('[part~="outbox-status"]');
  await page.waitForFunction(
    () =>
      document
        .querySelector('bichig-mailbox')
        ?.shadowRoot?.querySelector('[part~="outbox-status"]')
        ?.getAttribute('data-state') === 'queued',
  );
  assert.equal(await status.getAttribute('role'), 'status', 'the waiting letter is announced');
  assert.match((await status.textContent()) ?? '', /等待发送/);
  assert.equal(api.letters.length, 0);

  // Still no link to the server, the page reloaded: the letter still waits, and the text is there.
  await context.setOffline(false);
  await openPortalPage(page, preview, mailboxUrl);
  await page.waitForFunction(
    () =>
      document
        .querySelector('bichig-mailbox')
        ?.shadowRoot?.querySelector('[part~="outbox-status"]')
        ?.getAttribute('data-state') === 'queued',
  );
  assert.equal(api.letters.length, 0);

  // The link returns: the letter leaves and its receipt is shown.
  api.down = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await mailbox.locator('[part~="receipt"] .query-code').waitFor();
  assert.equal(await mailbox.locator('[part~="receipt"] .query-code').textContent(), 'OFFLINE1A');
  assert.equal(api.letters.length, 1);
  assert.equal((api.letters[0] as { subject: string }).subject, '草场围栏');
  await page.screenshot({ path: new URL('offline-letter-sent.png', SCREENSHOTS).pathname });
  await context.close();
});

test('a new version is announced politely in the page language and applied only when the reader accepts', async () => {
  const page = await newVisitor(browser);
  const errors = watchErrors(page);
  const context = page.context();
  await openAndKeep(page, '/mn/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const firstWorker = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL,
  );
  // The next build's worker: the same script with one more byte, as any change to a precached file
  // gives. Written into the built portal for this test (the browser fetches the worker's script
  // itself, outside any route) and put back after it.
  const workerFile = new URL('../../demo-site/dist/sw.js', import.meta.url);
  const built = readFileSync(workerFile, 'utf8');
  writeFileSync(workerFile, `${built}\n/* the next version */\n`);
  try {
    await acceptUpdate(page, firstWorker);
  } finally {
    writeFileSync(workerFile, built);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

async function acceptUpdate(page: Page, firstWorker: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(() => document.documentElement.dataset['update'] === 'waiting', undefined, {
    timeout: 60_000,
  });
  const banner = page.locator('#portal-status div.update-banner');
  assert.ok(await banner.isVisible(), 'the notice is shown');
  assert.equal(await page.locator('#portal-status').getAttribute('role'), 'status');
  assert.match((await banner.textContent()) ?? '', /[\u1820-\u18aa]/, 'in Mongolian on a Mongolian page');
  assert.equal(
    await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate),
    true,
    'nothing reloaded by itself',
  );
  assert.equal(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting)),
    true,
    'the new worker waits',
  );
  await page.screenshot({ path: new URL('offline-update-mn.png', SCREENSHOTS).pathname });

  const reloaded = page.waitForEvent('load');
  await banner.locator('button[data-update="reload"]').click();
  await reloaded;
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  assert.equal(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate), undefined);
  const after = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: Boolean(registration.waiting), active: registration.active!.scriptURL };
  });
  assert.deepEqual(after, { waiting: false, active: firstWorker });
  assert.equal(await page.locator('#portal-status div.update-banner').count(), 0, 'no notice after the update');
}
