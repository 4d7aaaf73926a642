// No letter is lost (#13): drafts kept from the first keystroke and put back in a new element (what
// a reload, a back/forward navigation, a replaced element or a killed tab gives), forgotten only
// when a receipt is shown; submissions that time out, fail or come back without a receipt keep
// the text and offer a retry. Everything is checked by what a citizen sees and types.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-mailbox.js';
import '@bichig/elements/bichig-survey.js';
import {
  MemoryFormAdapter,
  type BichigMailbox,
  type BichigSurvey,
  type FormAdapter,
  type LetterReceipt,
} from '@bichig/elements';
import type { Cluster } from '@bichig/cluster';
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
  until,
  languageSuiteHooks,
} from './support/interactive-columns.js';
import { screenshot } from './support/pixels.js';

const NOW = '2026-03-02T10:00:00+08:00';
const MONGOLIAN = /[\u1820-\u18aa]/;
// The on-screen keyboard inside the Mongolian form has its own axe-core tests (bichig-keyboard.test.ts).
const KEYBOARD: Array<[string, string]> = [['bichig-mailbox', 'bichig-keyboard']];

type Field = HTMLElement & { value: string; updateComplete?: Promise<unknown>; nativeControl?: { value: string } };

function field(element: Element, name: string): Field {
  return $<Field>(element, `[data-field="${name}"]`);
}

/** What the field shows: the native control inside <bichig-input>/<bichig-textarea>, or the plain control. */
async function shown(element: Element, name: string): Promise<string> {
  const f = field(element, name);
  await f.updateComplete;
  return f.nativeControl ? f.nativeControl.value : f.value;
}

/** Takes the element out of the page and puts a new one with the same attributes and data in its place. */
async function replaceElement<T extends HTMLElement>(old: T, properties: Record<string, unknown>): Promise<T> {
  const attributes = Object.fromEntries([...old.attributes].map((a) => [a.name, a.value]));
  old.remove();
  return mount<T>(old.localName, attributes, properties);
}

async function typeInto(element: Element, name: string, text: string, mongolian: boolean): Promise<void> {
  field(element, name).focus();
  if (mongolian) await typeMongolian(text);
  else await sendKeys({ type: text });
}

async function mailbox(site: string, lang: string, cluster: Cluster, adapter: FormAdapter, extra = {}) {
  return mount<BichigMailbox>(
    'bichig-mailbox',
    { site, lang, column: 'mailbox', now: NOW, ...extra },
    { cluster, adapter },
  );
}

