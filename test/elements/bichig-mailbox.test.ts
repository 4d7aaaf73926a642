import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-mailbox.js';
import {
  AdapterRequestError,
  HttpFormAdapter,
  MemoryFormAdapter,
  SubmissionInvalidError,
  type BichigMailbox,
  type FormAdapter,
  type LetterDraft,
} from '@bichig/elements';
import { currentStatus, letterStatistics } from '@bichig/cluster';
import { screenshot } from './support/pixels.js';
import {
  $,
  $$,
  LANGUAGES,
  axeProblems,
  codePoints,
  fixtureCluster,
  mount,
  settled,
  textOf,
  typeMongolian,
  unmountAll,
  languageSuiteHooks,
} from './support/interactive-columns.js';

const NOW = '2026-03-02T10:00:00+08:00';
// The on-screen keyboard inside the Mongolian form has its own axe-core tests (bichig-keyboard.test.ts).
const KEYBOARD: Array<[string, string]> = [['bichig-mailbox', 'bichig-keyboard']];

/** An adapter that records every draft it is handed. */
function recording(adapter: FormAdapter): { adapter: FormAdapter; drafts: LetterDraft[] } {
  const drafts: LetterDraft[] = [];
  return {
    drafts,
    adapter: new Proxy(adapter, {
      get(target, key, receiver) {
        if (key === 'submitLetter')
          return (draft: LetterDraft) => (drafts.push(structuredClone(draft)), target.submitLetter(draft));
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }),
  };
}

async function setup(site: string, lang: string) {
  const cluster = await fixtureCluster();
  const memory = MemoryFormAdapter.fromCluster(cluster, site, {
    now: () => new Date(NOW),
    queryCode: () => 'TESTCODE42',
  });
  const { adapter, drafts } = recording(memory);
  const element = await mount<BichigMailbox>(
    'bichig-mailbox',
    { site, lang, column: 'mailbox', now: NOW },
    { cluster, adapter },
  );
  return { cluster, memory, drafts, element };
}

async function submit(element: BichigMailbox): Promise<void> {
  $<HTMLButtonElement>(element, 'button[type="submit"]').click();
  await settled(element);
}

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`<bichig-mailbox> in ${name}`, () => {
    languageSuiteHooks(locale);

    it('shows the mailbox and its four tabs, and the form in the right writing mode', async () => {
      const { element, cluster } = await setup(site, lang);
      const mailbox = cluster.site(site).mailboxes.find((m) => m.columnId === 'mailbox')!;
      expect(textOf($(element, 'h2'))).to.equal(lang === 'mn' ? mailbox.name.mn : mailbox.name.zh);
      expect($$(element, '[role="tab"]')).to.have.length(4);
      const section = $(element, '.mailbox');
      expect(getComputedStyle(section).writingMode).to.equal(lang === 'mn' ? 'vertical-lr' : 'horizontal-tb');
      expect(section.getAttribute('lang')).to.equal(lang === 'mn' ? 'mn-Mong' : 'zh-Hans');
      if (lang === 'mn') {
        expect($(element, 'bichig-textarea[data-field="body"]')).to.exist;
        expect($(element, 'bichig-input[data-field="subject"]')).to.exist;
        expect($(element, 'bichig-keyboard')).to.exist;
      } else {
        expect($(element, 'textarea[data-field="body"]')).to.exist;
      }
    });

    it('refuses an empty letter with a message at every required field and a focused summary, and sends nothing', async () => {
      const { element, drafts } = await setup(site, lang);
      await submit(element);
      const summary = $(element, '[part="summary"]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(element.shadowRoot!.activeElement).to.equal(summary);
      const fields = $$(element, '.problem').map((p) => p.id.replace(/^.*-problem-/, ''));
      expect(fields).to.have.members(['purpose', 'subject', 'body', 'contact-name', 'contact-phone']);
      expect($(element, '[data-field="subject"]').getAttribute('aria-invalid')).to.equal('true');
      expect(drafts).to.have.length(0);
    });

    if (lang === 'mn') {
      it('once its fields are registered, resolves its context once per update (not again to wait for them)', async () => {
        const { element } = await setup(site, lang);
        expect(customElements.get('bichig-input') && customElements.get('bichig-textarea')).to.exist;
        const counted = element as unknown as { resolveContext(): unknown };
        const resolve = counted.resolveContext.bind(element);
        let calls = 0;
        counted.resolveContext = () => (calls++, resolve());
        element.requestUpdate();
        await element.updateComplete;
        expect(calls, "willUpdate's alone").to.equal(1);
        delete (counted as { resolveContext?: unknown }).resolveContext;
      });

      it('sends the Mongolian typed on the keyboard exactly as typed (NNBSP, MVS, FVS kept)', async () => {
        const { element, drafts, memory } = await setup(site, lang);
        const subject = 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ᠎ᠡ';
        const body = 'ᠤᠭ᠋ᠡ ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ\nᠨᠡᠷ᠎ᠡ ᠲᠠᠯ᠎ᠠ';
        $<HTMLInputElement>(element, 'input[value="suggest"]').click();
        (element.shadowRoot!.querySelector('[data-field="subject"]') as HTMLElement).focus();
        await typeMongolian(subject);
        (element.shadowRoot!.querySelector('[data-field="body"]') as HTMLElement).focus();
        await typeMongolian(body.split('\n')[0]!);
        await sendKeys({ press: 'Enter' });
        await typeMongolian(body.split('\n')[1]!);
        $<HTMLInputElement>(element, '[data-field="contact.name"]').focus();
        await sendKeys({ type: '巴特尔' });
        $<HTMLInputElement>(element, '[data-field="contact.phone"]').focus();
        await sendKeys({ type: '13800000000' });
        await submit(element);
        expect(drafts, 'one letter submitted').to.have.length(1);
        const draft = drafts[0]!;
        expect(codePoints(draft.subject)).to.equal(codePoints(subject));
        expect(codePoints(draft.body)).to.equal(codePoints(body));
        expect(draft.language).to.equal('mn');
        const stored = memory.letters().at(-1)!;
        expect(stored.subject).to.equal(subject);
        expect(stored.body).to.deep.equal(body.split('\n'));
        expect(textOf($(element, '.query-code'))).to.equal('TESTCODE42');
      });

      it('keeps the Mongolian subject and letter typed on the keyboard across a tab switch', async () => {
        const { element } = await setup(site, lang);
        const subject = 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ᠎ᠡ';
        const body = 'ᠤᠭ᠋ᠡ ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ';
        (element.shadowRoot!.querySelector('[data-field="subject"]') as HTMLElement).focus();
        await typeMongolian(subject);
        (element.shadowRoot!.querySelector('[data-field="body"]') as HTMLElement).focus();
        await typeMongolian(body);
        element.tab = 'lookup';
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[data-field="subject"]'), 'the form is gone').to.equal(null);
        element.tab = 'write';
        await element.updateComplete;
        const field = (name: string) =>
          element.shadowRoot!.querySelector(`[data-field="${name}"]`) as HTMLElement & {
            value: string;
            updateComplete: Promise<unknown>;
            nativeControl?: { value: string };
          };
        await field('subject').updateComplete;
        await field('body').updateComplete;
        expect(codePoints(field('subject').value)).to.equal(codePoints(subject));
        expect(codePoints(field('body').value)).to.equal(codePoints(body));
        expect(field('body').nativeControl!.value, 'shown in the field').to.equal(body);
      });

      it('refuses a Mongolian letter written in Latin letters, keeping what was typed', async () => {
        const { element, drafts } = await setup(site, lang);
        $<HTMLInputElement>(element, 'input[value="consult"]').click();
        const subject = element.shadowRoot!.querySelector('[data-field="subject"]') as HTMLElement & { value: string };
        const body = element.shadowRoot!.querySelector('[data-field="body"]') as HTMLElement & { value: string };
        subject.value = 'Mongol';
        body.value = 'ᠮᠣᠩᠭᠣᠯ';
        $<HTMLInputElement>(element, '[data-field="contact.name"]').value = 'Bater';
        $<HTMLInputElement>(element, '[data-field="contact.phone"]').value = '0479-8223344';
        await submit(element);
        expect($$(element, '.problem').map((p) => p.id.replace(/^.*-problem-/, ''))).to.deep.equal(['subject']);
        expect(drafts).to.have.length(0);
        expect(subject.value).to.equal('Mongol');
        expect(body.value).to.equal('ᠮᠣᠩᠭᠣᠯ');
      });
    } else {
      it('submits a valid letter and gives a query code that finds it', async () => {
        const { element, drafts } = await setup(site, lang);
        $<HTMLInputElement>(element, 'input[value="consult"]').click();
        $<HTMLInputElement>(element, '[data-field="subject"]').focus();
        await sendKeys({ type: '关于草原补奖发放时间的咨询' });
        $<HTMLTextAreaElement>(element, '[data-field="body"]').focus();
        await sendKeys({ type: '请问今年的草原生态补奖什么时候发放？' });
        $<HTMLInputElement>(element, '[data-field="contact.name"]').focus();
        await sendKeys({ type: '王芳' });
        $<HTMLInputElement>(element, '[data-field="contact.phone"]').focus();
        await sendKeys({ type: '13900000000' });
        await submit(element);
        expect(drafts).to.have.length(1);
        expect(drafts[0]).to.include({
          subject: '关于草原补奖发放时间的咨询',
          body: '请问今年的草原生态补奖什么时候发放？',
          purpose: 'consult',
          language: 'zh',
          mailboxId: 'leader',
        });
        expect(textOf($(element, '.query-code'))).to.equal('TESTCODE42');
        // "Look this letter up" goes to the look-up tab with the code filled in.
        $$<HTMLButtonElement>(element, '[part="receipt"] button')[0]!.click();
        await settled(element);
        expect(element.tab).to.equal('lookup');
        $<HTMLButtonElement>(element, '.lookup button[type="submit"]').click();
        await settled(element);
        const found = $(element, '.lookup-result [part="letter"]');
        expect(textOf(found)).to.contain('关于草原补奖发放时间的咨询').and.to.contain('已收到');
      });

      it('keeps everything typed when the backend cannot be reached', async () => {
        const cluster = await fixtureCluster();
        const failing = MemoryFormAdapter.fromCluster(cluster, site);
        failing.submitLetter = async () => {
          throw new AdapterRequestError('network', 'POST /letters', 'the server could not be reached');
        };
        const element = await mount<BichigMailbox>(
          'bichig-mailbox',
          { site, lang, now: NOW },
          { cluster, adapter: failing },
        );
        $<HTMLInputElement>(element, 'input[value="complain"]').click();
        $<HTMLInputElement>(element, '[data-field="subject"]').focus();
        await sendKeys({ type: '路灯不亮' });
        $<HTMLTextAreaElement>(element, '[data-field="body"]').focus();
        await sendKeys({ type: '小区门口路灯已坏一周。' });
        $<HTMLInputElement>(element, '[data-field="contact.name"]').focus();
        await sendKeys({ type: '李明' });
        $<HTMLInputElement>(element, '[data-field="contact.phone"]').focus();
        await sendKeys({ type: '13700000000' });
        await submit(element);
        expect($(element, '.outcome.error').getAttribute('role')).to.equal('alert');
        expect($<HTMLInputElement>(element, '[data-field="subject"]').value).to.equal('路灯不亮');
        expect($<HTMLTextAreaElement>(element, '[data-field="body"]').value).to.equal('小区门口路灯已坏一周。');
      });
    }

    it('looks a fixture letter up by its query code, and says so when a code is unknown', async () => {
      const { element, cluster } = await setup(site, lang);
      const letter = cluster.site(site).letters.find((l) => currentStatus(l) === 'replied')!;
      element.tab = 'lookup';
      await settled(element);
      const input = $<HTMLInputElement>(element, '.lookup input');
      input.focus();
      await sendKeys({ type: letter.queryCode.toLowerCase() });
      await sendKeys({ press: 'Enter' });
      await settled(element);
      const shown = textOf($(element, '.lookup-result'));
      expect(shown).to.contain(letter.subject);
      expect($(element, '.lookup-result [part="reply"]')).to.exist;
      input.value = 'ZZZZZZZZ';
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect($(element, '.lookup-result [role="alert"]')).to.exist;
    });

    it('lists only public replied letters, and publishes the statistics of @bichig/cluster', async () => {
      const { element, cluster } = await setup(site, lang);
      const mailbox = cluster.site(site).mailboxes.find((m) => m.columnId === 'mailbox')!;
      const letters = cluster.site(site).letters.filter((l) => l.mailboxId === mailbox.id);
      const expected = letters.filter((l) => l.public && currentStatus(l) === 'replied');
      element.pageSize = 100;
      element.tab = 'replied';
      await settled(element);
      const shown = $$(element, '.letters [part="letter"]').map((a) => textOf(a.querySelector('h3')!));
      expect(shown).to.have.members(expected.map((l) => l.subject));
      expect(expected.length).to.be.greaterThan(0);
      element.tab = 'statistics';
      await settled(element);
      const stats = letterStatistics(letters, {
        mailboxes: cluster.mailboxes(site),
        calendar: cluster.calendar,
      }).overall;
      const figure = (name: string) => textOf($(element, `[data-stat="${name}"]`));
      const digits = (n: number) =>
        lang === 'mn' ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x1810 + Number(d))) : String(n);
      expect(figure('received')).to.equal(digits(stats.received));
      expect(figure('answered')).to.equal(digits(stats.answered));
      expect(stats.received).to.be.greaterThan(0);
    });

    it('is operable from the keyboard: arrow keys move between tabs', async () => {
      const { element } = await setup(site, lang);
      $<HTMLButtonElement>(element, '[role="tab"][aria-selected="true"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settled(element);
      expect(element.tab).to.equal('lookup');
      expect(element.shadowRoot!.activeElement?.id).to.match(/-tab-lookup$/);
      await sendKeys({ press: 'End' });
      await settled(element);
      expect(element.tab).to.equal('statistics');
      await sendKeys({ press: 'Home' });
      await settled(element);
      expect(element.tab).to.equal('write');
    });

    it('has no axe-core violations on any tab, and is screenshotted at 360 px and desktop', async () => {
      const { element } = await setup(site, lang);
      for (const tab of ['write', 'lookup', 'replied', 'statistics'] as const) {
        element.tab = tab;
        await settled(element);
        expect((await axeProblems(element, KEYBOARD)).map((p) => `${tab}: ${p}`)).to.deep.equal([]);
      }
      element.tab = 'write';
      await settled(element);
      await submit(element);
      expect(await axeProblems(element, KEYBOARD)).to.deep.equal([]);
      await screenshot(element, `mailbox-${lang}-desktop`);
      await setViewport({ width: 360, height: 740 });
      await settled(element);
      await screenshot(element, `mailbox-${lang}-360`);
      await setViewport({ width: 1280, height: 900 });
    });
  });
}

