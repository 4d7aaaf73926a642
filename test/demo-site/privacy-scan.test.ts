// The dist/ privacy scan (issue #13): every private field of the fixture poisoned with a marker;
// published as the build publishes, nothing is found; published raw, every kind of field is found
// and the check fails the build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xilingolFixtureDirectory } from '@bichig/fixtures';
import {
  isCurrentNotice,
  isPublicArticle,
  isPublicReply,
  mailboxSlice,
  searchSite,
  type SiteFile,
} from '../../demo-site/src/build/published-data.js';
import {
  PrivateDataPublishedError,
  assertNothingPrivate,
  privateValues,
  scanForPrivateValues,
} from '../../demo-site/src/build/privacy-scan.js';

const NOW = '2026-11-21T12:00:00+08:00';
const fixture = fileURLToPath(xilingolFixtureDirectory());
const manifest = JSON.parse(readFileSync(join(fixture, 'cluster.json'), 'utf8')) as { siteFiles: string[] };

type Rec = Record<string, unknown>;
let serial = 0;
const marker = (kind: string) => `PRIVATE-${kind}-${String(++serial).padStart(5, '0')}`;

/** The fixture's sites with a unique marker in every private field. */
function poisonedSites(): SiteFile[] {
  return manifest.siteFiles.map((file) => {
    const site = JSON.parse(readFileSync(join(fixture, file), 'utf8')) as SiteFile;
    for (const letter of site['letters'] as Rec[]) {
      letter['queryCode'] = `Q${String(++serial).padStart(9, '0')}ZZ`;
      for (const event of letter['history'] as Rec[]) event['note'] = marker('NOTE');
      if (!isPublicReply(letter)) {
        letter['subject'] = marker('SUBJECT');
        letter['body'] = [marker('LETTER')];
      }
    }
    for (const article of site['articles'] as Rec[])
      if (!isPublicArticle(article, NOW)) {
        article['title'] = marker('TITLE');
        article['body'] = [marker('ARTICLE')];
      }
    for (const notice of site['supplyDemand'] as Rec[])
      if (!isCurrentNotice(notice, NOW)) {
        notice['contactName'] = marker('NAME');
        notice['contactPhone'] = `0${String(++serial).padStart(10, '0')}`;
      }
    return site;
  });
}

/** Writes the sites as the build writes its data files, through `publish`, into a fresh dist/. */
function writeDist(sites: SiteFile[], publish: (site: SiteFile) => { slice: unknown; search: unknown }): string {
  const dist = mkdtempSync(join(tmpdir(), 'bichig-privacy-'));
  for (const site of sites) {
    const { slice, search } = publish(site);
    mkdirSync(join(dist, 'data', 'slices', site.id), { recursive: true });
    writeFileSync(join(dist, 'data', 'slices', site.id, 'site.json'), JSON.stringify(slice));
    mkdirSync(join(dist, 'data', 'xilingol', 'sites'), { recursive: true });
    writeFileSync(join(dist, 'data', 'xilingol', 'sites', `${site.id}.json`), JSON.stringify(search));
  }
  return dist;
}

/** The kind of private field a hit is, e.g. `queryCode`, `history.note`, `supplyDemand.contactPhone`. */
function kindOf(field: string): string {
  return field
    .replace(/^\S+ /, '')
    .replace(/\[\d+\]/g, '')
    .replace(/^letters\./, '');
}

describe('dist/ privacy scan', () => {
  const sites = poisonedSites();
  const values = privateValues(sites, NOW);

  test('knows every private field of the schema, poisoned', () => {
    const kinds = new Set(values.map((v) => kindOf(v.field)));
    assert.deepEqual(
      [...kinds].sort(),
      [
        'articles.body',
        'articles.title',
        'body',
        'history.note',
        'queryCode',
        'subject',
        'supplyDemand.contactName',
        'supplyDemand.contactPhone',
      ].sort(),
    );
    assert.ok(values.length > 1000, `${values.length} private values`);
  });

  test('finds nothing in data published as the build publishes it', () => {
    const dist = writeDist(sites, (site) => ({ slice: mailboxSlice(site), search: searchSite(site, NOW) }));
    try {
      assert.deepEqual(scanForPrivateValues(dist, values), []);
      assert.doesNotThrow(() => assertNothingPrivate(dist, sites, NOW));
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  test('finds every kind of private field in data published raw, and fails the build', () => {
    const dist = writeDist(sites, (site) => ({ slice: site, search: site }));
    try {
      const hits = scanForPrivateValues(dist, values);
      assert.deepEqual(
        [...new Set(hits.map((h) => kindOf(h.field)))].sort(),
        [...new Set(values.map((v) => kindOf(v.field)))].sort(),
      );
      // Every poisoned value, in both files it was written to.
      assert.equal(hits.length, values.length * 2);
      assert.throws(() => assertNothingPrivate(dist, sites, NOW), PrivateDataPublishedError);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  test('finds a value that leaked into a page as HTML-escaped text', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bichig-privacy-'));
    try {
      const note = { field: 'x letters[0].history[0].note', value: `内部 <意见> & "备注" ${marker('NOTE')}` };
      writeFileSync(
        join(dist, 'page.html'),
        `<p>内部 &lt;意见&gt; &amp; &quot;备注&quot; ${note.value.split(' ').at(-1)}</p>`,
      );
      assert.equal(scanForPrivateValues(dist, [note]).length, 1);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
