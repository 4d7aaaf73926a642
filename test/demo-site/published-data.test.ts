// The data the portal publishes for its interactive columns: search finds exactly what it finds in
// the whole fixture, mailboxes keep working, and what the public may not read is not published.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ClusterSearch, currentStatus, loadCluster, searchDocuments } from '@bichig/cluster';
import { xilingolFixtureDirectory } from '@bichig/fixtures';
import type { ClusterFiles } from '@bichig/cluster';
import {
  isCurrentNotice,
  isPublicArticle,
  isPublicReply,
  mailboxSlice,
  publishedStatistics,
  searchSite,
  type SiteFile,
} from '../../demo-site/src/build/published-data.js';
// DOM-free: the adapter the demo's in-browser backend counts with.
import { MemoryFormAdapter } from '../../packages/elements/src/columns/adapter/memory.js';

const fixture = fileURLToPath(xilingolFixtureDirectory());
const manifest = JSON.parse(readFileSync(join(fixture, 'cluster.json'), 'utf8')) as { siteFiles: string[] };
const siteFiles = new Map(
  manifest.siteFiles.map((file) => [file, JSON.parse(readFileSync(join(fixture, file), 'utf8')) as SiteFile]),
);
const NOW = '2026-11-21T12:00:00+08:00';

function load(sites: Map<string, SiteFile>, rootManifest: object = manifest) {
  const files: Record<string, unknown> = { 'cluster.json': rootManifest };
  for (const [file, site] of sites) files[file] = site;
  return loadCluster(files as ClusterFiles);
}

const full = load(siteFiles);
const search = load(new Map([...siteFiles].map(([file, site]) => [file, searchSite(site, NOW)])));

describe('published search data', () => {
  test('loads with no validation errors', () => {
    assert.deepEqual(full.errors, []);
    assert.deepEqual(search.errors.map(String), []);
  });

  test('gives exactly the search documents of the whole fixture', () => {
    // …less the expired supply/demand notices, which are not published (nor are their pages).
    const expired = new Set(
      [...full.cluster.sites.values()].flatMap((site) =>
        site.supplyDemand.filter((n) => !isCurrentNotice(n, NOW)).map((n) => `${site.id}/${n.id}`),
      ),
    );
    const expected = searchDocuments(full.cluster, { now: NOW }).filter(
      (d) => d.kind !== 'supply-demand' || !expired.has(`${d.siteId}/${d.itemId}`),
    );
    assert.ok(expected.length > 1000, `${expected.length} documents`);
    assert.deepEqual(searchDocuments(search.cluster, { now: NOW }), expected);
  });

  test('answers Chinese and Mongolian queries as the whole fixture does', () => {
    // The whole fixture less what is not published (expired notices): with the same documents the
    // BM25 statistics are the same, so the ranking must be too. (Against the unfiltered fixture,
    // the extra documents shift every score, and on the Mongolian prose (#17) close scores swap.)
    const published = load(
      new Map(
        [...siteFiles].map(([file, site]) => [
          file,
          { ...site, supplyDemand: (site['supplyDemand'] as unknown[]).filter((n) => isCurrentNotice(n, NOW)) },
        ]),
      ),
    );
    const a = ClusterSearch.build(published.cluster, { now: NOW });
    const b = ClusterSearch.build(search.cluster, { now: NOW });
    for (const query of ['草原', '牧民 补贴', 'ᠮᠠᠯ', 'ᠠᠵᠢᠯ', '答复']) {
      const ids = (index: ClusterSearch) => index.search(query, { limit: 50 }).hits.map((hit) => hit.document.id);
      assert.ok(ids(a).length > 0, `"${query}" finds something`);
      // The same hits; their order may differ where scores tie or lean on corpus statistics, which
      // the whole fixture computes over unpublished articles and expired notices too.
      assert.deepEqual(ids(b).sort(), ids(a).sort(), query);
    }
  });

  test('publishes no letter that is not a public reply, and is smaller than the fixture', () => {
    let privateLetters = 0;
    for (const site of full.cluster.sites.values())
      privateLetters += site.letters.filter((l) => !l.public || currentStatus(l) !== 'replied').length;
    assert.ok(privateLetters > 100, `the fixture has ${privateLetters} private or unanswered letters`);
    for (const site of search.cluster.sites.values())
      for (const letter of site.letters)
        assert.ok(letter.public && currentStatus(letter) === 'replied', `${site.id} ${letter.id}`);
    const bytes = (sites: Iterable<SiteFile>) => [...sites].reduce((sum, s) => sum + JSON.stringify(s).length, 0);
    const before = bytes(siteFiles.values());
    const after = bytes([...siteFiles.values()].map((site) => searchSite(site, NOW)));
    assert.ok(after < before * 0.8, `${after} of ${before} characters`);
  });
});

