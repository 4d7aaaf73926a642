import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-survey.js';
import { MemoryFormAdapter, type BichigSurvey } from '@bichig/elements';
import { screenshot } from './support/pixels.js';
import {
  $,
  $$,
  LANGUAGES,
  axeProblems,
  fixtureCluster,
  mount,
  settled,
  textOf,
  languageSuiteHooks,
} from './support/interactive-columns.js';

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`<bichig-survey> in ${name}`, () => {
    languageSuiteHooks(locale);

    async function setup(when: 'open' | 'closed') {
      const cluster = await fixtureCluster();
      const survey = cluster.site(site).surveys.find((s) => s.columnId === 'surveys' && s.kind === 'questionnaire')!;
      // A day inside the survey's dates, or the day after it closed.
      const day =
        when === 'open'
          ? survey.opensAt
          : new Date(Date.parse(`${survey.closesAt}T12:00:00+08:00`) + 86_400_000).toISOString().slice(0, 10);
      const now = `${day}T12:00:00+08:00`;
      const adapter = MemoryFormAdapter.fromCluster(cluster, site, { now: () => new Date(now) });
      const element = await mount<BichigSurvey>(
        'bichig-survey',
        { site, lang, column: 'surveys', survey: survey.id, now },
        { cluster, adapter },
      );
      return { survey, adapter, element };
    }

    it('shows the survey, its dates and its questions, in the right writing mode', async () => {
      const { element, survey } = await setup('open');
      expect(textOf($(element, 'h2'))).to.equal(survey.title);
      expect($$(element, '[part="question"]')).to.have.length(survey.questions.length);
      for (const q of survey.questions) expect(textOf($(element, `[id$="-q-${q.id}"] legend`))).to.contain(q.text);
      expect(getComputedStyle($(element, '.survey')).writingMode).to.equal(
        lang === 'mn' ? 'vertical-lr' : 'horizontal-tb',
      );
    });

    it('refuses unanswered choice questions, then submits with the keyboard and shows the new results', async () => {
      const { element, survey, adapter } = await setup('open');
      $<HTMLButtonElement>(element, '[part="submit"]').click();
      await settled(element);
      const required = survey.questions.filter((q) => q.kind !== 'text').map((q) => q.id);
      expect(
        $$(element, '[part="question"][aria-invalid="true"]').map((f) => f.id.replace(/^.*-q-/, '')),
      ).to.have.members(required);
      expect(element.shadowRoot!.activeElement?.getAttribute('role')).to.equal('alert');
      expect(adapter.surveyAnswers(survey.id)).to.have.length(0);
      // Answer every choice question with its first option, from the keyboard.
      const chosen: Record<string, string[]> = {};
      for (const q of survey.questions) {
        if (q.kind === 'text') continue;
        const first = $<HTMLInputElement>(element, `[id$="-q-${q.id}"] input`);
        first.focus();
        await sendKeys({ press: 'Space' });
        chosen[q.id] = [q.options[0]!.id];
      }
      const before = q0Votes(survey);
      $<HTMLButtonElement>(element, '[part="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      await settled(element);
      expect(adapter.surveyAnswers(survey.id)).to.deep.equal([chosen]);
      expect($(element, '.outcome.success')).to.exist;
      const results = await adapter.surveyResults(survey.id);
      expect(results.responses).to.equal(survey.responses + 1);
      expect(results.questions[0]!.options[0]!.votes).to.equal(before + 1);
      expect($(element, '[part="results"]')).to.exist;
      expect($$(element, '[part="bar"]').length).to.be.greaterThan(0);
    });

    it('shows the results, and no form, once the survey has closed', async () => {
      const { element } = await setup('closed');
      expect(element.shadowRoot!.querySelector('[part="form"]')).to.equal(null);
      expect($(element, '[part="results"]')).to.exist;
    });

    it('has no axe-core violations (screenshots at desktop and 360 px)', async () => {
      const { element } = await setup('open');
      $<HTMLButtonElement>(element, '[part="toggle-results"]').click();
      await settled(element);
      await settled(element);
      expect(await axeProblems(element)).to.deep.equal([]);
      await screenshot(element, `survey-${lang}-desktop`);
      await setViewport({ width: 360, height: 740 });
      await settled(element);
      await screenshot(element, `survey-${lang}-360`);
      await setViewport({ width: 1280, height: 900 });
    });
  });
}

function q0Votes(survey: { questions: Array<{ options: Array<{ votes?: number }> }> }): number {
  return survey.questions[0]!.options[0]!.votes ?? 0;
}