describe('HttpFormAdapter (the JSON HTTP API the README documents)', () => {
  type Call = { method: string; url: string; body: unknown };
  function fakeServer(routes: Record<string, (call: Call) => [number, unknown]>) {
    const calls: Call[] = [];
    const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const url = new URL(String(input));
      const call = {
        method: init?.method ?? 'GET',
        url: url.pathname + url.search,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const route = routes[`${call.method} ${url.pathname}`];
      const [status, json] = route ? route(call) : [404, { error: 'not found' }];
      return new Response(json === undefined ? '' : JSON.stringify(json), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    return { calls, adapter: new HttpFormAdapter({ baseUrl: 'https://backend.invalid/api/', fetch: fetchImpl }) };
  }
  const draft: LetterDraft = {
    mailboxId: 'leader',
    purpose: 'consult',
    language: 'mn',
    subject: 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ',
    body: 'ᠨᠡᠷ᠎ᠡ ᠤᠭ᠋ᠡ',
    contact: { name: 'ᠪᠠᠲᠤ', phone: '13800000000' },
    public: true,
  };

  it('posts the draft unchanged and returns the receipt', async () => {
    const { adapter, calls } = fakeServer({
      'POST /api/letters': () => [201, { queryCode: 'ABCD2345EF', submittedAt: '2026-03-02T10:00:00+08:00' }],
    });
    expect(await adapter.submitLetter(draft)).to.deep.equal({
      queryCode: 'ABCD2345EF',
      submittedAt: '2026-03-02T10:00:00+08:00',
    });
    expect(calls[0]!.body).to.deep.equal(draft);
  });

  it('turns 422 into SubmissionInvalidError, 404 on a look-up into null, and a wrong shape into AdapterRequestError', async () => {
    const { adapter } = fakeServer({
      'POST /api/letters': () => [422, { problems: [{ field: 'subject', code: 'required' }] }],
      'GET /api/replied-letters': () => [
        200,
        { items: [{ nonsense: true }], total: 1, page: 1, pageSize: 10, pageCount: 1 },
      ],
    });
    const refused = await adapter.submitLetter(draft).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(SubmissionInvalidError);
    expect((refused as SubmissionInvalidError).problems).to.deep.equal([{ field: 'subject', code: 'required' }]);
    expect(await adapter.lookupLetter('ZZZZ2222')).to.equal(null);
    const bad = await adapter.listRepliedLetters({ page: 1 }).catch((e: unknown) => e);
    expect(bad).to.be.instanceOf(AdapterRequestError);
    expect((bad as AdapterRequestError).kind).to.equal('bad-response');
  });

  it('feeds a mailbox: its statistics come from the API', async () => {
    const cluster = await fixtureCluster();
    const memory = MemoryFormAdapter.fromCluster(cluster, 'xlgl', { now: () => new Date(NOW) });
    const statistics = await memory.letterStatistics({ mailboxId: 'leader' });
    const { adapter, calls } = fakeServer({ 'GET /api/letter-statistics': () => [200, statistics] });
    const element = await mount<BichigMailbox>(
      'bichig-mailbox',
      { site: 'xlgl', lang: 'zh', now: NOW, tab: 'statistics' },
      { cluster, adapter },
    );
    expect(calls.map((c) => c.url)).to.deep.equal(['/api/letter-statistics?mailboxId=leader']);
    expect(textOf($(element, '[data-stat="received"]'))).to.equal(String(statistics.overall.received));
    unmountAll();
  });
});