const LETTER = {
  zh: { subject: '牧区道路维修', body: '嘎查到苏木的路冬天无法通行。' },
  mn: { subject: 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ᠎ᠡ', body: 'ᠤᠭ᠋ᠡ ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠲᠠᠯ᠎ᠠ' },
};

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`form drafts and submission in ${name}`, () => {
    languageSuiteHooks(locale);
    const mn = lang === 'mn';
    const letter = LETTER[lang];

    it('gives a letter typed on the keyboard back in a new mailbox, and says so in the page language', async () => {
      const cluster = await fixtureCluster();
      const adapter = MemoryFormAdapter.fromCluster(cluster, site, { now: () => new Date(NOW) });
      const element = await mailbox(site, lang, cluster, adapter);
      expect(element.shadowRoot!.querySelector('[part="draft-restored"]'), 'a fresh form says nothing').to.equal(null);
      $<HTMLInputElement>(element, 'input[value="suggest"]').click();
      await typeInto(element, 'subject', letter.subject, mn);
      await typeInto(element, 'body', letter.body, mn);
      await typeInto(element, 'contact.name', '巴特尔', false);
      await typeInto(element, 'contact.phone', '13800000000', false);
      await settled(element);

      const again = await replaceElement(element, { cluster, adapter });
      await until(() => again.shadowRoot!.querySelector('[part="draft-restored"]') !== null, 'the restored note');
      await settled(again);
      expect(codePoints(await shown(again, 'subject'))).to.equal(codePoints(letter.subject));
      expect(codePoints(await shown(again, 'body'))).to.equal(codePoints(letter.body));
      expect(await shown(again, 'contact.name')).to.equal('巴特尔');
      expect(await shown(again, 'contact.phone')).to.equal('13800000000');
      expect($<HTMLInputElement>(again, 'input[value="suggest"]').checked).to.equal(true);
      expect(await axeProblems(again, KEYBOARD)).to.deep.equal([]);
      await screenshot(again, `form-draft-restored-${lang}`);
      const note = $(again, '[part="draft-restored"]');
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.getAttribute('lang')).to.equal(locale);
      if (mn) expect(textOf(note)).to.match(MONGOLIAN);
      else expect(textOf(note)).to.equal('已恢复您上次未提交的内容。');
      // The restored letter is the one that is sent.
      $<HTMLButtonElement>(again, '[part="submit"]').click();
      await until(() => again.shadowRoot!.querySelector('.query-code') !== null, 'the receipt');
      const stored = adapter.letters().at(-1)!;
      expect(codePoints(stored.subject)).to.equal(codePoints(letter.subject));
      expect(stored.body.join('\n')).to.equal(letter.body);
    });

    it('keeps the draft through a failed submission and forgets it once the receipt is shown', async () => {
      const cluster = await fixtureCluster();
      const adapter = MemoryFormAdapter.fromCluster(cluster, site, {
        now: () => new Date(NOW),
        queryCode: () => 'DRAFTS0001',
      });
      const working = adapter.submitLetter.bind(adapter);
      adapter.submitLetter = () => Promise.reject(new Error('the server is down'));
      const element = await mailbox(site, lang, cluster, adapter);
      $<HTMLInputElement>(element, 'input[value="complain"]').click();
      await typeInto(element, 'subject', letter.subject, mn);
      await typeInto(element, 'body', letter.body, mn);
      await typeInto(element, 'contact.name', '李明', false);
      await typeInto(element, 'contact.phone', '13700000000', false);
      $<HTMLButtonElement>(element, '[part="submit"]').click();
      await until(() => element.shadowRoot!.querySelector('.outcome.error') !== null, 'the failure message');

      const afterFailure = await replaceElement(element, { cluster, adapter });
      await until(() => afterFailure.shadowRoot!.querySelector('[part="draft-restored"]') !== null, 'the draft');
      expect(codePoints(await shown(afterFailure, 'body'))).to.equal(codePoints(letter.body));

      adapter.submitLetter = working;
      $<HTMLButtonElement>(afterFailure, '[part="submit"]').click();
      await until(() => afterFailure.shadowRoot!.querySelector('.query-code') !== null, 'the receipt');
      expect(textOf($(afterFailure, '.query-code'))).to.equal('DRAFTS0001');
      await settled(afterFailure);

      const afterReceipt = await replaceElement(afterFailure, { cluster, adapter });
      await settled(afterReceipt);
      await (afterReceipt as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(afterReceipt.shadowRoot!.querySelector('[part="draft-restored"]'), 'no draft after a receipt').to.equal(
        null,
      );
      expect(await shown(afterReceipt, 'subject')).to.equal('');
      expect(await shown(afterReceipt, 'body')).to.equal('');
    });

    it('says when the backend does not answer in time, keeps the letter, and sends it on retry', async () => {
      const cluster = await fixtureCluster();
      const adapter = MemoryFormAdapter.fromCluster(cluster, site, {
        now: () => new Date(NOW),
        queryCode: () => 'RETRY00001',
      });
      const working = adapter.submitLetter.bind(adapter);
      let calls = 0;
      adapter.submitLetter = () => (calls++, new Promise<LetterReceipt>(() => undefined)); // never answers
      const element = await mailbox(site, lang, cluster, adapter, { 'submit-timeout': '300' });
      const submitted: Event[] = [];
      element.addEventListener('bichig-letter-submit', (e) => submitted.push(e));
      $<HTMLInputElement>(element, 'input[value="consult"]').click();
      await typeInto(element, 'subject', letter.subject, mn);
      await typeInto(element, 'body', letter.body, mn);
      await typeInto(element, 'contact.name', '王芳', false);
      await typeInto(element, 'contact.phone', '13900000000', false);
      $<HTMLButtonElement>(element, '[part="submit"]').click();
      await until(() => element.shadowRoot!.querySelector('.outcome.error') !== null, 'the time-out message');
      const error = $(element, '.outcome.error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.getAttribute('lang')).to.equal(locale);
      if (mn) expect(textOf(error)).to.match(MONGOLIAN);
      else expect(textOf(error)).to.contain('服务器长时间没有响应');
      expect(calls).to.equal(1);
      expect(codePoints(await shown(element, 'subject'))).to.equal(codePoints(letter.subject));
      expect(codePoints(await shown(element, 'body'))).to.equal(codePoints(letter.body));
      expect($<HTMLButtonElement>(element, '[part="submit"]').disabled, 'the form can be sent again').to.equal(false);
      expect(await axeProblems(element, KEYBOARD)).to.deep.equal([]);
      await screenshot(element, `form-timeout-${lang}`);

      adapter.submitLetter = working;
      $<HTMLButtonElement>(element, '[part="retry"]').click();
      await until(() => element.shadowRoot!.querySelector('.query-code') !== null, 'the receipt after retrying');
      expect(textOf($(element, '.query-code'))).to.equal('RETRY00001');
      expect(codePoints(adapter.letters().at(-1)!.subject)).to.equal(codePoints(letter.subject));
      expect(submitted).to.have.length(1);
    });

    it('treats an adapter that resolves without a receipt as a failure, keeping the letter', async () => {
      const cluster = await fixtureCluster();
      const adapter = MemoryFormAdapter.fromCluster(cluster, site, { now: () => new Date(NOW) });
      const element = await mailbox(site, lang, cluster, adapter);
      const submitted: Event[] = [];
      element.addEventListener('bichig-letter-submit', (e) => submitted.push(e));
      $<HTMLInputElement>(element, 'input[value="praise"]').click();
      await typeInto(element, 'subject', letter.subject, mn);
      await typeInto(element, 'body', letter.body, mn);
      await typeInto(element, 'contact.name', '其其格', false);
      await typeInto(element, 'contact.phone', '13600000000', false);
      for (const answer of [undefined, null, {}, { queryCode: '', submittedAt: NOW }, { queryCode: 'X1234567' }]) {
        adapter.submitLetter = () => Promise.resolve(answer as unknown as LetterReceipt);
        const before = element.shadowRoot!.querySelector('.outcome.error');
        $<HTMLButtonElement>(element, '[part="submit"]').click();
        await until(() => {
          const now = element.shadowRoot!.querySelector('.outcome.error');
          return now !== null && now !== before;
        }, 'a new failure message');
        const error = $(element, '.outcome.error');
        if (mn) expect(textOf(error)).to.match(MONGOLIAN);
        else expect(textOf(error), JSON.stringify(answer)).to.contain('服务器没有确认收到');
        expect(element.shadowRoot!.querySelector('.query-code'), 'no receipt').to.equal(null);
        expect(codePoints(await shown(element, 'subject'))).to.equal(codePoints(letter.subject));
        expect(codePoints(await shown(element, 'body'))).to.equal(codePoints(letter.body));
      }
      expect(submitted).to.have.length(0);
    });

    it('keeps survey answers in a draft, says so, and treats a missing receipt or a time-out as a failure', async () => {
      const cluster = await fixtureCluster();
      // The fixture's Mongolian sites publish single-choice surveys only: in Mongolian, a Chinese
      // site's survey is shown vertically (lang="mn"), so its free-text answer is typed in Mongolian.
      const surveySite = mn ? 'xlgl' : site;
      const survey = cluster
        .site(surveySite)
        .surveys.find((s) => s.columnId === 'surveys' && s.questions.some((q) => q.kind === 'text'))!;
      expect(survey, 'a fixture survey with a free-text question').to.exist;
      const now = `${survey.opensAt}T12:00:00+08:00`;
      const adapter = MemoryFormAdapter.fromCluster(cluster, surveySite, { now: () => new Date(now) });
      const working = adapter.submitSurvey.bind(adapter);
      const attributes = {
        site: surveySite,
        lang,
        column: 'surveys',
        survey: survey.id,
        now,
        'submit-timeout': '300',
        ...(mn ? { keyboard: '' } : {}),
      };
      const element = await mount<BichigSurvey>('bichig-survey', attributes, { cluster, adapter });
      const chosen: Record<string, string[] | string> = {};
      const text = mn ? 'ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ' : '希望增加兽医站的服务时间。';
      for (const q of survey.questions) {
        if (q.kind === 'text') {
          const answer = $<Field>(element, `[data-question="${q.id}"]`);
          answer.focus();
          if (mn) await typeMongolian(text);
          else await sendKeys({ type: text });
          chosen[q.id] = text;
        } else {
          $<HTMLInputElement>(element, `[id$="-q-${q.id}"] input`).focus();
          await sendKeys({ press: 'Space' });
          chosen[q.id] = [q.options[0]!.id];
        }
      }
      await settled(element);

      const again = await replaceElement(element, { cluster, adapter });
      await until(() => again.shadowRoot!.querySelector('[part="draft-restored"]') !== null, 'the restored note');
      await settled(again);
      expect(again.answers).to.deep.equal(chosen);
      for (const q of survey.questions.filter((q) => q.kind !== 'text'))
        expect($<HTMLInputElement>(again, `[id$="-q-${q.id}"] input`).checked).to.equal(true);

      adapter.submitSurvey = () => Promise.resolve(undefined as never);
      $<HTMLButtonElement>(again, '[part="submit"]').click();
      await until(() => again.shadowRoot!.querySelector('.outcome.error') !== null, 'the missing-receipt message');
      if (!mn) expect(textOf($(again, '.outcome.error'))).to.contain('服务器没有确认收到');
      expect(again.answers).to.deep.equal(chosen);

      adapter.submitSurvey = () => new Promise(() => undefined);
      $<HTMLButtonElement>(again, '[part="retry"]').click();
      await until(() => again.shadowRoot!.querySelector('.outcome.error') === null, 'the retry to start');
      await until(() => again.shadowRoot!.querySelector('.outcome.error') !== null, 'the time-out message');
      if (!mn) expect(textOf($(again, '.outcome.error'))).to.contain('服务器长时间没有响应');
      expect(again.answers).to.deep.equal(chosen);

      adapter.submitSurvey = working;
      $<HTMLButtonElement>(again, '[part="retry"]').click();
      await until(() => again.shadowRoot!.querySelector('.outcome.success') !== null, 'the thanks');
      expect(adapter.surveyAnswers(survey.id)).to.deep.equal([chosen]);
      await settled(again);
      const afterThanks = await replaceElement(again, { cluster, adapter });
      await settled(afterThanks);
      expect(afterThanks.shadowRoot!.querySelector('[part="draft-restored"]')).to.equal(null);
      expect(afterThanks.answers).to.deep.equal({});
      expect($$(afterThanks, 'input:checked')).to.have.length(0);
    });
  });
}
