import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startPreview, launchBrowser, watchErrors, axeViolations, SCREENSHOTS, type Preview } from './support.js';

let preview: Preview;
let browser: Browser;
before(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await preview?.close();
});

for (const [name, viewport] of [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test(`the demo page shows vertical Mongolian in the project font (${name})`, async () => {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(preview.url);
    await page.evaluate(() => document.fonts.ready);
    const state = await page.evaluate(() => {
      const mn = document.querySelector<HTMLElement>('article.mn')!;
      return {
        loaded: document.fonts.check('24px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ'),
        writingMode: getComputedStyle(mn).writingMode,
        lang: mn.lang,
        text: mn.textContent!.replace(/\s+/g, ' ').trim(),
        columns: mn.getClientRects().length,
      };
    });
    assert.equal(state.loaded, true, 'the Mongolian web font loaded');
    assert.equal(state.writingMode, 'vertical-lr');
    assert.equal(state.lang, 'mn-Mong');
    assert.match(state.text, /^ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠲᠥᠷᠥᠵᠦ/);
    await page.screenshot({ path: new URL(`first-page-${name}.png`, SCREENSHOTS).pathname, fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
