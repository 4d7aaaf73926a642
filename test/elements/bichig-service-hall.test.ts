import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-service-hall.js';
import type { BichigServiceHall } from '@bichig/elements';
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
  describe(`<bichig-service-hall> in ${name}`, () => {
    languageSuiteHooks(locale);

    async function setup() {
      const cluster = await sharedFixture();
      const element = await mount<BichigServiceHall>(
        'bichig-service-hall',
        { site, lang, column: 'services' },
        { cluster },
      );
      return { services: cluster.site(site).services.filter((s) => s.columnId === 'services'), element };
    }

    it('lists the services and shows the first guide: conditions, materials, steps, limits, fees', async () => {
      const { element, services } = await setup();
      expect($$(element, '[part="service"]')).to.have.length(services.length);
      const item = services[0]!;
      const guide = textOf($(element, '[part="guide"]'));
      expect(guide).to.contain(lang === 'mn' ? (item.name.mn ?? item.name.zh) : item.name.zh);
      // Every part of the guide reads in the site's language (#17): a Mongolian site's guide in full.
      const inLanguage = (value: { zh?: string; mn?: string }) => (lang === 'mn' ? value.mn : value.zh)!;
      for (const step of item.steps)
        expect(guide).to.contain(inLanguage(step.name)).and.to.contain(inLanguage(step.description));
      for (const condition of item.conditions) expect(guide).to.contain(inLanguage(condition));
      for (const material of item.materials) expect(guide).to.contain(inLanguage(material.name));
      for (const basis of item.basis) expect(guide).to.contain(inLanguage(basis));
      expect(guide)
        .to.contain(inLanguage(item.kind))
        .and.to.contain(inLanguage(item.location))
        .and.to.contain(inLanguage(item.hours));
      if (lang === 'mn') expect(guide.match(/\p{Script=Han}+/gu) ?? []).to.deep.equal([]);
      expect($$(element, '[part="materials"] tbody tr')).to.have.length(item.materials.length);
      expect(guide).to.contain(item.code).and.to.contain(item.phone);
      const forms = item.materials.filter((m) => m.formUrl);
      expect($$<HTMLAnchorElement>(element, 'a[download]').map((a) => a.getAttribute('href'))).to.deep.equal(
        forms.map((m) => m.formUrl),
      );
      expect(getComputedStyle($(element, '.hall')).writingMode).to.equal(
        lang === 'mn' ? 'vertical-lr' : 'horizontal-tb',
      );
    });

    it('filters by applicant and by name', async () => {
      const { element, services } = await setup();
      $<HTMLInputElement>(element, 'input[type="radio"][value="enterprise"]').click();
      await settled(element);
      expect($$(element, '[part="service"]')).to.have.length(
        services.filter((s) => s.audience.includes('enterprise')).length,
      );
      $<HTMLInputElement>(element, 'input[type="radio"][value=""]').click();
      await settled(element);
      const target = services[services.length - 1]!;
      const input = $<HTMLInputElement>(element, 'input[type="search"]');
      input.focus();
      await sendKeys({ type: target.code });
      await settled(element);
      expect($$(element, '[part="service"]')).to.have.length(1);
    });

    it('opens another guide from the keyboard and moves focus to its title', async () => {
      const { element, services } = await setup();
      if (services.length < 2) throw new Error('the fixture site needs two services');
      const second = $$<HTMLButtonElement>(element, '[part="service"]')[1]!;
      second.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(element.service).to.equal(services[1]!.id);
      expect(element.shadowRoot!.activeElement?.localName).to.equal('h3');
      expect(second.getAttribute('aria-current')).to.equal('true');
    });

    it('has no axe-core violations (screenshots at desktop and 360 px)', async () => {
      const { element } = await setup();
      expect(await axeProblems(element)).to.deep.equal([]);
      await screenshot(element, `service-hall-${lang}-desktop`);
      await setViewport({ width: 360, height: 740 });
      await settled(element);
      await screenshot(element, `service-hall-${lang}-360`);
      await setViewport({ width: 1280, height: 900 });
    });
  });
}
