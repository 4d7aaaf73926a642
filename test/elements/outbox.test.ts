// The outbox (#14): a letter or survey answer submitted without network waits in IndexedDB, a new
// page (a new adapter and element) still has it, and it is sent when the link returns, with the
// receipt shown. Offline is a fetch that fails as a browser's does without network; the server
// behind it is a MemoryFormAdapter answering the HTTP API's documented shapes.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-mailbox.js';
import '@bichig/elements/bichig-survey.js';
import {
  HttpFormAdapter,
  MemoryFormAdapter,
  OutboxFormAdapter,
  SubmissionInvalidError,
  SubmissionQueuedError,
  type BichigMailbox,
  type BichigSurvey,
  type LetterDraft,
} from '@bichig/elements';
import {
  $,
  LANGUAGES,
  axeProblems,
  codePoints,
  fixtureCluster,
  mount,
  settled,
  textOf,
  typeMongolian,
  until,
  languageSuiteHooks,
} from './support/interactive-columns.js';
import { screenshot } from './support/pixels.js';

const NOW = '2026-03-02T10:00:00+08:00';
const MONGOLIAN = /[\u1820-\u18aa]/;
const KEYBOARD: Array<[string, string]> = [['bichig-mailbox', 'bichig-keyboard']];
const BASE = 'https://forms.example.test/api/xlgl/';

let databases = 0;
/** A database of its own for each outbox under test, so no test sees another's entries. */
const freshDatabase = () => `bichig-outbox-test-${Date.now()}-${databases++}`;

/** A server behind a link that can go down: `online` false makes every fetch fail as without network. */
function serverBehindLink(memory: MemoryFormAdapter) {
  const link = { online: true, requests: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!link.online) throw new TypeError('Failed to fetch');
    link.requests++;
    const url = new URL(String(input));
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const answer = async (send: () => Promise<unknown>, status = 201) => {
      try {
        return Response.json(await send(), { status });
      } catch (error) {
        if (error instanceof SubmissionInvalidError)
          return Response.json({ problems: error.problems }, { status: 422 });
        return Response.json({ message: String(error) }, { status: 500 });
      }
    };
    if (init?.method === 'POST' && url.pathname.endsWith('/letters'))
      return answer(() => memory.submitLetter(body as LetterDraft));
    const survey = /\/surveys\/([^/]+)\/responses$/.exec(url.pathname);
    if (init?.method === 'POST' && survey)
      return answer(() => memory.submitSurvey(decodeURIComponent(survey[1]!), body.answers));
    const results = /\/surveys\/([^/]+)\/results$/.exec(url.pathname);
    if (results) return answer(() => memory.surveyResults(decodeURIComponent(results[1]!)), 200);
    return Response.json({ message: 'not here' }, { status: 404 });
  };
  return { link, fetch };
}

const LETTER: LetterDraft = {
  mailboxId: 'xlgl-mailbox-leader',
  purpose: 'suggest',
  language: 'zh',
  subject: '牧区道路维修',
  body: '嘎查到苏木的路冬天无法通行。',
  contact: { name: '巴特尔', phone: '13800000000' },
  public: false,
};

