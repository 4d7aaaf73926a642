// Issue #13: the XSS corpus (test/fixtures/xss-payloads.ts) through every path into the elements:
// markup a page gives <bichig-flow>, URLs a page author sets on elements, URLs and text from a
// Cluster whose data never passed validation. Every payload that runs calls window.__xss(); every
// inert link is clicked; and every URL left in a shadow tree must resolve to http(s), mailto or tel.
import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import '@bichig/elements/all.js';
import type { Article, Cluster, ServiceItem } from '@bichig/cluster';
import type { BichigFlow } from '@bichig/elements';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import type { XssPayload } from '../fixtures/xss-payloads.js';
import { NOW, deepQueryAll, fixtureCluster, mount, shadowText, unmountAll } from './support/columns.js';
import { clickInertLinks, mediaSettled, trying, unsafeIn, xssRuns } from './support/xss.js';

/** Per path: payloads tried, runs counted, and what was found unsafe in the rendered tree. */
const results: { path: string; tried: number; executed: number; unsafe: string[] }[] = [];

/** A payload as a URL: URL payloads as they are, markup payloads too (they must stay harmless paths). */
function asUrl(payload: XssPayload): string {
  return payload.url ?? payload.html!;
}

/** A payload as markup: markup as it is, a URL as a link and an image. */
function asHtml(payload: XssPayload): string {
  if (payload.html !== undefined) return payload.html;
  const url = payload.url!.replace(/"/g, '&quot;');
  return `<p><a href="${url}">ᠬᠣᠯᠪᠣᠭᠠᠰᠤ</a> <img src="${url}" alt="ᠵᠢᠷᠤᠭ"></p>`;
}

/**
 * Runs every payload through one URL path: `set` puts the URL where the path reads it and the
 * element re-renders. A control URL first proves the path reaches the rendered tree.
 */
async function urlPath(
  path: string,
  element: LitElement,
  set: (url: string) => void,
  control = '/xss-control/ok',
): Promise<void> {
  set(control);
  element.requestUpdate();
  await element.updateComplete;
  expect(
    deepQueryAll(element, '[href^="/xss-control/"], [src^="/xss-control/"]').length,
    `${path}: the control URL is rendered`,
  ).to.be.greaterThan(0);
  const before = xssRuns();
  const unsafe: string[] = [];
  for (const payload of XSS_PAYLOADS) {
    trying(`${path} ${payload.id}`);
    set(asUrl(payload));
    element.requestUpdate();
    await element.updateComplete;
    unsafe.push(...unsafeIn(element).map((u) => `${payload.id}: ${u}`));
    clickInertLinks(element);
  }
  await mediaSettled(element);
  results.push({ path, tried: XSS_PAYLOADS.length, executed: xssRuns() - before, unsafe });
  expect(unsafe, path).to.deep.equal([]);
  expect(xssRuns() - before, `${path}: payloads executed`).to.equal(0);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

let cluster: Cluster;
beforeEach(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);
after(() => {
  const tried = results.reduce((n, r) => n + r.tried, 0);
  const executed = results.reduce((n, r) => n + r.executed, 0);
  console.log(
    `XSS corpus: ${XSS_PAYLOADS.length} payloads × ${results.length} paths = ${tried} combinations, ${executed} executed`,
  );
});

describe('XSS corpus through the elements', () => {
  it(`has at least 80 payloads of every kind`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(80);
    const kinds = new Set(XSS_PAYLOADS.map((p) => p.category));
    expect([...kinds].sort()).to.deep.equal(
      ['attribute-breakout', 'css', 'long', 'markup', 'mutation', 'svg', 'unicode', 'url'].sort(),
    );
  });

  it('<bichig-flow>: its copy of the light-DOM article has no handler, script or unsafe URL, and its links are inert', async () => {
    let main = document.querySelector('main');
    if (!main) document.body.append((main = document.createElement('main')));
    const unsafe: string[] = [];
    let copyRuns = 0;
    let clicked = 0;
    const unsafeEvents: number[] = [];
    // The light DOM is the page's own markup, and runs as such (that is not what is measured here;
    // its delayed runs land at any time, so the copy's runs are counted synchronously, while its
    // links are clicked).
    for (const payload of XSS_PAYLOADS) {
      trying(`bichig-flow ${payload.id}`);
      // Text before the payload (an unclosed payload may swallow what follows, in the light DOM too).
      const markup = `<h1>ᠮᠣᠩᠭᠣᠯ</h1><p>ᠪᠢᠴᠢᠭ</p>${asHtml(payload)}`;
      const flow = document.createElement('bichig-flow') as BichigFlow;
      flow.style.cssText = 'height: 300px; width: 500px; display: block';
      let reported = 0;
      flow.addEventListener('bichig-unsafe-content', () => reported++);
      flow.innerHTML = markup;
      main.append(flow);
      await flow.whenRendered();
      await mediaSettled(flow);
      unsafe.push(...unsafeIn(flow).map((u) => `${payload.id}: ${u}`));
      const before = xssRuns();
      clicked += clickInertLinks(flow);
      copyRuns += xssRuns() - before;
      unsafeEvents.push(reported);
      // The text before the payload stays.
      expect(shadowText(flow), payload.id).to.contain('ᠪᠢᠴᠢᠭ');
      flow.remove();
    }
    results.push({ path: 'bichig-flow light DOM → copy', tried: XSS_PAYLOADS.length, executed: copyRuns, unsafe });
    expect(unsafe).to.deep.equal([]);
    expect(copyRuns, 'payloads run by the copy').to.equal(0);
    expect(clicked, 'inert links clicked').to.be.greaterThan(0);
    // The element says what it left out, for payloads that had something to leave out.
    expect(unsafeEvents.filter((n) => n > 0).length).to.be.greaterThan(XSS_PAYLOADS.length / 2);
  });

  it('<bichig-flow>: a javascript: link shows its text without an href; a safe one keeps it', async () => {
    const flow = document.createElement('bichig-flow') as BichigFlow;
    flow.innerHTML = `<p><a href="javascript:__xss()">ᠮᠣᠩᠭᠣᠯ</a> <a href="https://example.org/a">ᠪᠢᠴᠢᠭ</a> <a href="mailto:a@b.cn">ᠬᠠᠶᠢᠭ</a></p>`;
    const event = new Promise<Event>((resolve) =>
      flow.addEventListener('bichig-unsafe-content', resolve, { once: true }),
    );
    await mount('div').then((div) => div.append(flow));
    await flow.whenRendered();
    const links = [...flow.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['ᠮᠣᠩᠭᠣᠯ', null],
      ['ᠪᠢᠴᠢᠭ', 'https://example.org/a'],
      ['ᠬᠠᠶᠢᠭ', 'mailto:a@b.cn'],
    ]);
    const detail = ((await event) as CustomEvent<{ removed: { element: string; attribute?: string }[] }>).detail;
    expect(detail.removed).to.deep.include({ element: 'a', attribute: 'href' });
  });

  // ── URL attributes a page author sets ──

  it('<bichig-site-header home-href>', async () => {
    const element = await mount<LitElement>('bichig-site-header', { site: 'xlgl' }, { cluster });
    await urlPath('site-header home-href', element, (url) => element.setAttribute('home-href', url));
  });

  it('<bichig-footer icp-href> and <bichig-footer police-href>', async () => {
    const attributes = { site: 'xlgl', icp: '蒙ICP备05001234号-1', 'police-record': '蒙公网安备 15250202000001号' };
    const element = await mount<LitElement>('bichig-footer', attributes, { cluster });
    await urlPath('footer icp-href', element, (url) => element.setAttribute('icp-href', url));
    element.setAttribute('icp-href', '/icp/');
    await urlPath('footer police-href', element, (url) => element.setAttribute('police-href', url));
  });

  it('<bichig-notice-board more-href>', async () => {
    const attributes = { site: 'xlgl', column: 'notices', now: NOW, lang: 'zh-Hans' };
    const element = await mount<LitElement>('bichig-notice-board', attributes, { cluster });
    await urlPath('notice-board more-href', element, (url) => element.setAttribute('more-href', url));
  });

  it('link-pattern on <bichig-nav> and <bichig-article>', async () => {
    const nav = await mount<LitElement>('bichig-nav', { site: 'xlgl' }, { cluster });
    await urlPath('nav link-pattern', nav, (url) => nav.setAttribute('link-pattern', url), '/xss-control/{id}');
    const article = await mount<LitElement>('bichig-article', { article: 'xlgl-policy-001', now: NOW }, { cluster });
    await urlPath(
      'article link-pattern',
      article,
      (url) => article.setAttribute('link-pattern', url),
      '/xss-control/{id}',
    );
  });

  // ── URLs from a Cluster whose data never passed validation ──

  it('article attachments and images', async () => {
    const article = cluster.article('xlgl-policy-001').article as Mutable<Article>;
    const element = await mount<LitElement>('bichig-article', { article: 'xlgl-policy-001', now: NOW }, { cluster });
    const attachment = { title: '附件', url: '', mediaType: 'application/pdf', bytes: 2048 };
    article.attachments = [attachment];
    await urlPath('cluster article attachment url', element, (url) => (attachment.url = url));
    const image = { url: '', alt: '图', width: 40, height: 30 };
    article.images = [image];
    await urlPath('cluster article image url', element, (url) => (image.url = url));
  });

  it('service guides: online application and form downloads', async () => {
    const services = cluster.site('xlgl').services as Mutable<ServiceItem>[];
    const element = await mount<LitElement>(
      'bichig-service-hall',
      { site: 'xlgl', lang: 'zh', column: 'services' },
      { cluster },
    );
    await urlPath('cluster service onlineUrl', element, (url) => services.forEach((s) => (s.onlineUrl = url)));
    await urlPath('cluster service material formUrl', element, (url) =>
      services.forEach((s) => s.materials.forEach((m) => ((m as { formUrl?: string }).formUrl = url))),
    );
  });

  it('topic banner and interview video', async () => {
    const topic = cluster.site('xlgl').topics[0]!;
    const topicElement = await mount<LitElement>(
      'bichig-topic',
      { site: 'xlgl', topic: topic.id, now: NOW },
      { cluster },
    );
    const banner = { url: '', alt: '', width: 400, height: 100 };
    (topic as { banner?: unknown }).banner = banner;
    await urlPath('cluster topic banner url', topicElement, (url) => (banner.url = url));
    const interviews = cluster.site('xlgl').interviews as { videoUrl?: string }[];
    const interviewElement = await mount<LitElement>(
      'bichig-interview',
      { site: 'xlgl', lang: 'zh', column: 'interviews' },
      { cluster },
    );
    await urlPath('cluster interview videoUrl', interviewElement, (url) =>
      interviews.forEach((i) => (i.videoUrl = url)),
    );
  });

  it("a site's path (the header's and the nav's home links)", async () => {
    const site = cluster.site('xlgl') as { path: string };
    const header = await mount<LitElement>('bichig-site-header', { site: 'xlgl' }, { cluster });
    await urlPath('cluster site path (header)', header, (url) => (site.path = url), '/xss-control/');
    const nav = await mount<LitElement>('bichig-nav', { site: 'xlgl' }, { cluster });
    await urlPath('cluster site path (nav)', nav, (url) => (site.path = url), '/xss-control/');
  });

  // ── text from a Cluster: shown as text, never as markup ──

  it('article title and body paragraphs show every payload as text', async () => {
    const { article } = cluster.article('xlgl-policy-001') as { article: { title: string; body: string[] } };
    const element = await mount<LitElement>(
      'bichig-article',
      { article: 'xlgl-policy-001', now: NOW, renderer: 'native' },
      { cluster },
    );
    for (const [path, set] of [
      ['cluster article title', (text: string) => (article.title = text)],
      ['cluster article body', (text: string) => (article.body = [text])],
    ] as const) {
      const before = xssRuns();
      const unsafe: string[] = [];
      for (const payload of XSS_PAYLOADS) {
        trying(`${path} ${payload.id}`);
        const text = payload.html ?? payload.url!;
        set(text);
        element.requestUpdate();
        await element.updateComplete;
        await mediaSettled(element);
        unsafe.push(...unsafeIn(element).map((u) => `${payload.id}: ${u}`));
        if (text.length < 1000)
          expect(shadowText(element), payload.id).to.contain(text.replace(/[ \t\n\r]+/g, ' ').trim());
      }
      results.push({ path, tried: XSS_PAYLOADS.length, executed: xssRuns() - before, unsafe });
      expect(unsafe, path).to.deep.equal([]);
      expect(xssRuns() - before, path).to.equal(0);
    }
  });
});
