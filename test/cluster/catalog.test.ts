import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  IndexNumberError,
  formatDocumentNumber,
  formatIndexNumber,
  nextIndexNumber,
  parseDocumentNumber,
  parseIndexNumber,
  queryCatalog,
  validityOn,
  type PlacedCatalogEntry,
} from '@bichig/cluster';
import { fixture } from './helpers.js';

async function entries(): Promise<PlacedCatalogEntry[]> {
  return [...(await fixture()).cluster.catalogEntries()];
}

describe('disclosure catalog', () => {
  it('filters by topic, genre, organ, year and validity together', async () => {
    const all = await entries();
    const orgCode = all.find((e) => e.siteId === 'xlgl')!.entry.orgCode;
    const page = queryCatalog(all, {
      topics: ['agriculture'],
      genres: ['notice', 'measures'],
      orgCodes: [orgCode],
      years: [2025, 2026],
      validities: ['valid', 'amended', 'abolished', 'not-yet-effective'],
    });
    const expected = all.filter(
      ({ entry: e }) => e.topic === 'agriculture' && ['notice', 'measures'].includes(e.genre) && e.orgCode === orgCode,
    );
    assert.ok(expected.length > 0);
    assert.equal(page.total, expected.length);
    for (const { entry } of page.items) {
      assert.equal(entry.topic, 'agriculture');
      assert.equal(entry.orgCode, orgCode);
    }
    const y2025 = queryCatalog(all, { years: [2025], pageSize: 1000 });
    assert.ok(y2025.items.every((i) => i.entry.publishedAt.startsWith('2025')));
    assert.equal(y2025.total + queryCatalog(all, { years: [2026] }).total, all.length);
  });

  it('sorts and paginates', async () => {
    const all = await entries();
    const newest = queryCatalog(all, { pageSize: 7 });
    assert.equal(newest.pageCount, Math.ceil(all.length / 7));
    const dates = newest.items.map((i) => i.entry.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const oldest = queryCatalog(all, { order: 'asc', page: newest.pageCount, pageSize: 7 });
    assert.equal(oldest.page, newest.pageCount);
    const concatenated = Array.from(
      { length: newest.pageCount },
      (_, i) => queryCatalog(all, { pageSize: 7, page: i + 1 }).items,
    ).flat();
    assert.equal(new Set(concatenated.map((i) => i.entry.indexNumber)).size, all.length);
    assert.equal(queryCatalog(all, { page: 999 }).page, queryCatalog(all, {}).pageCount);
    const byIndex = queryCatalog(all, { sort: 'indexNumber', order: 'asc', pageSize: 1000 }).items.map(
      (i) => i.entry.indexNumber,
    );
    assert.deepEqual(byIndex, [...byIndex].sort());
  });

  it("counts facets while ignoring the facet's own filter", async () => {
    const all = await entries();
    const page = queryCatalog(all, { topics: ['agriculture'] });
    const topicTotal = [...page.facets.topics.values()].reduce((a, b) => a + b, 0);
    assert.equal(topicTotal, all.length, 'the topic menu still shows every topic');
    const genreTotal = [...page.facets.genres.values()].reduce((a, b) => a + b, 0);
    assert.equal(genreTotal, page.total);
  });

  it('finds entries by title text and by document number', async () => {
    const all = await entries();
    const some = all[5]!.entry;
    const number = formatDocumentNumber(some.documentNumber!);
    assert.ok(queryCatalog(all, { text: number }).items.some((i) => i.entry.indexNumber === some.indexNumber));
    assert.ok(
      queryCatalog(all, { text: '草原' }).items.every(
        (i) => i.entry.title.includes('草原') || i.entry.keywords.some((k) => k.includes('草原')),
      ),
    );
  });

  it('has entries of every validity in the fixture, consistent with their dates', async () => {
    const all = await entries();
    const validities = new Set(all.map((e) => e.entry.validity));
    assert.deepEqual([...validities].sort(), ['abolished', 'amended', 'not-yet-effective', 'valid']);
    for (const { entry } of all) {
      if (entry.validity === 'abolished') assert.equal(validityOn(entry, '2026-11-20'), 'abolished');
      if (entry.validity === 'not-yet-effective') assert.equal(validityOn(entry, '2026-11-20'), 'not-yet-effective');
    }
  });

  it('generates the next index number per organisation and year', async () => {
    const all = await entries();
    const existing = all.map((e) => e.entry.indexNumber);
    const org = parseIndexNumber(existing[0]!)!.orgCode;
    const used = existing
      .map(parseIndexNumber)
      .filter((p) => p?.orgCode === org && p.year === 2026)
      .map((p) => p!.serial);
    const next = nextIndexNumber(existing, org, 2026);
    assert.equal(next, `${org}/2026-${String(Math.max(0, ...used) + 1).padStart(5, '0')}`);
    assert.equal(nextIndexNumber(existing, org, 2027), `${org}/2027-00001`);
    assert.equal(nextIndexNumber([], 'XLGL', 2025), 'XLGL/2025-00001');
    assert.throws(() => nextIndexNumber(['XLGL/2025-99999'], 'XLGL', 2025), IndexNumberError);
    assert.throws(() => formatIndexNumber('bad code', 2025, 1), IndexNumberError);
  });

  it('parses and formats document numbers', () => {
    assert.deepEqual(parseDocumentNumber('锡署发〔2025〕12号'), { organCode: '锡署发', year: 2025, number: 12 });
    assert.deepEqual(parseDocumentNumber('东政办发[2026]3号'), { organCode: '东政办发', year: 2026, number: 3 });
    assert.equal(parseDocumentNumber('没有文号'), undefined);
    assert.equal(formatDocumentNumber({ organCode: '锡署办发', year: 2026, number: 40 }), '锡署办发〔2026〕40号');
  });
});
