// Issue #13: the XSS corpus through every string of a Cluster that the elements render. Every
// string slot of the fixture (test/fixtures/xss-poison.ts: the same slots the portal-build test
// poisons) gets a payload, assigned by rotation: in round r, slot i holds payload (i + r) mod P, so
// after P rounds every payload has been in every slot. Every column and chrome element is mounted
// for both a Chinese and a Mongolian site, once, and re-rendered each round; each text slot also
// carries a token ⟦slot:payload⟧, so what counts as a path reached is what an element really shows
// (a path is an element and a slot's place in the schema, e.g. bichig-news-list ×
// site.articles[].title), and a stale render cannot be counted. Each round, the shadow trees may
// hold no handler, embedded document or URL of another scheme, every inert link is clicked, every
// image is waited for (by its events), and window.__xss() must never run.
import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import '@bichig/elements/all.js';
import type { Cluster } from '@bichig/cluster';
import { MemoryFormAdapter } from '@bichig/elements';
import type { BichigMailbox, BichigText } from '@bichig/elements';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { collectSlots } from '../fixtures/xss-poison.js';
import type { PoisonSlot } from '../fixtures/xss-poison.js';
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
/**
 * The payloads that go round every slot: all but the very long ones (20k words, 100k characters,
 * 2,000 nested elements, a 50k-space URL), which in every visible slot at once would make a round
 * take minutes; they go through the paths of test/elements/xss.test.ts.
 */
const SHORT = XSS_PAYLOADS.flatMap((payload, p) => (payload.category === 'long' ? [] : [p]));
const S = SHORT.length;
const TOKEN = /⟦(\d+):(\d+)⟧/g;
const URL_TOKEN = /\/xss-slot\/(\d+)/g;

/** Chromium runs every round; the other engines a rotation subset (said in the test's name). */
const { full: FULL, rounds: ROUNDS, title: ROUNDS_TITLE } = rotationRounds(S);

interface Mounted {
  readonly tag: string;
  readonly label: string;
  readonly element: LitElement;
  /** URL slots this element renders (from the control round). */
  urlSlots: number[];
  /** The slot paths it has shown. */
  readonly paths: Set<string>;
}

/** Every text an element shows or carries: text nodes, attribute values, <bichig-text> sources, in shadow trees and light DOM. */
function shownText(element: Element): string {
  const parts: string[] = [];
  const roots: (Element | ShadowRoot)[] = [element, ...shadowTrees(element)];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
    for (const child of root.querySelectorAll('*')) {
      for (const attribute of child.attributes) parts.push(attribute.value);
      if (child.localName === 'bichig-text') parts.push((child as unknown as { text?: string }).text ?? '');
    }
  }
  return parts.join('\n');
}

