// The Mongolian mailbox loads its on-screen keyboard when a Mongolian field is first focused, not
// with the element; keys typed on a hardware keyboard while it loads are mapped by its layout, in
// order, as if it had been there. (Its own file: the keyboard must not be registered yet.)
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-mailbox.js';
import { MemoryFormAdapter, type BichigMailbox } from '@bichig/elements';
import {
  $,
  codePoints,
  fixtureCluster,
  mount,
  typeMongolian,
  unmountAll,
  languageSuiteHooks,
} from './support/interactive-columns.js';

describe('<bichig-mailbox> keyboard on demand', () => {
  languageSuiteHooks('mn-Mong');
  after(unmountAll);

  it('registers <bichig-keyboard> on the first focus of a Mongolian field, keeping every key typed meanwhile', async () => {
    const cluster = await fixtureCluster();
    const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', {
      now: () => new Date('2026-03-02T10:00:00+08:00'),
    });
    const element = await mount<BichigMailbox>(
      'bichig-mailbox',
      { site: 'xlgl-mn', lang: 'mn', column: 'mailbox', now: '2026-03-02T10:00:00+08:00' },
      { cluster, adapter },
    );
    expect($(element, 'bichig-keyboard'), 'the form has its keyboard in place').to.exist;
    expect(customElements.get('bichig-keyboard'), 'not loaded with the mailbox').to.equal(undefined);
    const subject = $(element, '[data-field="subject"]') as HTMLElement & { value: string };
    subject.focus();
    // Typed at once, while the keyboard may still be on its way: the standard layout maps the keys.
    const typed = 'ᠮᠠᠯ ᠨᠤᠲᠤᠭ';
    await typeMongolian(typed);
    await customElements.whenDefined('bichig-keyboard');
    await (element.shadowRoot!.querySelector('bichig-keyboard') as unknown as { updateComplete: Promise<unknown> })
      .updateComplete;
    expect(codePoints(subject.value)).to.equal(codePoints(typed));
  });
});
