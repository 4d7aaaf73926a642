// No letter is lost (#13), in the built portal with Chromium: a Mongolian letter typed on the
// virtual keyboard comes back after a reload, after back/forward, and after the tab is killed,
// with a note in the page's language; once the receipt is shown, the draft is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  startPreview,
  launchBrowser,
  newVisitor,
  openPortalPage,
  SCREENSHOTS,
  typeWithVirtualKeyboard,
  type Preview,
} from './support.js';

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

const MAILBOX = '/mn/mailbox/';
const SUBJECT = 'ᠮᠠᠯ ᠡᠮᠴᠢ';
const BODY = 'ᠮᠠᠯ ᠡᠮᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ';

async function typeOnScreen(page: Page, text: string): Promise<void> {
  await typeWithVirtualKeyboard(page, 'bichig-mailbox bichig-keyboard', text);
}

/** What the subject and letter fields of the mailbox hold, and whether the "restored" note shows. */
async function form(page: Page): Promise<{ subject: string; body: string; name: string; restored: boolean }> {
  const mailbox = page.locator('bichig-mailbox').first();
  await mailbox.waitFor();
  return {
    subject: await mailbox.locator('bichig-input').evaluate((el) => (el as unknown as { value: string }).value),
    body: await mailbox.locator('bichig-textarea').evaluate((el) => (el as unknown as { value: string }).value),
    name: await mailbox.locator('input[data-field="contact.name"]').inputValue(),
    restored: await mailbox.locator('[part~="draft-restored"]').isVisible(),
  };
}

async function waitForRestored(page: Page): Promise<void> {
  await page.locator('bichig-mailbox [part~="draft-restored"]').waitFor({ state: 'visible' });
}

test('a Mongolian letter survives a reload, back/forward and a killed tab, and is forgotten after the receipt', async () => {
  const page = await newVisitor(browser);
  const context = page.context();
  await openPortalPage(page, preview, MAILBOX);
  const mailbox = page.locator('bichig-mailbox').first();
  await mailbox.locator('input[type="radio"]').first().check();
  await mailbox.locator('bichig-input').click();
  await typeOnScreen(page, SUBJECT);
  await mailbox.locator('bichig-textarea').click();
  await typeOnScreen(page, BODY);
  await mailbox.locator('input[data-field="contact.name"]').fill('ᠪᠠᠲᠤ');
  assert.deepEqual(await form(page), { subject: SUBJECT, body: BODY, name: 'ᠪᠠᠲᠤ', restored: false });

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  await waitForRestored(page);
  assert.deepEqual(await form(page), { subject: SUBJECT, body: BODY, name: 'ᠪᠠᠲᠤ', restored: true });
  const note = page.locator('bichig-mailbox [part~="draft-restored"]');
  assert.equal(await note.getAttribute('lang'), 'mn-Mong');
  assert.match((await note.textContent()) ?? '', /[\u1820-\u1878]/, 'the note is in Mongolian');
  await page.screenshot({ path: new URL('drafts-restored-mn.png', SCREENSHOTS).pathname });

  await openPortalPage(page, preview, '/mn/');
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  await page.locator('bichig-mailbox').first().waitFor();
  await page.waitForFunction(
    (subject) =>
      (document.querySelector('bichig-mailbox')?.shadowRoot?.querySelector('bichig-input') as { value?: string } | null)
        ?.value === subject,
    SUBJECT,
  );
  const back = await form(page);
  assert.deepEqual([back.subject, back.body, back.name], [SUBJECT, BODY, 'ᠪᠠᠲᠤ'], 'after back');

  // Kill the tab's renderer, then open the mailbox again in a new tab of the same browser profile.
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  const cdp = await context.newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  const revived = await context.newPage();
  await openPortalPage(revived, preview, MAILBOX);
  await waitForRestored(revived);
  assert.deepEqual(await form(revived), { subject: SUBJECT, body: BODY, name: 'ᠪᠠᠲᠤ', restored: true });

  const again = revived.locator('bichig-mailbox').first();
  await again.locator('input[data-field="contact.phone"]').fill('13800000000');
  await again.locator('[part~="submit"]').click();
  await again.locator('[part~="receipt"]').waitFor();
  await revived.reload();
  await revived.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  await revived.locator('bichig-mailbox bichig-input').waitFor();
  // The stored drafts themselves: none is left for this mailbox.
  const stored = await revived.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('bichig-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve([]);
          const keys = db.transaction('drafts').objectStore('drafts').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
  assert.deepEqual(
    stored.filter((key) => key.startsWith('mailbox/')),
    [],
    'the draft was forgotten',
  );
  const after = await form(revived);
  assert.deepEqual(after, { subject: '', body: '', name: '', restored: false }, 'no draft after the receipt');
  await context.close();
});
