// Issue #15 (reliability): the XSS corpus through the staff desk. Citizens write what they like:
// every payload of test/fixtures/xss-payloads.ts as a letter's subject (the inbox), as the
// paragraphs, contact name and e-mail of a letter opened on the desk, and as a history note. None
// may run, and the desk's tree must hold no handler, embedded document or unsafe URL — the desk
// shows them as text.
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-letter-desk.js';
import { MemoryDeskAdapter, type BichigLetterDesk } from '@bichig/elements';
import type { Letter } from '@bichig/cluster';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { $$, fixtureCluster, mount } from './support/interactive-columns.js';
import { ACCOUNTS, DESK_NOW, deskIdle, listedIds, openLetter } from './support/desk.js';

declare global {
  interface Window {
    __xss: () => void;
  }
}

let runs = 0;
window.__xss = () => {
  runs++;
};
// A payload whose handler does not even compile throws a SyntaxError as it is parsed; that is not a run.
window.addEventListener(
  'error',
  (event: ErrorEvent) => {
    if (event.error instanceof SyntaxError || /SyntaxError/.test(event.message)) event.stopImmediatePropagation();
  },
  true,
);

const texts = XSS_PAYLOADS.map((p) => p.html ?? p.url ?? '').filter((t) => t !== '');

/** Handlers, embedded documents and non-http(s) URLs anywhere in the desk's shadow trees. */
function unsafeIn(root: Element): string[] {
  const found: string[] = [];
  const trees: ShadowRoot[] = [root.shadowRoot!];
  for (let i = 0; i < trees.length; i++)
    for (const element of trees[i]!.querySelectorAll('*')) {
      if (element.shadowRoot) trees.push(element.shadowRoot);
      if (['script', 'iframe', 'object', 'embed', 'foreignobject', 'base', 'meta'].includes(element.localName))
        found.push(`<${element.localName}>`);
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
        if (
          (attribute.name === 'href' || attribute.name === 'src') &&
          /^\s*(javascript|data|vbscript):/i.test(attribute.value)
        )
          found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
      }
    }
  return found;
}

describe('<bichig-letter-desk> and the XSS corpus', () => {
  it('shows every payload as text, in the inbox and in an opened letter, and runs none', async () => {
    expect(texts.length >= 80).to.equal(true);
    const cluster = await fixtureCluster();
    const site = cluster.site('xlgl');
    const template = site.letters.find((l) => l.history.at(-1)!.status === 'received')!;
    const letters: Letter[] = texts.map((text, i) => ({
      ...template,
      id: `xss-${i}`,
      queryCode: `XSS${String(i).padStart(5, '0')}`,
      language: 'zh',
      subject: text,
      body: i === 0 ? texts : [text],
      history: [{ status: 'received', at: template.submittedAt, note: text }],
    }));
    const adapter = new MemoryDeskAdapter({
      accounts: ACCOUNTS,
      mailboxes: site.mailboxes,
      letters,
      contacts: { 'xss-0': { name: texts[1]!, phone: '13800000000', email: texts[2]! } },
      departments: [{ orgCode: site.orgCode, name: site.name }],
      calendar: cluster.calendar,
      now: () => new Date(DESK_NOW),
      signedIn: 'bangongshi',
    });
    const element = await mount<BichigLetterDesk>('bichig-letter-desk', { renderer: 'native' }, { adapter });
    await deskIdle(element);
    expect(listedIds(element).length > 0).to.equal(true);
    await openLetter(element, 'xss-0');
    // Give every image a payload may have smuggled in the chance to fail and fire its handler.
    await Promise.all(
      $$(element, 'img').map(
        (img) => new Promise((resolve) => (img as HTMLImageElement).complete || img.addEventListener('error', resolve)),
      ),
    );
    const shown = element.shadowRoot!.textContent ?? '';
    expect(shown.includes(texts[0]!), 'the first payload is shown as text').to.equal(true);
    expect(unsafeIn(element)).to.deep.equal([]);
    expect(runs).to.equal(0);
  });
});