describe('OutboxFormAdapter', () => {
  it('keeps a letter submitted without network, through a new page, and sends it with its receipt when the link returns', async () => {
    const cluster = await fixtureCluster();
    const mailbox = cluster.site('xlgl').mailboxes[0]!;
    const memory = MemoryFormAdapter.fromCluster(cluster, 'xlgl', {
      now: () => new Date(NOW),
      queryCode: () => 'OUTBOX0001',
    });
    const { link, fetch } = serverBehindLink(memory);
    const databaseName = freshDatabase();
    const outbox = new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), { scope: BASE, databaseName });
    link.online = false;
    const draft = { ...LETTER, mailboxId: mailbox.id };
    const queued = await outbox.submitLetter(draft).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(queued).to.be.instanceOf(SubmissionQueuedError);
    expect((queued as SubmissionQueuedError).formKey).to.equal(`letter/${mailbox.id}`);
    expect(memory.letters()).to.have.length(cluster.site('xlgl').letters.length);

    // A reload: a new adapter on the same outbox finds it waiting, and cannot send it yet.
    const reloaded = new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), {
      scope: BASE,
      databaseName,
    });
    await reloaded.flush();
    const waiting = await reloaded.entryFor(`letter/${mailbox.id}`);
    expect(waiting?.state).to.equal('queued');
    expect(waiting?.payload).to.deep.equal(draft);
    // Another backend's outbox never sends it.
    const other = new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), {
      scope: 'https://elsewhere.test/',
      databaseName,
    });
    expect(await other.entries()).to.deep.equal([]);

    const changes: string[] = [];
    reloaded.addEventListener('outbox-change', (e) =>
      changes.push((e as CustomEvent<{ formKey: string }>).detail.formKey),
    );
    link.online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => changes.length > 0, 'the outbox to send on `online`');
    await reloaded.flush();
    const sent = await reloaded.entryFor(`letter/${mailbox.id}`);
    expect(sent?.state, sent?.error).to.equal('sent');
    expect(sent?.receipt).to.include({ queryCode: 'OUTBOX0001' });
    expect(memory.letters().at(-1)!.subject).to.equal(LETTER.subject);
    await reloaded.acknowledge(`letter/${mailbox.id}`);
    expect(await reloaded.entries()).to.deep.equal([]);
  });

  it('does not queue what the server refuses, and marks an entry the server refuses later as failed, keeping why', async () => {
    const cluster = await fixtureCluster();
    const mailbox = cluster.site('xlgl').mailboxes[0]!;
    const memory = MemoryFormAdapter.fromCluster(cluster, 'xlgl', { now: () => new Date(NOW) });
    const { link, fetch } = serverBehindLink(memory);
    const outbox = new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), {
      scope: BASE,
      databaseName: freshDatabase(),
    });
    const invalid = { ...LETTER, mailboxId: mailbox.id, subject: '' };
    const refused = await outbox.submitLetter(invalid).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(SubmissionInvalidError);
    expect(await outbox.entries()).to.deep.equal([]);

    link.online = false;
    await outbox.submitLetter(invalid).catch(() => undefined);
    link.online = true;
    await outbox.flush();
    const failed = await outbox.entryFor(`letter/${mailbox.id}`);
    expect(failed?.state).to.equal('failed');
    expect(failed?.error).to.match(/refused/);
  });
});

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`the outbox in the forms, in ${name}`, () => {
    languageSuiteHooks(locale);
    const mn = lang === 'mn';

    it('says a letter written offline waits to be sent, keeps it through a new element, then shows its receipt', async () => {
      const cluster = await fixtureCluster();
      const memory = MemoryFormAdapter.fromCluster(cluster, site, {
        now: () => new Date(NOW),
        queryCode: () => 'OUTBOX0002',
      });
      const { link, fetch } = serverBehindLink(memory);
      const databaseName = freshDatabase();
      const outboxFor = () =>
        new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), { scope: BASE, databaseName });
      const attributes = { site, lang, column: 'mailbox', now: NOW };
      const element = await mount<BichigMailbox>('bichig-mailbox', attributes, { cluster, adapter: outboxFor() });
      const submitted: Event[] = [];
      $<HTMLInputElement>(element, 'input[value="consult"]').click();
      const subject = mn ? 'ᠮᠠᠯ ᠡᠮᠴᠢ' : '兽医站';
      $(element, '[data-field="subject"]').focus();
      if (mn) await typeMongolian(subject);
      else await sendKeys({ type: subject });
      $(element, '[data-field="body"]').focus();
      if (mn) await typeMongolian(subject);
      else await sendKeys({ type: '请问兽医站冬天几点开门？' });
      $(element, '[data-field="contact.name"]').focus();
      await sendKeys({ type: '王芳' });
      $(element, '[data-field="contact.phone"]').focus();
      await sendKeys({ type: '13900000000' });

      link.online = false;
      $<HTMLButtonElement>(element, '[part="submit"]').click();
      await until(() => $(element, '[part="outbox-status"]').dataset['state'] === 'queued', 'waiting to send');
      const status = $(element, '[part="outbox-status"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('lang')).to.equal(locale);
      if (mn) expect(textOf(status)).to.match(MONGOLIAN);
      else expect(textOf(status)).to.contain('等待发送');
      expect($<HTMLButtonElement>(element, '[part="submit"]').disabled, 'not sent twice').to.equal(true);
      expect(element.shadowRoot!.querySelector('.outcome.error'), 'no failure: it waits').to.equal(null);
      expect(await axeProblems(element, KEYBOARD)).to.deep.equal([]);
      await screenshot(element, `outbox-waiting-${lang}`);

      // A reload while it waits: a new element and outbox still say so, and the text is there.
      element.remove();
      const again = await mount<BichigMailbox>('bichig-mailbox', attributes, { cluster, adapter: outboxFor() });
      again.addEventListener('bichig-letter-submit', (e) => submitted.push(e));
      await until(
        () => $(again, '[part="outbox-status"]').dataset['state'] === 'queued',
        'still waiting after a reload',
      );
      await until(() => again.letterDraft.subject !== '', 'the draft back in the form');
      expect(codePoints(again.letterDraft.subject)).to.equal(codePoints(subject));

      link.online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => again.shadowRoot!.querySelector('.query-code') !== null, 'the receipt once sent');
      expect(textOf($(again, '.query-code'))).to.equal('OUTBOX0002');
      expect(again.shadowRoot!.querySelector('[part="outbox-status"][data-state="queued"]')).to.equal(null);
      expect(submitted).to.have.length(1);
      expect(codePoints(memory.letters().at(-1)!.subject)).to.equal(codePoints(subject));
      await settled(again);
      expect(await outboxFor().entries(), 'forgotten once the receipt is shown').to.deep.equal([]);
    });

    it('says survey answers given offline wait, and thanks once they are sent', async () => {
      const cluster = await fixtureCluster();
      const survey = cluster.site(site).surveys.find((s) => s.columnId === 'surveys' && s.questions.length > 0)!;
      const now = `${survey.opensAt}T12:00:00+08:00`;
      const memory = MemoryFormAdapter.fromCluster(cluster, site, { now: () => new Date(now) });
      const { link, fetch } = serverBehindLink(memory);
      const adapter = new OutboxFormAdapter(new HttpFormAdapter({ baseUrl: BASE, fetch }), {
        scope: BASE,
        databaseName: freshDatabase(),
      });
      const attributes = { site, lang, column: 'surveys', survey: survey.id, now };
      const element = await mount<BichigSurvey>('bichig-survey', attributes, { cluster, adapter });
      for (const q of survey.questions) {
        if (q.kind === 'text') {
          $(element, `[data-question="${q.id}"]`).focus();
          if (mn) await typeMongolian('ᠮᠠᠯ');
          else await sendKeys({ type: '很好' });
        } else {
          $<HTMLInputElement>(element, `[id$="-q-${q.id}"] input`).focus();
          await sendKeys({ press: 'Space' });
        }
      }
      link.online = false;
      $<HTMLButtonElement>(element, '[part="submit"]').click();
      await until(() => $(element, '[part="outbox-status"]').dataset['state'] === 'queued', 'waiting to send');
      expect($(element, '[part="outbox-status"]').getAttribute('lang')).to.equal(locale);
      link.online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => element.shadowRoot!.querySelector('.outcome.success') !== null, 'the thanks once sent');
      expect(memory.surveyAnswers(survey.id)).to.have.length(1);
    });
  });
}