describe('mailbox slices', () => {
  test('each stands alone and validates, with the public replies only', () => {
    for (const [file, site] of siteFiles) {
      const slice = mailboxSlice(site);
      const { cluster, errors } = load(new Map([[file, slice]]), {
        ...manifest,
        rootSiteId: site.id,
        siteFiles: [file],
      });
      assert.deepEqual(errors.map(String), [], site.id);
      const published = (site['letters'] as unknown[]).filter(isPublicReply).length;
      assert.equal(cluster.sites.get(site.id)!.letters.length, published, site.id);
    }
  });

  test('the live statistics of a mailbox, counted from its slice, are those of all its letters', async () => {
    let mailboxes = 0;
    let hidden = 0;
    for (const [file, site] of siteFiles) {
      const whole = full.cluster.site(site.id);
      if (!whole.mailboxes.length) continue;
      const figures = new Map(
        whole.mailboxes.map((m) => [m.id, publishedStatistics(whole, m, full.cluster.calendar, NOW)] as const),
      );
      const { cluster, errors } = load(new Map([[file, mailboxSlice(site, figures)]]), {
        ...manifest,
        rootSiteId: site.id,
        siteFiles: [file],
      });
      assert.deepEqual(errors.map(String), [], site.id);
      for (const mailbox of whole.mailboxes) {
        mailboxes++;
        const all = figures.get(mailbox.id)!;
        hidden += all.overall.received - cluster.site(site.id).letters.filter((l) => l.mailboxId === mailbox.id).length;
        const adapter = MemoryFormAdapter.fromCluster(cluster, site.id, {
          now: () => new Date(Date.parse(NOW) + 60_000),
        });
        const live = await adapter.letterStatistics({ mailboxId: mailbox.id });
        assert.deepEqual(live.overall, all.overall, `${site.id} ${mailbox.id}`);
        assert.deepEqual(
          live.byDepartment,
          [...all.byDepartment].sort(
            (a, b) => b.statistics.received - a.statistics.received || (a.orgCode < b.orgCode ? -1 : 1),
          ),
        );
        // A letter sent now counts on top of the published figures.
        await adapter.submitLetter({
          mailboxId: mailbox.id,
          subject: '草场补贴',
          body: '请问今年的草原生态补助什么时候发放？',
          purpose: 'consult',
          language: 'zh',
          public: false,
          contact: { name: '巴特尔', phone: '13800000000' },
        });
        const after = await adapter.letterStatistics({ mailboxId: mailbox.id });
        assert.equal(after.overall.received, all.overall.received + 1);
        assert.equal(after.overall.answered, all.overall.answered);
        // A letter kept by the visitor's browser counts too, whatever its clock said when it was sent.
        const sent = adapter.letters().at(-1)!;
        const reopened = MemoryFormAdapter.fromCluster(cluster, site.id, {
          sentLetters: [{ ...sent, submittedAt: '2020-01-06T09:00:00+08:00' }],
        });
        assert.equal(
          (await reopened.letterStatistics({ mailboxId: mailbox.id })).overall.received,
          all.overall.received + 1,
        );
      }
    }
    assert.ok(mailboxes > 3, `${mailboxes} mailboxes`);
    assert.ok(hidden > 100, `the slices leave out ${hidden} letters that the figures still count`);
  });

  test("a public reply is published without the writer's query code, the history's notes or the rating", () => {
    let replies = 0;
    for (const site of siteFiles.values()) {
      const original = new Map((site['letters'] as { id: string; queryCode: string }[]).map((l) => [l.id, l]));
      for (const letter of mailboxSlice(site)['letters'] as Record<string, unknown>[]) {
        replies++;
        assert.notEqual(letter['queryCode'], original.get(letter['id'] as string)!.queryCode);
        assert.equal('satisfaction' in letter, false);
        assert.ok((letter['history'] as object[]).every((event) => !('note' in event)));
      }
    }
    assert.ok(replies > 50, `${replies} public replies`);
  });
});

describe('published site data', () => {
  test('holds no article that is not public, and no expired supply/demand notice', () => {
    let hidden = 0;
    let expired = 0;
    for (const site of siteFiles.values()) {
      hidden += (site['articles'] as unknown[]).filter((a) => !isPublicArticle(a, NOW)).length;
      expired += (site['supplyDemand'] as unknown[]).filter((n) => !isCurrentNotice(n, NOW)).length;
      const published = searchSite(site, NOW);
      assert.ok(
        (published['articles'] as unknown[]).every((a) => isPublicArticle(a, NOW)),
        site.id,
      );
      assert.ok(
        (published['supplyDemand'] as unknown[]).every((n) => isCurrentNotice(n, NOW)),
        site.id,
      );
    }
    assert.ok(hidden > 10, `the fixture has ${hidden} articles that are not public`);
    assert.ok(expired > 10, `the fixture has ${expired} expired notices`);
  });
});
