import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-interview.js';
import type { BichigInterview } from '@bichig/elements';
import { screenshot } from './support/pixels.js';
import {
  $,
  $$,
  LANGUAGES,
  axeProblems,
  mount,
  settled,
  sharedFixture,
  textOf,
  unmountAll,
  languageSuiteHooks,
} from './support/interactive-columns.js';

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`<bichig-interview> in ${name}`, () => {
    languageSuiteHooks(locale);

    async function setup(attributes: Record<string, string> = {}) {
      const cluster = await sharedFixture();
      const element = await mount<BichigInterview>(
        'bichig-interview',
        { site, lang, column: 'interviews', ...attributes },
        { cluster },
      );
      return { interviews: cluster.site(site).interviews, element };
    }

    it('shows the interview with its guests, summary and transcript', async () => {
      const { element, interviews } = await setup();
      const shown = element.current!;
      expect(interviews).to.include(shown);
      if (interviews.some((i) => i.state === 'live')) expect(shown.state).to.equal('live');
      const text = textOf($(element, '.detail'));
      expect(text).to.contain(shown.title).and.to.contain(shown.summary);
      for (const guest of shown.guests) expect(text).to.contain(guest.name);
      expect($$(element, '[part="utterance"]')).to.have.length(shown.state === 'preview' ? 0 : shown.transcript.length);
      for (const u of shown.transcript) expect(text).to.contain(u.text);
      expect(getComputedStyle($(element, '.interview')).writingMode).to.equal(
        lang === 'mn' ? 'vertical-lr' : 'horizontal-tb',
      );
    });

    it('shows a preview without transcript, and a replay with it', async () => {
      const { interviews } = await setup();
      for (const interview of interviews) {
        unmountAll();
        const { element } = await setup({ interview: interview.id });
        expect($(element, '[part="state"]').className).to.contain(interview.state);
        if (interview.state === 'preview')
          expect(element.shadowRoot!.querySelector('[part="transcript"]')).to.equal(null);
        else expect($$(element, '[part="utterance"]')).to.have.length(interview.transcript.length);
        if (interview.state === 'live')
          expect($(element, '[part="transcript"]').getAttribute('aria-live')).to.equal('polite');
      }
    });

    it('switches interviews from the keyboard', async () => {
      const { element, interviews } = await setup();
      if (interviews.length < 2) {
        expect(element.shadowRoot!.querySelector('[part="interviews"]')).to.equal(null);
        return;
      }
      const buttons = $$<HTMLButtonElement>(element, '[part="interviews"] button');
      buttons[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(element.interview).to.equal(element.interviews[1]!.id);
      expect(element.shadowRoot!.activeElement?.localName).to.equal('h2');
    });

    it('has no axe-core violations (screenshots at desktop and 360 px)', async () => {
      const { element } = await setup();
      expect(await axeProblems(element)).to.deep.equal([]);
      await screenshot(element, `interview-${lang}-desktop`);
      await setViewport({ width: 360, height: 740 });
      await settled(element);
      await screenshot(element, `interview-${lang}-360`);
      await setViewport({ width: 1280, height: 900 });
    });
  });
}
