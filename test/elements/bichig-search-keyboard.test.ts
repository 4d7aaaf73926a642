// <bichig-search keyboard>: a Mongolian <bichig-keyboard> under the box, loaded when the box is
// first focused, not with the element; keys typed on a hardware keyboard while it loads are mapped
// by its layout, in order, and Enter searches only once they are in. (Its own file: the keyboard
// must not be registered yet; its module is held back until the typing is done.)
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { NOW, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';
import { codePoints, typeMongolian } from './support/interactive-columns.js';
import { holdKeyboardModule } from './support/keyboard-module.js';

describe('<bichig-search keyboard>', () => {
  const keyboardModule = holdKeyboardModule();
  after(() => {
    keyboardModule.letThrough();
    unmountAll();
  });

  it('loads its keyboard on the first focus of the box, keeping the keys typed meanwhile, and searches with them', async () => {
    const cluster = await fixtureCluster();
    const element = await mount<BichigSearch>(
      'bichig-search',
      { now: NOW, site: 'xlgl-mn', lang: 'mn-Mong', keyboard: '' },
      { cluster },
    );
    await element.whenIndexed();
    const keyboard = element.shadowRoot!.querySelector('bichig-keyboard');
    expect(keyboard, 'the keyboard is in place under the box').to.exist;
    expect(keyboard!.getAttribute('part')).to.equal('keyboard');
    expect(keyboard!.getBoundingClientRect().width, 'no blank gap before it arrives').to.equal(0);
    expect(customElements.get('bichig-keyboard') === undefined, 'not loaded with the element').to.equal(true);

    const searches: string[] = [];
    element.addEventListener('bichig-search', (event) => searches.push(event.detail.query));
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    const word = 'ᠮᠠᠯ';
    await typeMongolian(word);
    await sendKeys({ press: 'Enter' });
    expect(customElements.get('bichig-keyboard') === undefined, 'still on its way').to.equal(true);
    expect(input.value, 'held, not typed as Latin letters').to.equal('');
    expect(searches, 'nothing searched before the word is in').to.deep.equal([]);

    const searched = new Promise<void>((resolve) =>
      element.addEventListener('bichig-search', () => resolve(), { once: true }),
    );
    keyboardModule.letThrough();
    await customElements.whenDefined('bichig-keyboard');
    await searched;
    expect(keyboard!.getBoundingClientRect().width, 'shown once here').to.be.greaterThan(200);
    expect(codePoints(searches[0]!)).to.equal(codePoints(word));
    await element.whenIndexed();
    await settled(element);
    expect(element.shadowRoot!.querySelectorAll('[part~="result"]').length).to.be.greaterThan(0);
  });

  it('renders no keyboard without `keyboard`', async () => {
    const cluster = await fixtureCluster();
    const element = await mount<BichigSearch>(
      'bichig-search',
      { now: NOW, site: 'xlgl-mn', lang: 'mn-Mong' },
      { cluster },
    );
    expect(element.shadowRoot!.querySelector('bichig-keyboard')).to.equal(null);
  });
});
