// The loop closes on the portal (#15): the built portal served by @bichig/server, a letter typed in
// Mongolian on /mn/ with the virtual keyboard reaches the database, the site's dispatcher routes it
// on the desk, its department replies in Mongolian and publishes, and the same portal page, not
// rebuilt, shows the reply and counts it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { DeskLetter } from '@bichig/cluster/forms';
import { importCluster, importSearchIndex, migrate, putStaff, routingDepartments, type Database } from '@bichig/server';
import { BACKENDS, fixtureCluster, listen, type Backend } from '../server/support.js';
import {
  FIXTURE_NOW,
  SCREENSHOTS,
  VIEWPORTS,
  deepText,
  launchBrowser,
  newVisitor,
  openPortalPage,
  typeWithVirtualKeyboard,
  watchErrors,
  type Preview,
} from './support.js';

const SITE = 'xlgl-mn';
const PASSWORD = 'desk password 2026';
const SUBJECT = 'ᠮᠠᠯ ᠡᠮᠴᠢ';
const BODY = 'ᠮᠠᠯ ᠡᠮᠴᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ';
const REPLY = 'ᠮᠠᠯ ᠤᠨ ᠡᠮᠴᠢ ᠢᠷᠡᠪᠡ';

let db: Database;
let server: Preview;
let browser: Browser;
let handlerOrg: string;

let drop: () => Promise<void>;

