import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCluster, type ClusterFiles } from '@bichig/cluster';
import { fixture, fixtureFiles, freshCluster, siteFile } from './helpers.js';

const MENKSOFT = '\uE2F1\uE289\uE2BC\uE2EE\uE289\uE2F9'; // ᠮᠣᠩᠭᠣᠯ in Menksoft glyph codes

test('loadCluster warns, with file and JSON path, about Menksoft text in content, and keeps the record as it is', () => {
  const { cluster, errors } = freshCluster((files) => {
    siteFile(files, 'xlgl-mn').articles[0].body[1] = `ᠣᠳᠣ ${MENKSOFT} ᠪᠠᠢᠨ᠎ᠠ᠃`;
  });
  assert.equal(errors.length, 1, errors.map((e) => `${e.file} ${e.path}`).join('\n'));
  const [issue] = errors;
  assert.equal(issue!.file, 'sites/xlgl-mn.json');
  assert.equal(issue!.path, '$.articles[0].body[1]');
  assert.equal(issue!.dropped, 'nothing');
  assert.match(issue!.expected, /Menksoft/);
  assert.match(issue!.received, /^6 Menksoft code points/);
  const article = cluster.site('xlgl-mn').articles.find((a) => a.id === 'xlgl-mn-news-001')!;
  assert.ok(article.body[1]!.includes(MENKSOFT), 'the text is kept for the site to convert, not lost');
});

test('loadCluster writes suffixes typed after a plain space after NNBSP by default, and keeps them when told', () => {
  const typed = 'ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠬᠠᠪᠤᠷ ᠤᠨ ᠲᠥᠯ ᠠᠪᠠ';
  const edit = (files: Record<string, unknown>) => {
    siteFile(files, 'xlgl-mn').articles[0].title = typed;
  };
  const normalised = freshCluster(edit);
  assert.deepEqual(normalised.errors, []);
  const title = (c: typeof normalised.cluster) =>
    c.site('xlgl-mn').articles.find((a) => a.id === 'xlgl-mn-news-001')!.title;
  assert.equal(title(normalised.cluster), 'ᠰᠢᠯᠢ\u202Fᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ\u202Fᠤᠨ ᠬᠠᠪᠤᠷ\u202Fᠤᠨ ᠲᠥᠯ ᠠᠪᠠ');
  const files = fixtureFiles();
  edit(files);
  const raw = loadCluster(files as ClusterFiles, { normaliseSuffixes: false });
  assert.equal(title(raw.cluster), typed);
});

test('the fixture has no Menksoft text', async () => {
  const { errors } = await fixture();
  assert.deepEqual(
    errors.filter((e) => /Menksoft/.test(e.expected)),
    [],
  );
});
