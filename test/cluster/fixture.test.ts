import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLUMN_TYPES, currentStatus, isMongolianScript, localized } from '@bichig/cluster';
import { generateCluster } from '../../packages/fixtures/scripts/fixture/generate.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, fixture, fixtureFiles } from './helpers.js';

const BANNERS = [
  '锡林浩特市',
  '二连浩特市',
  '阿巴嘎旗',
  '苏尼特左旗',
  '苏尼特右旗',
  '东乌珠穆沁旗',
  '西乌珠穆沁旗',
  '太仆寺旗',
  '镶黄旗',
  '正镶白旗',
  '正蓝旗',
  '多伦县',
  '乌拉盖管理区',
];
const STANDARD = [
  'news',
  'notices',
  'policy-documents',
  'policy-interpretations',
  'disclosure-catalog',
  'service-hall',
  'mailbox',
  'public-messages',
  'interviews',
  'surveys',
  'topics',
  'herder-policy',
  'herder-technology',
  'herder-jobs',
  'livestock-prices',
  'supply-demand',
];
/** Traditional Mongolian letters, FVS/MVS, NNBSP, Mongolian punctuation, spaces, digits and neutral punctuation. */
const MONGOLIAN_TEXT = /^[\u1800-\u18AA\u202F\u200C\u200D\s0-9.,:;!?%()/-]+$/u;

