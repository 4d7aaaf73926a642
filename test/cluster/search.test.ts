import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  ClusterSearch,
  SearchQueryError,
  highlightRanges,
  mongolianStem,
  tokenize,
  type SearchHit,
} from '@bichig/cluster';
import { FIXTURE_NOW, fixture } from './helpers.js';

const NNBSP = '\u202F';
let search: ClusterSearch;

before(async () => {
  const { cluster } = await fixture();
  search = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
});

/** The text of a hit's title and snippet that the highlight ranges cover. */
function highlighted(hit: SearchHit): string[] {
  return [
    ...hit.titleHighlights.map(([s, e]) => hit.document.title.slice(s, e)),
    ...hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e)),
  ];
}

describe('tokenizer', () => {
  it('folds NNBSP suffixes of Mongolian words to their stem and drops MVS and FVS', () => {
    assert.deepEqual(tokenize(`ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠢ ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠦᠨ ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠲᠦ`), [
      'ᠪᠡᠯᠴᠢᠭᠡᠷ',
      'ᠪᠡᠯᠴᠢᠭᠡᠷ',
      'ᠪᠡᠯᠴᠢᠭᠡᠷ',
    ]);
    assert.equal(mongolianStem('ᠰᠢᠨ\u180Eᠡ'), 'ᠰᠢᠨᠡ');
    assert.equal(mongolianStem(`ᠬᠣᠰᠢᠭᠤᠨ${NNBSP}ᠤ`), 'ᠬᠣᠰᠢᠭᠤᠨ');
    assert.deepEqual(tokenize('ᠭᠠᠴᠠᠭ\u180Eᠠ᠂ ᠰᠤᠮᠤ᠃'), ['ᠭᠠᠴᠠᠭᠠ', 'ᠰᠤᠮᠤ']);
  });

  it('splits Chinese into character bigrams and keeps digits and Latin apart from Han', () => {
    assert.deepEqual(tokenize('草原生态'), ['草原', '原生', '生态']);
    assert.deepEqual(tokenize('2025年PM2.5达标'), ['2025', '年', 'pm2', '5', '达标']);
    assert.deepEqual(tokenize('羊'), ['羊']);
  });
});

describe('cluster-wide search', () => {
  it('finds a Mongolian word whatever suffix the query or the text gives it', () => {
    const bare = search.search('ᠪᠡᠯᠴᠢᠭᠡᠷ');
    const withGenitive = search.search(`ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠦᠨ`);
    const withAccusative = search.search(`ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠢ`);
    assert.ok(bare.total > 5);
    assert.equal(withGenitive.total, bare.total);
    assert.equal(withAccusative.total, bare.total);
    // The texts found carry the word with a suffix the query did not have.
    const texts = bare.hits.map((h) => `${h.document.title}\n${h.snippet.text}`).join('\n');
    assert.ok(texts.includes(`ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠢ`));
    for (const hit of bare.hits) {
      assert.equal(hit.document.language, 'mn');
      const marked = highlighted(hit);
      assert.ok(marked.length > 0);
      // The highlight covers the whole word, suffix included.
      for (const text of marked) assert.match(text, /^ᠪᠡᠯᠴᠢᠭᠡᠷ(\u202F[\u1820-\u18AA]+)?$/u);
    }
  });

  it('finds a stem that changes before suffixes by prefix (ᠬᠣᠰᠢᠭᠤ → ᠬᠣᠰᠢᠭᠤᠨ ᠤ)', () => {
    const result = search.search('ᠬᠣᠰᠢᠭᠤ', { languages: ['mn'], kinds: ['article'] });
    assert.ok(result.total > 10);
    assert.ok(result.hits.every((h) => `${h.document.title}${h.document.text}`.includes(`ᠬᠣᠰᠢᠭᠤᠨ${NNBSP}`)));
  });

  it('finds Chinese phrases and ranks exact phrases above scattered characters', () => {
    const result = search.search('草原生态保护', { limit: 50 });
    assert.ok(result.total > 30);
    const top = result.hits.slice(0, 10);
    for (const hit of top)
      assert.ok(`${hit.document.title}${hit.document.text}`.includes('草原生态保护'), hit.document.title);
    assert.ok(top.some((h) => highlighted(h).includes('草原生态保护')));
  });

  it('ranks title matches first and finds every kind of content', () => {
    const result = search.search('那达慕大会');
    assert.ok(result.hits[0]!.document.title.includes('那达慕大会'));
    const kinds = new Set(
      ['service', 'catalog', 'letter', 'supply-demand', 'interview', 'survey'].filter(
        (kind) =>
          search.search(
            kind === 'service'
              ? '许可'
              : kind === 'catalog'
                ? '印发'
                : kind === 'letter'
                  ? '您好'
                  : kind === 'supply-demand'
                    ? '出售'
                    : kind === 'interview'
                      ? '访谈'
                      : '调查',
            { kinds: [kind as never] },
          ).total > 0,
      ),
    );
    assert.equal(kinds.size, 6);
  });

  it('covers every site, and filters by site and language', () => {
    const everywhere = search.search('工作', { limit: 10_000 });
    const sites = new Set(everywhere.hits.map((h) => h.document.siteId));
    assert.ok(sites.size >= 38, `${sites.size} sites`);
    const dwq = search.search('草原', { siteIds: ['dwq'], limit: 1000 });
    assert.ok(dwq.total > 0 && dwq.hits.every((h) => h.document.siteId === 'dwq'));
    assert.equal(search.search('草原', { languages: ['mn'] }).total, 0);
  });

  it('pages through results', () => {
    const all = search.search('牧民', { limit: 1000 });
    const page2 = search.search('牧民', { limit: 10, offset: 10 });
    assert.deepEqual(
      page2.hits.map((h) => h.document.id),
      all.hits.slice(10, 20).map((h) => h.document.id),
    );
    assert.equal(page2.total, all.total);
  });

  it('leaves out unpublished and revoked articles', async () => {
    const { cluster } = await fixture();
    const hidden = [...cluster.sites.values()].flatMap((s) => s.articles).filter((a) => a.status !== 'published');
    assert.ok(hidden.length > 0);
    const ids = new Set(search.search('的', { limit: 100_000, kinds: ['article'] }).hits.map((h) => h.document.itemId));
    for (const a of hidden) assert.ok(!ids.has(a.id), a.id);
  });

  it('refuses a query with nothing to search for', () => {
    assert.throws(() => search.search('，。！ '), SearchQueryError);
  });

  it('highlight ranges point at the matching text', () => {
    const text = `2025 ᠣᠨ${NNBSP}ᠳᠤ ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠠᠵᠢᠯ ᠡᠬᠢᠯᠡᠪᠡ`;
    const ranges = highlightRanges(text, `ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠦᠨ ᠠᠵᠢᠯ`);
    assert.deepEqual(
      ranges.map(([s, e]) => text.slice(s, e)),
      [`ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠢ`, 'ᠠᠵᠢᠯ'],
    );
    assert.deepEqual(highlightRanges('锡林郭勒盟草原生态保护补助', '草原生态'), [[5, 9]]);
  });
});
