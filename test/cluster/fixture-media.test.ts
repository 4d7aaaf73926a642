// The fixture's pinned items, its 图解 charts (files beside the data, drawn from the fixture's own
// figures, labelled in the article's language) and its Mongolian disclosure catalog.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ImageSchema,
  fetchCluster,
  isMongolianScript,
  letterStatistics,
  loadCluster,
  localized,
  resolveMediaLink,
  type Article,
  type ClusterFiles,
} from '@bichig/cluster';
import { FIXTURE_DIR, FIXTURE_NOW, fixture, fixtureFiles } from './helpers.js';

const HAN = /[\u4E00-\u9FFF]/u;
const MONGOLIAN = /[\u1820-\u18AA]/u;

function svgOf(url: string): string {
  return readFileSync(join(FIXTURE_DIR, url), 'utf8');
}

function illustrated(articles: readonly Article[]): Article[] {
  return articles.filter((a) => a.images.length > 0);
}

describe('pinned items', () => {
  it('every site pins a few of its own news and notices, and its columns list them first', async () => {
    const { cluster } = await fixture();
    for (const site of cluster.sites.values()) {
      const news = cluster.columnItems(site.id, 'news', { now: FIXTURE_NOW });
      const pinned = news.filter((i) => i.pinned);
      assert.ok(pinned.length >= 1 && pinned.length <= 3, `${site.id}: ${pinned.length} pinned news`);
      assert.deepEqual(news.slice(0, pinned.length), pinned, `${site.id}: pinned news first`);
      for (const item of pinned) assert.equal(item.article.pinned, true);
    }
    assert.ok(cluster.columnItems('xlgl', 'notices', { now: FIXTURE_NOW }).some((i) => i.pinned));
  });

  it('a banner pinning its own news does not pin it in the main portal that gathers it', async () => {
    const { cluster } = await fixture();
    const gathered = cluster.columnItems('xlgl', 'banner-news', { now: FIXTURE_NOW });
    assert.ok(
      gathered.some((i) => i.article.pinned === true),
      'some gathered article is pinned on its banner site',
    );
    assert.ok(gathered.every((i) => !i.pinned));
  });
});