describe('the Xilingol fixture', () => {
  it('has the main portal in Chinese and Mongolian, paired', async () => {
    const { cluster } = await fixture();
    assert.equal(cluster.root.id, 'xlgl');
    assert.equal(cluster.root.level, 'region');
    assert.equal(cluster.counterpart('xlgl')?.language, 'mn');
    assert.ok(cluster.site('xlgl-mn').name.mn?.startsWith('ᠰᠢᠯᠢ\u202Fᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ'));
  });

  it('names 乌拉盖管理区 in Mongolian as Ulagai management area, run by a management committee', async () => {
    const { cluster } = await fixture();
    const name = cluster.site('wlgq').name.mn!;
    assert.equal(name, 'ᠤᠯᠠᠭᠠᠢ\u202Fᠶᠢᠨ ᠵᠠᠬᠢᠷᠭᠠᠨ\u202Fᠤ ᠲᠣᠭᠣᠷᠢᠭ\u202Fᠤᠨ ᠵᠠᠬᠢᠷᠤᠯᠲᠠ\u202Fᠶᠢᠨ ᠵᠥᠪᠯᠡᠯ');
    assert.ok(isMongolianScript(name) && MONGOLIAN_TEXT.test(name));
    assert.equal(cluster.org(cluster.site('wlgq').orgCode)?.name.mn, name);
  });

  it('has the 13 banner and county portals under their real names, East Ujimqin and Xianghuang also in Mongolian', async () => {
    const { cluster } = await fixture();
    const banners = cluster.sitesAt('banner-county').filter((s) => s.language === 'zh');
    assert.deepEqual(
      banners.map((s) => BANNERS.find((b) => localized(s.name, 'zh').startsWith(b))).filter(Boolean).length,
      13,
    );
    const mongolian = cluster.sitesAt('banner-county').filter((s) => s.language === 'mn');
    assert.deepEqual(mongolian.map((s) => s.counterpartId).sort(), ['dwq', 'xhq']);
    assert.match(cluster.site('dwq-mn').name.mn!, /^ᠵᠡᠭᠦᠨ ᠦᠵᠦᠮᠦᠴᠢᠨ ᠬᠣᠰᠢᠭᠤᠨ/);
  });

  it('has at least 12 league departments and a few sumu/township sites', async () => {
    const { cluster } = await fixture();
    assert.ok(cluster.sitesAt('department').length >= 12);
    const sumu = cluster.sitesAt('sumu');
    assert.ok(sumu.length >= 3);
    for (const s of sumu) assert.equal(cluster.site(s.parentId!).level, 'banner-county');
  });

  it('has every standard column on every site', async () => {
    const { cluster } = await fixture();
    for (const site of cluster.sites.values()) {
      const types = new Set(site.columns.map((c) => c.type));
      for (const type of STANDARD)
        assert.ok(types.has(type as (typeof COLUMN_TYPES)[number]), `${site.id} lacks ${type}`);
    }
  });

  it('has enough content for every view, with dates over 2025–2026', async () => {
    const { cluster } = await fixture();
    const sites = [...cluster.sites.values()];
    const articles = sites.flatMap((s) => s.articles);
    assert.ok(articles.length >= 500, `${articles.length} articles`);
    const years = new Set(articles.map((a) => a.publishedAt.slice(0, 4)));
    assert.deepEqual([...years].sort(), ['2025', '2026']);
    assert.equal(new Set(articles.map((a) => a.id)).size, articles.length);
    const count = (
      key:
        | 'catalog'
        | 'letters'
        | 'services'
        | 'surveys'
        | 'interviews'
        | 'topics'
        | 'prices'
        | 'supplyDemand'
        | 'interpretations',
    ) => sites.reduce((n, s) => n + s[key].length, 0);
    assert.ok(count('catalog') >= 50);
    assert.ok(count('interpretations') >= 20);
    assert.ok(count('letters') >= 200);
    assert.ok(count('services') >= 50);
    assert.ok(count('surveys') >= 10 && count('interviews') >= 10 && count('topics') >= 10);
    assert.ok(count('prices') >= 100 && count('supplyDemand') >= 50);
    for (const status of ['received', 'accepted', 'in-progress', 'replied', 'invalid', 'duplicate'] as const) {
      assert.ok(
        sites.some((s) => s.letters.some((l) => currentStatus(l) === status)),
        status,
      );
    }
    const interviewStates = new Set(sites.flatMap((s) => s.interviews.map((i) => i.state)));
    assert.deepEqual([...interviewStates].sort(), ['live', 'preview', 'replay']);
    assert.ok(
      sites.some((s) => s.references.some((r) => r.mode === 'copy')) &&
        sites.some((s) => s.references.some((r) => r.mode === 'link')),
    );
  });

  it('writes Mongolian in traditional script, with NNBSP before suffixes', async () => {
    const { cluster } = await fixture();
    const texts: string[] = [];
    for (const site of cluster.sites.values()) {
      if (site.language !== 'mn') continue;
      for (const a of site.articles) texts.push(a.title, ...a.body);
      for (const l of site.letters) texts.push(l.subject, ...l.body, ...(l.reply?.body ?? []));
      for (const c of site.columns) if (c.name.mn) texts.push(c.name.mn);
    }
    assert.ok(texts.length > 100);
    for (const text of texts) assert.ok(isMongolianScript(text) && MONGOLIAN_TEXT.test(text), JSON.stringify(text));
    const all = texts.join(' ');
    for (const suffix of ['ᠶᠢᠨ', 'ᠤᠨ', 'ᠦᠨ', 'ᠳᠤ', 'ᠢ', 'ᠶᠢ'])
      assert.ok(all.includes(`\u202F${suffix} `), `NNBSP + ${suffix}`);
    // A case suffix never stands after a plain space.
    assert.ok(!/ (ᠶᠢᠨ|ᠤᠨ|ᠦᠨ|ᠳᠤ|ᠳᠦ|ᠲᠤ|ᠲᠦ|ᠶᠢ) /u.test(all), 'a suffix after a plain space');
  });

  it('pairs every Mongolian article with its Chinese version', async () => {
    const { cluster } = await fixture();
    for (const site of cluster.sites.values()) {
      if (site.language !== 'mn') continue;
      for (const a of site.articles) {
        if (a.origin) continue;
        assert.equal(cluster.translationOf(a.id)?.article.language, 'zh', a.id);
      }
    }
  });

  it('is exactly what the committed generator produces, charts included', () => {
    const { files: generated, media } = generateCluster();
    const committed = fixtureFiles();
    assert.deepEqual(Object.keys(generated).sort(), Object.keys(committed).sort());
    for (const [path, data] of Object.entries(generated))
      assert.deepEqual(JSON.parse(JSON.stringify(data)), committed[path], path);
    const committedMedia = readdirSync(join(FIXTURE_DIR, 'media')).map((name) => `media/${name}`);
    assert.deepEqual(Object.keys(media).sort(), committedMedia.sort());
    for (const [path, svg] of Object.entries(media))
      assert.equal(svg, readFileSync(join(FIXTURE_DIR, path), 'utf8'), path);
  });
});
