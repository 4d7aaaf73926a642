import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-catalog.js';
import type { BichigCatalog } from '@bichig/elements';
import { formatDocumentNumber, vocabularyLabel } from '@bichig/cluster';
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
  languageSuiteHooks,
} from './support/interactive-columns.js';

for (const { name, lang, locale, site } of LANGUAGES) {
  describe(`<bichig-catalog> in ${name}`, () => {
    languageSuiteHooks(locale);

    async function setup(attributes: Record<string, string> = {}) {
      const cluster = await sharedFixture();
      const element = await mount<BichigCatalog>('bichig-catalog', { site, lang, ...attributes }, { cluster });
      // Each portal shows its own catalog: the Mongolian portal's entries are its own Mongolian ones.
      const entries = cluster.site(site).catalog;
      return { cluster, element, entries };
    }

    it('shows every entry with its index number and document number, in the right layout', async () => {
      const { element, entries } = await setup({ 'page-size': '50' });
      const shown = $$(element, '[part~="entry"]');
      expect(shown.map((e) => e.dataset['indexNumber'])).to.have.members(entries.map((e) => e.indexNumber));
      for (const entry of entries) {
        const row = shown.find((e) => e.dataset['indexNumber'] === entry.indexNumber)!;
        expect(textOf(row)).to.contain(entry.indexNumber).and.to.contain(entry.title);
        if (entry.documentNumber) expect(textOf(row)).to.contain(formatDocumentNumber(entry.documentNumber));
      }
      if (lang === 'zh') {
        expect($(element, 'table')).to.exist;
        expect($$(element, 'thead th')).to.have.length(8);
      } else {
        const catalog = $(element, '.catalog');
        expect(getComputedStyle(catalog).writingMode).to.equal('vertical-lr');
        // Each entry is a column: they advance left to right.
        const lefts = shown.map((e) => e.getBoundingClientRect().left);
        expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
        expect(new Set(lefts.map(Math.round)).size).to.equal(shown.length);
      }
    });

    it('names topics, genres and validity in the interface language, as the cluster vocabularies do', async () => {
      const { element, entries } = await setup({ 'page-size': '50' });
      expect(entries.length).to.be.greaterThan(2);
      expect(
        entries.every((e) => e.language === lang),
        `every entry of ${site} is in ${name}`,
      ).to.equal(true);
      const topicOptions = $$<HTMLOptionElement>(element, 'select[id$="-topic"] option').slice(1);
      const topics = [...new Set(entries.map((e) => e.topic))];
      expect(topicOptions.map((o) => o.value)).to.have.members(topics);
      for (const option of topicOptions)
        expect(option.textContent).to.contain(vocabularyLabel('topic', option.value as (typeof topics)[number], lang));
      const genres = $$<HTMLOptionElement>(element, 'select[id$="-genre"] option').slice(1);
      for (const option of genres)
        expect(option.textContent).to.contain(
          vocabularyLabel('genre', option.value as (typeof entries)[number]['genre'], lang),
        );
      const entry = entries[0]!;
      const row = $$(element, '[part~="entry"]').find((e) => e.dataset['indexNumber'] === entry.indexNumber)!;
      expect(textOf(row)).to.contain(vocabularyLabel('topic', entry.topic, lang));
      expect(textOf(row)).to.contain(vocabularyLabel('validity', entry.validity, lang));
      if (lang === 'mn') expect(textOf(row)).to.match(/[\u1820-\u18AA]/);
    });

    it('filters by topic, genre, organ, year and validity', async () => {
      const { element, entries } = await setup({ 'page-size': '50' });
      const first = entries[0]!;
      const checks: Array<[string, string, (e: (typeof entries)[number]) => boolean]> = [
        ['topic', first.topic, (e) => e.topic === first.topic],
        ['genre', first.genre, (e) => e.genre === first.genre],
        ['org', first.orgCode, (e) => e.orgCode === first.orgCode],
        ['year', first.publishedAt.slice(0, 4), (e) => e.publishedAt.startsWith(first.publishedAt.slice(0, 4))],
        ['validity', first.validity, (e) => e.validity === first.validity],
      ];
      for (const [filter, value, matches] of checks) {
        const select = $<HTMLSelectElement>(element, `select[id$="-${filter}"]`);
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await settled(element);
        const shown = $$(element, '[part~="entry"]').map((e) => e.dataset['indexNumber']);
        expect(shown, filter).to.have.members(entries.filter(matches).map((e) => e.indexNumber));
        $<HTMLButtonElement>(element, '[part="reset"]').click();
        await settled(element);
      }
      const select = $<HTMLSelectElement>(element, 'select[id$="-topic"]');
      const unused = [...select.options].length;
      expect(unused).to.be.greaterThan(1);
    });

    it('pages through the entries with the keyboard', async () => {
      const { element, entries } = await setup({ 'page-size': '3' });
      const firstPage = $$(element, '[part~="entry"]').map((e) => e.dataset['indexNumber']);
      expect(firstPage).to.have.length(3);
      const next = $<HTMLButtonElement>(element, '[part="next"]');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      const secondPage = $$(element, '[part~="entry"]').map((e) => e.dataset['indexNumber']);
      expect(secondPage).to.have.length(Math.min(3, entries.length - 3));
      expect(secondPage.some((i) => firstPage.includes(i))).to.equal(false);
      expect(element.page).to.equal(2);
    });

    it('narrows by keyword typed in the search field', async () => {
      const { element, entries } = await setup({ 'page-size': '50' });
      const target = entries[1]!;
      const input = $<HTMLInputElement>(element, 'input[type="search"]');
      input.focus();
      await sendKeys({ type: target.indexNumber });
      await sendKeys({ press: 'Enter' });
      input.dispatchEvent(new Event('change'));
      await settled(element);
      expect($$(element, '[part~="entry"]').map((e) => e.dataset['indexNumber'])).to.deep.equal([target.indexNumber]);
    });

    it('has no axe-core violations (screenshots at desktop and 360 px)', async () => {
      const { element } = await setup({ 'page-size': '4' });
      expect(await axeProblems(element)).to.deep.equal([]);
      await screenshot(element, `catalog-${lang}-desktop`);
      await setViewport({ width: 360, height: 740 });
      await settled(element);
      await screenshot(element, `catalog-${lang}-360`);
      expect(await axeProblems(element)).to.deep.equal([]);
      await setViewport({ width: 1280, height: 900 });
    });
  });
}
