// Issue #13: the XSS corpus through every attribute or property a page author (or a reader, for a
// field's value and a search query) gives an element and the element shows: texts, URLs, link
// patterns, ids that end up in an error message. Every element instance holds one such path; in
// round r, path k holds payload (37k + r) mod P, so after P rounds every payload, the very long
// ones included, has been through every path. Each round the shadow trees may hold no handler,
// embedded document or URL of another scheme, inert links are clicked, images are waited for (by
// their events), and window.__xss() must never run.
import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import '@bichig/elements/all.js';
import type { Cluster } from '@bichig/cluster';
import type { BichigText } from '@bichig/elements';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { NOW, fixtureCluster, unmountAll } from './support/columns.js';
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
/** Chromium runs every round; the other engines a rotation subset (said in the test's name). */
const { full: FULL, rounds: ROUNDS, title: ROUNDS_TITLE } = rotationRounds(P);

interface Path {
  readonly tag: string;
  /** The attribute (or, with a dot, the property) that takes the payload. */
  readonly name: string;
  readonly kind: 'text' | 'url';
  readonly attributes: Record<string, string>;
  readonly light?: string;
}

const zh = { site: 'xlgl', now: NOW, renderer: 'native' };
const mn = { site: 'xlgl-mn', now: NOW, renderer: 'native' };

const PATHS: Path[] = [
  { tag: 'bichig-breadcrumb', name: 'current-title', kind: 'text', attributes: { ...zh, column: 'news' } },
  { tag: 'bichig-breadcrumb', name: 'current-title', kind: 'text', attributes: { ...mn, column: 'news' } },
  { tag: 'bichig-footer', name: 'undertaker', kind: 'text', attributes: zh },
  { tag: 'bichig-footer', name: 'icp', kind: 'text', attributes: zh },
  { tag: 'bichig-footer', name: 'police-record', kind: 'text', attributes: zh },
  { tag: 'bichig-footer', name: 'site-code', kind: 'text', attributes: mn },
  { tag: 'bichig-footer', name: 'icp-href', kind: 'url', attributes: { ...zh, icp: 'ICP' } },
  { tag: 'bichig-footer', name: 'police-href', kind: 'url', attributes: { ...zh, 'police-record': '1525' } },
  { tag: 'bichig-nav', name: 'home-label', kind: 'text', attributes: { ...mn, current: 'news' } },
  { tag: 'bichig-nav', name: 'link-pattern', kind: 'url', attributes: { ...zh, current: 'news' } },
  { tag: 'bichig-site-header', name: 'home-href', kind: 'url', attributes: zh },
  { tag: 'bichig-notice-board', name: 'more-href', kind: 'url', attributes: { ...zh, column: 'notices' } },
  { tag: 'bichig-news-list', name: 'link-pattern', kind: 'url', attributes: { ...mn, column: 'news' } },
  { tag: 'bichig-article', name: 'link-pattern', kind: 'url', attributes: { now: NOW, article: 'xlgl-policy-001' } },
  { tag: 'bichig-lang-switch', name: 'pattern', kind: 'url', attributes: zh },
  { tag: 'bichig-lang-switch', name: 'page', kind: 'url', attributes: mn },
  // Ids that are not found: the element says so, naming them.
  { tag: 'bichig-article', name: 'article', kind: 'text', attributes: { now: NOW } },
  { tag: 'bichig-topic', name: 'topic', kind: 'text', attributes: zh },
  { tag: 'bichig-interview', name: 'interview', kind: 'text', attributes: zh },
  { tag: 'bichig-service-hall', name: 'service', kind: 'text', attributes: zh },
  { tag: 'bichig-survey', name: 'survey', kind: 'text', attributes: zh },
  { tag: 'bichig-price-table', name: 'report', kind: 'text', attributes: mn },
  { tag: 'bichig-news-list', name: 'column', kind: 'text', attributes: zh },
  { tag: 'bichig-site-header', name: 'site', kind: 'text', attributes: { now: NOW } },
  {
    tag: 'bichig-bilingual',
    name: 'content-id',
    kind: 'text',
    attributes: {},
    light: '<p lang="zh-Hans" data-content-id="a">中文</p><p lang="mn-Mong" data-content-id="a">ᠮᠣᠩᠭᠣᠯ</p>',
  },
  // What a reader types, and what a page writes in.
  { tag: 'bichig-search', name: 'query', kind: 'text', attributes: { now: NOW, scope: 'cluster' } },
  { tag: 'bichig-text', name: '.text', kind: 'text', attributes: { renderer: 'native' } },
  { tag: 'bichig-text', name: '.text', kind: 'text', attributes: { renderer: 'shaped' } },
  { tag: 'bichig-flow', name: 'label', kind: 'text', attributes: {}, light: '<p>ᠮᠣᠩᠭᠣᠯ</p>' },
  { tag: 'bichig-input', name: '.value', kind: 'text', attributes: { label: 'ᠨᠡᠷ᠎ᠡ' } },
  { tag: 'bichig-textarea', name: '.value', kind: 'text', attributes: { label: 'ᠪᠢᠴᠢᠭ' } },
  { tag: 'bichig-input', name: 'placeholder', kind: 'text', attributes: {} },
  { tag: 'bichig-textarea', name: 'label', kind: 'text', attributes: {} },
];