describe('图解 charts', () => {
  it('every image is an SVG file under media/, referenced relative to the cluster, with its size, alt text and caption', async () => {
    const { cluster } = await fixture();
    const articles = [...cluster.sites.values()].flatMap((s) => s.articles);
    const images = articles.flatMap((a) => a.images.map((image) => ({ article: a, image })));
    assert.ok(images.length >= 60, `${images.length} images`);
    for (const { article, image } of images) {
      assert.match(image.url, /^media\/[a-z0-9-]+\.svg$/);
      assert.ok(existsSync(join(FIXTURE_DIR, image.url)), image.url);
      const svg = svgOf(image.url);
      const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
      assert.deepEqual([Number(width), Number(height)], [image.width, image.height], image.url);
      // The SVG describes itself with the article's alt text, for readers that inline it.
      assert.ok(svg.includes(`<desc id="${image.url.slice(6, -4)}-desc">${image.alt}</desc>`), image.url);
      assert.ok(image.caption, `${article.id}: caption`);
    }
  });

  it('labels Chinese charts in Chinese and Mongolian charts in vertical traditional script, with alt text in the article language', async () => {
    const { cluster } = await fixture();
    let mongolian = 0;
    for (const site of cluster.sites.values()) {
      for (const article of illustrated(site.articles)) {
        for (const image of article.images) {
          const svg = svgOf(image.url);
          const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
          if (article.language === 'mn') {
            mongolian++;
            assert.ok(
              isMongolianScript(image.alt) && isMongolianScript(image.caption!),
              `${article.id}: alt and caption in traditional script`,
            );
            assert.match(svg, /lang="mn-Mong"/);
            assert.match(svg, /writing-mode:vertical-lr/);
            assert.match(svg, /font-family:'Bichig Mongolian'/);
            const words = texts.filter((t) => MONGOLIAN.test(t));
            assert.ok(words.length >= 3, article.id);
            assert.ok(
              words.every((t) => isMongolianScript(t)),
              article.id,
            );
            // Every Mongolian label is set vertically.
            for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g))
              if (MONGOLIAN.test(match[2]!)) assert.match(match[1]!, /class="v/, match[2]);
            assert.ok(!texts.some((t) => HAN.test(t)), `${article.id}: no Chinese on a Mongolian chart`);
          } else {
            assert.ok(HAN.test(image.alt) && !MONGOLIAN.test(image.alt), `${article.id}: alt in Chinese`);
            assert.match(svg, /lang="zh-Hans"/);
            assert.ok(texts.some((t) => HAN.test(t)) && !texts.some((t) => MONGOLIAN.test(t)), article.id);
          }
        }
      }
    }
    assert.ok(mongolian >= 10, `${mongolian} Mongolian charts`);
  });

  it('gives each news column with a picture carousel several illustrated items, also on the Mongolian sites', async () => {
    const { cluster } = await fixture();
    for (const siteId of ['xlgl', 'xlgl-mn', 'dwq', 'dwq-mn', 'xhq', 'xhq-mn']) {
      const withImages = cluster
        .columnItems(siteId, 'news', { now: FIXTURE_NOW })
        .filter((i) => i.article.images.length > 0);
      assert.ok(withImages.length >= 2, `${siteId}: ${withImages.length}`);
    }
    assert.ok(
      cluster.columnItems('xlgl', 'news', { now: FIXTURE_NOW }).filter((i) => i.article.images.length > 0).length >= 5,
    );
  });

  it('draws the letters chart from the letters: the same totals and answer rate letterStatistics computes', async () => {
    const { cluster } = await fixture();
    const site = cluster.site('xlgl');
    const { overall } = letterStatistics(site.letters, {
      calendar: cluster.calendar,
      mailboxes: new Map(site.mailboxes.map((m) => [m.id, m])),
    });
    const article = site.articles.find((a) => a.id === 'xlgl-news-graphic-letters')!;
    assert.ok(
      article.body[0]!.includes(
        `共收到群众来信${overall.received}件，已答复${overall.answered}件，答复率${overall.answerRate}%`,
      ),
      article.body[0],
    );
    const svg = svgOf(article.images[0]!.url);
    assert.ok(svg.includes(`答复率${overall.answerRate}%`));
    // The Mongolian portal shows the same figures.
    const mn = cluster.site('xlgl-mn').articles.find((a) => a.contentId === article.contentId)!;
    assert.ok(
      mn.images[0]!.alt.includes(` ${overall.received} `) && mn.images[0]!.alt.includes(`${overall.answerRate}%`),
      mn.images[0]!.alt,
    );
  });

  it('draws each price chart from its market price reports', async () => {
    const { cluster } = await fixture();
    const charts = [...cluster.sites.values()].flatMap((s) =>
      s.articles.filter((a) => a.id.endsWith('-news-graphic-prices')).map((a) => ({ site: s, article: a })),
    );
    assert.ok(charts.length >= 14, `${charts.length} price charts`);
    for (const { site, article } of charts) {
      const zhSite = site.language === 'zh' ? site : cluster.site(site.counterpartId!);
      const sheep = zhSite.prices.map((r) => r.prices.find((p) => p.product === 'live-sheep')!.price);
      const svg = svgOf(article.images[0]!.url);
      const points = /<polyline points="([^"]+)"/.exec(svg)![1]!.split(' ');
      assert.equal(points.length, sheep.length, article.id);
      // The line rises and falls with the prices.
      const ys = points.map((p) => Number(p.split(',')[1]));
      for (let i = 1; i < sheep.length; i++)
        assert.equal(
          Math.sign(ys[i - 1]! - ys[i]!),
          Math.sign(Math.round(sheep[i]! * 100) - Math.round(sheep[i - 1]! * 100)),
          `${article.id} point ${i}`,
        );
      const highest = Math.max(...sheep)
        .toFixed(2)
        .replace(/\.?0+$/, '')
        .replace(/\B(?=(\d{3})+(?!\d))/, ',');
      assert.ok(article.images[0]!.alt.includes(highest), `${article.id}: ${highest} in ${article.images[0]!.alt}`);
    }
  });

  it('illustrates each grassland-subsidy report with its own figures', async () => {
    const { cluster } = await fixture();
    const reports = [...cluster.sites.values()]
      .flatMap((s) => s.articles)
      .filter((a) => a.language === 'zh' && a.title.endsWith('全面落实草原生态保护补助奖励政策'));
    assert.ok(reports.length >= 20);
    for (const article of reports) {
      const [, ban, balance, households] = /禁牧面积(\d+)万亩、草畜平衡面积(\d+)万亩.*涉及牧户(\d+)户/.exec(
        article.body.join(''),
      )!;
      const image = article.images[0]!;
      assert.ok(
        image.alt.includes(
          `禁牧面积${Number(ban).toLocaleString('en')}万亩、草畜平衡面积${Number(balance).toLocaleString('en')}万亩`,
        ),
        image.alt,
      );
      assert.ok(image.alt.includes(`${Number(households).toLocaleString('en')}户`), image.alt);
    }
  });
});

