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
import { isPublicReply, mailboxSlice, searchSite, type SiteFile } from '../../demo-site/src/build/published-data.js';

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
const search = load(new Map([...siteFiles].map(([file, site]) => [file, searchSite(site)])));

describe('published search data', () => {
  test('loads with no validation errors', () => {
    assert.deepEqual(full.errors, []);
    assert.deepEqual(search.errors.map(String), []);
  });

  test('gives exactly the search documents of the whole fixture', () => {
    const expected = searchDocuments(full.cluster, { now: NOW });
    assert.ok(expected.length > 1000, `${expected.length} documents`);
    assert.deepEqual(searchDocuments(search.cluster, { now: NOW }), expected);
  });

  test('answers Chinese and Mongolian queries as the whole fixture does', () => {
    const a = ClusterSearch.build(full.cluster, { now: NOW });
    const b = ClusterSearch.build(search.cluster, { now: NOW });
    for (const query of ['草原', '牧民 补贴', 'ᠮᠠᠯ', 'ᠠᠵᠢᠯ', '答复']) {
      const ids = (index: ClusterSearch) => index.search(query, { limit: 50 }).hits.map((hit) => hit.document.id);
      assert.ok(ids(a).length > 0, `"${query}" finds something`);
      assert.deepEqual(ids(b), ids(a), query);
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
    const after = bytes([...siteFiles.values()].map(searchSite));
    assert.ok(after < before * 0.8, `${after} of ${before} characters`);
  });
});

describe('mailbox slices', () => {
  test('each stands alone and validates; without a server it keeps every letter for look-ups', () => {
    for (const [file, site] of siteFiles) {
      const slice = mailboxSlice(site, { privateLetters: true });
      const { cluster, errors } = load(new Map([[file, slice]]), {
        ...manifest,
        rootSiteId: site.id,
        siteFiles: [file],
      });
      assert.deepEqual(errors.map(String), [], site.id);
      assert.equal(cluster.sites.get(site.id)!.letters.length, (site['letters'] as unknown[]).length, site.id);
    }
  });

  test('with a server answering look-ups, only public replies are published', () => {
    for (const [file, site] of siteFiles) {
      const slice = mailboxSlice(site, { privateLetters: false });
      const { errors } = load(new Map([[file, slice]]), { ...manifest, rootSiteId: site.id, siteFiles: [file] });
      assert.deepEqual(errors.map(String), [], site.id);
      assert.ok((slice['letters'] as unknown[]).every(isPublicReply), site.id);
    }
  });
});