function payloadFor(path: Path, p: number): string {
  const payload = XSS_PAYLOADS[p]!;
  return path.kind === 'url' ? (payload.url ?? payload.html!) : (payload.html ?? payload.url!);
}

function set(element: HTMLElement, path: Path, value: string): void {
  if (path.name.startsWith('.')) (element as unknown as Record<string, string>)[path.name.slice(1)] = value;
  else element.setAttribute(path.name, value);
}

async function allSettled(elements: readonly Element[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    await Promise.all(elements.map((e) => (e as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    const texts = elements.flatMap((e) => [
      ...(e.localName === 'bichig-text' ? [e] : []),
      ...shadowTrees(e).flatMap((t) => [...t.querySelectorAll('bichig-text')]),
    ]);
    await Promise.all(texts.map((t) => (t as BichigText).whenRendered()));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe(`XSS corpus through every attribute and value a page or a reader gives an element (${ROUNDS_TITLE})`, function () {
  this.timeout(200_000);
  after(unmountAll);

  it('runs no payload and leaves nothing unsafe in a shadow tree, on every path', async () => {
    const cluster: Cluster = await fixtureCluster();
    let main = document.querySelector('main');
    if (!main) document.body.append((main = document.createElement('main')));
    const elements = PATHS.map((path) => {
      const element = document.createElement(path.tag) as LitElement;
      for (const [name, value] of Object.entries(path.attributes)) element.setAttribute(name, value);
      if (path.light) element.innerHTML = path.light;
      if (!['bichig-text', 'bichig-flow', 'bichig-bilingual', 'bichig-input', 'bichig-textarea'].includes(path.tag))
        Object.assign(element, { cluster });
      main.append(element);
      return element;
    });
    const before = xssRuns();
    const unsafe: string[] = [];
    const reached = PATHS.map(() => new Set<number>());
    let clicked = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      PATHS.forEach((path, k) => {
        const p = (((k * 37) % P) + round) % P;
        set(elements[k]!, path, payloadFor(path, p));
        reached[k]!.add(p);
      });
      await allSettled(elements);
      PATHS.forEach((path, k) => {
        trying(`round ${round}, ${path.tag} ${path.name}`);
        unsafe.push(...unsafeIn(elements[k]!).map((u) => `${path.tag} ${path.name} round ${round}: ${u}`));
        clicked += clickInertLinks(elements[k]!);
      });
      await Promise.all(elements.map((element) => mediaSettled(element, { eager: true })));
    }
    const seconds = (performance.now() - started) / 1000;
    const executed = xssRuns() - before;
    const combinations = reached.reduce((n, s) => n + s.size, 0);
    const perElement = new Map<string, number>();
    for (const path of PATHS) perElement.set(path.tag, (perElement.get(path.tag) ?? 0) + 1);
    console.log(
      `XSS attributes (${ROUNDS} rounds, ${seconds.toFixed(1)} s): ${P} payloads × ${PATHS.length} paths, ` +
        `${combinations} combinations, ${executed} executed, ${clicked} inert links clicked; paths per element: ` +
        [...perElement].map(([tag, n]) => `${tag} ${n}`).join(', '),
    );
    expect(unsafe.slice(0, 20)).to.deep.equal([]);
    expect(executed, 'payloads executed').to.equal(0);
    if (FULL) expect(combinations).to.equal(P * PATHS.length);
  });
});