describe('loading images beside the data', () => {
  it('resolves cluster-relative image links against where the data is published', () => {
    assert.equal(resolveMediaLink('media/a.svg', '/data/xilingol/'), '/data/xilingol/media/a.svg');
    assert.equal(resolveMediaLink('media/a.svg', '/data/xilingol'), '/data/xilingol/media/a.svg');
    assert.equal(resolveMediaLink('media/a.svg', 'https://example.org/x/'), 'https://example.org/x/media/a.svg');
    assert.equal(resolveMediaLink('/img/a.png', '/data/'), '/img/a.png');
    assert.equal(resolveMediaLink('https://example.org/a.png', '/data/'), 'https://example.org/a.png');
  });

  it('accepts media/… links and refuses links that climb out of the cluster or run script', () => {
    const image = { url: 'media/a.svg', alt: '图', width: 1, height: 1 };
    assert.ok(v.safeParse(ImageSchema, image).success);
    for (const url of ['../secret.svg', 'media/../../a.svg', 'javascript:alert(1)', 'media/a b.svg', ''])
      assert.ok(!v.safeParse(ImageSchema, { ...image, url }).success, url);
  });

  it('loadCluster leaves links relative unless told the base; fetchCluster resolves them against its URL', async () => {
    const files = fixtureFiles() as ClusterFiles;
    const firstImage = (articles: readonly Article[]) => illustrated(articles)[0]!.images[0]!.url;
    const plain = loadCluster(files).cluster;
    assert.match(firstImage(plain.site('xlgl').articles), /^media\//);
    const based = loadCluster(fixtureFiles() as ClusterFiles, { mediaBase: '/data/xilingol/' }).cluster;
    assert.match(firstImage(based.site('xlgl').articles), /^\/data\/xilingol\/media\/[a-z0-9-]+\.svg$/);
    const fakeFetch = (async (url: URL) =>
      new Response(
        readFileSync(join(FIXTURE_DIR, url.pathname.replace('/data/xilingol/', '')), 'utf8'),
      )) as unknown as typeof fetch;
    const { cluster, errors } = await fetchCluster('https://portal.example/data/xilingol/', fakeFetch);
    assert.deepEqual(errors, []);
    const url = firstImage(cluster.site('dwq-mn').articles);
    assert.match(url, /^https:\/\/portal\.example\/data\/xilingol\/media\/[a-z0-9-]+\.svg$/);
  });
});

describe('the Mongolian disclosure catalog', () => {
  it('the Mongolian portal and both Mongolian banner sites list entries in traditional script, each paired with its Chinese entry', async () => {
    const { cluster } = await fixture();
    for (const siteId of ['xlgl-mn', 'dwq-mn', 'xhq-mn']) {
      const site = cluster.site(siteId);
      const counterpart = cluster.site(site.counterpartId!);
      assert.ok(site.catalog.length >= 2, `${siteId}: ${site.catalog.length} entries`);
      for (const entry of site.catalog) {
        assert.equal(entry.language, 'mn');
        for (const text of [entry.title, ...entry.issuingOrgans, ...entry.keywords])
          assert.ok(isMongolianScript(text), `${siteId}: ${text}`);
        assert.equal(entry.issuingOrgans[0], localized(cluster.org(entry.orgCode).name, 'mn'));
        const chinese = counterpart.catalog.find((e) => e.contentId === entry.contentId)!;
        assert.ok(chinese, `${siteId}: ${entry.indexNumber} has a Chinese entry with content id ${entry.contentId}`);
        assert.equal(chinese.language, 'zh');
        for (const key of [
          'orgCode',
          'documentNumber',
          'writtenAt',
          'publishedAt',
          'effectiveAt',
          'abolishedAt',
          'topic',
          'genre',
          'audience',
          'validity',
        ] as const)
          assert.deepEqual(entry[key], chinese[key], `${siteId} ${entry.indexNumber}: ${key}`);
        assert.notEqual(entry.indexNumber, chinese.indexNumber);
        // Its full text is a Mongolian article in the policy column, the translation of the Chinese one.
        const article = site.articles.find((a) => a.id === entry.articleId)!;
        assert.equal(article.columnId, 'policy');
        assert.equal(article.title, entry.title);
        assert.equal(cluster.translationOf(article.id)?.article.id, chinese.articleId);
      }
    }
  });
});
