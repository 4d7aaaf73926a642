// Issue #13: the XSS corpus through the two paths where what one person typed comes back on a page
// through a backend or an index, not through an attribute: a letter typed into the mailbox, sent,
// and shown again by the look-up tab; and articles found by <bichig-search>, whose titles and
// summaries (with their highlights) are rendered from the index it builds. Each payload must be
// shown as text, no handler, embedded document or unsafe URL may land in the shadow trees, inert
// links are clicked, images are waited for by their events, and window.__xss() must never run.
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-mailbox.js';
import '@bichig/elements/bichig-search.js';
import { LETTER_LIMITS, MemoryFormAdapter } from '@bichig/elements';
import type { BichigMailbox, BichigSearch } from '@bichig/elements';
import type { Article } from '@bichig/cluster';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { NOW, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';
import {
  clickInertLinks,
  mediaSettled,
  rotationRounds,
  shadowTrees,
  trying,
  unsafeIn,
  xssRuns,
} from './support/xss.js';

const P = XSS_PAYLOADS.length;
/** Chromium sends every payload as a letter; the other engines a rotation subset (said in the title). */
const { rounds: ROUNDS, title: ROUNDS_TITLE } = rotationRounds(P);

/** A payload as a person would type it: its markup, or its URL. */
const typed = (p: number): string => XSS_PAYLOADS[p]!.html ?? XSS_PAYLOADS[p]!.url!;
/** What the shadow trees show as text, with runs of white space as one space (as the payloads are compared). */
const shownText = (root: Element): string =>
  shadowTrees(root)
    .map((tree) => tree.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

const $ = <T extends Element>(root: Element, selector: string): T => {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${root.localName}>`);
  return found;
};

afterEach(unmountAll);

describe('XSS corpus typed by a reader and shown back', function () {
  this.timeout(200_000);
  it(`a letter sent through the mailbox and shown by its look-up (${ROUNDS_TITLE})`, async () => {
    const cluster = await fixtureCluster();
    let codes = 0;
    const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl', {
      now: () => new Date(NOW),
      queryCode: () => `XSSCODE${String(++codes).padStart(3, '0')}`,
    });
    const before = xssRuns();
    const unsafe: string[] = [];
    let shownBack = 0;
    const started = performance.now();
    let refused = 0;
    // In Chromium every payload; in Firefox every 4th, in WebKit every 8th (the subset the title names).
    const step = Math.round(P / ROUNDS);
    for (let p = 0; p < P; p += step) {
      const text = typed(p);
      trying(`mailbox letter ${XSS_PAYLOADS[p]!.id}`);
      const element = await mount<BichigMailbox>(
        'bichig-mailbox',
        { site: 'xlgl', lang: 'zh', column: 'mailbox', now: NOW },
        { cluster, adapter },
      );
      $<HTMLInputElement>(element, 'input[value="consult"]').click();
      const field = (name: string) => $<HTMLInputElement>(element, `[data-field="${name}"]`);
      const put = (name: string, value: string) => {
        const input = field(name);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      // A subject over the limit would only be refused: the payload then goes into the body alone.
      put('subject', [...text].length <= LETTER_LIMITS.subject ? text : '关于草原补奖的咨询');
      // What the field holds (a one-line field drops line breaks from a value, as HTML says).
      const subject = field('subject').value;
      put('body', text);
      put('contact.name', '王芳');
      put('contact.phone', '13900000000');
      await element.updateComplete;
      $<HTMLButtonElement>(element, 'button[type="submit"]').click();
      await settled(element);
      if ([...text].length > LETTER_LIMITS.body) {
        // Too long to send: refused at its field, and the text stays in the form.
        expect(field('body').value, XSS_PAYLOADS[p]!.id).to.equal(text);
        refused++;
      } else {
        expect(element.shadowRoot!.querySelector('.query-code'), `${XSS_PAYLOADS[p]!.id}: a receipt`).to.exist;
        // "Look this letter up": the look-up tab, its code filled in, and the letter as the backend keeps it.
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part="receipt"] button')!.click();
        await settled(element);
        $<HTMLButtonElement>(element, '.lookup button[type="submit"]').click();
        await settled(element);
        const letter = $(element, '.lookup-result [part="letter"]');
        expect(squeezed(letter.textContent ?? ''), XSS_PAYLOADS[p]!.id).to.contain(squeezed(subject));
        shownBack++;
      }
      await mediaSettled(element);
      unsafe.push(...unsafeIn(element).map((u) => `${XSS_PAYLOADS[p]!.id}: ${u}`));
      clickInertLinks(element);
      element.remove();
    }
    expect(unsafe).to.deep.equal([]);
    expect(xssRuns() - before, 'payloads executed').to.equal(0);
    expect(shownBack, 'letters shown back by the look-up').to.be.greaterThan(0);
    console.log(
      `XSS round trip, mailbox: ${shownBack} letters shown back, ${refused} refused as too long, 0 executed, ${Math.round(performance.now() - started)} ms`,
    );
  });

  it('articles found by <bichig-search>: titles, summaries and highlights of a poisoned cluster', async () => {
    const cluster = await fixtureCluster();
    // Every payload in the title and summary of a Chinese article of its own, beside a word that
    // finds them all, across the cluster (the index is built in the browser from this cluster).
    // Articles the search indexes: public at the moment the page is read.
    const articles = [...cluster.sites.values()]
      .flatMap((site) => site.articles)
      .filter((a) => a.language === 'zh' && a.status === 'published' && a.publishedAt <= NOW) as Article[];
    expect(articles.length).to.be.at.least(P);
    const TOKEN = '毡房试验';
    for (let p = 0; p < P; p++) {
      const article = articles[p] as { -readonly [K in keyof Article]: Article[K] };
      article.title = `${TOKEN} ${typed(p)}`;
      article.summary = `${typed(p)} ${TOKEN}`;
    }
    trying('search results');
    const before = xssRuns();
    const element = await mount<BichigSearch>(
      'bichig-search',
      { now: NOW, site: 'xlgl', scope: 'cluster', lang: 'zh-Hans', 'page-size': String(P + 20), query: TOKEN },
      { cluster },
    );
    await element.whenIndexed();
    await settled(element);
    const shown = shownText(element);
    const found = XSS_PAYLOADS.filter((payload, p) => typed(p).length < 1000 && shown.includes(squeezed(typed(p))));
    expect(element.shadowRoot!.querySelectorAll('[part~="mark"]').length, 'highlights').to.be.greaterThan(0);
    expect(found.length, 'payloads shown as text in the results').to.equal(
      XSS_PAYLOADS.filter((payload, p) => typed(p).length < 1000).length,
    );
    await mediaSettled(element, { eager: true });
    expect(unsafeIn(element)).to.deep.equal([]);
    clickInertLinks(element);
    await mediaSettled(element);
    expect(xssRuns() - before, 'payloads executed').to.equal(0);
  });
});