/** Waits for every element's update and every <bichig-text> in them to draw, twice (a drawn text may resize its host). */
async function allSettled(elements: readonly Element[]): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    await Promise.all(elements.map((e) => (e as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    const texts = elements.flatMap((e) => shadowTrees(e).flatMap((t) => [...t.querySelectorAll('bichig-text')]));
    await Promise.all(texts.map((t) => (t as BichigText).whenRendered()));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * The mailbox reads its replied letters and statistics through an adapter, once: a new one (of the
 * published data, as the element makes itself) makes it read them again, and this waits until it has.
 */
async function refreshAdapter(element: Element, cluster: Cluster): Promise<void> {
  if (element.localName !== 'bichig-mailbox') return;
  const mailbox = element as unknown as Pick<BichigMailbox, 'adapter' | 'site' | 'tab' | 'updateComplete'> & {
    replied: { kind: string };
    statistics: { kind: string };
  };
  mailbox.adapter = MemoryFormAdapter.fromCluster(cluster, mailbox.site!, { now: () => new Date(NOW) });
  await mailbox.updateComplete;
  const state = mailbox.tab === 'replied' ? () => mailbox.replied.kind : () => mailbox.statistics.kind;
  if (mailbox.tab === 'write') return;
  while (state() === 'idle' || state() === 'loading') await new Promise((resolve) => requestAnimationFrame(resolve));
}

function payloadText(p: number): string {
  const payload = XSS_PAYLOADS[p]!;
  return payload.html ?? payload.url!;
}

function payloadUrl(p: number): string {
  const payload = XSS_PAYLOADS[p]!;
  return payload.url ?? payload.html!;
}

/** The element configurations: every column and chrome element of a Chinese and a Mongolian site. */
function configurations(cluster: Cluster): [tag: string, attributes: Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  for (const siteId of ['xlgl', 'xlgl-mn']) {
    const site = cluster.site(siteId);
    const base = { site: siteId, now: NOW, renderer: 'native' };
    out.push(
      ['bichig-site-header', base],
      ['bichig-nav', { ...base, current: 'news' }],
      ['bichig-breadcrumb', { ...base, column: 'news' }],
      ['bichig-footer', { ...base, 'site-code': '1525000001', icp: 'ICP', 'police-record': '15250202000001' }],
      ['bichig-lang-switch', base],
      ['bichig-a11y-toolbar', {}],
      ['bichig-picture-news', { ...base, column: 'news', paused: '' }],
      ['bichig-notice-board', { ...base, column: 'notices' }],
      ['bichig-catalog', { ...base, column: 'disclosure' }],
      ['bichig-service-hall', { ...base, column: 'services' }],
      ['bichig-price-table', { ...base, column: 'prices' }],
      ['bichig-interview', { ...base, column: 'interviews' }],
      ['bichig-topic', { ...base, column: 'topics' }],
      ['bichig-survey', { ...base, column: 'surveys' }],
    );
    // One list per column type that lists articles (the rest hold the same article fields).
    const listed = new Set<string>();
    for (const column of site.columns)
      if (/^(news|notices|policy-documents|herder-)/.test(column.type) && !listed.has(column.type)) {
        listed.add(column.type);
        out.push(['bichig-news-list', { ...base, column: column.id, 'show-summary': '' }]);
      }
    if (site.interpretations.length) out.push(['bichig-interpretation-list', base]);
    for (const tab of ['write', 'replied', 'statistics'])
      out.push(['bichig-mailbox', { ...base, column: 'mailbox', tab }]);
    const articles = [
      site.articles.find((a) => (a.attachments ?? []).length > 0),
      site.articles.find((a) => (a.images ?? []).length > 0),
      site.articles[0],
    ].filter((a, i, all) => a && all.indexOf(a) === i);
    for (const article of articles)
      out.push(['bichig-article', { now: NOW, renderer: 'native', article: article!.id }]);
    for (const service of site.services.slice(0, 2))
      out.push(['bichig-service-hall', { ...base, service: service.id }]);
    for (const interview of site.interviews) out.push(['bichig-interview', { ...base, interview: interview.id }]);
    for (const topic of site.topics) out.push(['bichig-topic', { ...base, topic: topic.id }]);
    // A survey shows its questions and options while it is open, its results once it has closed.
    for (const survey of site.surveys)
      out.push(
        ['bichig-survey', { ...base, survey: survey.id, now: `${survey.opensAt}T12:00:00+08:00` }],
        ['bichig-survey', { ...base, survey: survey.id, now: '2030-01-01T12:00:00+08:00' }],
      );
  }
  return out;
}

/** Per element tag, per slot path: the payloads (indices in the corpus) that reached it. */
type Reached = Map<string, Map<string, Set<number>>>;

function note(reached: Reached, tag: string, path: string, p: number): void {
  let paths = reached.get(tag);
  if (!paths) reached.set(tag, (paths = new Map()));
  let payloads = paths.get(path);
  if (!payloads) paths.set(path, (payloads = new Set()));
  payloads.add(p);
}

describe(`XSS corpus through every Cluster string the elements render (the ${S} payloads that are not very long; ${ROUNDS_TITLE})`, function () {
  this.timeout(200_000);
  after(unmountAll);

  it('runs no payload, leaves nothing unsafe in a shadow tree, and brings its share of the corpus to every path', async () => {
    const cluster = await fixtureCluster();
    const slots: PoisonSlot[] = collectSlots([
      ...[...cluster.sites.values()].map((site) => ['site', site] as const),
      ['org', cluster.orgs],
      // The cluster's own name: a Localized object, poisoned in place.
      ['cluster', { name: cluster.name }],
    ]);
    /** The payload (index in the corpus) each slot holds now; `P` in the control round. */
    let expected: (i: number) => number = () => P;
    const assign = (payloadOfSlot: (i: number) => number) => {
      expected = payloadOfSlot;
      slots.forEach((slot, i) => {
        const p = payloadOfSlot(i);
        slot.record[slot.key] = slot.kind === 'url' ? payloadUrl(p) : `${slot.original} ⟦${i}:${p}⟧ ${payloadText(p)}`;
      });
    };

    // The control round: every URL slot holds /xss-slot/<i>, so each element's URL slots are known.
    slots.forEach((slot, i) => {
      slot.record[slot.key] = slot.kind === 'url' ? `/xss-slot/${i}` : `${slot.original} ⟦${i}:${P}⟧`;
    });
    const mountStart = performance.now();
    let main = document.querySelector('main');
    if (!main) document.body.append((main = document.createElement('main')));
    const mounted: Mounted[] = configurations(cluster).map(([tag, attributes]) => {
      const element = document.createElement(tag) as LitElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      Object.assign(element, { cluster });
      main.append(element);
      const label = `${tag}[${Object.entries(attributes)
        .filter(([k]) => !['now', 'renderer'].includes(k))
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}]`;
      return { tag, label, element, urlSlots: [], paths: new Set<string>() };
    });
    await Promise.all(mounted.map(({ element }) => refreshAdapter(element, cluster)));
    await allSettled(mounted.map((m) => m.element));
    for (const m of mounted) {
      const urls = new Set<number>();
      for (const tree of shadowTrees(m.element))
        for (const node of tree.querySelectorAll('[href], [src]'))
          for (const name of ['href', 'src'])
            for (const match of (node.getAttribute(name) ?? '').matchAll(URL_TOKEN)) urls.add(Number(match[1]));
      m.urlSlots = [...urls];
    }
    const mountSeconds = (performance.now() - mountStart) / 1000;

    const reached: Reached = new Map();
    const unsafe: string[] = [];
    const stale: string[] = [];
    let clicked = 0;
    const before = xssRuns();

    /** One round: re-render, then read what each element shows, check, click, wait for media. */
    const round = async (name: string, active: readonly Mounted[]) => {
      for (const { element } of active) element.requestUpdate();
      await Promise.all(active.map(({ element }) => refreshAdapter(element, cluster)));
      await allSettled(active.map((m) => m.element));
      for (const { tag, label, element, urlSlots, paths } of active) {
        trying(`${name}, ${label}`);
        let fresh = 0;
        for (const match of shownText(element).matchAll(TOKEN)) {
          const i = Number(match[1]);
          const p = Number(match[2]);
          if (p !== expected(i)) {
            stale.push(`${label} ${name}: slot ${slots[i]!.path}`);
            continue;
          }
          fresh++;
          paths.add(slots[i]!.path);
          note(reached, tag, slots[i]!.path, p);
        }
        // URL slots count when the element showed this round's texts (it re-rendered).
        if (fresh > 0)
          for (const i of urlSlots) {
            paths.add(slots[i]!.path);
            note(reached, tag, slots[i]!.path, expected(i));
          }
        unsafe.push(...unsafeIn(element).map((u) => `${label} ${name}: ${u}`));
        clicked += clickInertLinks(element);
      }
      await Promise.all(active.map(({ element }) => mediaSettled(element, { eager: true })));
    };

    const started = performance.now();
    let active = mounted;
    let rounds = 0;
    for (let r = 0; r < ROUNDS && active.length > 0; r++, rounds++) {
      assign((i) => SHORT[(((i * 37) % S) + r) % S]!);
      await round(`round ${r}`, active);
      if (r % 10 === 0)
        console.log(`round ${r}: ${active.length} elements, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // An element whose every path has had every short payload is done: it leaves the page.
      active = active.filter((m) => {
        const byPath = reached.get(m.tag);
        const done = m.paths.size > 0 && [...m.paths].every((path) => byPath?.get(path)?.size === S);
        if (done) m.element.remove();
        return !done;
      });
    }
    const rotationSeconds = (performance.now() - started) / 1000;

    const seconds = (performance.now() - started) / 1000;
    const executed = xssRuns() - before;

    const perElement = [...reached].map(([tag, paths]) => [tag, paths.size] as const).sort();
    const paths = perElement.reduce((n, [, count]) => n + count, 0);
    const combinations = [...reached.values()].reduce(
      (n, byPath) => n + [...byPath.values()].reduce((m, payloads) => m + payloads.size, 0),
      0,
    );
    console.log(
      `XSS sweep: ${slots.length} slots poisoned, ${mounted.length} elements mounted in ${mountSeconds.toFixed(1)} s, ` +
        `${rounds} rotation rounds in ${rotationSeconds.toFixed(1)} s, ${seconds.toFixed(1)} s in all; ` +
        `${S} payloads × ${paths} paths = ${S * paths}, ${combinations} combinations reached, ${executed} executed, ` +
        `${clicked} inert links clicked; paths per element: ${perElement.map(([tag, n]) => `${tag} ${n}`).join(', ')}`,
    );
    for (const [tag, byPath] of reached) console.log(`${tag}: ${[...byPath.keys()].join(', ')}`);
    expect(unsafe.slice(0, 20)).to.deep.equal([]);
    expect(executed, 'payloads executed').to.equal(0);
    expect(stale.slice(0, 20), 'renders that showed another round').to.deep.equal([]);
    expect(paths).to.be.greaterThan(80);
    if (FULL) {
      const short = [...reached].flatMap(([tag, byPath]) =>
        [...byPath]
          .filter(([, payloads]) => payloads.size < S)
          .map(([path, payloads]) => `${tag} ${path}: ${payloads.size}`),
      );
      expect(short, 'paths that did not get every payload').to.deep.equal([]);
    }
  });
});
