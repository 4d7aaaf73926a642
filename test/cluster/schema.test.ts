import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ArticleSchema,
  CatalogEntrySchema,
  LetterSchema,
  formatIssue,
  loadCluster,
  loadClusterWith,
  ClusterFileNotFoundError,
  LocalizedSchema,
  SiteSchema,
} from '@bichig/cluster';
import { fixture, fixtureFiles, freshCluster, siteFile } from './helpers.js';

describe('schemas and loading', () => {
  it('accept the whole fixture without a single problem', async () => {
    const { cluster, errors } = await fixture();
    assert.deepEqual(errors.map(formatIssue), []);
    assert.equal(cluster.sites.size, 41);
  });

  it('accept every fixture site against the full SiteSchema too', () => {
    const files = fixtureFiles();
    for (const [path, data] of Object.entries(files)) {
      if (!path.startsWith('sites/')) continue;
      const result = v.safeParse(SiteSchema, data);
      assert.ok(result.success, `${path}: ${result.issues?.map((i) => i.message).join('; ')}`);
    }
  });

  it('reject a bad timestamp with the file and JSON path, and keep the rest of the site', () => {
    const { cluster, errors } = freshCluster((files) => {
      siteFile(files, 'dwq').articles[3].publishedAt = '2025/03/04';
    });
    const [issue, ...followOns] = errors;
    assert.equal(issue!.file, 'sites/dwq.json');
    assert.equal(issue!.path, '$.articles[3].publishedAt');
    assert.match(issue!.expected, /YYYY-MM-DDTHH:mm:ss\+08:00/);
    assert.equal(issue!.received, '"2025/03/04"');
    assert.equal(issue!.dropped, 'record');
    // The only other problems are places that pointed at the dropped article.
    const droppedId = JSON.stringify(siteFile(fixtureFiles(), 'dwq').articles[3].id);
    assert.ok(
      followOns.every((e) => e.received === droppedId),
      followOns.map(formatIssue).join('\n'),
    );
    const original = fixtureFiles();
    assert.equal(cluster.site('dwq').articles.length, siteFile(original, 'dwq').articles.length - 1);
  });

  it('reject Latin or Cyrillic standing in for Mongolian, at the field that has it', () => {
    const { errors } = freshCluster((files) => {
      siteFile(files, 'xlgl-mn').articles[0].title = 'Shiliin gol aimag';
      siteFile(files, 'xlgl-mn').articles[1].body[1] = 'Шилийн гол аймаг';
    });
    const scriptErrors = errors.filter((e) => e.expected.includes('traditional Mongolian script'));
    assert.deepEqual(
      scriptErrors.map((e) => [e.file, e.path]),
      [
        ['sites/xlgl-mn.json', '$.articles[0].title'],
        ['sites/xlgl-mn.json', '$.articles[1].body[1]'],
      ],
    );
    // Everything else reported is a reference to one of the two dropped articles.
    const original = siteFile(fixtureFiles(), 'xlgl-mn');
    const dropped = new Set([JSON.stringify(original.articles[0].id), JSON.stringify(original.articles[1].id)]);
    assert.ok(errors.filter((e) => !scriptErrors.includes(e)).every((e) => dropped.has(e.received)));
  });

  it('name a missing required key and a wrong enum value', () => {
    const { errors } = freshCluster((files) => {
      delete siteFile(files, 'xhq').catalog[0].genre;
      siteFile(files, 'xhq').letters[0].purpose = 'question';
    });
    const byPath = new Map(errors.map((e) => [e.path, e]));
    assert.ok(byPath.has('$.catalog[0].genre'), errors.map(formatIssue).join('\n'));
    assert.match(byPath.get('$.letters[0].purpose')!.expected, /consult, suggest, complain or praise/);
  });

  it('drop a site whose own fields are bad, report it, and load every other site', () => {
    const { cluster, errors } = freshCluster((files) => {
      siteFile(files, 'abgq').level = 'province';
    });
    assert.equal(errors[0]?.file, 'sites/abgq.json');
    assert.equal(errors[0]?.path, '$.level');
    assert.equal(errors[0]?.dropped, 'file');
    assert.equal(cluster.sites.has('abgq'), false);
    assert.equal(cluster.sites.size, 40);
    // Its sumu page now points at a parent that is not there; that is reported, not fatal.
    assert.ok(errors.some((e) => e.file === 'sites/abgq-blgt.json' && e.path === '$.parentId'));
  });

  it('report unreadable and unparsable files and load the rest', async () => {
    const files = fixtureFiles();
    const { cluster, errors } = await loadClusterWith(async (path) => {
      if (path === 'sites/tpsq.json') return '{ "id": "tpsq", ';
      if (path === 'sites/dlx.json') throw new ClusterFileNotFoundError(path);
      return JSON.stringify(files[path]);
    });
    const problems = errors.map((e) => `${e.file} ${e.expected}`);
    assert.ok(problems.includes('sites/tpsq.json valid JSON'), problems.join('\n'));
    assert.ok(problems.includes('sites/dlx.json a site file listed in the manifest'), problems.join('\n'));
    assert.equal(cluster.sites.size, 39);
  });

  it('drop records that point at columns, mailboxes or articles that do not exist', () => {
    const { errors } = freshCluster((files) => {
      siteFile(files, 'snzq').articles[0].columnId = 'no-such-column';
      siteFile(files, 'snzq').letters[0].mailboxId = 'nobody';
      siteFile(files, 'snzq').interpretations[0].policyIndexNumber = 'X1/2025-00001';
    });
    assert.deepEqual(errors.map((e) => e.path).sort(), [
      '$.articles[0].columnId',
      '$.interpretations[0].policyIndexNumber',
      '$.letters[0].mailboxId',
    ]);
  });

  it('reject duplicate article ids and index numbers across sites', () => {
    const { errors } = freshCluster((files) => {
      siteFile(files, 'snyq').articles[0].id = siteFile(files, 'dwq').articles[0].id;
      siteFile(files, 'xwq').catalog[0].indexNumber = siteFile(files, 'dwq').catalog[0].indexNumber;
      siteFile(files, 'xwq').catalog[0].orgCode = siteFile(files, 'dwq').catalog[0].orgCode;
    });
    const paths = errors.map((e) => `${e.file} ${e.path}`);
    // Files load in manifest order, so the later file's record is the duplicate.
    assert.ok(paths.includes('sites/dwq.json $.articles[0].id'), paths.join('\n'));
    assert.ok(paths.includes('sites/xwq.json $.catalog[0].indexNumber'), paths.join('\n'));
  });

  it('reject a letter history that skips the workflow', () => {
    const { errors } = freshCluster((files) => {
      const letter = siteFile(files, 'xlgl').letters.find((l: { history: unknown[] }) => l.history.length >= 4);
      letter.history.splice(1, 2); // received → replied
    });
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.path, /^\$\.letters\[\d+\]\.history\[1\]\.status$/);
    assert.match(errors[0]!.expected, /accepted, invalid, duplicate/);
  });

  it('an empty or broken manifest gives an empty cluster and says why', () => {
    const none = loadCluster({});
    assert.equal(none.cluster.sites.size, 0);
    assert.equal(none.errors[0]?.file, 'cluster.json');
    const files = fixtureFiles();
    (files['cluster.json'] as { calendar: { timeZone: string } }).calendar.timeZone = 'UTC';
    const bad = loadCluster(files);
    assert.equal(bad.cluster.sites.size, 0);
    assert.equal(bad.errors[0]?.path, '$.calendar.timeZone');
  });

  it('schemas check the catalog rules between fields', () => {
    const entry = {
      indexNumber: 'ABC123/2025-00007',
      title: '关于印发某方案的通知',
      orgCode: 'ABC123',
      issuingOrgans: ['某局'],
      writtenAt: '2025-03-01',
      publishedAt: '2026-03-05',
      topic: 'agriculture',
      genre: 'notice',
      audience: ['herders'],
      validity: 'abolished',
      keywords: [],
      language: 'zh',
    };
    const result = v.safeParse(CatalogEntrySchema, entry);
    assert.equal(result.success, false);
    const paths = result.issues!.map((i) => v.getDotPath(i));
    assert.deepEqual(paths.sort(), ['abolishedAt', 'indexNumber']);
  });

  it('a localized text needs at least one language, and Mongolian must be Mongolian', () => {
    assert.equal(v.safeParse(LocalizedSchema, {}).success, false);
    assert.equal(v.safeParse(LocalizedSchema, { mn: 'Xilingol' }).success, false);
    assert.equal(v.safeParse(LocalizedSchema, { mn: 'ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ' }).success, true);
    // The record-level rules exist on the exported schemas, not only in the loader.
    assert.equal(
      v.safeParse(ArticleSchema, {
        id: 'a',
        contentId: 'a',
        columnId: 'news',
        language: 'mn',
        title: 'news',
        body: [],
        attachments: [],
        images: [],
        publishedAt: '2025-01-02T09:00:00+08:00',
        status: 'published',
      }).success,
      false,
    );
    assert.equal(v.safeParse(LetterSchema, {}).success, false);
  });
});