async function setUp(backend: Backend): Promise<void> {
  ({ db, drop } = await backend.open());
  await migrate(db);
  const cluster = await fixtureCluster();
  await importCluster(db, cluster, [SITE, 'zlq']);
  await importSearchIndex(db, cluster, FIXTURE_NOW.toISOString());
  const site = cluster.site(SITE);
  const mailboxIds = site.mailboxes.map((m) => m.id);
  handlerOrg = routingDepartments(cluster, SITE).find((o) => o.code !== site.orgCode)!.code;
  for (const [username, role, orgCode] of [
    ['dispatch', 'dispatcher', site.orgCode],
    ['handler', 'handler', handlerOrg],
  ] as const)
    await putStaff(db, { username, name: username, siteId: SITE, orgCode, role, mailboxIds, password: PASSWORD });
  const listening = await listen(db, {
    portal: fileURLToPath(new URL('../../demo-site/dist/', import.meta.url)),
    now: () => FIXTURE_NOW,
  });
  server = { url: `${listening.url}/`, close: listening.close };
}

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A member of staff signed in to the desk's API. */
async function desk(username: string) {
  const signIn = await fetch(new URL('api/desk/session', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(signIn.status, 200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(`api/desk/${path}`, server.url), {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    assert.equal(response.status, 200, `${method} ${path}`);
    return response.json();
  };
}

// The same suite on embedded PostgreSQL (what `npm start` runs) and on a PostgreSQL server.
for (const backend of BACKENDS) {
  describe(`the portal served by @bichig/server on ${backend.name}`, () => {
    before(() => setUp(backend));
    after(async () => {
      await server?.close();
      await drop?.();
    });

    test('a letter typed on /mn/ reaches the desk, and its published Mongolian reply appears on the portal without a rebuild', async () => {
      const page = await newVisitor(browser, VIEWPORTS.desktop);
      const errors = watchErrors(page);
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') sent.push(new URL(request.url()).pathname);
      });
      await openPortalPage(page, server, '/mn/mailbox/');
      const mailbox = page.locator('bichig-mailbox').first();
      const statistics = async () => {
        await mailbox.locator('[role="tab"]').nth(3).click();
        await mailbox.locator('[part~="statistics"]').waitFor();
        return page.evaluate(async () => {
          const element = document.querySelector('bichig-mailbox') as unknown as {
            adapter: { letterStatistics(q: object): Promise<{ overall: { received: number; answered: number } }> };
          };
          return (await element.adapter.letterStatistics({})).overall;
        });
      };
      const before = await statistics();

      await mailbox.locator('[role="tab"]').nth(0).click();
      await mailbox.locator('input[type="radio"]').first().check();
      await mailbox.locator('bichig-input').click();
      await typeWithVirtualKeyboard(page, 'bichig-mailbox bichig-keyboard', SUBJECT);
      await mailbox.locator('bichig-textarea').click();
      await typeWithVirtualKeyboard(page, 'bichig-mailbox bichig-keyboard', BODY);
      await mailbox.locator('input[data-field="contact.name"]').fill('ᠪᠠᠲᠤ');
      await mailbox.locator('input[data-field="contact.phone"]').fill('13800000000');
      // The writer agrees to publication with the reply.
      await mailbox.locator('label.public input[type="checkbox"]').check();
      await mailbox.locator('[part~="submit"]').click();
      await mailbox.locator('[part~="receipt"]').waitFor();
      const code = /[0-9A-Z]{8,12}/.exec(await deepText(page, '[part~="receipt"]'))?.[0];
      assert.ok(code, 'the receipt shows a query code');
      assert.deepEqual(
        sent,
        [`/api/forms/${SITE}/letters`],
        'the letter went to the server, not to the browser’s storage',
      );

      // On the desk: the dispatcher finds it with the writer's contact and routes it; the department replies.
      const dispatcher = await desk('dispatch');
      const open = (await dispatcher('GET', 'letters')) as { items: DeskLetter[] };
      const letter = open.items.find((item) => item.letter.queryCode === code);
      assert.ok(letter, 'the letter waits on the dispatcher’s desk');
      assert.equal(letter.letter.subject, SUBJECT);
      assert.deepEqual(letter.letter.body, [BODY]);
      assert.equal(letter.contact?.phone, '13800000000');
      assert.equal(letter.letter.public, true);
      await dispatcher('POST', `letters/${letter.letter.id}/steps`, { action: 'accept', handlingOrgCode: handlerOrg });
      const handler = await desk('handler');
      const replied = (await handler('POST', `letters/${letter.letter.id}/steps`, {
        action: 'reply',
        language: 'mn',
        body: REPLY,
        publish: true,
      })) as DeskLetter;
      assert.equal(replied.published, true);

      // The same built page, reloaded: the reply is listed and counted.
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      await mailbox.locator('[role="tab"]').nth(2).click();
      await mailbox.locator('[part~="reply"]').first().waitFor();
      const list = await deepText(page, 'bichig-mailbox');
      assert.ok(list.includes(SUBJECT), 'the replied letter is listed');
      assert.ok(list.includes(REPLY), 'with its Mongolian reply');
      const after = await statistics();
      assert.deepEqual(after, { ...after, received: before.received + 1, answered: before.answered + 1 });
      await page.screenshot({ path: new URL('server-loop-mn-replied.png', SCREENSHOTS).pathname });
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test('the search page asks the server: one small answer per query, no index downloaded, the same results', async () => {
      const page = await newVisitor(browser, VIEWPORTS.phone);
      const errors = watchErrors(page);
      const requests: { path: string; bytes: number }[] = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/data/'))
          void request
            .sizes()
            .then((sizes) => requests.push({ path: url.pathname + url.search, bytes: sizes.responseBodySize }));
      });
      const word = 'ᠮᠠᠯ';
      await openPortalPage(page, server, `/mn/search/?q=${encodeURIComponent(word)}`);
      const results = page.locator('bichig-search [part~="result"]');
      await results.first().waitFor();
      const shown = await results.count();
      const expected = (await (
        await fetch(new URL(`api/search/?q=${encodeURIComponent(word)}&limit=10`, server.url))
      ).json()) as {
        hits: unknown[];
      };
      assert.equal(shown, expected.hits.length);
      assert.match(await deepText(page, '[part~="results"]'), new RegExp(word));
      assert.ok((await page.locator('bichig-search [part~="mark"]').count()) > 0, 'matches are highlighted');
      const paths = requests.map((r) => r.path);
      assert.deepEqual(
        paths.filter((p) => p.startsWith('/data/search/')),
        [],
        'no shard of the static index is downloaded',
      );
      const answers = requests.filter((r) => r.path.startsWith('/api/search/?'));
      assert.equal(answers.length, 1, paths.join(' '));
      await page.screenshot({ path: new URL('server-loop-mn-search.png', SCREENSHOTS).pathname });
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test('a survey answer on the portal is stored by the server and counted in its results', async () => {
      const page = await newVisitor(browser);
      const errors = watchErrors(page);
      await openPortalPage(page, server, '/zlq/surveys/survey-002.html');
      const survey = page.locator('bichig-survey');
      await survey.waitFor();
      const results = async () =>
        (await (await fetch(new URL('api/forms/zlq/surveys/survey-002/results', server.url))).json()) as {
          responses: number;
          questions: { textAnswers?: number }[];
        };
      const before = await results();
      await survey.locator('textarea').first().fill('建议在苏木设立流动服务点。');
      await survey.locator('[part~="submit"]').click();
      await survey.locator('[part~="results"]').waitFor();
      const after = await results();
      assert.equal(after.responses, before.responses + 1);
      assert.equal(after.questions[0]?.textAnswers, (before.questions[0]?.textAnswers ?? 0) + 1);
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    test('the staff desk page: the dispatcher signs in, routes a letter written on the portal; its department replies in Mongolian on the keyboard and publishes', async () => {
      const forms = await fetch(new URL(`api/forms/${SITE}/letters`, server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          mailboxId: 'leader',
          purpose: 'consult',
          language: 'mn',
          subject: 'ᠤᠰᠤ ᠶᠢᠨ ᠠᠰᠠᠭᠤᠳᠠᠯ',
          body: 'ᠮᠠᠨ ᠤ ᠭᠠᠴᠠᠭ ᠲᠤ ᠤᠰᠤ ᠦᠭᠡᠢ',
          contact: { name: 'ᠪᠠᠲᠤ', phone: '13800000002' },
          public: true,
        }),
      });
      assert.equal(forms.status, 201);
      const { queryCode } = (await forms.json()) as { queryCode: string };
      const dispatcherApi = await desk('dispatch');
      const id = ((await dispatcherApi('GET', 'letters')) as { items: DeskLetter[] }).items.find(
        (i) => i.letter.queryCode === queryCode,
      )!.letter.id;

      const page = await newVisitor(browser, VIEWPORTS.desktop);
      const errors = watchErrors(page);
      await openPortalPage(page, server, '/mn/desk/');
      const element = page.locator('bichig-letter-desk');
      const signIn = async (username: string) => {
        await element.locator('input[name="username"]').fill(username);
        await element.locator('input[name="password"]').fill(PASSWORD);
        await element.locator('form.sign-in button[type="submit"]').click();
        await element.locator(`button[data-letter="${id}"]`).waitFor();
      };
      await signIn('dispatch');
      await element.locator(`button[data-letter="${id}"]`).click();
      await element.locator('.desk-letter .query-code').waitFor();
      assert.match(await deepText(page, '.desk-letter'), /13800000002/, 'the writer’s contact is on the desk');
      await element.locator('select[data-field="handlingOrgCode"]').selectOption(handlerOrg);
      await element.locator('form[data-action="accept"] button[type="submit"]').click();
      await element.locator('.outcome').waitFor();
      await page.screenshot({ path: new URL('server-loop-desk-routed.png', SCREENSHOTS).pathname });

      // The department's member, in a browser of their own.
      const handlerPage = await newVisitor(browser, VIEWPORTS.desktop);
      const handlerErrors = watchErrors(handlerPage);
      await openPortalPage(handlerPage, server, '/mn/desk/');
      const handlerDesk = handlerPage.locator('bichig-letter-desk');
      await handlerDesk.locator('input[name="username"]').fill('handler');
      await handlerDesk.locator('input[name="password"]').fill(PASSWORD);
      await handlerDesk.locator('form.sign-in button[type="submit"]').click();
      await handlerDesk.locator(`button[data-letter="${id}"]`).click();
      await handlerDesk.locator('.desk-letter .query-code').waitFor();
      await handlerDesk.locator('form[data-action="reply"] input[type="radio"][value="mn"]').check();
      await handlerDesk.locator('form[data-action="reply"] bichig-textarea').click();
      await typeWithVirtualKeyboard(handlerPage, 'bichig-letter-desk bichig-keyboard', REPLY);
      await handlerDesk.locator('form[data-action="reply"] input[data-field="publish"]').check();
      await handlerDesk.locator('form[data-action="reply"] button[type="submit"]').click();
      await handlerDesk.locator('.outcome').waitFor();
      await handlerPage.screenshot({ path: new URL('server-loop-desk-replied.png', SCREENSHOTS).pathname });

      const lookup = (await (await fetch(new URL(`api/forms/${SITE}/letters/${queryCode}`, server.url))).json()) as {
        letter: { reply?: { body: string[]; language?: string } };
        flags: { status: string };
      };
      assert.equal(lookup.flags.status, 'replied');
      assert.deepEqual(lookup.letter.reply?.body, [REPLY]);
      assert.equal(lookup.letter.reply?.language, 'mn');
      assert.deepEqual(errors, []);
      assert.deepEqual(handlerErrors, []);
      await page.context().close();
      await handlerPage.context().close();
    });
  });
}
